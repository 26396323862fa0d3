"""Italian request for supplier invoices during an appeal (need_more_info).

The Amazon.it version of the invoice request sellers quote (said in ``structure``);
wording is our own.
"""

from classifiers.corpus.families import Family

IT_INVOICES = Family(
    id="it-sp-more-info-invoices",
    label="need_more_info",
    language="it",
    team="seller-performance",
    marketplaces=("IT", "EU"),
    senders=("seller-performance@{domain}", "seller-notification@{domain}"),
    subjects=("Servono altre fatture per il tuo ricorso", "I tuoi documenti per l'ASIN {asin}"),
    blocks=(
        ("Salve,", "Gentile {seller},"),
        (
            "grazie per il tuo ricorso. Per proseguire la verifica abbiamo bisogno delle fatture del tuo fornitore.",
            "non è stato possibile verificare i documenti inviati. Ti chiediamo di mandarci altre prove.",
            "abbiamo ricevuto i tuoi documenti, ma per l'ASIN {asin} mancano ancora prove della provenienza della merce.",
        ),
        (
            "Invia fatture degli ultimi 365 giorni con nome e indirizzo del fornitore e le quantità acquistate.",
            "Le fatture devono essere leggibili, intestate a te e coprire almeno le quantità vendute. Puoi oscurare i prezzi.",
        ),
        (
            "Caricale dalla pagina Stato dell'account entro il {deadline}.",
            "Rispondi con i documenti richiesti entro il {deadline}.",
        ),
        ("Cordiali saluti,\nIl team Prestazioni venditore", "Amazon Services Europe"),
    ),
    structure=(
        "Mid-appeal request for supplier invoices: appeal received or documents unverifiable, "
        "invoices from the last 365 days with supplier name, address and quantities, legible, "
        "prices may be hidden, upload by a deadline. Amazon.it version of the letter sellers quote."
    ),
    phrases=("fatture del tuo fornitore", "ultimi 365 giorni"),
    seen_at=(
        "https://sellercentral-europe.amazon.com/seller-forums/discussions/t/9059a3aa-856e-435e-bc2f-9957e0555688",
    ),
)

FAMILIES: tuple[Family, ...] = (IT_INVOICES,)
