"""Brazilian Portuguese mail about listings (IP complaints, appeals, restored offers) and payouts.

Wording is our own.
"""

from classifiers.corpus.families import Family

_ND = ("notice-dispute@{domain}", "Amazon <notice-dispute@{domain}>")
_GREETING = ("Olá,", "Olá, {seller},")
_SIGN = ("Atenciosamente,\nAmazon.com.br", "Obrigado,\nAmazon.com.br")

PT_IP_LISTING = Family(
    id="pt-nd-listing-removed-ip",
    label="suspension",
    language="pt",
    team="notice-dispute",
    marketplaces=("BR",),
    senders=_ND,
    subjects=("Notice: Policy Warning", "Removemos alguns dos seus anúncios"),
    blocks=(
        _GREETING,
        (
            "Removemos alguns dos seus anúncios porque um detentor de direitos nos informou que eles "
            "podem violar a marca dele. Os anúncios removidos estão no final desta mensagem.",
            "Um detentor de direitos informou que pelo menos um dos seus anúncios viola os direitos "
            "autorais dele. Desativamos o anúncio.",
        ),
        ("Por que isso está acontecendo?", "O que isso significa?"),
        (
            "Anúncios que violam a propriedade intelectual de terceiros vão contra nossas políticas. "
            "Violações repetidas podem levar à desativação da sua conta.",
            "",
        ),
        (
            "Envie uma nota fiscal, carta de autorização ou contrato de licença do fabricante ou do "
            "detentor dos direitos. Não aceitamos links externos.",
            "Se você acha que a denúncia foi um erro, peça ao detentor dos direitos que a retire; ele "
            "mesmo deve nos enviar a retratação.",
        ),
        (
            "Detentor dos direitos: {rights_owner}\nID da denúncia: {complaint_id}\nASIN: {asin}",
            "Contato do detentor: {rights_owner}\nDenúncia: {complaint_id}\nASINs: {asins}",
        ),
        _SIGN,
    ),
    structure=(
        "Notice Dispute listing removal in Brazilian Portuguese: listings removed after a "
        "rights-owner report, 'Por que isso está acontecendo?', nota fiscal / authorisation / "
        "licence or a retraction, rights owner, complaint ID, ASINs. Brazilian lawyers list IP "
        "reports among suspension causes."
    ),
    phrases=("detentor de direitos", "retratação", "Notice: Policy Warning"),
    seen_at=(
        "https://giacaglia.com.br/como-elaborar-um-plano-de-acao-poa-eficaz-para-desbloqueio-de-conta-amazon-seller",
    ),
)

PT_ND_MORE_INFO = Family(
    id="pt-nd-appeal-more-info",
    label="need_more_info",
    language="pt",
    team="notice-dispute",
    marketplaces=("BR",),
    senders=_ND,
    subjects=(
        "Sua apelação do ASIN {asin}: reenvie os documentos",
        "Precisamos de mais comprovantes",
    ),
    blocks=(
        _GREETING,
        (
            "Analisamos sua apelação do ASIN {asin}, mas os documentos enviados não permitem concluir "
            "a verificação.",
            "Obrigado pelos documentos. Reenvie comprovantes que atendam aos pontos abaixo:",
        ),
        (
            "-- nome, CNPJ, endereço e telefone do fornecedor visíveis;\n-- nota fiscal emitida nos "
            "últimos 365 dias;\n-- descrição e quantidades legíveis.",
            "Precisamos de uma carta de autorização ou contrato de licença do detentor dos direitos. "
            "Não aceitamos links externos.",
        ),
        (
            'Envie até {deadline} pelo botão "Apelar" ao lado da violação na página Saúde da Conta.',
            "Formatos aceitos: JPEG, PNG ou PDF.",
        ),
        _SIGN,
    ),
    structure=(
        "Answer to a listing appeal in Brazilian Portuguese: documents not enough, what they must "
        "show (supplier CNPJ and contact, nota fiscal within 365 days) or the authorisation needed, "
        "deadline 'até {deadline}' and the Apelar button."
    ),
    phrases=("reenvie", "últimos 365 dias", "nota fiscal"),
    seen_at=(
        "https://blockhelp.com.br/como-desbloquear-sua-conta-de-vendedor-na-amazon-guia-completo-para-2024",
    ),
)

PT_LISTING_BACK = Family(
    id="pt-ah-listing-reinstated",
    label="reinstatement",
    language="pt",
    team="account-health",
    marketplaces=("BR",),
    senders=("notice-dispute@{domain}", "seller-notification@{domain}"),
    subjects=("Seu anúncio foi reativado", "Denúncia retirada: ASIN {asin}"),
    blocks=(
        _GREETING,
        (
            "O detentor dos direitos retirou a denúncia. Reativamos o anúncio abaixo.",
            "Analisamos seus documentos e restauramos os anúncios afetados.",
        ),
        ("ASIN: {asin}", "ASINs: {asins}"),
        (
            "A violação foi removida da sua página Saúde da Conta. O anúncio pode levar até 24 horas "
            "para voltar a aparecer.",
            "",
        ),
        _SIGN,
    ),
    structure=(
        "Listing back in Brazilian Portuguese: retraction or documents accepted, listing "
        "reactivated, violation removed from Saúde da Conta."
    ),
    phrases=("retirou a denúncia", "reativado", "restauramos"),
    seen_at=("https://venda.amazon.com.br/sellerblog/conta-de-vendedor-suspensa-na-amazon.html",),
)

PT_PAYOUT = Family(
    id="pt-other-payout-and-order",
    label="other",
    language="pt",
    team="marketplace",
    marketplaces=("BR",),
    senders=("payments-messages@{domain}", "seller-notification@{domain}"),
    subjects=("Seu repasse foi enviado", "Vendido, envie agora: {product}"),
    blocks=(
        ("Olá, {seller},", "Olá,"),
        (
            "Em {date}, transferimos {amount} para sua conta bancária. O valor pode levar de 3 a 5 "
            "dias úteis para aparecer.",
            "Você recebeu um pedido ({order_id}) de {product}. Envie-o até a data de envio prevista.",
        ),
        ("Seus relatórios de pagamento estão disponíveis na Central do Vendedor.", ""),
        ("Amazon.com.br", "Equipe Venda na Amazon"),
    ),
    structure="Everyday Brazilian seller mail: payout with amount and date, or sold-ship-now. Other.",
    phrases=("repasse", "envie agora"),
    seen_at=("https://venda.amazon.com.br/sellerblog/conta-de-vendedor-suspensa-na-amazon.html",),
)

FAMILIES: tuple[Family, ...] = (PT_IP_LISTING, PT_ND_MORE_INFO, PT_LISTING_BACK, PT_PAYOUT)
