"""German notices about listings rather than the whole account: IP complaints and policy warnings.

The Notice Dispute team writes from notice-dispute@; German sellers and lawyers
quote the subject "Notice: Policy Warning" and the headings "Warum ist das
passiert?" / "Wie kann ich mein Angebot reaktivieren?". Wording is our own.
"""

from classifiers.corpus.families import Family

DE_IP_LISTING = Family(
    id="de-nd-listing-removed-ip",
    label="suspension",
    language="de",
    team="notice-dispute",
    marketplaces=("DE", "EU"),
    senders=("notice-dispute@{domain}", "Amazon <notice-dispute@{domain}>"),
    subjects=(
        "Notice: Policy Warning",
        "Ihre Angebote wurden entfernt: Meldung eines Rechteinhabers",
        "Hinweis auf eine mögliche Verletzung geistigen Eigentums",
    ),
    blocks=(
        ("Guten Tag,", "Hallo {seller},"),
        (
            "wir haben einige Ihrer Angebote entfernt, weil ein Rechteinhaber uns gemeldet hat, dass "
            "sie seine Marke verletzen könnten. Die betroffenen Angebote stehen am Ende dieser "
            "Nachricht.",
            "ein Rechteinhaber hat uns mitgeteilt, dass mindestens eines Ihrer Angebote sein "
            "Urheberrecht oder sein eingetragenes Design verletzt. Wir haben das Angebot deshalb "
            "deaktiviert.",
        ),
        ("Warum ist das passiert?", "Was bedeutet das?"),
        (
            "Angebote, die Rechte an geistigem Eigentum anderer verletzen, verstoßen gegen unsere "
            "Richtlinien. Wiederholte Verstöße können zur Sperrung Ihres Verkäuferkontos führen.",
            "Die Verwendung geschützter Begriffe, die Kunden über die Herkunft eines Produkts "
            "täuschen können, ist nicht erlaubt.",
        ),
        ("Wie kann ich mein Angebot reaktivieren?", "Was kann ich tun?"),
        (
            "Reichen Sie eine Rechnung, eine Vollmacht oder eine Lizenzvereinbarung des Herstellers "
            "oder Rechteinhabers ein, aus der hervorgeht, dass Ihre Produkte rechtmäßig sind. "
            "Externe Links akzeptieren wir nicht.",
            "Wenn Sie glauben, dass die Meldung ein Irrtum ist, bitten Sie den Rechteinhaber um eine "
            "Rücknahme. Er muss die Rücknahme direkt an uns senden.",
        ),
        (
            "Rechteinhaber: {rights_owner}\nBeschwerde-ID: {complaint_id}\nASIN: {asin}",
            "Kontakt des Rechteinhabers: {rights_owner}\nBeschwerde-ID: {complaint_id}\n"
            "Betroffene ASINs: {asins}",
        ),
        ("Mit freundlichen Grüßen\nAmazon.de", "Amazon Services Europe"),
    ),
    structure=(
        "Notice Dispute listing removal (subject often the English 'Notice: Policy Warning'): some "
        "offers removed after a rights-owner report, 'Warum ist das passiert?', 'Wie kann ich mein "
        "Angebot reaktivieren?' (invoice / authorisation / licence, no external links, or ask the "
        "rights owner for a retraction), then rights owner, complaint ID and ASINs at the bottom. "
        "A listing-level suspension that warns about the account."
    ),
    phrases=("Notice: Policy Warning", "Rechteinhaber", "Rücknahme", "Beschwerde-ID"),
    seen_at=(
        "https://www.anwalt.de/rechtstipps/amazon-asin-gesperrt-wegen-notice-policy-warning-was-sie-dagegen-als-amazon-seller-tun-koennen-215726.html",
        "https://rechtsanwaltskanzlei-warai.de/markenrecht/amazon-sperrt-verkaeuferkonto-nach-meldung-der-verletzung-einer-marke/",
    ),
)

FAMILIES: tuple[Family, ...] = (DE_IP_LISTING,)
