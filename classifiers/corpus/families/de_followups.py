"""German follow-up letters: an account review or a verification that ends well.

Both close a case without an appeal decision: the FBM account review ends and
the offers come back by themselves, or the identity check passes. Wording is our own.
"""

from classifiers.corpus.families import Family

_HELP_DE = (
    "https://sellercentral.amazon.co.uk/gp/help/external/help.html?itemID=200320980"
    "&language=de_DE&ref=efph_200320980_cont_69039"
)

DE_REVIEW_DONE = Family(
    id="de-sp-fbm-review-complete",
    label="reinstatement",
    language="de",
    team="seller-performance",
    marketplaces=("DE", "EU"),
    senders=("seller-performance@{domain}", "seller-notification@{domain}"),
    subjects=(
        "Überprüfung Ihres Verkäuferkontos abgeschlossen",
        "Ihre Angebote sind wieder aktiv",
        "Kontoüberprüfung beendet: Auszahlungen wieder möglich",
    ),
    blocks=(
        ("Guten Tag,", "Hallo {seller},", "Sehr geehrte Verkäuferin, sehr geehrter Verkäufer,"),
        (
            "wir haben die Zustellung Ihrer letzten selbst versandten Bestellungen bestätigt. Die "
            "vorübergehende Überprüfung Ihres Kontos ist damit beendet.",
            "die Prüfung Ihrer Verkaufsaktivität ist abgeschlossen. Die vorübergehenden "
            "Einschränkungen haben wir aufgehoben.",
            "vielen Dank für Ihre Geduld: Ihr Konto hat die Überprüfung bestanden.",
        ),
        (
            "Ihre Angebote wurden automatisch wieder aktiviert.",
            "Alle Angebote mit Versand durch Verkäufer sind wieder für Kunden sichtbar.",
            "Sie können ab sofort wieder wie gewohnt verkaufen.",
        ),
        (
            "Auszahlungen erfolgen wieder nach Ihrem normalen Zahlungsplan.",
            "Ihr Guthaben wird beim nächsten regulären Auszahlungstermin überwiesen.",
            "",
        ),
        ("Sie müssen nichts weiter unternehmen.", ""),
        ("Mit freundlichen Grüßen\nAmazon.de", "Ihr Team Verkäuferleistung"),
    ),
    structure=(
        "End of the temporary FBM account review (Verkaufskontoüberprüfung): deliveries "
        "confirmed, offers reactivated automatically, payouts back on the normal schedule, "
        "nothing to do. Seen as the outcome Amazon's German help page describes."
    ),
    phrases=("automatisch wieder aktiviert", "normalen Zahlungsplan"),
    seen_at=(_HELP_DE,),
)

DE_VERIFY_OK = Family(
    id="de-sv-verification-complete",
    label="reinstatement",
    language="de",
    team="seller-performance",
    marketplaces=("DE", "EU"),
    senders=("seller-verification@{domain}", "seller-performance@{domain}"),
    subjects=(
        "Ihre Identität wurde bestätigt",
        "Verifizierung erfolgreich: Ihr Konto ist freigeschaltet",
    ),
    blocks=(
        ("Guten Tag,", "Hallo {seller},"),
        (
            "vielen Dank für die eingereichten Dokumente. Die Verifizierung Ihres Kontos ist "
            "erfolgreich abgeschlossen.",
            "wir konnten Ihre Angaben anhand der hochgeladenen Unterlagen bestätigen.",
            "Ihre Identitäts- und Adressnachweise wurden geprüft und akzeptiert.",
        ),
        (
            "Ihr Verkäuferkonto ist wieder freigeschaltet und Ihre Angebote sind sichtbar.",
            "Wir haben Ihre Verkaufsberechtigung wiederhergestellt.",
            "Die Sperre Ihres Kontos wurde aufgehoben; Sie können wieder verkaufen.",
        ),
        ("Einbehaltene Beträge werden mit der nächsten Auszahlung überwiesen.", ""),
        ("Mit freundlichen Grüßen\nAmazon Services Europe", "Ihr Amazon-Verifizierungsteam"),
    ),
    structure=(
        "Verification passed after a KYC deactivation: documents accepted, account "
        "freigeschaltet, privileges back, withheld funds with the next payout."
    ),
    phrases=("Verifizierung erfolgreich", "wieder freigeschaltet"),
    seen_at=(
        "https://keytersberg.de/amazon-verifizierung-kontosperrung",
        "https://sellercentral-europe.amazon.com/seller-forums/discussions/t/9deddb44-7abf-45f8-afae-1146a15f89f4",
    ),
)

FAMILIES: tuple[Family, ...] = (DE_REVIEW_DONE, DE_VERIFY_OK)
