"""French receipts that were missing: the Seller Support case and the listing-appeal receipt.

French acknowledgements were only the appeal and submission receipts; these
two are the other receipts every marketplace sends. Wording is our own.
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

FAMILIES: tuple[Family, ...] = (FR_CASE_FORWARDED, FR_DISPUTE_RECEIVED)
