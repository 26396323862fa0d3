"""German Seller Support and Account Health mail: case forwarded, listing back, messaging news.

Wording is our own.
"""

from classifiers.corpus.families import Family

DE_CASE_FORWARDED = Family(
    id="de-ss-case-forwarded",
    label="acknowledgement",
    language="de",
    team="seller-support",
    marketplaces=("DE", "EU"),
    senders=("seller-support@{domain}", "Amazon Verkäufer-Support <seller-support@{domain}>"),
    subjects=(
        "Ihr Anliegen wurde weitergeleitet (Fall-ID {case_id})",
        "Verkäufer-Support: Fall {case_id}",
    ),
    blocks=(
        ("Guten Tag,", "Hallo {seller},"),
        (
            "vielen Dank für Ihre Kontaktaufnahme. Ihr Anliegen muss von einem spezialisierten Team "
            "geprüft werden; wir haben Ihren Fall dorthin weitergeleitet.",
            "wir haben Ihren Fall an die zuständige Abteilung übergeben.",
        ),
        (
            "Das Team meldet sich direkt per E-Mail bei Ihnen, in der Regel innerhalb von 2 bis 3 "
            "Werktagen.",
            "Bitte eröffnen Sie bis zur Antwort keinen neuen Fall zum selben Thema.",
        ),
        ("Fall-ID: {case_id}", ""),
        ("Freundliche Grüße\nAmazon Verkäufer-Support", "Ihr Verkäuferservice"),
    ),
    structure=(
        "Seller Support reply with a case ID: forwarded to a specialised team that will answer by "
        "e-mail in a few working days; do not open another case. No decision."
    ),
    phrases=("Fall-ID", "weitergeleitet", "zuständige Abteilung"),
    seen_at=(
        "https://www.antwort.net/a/technologie/wie-funktioniert-die-kommunikation-mit-dem-amazon-support-bei-verkaeuferkonten.html",
    ),
)

DE_LISTING_BACK = Family(
    id="de-ah-listing-reinstated",
    label="reinstatement",
    language="de",
    team="account-health",
    marketplaces=("DE", "EU"),
    senders=("notice-dispute@{domain}", "seller-notification@{domain}"),
    subjects=("Ihr Angebot wurde wieder aktiviert", "Rücknahme der Beschwerde: ASIN {asin}"),
    blocks=(
        ("Guten Tag,", "Hallo {seller},"),
        (
            "der Rechteinhaber hat seine Beschwerde zurückgenommen. Wir haben das folgende Angebot "
            "wieder aktiviert.",
            "wir haben Ihre Unterlagen geprüft und die betroffenen Angebote wieder freigegeben.",
        ),
        ("ASIN: {asin}", "Betroffene ASINs: {asins}"),
        (
            "Der Verstoß wurde von Ihrer Seite Kontozustand entfernt. Es kann bis zu 24 Stunden "
            "dauern, bis das Angebot wieder sichtbar ist.",
            "",
        ),
        ("Mit freundlichen Grüßen\nAmazon.de", "Amazon Services Europe"),
    ),
    structure=(
        "Listing back: retraction by the rights owner or documents accepted, offer reactivated, "
        "violation removed from Kontozustand. Amazon's German IP help page describes content being "
        "restored after a retraction."
    ),
    phrases=("Beschwerde zurückgenommen", "wieder aktiviert", "wieder freigegeben"),
    seen_at=(
        "https://sellercentral.amazon.com/gp/help/external/G201361070?language=de_DE&ref=efph_G201361070_cont_521",
    ),
)

DE_ANNOUNCEMENT = Family(
    id="de-mk-messaging-announcement",
    label="other",
    language="de",
    team="marketplace",
    marketplaces=("DE", "EU"),
    senders=("seller-news@{domain}", "seller-notification@{domain}"),
    subjects=(
        "Neuerungen im Käufer-Verkäufer-Postfach",
        "Nachricht von Käufer zu Bestellung {order_id}",
    ),
    blocks=(
        ("Guten Tag,", "Hallo {seller},"),
        (
            "Käufer können sich künftig vom Erhalt nicht notwendiger Nachrichten abmelden. Wenn Ihre "
            "Nachricht für den Abschluss einer Bestellung nötig ist, setzen Sie [Wichtig] in den "
            "Betreff.",
            'Sie haben eine Nachricht von einem Käufer zu Bestellung {order_id} erhalten: "Wann wird '
            'mein Paket verschickt?" Bitte antworten Sie innerhalb von 24 Stunden.',
        ),
        ("Weitere Informationen finden Sie in der Hilfe zu Seller Central: {link}", ""),
        ("Ihr Amazon-Verkäuferteam", "Amazon.de"),
    ),
    structure=(
        "Everyday German mail about buyer messaging: a policy announcement ([Wichtig] in the "
        "subject) or a relayed buyer question to answer within 24 hours. Other."
    ),
    phrases=("Käufer-Verkäufer-Postfach", "[Wichtig]"),
    seen_at=(
        "https://www.jurablogs.com/2018/02/12/probleme-beim-versenden-von-emails-ueber-die-nachrichtenfunktion-bei-amazon",
    ),
)

FAMILIES: tuple[Family, ...] = (DE_CASE_FORWARDED, DE_LISTING_BACK, DE_ANNOUNCEMENT)
