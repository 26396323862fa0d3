"""German everyday marketplace mail that was missing: the return request.

A return request names an order, a reason and a 24-hour answer; it reads like
a notice but is customer service, so `other`. Wording is our own.
"""

from classifiers.corpus.families import Family

DE_RETURN = Family(
    id="de-mk-return-request",
    label="other",
    language="de",
    team="marketplace",
    marketplaces=("DE", "EU"),
    senders=("return@{domain}", "seller-notification@{domain}"),
    subjects=(
        "Rücksendeantrag für Bestellung {order_id}",
        "Ein Käufer möchte einen Artikel zurücksenden",
        "Rücksendung eingegangen: bitte Erstattung veranlassen",
    ),
    blocks=(
        ("Hallo {seller},", "Guten Tag,"),
        (
            "ein Käufer hat für die Bestellung {order_id} einen Rücksendeantrag gestellt.\n"
            "Grund: Artikel defekt\nArtikel: {product}",
            "der Käufer der Bestellung {order_id} möchte {product} zurücksenden. Grund: wird nicht mehr "
            "benötigt.",
            "die genehmigte Rücksendung zur Bestellung {order_id} ist bei Ihnen eingegangen. Bitte prüfen "
            "Sie den Artikel und erstatten Sie den Betrag.",
        ),
        (
            "Bitte antworten Sie innerhalb von 24 Stunden auf den Antrag. Unter Bestellungen > "
            "Rücksendungen verwalten können Sie ihn genehmigen oder schließen.",
            "Entspricht der Antrag nicht den Rückgabebedingungen von Amazon, können Sie ihn mit einer "
            "Begründung schließen.",
            "Veranlassen Sie die Erstattung innerhalb von 2 Werktagen nach Eingang der Rücksendung.",
        ),
        ("Rücksendungen verwalten: {link}", ""),
        ("Freundliche Grüße\nAmazon.de", "Amazon Services Europe"),
    ),
    structure=(
        "Return request mail: order, product and the buyer's reason, answer within 24 hours on "
        "Rücksendungen verwalten (approve, close, refund within two working days). Customer "
        "service, not a notice: other."
    ),
    phrases=("Rücksendeantrag", "Rücksendungen verwalten", "innerhalb von 24 Stunden"),
    seen_at=(
        "https://sellercentral-europe.amazon.com/gp/help/external/help-page.html?itemID=200708210&language=de_DE&ref=efph_200708210_bred_YW2EV9FEMJ3JJGR",
        "https://sellercentral-europe.amazon.com/gp/help/external/help.html?itemID=201725690&language=de_DE&ref=efph_201725690_relt_201725760",
    ),
)

FAMILIES: tuple[Family, ...] = (DE_RETURN,)
