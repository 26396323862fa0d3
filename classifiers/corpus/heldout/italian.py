"""Held-out Italian families from Amazon.it: documents requested, appeal received.

Dates read ``4 marzo 2024`` or ``04/03/2024``; some messages are ISO-8859-1, so the
wording stays inside Latin-1.
"""

from __future__ import annotations

from classifiers.corpus.heldout.blocks import Scene, pick
from classifiers.corpus.heldout.locales import ITALIAN, charset, goodbye, hello, local_day, localize
from classifiers.corpus.heldout.render import Body, Bullets, Link


def it_documents_needed(scene: Scene) -> Body:
    """Amazon.it asks for named documents by an Italian-format deadline."""
    scene = localize(scene, ITALIAN)
    rng = scene.rng
    wanted = rng.sample(
        (
            "fatture del fornitore degli ultimi 365 giorni, con nome e indirizzo",
            "i recapiti del fornitore (telefono, e-mail, sito web)",
            "una lettera di autorizzazione del titolare del marchio",
            "un piano d'azione rivisto che spieghi la causa principale",
            "la prova che gli articoli sono stati ritirati dalla vendita",
            "un certificato di conformità o un rapporto di prova del prodotto",
        ),
        rng.randint(2, 4),
    )
    subject = pick(
        rng,
        (
            "Sono necessarie ulteriori informazioni",
            "Documenti mancanti per la sua richiesta di riattivazione",
            f"Richiesta di documenti: {scene.asins[0]}",
        ),
    )
    blocks = (
        hello(scene, ITALIAN),
        "per completare la verifica del suo ricorso abbiamo bisogno di:",
        Bullets(tuple(wanted), numbered=rng.random() < 0.5),
        f"La preghiamo di inviarci i documenti entro il "
        f"{local_day(scene, ITALIAN, scene.deadline)}.",
        pick(
            rng,
            (
                "Le fatture devono essere leggibili; può oscurare i prezzi ma non le quantità.",
                "Non accettiamo fatture proforma né preventivi.",
            ),
        ),
        f"Riferimento: {scene.reference}",
        Link("Carica i documenti", scene.url("performance/account/health")),
        goodbye(scene, ITALIAN, "Il team Prestazioni venditore"),
    )
    return Body(
        "it_documents_needed",
        scene.addr(pick(rng, ("seller-performance", "notice-dispute"))),
        "Amazon.it",
        subject,
        blocks,
        pick(rng, ("plain", "alt", "html")),
        pick(rng, ("simple", "card")),
        charset=charset(scene),
    )


def it_appeal_received(scene: Scene) -> Body:
    """A receipt: the appeal is in review and nothing has been decided."""
    scene = localize(scene, ITALIAN)
    rng = scene.rng
    subject = pick(
        rng,
        (
            "Conferma di ricezione del ricorso",
            "Abbiamo ricevuto i suoi documenti",
            f"Caso {scene.case_id}: richiesta presa in carico",
        ),
    )
    blocks = (
        hello(scene, ITALIAN),
        pick(
            rng,
            (
                "la ringraziamo: il suo ricorso è stato ricevuto ed è in fase di verifica.",
                "confermiamo di aver ricevuto la documentazione da lei inviata.",
            ),
        ),
        f"Data di ricezione: {local_day(scene, ITALIAN)}\nNumero del caso: {scene.case_id}",
        pick(
            rng,
            (
                "Di solito rispondiamo entro due o tre giorni lavorativi.",
                "Non è ancora stata presa alcuna decisione; la contatteremo via e-mail.",
            ),
        ),
        "Non è necessario inviare di nuovo il ricorso: farlo potrebbe rallentare la verifica.",
        goodbye(scene, ITALIAN, pick(rng, ("Supporto venditori", "Il team Salute dell'account"))),
    )
    return Body(
        "it_appeal_received",
        scene.addr(pick(rng, ("seller-support", "seller-performance"))),
        "Amazon.it",
        subject,
        blocks,
        pick(rng, ("plain", "alt")),
        charset=charset(scene),
    )
