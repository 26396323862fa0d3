"""German replies to an appeal about a single listing (Angebot): reviewed, still deactivated.

Added by the corpus-en helper beside corpus-intl's German modules: the German
appeal replies there are about accounts, and a listing-level rejection without a
reason ("die übermittelten Informationen reichen nicht aus ... bleibt
deaktiviert") was read as a reinstatement because it says "wieder aktivieren".
"""

from __future__ import annotations

from . import Family

FAMILIES: tuple[Family, ...] = (
    Family(
        id="de-sp-listing-appeal-denied",
        label="generic_denial",
        language="de",
        team="seller-performance",
        marketplaces=("DE", "EU"),
        senders=("seller-performance@amazon.de", "Amazon.de <no-reply@amazon.de>"),
        subjects=(
            "Ihr Widerspruch wurde geprüft (ASIN {asin})",
            "AW: Widerspruch zu Ihrem Angebot",
            "Ergebnis Ihres Widerspruchs",
        ),
        blocks=(
            ("Guten Tag,", "Hallo,", "Sehr geehrte Verkäuferin, sehr geehrter Verkäufer,"),
            (
                "vielen Dank für Ihren Widerspruch.",
                "wir haben Ihren Widerspruch vom {date} geprüft.",
                "",
            ),
            (
                "Die übermittelten Informationen genügen leider nicht, um Ihr Angebot erneut "
                "freizuschalten.",
                "Nach Prüfung Ihrer Unterlagen können wir das Angebot nicht wiederherstellen.",
                "Ihr Widerspruch wurde abgelehnt.",
            ),
            ("ASIN: {asin}", "ASIN: {asin}\nReferenznummer: {case_id}"),
            (
                "Das Angebot bleibt bis auf Weiteres deaktiviert.",
                "Ihr Angebot bleibt inaktiv.",
                "Diese Entscheidung ist endgültig.",
            ),
            ("Mit freundlichen Grüßen\nSeller Performance Team\nAmazon.de", "Amazon.de"),
        ),
        structure=(
            "Kurze Antwort auf einen Widerspruch zu einem Angebot: Dank, die Informationen "
            "reichen nicht aus (ohne zu sagen, was fehlt), ASIN und Referenz, das Angebot "
            "bleibt deaktiviert."
        ),
        phrases=("reichen jedoch nicht aus", "bleibt deaktiviert", "Widerspruch"),
        seen_at=(
            "https://sellercentral-europe.amazon.com/seller-forums/discussions/t/9deddb44-7abf-45f8-afae-1146a15f89f4",
            "https://sellercentral.amazon.de/gp/help/external/help.html?itemID=2ENZWBRV7DYX7JG&language=de_DE",
        ),
    ),
)
