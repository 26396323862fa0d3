"""German mail that is not a decision: the closed-address reply, FBM metric appeals address, payouts.

Wording is our own.
"""

from classifiers.corpus.families import Family

DE_REDIRECT = Family(
    id="de-sp-closed-address-reply",
    label="redirect_closed_queue",
    language="de",
    team="seller-performance",
    marketplaces=("DE", "EU"),
    senders=("seller-performance@{domain}", "donotreply@amazon.de"),
    subjects=(
        "Automatische Antwort: Diese Adresse nimmt keine Widersprüche an",
        "AW: Maßnahmenplan",
        "Ihre E-Mail konnte nicht bearbeitet werden",
    ),
    blocks=(
        ("Guten Tag,", "Hallo,", "Dies ist eine automatisch erzeugte Nachricht."),
        (
            "diese E-Mail-Adresse wird nicht mehr für Widersprüche verwendet. Ihre Nachricht wurde "
            "nicht gelesen.",
            "Nachrichten an diese Adresse erreichen das zuständige Team nicht.",
            "Antworten auf diese Adresse werden nicht bearbeitet.",
        ),
        (
            "Bitte reichen Sie Ihren Widerspruch über die Seite Kontozustand in Seller Central ein: "
            "{link}",
            'Nutzen Sie die Schaltfläche "Widerspruch einlegen" neben der Benachrichtigung auf der '
            "Seite Leistungsbenachrichtigungen.",
            'Bei Fragen wenden Sie sich bitte über "Hilfe" in Seller Central an den Verkäufer-Support.',
        ),
        ("Mit freundlichen Grüßen\nAmazon.de", "Amazon Services Europe"),
    ),
    structure=(
        "Auto-reply from a notice or retired address: not read, appeals only through Kontozustand "
        "or the 'Widerspruch einlegen' button, questions to Verkäufer-Support. Amazon's German help "
        "pages name separate appeal addresses for some metrics (op-pso-vtr-appeals@amazon.de), which "
        "is why sellers write to the wrong one; German version of the English closed-queue reply."
    ),
    phrases=("Kontozustand", "Widerspruch einlegen", "nicht bearbeitet"),
    seen_at=(
        "https://sellercentral.amazon.de/gp/help/external/help.html?itemID=2ENZWBRV7DYX7JG&language=de_DE&ref=efph_2ENZWBRV7DYX7JG_relt_200989470",
    ),
)

DE_PAYOUT = Family(
    id="de-other-payout-and-review-hold",
    label="other",
    language="de",
    team="marketplace",
    marketplaces=("DE", "EU"),
    senders=("payments-messages@amazon.de", "seller-notification@amazon.de"),
    subjects=(
        "Ihre Auszahlung wurde veranlasst",
        "Neue Bestellung: Bitte jetzt versenden",
        "Einladung: Webinar zur Weihnachtssaison für Verkäufer",
    ),
    blocks=(
        ("Hallo {seller},", "Guten Tag,"),
        (
            "wir haben am {date} eine Auszahlung von {amount} an Ihr hinterlegtes Bankkonto "
            "veranlasst. Die Gutschrift kann 3 bis 5 Werktage dauern.",
            "Sie haben eine neue Bestellung erhalten (Bestellnummer {order_id}, Artikel {product}). "
            "Bitte versenden Sie sie bis zum angegebenen Versanddatum.",
            "melden Sie sich für unser kostenloses Webinar am {date} an und erfahren Sie, wie Sie "
            "sich auf die Weihnachtssaison vorbereiten: {link}",
        ),
        (
            "Ihre Abrechnungen finden Sie in Seller Central unter Berichte > Zahlungen.",
            "Sie erhalten diese E-Mail, weil Sie bei Amazon verkaufen.",
        ),
        ("Amazon.de", "Ihr Amazon Verkäuferteam"),
    ),
    structure=(
        "Everyday German seller mail: payout with amount and date, new order to ship, a seasonal "
        "webinar invitation. Uses Konto, Verkäufer, Seller Central, but nothing is wrong: other."
    ),
    phrases=("Auszahlung", "Bitte versenden", "Webinar"),
    seen_at=(
        "https://sellercentral.amazon.de/gp/help/external/help.html?itemID=200320980&language=de_DE&ref=efph_200320980_cont_69039",
    ),
)

DE_CONSULTANT = Family(
    id="de-x-consultant-newsletter",
    label="other",
    language="de",
    team="not-amazon",
    marketplaces=("DE",),
    senders=("newsletter@haendler-beratung.example", "info@kanzlei-ecommerce.example"),
    subjects=(
        "Newsletter: Amazon-Kontosperrung – was jetzt zu tun ist",
        "Webinar: So schreiben Sie einen Maßnahmenplan, der akzeptiert wird",
    ),
    blocks=(
        ("Hallo {seller},", "Liebe Händlerinnen und Händler,"),
        (
            "in den letzten Wochen haben uns viele Händler wegen gesperrter Verkäuferkonten "
            "kontaktiert. In unserem Webinar am {date} zeigen wir, wie ein guter Maßnahmenplan "
            "aufgebaut ist.",
            "Amazon hat Ihr Konto deaktiviert? Unsere Kanzlei prüft Ihren Fall kostenlos und "
            "unverbindlich.",
        ),
        ("Jetzt anmelden: {link}", "Sie möchten keinen Newsletter mehr erhalten? Hier abmelden."),
    ),
    structure=(
        "Not from Amazon: German consultants' and law firms' newsletters about suspensions "
        "(Kontosperrung, Maßnahmenplan), a hard negative labelled other."
    ),
    phrases=("Newsletter", "abmelden"),
    seen_at=("https://marketplace.haendlerbund.de/amazon-massnahmenplan-msa",),
)

FAMILIES: tuple[Family, ...] = (DE_REDIRECT, DE_PAYOUT, DE_CONSULTANT)
