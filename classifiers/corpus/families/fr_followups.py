"""French follow-up letters: an account review or a verification that ends well.

Localized (Amazon.fr) versions of letters seen on the German and Dutch help
pages and on sellers' pages; wording is our own.
"""

from classifiers.corpus.families import Family

FR_REVIEW_DONE = Family(
    id="fr-sp-fbm-review-complete",
    label="reinstatement",
    language="fr",
    team="seller-performance",
    marketplaces=("FR", "EU"),
    senders=("seller-performance@{domain}", "seller-notification@{domain}"),
    subjects=(
        "Examen de votre compte vendeur terminé",
        "Vos offres sont de nouveau actives",
    ),
    blocks=(
        ("Bonjour,", "Bonjour {seller},", "Chère vendeuse, cher vendeur,"),
        (
            "Nous avons confirmé la livraison de vos dernières commandes expédiées par vos soins. "
            "L'examen temporaire de votre compte est terminé.",
            "La vérification de votre activité de vente est achevée et les restrictions "
            "temporaires ont été levées.",
            "Merci de votre patience : votre compte a passé notre examen avec succès.",
        ),
        (
            "Vos offres ont été réactivées automatiquement.",
            "Vos offres expédiées par le vendeur sont à nouveau visibles par les clients.",
            "Vous pouvez reprendre vos ventes dès maintenant.",
        ),
        (
            "Les versements reprennent selon votre calendrier habituel.",
            "Votre solde sera versé à la prochaine date de paiement prévue.",
            "",
        ),
        ("Aucune action n'est requise de votre part.", ""),
        ("Cordialement,\nAmazon.fr", "L'équipe Performances vendeur"),
    ),
    structure=(
        "End of the temporary FBM account review: deliveries confirmed, offers reactivated "
        "automatically, payouts on the usual schedule, nothing to do. Localized Amazon.fr "
        "version of the outcome the German and Dutch help pages describe."
    ),
    phrases=("réactivées automatiquement", "calendrier habituel"),
    seen_at=(
        "https://sellercentral.amazon.nl/gp/help/external/help.html?itemID=200320980&language=nl_NL&ref=efph_200320980_cont_69039",
    ),
)

FR_VERIFY_OK = Family(
    id="fr-sv-verification-complete",
    label="reinstatement",
    language="fr",
    team="seller-performance",
    marketplaces=("FR", "EU"),
    senders=("seller-verification@{domain}", "seller-performance@{domain}"),
    subjects=("Votre identité a été vérifiée", "Vérification réussie : compte débloqué"),
    blocks=(
        ("Bonjour,", "Bonjour {seller},"),
        (
            "Merci pour les documents transmis. La vérification de votre compte est terminée "
            "avec succès.",
            "Nous avons pu confirmer vos informations grâce aux justificatifs envoyés.",
            "Vos pièces d'identité et justificatifs de domicile ont été contrôlés et acceptés.",
        ),
        (
            "Votre compte vendeur est débloqué et vos offres sont de nouveau visibles.",
            "Nous avons rétabli vos privilèges de vente.",
            "La désactivation de votre compte est levée : vous pouvez vendre à nouveau.",
        ),
        ("Les fonds retenus seront versés lors du prochain paiement.", ""),
        ("Cordialement,\nAmazon Services Europe", "L'équipe de vérification des vendeurs"),
    ),
    structure=(
        "Verification passed after a KYC deactivation: documents accepted, account unblocked, "
        "privileges restored, withheld funds with the next payout. Localized Amazon.fr version."
    ),
    phrases=("vérification réussie", "privilèges de vente"),
    seen_at=("https://www.amzsuspendu.com/blog/que-faire-si-votre-compte-amazon-a-ete-suspendu",),
)

FAMILIES: tuple[Family, ...] = (FR_REVIEW_DONE, FR_VERIFY_OK)
