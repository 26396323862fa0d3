"""French mail that is not a decision: the closed-address reply and everyday seller mail.

Wording is our own.
"""

from classifiers.corpus.families import Family

FR_REDIRECT = Family(
    id="fr-sp-closed-address-reply",
    label="redirect_closed_queue",
    language="fr",
    team="seller-performance",
    marketplaces=("FR", "CA"),
    senders=("seller-performance@{domain}", "ne-pas-repondre@amazon.fr"),
    subjects=("Réponse automatique : cette adresse n'accepte pas les appels", "RE : plan d'action"),
    blocks=(
        ("Bonjour,", "Ceci est un message automatique."),
        (
            "Cette adresse e-mail n'est plus utilisée pour les appels : votre message n'a pas été lu.",
            "Les messages envoyés à cette adresse ne parviennent pas à l'équipe chargée de votre "
            "dossier.",
        ),
        (
            "Pour faire appel, utilisez la page Santé du compte dans Seller Central : {link}",
            "Cliquez sur « Faire appel » à côté de la notification concernée, dans la page des "
            "notifications de performance.",
        ),
        ("Cordialement,\nAmazon.fr", "Amazon Services Europe"),
    ),
    structure=(
        "Auto-reply: this address does not take appeals, the message was not read, use Santé du "
        "compte / the « Faire appel » button. French version of the English closed-queue reply."
    ),
    phrases=("Faire appel", "Santé du compte", "n'a pas été lu"),
    seen_at=("https://amzsuspendu.com/post/que-faire-si-votre-compte-amazon-a-ete-suspendu",),
)

FR_EVERYDAY = Family(
    id="fr-other-payout-order-news",
    label="other",
    language="fr",
    team="marketplace",
    marketplaces=("FR", "CA"),
    senders=("payments-messages@{domain}", "seller-notification@amazon.fr"),
    subjects=(
        "Votre virement a été effectué",
        "Vendu, expédiez maintenant : {product}",
        "Invitation : préparez les soldes avec Amazon",
    ),
    blocks=(
        ("Bonjour {seller},", "Bonjour,"),
        (
            "Un virement de {amount} a été effectué le {date} sur votre compte bancaire. Il peut "
            "apparaître sous 3 à 5 jours ouvrés.",
            "Vous avez reçu une commande ({order_id}) pour {product}. Merci de l'expédier avant la "
            "date d'expédition prévue.",
            "Participez à notre webinaire gratuit du {date} pour préparer la période des soldes : "
            "{link}",
        ),
        ("Vos rapports de paiement sont disponibles dans Seller Central.", ""),
        ("Amazon.fr", "L'équipe Amazon Vendeurs"),
    ),
    structure=(
        "Everyday French seller mail: payout with amount and date, sold-ship-now notice, webinar "
        "invitation. Nothing about the account's standing: other."
    ),
    phrases=("virement", "expédiez maintenant", "webinaire"),
    seen_at=("https://deeploy.fr/en/video-how-can-i-avoid-having-my-seller-account-suspended",),
)

FR_CONSULTANT = Family(
    id="fr-x-consultant-newsletter",
    label="other",
    language="fr",
    team="not-amazon",
    marketplaces=("FR",),
    senders=("contact@reactivation-compte.example", "newsletter@conseil-vendeurs.example"),
    subjects=(
        "Compte Amazon suspendu ? Nos experts vous aident",
        "Newsletter : les 5 erreurs à éviter dans un plan d'action",
    ),
    blocks=(
        ("Bonjour {seller},", "Chers vendeurs,"),
        (
            "Votre compte vendeur a été suspendu ? Nous rédigeons votre plan d'action et suivons "
            "votre dossier jusqu'à la réactivation.",
            "Ce mois-ci : comment répondre à une réclamation pour contrefaçon et quels documents "
            "préparer.",
        ),
        ("Prenez rendez-vous : {link}", "Pour vous désinscrire, cliquez ici."),
    ),
    structure=(
        "Not from Amazon: French reinstatement consultants' newsletters and ads, full of suspension "
        "words, labelled other; a hard negative."
    ),
    phrases=("plan d'action", "désinscrire"),
    seen_at=("https://amzsuspendu.com/post/suspension-compte-vendeur-amazon",),
)

FR_NOREPLY = Family(
    id="fr-ss-noreply-redirect",
    label="redirect_closed_queue",
    language="fr",
    team="seller-support",
    marketplaces=("FR", "CA"),
    senders=("no-reply@{domain}", "donotreply@{domain}"),
    subjects=(
        "Merci de ne pas répondre à cet e-mail",
        "Réponse automatique : contactez-nous via Seller Central",
    ),
    blocks=(
        ("Ce message a été envoyé automatiquement.", "Bonjour,"),
        (
            "Nous ne pouvons pas lire les réponses envoyées à cette adresse.",
            "Votre e-mail ne nous est pas parvenu.",
        ),
        (
            "Pour toute question, contactez le support vendeur via « Aide » > « Obtenir de l'aide » dans "
            "Seller Central : {link}",
            "Pour contester une désactivation ou un avertissement, suivez les instructions de la page "
            "Santé du compte.",
        ),
        ("{marketplace}", "Amazon Services Europe"),
    ),
    structure=(
        "No-reply auto-answer in French: replies are not read, contact Seller Support via Aide in "
        "Seller Central, appeals via Santé du compte."
    ),
    phrases=("ne pas répondre", "support vendeur", "Santé du compte"),
    seen_at=("https://www.zikanalytics.com/blog/fr/comment-reactiver-mon-compte-vendeur-amazon/",),
)

FAMILIES: tuple[Family, ...] = (FR_REDIRECT, FR_EVERYDAY, FR_CONSULTANT, FR_NOREPLY)
