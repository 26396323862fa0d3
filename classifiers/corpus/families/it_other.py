"""Italian mail that is not a decision: the closed-address reply and everyday seller mail.

Wording is our own.
"""

from classifiers.corpus.families import Family

IT_REDIRECT = Family(
    id="it-sp-closed-address-reply",
    label="redirect_closed_queue",
    language="it",
    team="seller-performance",
    marketplaces=("IT",),
    senders=("seller-performance@amazon.it", "non-rispondere@amazon.it"),
    subjects=("Risposta automatica: questo indirizzo non accetta ricorsi", "RE: piano d'azione"),
    blocks=(
        ("Salve,", "Questo è un messaggio automatico."),
        (
            "questo indirizzo e-mail non viene più usato per i ricorsi e il tuo messaggio non è "
            "stato letto.",
            "i messaggi inviati a questo indirizzo non raggiungono il team che segue il tuo caso.",
        ),
        (
            "Per presentare ricorso usa la pagina Stato dell'account in Seller Central: {link}",
            "Fai clic su «Presenta ricorso» accanto alla notifica nella pagina Notifiche sulle "
            "prestazioni.",
        ),
        ("Cordiali saluti,\nAmazon.it", "Amazon Services Europe"),
    ),
    structure=(
        "Auto-reply: the address takes no appeals, the message was not read, use Stato "
        "dell'account / the « Presenta ricorso » button. Italian version of the English "
        "closed-queue reply; Italian guides send sellers to the Notifiche sulle prestazioni page."
    ),
    phrases=("Stato dell'account", "Presenta ricorso", "non è stato letto"),
    seen_at=(
        "https://gufosaggio.net/articolo/riprendete-il-controllo-del-vostro-account-amazon-con-questi-semplici-passaggi/",
    ),
)

IT_EVERYDAY = Family(
    id="it-other-payout-order-news",
    label="other",
    language="it",
    team="marketplace",
    marketplaces=("IT",),
    senders=("payments-messages@amazon.it", "seller-notification@amazon.it"),
    subjects=(
        "Il tuo bonifico è stato effettuato",
        "Venduto, spedisci ora: {product}",
        "Invito: webinar gratuito per i venditori",
    ),
    blocks=(
        ("Ciao {seller},", "Salve,"),
        (
            "il {date} abbiamo effettuato un bonifico di {amount} sul tuo conto corrente. Potrebbero "
            "servire da 3 a 5 giorni lavorativi.",
            "hai ricevuto un ordine ({order_id}) per {product}. Spediscilo entro la data di "
            "spedizione prevista.",
            "iscriviti al nostro webinar gratuito del {date} sui saldi: {link}",
        ),
        ("I report dei pagamenti sono disponibili in Seller Central.", ""),
        ("Amazon.it", "Il team Vendere su Amazon"),
    ),
    structure=(
        "Everyday Italian seller mail: payout with amount and date, sold-ship-now notice, webinar "
        "invitation. Nothing about the account's standing: other."
    ),
    phrases=("bonifico", "spedisci ora", "webinar"),
    seen_at=(
        "https://www.scuolaecommerce.com/come-sbloccare-o-riattivare-un-account-amazon-bloccato-o-sospeso/",
    ),
)

IT_NOREPLY = Family(
    id="it-ss-noreply-redirect",
    label="redirect_closed_queue",
    language="it",
    team="seller-support",
    marketplaces=("IT",),
    senders=("no-reply@{domain}", "donotreply@{domain}"),
    subjects=(
        "Non rispondere a questa e-mail",
        "Risposta automatica: contattaci da Seller Central",
    ),
    blocks=(
        ("Questo messaggio è stato inviato automaticamente.", "Salve,"),
        (
            "Non possiamo leggere le risposte inviate a questo indirizzo.",
            "La tua e-mail non ci è arrivata.",
        ),
        (
            "Per domande contatta il supporto venditori da «Aiuto» in Seller Central: {link}",
            "Per contestare una disattivazione o un avviso segui le istruzioni nella pagina Stato "
            "dell'account.",
        ),
        ("Amazon.it", "Amazon Services Europe"),
    ),
    structure=(
        "No-reply auto-answer in Italian: replies are not read, contact Seller Support via Aiuto "
        "in Seller Central, appeals via Stato dell'account."
    ),
    phrases=("Non rispondere", "supporto venditori", "Stato dell'account"),
    seen_at=(
        "https://www.scuolaecommerce.com/come-sbloccare-o-riattivare-un-account-amazon-bloccato-o-sospeso/",
    ),
)

IT_CONSULTANT = Family(
    id="it-x-consultant-newsletter",
    label="other",
    language="it",
    team="not-amazon",
    marketplaces=("IT",),
    senders=("info@sblocco-account.example", "newsletter@consulenza-venditori.example"),
    subjects=(
        "Account Amazon sospeso? Ti aiutiamo a sbloccarlo",
        "Newsletter: come scrivere un piano d'azione che funziona",
    ),
    blocks=(
        ("Ciao {seller},", "Gentile venditore,"),
        (
            "Amazon ha disattivato il tuo account venditore? Scriviamo il tuo piano d'azione e "
            "seguiamo la pratica fino alla riattivazione, senza anticipi.",
            "Questo mese: come rispondere a una segnalazione di contraffazione e quali fatture "
            "preparare.",
        ),
        ("Prenota una consulenza: {link}", "Per annullare l'iscrizione, clicca qui."),
    ),
    structure=(
        "Not from Amazon: Italian reinstatement consultants' newsletters and ads, full of "
        "suspension words, labelled other; a hard negative."
    ),
    phrases=("piano d'azione", "annullare l'iscrizione"),
    seen_at=("https://crowcompanylimited.it/blog?offset=1731229200010",),
)

FAMILIES: tuple[Family, ...] = (IT_REDIRECT, IT_EVERYDAY, IT_NOREPLY, IT_CONSULTANT)
