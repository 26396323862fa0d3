"""French policy warning: a listing removed and the account said to be at risk.

The Amazon.fr version of the warning sellers quote (said in ``structure``);
wording is our own.
"""

from classifiers.corpus.families import Family

FR_POLICY_WARNING = Family(
    id="fr-ah-policy-warning",
    label="suspension",
    language="fr",
    team="account-health",
    marketplaces=("FR", "EU"),
    senders=("seller-notification@{domain}", "performance-notifications@{domain}"),
    subjects=(
        "Avertissement : votre compte est à risque",
        "Offre supprimée : non-respect de nos règles",
    ),
    blocks=(
        ("Bonjour,", "Bonjour {seller},"),
        (
            "Nous avons constaté que votre offre pour l'ASIN {asin} enfreint notre politique relative aux produits soumis à restrictions, et nous l'avons supprimée.",
            "Votre offre {product} (ASIN {asin}) ne respecte pas nos règles et a été désactivée.",
            "Votre compte est à risque : des infractions répétées ont été relevées sur vos offres.",
        ),
        (
            "De nouvelles infractions peuvent entraîner la désactivation de votre compte vendeur.",
            "Si cela se reproduit, vos privilèges de vente pourront être retirés.",
        ),
        (
            "Vérifiez vos offres et supprimez celles qui ne respectent pas la politique. Suivez l'état dans Santé du compte.",
            "Si vous pensez qu'il s'agit d'une erreur, vous pouvez faire appel depuis la page Santé du compte.",
        ),
        ("Cordialement,\nAmazon.fr", "L'équipe Performances vendeur"),
    ),
    structure=(
        "Policy warning: a listing breaks a policy (restricted products) and was removed, or "
        "repeated violations put the account at risk; further violations may deactivate the "
        "account; review listings, appeal from Account Health if in error. "
        "Amazon.fr version of the warning sellers quote."
    ),
    phrases=("compte est à risque", "avertissement", "désactivation"),
    seen_at=(
        "https://sellercentral.amazon.com/forums/t/your-account-is-at-risk-of-deactivation/1134187",
    ),
)

FAMILIES: tuple[Family, ...] = (FR_POLICY_WARNING,)
