"""German mail that was missing: a listing-appeal receipt, two reinstatements, a redirect.

German acknowledgements had no listing-appeal (Notice Dispute) receipt, and
reinstatement had nothing for a related-account review that ends well.
Wording is our own.
"""

from classifiers.corpus.families import Family

_HELLO = ("Hallo,", "Guten Tag,", "Hallo {seller},")

DE_DISPUTE_RECEIVED = Family(
    id="de-nd-dispute-received",
    label="acknowledgement",
    language="de",
    team="notice-dispute",
    marketplaces=("DE", "EU"),
    senders=("notice-dispute@{domain}", "Amazon <notice-dispute@{domain}>"),
    subjects=(
        "Wir haben Ihren Widerspruch zur ASIN {asin} erhalten",
        "Eingangsbestätigung: Ihr Einspruch",
    ),
    blocks=(
        _HELLO,
        (
            "vielen Dank für Ihren Einspruch gegen die Entfernung Ihres Angebots. Wir haben ihn erhalten.",
            "wir haben Ihren Widerspruch zur Beschwerde wegen Verletzung geistigen Eigentums erhalten.",
        ),
        ("ASIN: {asin}", "Beschwerde-ID: {complaint_id}"),
        (
            "Wir prüfen Ihre Angaben und teilen Ihnen das Ergebnis per E-Mail mit.",
            "Sie müssen den Einspruch nicht erneut einreichen; wir melden uns, sobald die Prüfung "
            "abgeschlossen ist.",
        ),
        ("Freundliche Grüße\nAmazon.de", "Ihr Notice-Dispute-Team"),
    ),
    structure=(
        "Notice Dispute receipt for a listing appeal (IP complaint): received, under review, the "
        "answer comes by e-mail, do not resubmit. Acknowledgement."
    ),
    phrases=("Einspruch", "geistigen Eigentums", "Beschwerde-ID"),
    seen_at=(
        "https://www.anwalt.de/rechtstipps/amazon-asin-gesperrt-wegen-notice-policy-warning-was-sie-dagegen-als-amazon-seller-tun-koennen-215726.html",
    ),
)

DE_RELATED_BACK = Family(
    id="de-sp-related-account-reinstated",
    label="reinstatement",
    language="de",
    team="seller-performance",
    marketplaces=("DE", "EU"),
    senders=(
        "seller-performance@{domain}",
        "Amazon Verkäuferleistung <seller-performance@{domain}>",
    ),
    subjects=(
        "Ihr Verkäuferkonto wurde wieder aktiviert",
        "Ihre Verkaufsberechtigungen wurden wiederhergestellt",
    ),
    blocks=(
        _HELLO,
        (
            "wir haben die Angaben zu dem verknüpften Konto geprüft. Sie können wieder auf {marketplace} "
            "verkaufen.",
            "nach Prüfung Ihrer Unterlagen haben wir festgestellt, dass Ihr Konto nicht mit dem gesperrten "
            "Konto in Verbindung steht. Ihre Verkaufsberechtigungen wurden wiederhergestellt.",
        ),
        (
            "Ihre Angebote werden innerhalb von 24 Stunden wieder sichtbar; Auszahlungen erfolgen nach dem "
            "üblichen Zeitplan.",
            "Ihre Angebote wurden reaktiviert.",
        ),
        ("Vielen Dank für Ihre Geduld.", ""),
        ("Freundliche Grüße\nVerkäuferleistung", "Amazon.de"),
    ),
    structure=(
        "Reinstatement after a related-account deactivation: the link was reviewed (or the other "
        "account is back), selling privileges restored, listings back within a day, payouts on "
        "the usual schedule."
    ),
    phrases=("verknüpften Konto", "Verkaufsberechtigungen wurden wiederhergestellt"),
    seen_at=(
        "https://rechtsanwaltskanzlei-warai.de/ecommerce/amazon-entfernt-verkaufsberechtigungen-wegen-verknuepfung-mit-einem-anderen-konto/",
        "https://telecom-handel.de/point-of-sale/amazon/mehrere-amazon-accounts-entsperrt-1733591.html",
    ),
)

DE_APPEAL_OK = Family(
    id="de-ah-appeal-accepted",
    label="reinstatement",
    language="de",
    team="account-health",
    marketplaces=("DE", "EU"),
    senders=("account-health@{domain}", "seller-notification@{domain}"),
    subjects=("Ihr Einspruch wurde angenommen: ASIN {asin}", "Der Verstoß wurde entfernt"),
    blocks=(
        _HELLO,
        (
            "wir haben Ihren Einspruch zur ASIN {asin} geprüft und ihm stattgegeben.",
            "vielen Dank für die eingereichten Unterlagen. Wir haben den Verstoß von Ihrer Seite "
            "Kontostatus entfernt.",
        ),
        (
            "Das Angebot ist wieder aktiv und für Kunden sichtbar.",
            "Der Verstoß wirkt sich nicht mehr auf die Bewertung Ihres Kontostatus aus.",
        ),
        ("Sie müssen nichts weiter tun.", ""),
        ("Freundliche Grüße\nAmazon.de", "Ihr Team Kontostatus"),
    ),
    structure=(
        "Account Health accepts a listing appeal: documents checked, listing active again, "
        "violation removed from the Account Health Rating, nothing more to do."
    ),
    phrases=("Einspruch", "stattgegeben", "Kontostatus"),
    seen_at=(
        "https://rechtsanwaltskanzlei-warai.de/ecommerce/amazon-sperrt-asin-wie-asins-entsperren-lassen",
    ),
)


DE_SUPPORT_CANNOT = Family(
    id="de-ss-redirect-cannot-help",
    label="redirect_closed_queue",
    language="de",
    team="seller-support",
    marketplaces=("DE", "EU"),
    senders=("seller-support@{domain}", "Amazon Verkäuferservice <seller-support@{domain}>"),
    subjects=("Re: Mein Konto wurde deaktiviert", "Zu Ihrem Fall {case_id}"),
    blocks=(
        _HELLO,
        (
            "vielen Dank für Ihre Nachricht. Leider kann der Verkäuferservice Einsprüche gegen eine "
            "Deaktivierung nicht prüfen.",
            "wir verstehen, dass die Deaktivierung Ihres Kontos belastend ist, aber unser Team kann Ihr "
            "Konto nicht reaktivieren.",
        ),
        (
            "Bitte folgen Sie den Anweisungen im Banner oben auf der Seite Kontostatus in Seller Central: "
            "{link}",
            "Das zuständige Team bearbeitet nur Einsprüche, die über die Seite Kontostatus oder die "
            "Schaltfläche Einspruch in der Leistungsbenachrichtigung eingehen.",
        ),
        ("Wir schließen diesen Fall.", "Dieser Fall ist damit erledigt."),
        ("Freundliche Grüße\nVerkäuferservice", "Amazon Services Europe"),
    ),
    structure=(
        "Seller Support cannot review deactivations or appeals, points to the banner on the "
        "Kontostatus page or the notification's Einspruch button, closes the case. German "
        "counterpart of the English redirect; German guides warn that Seller Support will not "
        "answer for the Performance team."
    ),
    phrases=("Verkäuferservice", "Kontostatus", "Wir schließen diesen Fall"),
    seen_at=(
        "https://amcomservices.de/artikel-wenn-der-account-ploetzlich-gesperrt-wird",
        "https://www.antwort.net/a/technologie/wie-funktioniert-die-kommunikation-mit-dem-amazon-support-bei-verkaeuferkonten.html",
    ),
)


FAMILIES: tuple[Family, ...] = (
    DE_DISPUTE_RECEIVED,
    DE_RELATED_BACK,
    DE_APPEAL_OK,
    DE_SUPPORT_CANNOT,
)
