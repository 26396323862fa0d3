"""German answers about listing appeals and Kontozustand uploads, and the no-reply answer.

Wording is our own.
"""

from classifiers.corpus.families import Family

_SENDERS = (
    "notice-dispute@{domain}",
    "Amazon <notice-dispute@{domain}>",
    "seller-notification@{domain}",
)
_GREETING = ("Guten Tag,", "Hallo {seller},")
_SIGN = ("Mit freundlichen Grüßen\nAmazon.de", "Amazon Services Europe", "Ihr Team Kontozustand")

DE_ND_MORE_INFO = Family(
    id="de-nd-appeal-more-info",
    label="need_more_info",
    language="de",
    team="notice-dispute",
    marketplaces=("DE", "EU"),
    senders=_SENDERS,
    subjects=(
        "Ihr Widerspruch zu ASIN {asin}: Dokumente erneut einreichen",
        "Zusätzliche Nachweise erforderlich",
    ),
    blocks=(
        _GREETING,
        (
            "wir haben Ihren Widerspruch zu ASIN {asin} geprüft. Mit den eingereichten Dokumenten "
            "konnten wir die Prüfung nicht abschließen.",
            "danke für Ihre Unterlagen. Bitte reichen Sie Dokumente ein, die folgende Anforderungen "
            "erfüllen:",
        ),
        (
            "-- Name, Anschrift und Telefonnummer des Lieferanten sind sichtbar\n-- das Rechnungsdatum "
            "liegt nicht mehr als 365 Tage zurück\n-- Artikelbezeichnung und Menge sind lesbar",
            "Wir benötigen eine Vollmacht oder einen Lizenzvertrag des Rechteinhabers. Externe Links "
            "können wir nicht akzeptieren.",
            "Die Artikelbezeichnung auf der Rechnung passt nicht zum angebotenen Produkt. Bitte senden "
            "Sie einen Nachweis für den Einkauf genau dieses Artikels.",
        ),
        (
            'Reichen Sie die Unterlagen bis zum {deadline} über die Schaltfläche "Widerspruch '
            'einlegen" neben dem Verstoß auf der Seite Kontozustand ein.',
            "Zulässige Formate: JPEG, PNG oder PDF.",
        ),
        _SIGN,
    ),
    structure=(
        "Answer to a listing appeal: documents not sufficient, then what they must show (supplier "
        "data, invoice within 365 days, readable items) or the authorisation needed, and where and "
        "by when to resubmit. A German trade magazine describes Amazon asking again and again for "
        "invoices not older than 365 days."
    ),
    phrases=("erneut einreichen", "365 Tage", "Vollmacht"),
    seen_at=(
        "http://www.wiwo.de/unternehmen/handel/kleinhaendler-auf-amazon-wenn-ein-haendler-wegfaellt-wartet-schon-der-naechste/20231368-3.html",
    ),
)

DE_ND_DENIED = Family(
    id="de-nd-appeal-denied",
    label="generic_denial",
    language="de",
    team="notice-dispute",
    marketplaces=("DE", "EU"),
    senders=_SENDERS,
    subjects=("Ergebnis Ihres Widerspruchs zu ASIN {asin}", "Ihr Angebot bleibt deaktiviert"),
    blocks=(
        _GREETING,
        (
            "wir haben Ihren Widerspruch zu ASIN {asin} geprüft und können ihm nicht stattgeben.",
            "nach Prüfung Ihrer Angaben haben wir entschieden, das Angebot nicht wieder zu aktivieren.",
        ),
        (
            "Das Angebot bleibt deaktiviert.",
            "Weitere Anfragen zu dieser Entscheidung werden möglicherweise nicht beantwortet.",
        ),
        (
            "Bitte erstellen Sie einen Remissionsauftrag für den zugehörigen Versand-durch-Amazon-"
            "Bestand.",
            "",
        ),
        _SIGN,
    ),
    structure=(
        "Listing appeal refused: reviewed, not granted, the offer stays deactivated, further "
        "questions may go unanswered, remove the FBA stock. Names nothing to fix."
    ),
    phrases=("nicht stattgeben", "bleibt deaktiviert", "Remissionsauftrag"),
    seen_at=(
        "https://rechtsanwaltskanzlei-warai.de/ecommerce/amazon-sperrt-asin-wie-asins-entsperren-lassen",
    ),
)

DE_AH_ACK = Family(
    id="de-ah-submission-received",
    label="acknowledgement",
    language="de",
    team="account-health",
    marketplaces=("DE", "EU"),
    senders=("seller-notification@{domain}", "no-reply@{domain}"),
    subjects=(
        "Wir haben Ihre Unterlagen erhalten",
        "Kontozustand: Vielen Dank für Ihre Einreichung",
    ),
    blocks=(
        _GREETING,
        (
            "wir haben Ihre Einreichung über die Seite Kontozustand erhalten.",
            "vielen Dank für die Unterlagen zu ASIN {asin}.",
        ),
        (
            "Ein Team prüft sie jetzt; das Ergebnis erfahren Sie per E-Mail und auf der Seite "
            "Kontozustand.",
            "Die Prüfung kann einige Werktage dauern.",
        ),
        ("Bis dahin müssen Sie nichts erneut einreichen.", ""),
        _SIGN,
    ),
    structure=(
        "Receipt for a Kontozustand upload: received, a team reviews, result by e-mail and on the "
        "page, no need to resubmit. No decision."
    ),
    phrases=("Einreichung", "erhalten", "Kontozustand"),
    seen_at=(
        "https://sellercentral.amazon.de/gp/help/external/G200205250?language=de_DE&ref=efph_G200205250_cont_G521",
    ),
)

DE_NOREPLY = Family(
    id="de-ss-noreply-redirect",
    label="redirect_closed_queue",
    language="de",
    team="seller-support",
    marketplaces=("DE", "EU"),
    senders=("no-reply@{domain}", "donotreply@{domain}"),
    subjects=(
        "Bitte antworten Sie nicht auf diese E-Mail",
        "Automatische Antwort: Kontakt über Seller Central",
    ),
    blocks=(
        ("Diese Nachricht wurde automatisch versendet.", "Guten Tag,"),
        (
            "Antworten an diese Adresse können wir nicht lesen.",
            "Ihre E-Mail ist bei uns nicht eingegangen.",
        ),
        (
            'Wenden Sie sich über "Hilfe" > "Support anfordern" in Seller Central an den '
            "Verkäufer-Support: {link}",
            "Widersprüche gegen Sperrungen oder Warnungen reichen Sie bitte über die Seite "
            "Kontozustand ein.",
        ),
        ("Amazon.de", "Amazon Services Europe"),
    ),
    structure=(
        "No-reply auto-answer in German: replies are not read, use Help > Support anfordern in "
        "Seller Central, appeals via Kontozustand."
    ),
    phrases=("nicht auf diese E-Mail", "Verkäufer-Support", "Kontozustand"),
    seen_at=(
        "https://www.antwort.net/a/technologie/wie-funktioniert-die-kommunikation-mit-dem-amazon-support-bei-verkaeuferkonten.html",
    ),
)

FAMILIES: tuple[Family, ...] = (DE_ND_MORE_INFO, DE_ND_DENIED, DE_AH_ACK, DE_NOREPLY)
