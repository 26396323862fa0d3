"""Italian notices (amazon.it): one family for every notice label, plus an order notice.

"Lei" register, "Cordiali saluti", dates such as "3 aprile 2026"; the wording is ours.
"""

from __future__ import annotations

from .abroad import Family, local_date, local_deadline, local_letter, speaks
from .mime import Bullets, Heading, Letter, Table, compact
from .variety import Scene, asins, case_id, link, order_id, pick, product_title


@speaks("it")
def account_disattivato(scene: Scene) -> Letter:
    """Selling privileges removed, with a reason and what the plan of action needs."""
    blocks = compact(
        scene,
        pick(
            scene,
            "Il Suo account venditore è stato disattivato.",
            "Abbiamo sospeso i Suoi privilegi di vendita su Amazon.it.",
            "Abbiamo rimosso la Sua offerta perché non rispetta le nostre normative.",
            "La Sua offerta è stata disattivata per motivi di sicurezza del prodotto.",
        ),
        "Motivo: "
        + pick(
            scene,
            "reclami dei clienti sull'autenticità della merce.",
            "un tasso di difettosità degli ordini superiore all'1%.",
            "una segnalazione di violazione della proprietà intellettuale.",
        ),
        Heading("Come posso riattivare il mio account?"),
        Bullets(
            (
                "la causa del problema",
                "le azioni già intraprese",
                "le misure per evitare che si ripeta",
            )
        ),
        f"Stato dell'account: {link(scene, 'appeal')}",
    )
    subject = pick(
        scene,
        "Il Suo account venditore è stato disattivato",
        "Avviso importante sul Suo account",
        "Offerta rimossa",
    )
    return local_letter(scene, subject, blocks)


@speaks("it")
def ricorso_respinto(scene: Scene) -> Letter:
    """The appeal was rejected without naming what was missing."""
    blocks = compact(
        scene,
        pick(
            scene,
            "Abbiamo esaminato il Suo ricorso e non possiamo riattivare il Suo account.",
            "Il Suo piano d'azione non risponde alle nostre preoccupazioni.",
            "Siamo spiacenti, la Sua richiesta di riattivazione è stata respinta.",
            "Dopo un'attenta revisione, la disattivazione del Suo account resta in vigore.",
        ),
        pick(
            scene,
            "Le informazioni fornite non sono sufficienti.",
            "Non può più vendere su Amazon.",
            "",
        ),
        pick(scene, f"Riferimento: {case_id(scene)}", ""),
    )
    subject = pick(scene, "RE: Il Suo ricorso", "Esito del ricorso")
    return local_letter(scene, subject, blocks)


@speaks("it")
def documenti_richiesti(scene: Scene) -> Letter:
    """A request for named documents by an Italian date."""
    items = asins(scene, 1, 2)
    docs = scene.rng.sample(
        (
            "fatture del fornitore degli ultimi 365 giorni",
            "nome, indirizzo e numero di telefono del fornitore",
            "una lettera di autorizzazione del titolare del marchio",
            "la dichiarazione di conformità UE del prodotto",
        ),
        2,
    )
    blocks = compact(
        scene,
        "Per proseguire con la verifica abbiamo bisogno dei seguenti documenti:",
        Bullets(tuple(docs)),
        f"ASIN interessati: {', '.join(items)}",
        f"La preghiamo di inviarli {local_deadline(scene)}.",
    )
    subject = pick(scene, "Sono necessarie ulteriori informazioni", "Documenti mancanti")
    return local_letter(scene, subject, blocks)


@speaks("it")
def indirizzo_chiuso(scene: Scene) -> Letter:
    """This address no longer takes appeals; use the Account Health page."""
    blocks = compact(
        scene,
        "Questo indirizzo email non accetta più ricorsi.",
        "Invii il Suo ricorso dalla pagina Stato dell'account in Seller Central, "
        "cliccando su «Presenta ricorso».",
        link(scene, "appeal"),
        pick(scene, "Il Suo messaggio non è stato inoltrato.", ""),
    )
    subject = pick(scene, "Risposta automatica: ricorso", "Questo indirizzo non accetta ricorsi")
    return local_letter(scene, subject, blocks, "noreply")


@speaks("it")
def account_riattivato(scene: Scene) -> Letter:
    """The appeal was accepted; the account or listings are back."""
    items = asins(scene, 0, 2)
    blocks = compact(
        scene,
        pick(
            scene,
            "Il Suo account venditore è stato riattivato.",
            "Abbiamo accolto il Suo ricorso e ripristinato i Suoi privilegi di vendita.",
            "Le Sue offerte sono di nuovo disponibili.",
            "Può riprendere a vendere: la disattivazione del Suo account è stata revocata.",
            "Buone notizie: il Suo account è di nuovo attivo.",
        ),
        Table(tuple((a, "attivo") for a in items)) if items else None,
        "La invitiamo a mantenere le misure descritte nel Suo piano d'azione.",
    )
    return local_letter(scene, pick(scene, "Account riattivato", "Ricorso accolto"), blocks)


@speaks("it")
def ricorso_ricevuto(scene: Scene) -> Letter:
    """The appeal arrived and is under review; no decision yet."""
    blocks = compact(
        scene,
        pick(
            scene,
            "Abbiamo ricevuto il Suo ricorso.",
            "Grazie, il Suo piano d'azione è arrivato.",
            "Confermiamo di aver ricevuto i documenti che ci ha inviato.",
        ),
        pick(
            scene,
            "È in corso di revisione; Le risponderemo entro 48 ore.",
            f"Ricevuto il {local_date(scene, scene.when)}. Non è ancora stata presa una decisione.",
        ),
        pick(scene, "Non è necessario inviarlo di nuovo.", ""),
    )
    subject = pick(scene, "Conferma di ricezione del ricorso", "Il Suo ricorso è in revisione")
    return local_letter(scene, subject, blocks)


@speaks("it")
def ordine_venduto(scene: Scene) -> Letter:
    """A sold-item notice (``other``)."""
    blocks = compact(
        scene,
        "Venduto! Spedisca ora l'articolo.",
        "Confermi la spedizione entro due giorni lavorativi per non peggiorare le metriche "
        "del Suo account.",
        Table(
            (
                ("Numero ordine", order_id(scene)),
                ("Articolo", product_title(scene)),
                ("Data", local_date(scene, scene.when)),
            )
        ),
        f"Gestisci ordini: {link(scene, 'orders')}",
    )
    return local_letter(scene, "Venduto, spedisci ora", blocks, "noreply")


@speaks("it")
def stato_attivo(scene: Scene) -> Letter:
    """A status table: back from suspended to active."""
    blocks = compact(
        scene,
        pick(scene, "Lo stato del Suo account è cambiato.", "Il Suo ricorso è stato approvato."),
        Table(
            (
                ("Stato precedente", pick(scene, "Sospeso", "Disattivato", "Bloccato")),
                ("Stato attuale", pick(scene, "Attivo", "Ripristinato")),
                ("Data", local_date(scene, scene.when)),
            )
        ),
        pick(
            scene,
            "Abbiamo sbloccato i Suoi fondi: può tornare a vendere.",
            "Le Sue inserzioni torneranno visibili nelle prossime ore.",
        ),
    )
    subject = pick(scene, "Stato dell'account: attivo", "Account ripristinato")
    return local_letter(scene, subject, blocks)


@speaks("it")
def pratica_in_lavorazione(scene: Scene) -> Letter:
    """A case number and "being handled": no decision yet."""
    ref = case_id(scene)
    blocks = compact(
        scene,
        pick(
            scene,
            f"La Sua richiesta è stata registrata con il numero di pratica {ref}.",
            f"Confermiamo la ricezione della documentazione (pratica {ref}).",
        ),
        pick(
            scene,
            "Uno specialista la sta esaminando e La contatterà via email.",
            "La pratica è in attesa di revisione; nessuna decisione è stata ancora presa.",
        ),
        "Non è necessario inviare di nuovo le stesse informazioni.",
    )
    subject = pick(scene, f"Pratica {ref}: in lavorazione", "Conferma di ricezione")
    return local_letter(scene, subject, blocks, "health")


FAMILIES: dict[str, tuple[Family, ...]] = {
    "suspension": (account_disattivato,),
    "generic_denial": (ricorso_respinto,),
    "need_more_info": (documenti_richiesti,),
    "redirect_closed_queue": (indirizzo_chiuso,),
    "reinstatement": (account_riattivato, stato_attivo),
    "acknowledgement": (ricorso_ricevuto, pratica_in_lavorazione),
    "other": (ordine_venduto,),
}
