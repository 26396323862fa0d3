"""Dutch (amazon.nl, amazon.com.be): compounds are matched whole ("leveranciersfactuur")."""

from __future__ import annotations

from intake.extract.languages.lexicon import Lexicon

_POLICIES = {
    "condition": r"gebruikt\w*\s+(?:\w+\s+){0,2}als\s+nieuw",
    "inauthentic": (
        r"namaak\w*|nagemaakt\w*|niet[\s-]+authentiek\w*|vervalst\w*|authenticiteit|\bechtheid"
    ),
    "intellectual_property": (
        r"intellectu\w+\s+eigendom\w*|handelsmerk\w*|merkinbreuk\w*|auteursrecht\w*"
        r"|octrooi\w*|rechthebbende\w*|merkeigenaar\w*"
    ),
    "order_defect_rate": (
        r"(?:order|bestel)defect\w*|percentage\s+(?:van\s+)?defecte\s+(?:orders|bestellingen)"
    ),
    "late_shipment": r"te\s+laat\s+verzonden|late\s+verzending\w*|verzendvertraging\w*",
    "cancellation_rate": r"annuleringspercentage|percentage\s+annuleringen",
    "valid_tracking": r"percentage\s+geldige\s+tracking\w*|geldige[\s-]+trackingpercentage",
    "related_accounts": (
        r"(?:gerelateerd|gekoppeld|verbonden)\w*\s+(?:verkopers)?accounts?"
        r"|(?:gerelateerd|gekoppeld)\s+aan\s+een\s+ander\s+account"
    ),
    "dangerous_goods": r"gevaarlijke\s+(?:goederen|stoffen)",
    "restricted_products": r"(?:beperkte|verboden)\s+producten|producten\s+met\s+beperkingen",
    "pricing": r"eerlijke\s+prij[sz]\w*|prijsopdrijving|prijsbeleid",
    "reviews": r"manipulatie\s+van\s+(?:klant|product)?beoordelingen|reviewmanipulatie",
    "identity_verification": (
        r"identiteitsverificatie|(?:uw|je)\s+identiteit\s+(?:te\s+)?(?:verifiëren|bevestigen|controleren)"
    ),
    "product_safety": r"productveiligheid|veiligheids(?:klacht|probleem|risico)\w*",
    "listing_policy": r"aanbiedingsbeleid|richtlijnen\s+voor\s+(?:aanbiedingen|productpagina's)",
    "code_of_conduct": r"gedragscode",
}

_DOCUMENTS = {
    "invoices": (
        r"\bfactu(?:u)?r(?:en)?\b|\b(?:inkoop|leveranciers|aankoop)factu\w+|\baankoopbewij\w*"
    ),
    "supplier_contacts": (
        r"contactgegevens\s+van\s+(?:uw\s+|de\s+)?(?:leverancier|fabrikant|groothandel|distributeur)\w*"
        r"|leveranciersgegevens"
    ),
    "letter_of_authorization": (
        r"autorisatiebrie[fv]\w*|machtigingsbrie[fv]\w*"
        r"|toestemming\s+van\s+de\s+(?:rechthebbende|merkeigenaar)"
    ),
    "plan_of_action": r"actieplan\w*|plan\s+van\s+aanpak",
    "identity_document": r"identiteitsbewijs|paspoort|rijbewijs|identiteitskaart",
    "utility_bill": r"energierekening\w*|nutsrekening\w*|adresbewijs",
    "bank_statement": r"bankafschrift\w*|rekeningafschrift\w*|creditcardafschrift\w*",
    "safety_data_sheet": r"veiligheidsinformatiebl\w*",
    "test_report": r"(?:test|laboratorium|keurings)rapport\w*",
    "compliance_certificate": (
        r"conformiteitsverklaring\w*|certifica(?:at|ten)\s+van\s+(?:overeenstemming|conformiteit)"
    ),
    "product_images": (
        r"(?:product|verpakkings|etiket)(?:foto|afbeelding)\w*"
        r"|foto's\s+van\s+(?:het\s+|de\s+|uw\s+)?(?:product|verpakking|etiket)\w*"
    ),
    "business_license": (
        r"uittreksel\s+(?:uit\s+)?(?:het\s+|de\s+)?(?:handelsregister|kvk)|kvk-uittreksel"
    ),
    "tracking_information": (
        r"trackingnummer\w*|track[\s-]+(?:and|&)[\s-]+trace|afleverbewijs"
        r"|bewijs\s+van\s+levering"
    ),
    "distribution_agreement": r"distributieovereenkomst\w*",
}

_NUMBERS = (
    "nul een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien"
    " vijftien zestien zeventien achttien negentien twintig"
)
_SPAN = r"{amount}\s*(?P<kind>werk|kalender)?(?P<unit>dagen|dag|uur|weken|week)\b"

LEXICON = Lexicon(
    code="nl",
    policies=_POLICIES,
    documents=_DOCUMENTS,
    request=(
        r"\b(?:stuur|verstrek|upload|lever|bezorg)\s+(?:ons\s+)?(?:\w+\s+){0,6}?"
        r"|\bdien\s+(?:\w+\s+){0,6}?in\b|\bwij\s+hebben\s+(?:\w+\s+){0,6}?nodig\b"
        r"|\bwe\s+hebben\s+(?:\w+\s+){0,6}?nodig\b|\b(?:is|zijn)\s+(?:vereist|nodig)\b"
        r"|\bvolgende\s+(?:documenten|informatie|gegevens)|\bontbreken?\b|\b(?:u|je)\s+moet\s+"
        r"(?:\w+\s+){0,6}?(?:indienen|verstrekken|uploaden|sturen|aanleveren)"
    ),
    refusal=r"\bniet\s+(?:meer\s+)?(?:nodig|vereist)|\bstuur\s+(?:ons\s+)?geen\b|\bnooit\b",
    clause_break=r"\b(?:maar|echter)\b",
    deadline_cues=(
        r"\buiterlijk(?:\s+op)?|\bv[óo]{1,2}r|\bdeadline(?:\s+is)?|\btermijn(?:\s+(?:tot|verloopt\s+op))?"
        r"|\buiterste\s+datum(?:\s+is)?"
    ),
    weekdays=r"maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag",
    articles=r"op|de",
    relative=(
        r"\b(?:binnen|in\s+de\s+(?:komende|volgende))\s+" + _SPAN,
        r"\b(?:u\s+heeft|je\s+hebt|u\s+hebt)\s+(?:nog\s+)?" + _SPAN,
    ),
    number_words={word: value for value, word in enumerate(_NUMBERS.split())}
    | {"dertig": 30, "negentig": 90},
    hour_units=("uur",),
    week_units=("week", "weken"),
    business_kinds=("werk",),
    asks_to_act=(
        r"\b(?:stuur|dien|lever|reageer|beantwoord|verstrek|upload|actieplan|anders|indien"
        r"|gedeactiveerd|verwijderd|bezwaar)\b|\bals\s+(?:u|je)\b"
    ),
    our_promise=r"\b(?:wij|we)\s+(?:zullen|nemen|reageren|beoordelen)\b|\bu\s+ontvangt\b",
    seller_duty=r"\b(?:u|je)\s+(?:moet|dient)\b|\b(?:als|indien)\s+(?:u|je)\b",
)
