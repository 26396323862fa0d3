"""French notices (amazon.fr): one family for every notice label, plus a payment notice.

Formal "vous", "Cordialement", dates such as "3 avril 2026"; the wording is ours.
"""

from __future__ import annotations

from .abroad import Family, local_date, local_deadline, local_letter, speaks
from .mime import Bullets, Heading, Letter, Table, compact
from .variety import Scene, asins, case_id, link, order_id, pick, product_title


@speaks("fr")
def compte_desactive(scene: Scene) -> Letter:
    """Selling privileges removed, with a reason and what the plan of action must say."""
    items = asins(scene, 0, 2)
    blocks = compact(
        scene,
        pick(
            scene,
            "Votre compte vendeur a été désactivé.",
            "Nous avons suspendu vos privilèges de vente sur Amazon.fr.",
            "Votre offre a été supprimée et votre compte est à risque.",
            "Votre offre a été désactivée pour des raisons de sécurité des produits.",
        ),
        "Motif : "
        + pick(
            scene,
            "réclamations de clients concernant l'authenticité des produits.",
            "un taux de défauts de commande supérieur à l'objectif de 1 %.",
            "une réclamation pour atteinte aux droits de propriété intellectuelle.",
            "des produits soumis à restrictions mis en vente sans autorisation.",
        ),
        Table(tuple((a, product_title(scene)) for a in items)) if items else None,
        Heading("Comment faire appel ?"),
        Bullets(
            (
                "la cause du problème",
                "les mesures prises pour le corriger",
                "les mesures qui empêcheront qu'il se reproduise",
            )
        ),
        f"Santé du compte : {link(scene, 'appeal')}",
    )
    subject = pick(
        scene,
        "Votre compte vendeur Amazon.fr a été désactivé",
        "Action requise : vos privilèges de vente",
        "Désactivation de votre offre",
    )
    return local_letter(scene, subject, blocks)


@speaks("fr")
def appel_refuse(scene: Scene) -> Letter:
    """The appeal was refused without saying what was missing."""
    blocks = compact(
        scene,
        pick(
            scene,
            "Nous avons examiné votre appel et ne sommes pas en mesure de réactiver votre compte.",
            "Après examen, votre plan d'action ne répond pas à nos préoccupations.",
            "Votre demande de réactivation a été refusée.",
            "Nous ne rétablirons pas vos privilèges de vente pour le moment.",
        ),
        pick(
            scene,
            "Les informations fournies sont insuffisantes.",
            "Vous ne pouvez plus vendre sur Amazon.",
            "",
        ),
        "Nous avons pris cette décision après un examen complet de votre dossier.",
        pick(scene, f"Référence : {case_id(scene)}", ""),
    )
    subject = pick(scene, "RE : Votre appel", "Décision concernant votre appel", "Appel refusé")
    return local_letter(scene, subject, blocks)


@speaks("fr")
def documents_demandes(scene: Scene) -> Letter:
    """A request for named documents by a French date."""
    docs = scene.rng.sample(
        (
            "les factures de votre fournisseur des 12 derniers mois",
            "les coordonnées complètes de votre fournisseur",
            "une lettre d'autorisation du titulaire de la marque",
            "un plan d'action révisé expliquant la cause du problème",
        ),
        2,
    )
    blocks = compact(
        scene,
        "Afin de poursuivre l'examen de votre appel, nous avons besoin des éléments suivants :",
        Bullets(tuple(docs)),
        f"Merci de nous les transmettre {local_deadline(scene)}.",
        pick(scene, f"Commande concernée : {order_id(scene)}", ""),
    )
    subject = pick(scene, "Informations complémentaires requises", "RE : Documents manquants")
    return local_letter(scene, subject, blocks)


@speaks("fr")
def adresse_fermee(scene: Scene) -> Letter:
    """This address no longer takes appeals; use the appeal button."""
    blocks = compact(
        scene,
        "Cette adresse e-mail n'accepte plus les appels.",
        "Veuillez soumettre votre appel depuis la page Santé du compte de Seller Central, "
        "en cliquant sur « Faire appel ».",
        link(scene, "appeal"),
        pick(scene, "Votre message n'a pas été transmis.", ""),
    )
    subject = pick(scene, "Réponse automatique : appel", "Cette adresse n'accepte plus les appels")
    return local_letter(scene, subject, blocks, "noreply")


@speaks("fr")
def compte_reactive(scene: Scene) -> Letter:
    """The appeal was accepted and selling privileges restored."""
    blocks = compact(
        scene,
        pick(
            scene,
            "Votre compte vendeur a été réactivé.",
            "Nous avons accepté votre appel et rétabli vos privilèges de vente.",
            "Bonne nouvelle : vos offres sont de nouveau disponibles.",
            "Votre compte est de nouveau actif ; vous pouvez reprendre vos ventes.",
            "La désactivation de votre compte a été levée.",
        ),
        pick(
            scene,
            "Vos offres peuvent mettre jusqu'à 24 heures à réapparaître.",
            "Les fonds retenus seront versés lors du prochain paiement.",
        ),
        "Merci de continuer à appliquer les mesures décrites dans votre plan d'action.",
    )
    subject = pick(scene, "Votre compte a été réactivé", "Appel accepté")
    return local_letter(scene, subject, blocks)


@speaks("fr")
def appel_recu(scene: Scene) -> Letter:
    """The appeal arrived and is under review; no decision yet."""
    blocks = compact(
        scene,
        pick(
            scene,
            "Nous avons bien reçu votre appel.",
            "Votre plan d'action nous est parvenu.",
            "Nous avons bien reçu vos documents.",
            "Merci, votre demande a été enregistrée.",
        ),
        pick(
            scene,
            "Il est en cours d'examen ; nous vous répondrons sous 48 heures.",
            "Ils sont en cours d'examen par notre équipe. Aucune action n'est requise.",
            f"Reçu le {local_date(scene, scene.when)}. Aucune décision n'a encore été prise.",
        ),
        pick(scene, "Merci de ne pas renvoyer votre appel.", ""),
    )
    subject = pick(scene, "Accusé de réception de votre appel", "Votre appel est en cours d'examen")
    return local_letter(scene, subject, blocks)


@speaks("fr")
def versement(scene: Scene) -> Letter:
    """A payment notice (``other``)."""
    amount = f"{scene.rng.uniform(50, 9000):,.2f} €".replace(",", " ").replace(".", ",")
    blocks = compact(
        scene,
        f"Nous avons effectué un versement de {amount} sur votre compte bancaire.",
        Table((("Date", local_date(scene, scene.when)), ("Montant", amount))),
        f"Détails : {link(scene, 'payments')}",
    )
    return local_letter(scene, "Votre versement a été effectué", blocks, "noreply")


@speaks("fr")
def statut_actif(scene: Scene) -> Letter:
    """A status table: the account or listing went from suspended back to active."""
    blocks = compact(
        scene,
        pick(
            scene,
            "Le statut de votre compte a changé.",
            "Mise à jour concernant votre appel : celui-ci a été accepté.",
        ),
        Table(
            (
                ("Statut précédent", pick(scene, "Suspendu", "Désactivé", "Bloqué")),
                ("Nouveau statut", pick(scene, "Actif", "Rétabli")),
                ("Date", local_date(scene, scene.when)),
            )
        ),
        pick(
            scene,
            "Vos privilèges de vente ont été restaurés ; vos fonds seront débloqués.",
            "Vous pouvez de nouveau mettre en vente vos produits.",
        ),
    )
    return local_letter(scene, pick(scene, "Statut du compte : actif", "Appel accepté"), blocks)


@speaks("fr")
def dossier_en_cours(scene: Scene) -> Letter:
    """A case number and "in progress": the submission is being handled, no decision."""
    ref = case_id(scene)
    blocks = compact(
        scene,
        pick(
            scene,
            f"Votre demande a été enregistrée sous le numéro {ref}.",
            f"Nous accusons réception de vos justificatifs (dossier {ref}).",
        ),
        pick(
            scene,
            "Elle est actuellement en cours de traitement par un spécialiste.",
            "Un conseiller étudie votre dossier et reviendra vers vous par e-mail.",
        ),
        "Inutile de nous renvoyer les mêmes informations entre-temps.",
    )
    subject = pick(scene, f"Dossier {ref} : en cours de traitement", "Confirmation de réception")
    return local_letter(scene, subject, blocks, "health")


FAMILIES: dict[str, tuple[Family, ...]] = {
    "suspension": (compte_desactive,),
    "generic_denial": (appel_refuse,),
    "need_more_info": (documents_demandes,),
    "redirect_closed_queue": (adresse_fermee,),
    "reinstatement": (compte_reactive, statut_actif),
    "acknowledgement": (appel_recu, dossier_en_cours),
    "other": (versement,),
}
