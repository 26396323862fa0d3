"""Italian Seller Performance mail (Amazon.it, Italian Seller Central Europe).

Italian notices say "account venditore", "privilegi di vendita", "piano d'azione"
and cite "la Sezione 3 del Contratto Amazon Business Solutions"; headings are
« Perché si è verificato? » / « Come posso riattivare il mio account? ». Every
wording is our own.
"""

from classifiers.corpus.families import Family

_SENDERS = (
    "seller-performance@{domain}",
    "Prestazioni venditore Amazon <seller-performance@{domain}>",
    "seller-notification@{domain}",
)
_GREETING = ("Salve,", "Gentile venditore,", "Buongiorno {seller},")
_SIGN = (
    "Cordiali saluti,\nIl team Prestazioni venditore\n{marketplace}",
    "Distinti saluti,\nAmazon Services Europe",
    "Team Seller Performance",
)

IT_DEACTIVATION = Family(
    id="it-sp-account-deactivated",
    label="suspension",
    language="it",
    team="seller-performance",
    marketplaces=("IT",),
    senders=_SENDERS,
    subjects=(
        "Il tuo account venditore Amazon è stato disattivato",
        "I tuoi privilegi di vendita sono stati rimossi",
        "Azione richiesta: account venditore disattivato",
    ),
    blocks=(
        _GREETING,
        (
            "il tuo account Amazon è stato disattivato in conformità con la Sezione 3 del Contratto "
            "Amazon Business Solutions. Le tue offerte sono state rimosse e i fondi restano "
            "sull'account finché la questione non sarà risolta.",
            "abbiamo rimosso i tuoi privilegi di vendita su {marketplace}. Continua a spedire gli ordini "
            "aperti per evitare ulteriori conseguenze per l'account.",
        ),
        ("Perché si è verificato?", "Perché sta succedendo?", "Motivo del provvedimento:"),
        (
            "Hai presentato richieste di rimborso Logistica di Amazon non corrette.",
            "Abbiamo ricevuto segnalazioni di violazione della proprietà intellettuale per gli ASIN "
            "{asins}.",
            "Il tuo account risulta collegato a un altro account che non può più vendere su Amazon.",
            "Il tuo tasso di ordini difettosi supera l'obiettivo dell'1%.",
        ),
        ("Come posso riattivare il mio account?", "Come riattivo il mio account?"),
        (
            "Inviaci un piano d'azione che spieghi:\n-- la causa o le cause del problema;\n-- le "
            "azioni intraprese per risolverlo;\n-- le misure adottate per evitare che si ripeta.",
            "Presenta un ricorso con il pulsante «Presenta ricorso» nella pagina Stato dell'account, "
            "con il tuo piano d'azione: causa, azioni immediate e misure preventive.",
            "Se ritieni che si tratti di un errore, invia una spiegazione con documenti che "
            "dimostrino che il tuo account rispetta le nostre politiche.",
        ),
        (
            "Se non riceviamo un piano d'azione accettabile entro il {deadline}, l'account resterà "
            "disattivato e i fondi potranno essere trattenuti per 90 giorni o più.",
            "Ti preghiamo di rispondere entro il {deadline}.",
            "Se non invii un piano d'azione accettabile entro 17 giorni, potresti non poter più "
            "vendere su Amazon.",
            "",
        ),
        (
            "Puoi controllare le prestazioni del tuo account qui: {link}",
            "La pagina Stato dell'account mostra come il tuo account rispetta le politiche: {link}",
            "",
        ),
        _SIGN,
    ),
    structure=(
        "Italian deactivation: section 3 of the BSA, offers removed, funds held; « Perché si è "
        "verificato? » with the reason (improper FBA reimbursements, IP complaints with ASINs, "
        "related account, order defect rate); « Come posso riattivare il mio account? » with the "
        "three-part piano d'azione; deadline « entro il »; Stato dell'account link."
    ),
    phrases=(
        "Sezione 3",
        "privilegi di vendita",
        "piano d'azione",
        "Stato dell'account",
        "entro il",
    ),
    seen_at=(
        "https://crowcompanylimited.it/blog?offset=1731229200010",
        "https://www.lawgeek.it/sospensione-account-venditore-amazon/",
    ),
)

IT_NEED_MORE_INFO = Family(
    id="it-sp-appeal-more-info",
    label="need_more_info",
    language="it",
    team="seller-performance",
    marketplaces=("IT",),
    senders=_SENDERS,
    subjects=("Il tuo ricorso: servono altre informazioni", "RE: Riattivazione dell'account"),
    blocks=(
        _GREETING,
        (
            "grazie per il tuo ricorso. Abbiamo esaminato le informazioni inviate, ma non sono "
            "sufficienti per riattivare l'account.",
            "prima di valutare il ripristino dei tuoi privilegi di vendita ci servono i seguenti "
            "elementi.",
        ),
        (
            "Inviaci:\n-- fatture del fornitore degli ultimi 365 giorni con nome, indirizzo e "
            "telefono del fornitore;\n-- un prospetto che colleghi le quantità fatturate alle vendite "
            "di {asins}.",
            "Il piano d'azione non indica una causa precisa. Spiega:\n1. cosa ha causato i reclami;\n"
            "2. quali misure hai adottato e quando;\n3. come ne verifichi l'efficacia.",
            "La bolletta inviata risale a più di 90 giorni fa e l'indirizzo non corrisponde a quello "
            "in Seller Central. Invia un documento recente.",
        ),
        (
            "Invia i documenti entro il {deadline} dalla pagina Stato dell'account.",
            "Usa il pulsante «Presenta ricorso» accanto a questa notifica.",
        ),
        _SIGN,
    ),
    structure=(
        "Thanks for the ricorso, not sufficient / before reinstatement we need, then exactly what "
        "is missing (invoices with supplier data, a precise cause, a recent bill), deadline "
        "« entro il ». Italian version of the English letter; Italian guides list the documents."
    ),
    phrases=("non sono sufficienti", "prima di valutare il ripristino", "entro il"),
    seen_at=(
        "https://comeaprire.com/conoscenza/ripristino-dellaccount-amazon-una-guida-passo-dopo-passo",
    ),
)

IT_DENIAL = Family(
    id="it-sp-appeal-denied",
    label="generic_denial",
    language="it",
    team="seller-performance",
    marketplaces=("IT",),
    senders=_SENDERS,
    subjects=("RE: Il tuo ricorso", "Decisione sul tuo ricorso"),
    blocks=(
        _GREETING,
        (
            "abbiamo esaminato il tuo piano d'azione, ma non risponde alle nostre preoccupazioni: "
            "non possiamo riattivare l'account.",
            "dopo un attento esame del ricorso abbiamo deciso di non ripristinare i tuoi privilegi "
            "di vendita.",
        ),
        (
            "Non puoi più vendere su Amazon.",
            "L'account resta disattivato. Potremmo non rispondere ad altri messaggi su questo tema.",
        ),
        ("Il saldo residuo sarà disponibile, di norma, dopo 90 giorni.", ""),
        _SIGN,
    ),
    structure=(
        "Short rejection: plan does not answer our concerns / decided not to restore privileges, "
        "you may no longer sell, further messages may go unanswered, funds after 90 days. Names "
        "nothing to fix. Italian version of the English denial."
    ),
    phrases=("non risponde alle nostre preoccupazioni", "Non puoi più vendere su Amazon"),
    seen_at=("https://www.startup-news.it/come-riattivare-account-amazon-seller",),
)

IT_ACK = Family(
    id="it-sp-appeal-received",
    label="acknowledgement",
    language="it",
    team="seller-performance",
    marketplaces=("IT",),
    senders=_SENDERS,
    subjects=("Abbiamo ricevuto il tuo ricorso", "Conferma di ricezione: piano d'azione"),
    blocks=(
        _GREETING,
        (
            "abbiamo ricevuto il tuo ricorso ed è in fase di revisione.",
            "grazie per aver inviato il piano d'azione. Il nostro team lo sta esaminando.",
        ),
        (
            "Di solito ti comunichiamo la decisione via e-mail entro 48 ore.",
            "Ti scriveremo non appena la revisione sarà completata.",
        ),
        ("Non è necessario inviare di nuovo lo stesso ricorso.", ""),
        _SIGN,
    ),
    structure=(
        "Receipt only: ricorso / plan received and under review, decision by e-mail usually within "
        "48 hours, no need to resend. Italian version of the English receipt."
    ),
    phrases=("Abbiamo ricevuto il tuo ricorso", "in fase di revisione", "entro 48 ore"),
    seen_at=(
        "https://gufosaggio.net/articolo/riprendete-il-controllo-del-vostro-account-amazon-con-questi-semplici-passaggi/",
    ),
)

IT_REINSTATED = Family(
    id="it-sp-account-reinstated",
    label="reinstatement",
    language="it",
    team="seller-performance",
    marketplaces=("IT",),
    senders=_SENDERS,
    subjects=("Il tuo account venditore è stato riattivato", "Privilegi di vendita ripristinati"),
    blocks=(
        _GREETING,
        (
            "abbiamo esaminato il tuo account e le informazioni fornite e abbiamo deciso che puoi "
            "tornare a vendere su Amazon.",
            "buone notizie: i tuoi privilegi di vendita sono stati ripristinati e l'account è di "
            "nuovo attivo.",
        ),
        (
            "Le offerte torneranno visibili entro 24 ore.",
            "I pagamenti riprenderanno secondo il calendario abituale.",
            "",
        ),
        ("Continua ad applicare le misure del tuo piano d'azione.", ""),
        _SIGN,
    ),
    structure=(
        "Reinstatement: you may sell again / privileges restored, offers back within a day, "
        "payouts on schedule, keep the plan's measures. Italian version of the English "
        "reinstatement; Italian guides describe the accepted-plan outcome."
    ),
    phrases=("tornare a vendere su Amazon", "ripristinati", "riattivato"),
    seen_at=(
        "https://gufosaggio.net/articolo/riprendete-il-controllo-del-vostro-account-amazon-con-questi-semplici-passaggi/",
    ),
)

FAMILIES: tuple[Family, ...] = (
    IT_DEACTIVATION,
    IT_NEED_MORE_INFO,
    IT_DENIAL,
    IT_ACK,
    IT_REINSTATED,
)
