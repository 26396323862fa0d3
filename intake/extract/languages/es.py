"""Spanish (amazon.es): accents are often dropped in plain-text mail, so both spellings match."""

from __future__ import annotations

from intake.extract.languages.lexicon import Lexicon

#: "patente di guida" is an Italian driving licence, not a Spanish patent.
_POLICIES = {
    "condition": r"usad[oa]s?\s+vendid[oa]s?\s+como\s+nuev[oa]s?",
    "inauthentic": (
        r"falsificad[oa]s?|falsificaci[óo]n\w*|no\s+(?:son\s+|es\s+)?aut[ée]ntic[oa]s?"
        r"|inaut[ée]ntic[oa]s?|autenticidad"
    ),
    "intellectual_property": (
        r"propiedad\s+intelectual|derechos?\s+de\s+autor|marcas?\s+registradas?"
        r"|infracci[óo]n\s+de\s+(?:la\s+)?marca|\bpatentes?\b(?!\s+di\s+guida)|titular\s+de\s+(?:los\s+)?derechos"
    ),
    "order_defect_rate": r"tasa\s+de\s+(?:pedidos\s+)?defectu?os\w*(?:\s+(?:en|de)\s+(?:los\s+)?"
    r"pedidos)?",
    "late_shipment": (
        r"env[íi]os?\s+(?:con\s+retraso|tard[íi]os?|atrasados?)"
        r"|retrasos?\s+en\s+(?:el|los)\s+env[íi]os?|tasa\s+de\s+env[íi]os?\s+con\s+retraso"
        r"|enviad[oa]s\s+despu[ée]s\s+de\s+la\s+fecha\s+(?:de\s+env[íi]o\s+)?prevista"
    ),
    "cancellation_rate": r"tasa\s+de\s+cancelaci[óo]n",
    "valid_tracking": r"tasa\s+de\s+seguimiento\s+v[áa]lido",
    "related_accounts": (
        r"cuentas?\s+(?:relacionadas?|vinculadas?|asociadas?)"
        r"|(?:vinculad|relacionad)[oa]s?\s+(?:a|con)\s+otra\s+cuenta"
    ),
    "dangerous_goods": r"mercanc[íi]as?\s+peligrosas?|materiales\s+peligrosos",
    "restricted_products": r"productos?\s+(?:restringidos?|prohibidos?)",
    "pricing": r"precios?\s+(?:justos?|abusivos?)|pol[íi]tica\s+de\s+precios\s+justos",
    "reviews": (
        r"manipulaci[óo]n\s+de\s+(?:las\s+)?(?:reseñas|opiniones|valoraciones)"
        r"|pol[íi]tica\s+de\s+(?:reseñas|opiniones)|reseñas\s+falsas"
    ),
    "identity_verification": (
        r"verificaci[óo]n\s+(?:de\s+(?:la\s+|su\s+)?identidad|del\s+vendedor)"
        r"|verificar\s+su\s+identidad"
    ),
    "product_safety": (r"seguridad\s+(?:de\s+los|del)\s+productos?|problemas?\s+de\s+seguridad"),
    "listing_policy": (
        r"pol[íi]tica\s+de\s+(?:anuncios|publicaci[óo]n)|normas\s+de\s+(?:las\s+)?p[áa]ginas"
        r"\s+de\s+detalles?"
    ),
    "code_of_conduct": r"c[óo]digo\s+de\s+conducta",
}

_UTILITY = r"\s+de\s+(?:luz|agua|gas|electricidad|servicios(?:\s+p[úu]blicos)?|suministros?)"
_DOCUMENTS = {
    "invoices": (r"\bfacturas?\b(?!" + _UTILITY + r")|(?:comprobantes?|pruebas?)\s+de\s+compra"),
    "supplier_contacts": (
        r"(?:datos|informaci[óo]n)\s+de\s+contacto\s+(?:del|de\s+(?:los|sus?|cada))\s+"
        r"(?:proveedor(?:es)?|fabricantes?|distribuidor(?:es)?)"
        r"|\b(?:nombre|direcci[óo]n|tel[ée]fono|sitio\s+web|correo\s+electr[óo]nico)\b"
        r"[\w\s,]{0,60}\b(?:del|de\s+(?:los|sus?|cada))\s+proveedor(?:es)?"
    ),
    "letter_of_authorization": (
        r"cartas?\s+de\s+autorizaci[óo]n|autorizaci[óo]n\s+(?:por\s+escrito\s+)?del\s+titular"
    ),
    "plan_of_action": (
        r"(?<!en\ssu\s)(?:plan\s+de\s+acci[óo]n|plan\s+(?:revisado|actualizado|completo)\b"
        r"|nuevo\s+plan\b)"
    ),
    "identity_document": (
        r"\bDNI\b|\bNIE\b|documento\s+(?:nacional\s+)?de\s+identidad|pasaporte"
        r"|(?:permiso|carn[ée])\s+de\s+conducir"
    ),
    "utility_bill": (r"\bfacturas?" + _UTILITY + r"|(?:comprobante|justificante)\s+de\s+domicilio"),
    "bank_statement": r"extractos?\s+(?:bancarios?|de\s+(?:la\s+)?(?:cuenta|tarjeta))",
    "safety_data_sheet": r"fichas?\s+de\s+datos\s+de\s+seguridad|\bFDS\b",
    "test_report": r"informes?\s+de\s+(?:ensayos?|pruebas?|laboratorio|an[áa]lisis)",
    "compliance_certificate": (
        r"declaraci[óo]n\s+(?:UE\s+|CE\s+)?de\s+conformidad|certificados?\s+de\s+conformidad"
    ),
    "product_images": (
        r"(?:fotos?|fotograf[íi]as?|im[áa]genes?)\s+(?:del|de\s+(?:los|las|la|el|sus?))\s+"
        r"(?:\w+\s+)?(?:productos?|art[íi]culos?|embalajes?|envases?|etiquetas?)"
    ),
    "business_license": (
        r"escrituras?(?:\s+de\s+constituci[óo]n)?|registro\s+mercantil"
        r"|certificado\s+de\s+(?:registro|constituci[óo]n)|licencia\s+comercial"
    ),
    "proof_of_fix": (
        r"pruebas?\s+de\s+(?:la|las|los)\s+(?:correcci[óo]n|cambio|modificaci[óo]n)\w*"
        r"|pruebas?\s+de\s+que\s+.{0,40}(?:corregid|resuelt|actualizad|modificad)\w*"
    ),
    "tracking_information": (
        r"n[úu]meros?\s+de\s+seguimiento|pruebas?\s+de\s+entrega"
        r"|informaci[óo]n\s+de\s+seguimiento"
    ),
    "distribution_agreement": r"(?:contrato|acuerdo)\s+de\s+distribuci[óo]n",
}

_NUMBERS = (
    "cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince"
    " dieciséis diecisiete dieciocho diecinueve veinte"
)
_SPAN = (
    r"{amount}\s*(?P<unit>d[íi]as?|horas?|semanas?)"
    r"(?:\s+(?P<kind>h[áa]biles|laborables|naturales))?\b"
)

LEXICON = Lexicon(
    code="es",
    policies=_POLICIES,
    documents=_DOCUMENTS,
    request=(
        r"\benv[íi]e(?:nos)?\b|\bpor\s+favor,?\s+(?:\w+\s+){0,2}?(?:env[íi]|proporcion|facilit"
        r"|present|adjunt|sub|carg|actualic|revis)\w*|\bproporci[óo]ne(?:nos)?\b"
        r"|\bfacil[íi]te(?:nos)?\b|\badjunte\b|\bnecesitamos\b"
        r"|\bdebe(?:r[áa])?\s+(?:\w+\s+)?(?:enviar|proporcionar|presentar|adjuntar|subir)"
        r"|\b(?:es|son)\s+(?:necesari[oa]s?|obligatori[oa]s?)|\bsiguientes?\s+(?:documentos"
        r"|informaci[óo]n)|\bfalta(?:n)?\b|\b(?:documentos?|informaci[óo]n)\s+(?:requerid"
        r"|solicitad|necesari)\w*|\ble\s+(?:solicitamos|pedimos|rogamos)"
    ),
    refusal=(
        r"\bno\s+(?:es|son)\s+necesari|\bno\s+(?:nos\s+)?(?:env[íi]e|adjunte|incluya|suba"
        r"|proporcione)|\bno\s+hace\s+falta|\bnunca\b|\bno\s+(?:lo\s+|los\s+)?necesitamos"
    ),
    clause_break=r"\b(?:pero|sino)\b",
    deadline_cues=(
        r"\bantes\s+del?|\ba\s+m[áa]s\s+tardar(?:\s+el)?|\bhasta\s+el"
        r"|\bfecha\s+l[íi]mite(?:\s+(?:del?|es))?|\bplazo\s+(?:hasta|vence)(?:\s+el)?"
    ),
    weekdays=r"lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo",
    articles=r"el",
    relative=(
        r"\b(?:(?:en\s+un\s+)?plazo\s+(?:m[áa]ximo\s+)?de|dentro\s+de(?:\s+los\s+pr[óo]ximos)?"
        r"|en\s+los\s+pr[óo]ximos|en)\s+" + _SPAN,
        r"\b(?:tiene|dispone\s+de|tendr[áa])\s+" + _SPAN,
        _SPAN + r"\s+(?:a\s+partir\s+de|desde|tras)\s+(?:la\s+fecha\s+de\s+)?(?:este|esta|la|el)\s+"
        r"(?:notificaci[óo]n|mensaje|correo|aviso)",
    ),
    number_words={word: value for value, word in enumerate(_NUMBERS.split())}
    | {"treinta": 30, "noventa": 90},
    hour_units=("hora",),
    week_units=("semana",),
    business_kinds=("háb", "hab", "labor"),
    asks_to_act=(
        r"\b(?:responda|env[íi]e\w*|proporcione\w*|presente|apelaci[óo]n|recurso|desactiv\w*"
        r"|necesitamos)\b|\bde\s+lo\s+contrario\b|\bsi\s+no\b"
    ),
    our_promise=r"\b\w+(?:aremos|eremos|iremos)\b|\bnos\s+pondremos\b|\brecibir[áa]\b",
    seller_duty=r"\bpor\s+favor\b|\bsi\s+(?:no|usted)\b|\bdebe\b",
)
