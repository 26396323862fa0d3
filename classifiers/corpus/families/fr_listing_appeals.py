"""French answers about listing appeals and Santé du compte uploads, and the no-reply answer.

Wording is our own.
"""

from classifiers.corpus.families import Family

_SENDERS = (
    "notice-dispute@{domain}",
    "Amazon <notice-dispute@{domain}>",
    "seller-notification@{domain}",
)
_GREETING = ("Bonjour,", "Bonjour {seller},")
_SIGN = ("Cordialement,\n{marketplace}", "Amazon Services Europe", "L'équipe Santé du compte")
_MARKETS = ("FR", "CA")

FR_ND_MORE_INFO = Family(
    id="fr-nd-appeal-more-info",
    label="need_more_info",
    language="fr",
    team="notice-dispute",
    marketplaces=_MARKETS,
    senders=_SENDERS,
    subjects=(
        "Votre appel pour l'ASIN {asin} : documents à renvoyer",
        "Justificatifs supplémentaires requis",
    ),
    blocks=(
        _GREETING,
        (
            "Nous avons examiné votre appel concernant l'ASIN {asin}, mais les documents fournis ne "
            "nous permettent pas de conclure.",
            "Merci pour vos documents. Veuillez nous renvoyer des justificatifs qui respectent les "
            "points suivants :",
        ),
        (
            "-- nom, adresse et téléphone du fournisseur visibles ;\n-- facture datée de moins de 365 "
            "jours ;\n-- désignation et quantités lisibles.",
            "Nous avons besoin d'une lettre d'autorisation ou d'un contrat de licence du titulaire "
            "des droits. Les liens externes ne sont pas acceptés.",
        ),
        (
            "Envoyez-les avant le {deadline} via le bouton « Faire appel » à côté de l'infraction, "
            "sur la page Santé du compte.",
            "Formats acceptés : JPEG, PNG ou PDF.",
        ),
        _SIGN,
    ),
    structure=(
        "Answer to a listing appeal: documents not enough, then what they must show or the "
        "authorisation needed, where and by when to resubmit (« avant le »). French version of "
        "the English listing-appeal request; French consultants list the same document rules."
    ),
    phrases=("justificatifs", "moins de 365 jours", "lettre d'autorisation"),
    seen_at=("https://monplandaction.fr/?p=15",),
)

FR_ND_DENIED = Family(
    id="fr-nd-appeal-denied",
    label="generic_denial",
    language="fr",
    team="notice-dispute",
    marketplaces=_MARKETS,
    senders=_SENDERS,
    subjects=("Résultat de votre appel pour l'ASIN {asin}", "Votre offre reste désactivée"),
    blocks=(
        _GREETING,
        (
            "Nous avons examiné votre appel concernant l'ASIN {asin} et ne pouvons pas y donner une "
            "suite favorable.",
            "Après examen des informations fournies, nous avons décidé de ne pas réactiver l'offre.",
        ),
        (
            "L'offre reste désactivée.",
            "Nous pourrions ne pas répondre à d'autres demandes concernant cette décision.",
        ),
        ("Merci de créer un ordre de retrait pour le stock Expédié par Amazon concerné.", ""),
        _SIGN,
    ),
    structure=(
        "Listing appeal refused: not granted, the offer stays deactivated, further requests may go "
        "unanswered, remove the FBA stock. Names nothing to fix."
    ),
    phrases=("suite favorable", "reste désactivée", "ordre de retrait"),
    seen_at=(
        "https://www.savoirpro.com/amazon-compte-suspendu-voici-comment-recuperer-votre-compte/",
    ),
)

FR_AH_ACK = Family(
    id="fr-ah-submission-received",
    label="acknowledgement",
    language="fr",
    team="account-health",
    marketplaces=_MARKETS,
    senders=("seller-notification@{domain}", "no-reply@{domain}"),
    subjects=("Nous avons bien reçu vos documents", "Santé du compte : merci pour votre envoi"),
    blocks=(
        _GREETING,
        (
            "Nous avons bien reçu votre envoi depuis la page Santé du compte.",
            "Merci pour les documents concernant l'ASIN {asin}.",
        ),
        (
            "Une équipe les examine ; vous recevrez le résultat par e-mail et sur la page Santé du "
            "compte.",
            "L'examen peut prendre quelques jours ouvrés.",
        ),
        ("Inutile de les renvoyer d'ici là.", ""),
        _SIGN,
    ),
    structure=(
        "Receipt for an Account Health upload: received, under review, result by e-mail and on the "
        "page, no need to resend. No decision."
    ),
    phrases=("bien reçu", "Santé du compte", "Inutile de les renvoyer"),
    seen_at=("https://www.adspower.com/pt/blog/fix-amazon-account-suspended",),
)

FR_LISTING_BACK = Family(
    id="fr-ah-listing-reinstated",
    label="reinstatement",
    language="fr",
    team="account-health",
    marketplaces=_MARKETS,
    senders=("notice-dispute@{domain}", "seller-notification@{domain}"),
    subjects=("Votre offre a été réactivée", "Réclamation retirée : ASIN {asin}"),
    blocks=(
        _GREETING,
        (
            "Le titulaire des droits a retiré sa réclamation. Nous avons réactivé l'offre suivante.",
            "Après examen de vos documents, nous avons rétabli les offres concernées.",
        ),
        ("ASIN : {asin}", "ASIN concernés : {asins}"),
        (
            "L'infraction a été retirée de votre page Santé du compte. L'offre peut mettre jusqu'à "
            "24 heures à réapparaître.",
            "",
        ),
        _SIGN,
    ),
    structure=(
        "Listing back: retraction or documents accepted, offer reactivated, violation removed from "
        "Santé du compte. French version of the English listing-reinstated notice."
    ),
    phrases=("a retiré sa réclamation", "réactivé", "rétabli"),
    seen_at=(
        "https://dicloak.com/fr/blog-detail/essential-guide-to-amazon-account-recovery-and-suspension-prevention-2026",
    ),
)

FAMILIES: tuple[Family, ...] = (FR_ND_MORE_INFO, FR_ND_DENIED, FR_AH_ACK, FR_LISTING_BACK)
