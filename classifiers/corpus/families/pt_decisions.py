"""Brazilian Portuguese decisions: selling privileges removed for a metric, and the
final refusal.

Amazon.com.br versions of the English letters quoted on the UK/EU forums (said
in ``structure``); wording is our own.
"""

from classifiers.corpus.families import Family

_FORUM = (
    "https://sellercentral-europe.amazon.com/forums/t/"
    "your-amazon-co-uk-selling-privileges-have-been-removed/243857"
)

PT_METRIC_REMOVAL = Family(
    id="pt-sp-order-defect-removal",
    label="suspension",
    language="pt",
    team="seller-performance",
    marketplaces=("BR",),
    senders=("seller-performance@{domain}", "performance-notifications@{domain}"),
    subjects=(
        "Seus privilégios de venda na {marketplace} foram removidos",
        "Taxa de defeitos em pedidos acima da meta",
    ),
    blocks=(
        ("Olá,", "Olá, {seller},"),
        (
            "Sua taxa de defeitos em pedidos é de {rate}, acima da nossa meta de menos de 1%. Por "
            "isso removemos seus privilégios de venda.",
            "Seus pedidos tiveram problemas demais nos últimos tempos: sua taxa de envio atrasado "
            "é de {rate}. No momento você não pode vender na {marketplace}.",
        ),
        (
            "Os valores não serão transferidos e ficarão retidos na sua conta.",
            "Seus anúncios foram removidos e os repasses estão suspensos.",
        ),
        (
            "Para recuperar seus privilégios de venda, envie um Plano de Ação: causas, medidas já "
            "tomadas e como vai evitar novos defeitos.",
            "O que fazer? Envie pela página Saúde da Conta um Plano de Ação que explique a causa e "
            "as correções.",
        ),
        ("Atenciosamente,\nEquipe de Desempenho do Vendedor", "Amazon.com.br"),
    ),
    structure=(
        "Privileges removed because a metric (order defect rate, late shipment rate) is above "
        "target: rate named, funds held, listings removed, send a Plano de Ação. Amazon.com.br "
        "version of the letter quoted on the UK forum."
    ),
    phrases=("privilégios de venda", "taxa de defeitos em pedidos", "Plano de Ação"),
    seen_at=(_FORUM,),
)

PT_FINAL = Family(
    id="pt-sp-denial-final",
    label="generic_denial",
    language="pt",
    team="seller-performance",
    marketplaces=("BR",),
    senders=("seller-performance@{domain}",),
    subjects=("Sua apelação foi recusada", "Decisão final sobre sua conta"),
    blocks=(
        ("Olá,", "Olá, {seller},"),
        (
            "Analisamos sua apelação novamente. Sua conta continua desativada e não podemos "
            "reativá-la.",
            "Depois de rever seus documentos, nossa decisão é final: seus privilégios de venda "
            "não serão restabelecidos.",
            "Seu Plano de Ação não resolve nossas preocupações. Não é possível restabelecer a conta.",
        ),
        (
            "Novas apelações não serão analisadas e talvez não respondamos a mensagens sobre este "
            "assunto.",
            "Esta decisão não será revista.",
        ),
        ("Atenciosamente,\nEquipe de Desempenho do Vendedor", "Amazon.com.br"),
    ),
    structure=(
        "Final refusal after a re-review: account stays deactivated, cannot be reactivated, "
        "no reason named, further appeals not reviewed. Amazon.com.br version of the final "
        "denial quoted on the EU forum."
    ),
    phrases=("continua desativada", "decisão é final"),
    seen_at=(
        "https://sellercentral-europe.amazon.com/seller-forums/discussions/t/0fec2a04abba9b88647cf17640ee01e3",
    ),
)

FAMILIES: tuple[Family, ...] = (PT_METRIC_REMOVAL, PT_FINAL)
