"""Italian answers about listing appeals and Stato dell'account uploads.

Wording is our own.
"""

from classifiers.corpus.families import Family

_SENDERS = (
    "notice-dispute@amazon.it",
    "Amazon <notice-dispute@amazon.it>",
    "seller-notification@amazon.it",
)
_GREETING = ("Salve,", "Buongiorno {seller},")
_SIGN = ("Cordiali saluti,\nAmazon.it", "Amazon Services Europe", "Il team Stato dell'account")

IT_ND_MORE_INFO = Family(
    id="it-nd-appeal-more-info",
    label="need_more_info",
    language="it",
    team="notice-dispute",
    marketplaces=("IT",),
    senders=_SENDERS,
    subjects=(
        "Il tuo ricorso per l'ASIN {asin}: invia di nuovo i documenti",
        "Servono ulteriori prove",
    ),
    blocks=(
        _GREETING,
        (
            "abbiamo esaminato il tuo ricorso per l'ASIN {asin}, ma i documenti inviati non ci "
            "permettono di completare la verifica.",
            "grazie per i documenti. Inviaci di nuovo dei giustificativi che rispettino questi punti:",
        ),
        (
            "-- nome, indirizzo e telefono del fornitore visibili;\n-- fattura datata negli ultimi "
            "365 giorni;\n-- descrizione e quantità leggibili.",
            "Ci serve una lettera di autorizzazione o un contratto di licenza del titolare dei "
            "diritti. Non accettiamo link esterni.",
        ),
        (
            "Inviali entro il {deadline} con il pulsante «Presenta ricorso» accanto alla violazione "
            "nella pagina Stato dell'account.",
            "Formati accettati: JPEG, PNG o PDF.",
        ),
        _SIGN,
    ),
    structure=(
        "Answer to a listing appeal: documents not sufficient, then what they must show or the "
        "authorisation needed, where and by when to resubmit (« entro il »). Italian version of "
        "the English listing-appeal request."
    ),
    phrases=("invia di nuovo", "ultimi 365 giorni", "lettera di autorizzazione"),
    seen_at=("https://www.lawgeek.it/sospensione-account-venditore-amazon/",),
)

IT_ND_DENIED = Family(
    id="it-nd-appeal-denied",
    label="generic_denial",
    language="it",
    team="notice-dispute",
    marketplaces=("IT",),
    senders=_SENDERS,
    subjects=("Esito del tuo ricorso per l'ASIN {asin}", "La tua offerta resta disattivata"),
    blocks=(
        _GREETING,
        (
            "abbiamo esaminato il tuo ricorso per l'ASIN {asin} e non possiamo accoglierlo.",
            "dopo aver esaminato le informazioni abbiamo deciso di non riattivare l'offerta.",
        ),
        (
            "L'offerta resta disattivata.",
            "Potremmo non rispondere ad altre richieste su questa decisione.",
        ),
        ("Crea un ordine di rimozione per l'inventario Logistica di Amazon interessato.", ""),
        _SIGN,
    ),
    structure=(
        "Listing appeal refused: not accepted, the offer stays deactivated, further requests may go "
        "unanswered, remove the FBA stock. Names nothing to fix."
    ),
    phrases=("non possiamo accoglierlo", "resta disattivata", "ordine di rimozione"),
    seen_at=("https://howtechismade.com/guide/account-amazon-bloccato-sbloccalo-cosi",),
)

IT_AH_ACK = Family(
    id="it-ah-submission-received",
    label="acknowledgement",
    language="it",
    team="account-health",
    marketplaces=("IT",),
    senders=("seller-notification@amazon.it", "no-reply@amazon.it"),
    subjects=("Abbiamo ricevuto i tuoi documenti", "Stato dell'account: grazie per l'invio"),
    blocks=(
        _GREETING,
        (
            "abbiamo ricevuto il tuo invio dalla pagina Stato dell'account.",
            "grazie per i documenti relativi all'ASIN {asin}.",
        ),
        (
            "Un team li sta esaminando; riceverai l'esito via e-mail e nella pagina Stato "
            "dell'account.",
            "La verifica può richiedere alcuni giorni lavorativi.",
        ),
        ("Nel frattempo non è necessario inviarli di nuovo.", ""),
        _SIGN,
    ),
    structure=(
        "Receipt for an Account Health upload: received, under review, result by e-mail and on the "
        "page, no need to resend. No decision."
    ),
    phrases=("Abbiamo ricevuto", "Stato dell'account"),
    seen_at=(
        "https://comeaprire.com/conoscenza/ripristino-dellaccount-amazon-una-guida-passo-dopo-passo",
    ),
)

IT_LISTING_BACK = Family(
    id="it-ah-listing-reinstated",
    label="reinstatement",
    language="it",
    team="account-health",
    marketplaces=("IT",),
    senders=("notice-dispute@amazon.it", "seller-notification@amazon.it"),
    subjects=("La tua offerta è stata riattivata", "Segnalazione ritirata: ASIN {asin}"),
    blocks=(
        _GREETING,
        (
            "il titolare dei diritti ha ritirato la segnalazione. Abbiamo riattivato la seguente "
            "offerta.",
            "dopo aver esaminato i tuoi documenti abbiamo ripristinato le offerte interessate.",
        ),
        ("ASIN: {asin}", "ASIN interessati: {asins}"),
        (
            "La violazione è stata rimossa dalla pagina Stato dell'account. L'offerta può impiegare "
            "fino a 24 ore per tornare visibile.",
            "",
        ),
        _SIGN,
    ),
    structure=(
        "Listing back: retraction or documents accepted, offer reactivated, violation removed from "
        "Stato dell'account. Italian version of the English listing-reinstated notice."
    ),
    phrases=("ha ritirato la segnalazione", "riattivato", "ripristinato"),
    seen_at=("https://www.startup-news.it/come-riattivare-account-amazon-seller",),
)

FAMILIES: tuple[Family, ...] = (IT_ND_MORE_INFO, IT_ND_DENIED, IT_AH_ACK, IT_LISTING_BACK)
