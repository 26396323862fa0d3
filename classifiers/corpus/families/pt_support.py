"""Portuguese closed-address replies, Seller Support receipts and requests for documents.

Portuguese had no redirect family; these are the Brazilian-marketplace versions
of mail every marketplace sends. Wording is our own.
"""

from classifiers.corpus.families import Family

_HELLO = ("Olá,", "Prezado(a) {seller},", "Caro vendedor,")

PT_CLOSED = Family(
    id="pt-sp-closed-address-reply",
    label="redirect_closed_queue",
    language="pt",
    team="seller-performance",
    marketplaces=("BR",),
    senders=("seller-performance@amazon.com.br", "no-reply@amazon.com.br"),
    subjects=(
        "Resposta automática: este endereço não recebe recursos",
        "Re: plano de ação",
        "Sua mensagem não foi processada",
    ),
    blocks=(
        ("Esta é uma mensagem automática.", *_HELLO),
        (
            "Este endereço de e-mail é usado apenas para envio. Sua mensagem não foi lida.",
            "Não aceitamos mais recursos ou planos de ação por este endereço.",
            "Sua mensagem não foi encaminhada à equipe que analisa recursos.",
        ),
        (
            "Para recorrer, acesse a página Saúde da Conta no Seller Central ({link}) e clique em Recorrer.",
            "Encontre a notificação na página Notificações de Desempenho e use o botão Recorrer ao lado dela.",
            "Para outras dúvidas, entre em contato com o Suporte ao Parceiro de Vendas pela Ajuda: {link}",
        ),
        ("Atenciosamente,\nAmazon.com.br", "Equipe de Desempenho do Vendedor"),
    ),
    structure=(
        "Auto-reply from a send-only or retired address: not read, appeals only via Saúde da Conta "
        "/ the Recorrer button on Notificações de Desempenho, or Seller Support. Portuguese version "
        "of the closed-queue reply."
    ),
    phrases=("usado apenas para envio", "Saúde da Conta", "Notificações de Desempenho"),
    seen_at=(
        "https://venda.amazon.com.br/sellerblog/conta-de-vendedor-suspensa-na-amazon.html",
        "https://www.adspower.com/pt/blog/fix-amazon-account-suspended",
    ),
)

PT_CASE_FORWARDED = Family(
    id="pt-ss-case-forwarded",
    label="acknowledgement",
    language="pt",
    team="seller-support",
    marketplaces=("BR",),
    senders=(
        "seller-support@amazon.com.br",
        "Suporte ao Parceiro de Vendas <seller-support@amazon.com.br>",
    ),
    subjects=("Recebemos seu caso (ID {case_id})", "Seu caso {case_id} foi encaminhado"),
    blocks=(
        _HELLO,
        (
            "Obrigado por entrar em contato com o Suporte ao Parceiro de Vendas. Encaminhamos seu caso à "
            "equipe responsável.",
            "Recebemos sua solicitação. ID do caso: {case_id}.",
        ),
        (
            "Essa equipe responderá diretamente por e-mail, normalmente em até dois dias úteis.",
            "Adicione informações pelo registro do caso; não abra um novo caso sobre o mesmo assunto.",
        ),
        ("Atenciosamente,\nSuporte ao Parceiro de Vendas", "Amazon.com.br"),
    ),
    structure=(
        "Seller Support receipt: case received or forwarded, answer by e-mail in a few working "
        "days, add to the case log. No decision: acknowledgement."
    ),
    phrases=("Suporte ao Parceiro de Vendas", "ID do caso", "encaminhamos"),
    seen_at=(
        "https://tomazapp.adv.br/2022/12/15/conta-suspensa-na-amazon-veja-como-recuperar-em-4-passos/",
    ),
)

PT_VERIFY_MORE = Family(
    id="pt-sv-verification-more-info",
    label="need_more_info",
    language="pt",
    team="seller-performance",
    marketplaces=("BR",),
    senders=("seller-verification@amazon.com.br", "seller-performance@amazon.com.br"),
    subjects=(
        "Precisamos de mais informações para verificar sua identidade",
        "Seus documentos não foram aceitos",
    ),
    blocks=(
        _HELLO,
        (
            "Obrigado pelos documentos. Ainda não conseguimos verificar sua identidade com o que foi enviado.",
            "Analisamos seus documentos, mas eles não atendem aos nossos requisitos.",
        ),
        (
            "Envie o seguinte:\n- comprovante de endereço (conta de luz, água ou internet) dos últimos 90 "
            "dias com nome e endereço;\n- cartão CNPJ ou contrato social.",
            "O que falta:\n1. o endereço do comprovante não corresponde ao do Seller Central;\n"
            "2. o documento tem mais de 90 dias;\n3. não aceitamos capturas de tela.",
        ),
        (
            "Envie os arquivos em PDF, PNG, JPEG ou GIF pelo banner da página Saúde da Conta.",
            "Envie os documentos até {deadline}.",
        ),
        ("Atenciosamente,\nEquipe de Desempenho do Vendedor", "Amazon.com.br"),
    ),
    structure=(
        "Verification documents not accepted yet: a '-' or numbered list (recent proof of address, "
        "CNPJ card; address mismatch, older than 90 days, no screenshots), formats, upload via the "
        "Account Health banner, a date."
    ),
    phrases=("últimos 90 dias", "capturas de tela", "verificar sua identidade"),
    seen_at=("https://giacaglia.com.br/passo-a-passo-para-reativar-sua-conta-amazon-suspensa",),
)

PT_DENIAL_AH = Family(
    id="pt-ah-appeal-denied",
    label="generic_denial",
    language="pt",
    team="account-health",
    marketplaces=("BR",),
    senders=("account-health@amazon.com.br", "seller-notification@amazon.com.br"),
    subjects=("Seu recurso não foi aprovado", "Resultado do seu recurso: ASIN {asin}"),
    blocks=(
        _HELLO,
        (
            "Analisamos seu recurso, mas as informações enviadas não resolvem nossas preocupações.",
            "Após a análise, não podemos reativar o anúncio nem remover a violação.",
        ),
        (
            "O anúncio continuará inativo e a violação permanece na página Saúde da Conta.",
            "Esta decisão é definitiva; talvez não respondamos a novas mensagens sobre este assunto.",
        ),
        ("Atenciosamente,\nAmazon.com.br", "Equipe Saúde da Conta"),
    ),
    structure=(
        "Short rejection of a listing appeal from Account Health: reviewed, does not address our "
        "concerns, listing stays inactive, violation stays; maybe 'final'. No documents named."
    ),
    phrases=("não resolvem nossas preocupações", "decisão é definitiva"),
    seen_at=("https://pedromiguellaw.com/conta-amazon-bloqueada/?amp=1",),
)

PT_NOREPLY = Family(
    id="pt-ss-noreply-redirect",
    label="redirect_closed_queue",
    language="pt",
    team="seller-support",
    marketplaces=("BR",),
    senders=("no-reply@amazon.com.br", "nao-responda@amazon.com.br"),
    subjects=(
        "Não responda a este e-mail",
        "Resposta automática: fale conosco pelo Seller Central",
    ),
    blocks=(
        ("Esta mensagem foi enviada automaticamente.", "Olá,"),
        (
            "Não conseguimos ler respostas enviadas para este endereço.",
            "Seu e-mail não chegou até nós.",
        ),
        (
            "Se tiver dúvidas, fale com o Suporte ao Parceiro de Vendas em Ajuda > Obter suporte no "
            "Seller Central: {link}",
            "Para contestar uma desativação ou um aviso, siga as instruções da página Saúde da Conta.",
        ),
        ("Amazon.com.br", "Equipe Amazon"),
    ),
    structure=(
        "No-reply auto-answer in Portuguese: replies are not read, contact Seller Support via "
        "Ajuda, appeals via Saúde da Conta."
    ),
    phrases=("Não responda a este e-mail", "Suporte ao Parceiro de Vendas", "Saúde da Conta"),
    seen_at=("https://venda.amazon.com.br/sellerblog/conta-de-vendedor-suspensa-na-amazon.html",),
)

FAMILIES: tuple[Family, ...] = (
    PT_CLOSED,
    PT_CASE_FORWARDED,
    PT_VERIFY_MORE,
    PT_DENIAL_AH,
    PT_NOREPLY,
)
