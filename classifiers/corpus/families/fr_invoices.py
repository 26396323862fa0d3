"""French request for supplier invoices during an appeal (need_more_info).

The Amazon.fr version of the invoice request sellers quote (said in ``structure``);
wording is our own.
"""

from classifiers.corpus.families import Family

FR_INVOICES = Family(
    id="fr-sp-more-info-invoices",
    label="need_more_info",
    language="fr",
    team="seller-performance",
    marketplaces=("FR", "EU"),
    senders=("seller-performance@{domain}", "seller-notification@{domain}"),
    subjects=(
        "Factures supplémentaires nécessaires pour votre appel",
        "Vos documents concernant l'ASIN {asin}",
    ),
    blocks=(
        ("Bonjour,", "Bonjour {seller},"),
        (
            "Merci pour votre appel. Pour poursuivre notre examen, nous avons besoin de factures de votre fournisseur.",
            "Nous n'avons pas pu vérifier les documents envoyés. Merci de nous transmettre d'autres justificatifs.",
            "Nous avons bien reçu vos documents, mais il manque encore des preuves d'approvisionnement pour l'ASIN {asin}.",
        ),
        (
            "Envoyez des factures datant des 365 derniers jours, avec le nom et l'adresse du fournisseur et les quantités achetées.",
            "Les factures doivent être lisibles, porter votre nom et couvrir au moins les quantités vendues. Vous pouvez masquer les prix.",
        ),
        (
            "Téléversez-les depuis la page Santé du compte avant le {deadline}.",
            "Répondez avec les documents demandés avant le {deadline}.",
        ),
        ("Cordialement,\nL'équipe Performances vendeur", "Amazon Services Europe"),
    ),
    structure=(
        "Mid-appeal request for supplier invoices: appeal received or documents unverifiable, "
        "invoices from the last 365 days with supplier name, address and quantities, legible, "
        "prices may be hidden, upload by a deadline. Amazon.fr version of the letter sellers quote."
    ),
    phrases=("factures de votre fournisseur", "365 derniers jours"),
    seen_at=(
        "https://sellercentral-europe.amazon.com/seller-forums/discussions/t/9059a3aa-856e-435e-bc2f-9957e0555688",
    ),
)

FAMILIES: tuple[Family, ...] = (FR_INVOICES,)
