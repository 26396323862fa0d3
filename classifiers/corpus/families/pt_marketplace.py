"""Portuguese everyday marketplace mail: the A-to-z claim and the return request.

Both name an order and a deadline (48 hours, 24 hours) and ask the seller to
act, yet neither is about the account's standing: `other`. Wording is our own.
"""

from classifiers.corpus.families import Family

_HELLO = ("Olá,", "Olá, {seller},", "Prezado(a) vendedor(a),")
_SIGN = ("Atenciosamente,\nAmazon.com.br", "Obrigado por vender na Amazon.")

PT_ATOZ = Family(
    id="pt-mk-atoz-claim",
    label="other",
    language="pt",
    team="marketplace",
    marketplaces=("BR",),
    senders=("atoz-guarantee-no-reply@amazon.com.br", "seller-notification@amazon.com.br"),
    subjects=(
        "Reivindicação da Garantia de A a Z para o pedido {order_id}",
        "Ação necessária: responda a uma reivindicação de A a Z",
    ),
    blocks=(
        _HELLO,
        (
            "Um cliente abriu uma reivindicação da Garantia de A a Z para o pedido {order_id} ({product}). "
            "Motivo: item não recebido.",
            "Precisamos de mais informações sobre o pedido {order_id} para investigar a reivindicação do "
            "cliente.",
        ),
        (
            "Responda em até 48 horas com o código de rastreamento e o comprovante de entrega. Se você não "
            "responder, a reivindicação será concedida e {amount} será debitado da sua conta.",
            "Você pode apresentar sua versão ou reembolsar o cliente para encerrar a reivindicação.",
        ),
        (
            "Responda em Desempenho > Reivindicações da Garantia de A a Z: {link}",
            "Use o botão Responder à Amazon na reivindicação.",
        ),
        _SIGN,
    ),
    structure=(
        "Order-level claim notice: claim filed for an order, what to send (tracking, proof of "
        "delivery) within 48 hours, where to respond. About one order, not the account: other."
    ),
    phrases=("Garantia de A a Z", "Responder à Amazon", "48 horas"),
    seen_at=(
        "https://sellercentral.amazon.com.br/gp/help/external/1781?language=pt_BR&ref=efph_1781_cont_200399470",
    ),
)

PT_RETURN = Family(
    id="pt-mk-return-request",
    label="other",
    language="pt",
    team="marketplace",
    marketplaces=("BR",),
    senders=("return@amazon.com.br", "seller-notification@amazon.com.br"),
    subjects=("Solicitação de devolução: pedido {order_id}", "Um cliente quer devolver um item"),
    blocks=(
        _HELLO,
        (
            "O cliente do pedido {order_id} solicitou a devolução de {product}. Motivo: produto com defeito.",
            "Recebemos uma nova solicitação de devolução para o pedido {order_id}.",
        ),
        (
            "Autorize ou feche a solicitação em Pedidos > Gerenciar devoluções. Recomendamos responder em "
            "até 24 horas.",
            "Depois de receber o item devolvido, emita o reembolso ao cliente.",
        ),
        ("Gerenciar devoluções: {link}", ""),
        _SIGN,
    ),
    structure=(
        "Return request e-mail: order, product and reason, authorise or close it on Gerenciar "
        "devoluções, refund after the item arrives. Customer service: other."
    ),
    phrases=("solicitação de devolução", "Gerenciar devoluções"),
    seen_at=(
        "https://sellercentral.amazon.com.br/gp/help/external/help.html?itemID=200828040&language=pt_BR&ref=efph_200828040_relt_201725780",
    ),
)

FAMILIES: tuple[Family, ...] = (PT_ATOZ, PT_RETURN)
