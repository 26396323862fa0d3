"""French mail that was missing: two receipts and the verification-documents request.

French acknowledgements were only the appeal and submission receipts; the
Seller Support case and the listing-appeal receipts are the other two every
marketplace sends. Wording is our own.
"""

from classifiers.corpus.families import Family

_HELLO = ("Bonjour,", "Bonjour {seller},", "Chère vendeuse, cher vendeur,")

FR_CASE_FORWARDED = Family(
    id="fr-ss-case-forwarded",
    label="acknowledgement",
    language="fr",
    team="seller-support",
    marketplaces=("FR", "EU"),
    senders=("seller-support@{domain}", "Support Partenaires de vente <seller-support@{domain}>"),
    subjects=(
        "Nous avons bien reçu votre demande (ID de cas {case_id})",
        "Votre cas {case_id} a été transmis",
    ),
    blocks=(
        _HELLO,
        (
            "Merci d'avoir contacté le Support Partenaires de vente. Nous avons transmis votre cas à "
            "l'équipe compétente.",
            "Nous avons bien reçu votre demande. ID de cas : {case_id}.",
        ),
        (
            "Cette équipe vous répondra directement par e-mail, en général sous deux jours ouvrés.",
            "Ajoutez toute information complémentaire dans le journal des cas plutôt que d'ouvrir un "
            "nouveau cas sur le même sujet.",
        ),
        ("Cordialement,\nSupport Partenaires de vente", "Amazon.fr"),
    ),
    structure=(
        "Seller Support receipt: the case is received or forwarded to the responsible team, an "
        "answer comes by e-mail within a few working days, add to the case log rather than opening "
        "a new case. No decision: acknowledgement."
    ),
    phrases=("ID de cas", "transmis votre cas", "journal des cas"),
    seen_at=(
        "https://www.savoirpro.com/amazon-compte-suspendu-voici-comment-recuperer-votre-compte/",
    ),
)

FR_DISPUTE_RECEIVED = Family(
    id="fr-nd-dispute-received",
    label="acknowledgement",
    language="fr",
    team="notice-dispute",
    marketplaces=("FR", "EU"),
    senders=("notice-dispute@{domain}", "Amazon <notice-dispute@{domain}>"),
    subjects=(
        "Nous avons reçu votre contestation pour l'ASIN {asin}",
        "Accusé de réception : votre recours",
    ),
    blocks=(
        _HELLO,
        (
            "Nous avons bien reçu votre recours contre la suppression de votre offre.",
            "Merci pour votre contestation concernant la réclamation pour atteinte à la propriété "
            "intellectuelle.",
        ),
        ("ASIN : {asin}", "ID de réclamation : {complaint_id}"),
        (
            "Nous examinons les informations fournies et vous communiquerons notre décision par e-mail.",
            "Inutile de soumettre à nouveau votre recours : nous reviendrons vers vous dès que "
            "l'examen sera terminé.",
        ),
        ("Cordialement,\nAmazon.fr", "L'équipe Notice Dispute"),
    ),
    structure=(
        "Notice Dispute receipt for a listing appeal (IP complaint): received, under review, "
        "answer by e-mail, do not resubmit. Acknowledgement."
    ),
    phrases=("bien reçu votre recours", "propriété intellectuelle", "ID de réclamation"),
    seen_at=("https://monplandaction.fr/?p=15",),
)

FR_VERIFY_MORE = Family(
    id="fr-sv-verification-more-info",
    label="need_more_info",
    language="fr",
    team="seller-performance",
    marketplaces=("FR", "EU"),
    senders=("seller-verification@{domain}", "seller-performance@{domain}"),
    subjects=(
        "Nous avons besoin d'informations supplémentaires pour vérifier votre identité",
        "Vos documents n'ont pas été acceptés",
    ),
    blocks=(
        _HELLO,
        (
            "Merci pour vos documents. Ils ne nous permettent pas encore de vérifier votre identité.",
            "Nous avons examiné vos documents, mais ils ne répondent pas à nos exigences.",
        ),
        (
            "Veuillez nous envoyer :\n- une facture d'électricité, d'eau ou d'internet datant de moins de "
            "90 jours, à votre nom et à votre adresse ;\n- un extrait Kbis de moins de trois mois.",
            "Ce qui manque :\n1. l'adresse de la facture ne correspond pas à celle de Seller Central ;\n"
            "2. le document date de plus de 90 jours ;\n3. les captures d'écran ne sont pas acceptées.",
        ),
        (
            "Téléchargez les documents au format PDF, PNG, JPEG ou GIF via la bannière de la page Santé du "
            "compte.",
            "Merci de les envoyer avant le {deadline}.",
        ),
        ("Cordialement,\nL'équipe Performances vendeur", "Amazon.fr"),
    ),
    structure=(
        "Verification documents not accepted yet: a '-' or numbered list (utility bill under 90 "
        "days, Kbis extract; address mismatch, too old, no screenshots), formats, upload via the "
        "Account Health banner, a date."
    ),
    phrases=("moins de 90 jours", "extrait Kbis", "vérifier votre identité"),
    seen_at=(
        "https://sellercentral-europe.amazon.com/forums/t/the-impossible-task-of-registering-an-account/549479?page=2",
    ),
)


FAMILIES: tuple[Family, ...] = (FR_CASE_FORWARDED, FR_DISPUTE_RECEIVED, FR_VERIFY_MORE)
