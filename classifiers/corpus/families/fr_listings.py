"""French notices about listings: IP complaints from rights owners (Notice Dispute).

Wording is our own.
"""

from classifiers.corpus.families import Family

FR_IP_LISTING = Family(
    id="fr-nd-listing-removed-ip",
    label="suspension",
    language="fr",
    team="notice-dispute",
    marketplaces=("FR", "CA"),
    senders=("notice-dispute@{domain}", "Amazon <notice-dispute@{domain}>"),
    subjects=(
        "Notice: Policy Warning",
        "Vos offres ont été supprimées suite à une réclamation",
        "Avertissement : violation présumée de droits de propriété intellectuelle",
    ),
    blocks=(
        ("Bonjour,", "Bonjour {seller},"),
        (
            "Nous avons supprimé certaines de vos offres après le signalement d'un titulaire de "
            "droits, qui estime qu'elles portent atteinte à sa marque. Les offres concernées sont "
            "indiquées à la fin de ce message.",
            "Un titulaire de droits nous a informés qu'au moins une de vos offres enfreindrait son "
            "droit d'auteur. Nous l'avons donc désactivée.",
        ),
        ("Pourquoi cela se produit-il ?", "Que se passe-t-il ?"),
        (
            "Les offres qui portent atteinte aux droits de propriété intellectuelle d'autrui "
            "enfreignent nos règles. Des infractions répétées peuvent entraîner la désactivation de "
            "votre compte.",
            "",
        ),
        ("Comment réactiver mon offre ?", "Que puis-je faire ?"),
        (
            "Envoyez une facture, une lettre d'autorisation ou un contrat de licence du fabricant ou "
            "du titulaire des droits prouvant que vos produits sont authentiques. Les liens externes "
            "ne sont pas acceptés.",
            "Si vous pensez qu'il s'agit d'une erreur, demandez au titulaire des droits de retirer sa "
            "réclamation ; il doit nous envoyer lui-même ce retrait.",
        ),
        (
            "Titulaire des droits : {rights_owner}\nNuméro de réclamation : {complaint_id}\nASIN : "
            "{asin}",
            "Contact du titulaire des droits : {rights_owner}\nRéclamation : {complaint_id}\nASIN "
            "concernés : {asins}",
        ),
        ("Cordialement,\n{marketplace}", "Amazon Services Europe"),
    ),
    structure=(
        "Notice Dispute listing removal in French: offers removed after a rights-owner report, "
        "« Pourquoi cela se produit-il ? », how to get the offer back (invoice, authorisation, "
        "licence, or a retraction by the rights owner), rights owner, complaint number and ASINs. "
        "French version of the English IP notice that French consultants describe."
    ),
    phrases=("titulaire de droits", "retirer sa réclamation", "Notice: Policy Warning"),
    seen_at=(
        "https://dicloak.com/fr/blog-detail/essential-guide-to-amazon-account-recovery-and-suspension-prevention-2026",
    ),
)

FAMILIES: tuple[Family, ...] = (FR_IP_LISTING,)
