"""Held-out French families from Amazon.fr: a deactivation, a closed mailbox, a newsletter.

Dates read ``4 mars 2024`` or ``04/03/2024``; greetings and closings are French; some
messages are ISO-8859-1, so every phrase stays inside Latin-1 (no euro sign, no curly
apostrophes, no ligatures).
"""

from __future__ import annotations

from classifiers.corpus.heldout.blocks import Scene, pick
from classifiers.corpus.heldout.locales import FRENCH, charset, goodbye, hello, local_day, localize
from classifiers.corpus.heldout.render import Body, Bullets, Heading, Link

# (motif, what the appeal should prove)
_MOTIFS: tuple[tuple[str, str], ...] = (
    (
        "des clients nous ont signalé que des articles reçus n'étaient pas authentiques",
        "des factures de votre fournisseur couvrant les 365 derniers jours",
    ),
    (
        "un titulaire de droits a déposé une réclamation pour contrefaçon de marque",
        "une lettre d'autorisation du titulaire de la marque",
    ),
    (
        "votre taux de commandes défectueuses dépasse l'objectif de 1 %",
        "une analyse des causes et des changements apportés à votre service client",
    ),
    (
        "des articles vendus comme neufs avaient manifestement déjà servi",
        "une description de votre contrôle qualité à la réception du stock",
    ),
    (
        "des produits soumis à restriction figuraient dans vos offres",
        "la confirmation que ces offres sont supprimées et la façon dont vous vérifiez les "
        "nouvelles",
    ),
)


def fr_deactivated(scene: Scene) -> Body:
    """Selling privileges on Amazon.fr removed, with a motif and how to appeal."""
    scene = localize(scene, FRENCH)
    rng = scene.rng
    motif, proof = pick(rng, _MOTIFS)
    subject = pick(
        rng,
        (
            "Votre compte vendeur Amazon.fr a été désactivé",
            "Suspension de vos privilèges de vente",
            f"Action requise : votre offre {scene.asins[0]} a été bloquée",
        ),
    )
    blocks = (
        hello(scene, FRENCH),
        pick(
            rng,
            (
                "Nous avons désactivé votre compte vendeur. Vos offres ne sont plus visibles "
                "par les clients.",
                "Vos privilèges de vente sur Amazon.fr ont été retirés à compter du "
                f"{local_day(scene, FRENCH)}.",
            ),
        ),
        f"Motif : {motif}.",
        Bullets(tuple(f"ASIN concerné : {code}" for code in scene.asins)),
        pick(
            rng,
            (
                "Les fonds de votre compte sont retenus pendant l'examen.",
                "Vos versements sont suspendus jusqu'à nouvel ordre.",
            ),
        ),
        "Pour faire appel, envoyez-nous un plan d'action : la cause du problème, les mesures "
        f"déjà prises et celles qui éviteront qu'il se reproduise. Joignez {proof}.",
        Link("Accéder à la santé du compte", scene.url("performance/account/health")),
        goodbye(scene, FRENCH, "L'équipe Performance vendeur"),
    )
    return Body(
        "fr_deactivated",
        scene.addr(pick(rng, ("seller-performance", "performance-vendeur", "no-reply"))),
        "Amazon.fr",
        subject,
        blocks,
        pick(rng, ("plain", "alt", "html")),
        pick(rng, ("simple", "card", "table")),
        charset=charset(scene),
    )


def fr_mailbox_closed(scene: Scene) -> Body:
    """An auto-reply: this address no longer reads appeals; go through Seller Central."""
    scene = localize(scene, FRENCH)
    rng = scene.rng
    subject = pick(
        rng,
        (
            "Réponse automatique : message non traité",
            "Cette adresse ne reçoit plus les appels",
            "Réponse automatique",
        ),
    )
    blocks = (
        hello(scene, FRENCH),
        pick(
            rng,
            (
                "Cette adresse électronique n'est plus consultée. Votre message n'a pas été "
                "transmis à nos équipes.",
                "Nous ne traitons plus les appels envoyés à cette adresse.",
            ),
        ),
        "Pour déposer votre appel :",
        Bullets(
            (
                "connectez-vous à Seller Central ;",
                "ouvrez la page Santé du compte ;",
                "cliquez sur Faire appel à côté du problème concerné.",
            ),
            numbered=True,
        ),
        pick(
            rng,
            (
                "Pour toute autre question, utilisez le formulaire de contact du Support vendeur.",
                "Merci de ne pas répondre à ce message : les réponses ne sont pas lues.",
            ),
        ),
        Link("Santé du compte", scene.url("performance/account/health")),
        goodbye(scene, FRENCH, "Amazon.fr"),
    )
    return Body(
        "fr_mailbox_closed",
        scene.addr(pick(rng, ("seller-performance", "notice-dispute", "appel-vendeur"))),
        "Amazon.fr",
        subject,
        blocks,
        pick(rng, ("plain", "plain", "alt")),
        charset=charset(scene),
    )


def fr_newsletter(scene: Scene) -> Body:
    """The seller newsletter: events, fee dates and tips, nothing about a case."""
    scene = localize(scene, FRENCH)
    rng = scene.rng
    topics = rng.sample(
        (
            "Préparez les fêtes : les dates limites d'envoi vers les centres de distribution.",
            "Nouveau : des rapports de ventes plus détaillés dans Seller Central.",
            "Webinaire gratuit sur la publicité Sponsored Products, le mardi à 10 h.",
            "Rappel : mise à jour des frais de stockage à partir du mois prochain.",
            "Témoignage : comment une petite marque lyonnaise a doublé ses exportations.",
            "Soldes d'été : inscrivez vos offres avant la date de clôture.",
        ),
        3,
    )
    subject = pick(
        rng,
        (
            "Les actualités vendeurs de la semaine",
            f"Votre lettre d'information du {local_day(scene, FRENCH)}",
            "Nouveautés et conseils pour votre boutique",
        ),
    )
    blocks = (
        Heading("Actualités vendeurs"),
        pick(rng, ("Bonjour,", f"Bonjour {scene.seller.store_name},")),
        "Voici ce qu'il ne fallait pas manquer cette semaine :",
        Bullets(tuple(topics)),
        Link("Lire la suite", scene.url("news")),
        "Vous recevez cet e-mail car vous êtes inscrit aux actualités vendeurs. "
        "Se désabonner : Paramètres > Préférences de notification.",
    )
    return Body(
        "fr_newsletter",
        scene.addr(pick(rng, ("actualites-vendeurs", "seller-news"))),
        "Amazon Seller Central France",
        subject,
        blocks,
        pick(rng, ("html", "alt", "plain")),
        pick(rng, ("card", "table")),
        charset=charset(scene),
    )
