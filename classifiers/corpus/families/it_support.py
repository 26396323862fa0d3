"""Italian receipts that were missing: the Seller Support case and the listing-appeal receipt.

Italian acknowledgements were only the appeal and submission receipts; these
two are the other receipts every marketplace sends. Wording is our own.
"""

from classifiers.corpus.families import Family

_HELLO = ("Salve,", "Gentile {seller},", "Gentile venditore,")

IT_CASE_FORWARDED = Family(
    id="it-ss-case-forwarded",
    label="acknowledgement",
    language="it",
    team="seller-support",
    marketplaces=("IT", "EU"),
    senders=("seller-support@{domain}", "Supporto ai partner di vendita <seller-support@{domain}>"),
    subjects=(
        "Abbiamo ricevuto la tua richiesta (ID caso {case_id})",
        "Il tuo caso {case_id} è stato inoltrato",
    ),
    blocks=(
        _HELLO,
        (
            "Grazie per aver contattato il Supporto ai partner di vendita. Abbiamo inoltrato il tuo caso "
            "al team competente.",
            "Abbiamo ricevuto la tua richiesta. ID caso: {case_id}.",
        ),
        (
            "Il team ti risponderà direttamente via e-mail, di solito entro due giorni lavorativi.",
            "Aggiungi eventuali informazioni nel registro dei casi; non aprire un nuovo caso per lo "
            "stesso argomento.",
        ),
        ("Cordiali saluti,\nSupporto ai partner di vendita", "Amazon.it"),
    ),
    structure=(
        "Seller Support receipt: the case is received or forwarded to the responsible team, an "
        "answer comes by e-mail within a few working days, add to the case log. No decision: "
        "acknowledgement."
    ),
    phrases=("ID caso", "inoltrato il tuo caso", "registro dei casi"),
    seen_at=("https://www.startup-news.it/come-riattivare-account-amazon-seller",),
)

IT_DISPUTE_RECEIVED = Family(
    id="it-nd-dispute-received",
    label="acknowledgement",
    language="it",
    team="notice-dispute",
    marketplaces=("IT", "EU"),
    senders=("notice-dispute@{domain}", "Amazon <notice-dispute@{domain}>"),
    subjects=(
        "Abbiamo ricevuto il tuo ricorso per l'ASIN {asin}",
        "Conferma di ricezione: il tuo ricorso",
    ),
    blocks=(
        _HELLO,
        (
            "Abbiamo ricevuto il tuo ricorso contro la rimozione della tua offerta.",
            "Grazie per la tua contestazione relativa al reclamo per violazione della proprietà "
            "intellettuale.",
        ),
        ("ASIN: {asin}", "ID reclamo: {complaint_id}"),
        (
            "Stiamo esaminando le informazioni e ti comunicheremo l'esito via e-mail.",
            "Non è necessario inviare di nuovo il ricorso: ti contatteremo al termine della verifica.",
        ),
        ("Cordiali saluti,\nAmazon.it", "Il team Notice Dispute"),
    ),
    structure=(
        "Notice Dispute receipt for a listing appeal (IP complaint): received, under review, "
        "answer by e-mail, do not resubmit. Acknowledgement."
    ),
    phrases=("abbiamo ricevuto il tuo ricorso", "proprietà intellettuale", "ID reclamo"),
    seen_at=("https://www.lawgeek.it/sospensione-account-venditore-amazon/",),
)

FAMILIES: tuple[Family, ...] = (IT_CASE_FORWARDED, IT_DISPUTE_RECEIVED)
