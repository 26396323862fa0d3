"""German request for supplier invoices during an appeal (need_more_info).

The Amazon.de version of the invoice request sellers quote (said in ``structure``);
wording is our own.
"""

from classifiers.corpus.families import Family

DE_INVOICES = Family(
    id="de-sp-more-info-invoices",
    label="need_more_info",
    language="de",
    team="seller-performance",
    marketplaces=("DE", "EU"),
    senders=("seller-performance@{domain}", "seller-notification@{domain}"),
    subjects=(
        "Weitere Rechnungen für Ihren Widerspruch erforderlich",
        "Ihre Unterlagen zu ASIN {asin}",
    ),
    blocks=(
        ("Guten Tag,", "Hallo {seller},"),
        (
            "vielen Dank für Ihren Widerspruch. Um die Prüfung fortzusetzen, benötigen wir noch Rechnungen Ihres Lieferanten.",
            "die eingereichten Unterlagen konnten wir nicht überprüfen. Bitte senden Sie uns weitere Nachweise.",
            "wir haben Ihre Dokumente erhalten, aber für ASIN {asin} fehlen noch Belege über die Herkunft der Ware.",
        ),
        (
            "Bitte reichen Sie Rechnungen aus den letzten 365 Tagen ein, auf denen Name und Anschrift des Lieferanten sowie die gekaufte Menge zu sehen sind.",
            "Die Rechnungen müssen lesbar sein, Ihren Namen tragen und mindestens die verkaufte Stückzahl abdecken. Preise dürfen geschwärzt werden.",
        ),
        (
            "Laden Sie die Dokumente über die Seite Kontozustand hoch, bis {deadline}.",
            "Antworten Sie bitte bis {deadline} mit den angeforderten Unterlagen.",
        ),
        ("Mit freundlichen Grüßen\nSeller Performance Team", "Amazon Services Europe"),
    ),
    structure=(
        "Mid-appeal request for supplier invoices: appeal received or documents unverifiable, "
        "invoices from the last 365 days with supplier name, address and quantities, legible, "
        "prices may be hidden, upload by a deadline. Amazon.de version of the letter sellers quote."
    ),
    phrases=("Rechnungen Ihres Lieferanten", "letzten 365 Tagen"),
    seen_at=(
        "https://sellercentral-europe.amazon.com/seller-forums/discussions/t/9059a3aa-856e-435e-bc2f-9957e0555688",
    ),
)

FAMILIES: tuple[Family, ...] = (DE_INVOICES,)
