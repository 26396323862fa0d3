"""Italian related-account deactivation, its good end, and listing-appeal acceptance.

Italian suspension had no related-account letter and reinstatement nothing
after a related-account review or a listing appeal; all are common in the
other marketplaces.
Wording is our own.
"""

from classifiers.corpus.families import Family

_HELLO = ("Salve,", "Gentile {seller},", "Gentile venditore,")

IT_RELATED = Family(
    id="it-sp-related-account-deactivation",
    label="suspension",
    language="it",
    team="seller-performance",
    marketplaces=("IT", "EU"),
    senders=(
        "seller-performance@{domain}",
        "Prestazioni venditore Amazon <seller-performance@{domain}>",
    ),
    subjects=(
        "Il tuo account venditore Amazon è stato disattivato",
        "Disattivazione dell'account: account correlato",
    ),
    blocks=(
        _HELLO,
        (
            "il tuo account di vendita su {marketplace} è stato disattivato ai sensi della sezione 3 del "
            "Contratto Amazon Services Business Solutions. Le tue offerte sono state rimosse.",
            "abbiamo disattivato il tuo account venditore e le tue offerte non sono più visibili.",
        ),
        (
            "I fondi non ti verranno trasferiti, ma resteranno nel tuo account finché il problema non sarà "
            "risolto. Continua a spedire gli ordini aperti.",
            "I fondi restano trattenuti nel tuo account per almeno 90 giorni.",
        ),
        (
            "Perché sta succedendo?\nIl tuo account è collegato a un altro account che non può essere "
            "utilizzato per vendere sul nostro sito.",
            "Perché sta succedendo?\nAbbiamo rilevato un collegamento con un account disattivato per una "
            "violazione delle nostre politiche.",
        ),
        (
            "Come posso riattivare il mio account?\nRiattiva prima l'account collegato con un ricorso, poi "
            "invia un ricorso per questo account indicando il nome dell'account riattivato e la data: {link}",
            "Come posso riattivare il mio account?\nSe non possiedi più l'altro account, invia documenti "
            "che lo dimostrino (contratto di cessione, accordo di vendita).",
        ),
        ("Cordiali saluti,\nPrestazioni venditore", "Amazon.it"),
    ),
    structure=(
        "Related-account deactivation in Italian, with the usual headings (Perché sta succedendo? / "
        "Come posso riattivare il mio account?): linked to an account that may not sell, reinstate "
        "that one first or prove you no longer own it; funds held."
    ),
    phrases=("sezione 3", "account collegato", "Come posso riattivare il mio account?"),
    seen_at=(
        "https://iustlab.org/lucia.mariniello/amazon-ti-ha-sospeso-laccount-venditore",
        "https://www.lawgeek.it/sospensione-account-venditore-amazon/",
    ),
)

IT_APPEAL_OK = Family(
    id="it-ah-appeal-accepted",
    label="reinstatement",
    language="it",
    team="account-health",
    marketplaces=("IT", "EU"),
    senders=("account-health@{domain}", "seller-notification@{domain}"),
    subjects=("Il tuo ricorso è stato accettato: ASIN {asin}", "La violazione è stata rimossa"),
    blocks=(
        _HELLO,
        (
            "abbiamo esaminato il tuo ricorso per l'ASIN {asin} e lo abbiamo accettato.",
            "grazie per i documenti inviati. Abbiamo rimosso la violazione dalla pagina Stato dell'account.",
        ),
        (
            "L'offerta è di nuovo attiva e i clienti possono acquistarla.",
            "Questa violazione non influirà più sulla valutazione dello stato dell'account.",
        ),
        ("Non è richiesta alcuna azione da parte tua.", ""),
        ("Cordiali saluti,\nAmazon.it", "Il team Stato dell'account"),
    ),
    structure=(
        "Account Health accepts a listing appeal: documents checked, listing active again, "
        "violation removed from the Account Health Rating, nothing more to do."
    ),
    phrases=("ricorso è stato accettato", "Stato dell'account", "di nuovo attiva"),
    seen_at=("https://www.startup-news.it/come-riattivare-account-amazon-seller",),
)

IT_RELATED_BACK = Family(
    id="it-sp-related-account-reinstated",
    label="reinstatement",
    language="it",
    team="seller-performance",
    marketplaces=("IT", "EU"),
    senders=(
        "seller-performance@{domain}",
        "Prestazioni venditore Amazon <seller-performance@{domain}>",
    ),
    subjects=(
        "Il tuo account venditore è stato riattivato",
        "I tuoi privilegi di vendita sono stati ripristinati",
    ),
    blocks=(
        _HELLO,
        (
            "abbiamo esaminato le informazioni sull'account collegato e abbiamo riattivato il tuo account.",
            "dopo la verifica abbiamo stabilito che il tuo account non è collegato all'account disattivato. "
            "I tuoi privilegi di vendita sono stati ripristinati.",
        ),
        (
            "Le tue offerte torneranno visibili entro 24 ore; i pagamenti riprenderanno secondo il calendario "
            "abituale.",
            "Le tue offerte sono state riattivate.",
        ),
        ("Grazie per la pazienza.", ""),
        ("Cordiali saluti,\nPrestazioni venditore", "Amazon.it"),
    ),
    structure=(
        "Reinstatement after a related-account deactivation: the link was reviewed, privileges "
        "restored, listings within a day, payments on the usual schedule."
    ),
    phrases=("account collegato", "privilegi di vendita sono stati ripristinati"),
    seen_at=("https://www.startup-news.it/come-riattivare-account-amazon-seller",),
)


FAMILIES: tuple[Family, ...] = (IT_RELATED, IT_APPEAL_OK, IT_RELATED_BACK)
