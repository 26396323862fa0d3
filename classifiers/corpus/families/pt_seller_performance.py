"""Brazilian Portuguese Seller Performance mail (Amazon.com.br).

Brazilian notices cite "a seção 3 do Contrato de Soluções de Negócios da Amazon",
call the plan "Plano de Ação", the dashboard "Saúde da Conta" and the notices page
"Notificações de Desempenho". Every wording is our own.
"""

from classifiers.corpus.families import Family

_SENDERS = (
    "seller-performance@{domain}",
    "Desempenho do Vendedor Amazon <seller-performance@{domain}>",
    "seller-notification@{domain}",
)
_GREETING = ("Olá,", "Olá, {seller},", "Prezado vendedor,")
_SIGN = (
    "Atenciosamente,\nEquipe de Desempenho do Vendedor\n{marketplace}",
    "Obrigado,\n{marketplace}",
)

PT_DEACTIVATION = Family(
    id="pt-sp-account-deactivated",
    label="suspension",
    language="pt",
    team="seller-performance",
    marketplaces=("BR",),
    senders=_SENDERS,
    subjects=(
        "Sua conta de vendedor da Amazon foi desativada",
        "Privilégios de venda removidos",
        "Ação necessária: sua conta de vendedor está desativada",
    ),
    blocks=(
        _GREETING,
        (
            "Sua conta de vendedor da Amazon foi desativada de acordo com a seção 3 do Contrato de "
            "Soluções de Negócios da Amazon. Seus anúncios foram removidos e o saldo ficará retido "
            "na conta enquanto trabalhamos com você para resolver o problema.",
            "Removemos seus privilégios de venda na {marketplace} e desativamos seus anúncios. "
            "Continue enviando os pedidos em aberto para evitar mais impacto na sua conta.",
        ),
        ("Por que isso está acontecendo?", "Por que isso aconteceu?", "Motivo:"),
        (
            "Recebemos reclamações de clientes sobre a autenticidade de itens vendidos pela sua "
            "conta. ASINs afetados: {asins}",
            "Sua conta está relacionada a outra conta que não tem mais permissão para vender na "
            "Amazon.",
            "Sua taxa de defeitos em pedidos está acima da meta de 1%.",
            "Os dados fiscais informados não correspondem aos documentos da empresa.",
        ),
        ("Como reativo minha conta?", "Como posso reativar minha conta?"),
        (
            "Envie um Plano de Ação que explique:\n-- a causa raiz do problema;\n-- as medidas que "
            "você já tomou para resolvê-lo;\n-- as medidas para evitar que ele se repita.",
            'Envie sua apelação pelo botão "Apelar" na página Saúde da Conta, com seu Plano '
            "de Ação: causa raiz, ações imediatas e medidas preventivas.",
            "Se você acredita que houve um erro, envie uma explicação com documentos que mostrem que "
            "sua conta cumpre nossas políticas.",
        ),
        (
            "Se não recebermos um Plano de Ação aceitável até {deadline}, sua conta continuará "
            "desativada e o saldo poderá ficar retido por 90 dias ou mais.",
            "Responda até {deadline}.",
            "Se você não enviar um Plano de Ação aceitável em até 17 dias, poderá não conseguir mais "
            "vender na Amazon.",
            "",
        ),
        (
            "Você pode acompanhar o desempenho da sua conta em: {link}",
            "Consulte a página Saúde da Conta para ver o status da sua conta: {link}",
            "",
        ),
        _SIGN,
    ),
    structure=(
        "Brazilian deactivation: section 3 of the Contrato de Soluções de Negócios, listings "
        "removed, balance held, keep shipping; 'Por que isso está acontecendo?' with the reason "
        "(authenticity complaints with ASINs, related account, order defect rate, tax data that "
        "does not match); 'Como reativo minha conta?' with the three-part Plano de Ação or an "
        "explanation if in error; deadline 'até {deadline}'; Saúde da Conta link."
    ),
    phrases=(
        "seção 3 do Contrato de Soluções de Negócios da Amazon",
        "Plano de Ação",
        "Saúde da Conta",
        "Privilégios de venda removidos",
        "Notificações de Desempenho",
    ),
    seen_at=(
        "https://tomazapp.adv.br/2022/12/15/conta-suspensa-na-amazon-veja-como-recuperar-em-4-passos/",
        "https://venda.amazon.com.br/sellerblog/conta-de-vendedor-suspensa-na-amazon.html",
    ),
)

PT_NEED_MORE_INFO = Family(
    id="pt-sp-appeal-more-info",
    label="need_more_info",
    language="pt",
    team="seller-performance",
    marketplaces=("BR",),
    senders=_SENDERS,
    subjects=("Sua apelação: precisamos de mais informações", "RE: Reativação da sua conta"),
    blocks=(
        _GREETING,
        (
            "Obrigado pela sua apelação. Analisamos as informações enviadas, mas elas não são "
            "suficientes para reativar sua conta.",
            "Antes de considerar a restauração dos seus privilégios de venda, precisamos do seguinte.",
        ),
        (
            "Envie:\n-- notas fiscais de compra dos últimos 365 dias com CNPJ, endereço e telefone "
            "do fornecedor;\n-- uma relação entre as quantidades das notas e as vendas de {asins}.",
            "Seu Plano de Ação não identifica uma causa raiz específica. Explique:\n1. o que causou "
            "as reclamações;\n2. quais medidas foram tomadas e quando;\n3. como você vai acompanhar "
            "os resultados.",
            "O comprovante de endereço enviado tem mais de 90 dias e não corresponde ao endereço "
            "cadastrado. Envie um documento recente.",
        ),
        (
            "Envie os documentos até {deadline} pela página Saúde da Conta.",
            'Use o botão "Apelar" ao lado desta notificação em Notificações de Desempenho.',
        ),
        _SIGN,
    ),
    structure=(
        "Thanks for the apelação, not sufficient / before reinstatement we need, then exactly what "
        "is missing (notas fiscais with supplier CNPJ and contact, a specific root cause, a recent "
        "proof of address), deadline 'até {deadline}' or the Apelar button. Brazilian version of "
        "the English letter; Brazilian lawyers describe the document rounds."
    ),
    phrases=("não são suficientes", "notas fiscais", "até"),
    seen_at=("https://giacaglia.com.br/passo-a-passo-para-reativar-sua-conta-amazon-suspensa",),
)

PT_ACK = Family(
    id="pt-sp-appeal-received",
    label="acknowledgement",
    language="pt",
    team="seller-performance",
    marketplaces=("BR",),
    senders=_SENDERS,
    subjects=("Recebemos sua apelação", "Confirmação de recebimento: Plano de Ação"),
    blocks=(
        _GREETING,
        (
            "Recebemos sua apelação e ela está em análise.",
            "Obrigado por enviar seu Plano de Ação. Nossa equipe está analisando as informações.",
        ),
        (
            "Normalmente respondemos por e-mail em até 48 horas.",
            "Entraremos em contato assim que a análise for concluída.",
        ),
        ("Não é necessário reenviar a mesma apelação.", ""),
        _SIGN,
    ),
    structure=(
        "Receipt only: apelação / plan received and under analysis, answer by e-mail usually within "
        "48 hours, no need to resend. Brazilian version of the English receipt."
    ),
    phrases=("Recebemos sua apelação", "em análise", "48 horas"),
    seen_at=(
        "https://giacaglia.com.br/como-elaborar-um-plano-de-acao-poa-eficaz-para-desbloqueio-de-conta-amazon-seller",
    ),
)

PT_REINSTATED = Family(
    id="pt-sp-account-reinstated",
    label="reinstatement",
    language="pt",
    team="seller-performance",
    marketplaces=("BR",),
    senders=_SENDERS,
    subjects=("Sua conta de vendedor foi reativada", "Seus privilégios de venda foram restaurados"),
    blocks=(
        _GREETING,
        (
            "Analisamos sua conta e as informações enviadas e você pode voltar a vender na Amazon.",
            "Boa notícia: seus privilégios de venda foram restaurados e sua conta está ativa "
            "novamente.",
        ),
        (
            "Seus anúncios voltarão a aparecer em até 24 horas.",
            "Os repasses voltarão a seguir o calendário normal.",
        ),
        ("Continue aplicando as medidas do seu Plano de Ação.", ""),
        _SIGN,
    ),
    structure=(
        "Reinstatement: you may sell again / privileges restored, listings back within a day, "
        "payouts on schedule. Brazilian version of the English reinstatement; Amazon's Brazilian "
        "seller blog describes getting the account active again."
    ),
    phrases=("voltar a vender na Amazon", "restaurados", "reativada"),
    seen_at=("https://venda.amazon.com.br/sellerblog/conta-de-vendedor-suspensa-na-amazon.html",),
)

PT_DENIAL = Family(
    id="pt-sp-appeal-denied",
    label="generic_denial",
    language="pt",
    team="seller-performance",
    marketplaces=("BR",),
    senders=_SENDERS,
    subjects=("Decisão sobre sua apelação", "Sua conta continua desativada"),
    blocks=(
        _GREETING,
        (
            "Analisamos seu Plano de Ação, mas ele não resolve nossas preocupações. Por isso, não "
            "podemos reativar sua conta.",
            "Após uma análise cuidadosa da sua apelação, decidimos não restaurar seus privilégios de "
            "venda.",
        ),
        (
            "Você não pode mais vender na Amazon.",
            "Sua conta continuará desativada. Talvez não respondamos a novas mensagens sobre este "
            "assunto.",
        ),
        ("O saldo restante será liberado, em geral, após 90 dias.", ""),
        _SIGN,
    ),
    structure=(
        "Short refusal: the plan does not resolve our concerns / decided not to restore selling "
        "privileges, you can no longer sell, further messages may go unanswered, balance after 90 "
        "days. Names nothing to fix. Brazilian version of the English denial."
    ),
    phrases=("não resolve nossas preocupações", "não pode mais vender na Amazon"),
    seen_at=("https://pedromiguellaw.com/conta-amazon-bloqueada/?amp=1",),
)

FAMILIES: tuple[Family, ...] = (
    PT_DEACTIVATION,
    PT_NEED_MORE_INFO,
    PT_ACK,
    PT_REINSTATED,
    PT_DENIAL,
)
