"""Portuguese (amazon.com.br): Brazil's "nota fiscal" is the invoice; accents may be dropped."""

from __future__ import annotations

from intake.extract.languages.lexicon import Lexicon

_POLICIES = {
    "condition": r"usad[oa]s?\s+vendid[oa]s?\s+como\s+nov[oa]s?",
    "inauthentic": (
        r"falsificad[oa]s?|inaut[êe]ntic[oa]s?|n[ãa]o\s+(?:s[ãa]o\s+|[ée]\s+)?aut[êe]ntic[oa]s?"
        r"|autenticidade|contrafeit[oa]s?|piratead[oa]s?"
    ),
    "intellectual_property": (
        r"propriedade\s+intelectual|marcas?\s+registradas?|direitos?\s+autora(?:is|l)"
        r"|\bpatentes?\b(?!\s+di\s+guida)|titular\s+d[oa]s?\s+direitos|viola[çc][ãa]o\s+de\s+marca"
    ),
    "order_defect_rate": r"taxa\s+de\s+defeitos?\s+(?:em|de|nos)\s+pedidos",
    "late_shipment": r"(?:envio|expedi[çc][ãa]o)\s+(?:com\s+)?atrasad[oa]|envio\s+tardio",
    "cancellation_rate": r"taxa\s+de\s+cancelamento",
    "valid_tracking": r"taxa\s+de\s+rastreamento\s+v[áa]lido",
    "related_accounts": (
        r"contas?\s+(?:relacionadas?|vinculadas?|associadas?)"
        r"|(?:relacionad|vinculad)[oa]\s+a\s+outra\s+conta"
    ),
    "dangerous_goods": r"produtos\s+perigosos|materiais\s+perigosos|mercadorias\s+perigosas",
    "restricted_products": r"produtos?\s+(?:restritos?|proibidos?)",
    "pricing": r"pre[çc]os?\s+(?:justos?|abusivos?)|pol[íi]tica\s+de\s+pre[çc]os",
    "reviews": r"manipula[çc][ãa]o\s+de\s+avalia[çc][õo]es|pol[íi]tica\s+de\s+avalia[çc][õo]es",
    "identity_verification": r"verifica[çc][ãa]o\s+de\s+identidade|verificar\s+sua\s+identidade",
    "product_safety": r"seguran[çc]a\s+d[oe]s?\s+produtos?|reclama[çc][ãa]o\s+de\s+seguran[çc]a",
    "listing_policy": r"pol[íi]tica\s+de\s+an[úu]ncios|regras\s+da\s+p[áa]gina\s+de\s+detalhes",
    "code_of_conduct": r"c[óo]digo\s+de\s+conduta",
}

_DOCUMENTS = {
    "invoices": (
        r"\bnotas?\s+fisca(?:l|is)\b|\bfaturas?\b(?!\s+do\s+cart)|comprovantes?\s+de\s+compra"
        r"|recibos?\s+de\s+compra"
    ),
    "supplier_contacts": (
        r"(?:informa[çc][õo]es\s+de\s+)?contato\s+d[oe]s?\s+(?:seus?\s+)?fornecedor\w*"
        r"|dados\s+d[oe]s?\s+(?:seus?\s+)?fornecedor\w*"
        r"|\b(?:nome|endere[çc]o|telefone|e-mail|site)\b[\w\s,]{0,60}\bd[oe]s?\s+(?:seus?\s+)?"
        r"fornecedor"
    ),
    "letter_of_authorization": (
        r"cartas?\s+de\s+autoriza[çc][ãa]o|autoriza[çc][ãa]o\s+d[oe]\s+(?:titular|propriet[áa]rio)"
    ),
    "plan_of_action": r"plano\s+de\s+a[çc][ãa]o",
    "identity_document": (
        r"documento\s+de\s+identidade|passaporte|carteira\s+de\s+motorista|\bRG\b|\bCNH\b"
    ),
    "utility_bill": (
        r"conta\s+de\s+(?:luz|[áa]gua|g[áa]s|servi[çc]os\s+p[úu]blicos|consumo)"
        r"|comprovante\s+de\s+(?:endere[çc]o|resid[êe]ncia)"
    ),
    "bank_statement": r"extratos?\s+banc[áa]rios?|faturas?\s+do\s+cart[ãa]o\s+de\s+cr[ée]dito",
    "safety_data_sheet": r"fichas?\s+de\s+(?:informa[çc][õo]es\s+de\s+)?seguran[çc]a|\bFISPQ\b",
    "test_report": r"relat[óo]rios?\s+de\s+(?:teste|ensaio)|laudos?\s+(?:t[ée]cnicos?|de\s+ensaio)",
    "compliance_certificate": (
        r"certificados?\s+de\s+conformidade|declara[çc][ãa]o\s+de\s+conformidade"
    ),
    "product_images": (
        r"(?:fotos|imagens)\s+d[oae]s?\s+(?:seus?\s+)?(?:produtos?|embalage(?:m|ns)|r[óo]tulos?"
        r"|etiquetas?)"
    ),
    "business_license": (
        r"contrato\s+social|\bCNPJ\b|registro\s+da\s+empresa|licen[çc]a\s+comercial"
    ),
    "proof_of_fix": r"comprova[çc][ãa]o\s+d[ae]s?\s+(?:corre[çc]|altera[çc])\w*",
    "tracking_information": r"c[óo]digos?\s+de\s+rastreamento|comprovantes?\s+de\s+entrega",
    "distribution_agreement": r"contrato\s+de\s+distribui[çc][ãa]o",
}

_NUMBERS = (
    "zero um dois três quatro cinco seis sete oito nove dez onze doze treze catorze quinze"
    " dezesseis dezessete dezoito dezenove vinte"
)
_SPAN = (
    r"{amount}\s*(?P<unit>dias?|horas?|semanas?)"
    r"(?:\s+(?P<kind>[úu]teis|corridos))?\b"
)

LEXICON = Lexicon(
    code="pt",
    policies=_POLICIES,
    documents=_DOCUMENTS,
    request=(
        r"\bpor\s+favor,?\s+(?:\w+\s+){0,2}?(?:envi|forne[çc]|apresent|anex|carreg|atualiz"
        r"|revis)\w*|\b(?:envie|forne[çc]a|apresente|anexe|carregue)(?:-nos)?\b"
        r"|\bprecisamos\s+d[eoa]s?\b|\b(?:[ée]|s[ãa]o)\s+(?:necess[áa]ri|obrigat[óo]ri)[oa]s?"
        r"|\bdeve(?:r[áa])?\s+(?:\w+\s+)?(?:enviar|fornecer|apresentar|anexar)"
        r"|\bseguintes\s+(?:documentos|informa[çc][õo]es)|\bfalta(?:m)?\b"
        r"|\b(?:solicitamos|pedimos)\b"
    ),
    refusal=(
        r"\bn[ãa]o\s+(?:[ée]|s[ãa]o)\s+necess[áa]ri|\bn[ãa]o\s+(?:nos\s+)?(?:envie|anexe"
        r"|forne[çc]a)|\bnunca\b|\bn[ãa]o\s+precisa"
    ),
    clause_break=r"\b(?:mas|por[ée]m)\b",
    deadline_cues=(
        r"\bat[ée](?:\s+o)?(?:\s+dia)?|\bprazo(?:\s+(?:final|at[ée]|limite))?(?:\s+[ée])?"
        r"|\bantes\s+d[eo]|\bno\s+m[áa]ximo\s+at[ée]|\bdata\s+limite(?:\s+[ée])?"
    ),
    weekdays=r"segunda-feira|ter[çc]a-feira|quarta-feira|quinta-feira|sexta-feira|s[áa]bado|domingo",
    articles=r"o|dia",
    relative=(
        r"\b(?:dentro\s+de|no\s+prazo\s+de|nos\s+pr[óo]ximos|em\s+at[ée]|em)\s+" + _SPAN,
        r"\b(?:voc[êe]\s+tem|tem|ter[áa])\s+" + _SPAN,
    ),
    number_words={word: value for value, word in enumerate(_NUMBERS.split())}
    | {"trinta": 30, "noventa": 90},
    hour_units=("hora",),
    week_units=("semana",),
    business_kinds=("úte", "ute"),
    asks_to_act=(
        r"\b(?:responda|envie\w*|enviar|forne[çc]a\w*|fornecer|apresente|apresentar|deve|recurso|apela[çc][ãa]o|plano\s+de\s+a[çc][ãa]o"
        r"|desativ\w*|remov\w*)\b|\bcaso\s+contr[áa]rio\b|\bpor\s+favor\b"
    ),
    our_promise=r"\b\w+(?:aremos|eremos|iremos)\b|\b(?:vamos|iremos)\b|\bvoc[êe]\s+receber[áa]\b",
    seller_duty=r"\bpor\s+favor\b|\b(?:se|caso)\s+voc[êe]\b|\bvoc[êe]\s+(?:deve|precisa)\b",
)
