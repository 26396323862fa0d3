"""Italian notices about listings: IP complaints from rights owners (Notice Dispute).

Wording is our own.
"""

from classifiers.corpus.families import Family

IT_IP_LISTING = Family(
    id="it-nd-listing-removed-ip",
    label="suspension",
    language="it",
    team="notice-dispute",
    marketplaces=("IT",),
    senders=("notice-dispute@amazon.it", "Amazon <notice-dispute@amazon.it>"),
    subjects=(
        "Notice: Policy Warning",
        "Abbiamo rimosso alcune delle tue offerte",
        "Avviso: possibile violazione della proprietà intellettuale",
    ),
    blocks=(
        ("Salve,", "Buongiorno {seller},"),
        (
            "abbiamo rimosso alcune delle tue offerte perché un titolare dei diritti ci ha segnalato "
            "che potrebbero violare il suo marchio. Le offerte interessate sono elencate in fondo a "
            "questo messaggio.",
            "un titolare dei diritti ci ha comunicato che almeno una delle tue offerte viola il suo "
            "diritto d'autore; l'abbiamo quindi disattivata.",
        ),
        ("Perché si è verificato?", "Cosa significa?"),
        (
            "Le offerte che violano la proprietà intellettuale di altri sono contrarie alle nostre "
            "politiche. Violazioni ripetute possono portare alla disattivazione dell'account.",
            "",
        ),
        ("Come posso riattivare la mia offerta?", "Cosa posso fare?"),
        (
            "Invia una fattura, una lettera di autorizzazione o un contratto di licenza del "
            "produttore o del titolare dei diritti che dimostri che i tuoi prodotti sono legittimi. "
            "Non accettiamo link esterni.",
            "Se pensi che si tratti di un errore, chiedi al titolare dei diritti di ritirare la "
            "segnalazione: deve inviarci lui stesso la ritrattazione.",
        ),
        (
            "Titolare dei diritti: {rights_owner}\nID reclamo: {complaint_id}\nASIN: {asin}",
            "Contatto del titolare: {rights_owner}\nReclamo: {complaint_id}\nASIN interessati: {asins}",
        ),
        ("Cordiali saluti,\nAmazon.it", "Amazon Services Europe"),
    ),
    structure=(
        "Notice Dispute listing removal in Italian: offers removed after a rights-owner report, "
        "« Perché si è verificato? », how to reactivate (invoice, authorisation, licence, or a "
        "retraction), rights owner, complaint ID, ASINs. Italian version of the English IP notice."
    ),
    phrases=("titolare dei diritti", "ritrattazione", "Notice: Policy Warning"),
    seen_at=("https://www.lawgeek.it/sospensione-account-venditore-amazon/",),
)

FAMILIES: tuple[Family, ...] = (IT_IP_LISTING,)
