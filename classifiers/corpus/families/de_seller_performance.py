"""German Seller Performance mail (Amazon.de, Amazon.at, German-language Seller Central Europe).

German notices use the headings "Warum ist das passiert?" / "Warum passiert das?" and
"Wie reaktiviere ich mein Konto?", speak of Verkaufsberechtigungen, the
Verkäuferkonto and the Maßnahmenplan, and cite section 3 of the Amazon Services
Europe Business Solutions Agreement. Every wording below is our own.
"""

from classifiers.corpus.families import Family

_SENDERS = (
    "seller-performance@{domain}",
    "Amazon Verkäuferleistung <seller-performance@{domain}>",
    "seller-notification@{domain}",
)
_GREETING = ("Guten Tag,", "Hallo {seller},", "Sehr geehrte Verkäuferin, sehr geehrter Verkäufer,")
_SIGN = (
    "Mit freundlichen Grüßen\nSeller Performance Team\n{marketplace}",
    "Freundliche Grüße\nIhr Team Verkäuferleistung",
    "Amazon Services Europe\nVerkäuferleistung",
)
_DASHBOARD = (
    "Ihre Verkäuferleistung können Sie hier einsehen: {link}",
    'Auf der Seite "Kontozustand" in Seller Central sehen Sie, wie Ihr Konto bei den '
    "Leistungskennzahlen und Richtlinien abschneidet: {link}",
    "",
)

DE_DEACTIVATION = Family(
    id="de-sp-account-deactivated",
    label="suspension",
    language="de",
    team="seller-performance",
    marketplaces=("DE", "EU"),
    senders=_SENDERS,
    subjects=(
        "Ihre {marketplace} Verkaufsberechtigungen wurden entfernt",
        "Ihr Verkäuferkonto wurde deaktiviert",
        "Wichtig: Deaktivierung Ihres Amazon-Verkäuferkontos",
    ),
    blocks=(
        _GREETING,
        (
            "Ihr Amazon-Verkäuferkonto wurde gemäß Abschnitt 3 der Amazon Services Europe Business "
            "Solutions Agreement deaktiviert. Ihre Angebote wurden entfernt. Guthaben wird Ihnen "
            "vorerst nicht ausgezahlt, bleibt aber auf Ihrem Konto, bis das Problem geklärt ist.",
            "wir haben Ihre Verkaufsberechtigungen auf {marketplace} entfernt und Ihre Angebote "
            "deaktiviert. Bitte versenden Sie offene Bestellungen weiterhin, damit Ihr Konto keinen "
            "weiteren Schaden nimmt.",
        ),
        ("Warum ist das passiert?", "Warum passiert das?", "Grund für diese Maßnahme:"),
        (
            "Ihr Konto steht mit einem anderen Konto in Verbindung, das nicht mehr bei Amazon "
            "verkaufen darf. Daher dürfen Sie auch mit diesem Konto nicht mehr verkaufen.",
            "Wir haben wiederholt Beschwerden von Rechteinhabern wegen Verletzung geistigen "
            "Eigentums erhalten. Betroffene ASINs: {asins}",
            "Ihre Rate an Bestellmängeln liegt über unserem Ziel von unter 1 %. Kunden haben "
            "wiederholt über nicht erhaltene oder beschädigte Artikel geklagt.",
            "Sie haben Artikel angeboten, die auf {marketplace} nicht verkauft werden dürfen, zum "
            "Beispiel {product} (ASIN {asin}).",
        ),
        ("Wie reaktiviere ich mein Konto?", "Wie kann ich mein Konto reaktivieren?"),
        (
            "Senden Sie uns einen Maßnahmenplan, der Folgendes erklärt:\n-- die Ursache(n) des "
            "Problems\n-- die Maßnahmen, die Sie bereits ergriffen haben\n-- die Schritte, mit denen "
            "Sie das Problem künftig vermeiden",
            'Reichen Sie über die Schaltfläche "Widerspruch einlegen" auf der Seite Kontozustand '
            "einen Maßnahmenplan ein: Ursache, sofortige Abhilfe, vorbeugende Maßnahmen.",
            "Falls Sie glauben, dass ein Irrtum vorliegt, reichen Sie eine Erklärung mit Nachweisen "
            "ein, die belegen, dass Ihr Konto unsere Richtlinien einhält.",
        ),
        (
            "Wenn wir bis zum {deadline} keinen akzeptablen Maßnahmenplan erhalten, bleibt Ihr Konto "
            "deaktiviert, und Ihr Guthaben kann 90 Tage oder länger einbehalten werden.",
            "Bitte antworten Sie bis spätestens {deadline}.",
            "Wenn Sie nicht innerhalb von 17 Tagen einen akzeptablen Maßnahmenplan senden, dürfen Sie "
            "möglicherweise nicht mehr auf Amazon verkaufen.",
            "",
        ),
        _DASHBOARD,
        _SIGN,
    ),
    structure=(
        "German deactivation: section 3 of the BSA, listings removed, funds held, keep shipping; "
        "'Warum ist das passiert?' with the reason (related account, IP complaints with ASINs, order "
        "defect rate, prohibited item); 'Wie reaktiviere ich mein Konto?' with the three-part "
        "Maßnahmenplan in '--' bullets or the explanation route if in error; deadline 'bis zum'; "
        "funds held 90 days; Kontozustand link. Subject quoted by a German lawyer's page."
    ),
    phrases=(
        "Verkaufsberechtigungen wurden entfernt",
        "Warum ist das passiert?",
        "Wie reaktiviere ich mein Konto?",
        "Maßnahmenplan",
        "Abschnitt 3",
        "Kontozustand",
    ),
    seen_at=(
        "https://rechtsanwaltskanzlei-warai.de/ecommerce/amazon-entfernt-verkaufsberechtigungen-wegen-verknuepfung-mit-einem-anderen-konto/",
        "https://keytersberg.de/amazon-kontosperrung-massnahmenplan-erstellen",
    ),
)

DE_VERIFICATION = Family(
    id="de-sp-verification-documents",
    label="suspension",
    language="de",
    team="seller-performance",
    marketplaces=("DE", "EU"),
    senders=("seller-verification@amazon.de", "seller-performance@amazon.de"),
    subjects=(
        "Wir überprüfen Ihr Verkäuferkonto",
        "Ihr Verkäuferkonto wurde vorübergehend gesperrt",
    ),
    blocks=(
        _GREETING,
        (
            "wir überprüfen derzeit Ihr Verkäuferkonto. Während der Überprüfung können Sie nicht "
            "auf {marketplace} verkaufen, und Auszahlungen sind vorübergehend eingeschränkt.",
            "Ihr Verkäuferkonto wurde vorübergehend deaktiviert, weil wir Ihre Identität erneut "
            "bestätigen müssen.",
        ),
        ("Warum ist das passiert?", "Was bedeutet das?"),
        (
            "Wir benötigen zusätzliche Unterlagen, um Ihre Identität zu bestätigen.",
            "Die Angaben in Ihrem Konto stimmen nicht mit den eingereichten Unterlagen überein.",
        ),
        ("Wie reaktiviere ich mein Konto?", "Was muss ich tun?"),
        (
            "Bitte bestätigen Sie, dass eine gültige Kreditkarte hinterlegt ist, und reichen Sie eins "
            "der folgenden Dokumente ein:\n-- eine Rechnung eines Versorgungsunternehmens (Strom, Gas, "
            "Wasser, Telefon oder Internet) aus den letzten 90 Tagen\n-- eine Gewerbeanmeldung, "
            "falls vorhanden",
            "Laden Sie einen Kontoauszug oder eine Versorgerrechnung hoch, die nicht älter als 90 "
            "Tage ist. Name und Adresse müssen mit den Angaben in Seller Central übereinstimmen. "
            "Screenshots werden nicht akzeptiert.",
        ),
        (
            "Sie können Dateien im Format PDF, PNG, JPEG oder GIF senden. Bitte reichen Sie die "
            "Unterlagen bis zum {deadline} ein.",
            "Folgen Sie dazu den Anweisungen im Banner oben auf der Seite Kontozustand.",
        ),
        _SIGN,
    ),
    structure=(
        "Verification suspension (account under review / temporarily deactivated): headings 'Warum "
        "ist das passiert?' and 'Wie reaktiviere ich mein Konto?', then the document list ('--' "
        "bullets: utility bill within 90 days, Gewerbeanmeldung), the document rules (name and "
        "address must match Seller Central, no screenshots, PDF/PNG/JPEG/GIF) and the banner on the "
        "Kontozustand page."
    ),
    phrases=("gültige Kreditkarte", "letzten 90 Tage", "Versorgungsunternehmen", "Kontozustand"),
    seen_at=(
        "https://sellercentral-europe.amazon.com/seller-forums/discussions/t/9deddb44-7abf-45f8-afae-1146a15f89f4",
        "https://www.amz-listing.de/amazon-verkaeuferkonto-gesperrt/",
    ),
)

FAMILIES: tuple[Family, ...] = (DE_DEACTIVATION, DE_VERIFICATION)
