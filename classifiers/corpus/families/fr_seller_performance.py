"""French Seller Performance mail (Amazon.fr, Amazon.com.be, Amazon.ca in French).

French notices call the account "compte vendeur", the privileges "privilèges de
vente", the plan "plan d'action(s)", and use the headings « Pourquoi cela se
produit-il ? » / « Comment réactiver mon compte ? ». Every wording is our own.
"""

from classifiers.corpus.families import Family

_SENDERS = (
    "seller-performance@{domain}",
    "Performance Vendeur Amazon <seller-performance@{domain}>",
    "seller-notification@{domain}",
)
_GREETING = ("Bonjour,", "Bonjour {seller},", "Madame, Monsieur,")
_SIGN = (
    "Cordialement,\nL'équipe Performance Vendeur\n{marketplace}",
    "Bien cordialement,\nAmazon Services Europe",
    "L'équipe Seller Performance",
)

FR_DEACTIVATION = Family(
    id="fr-sp-account-deactivated",
    label="suspension",
    language="fr",
    team="seller-performance",
    marketplaces=("FR", "CA"),
    senders=_SENDERS,
    subjects=(
        "Vos privilèges de vente ont été retirés",
        "Votre compte vendeur Amazon a été désactivé",
        "Action requise : désactivation de votre compte vendeur",
    ),
    blocks=(
        _GREETING,
        (
            "Votre compte vendeur Amazon a été désactivé conformément à la section 3 du Contrat "
            "Amazon Services Europe Business Solutions. Vos offres ont été supprimées. Les fonds "
            "restent sur votre compte mais ne vous seront pas versés tant que le problème n'est pas "
            "résolu.",
            "Nous avons retiré vos privilèges de vente sur {marketplace} et suspendu vos offres. "
            "Veuillez continuer à expédier les commandes en cours afin d'éviter d'autres "
            "conséquences pour votre compte.",
        ),
        ("Pourquoi cela se produit-il ?", "Que se passe-t-il ?", "Motif de cette décision :"),
        (
            "Nous avons reçu des réclamations de clients indiquant que des articles vendus sur votre "
            "compte ne seraient pas authentiques. ASIN concernés : {asins}",
            "Votre compte est lié à un autre compte qui n'est plus autorisé à vendre sur Amazon.",
            "Votre taux de défauts de commande dépasse l'objectif de 1 %.",
            "Vous avez mis en vente un produit interdit sur {marketplace} : {product} (ASIN {asin}).",
        ),
        ("Comment réactiver mon compte ?", "Comment puis-je récupérer mes privilèges de vente ?"),
        (
            "Envoyez-nous un plan d'action qui explique :\n-- la ou les causes du problème ;\n-- les "
            "mesures que vous avez prises pour le résoudre ;\n-- les mesures prises pour éviter qu'il "
            "se reproduise.",
            "Soumettez un plan d'action via le bouton « Faire appel » de la page Santé du compte : "
            "cause, mesures immédiates, mesures préventives.",
            "Si vous pensez qu'il s'agit d'une erreur, envoyez-nous une explication accompagnée de "
            "justificatifs montrant que votre compte respecte nos règles.",
        ),
        (
            "Si nous ne recevons pas de plan d'action acceptable avant le {deadline}, votre compte "
            "restera désactivé et les fonds pourront être retenus 90 jours ou plus.",
            "Merci de nous répondre avant le {deadline}.",
            "Si vous ne nous envoyez pas de plan d'action acceptable dans un délai de 17 jours, vous "
            "risquez de ne plus pouvoir vendre sur Amazon.",
            "",
        ),
        (
            "Vous pouvez consulter les performances de votre compte ici : {link}",
            "La page Santé du compte indique comment votre compte respecte nos règles : {link}",
            "",
        ),
        _SIGN,
    ),
    structure=(
        "French deactivation: section 3 of the BSA, offers removed, funds held, keep shipping; "
        "« Pourquoi cela se produit-il ? » with the reason (authenticity complaints with ASINs, "
        "related account, order defect rate, prohibited product); « Comment réactiver mon compte ? » "
        "with the three-part plan d'action (plain or via « Faire appel »), or an explanation if in "
        "error; deadline « avant le »; Santé du compte link."
    ),
    phrases=(
        "privilèges de vente",
        "Pourquoi cela se produit-il ?",
        "Comment réactiver mon compte ?",
        "plan d'action",
        "section 3",
        "Santé du compte",
    ),
    seen_at=(
        "https://www.amzsuspendu.com/blog/que-faire-si-votre-compte-amazon-a-ete-suspendu",
        "https://monplandaction.fr/?p=15",
    ),
)

FR_NEED_MORE_INFO = Family(
    id="fr-sp-appeal-more-info",
    label="need_more_info",
    language="fr",
    team="seller-performance",
    marketplaces=("FR", "CA"),
    senders=_SENDERS,
    subjects=(
        "Votre appel : informations complémentaires nécessaires",
        "RE : Réactivation de votre compte vendeur",
    ),
    blocks=(
        _GREETING,
        (
            "Nous vous remercions pour les informations fournies. Toutefois, elles ne suffisent pas "
            "pour réactiver votre compte.",
            "Avant de pouvoir envisager le rétablissement de vos privilèges de vente, nous avons "
            "besoin des éléments suivants.",
        ),
        (
            "Merci de nous transmettre :\n-- les factures de votre fournisseur des 365 derniers jours, "
            "avec son nom, son adresse et son numéro de téléphone ;\n-- un tableau rapprochant les "
            "quantités facturées des ventes de {asins}.",
            "Votre plan d'actions doit détailler les étapes que vous allez mettre en place pour "
            "éviter les réclamations pour commandes non reçues et les ruptures de stock.",
            "La facture transmise date de plus de 90 jours et l'adresse ne correspond pas à celle "
            "indiquée dans Seller Central. Veuillez envoyer un document récent.",
        ),
        (
            "Merci d'envoyer ces éléments avant le {deadline} depuis la page Santé du compte.",
            "Nous examinerons ensuite votre plan et déciderons si vos privilèges de vente peuvent "
            "être rétablis.",
        ),
        _SIGN,
    ),
    structure=(
        "Thanks for the information, not enough / before reinstatement we need, then exactly what "
        "is missing (invoices with supplier details, a plan d'actions on named complaints, a newer "
        "document), deadline « avant le » or 'we will then review your plan'. Seen in a French "
        "notice a seller had translated."
    ),
    phrases=("ne suffisent pas", "Avant de pouvoir envisager le rétablissement", "plan d'actions"),
    seen_at=("https://conyac.cc/questions/191403/bodies/281800/translations/524536?locale=en",),
)

FR_DENIAL = Family(
    id="fr-sp-appeal-denied",
    label="generic_denial",
    language="fr",
    team="seller-performance",
    marketplaces=("FR", "CA"),
    senders=_SENDERS,
    subjects=(
        "RE : Votre appel",
        "Décision concernant votre appel",
        "Votre compte reste désactivé",
    ),
    blocks=(
        _GREETING,
        (
            "Nous avons examiné votre plan d'action. Il ne répond pas à nos préoccupations et nous "
            "ne pouvons donc pas réactiver votre compte.",
            "Après un examen attentif de votre appel, nous avons décidé de ne pas rétablir vos "
            "privilèges de vente.",
        ),
        (
            "Vous ne pouvez plus vendre sur Amazon.",
            "Votre compte reste désactivé. Nous pourrions ne pas répondre à d'autres messages à ce "
            "sujet.",
        ),
        (
            "Les fonds restants vous seront versés après déduction des réclamations au titre de la "
            "Garantie A à Z, généralement sous 90 jours.",
            "",
        ),
        _SIGN,
    ),
    structure=(
        "Short rejection: the plan does not address our concerns / decided not to restore selling "
        "privileges, you may no longer sell, further messages may go unanswered, funds in about 90 "
        "days. Names nothing to fix. French version of the English denial; French consultants "
        "describe it ('Refusé')."
    ),
    phrases=("ne répond pas à nos préoccupations", "ne plus vendre sur Amazon", "ne pas rétablir"),
    seen_at=(
        "https://dicloak.com/fr/blog-detail/essential-guide-to-amazon-account-recovery-and-suspension-prevention-2026",
    ),
)

FR_ACK = Family(
    id="fr-sp-appeal-received",
    label="acknowledgement",
    language="fr",
    team="seller-performance",
    marketplaces=("FR", "CA"),
    senders=_SENDERS,
    subjects=("Nous avons bien reçu votre appel", "Accusé de réception : votre plan d'action"),
    blocks=(
        _GREETING,
        (
            "Nous avons bien reçu votre appel. Il est en cours d'examen.",
            "Merci pour votre plan d'action. Notre équipe l'examine actuellement.",
        ),
        (
            "Vous recevrez notre décision par e-mail, généralement sous 48 heures.",
            "Nous reviendrons vers vous dès que l'examen sera terminé.",
        ),
        ("Inutile de renvoyer le même appel : cela retarderait son traitement.", ""),
        _SIGN,
    ),
    structure=(
        "Receipt only: appeal / plan received and under review, decision by e-mail usually within "
        "48 hours, do not resubmit. French guides quote the 48-72 hour wait; French version of the "
        "English receipt."
    ),
    phrases=("Nous avons bien reçu", "en cours d'examen", "sous 48 heures"),
    seen_at=("https://www.amzsuspendu.com/blog/que-faire-si-votre-compte-amazon-a-ete-suspendu",),
)

FR_REINSTATED = Family(
    id="fr-sp-account-reinstated",
    label="reinstatement",
    language="fr",
    team="seller-performance",
    marketplaces=("FR", "CA"),
    senders=_SENDERS,
    subjects=(
        "Vos privilèges de vente ont été rétablis",
        "Votre compte vendeur a été réactivé",
    ),
    blocks=(
        _GREETING,
        (
            "Après examen de votre compte et des informations fournies, vos privilèges de vente ont "
            "été rétablis.",
            "Bonne nouvelle : votre compte vendeur est de nouveau actif et vous pouvez vendre sur "
            "{marketplace}.",
        ),
        (
            "La révision de votre compte se poursuit : une partie de vos ventes peut être placée en "
            "réserve pendant cette période.",
            "Vos offres seront de nouveau visibles sous 24 heures.",
            "Vos virements reprendront selon votre calendrier habituel.",
        ),
        ("Merci de continuer à appliquer les mesures de votre plan d'action.", ""),
        _SIGN,
    ),
    structure=(
        "Reinstatement: after review your selling privileges are restored / account active again, "
        "sometimes with a continuing review and a reserve on recent sales, offers back within a "
        "day, payouts on schedule. Seen in a French notice a seller had translated."
    ),
    phrases=("privilège de vendeur est rétabli", "de nouveau actif", "réserve"),
    seen_at=("https://conyac.cc/questions/191403/bodies/281800/translations/524536?locale=en",),
)

FAMILIES: tuple[Family, ...] = (
    FR_DEACTIVATION,
    FR_NEED_MORE_INFO,
    FR_DENIAL,
    FR_ACK,
    FR_REINSTATED,
)
