"""German decisions: selling privileges removed for a metric, and the final refusal.

Amazon.de versions of the English letters quoted on the UK/EU forums (said in
``structure``); wording is our own.
"""

from classifiers.corpus.families import Family

_FORUM = (
    "https://sellercentral-europe.amazon.com/forums/t/"
    "your-amazon-co-uk-selling-privileges-have-been-removed/243857"
)

DE_METRIC_REMOVAL = Family(
    id="de-sp-order-defect-removal",
    label="suspension",
    language="de",
    team="seller-performance",
    marketplaces=("DE", "EU"),
    senders=("seller-performance@{domain}", "performance-notifications@{domain}"),
    subjects=(
        "Ihre Verkaufsberechtigung auf {marketplace} wurde entfernt",
        "Bestellmängelquote über dem Zielwert",
    ),
    blocks=(
        ("Guten Tag,", "Hallo {seller},"),
        (
            "Ihre Bestellmängelquote liegt mit {rate} über unserem Zielwert von unter 1 %. Deshalb "
            "haben wir Ihre Verkaufsberechtigung entfernt.",
            "Bei Ihren Bestellungen sind in letzter Zeit zu viele Probleme aufgetreten: Ihre "
            "Verspätungsrate beträgt {rate}. Sie können derzeit nicht auf {marketplace} verkaufen.",
        ),
        (
            "Guthaben wird nicht ausgezahlt, sondern bleibt vorerst auf Ihrem Konto.",
            "Ihre Angebote wurden entfernt. Auszahlungen werden einbehalten.",
        ),
        (
            "Um Ihre Verkaufsberechtigung zurückzuerhalten, senden Sie uns einen Maßnahmenplan: "
            "Ursachen, bereits ergriffene Maßnahmen und wie Sie künftige Mängel vermeiden.",
            "Was müssen Sie tun? Reichen Sie über die Seite Kontozustand einen Maßnahmenplan ein, "
            "der die Ursache und Ihre Abhilfe beschreibt.",
        ),
        ("Mit freundlichen Grüßen\nSeller Performance Team", "Amazon Services Europe"),
    ),
    structure=(
        "Privileges removed because a metric (order defect rate, late shipment rate) is above "
        "target: rate named, funds held, listings removed, send a plan of action (root cause, "
        "actions, prevention). Amazon.de version of the letter quoted on the UK forum."
    ),
    phrases=("Verkaufsberechtigung entfernt", "Bestellmängelquote", "Maßnahmenplan"),
    seen_at=(_FORUM,),
)

DE_FINAL = Family(
    id="de-sp-denial-final",
    label="generic_denial",
    language="de",
    team="seller-performance",
    marketplaces=("DE", "EU"),
    senders=("seller-performance@{domain}",),
    subjects=("Ihr Widerspruch wurde abgelehnt", "Abschließende Entscheidung zu Ihrem Konto"),
    blocks=(
        ("Guten Tag,", "Hallo {seller},"),
        (
            "wir haben Ihren Widerspruch erneut geprüft. Ihr Konto bleibt deaktiviert; wir können "
            "es nicht reaktivieren.",
            "nach erneuter Prüfung Ihrer Unterlagen ist unsere Entscheidung endgültig: Ihre "
            "Verkaufsberechtigung wird nicht wiederhergestellt.",
            "Ihr Maßnahmenplan räumt unsere Bedenken nicht aus. Eine Wiederherstellung ist nicht "
            "möglich.",
        ),
        (
            "Weitere Widersprüche werden nicht geprüft, und auf Nachrichten zu diesem Thema "
            "antworten wir möglicherweise nicht.",
            "Diese Entscheidung wird nicht noch einmal überprüft.",
        ),
        ("Mit freundlichen Grüßen\nSeller Performance Team", "Amazon.de"),
    ),
    structure=(
        "Final refusal after a re-review: account stays deactivated, cannot be reactivated, "
        "no reason named, further appeals not reviewed. Amazon.de version of the final denial "
        "quoted on the EU forum."
    ),
    phrases=("bleibt deaktiviert", "endgültig", "nicht wiederhergestellt"),
    seen_at=(
        "https://sellercentral-europe.amazon.com/seller-forums/discussions/t/0fec2a04abba9b88647cf17640ee01e3",
    ),
)

FAMILIES: tuple[Family, ...] = (DE_METRIC_REMOVAL, DE_FINAL)
