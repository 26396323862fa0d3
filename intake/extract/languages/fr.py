"""French (amazon.fr): apostrophes may be typed straight or curly, so both are matched."""

from __future__ import annotations

from intake.extract.languages.lexicon import Lexicon

_POLICIES = {
    "condition": r"d['’]occasion\s+vendu\w*\s+comme\s+neu[fv]\w*|réclamations?\s+sur\s+l['’]état",
    "inauthentic": r"contrefa[çc]on\w*|contrefait\w*|(?:non|pas)\s+authentiques?|inauthentique\w*"
    r"|authenticité",
    "intellectual_property": (
        r"propriété\s+intellectuelle|droits?\s+d['’]auteur|marques?\s+déposées?"
        r"|violation\s+de\s+(?:la\s+)?marque|\bbrevets?\b|titulaires?\s+(?:des|du)\s+droits?"
    ),
    "order_defect_rate": (
        r"taux\s+de\s+défauts?\s+(?:de|des)\s+commandes?|taux\s+de\s+commandes\s+défectueuses"
    ),
    "late_shipment": (
        r"(?:expéditions?|envois?|livraisons?)\s+en\s+retard|retards?\s+d['’]expédition"
        r"|expédié\w*\s+après\s+la\s+date\s+(?:d['’]expédition\s+)?prévue"
    ),
    "cancellation_rate": r"taux\s+d['’]annulation",
    "valid_tracking": r"taux\s+de\s+suivi\s+valide",
    "related_accounts": (
        r"comptes?\s+(?:liés|associés|reliés)|(?:lié|associé)\w*\s+à\s+un\s+autre\s+compte"
    ),
    "dangerous_goods": r"(?:marchandises?|matières?|produits?)\s+dangereu(?:x|ses?)",
    "restricted_products": r"produits?\s+(?:soumis\s+à\s+(?:des\s+)?restrictions?|restreints?"
    r"|interdits?)",
    "pricing": r"prix\s+(?:équitables?|abusifs?)|tarification\s+équitable",
    "reviews": (
        r"manipulation\s+des?\s+(?:avis|commentaires|évaluations)"
        r"|(?:règlement|politique|règles)\s+(?:relati\w+\s+aux|sur\s+les|des)\s+"
        r"(?:avis|commentaires)"
    ),
    "identity_verification": (
        r"vérification\s+(?:de\s+(?:votre\s+|l['’])identité|d['’]identité|du\s+vendeur)"
        r"|vérifier\s+votre\s+identité"
    ),
    "product_safety": r"sécurité\s+(?:des|du)\s+produits?|problèmes?\s+de\s+sécurité",
    "listing_policy": (
        r"(?:règles?|politique)\s+(?:relati\w+\s+aux|des|sur\s+les)\s+"
        r"(?:offres|fiches\s+produits?|pages\s+détaillées)"
    ),
    "code_of_conduct": r"code\s+de\s+conduite",
}

_DOCUMENTS = {
    "invoices": (
        r"\bfactures?\b(?!\s+(?:d['’](?:électricité|eau|énergie)|de\s+(?:gaz|téléphone"
        r"|services\s+publics)))|preuves?\s+d['’]achat|justificatifs?\s+d['’]achat"
    ),
    "supplier_contacts": (
        r"coordonnées\s+(?:complètes\s+)?(?:de\s+(?:votre|vos|chaque)|du|des)\s+"
        r"(?:fournisseurs?|fabricants?|distributeurs?)"
        r"|\b(?:nom|adresse|téléphone|site\s+web|e-?mail)\b[\w\s,'’-]{0,60}\b"
        r"(?:du|des|de\s+(?:votre|vos|chaque))\s+fournisseurs?"
    ),
    "letter_of_authorization": (
        r"lettres?\s+d['’]autorisation|autorisation\s+(?:écrite\s+)?du\s+(?:titulaire|propriétaire)"
    ),
    "plan_of_action": (
        r"(?<!dans\svotre\s)(?:plan\s+d['’]actions?|plan\s+(?:révisé|complet|mis\s+à\s+jour)\b"
        r"|nouveau\s+plan\b)"
    ),
    "identity_document": (
        r"pièces?\s+d['’]identité|passeport|carte\s+(?:nationale\s+)?d['’]identité"
        r"|permis\s+de\s+conduire|justificatifs?\s+d['’]identité"
    ),
    "utility_bill": (
        r"factures?\s+(?:d['’](?:électricité|eau|énergie)|de\s+(?:gaz|téléphone"
        r"|services\s+publics))|justificatifs?\s+de\s+domicile"
    ),
    "bank_statement": (
        r"relevés?\s+(?:bancaires?|de\s+compte|de\s+carte\s+(?:de\s+crédit|bancaire))"
    ),
    "safety_data_sheet": r"fiches?\s+de\s+données\s+de\s+sécurité|\bFDS\b",
    "test_report": (
        r"rapports?\s+(?:d['’](?:essais?|analyses?|tests?)|de\s+(?:tests?|laboratoire))"
    ),
    "compliance_certificate": (
        r"déclarations?\s+(?:UE\s+|CE\s+)?de\s+conformité|certificats?\s+de\s+conformité"
    ),
    "product_images": (
        r"(?:photos?|images?|photographies?)\s+(?:du|des|de\s+(?:l['’]|la|vos|votre|chaque))\s*"
        r"(?:\w+\s+)?(?:produits?|articles?|emballages?|étiquettes?)"
    ),
    "business_license": (
        r"\bK-?bis\b|registre\s+du\s+commerce|certificat\s+d['’]immatriculation"
        r"|immatriculation\s+(?:de\s+(?:votre|l['’])\s*(?:entreprise|société)|au\s+RCS)"
    ),
    "proof_of_fix": (
        r"preuves?\s+(?:de\s+la|des)\s+(?:corrections?|modifications?|changements?)"
        r"|preuves?\s+que\s+.{0,40}(?:corrigé|résolu|modifié|mis\s+à\s+jour)"
    ),
    "tracking_information": (
        r"numéros?\s+de\s+suivi|preuves?\s+de\s+livraison|informations\s+de\s+suivi"
    ),
    "distribution_agreement": r"(?:contrat|accord)\s+de\s+distribution",
}

_NUMBERS = (
    "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze"
    " seize dix-sept dix-huit dix-neuf vingt"
)
_SPAN = (
    r"{amount}\s*(?P<unit>jours?|heures?|semaines?)"
    r"(?:\s+(?P<kind>ouvr[ée]s|ouvrables|calendaires))?\b"
)
_VERBS = r"(?:fourni|envoy|soumet|transmet|joign|joindr|télévers|téléchar|ajout|inclu)"

LEXICON = Lexicon(
    code="fr",
    policies=_POLICIES,
    documents=_DOCUMENTS,
    request=(
        r"\bveuillez\s+(?:\w+\s+){0,2}?(?:fourni|envoy|soumet|transmet|joind|télévers|téléchar"
        r"|ajout|mett|communiqu|inclu|révis|corrig)\w*"
        r"|\bmerci\s+de\s+(?:nous\s+)?(?:fournir|envoyer|soumettre|transmettre|joindre)"
        r"|\bnous\s+avons\s+besoin|\bnous\s+(?:exigeons|demandons|requérons)"
        r"|\bvous\s+devez\s+(?:nous\s+)?(?:fournir|envoyer|soumettre|transmettre|télécharger"
        r"|joindre)|\b(?:est|sont)\s+(?:requis|requises|nécessaires?|obligatoires?)"
        r"|\b(?:les|des)\s+(?:documents|informations|éléments|pièces)\s+suivant(?:e)?s"
        r"|\bmanqu(?:e|ent|ant|ants|antes)\b"
        r"|\b(?:fournissez|envoyez|joignez|transmettez|soumettez|téléversez|communiquez)\b"
        r"|\b(?:documents?|informations?)\s+(?:requis|demandés|manquants?)"
    ),
    refusal=(
        r"\bn(?:e\s+|['’])(?:nous\s+|leur\s+)?" + _VERBS + r"\w*\s+(?:pas|plus|jamais)\b"
        r"|\bpas\s+(?:nécessaires?|requis|besoin)|\bn['’]avons\s+(?:pas|plus)\s+besoin"
        r"|\binutile\s+d['e]|\bjamais\b"
    ),
    clause_break=r"\b(?:mais|cependant|toutefois)\b",
    deadline_cues=(
        r"\bavant\s+l[e']|\bau\s+plus\s+tard(?:\s+l[e'])?|\bd['’]ici\s+(?:l[e']|au)"
        r"|\bjusqu['’](?:au|à)|\bdate\s+limite(?:\s+(?:du|est|fixée\s+au))?|\béchéance"
    ),
    weekdays=r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche",
    articles=r"le",
    relative=(
        r"\b(?:(?:dans\s+un\s+)?délai\s+(?:maximum\s+|maximal\s+)?de|sous|dans\s+les"
        r"|au\s+cours\s+des\s+(?:prochains|prochaines)|dans\s+les\s+(?:prochains|prochaines))\s+"
        + _SPAN,
        r"\bvous\s+(?:avez|disposez\s+de|aurez)\s+" + _SPAN,
        _SPAN + r"\s+(?:à\s+compter\s+de|après)\s+(?:la\s+date\s+de\s+)?(?:ce|cet|cette|la)\s+"
        r"(?:notification|message|e-?mail|courrier)",
    ),
    number_words={word: value for value, word in enumerate(_NUMBERS.split())}
    | {"trente": 30, "quarante-huit": 48, "soixante-douze": 72, "quatre-vingt-dix": 90},
    hour_units=("heure",),
    week_units=("semaine",),
    business_kinds=("ouvr",),
    asks_to_act=(
        r"\b(?:veuillez|répond\w*|fourni\w*|envoy(?:ez|er)|soumett\w*|appel|sinon|désactiv\w*"
        r"|supprim\w*|transmett\w*)\b|\bsi\s+vous\b"
    ),
    our_promise=(
        r"\bnous\s+(?:(?:vous|les|le|la|lui|leur)\s+)?(?:allons|\w+rons)\b"
        r"|\bnous\s+nous\s+efforçons\b|\bvous\s+recevrez\b"
    ),
    seller_duty=r"\bveuillez\b|\bsi\s+vous\b|\bvous\s+(?:devez|avez)\b",
)
