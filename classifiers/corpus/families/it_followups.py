"""Italian follow-up letters: an account review or a verification that ends well.

Localized (Amazon.it) versions of letters seen on the German and Dutch help
pages and on sellers' pages; wording is our own.
"""

from classifiers.corpus.families import Family

IT_REVIEW_DONE = Family(
    id="it-sp-fbm-review-complete",
    label="reinstatement",
    language="it",
    team="seller-performance",
    marketplaces=("IT", "EU"),
    senders=("seller-performance@{domain}", "seller-notification@{domain}"),
    subjects=(
        "Revisione del tuo account venditore completata",
        "Le tue offerte sono di nuovo attive",
    ),
    blocks=(
        ("Salve,", "Gentile {seller},", "Ciao,"),
        (
            "abbiamo confermato la consegna dei tuoi ultimi ordini spediti dal venditore. La "
            "revisione temporanea del tuo account è conclusa.",
            "il controllo della tua attività di vendita è terminato e le limitazioni temporanee "
            "sono state rimosse.",
            "grazie per la pazienza: il tuo account ha superato la nostra verifica.",
        ),
        (
            "Le tue offerte sono state riattivate automaticamente.",
            "Le offerte con spedizione gestita dal venditore sono di nuovo visibili ai clienti.",
            "Puoi ricominciare a vendere da subito.",
        ),
        (
            "I pagamenti riprendono secondo il tuo calendario abituale.",
            "Il saldo verrà versato alla prossima data di pagamento prevista.",
            "",
        ),
        ("Non devi fare nient'altro.", ""),
        ("Cordiali saluti,\nAmazon.it", "Il team Prestazioni venditore"),
    ),
    structure=(
        "End of the temporary FBM account review: deliveries confirmed, offers reactivated "
        "automatically, payouts on the usual schedule, nothing to do. Localized Amazon.it "
        "version of the outcome the German and Dutch help pages describe."
    ),
    phrases=("riattivate automaticamente", "calendario abituale"),
    seen_at=(
        "https://sellercentral.amazon.nl/gp/help/external/help.html?itemID=200320980&language=nl_NL&ref=efph_200320980_cont_69039",
    ),
)

IT_VERIFY_OK = Family(
    id="it-sv-verification-complete",
    label="reinstatement",
    language="it",
    team="seller-performance",
    marketplaces=("IT", "EU"),
    senders=("seller-verification@{domain}", "seller-performance@{domain}"),
    subjects=("La tua identità è stata verificata", "Verifica completata: account sbloccato"),
    blocks=(
        ("Salve,", "Gentile {seller},"),
        (
            "grazie per i documenti inviati. La verifica del tuo account si è conclusa con esito "
            "positivo.",
            "abbiamo confermato i tuoi dati grazie ai documenti caricati.",
            "i tuoi documenti d'identità e di residenza sono stati controllati e accettati.",
        ),
        (
            "Il tuo account venditore è stato sbloccato e le offerte sono di nuovo visibili.",
            "Abbiamo ripristinato i tuoi privilegi di vendita.",
            "La disattivazione del tuo account è stata revocata: puoi tornare a vendere.",
        ),
        ("I fondi trattenuti saranno versati con il prossimo pagamento.", ""),
        ("Cordiali saluti,\nAmazon Services Europe", "Il team Verifica venditori"),
    ),
    structure=(
        "Verification passed after a KYC deactivation: documents accepted, account unblocked, "
        "privileges restored, withheld funds with the next payout. Localized Amazon.it version."
    ),
    phrases=("esito positivo", "privilegi di vendita"),
    seen_at=(
        "https://comeaprire.com/conoscenza/ripristino-dellaccount-amazon-una-guida-passo-dopo-passo",
    ),
)

FAMILIES: tuple[Family, ...] = (IT_REVIEW_DONE, IT_VERIFY_OK)
