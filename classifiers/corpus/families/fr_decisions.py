"""French decisions: selling privileges removed for a metric, and the final refusal.

Amazon.fr versions of the English letters quoted on the UK/EU forums (said in
``structure``); wording is our own.
"""

from classifiers.corpus.families import Family

_FORUM = (
    "https://sellercentral-europe.amazon.com/forums/t/"
    "your-amazon-co-uk-selling-privileges-have-been-removed/243857"
)

FR_METRIC_REMOVAL = Family(
    id="fr-sp-order-defect-removal",
    label="suspension",
    language="fr",
    team="seller-performance",
    marketplaces=("FR", "EU"),
    senders=("seller-performance@{domain}", "performance-notifications@{domain}"),
    subjects=(
        "Vos privilèges de vente sur {marketplace} ont été retirés",
        "Taux de commandes défectueuses supérieur à l'objectif",
    ),
    blocks=(
        ("Bonjour,", "Bonjour {seller},"),
        (
            "Votre taux de commandes défectueuses s'élève à {rate}, au-dessus de notre objectif de "
            "moins de 1 %. Nous avons donc retiré vos privilèges de vente.",
            "Vos commandes ont récemment rencontré trop de problèmes : votre taux d'expédition en "
            "retard est de {rate}. Vous ne pouvez plus vendre sur {marketplace} pour le moment.",
        ),
        (
            "Les fonds ne vous seront pas versés et restent sur votre compte.",
            "Vos offres ont été supprimées et les virements sont suspendus.",
        ),
        (
            "Pour retrouver vos privilèges de vente, envoyez-nous un plan d'action : causes, "
            "mesures déjà prises et moyens d'éviter de nouveaux défauts.",
            "Que devez-vous faire ? Soumettez depuis la page Santé du compte un plan d'action qui "
            "décrit la cause et les corrections apportées.",
        ),
        ("Cordialement,\nL'équipe Performances vendeur", "Amazon Services Europe"),
    ),
    structure=(
        "Privileges removed because a metric (order defect rate, late shipment rate) is above "
        "target: rate named, funds held, listings removed, send a plan of action. Amazon.fr "
        "version of the letter quoted on the UK forum."
    ),
    phrases=("privilèges de vente", "taux de commandes défectueuses", "plan d'action"),
    seen_at=(_FORUM,),
)

FR_FINAL = Family(
    id="fr-sp-denial-final",
    label="generic_denial",
    language="fr",
    team="seller-performance",
    marketplaces=("FR", "EU"),
    senders=("seller-performance@{domain}",),
    subjects=("Votre appel a été refusé", "Décision définitive concernant votre compte"),
    blocks=(
        ("Bonjour,", "Bonjour {seller},"),
        (
            "Nous avons réexaminé votre appel. Votre compte reste désactivé et nous ne pouvons pas "
            "le réactiver.",
            "Après un nouvel examen de vos documents, notre décision est définitive : vos "
            "privilèges de vente ne seront pas rétablis.",
            "Votre plan d'action ne lève pas nos préoccupations. Le rétablissement n'est pas "
            "possible.",
        ),
        (
            "Les appels suivants ne seront pas examinés et nous pourrions ne pas répondre aux "
            "messages sur ce sujet.",
            "Cette décision ne sera pas réexaminée.",
        ),
        ("Cordialement,\nL'équipe Performances vendeur", "Amazon.fr"),
    ),
    structure=(
        "Final refusal after a re-review: account stays deactivated, cannot be reactivated, "
        "no reason named, further appeals not reviewed. Amazon.fr version of the final denial "
        "quoted on the EU forum."
    ),
    phrases=("reste désactivé", "décision est définitive", "ne seront pas rétablis"),
    seen_at=(
        "https://sellercentral-europe.amazon.com/seller-forums/discussions/t/0fec2a04abba9b88647cf17640ee01e3",
    ),
)

FAMILIES: tuple[Family, ...] = (FR_METRIC_REMOVAL, FR_FINAL)
