"""Italian decisions: selling privileges removed for a metric, and the final refusal.

Amazon.it versions of the English letters quoted on the UK/EU forums (said in
``structure``); wording is our own.
"""

from classifiers.corpus.families import Family

_FORUM = (
    "https://sellercentral-europe.amazon.com/forums/t/"
    "your-amazon-co-uk-selling-privileges-have-been-removed/243857"
)

IT_METRIC_REMOVAL = Family(
    id="it-sp-order-defect-removal",
    label="suspension",
    language="it",
    team="seller-performance",
    marketplaces=("IT", "EU"),
    senders=("seller-performance@{domain}", "performance-notifications@{domain}"),
    subjects=(
        "I tuoi privilegi di vendita su {marketplace} sono stati rimossi",
        "Tasso di difettosità degli ordini superiore all'obiettivo",
    ),
    blocks=(
        ("Salve,", "Gentile {seller},"),
        (
            "il tuo tasso di difettosità degli ordini è pari a {rate}, oltre il nostro obiettivo "
            "di meno dell'1%. Per questo abbiamo rimosso i tuoi privilegi di vendita.",
            "di recente i tuoi ordini hanno avuto troppi problemi: il tasso di spedizioni in "
            "ritardo è del {rate}. Al momento non puoi vendere su {marketplace}.",
        ),
        (
            "I fondi non ti verranno trasferiti e restano sul tuo account.",
            "Le tue offerte sono state rimosse e i pagamenti sono sospesi.",
        ),
        (
            "Per riottenere i privilegi di vendita, inviaci un piano d'azione: cause, misure già "
            "adottate e come eviterai nuovi difetti.",
            "Cosa devi fare? Invia dalla pagina Stato dell'account un piano d'azione che descriva "
            "la causa e le correzioni.",
        ),
        ("Cordiali saluti,\nIl team Prestazioni venditore", "Amazon Services Europe"),
    ),
    structure=(
        "Privileges removed because a metric (order defect rate, late shipment rate) is above "
        "target: rate named, funds held, listings removed, send a plan of action. Amazon.it "
        "version of the letter quoted on the UK forum."
    ),
    phrases=("privilegi di vendita", "tasso di difettosità", "piano d'azione"),
    seen_at=(_FORUM,),
)

IT_FINAL = Family(
    id="it-sp-denial-final",
    label="generic_denial",
    language="it",
    team="seller-performance",
    marketplaces=("IT", "EU"),
    senders=("seller-performance@{domain}",),
    subjects=("Il tuo ricorso è stato respinto", "Decisione definitiva sul tuo account"),
    blocks=(
        ("Salve,", "Gentile {seller},"),
        (
            "abbiamo riesaminato il tuo ricorso. Il tuo account resta disattivato e non possiamo "
            "riattivarlo.",
            "dopo un nuovo esame dei documenti, la nostra decisione è definitiva: i tuoi privilegi "
            "di vendita non verranno ripristinati.",
            "il tuo piano d'azione non risolve i nostri dubbi. Il ripristino non è possibile.",
        ),
        (
            "Ulteriori ricorsi non saranno esaminati e potremmo non rispondere ai messaggi su "
            "questo argomento.",
            "Questa decisione non sarà riesaminata.",
        ),
        ("Cordiali saluti,\nIl team Prestazioni venditore", "Amazon.it"),
    ),
    structure=(
        "Final refusal after a re-review: account stays deactivated, cannot be reactivated, "
        "no reason named, further appeals not reviewed. Amazon.it version of the final denial "
        "quoted on the EU forum."
    ),
    phrases=("resta disattivato", "decisione è definitiva", "non verranno ripristinati"),
    seen_at=(
        "https://sellercentral-europe.amazon.com/seller-forums/discussions/t/0fec2a04abba9b88647cf17640ee01e3",
    ),
)

FAMILIES: tuple[Family, ...] = (IT_METRIC_REMOVAL, IT_FINAL)
