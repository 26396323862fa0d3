"""Brazilian Portuguese follow-up letters: reviews and verifications that end well,
Account Health receipts, listing-appeal refusals and a consultant's newsletter.

Where only the English letter was found, the family is the Amazon.com.br version
(said in ``structure``). Wording is our own.
"""

from classifiers.corpus.families import Family

_GREETING = ("Olá,", "Olá, {seller},", "Prezado vendedor,")

PT_REVIEW_DONE = Family(
    id="pt-sp-fbm-review-complete",
    label="reinstatement",
    language="pt",
    team="seller-performance",
    marketplaces=("BR",),
    senders=("seller-performance@{domain}", "seller-notification@{domain}"),
    subjects=("Análise da sua conta de vendedor concluída", "Seus anúncios estão ativos novamente"),
    blocks=(
        _GREETING,
        (
            "Confirmamos a entrega dos seus pedidos recentes enviados pelo vendedor. A análise "
            "temporária da sua conta foi concluída.",
            "A verificação da sua atividade de vendas terminou e as restrições temporárias foram "
            "retiradas.",
            "Obrigado pela paciência: sua conta foi aprovada na nossa análise.",
        ),
        (
            "Seus anúncios foram reativados automaticamente.",
            "Os anúncios com envio pelo vendedor voltaram a aparecer para os clientes.",
            "Você já pode voltar a vender normalmente.",
        ),
        (
            "Os repasses voltam a seguir o seu calendário normal.",
            "Seu saldo será transferido na próxima data de pagamento programada.",
            "",
        ),
        ("Nenhuma ação é necessária da sua parte.", ""),
        ("Atenciosamente,\nAmazon.com.br", "Equipe de Desempenho do Vendedor"),
    ),
    structure=(
        "End of the temporary FBM account review: deliveries confirmed, listings reactivated "
        "automatically, payouts on the normal schedule. Amazon.com.br version of the outcome "
        "the Dutch and German help pages describe."
    ),
    phrases=("reativados automaticamente", "calendário normal"),
    seen_at=(
        "https://sellercentral.amazon.nl/gp/help/external/help.html?itemID=200320980&language=nl_NL&ref=efph_200320980_cont_69039",
    ),
)

PT_VERIFY_OK = Family(
    id="pt-sv-verification-complete",
    label="reinstatement",
    language="pt",
    team="seller-performance",
    marketplaces=("BR",),
    senders=("seller-verification@{domain}", "seller-performance@{domain}"),
    subjects=("Sua identidade foi verificada", "Verificação concluída: conta desbloqueada"),
    blocks=(
        _GREETING,
        (
            "Obrigado pelos documentos enviados. A verificação da sua conta foi concluída com "
            "sucesso.",
            "Conseguimos confirmar seus dados com os documentos que você carregou.",
            "Seus comprovantes de identidade e de endereço foram analisados e aceitos.",
        ),
        (
            "Sua conta de vendedor foi desbloqueada e seus anúncios estão visíveis novamente.",
            "Restabelecemos seus privilégios de venda.",
            "A desativação da sua conta foi revogada: você pode voltar a vender.",
        ),
        ("Os valores retidos serão transferidos no próximo repasse.", ""),
        ("Atenciosamente,\nAmazon.com.br", "Equipe de Verificação de Vendedores"),
    ),
    structure=(
        "Verification passed after a documentation deactivation: documents accepted, account "
        "unblocked, privileges restored, withheld funds with the next payout."
    ),
    phrases=("verificação concluída", "privilégios de venda"),
    seen_at=("https://giacaglia.com.br/passo-a-passo-para-reativar-sua-conta-amazon-suspensa",),
)

PT_AH_ACK = Family(
    id="pt-ah-submission-received",
    label="acknowledgement",
    language="pt",
    team="account-health",
    marketplaces=("BR",),
    senders=("notice-dispute@{domain}", "seller-notification@{domain}"),
    subjects=("Recebemos seu envio", "Referência {case_id}: em análise"),
    blocks=(
        _GREETING,
        (
            "Recebemos pela página Saúde da Conta o seu envio referente ao ASIN {asin}.",
            "Sua contestação sobre o anúncio removido chegou até nós.",
            "Confirmamos o recebimento dos documentos da referência {case_id}.",
        ),
        (
            "Um analista vai examiná-lo o quanto antes; você receberá o resultado por e-mail.",
            "Seu envio está na fila de análise.",
        ),
        ("Não envie as mesmas informações de novo, isso atrasa a análise.", ""),
        ("Atenciosamente,\nAmazon.com.br", "Equipe Saúde da Conta"),
    ),
    structure=(
        "Receipt of a listing-level submission made through the Account Health page: received, "
        "queued, result by e-mail, do not resend. Amazon.com.br version of the English receipt."
    ),
    phrases=("recebemos seu envio", "fila de análise"),
    seen_at=("https://sellercentral.amazon.com/gp/help/external/G200370560",),
)

PT_ND_DENIAL = Family(
    id="pt-nd-appeal-denied",
    label="generic_denial",
    language="pt",
    team="notice-dispute",
    marketplaces=("BR",),
    senders=("notice-dispute@{domain}",),
    subjects=("Sua contestação do ASIN {asin}", "O anúncio continua removido"),
    blocks=(
        _GREETING,
        (
            "Analisamos sua contestação, mas não podemos restabelecer o anúncio neste momento.",
            "As informações enviadas não são suficientes para reativar o ASIN {asin}.",
            "Após a análise, o anúncio continua removido.",
        ),
        (
            "Você pode enviar uma nova contestação se tiver informações adicionais.",
            "Talvez não respondamos a novas mensagens sobre esta notificação.",
            "",
        ),
        ("Atenciosamente,\nAmazon.com.br", "Equipe Notice Dispute"),
    ),
    structure=(
        "Short listing-appeal refusal from Notice Dispute: cannot restore / not enough to "
        "reactivate, listing stays removed, no reason named. Amazon.com.br version of the "
        "English letter sellers quote."
    ),
    phrases=("não podemos restabelecer", "continua removido"),
    seen_at=(
        "https://sellercentral.amazon.ca/seller-forums/discussions/t/03306137-7701-4b7f-b6d5-5a2fc7395c48",
    ),
)

PT_NEWSLETTER = Family(
    id="pt-x-consultant-newsletter",
    label="other",
    language="pt",
    team="not-amazon",
    marketplaces=("BR",),
    senders=("contato@consultoriamarketplace.example", "Blog do Vendedor <news@vendamais.example>"),
    subjects=("Como evitar a suspensão da sua conta", "Novidades do mês para vendedores"),
    blocks=(
        ("Oi, {seller}!", "Olá, leitor,"),
        (
            "Neste mês reunimos os erros mais comuns em um Plano de Ação.",
            "Cada vez mais lojistas recebem avisos sobre prazo de envio. Veja como se proteger.",
        ),
        (
            "Leia o artigo completo no nosso blog.",
            "Agende uma conversa gratuita com um dos nossos consultores.",
        ),
        ("Não quer mais receber estes e-mails? Cancele a inscrição.", ""),
    ),
    structure="Consultant's newsletter about suspensions: tips, a link, an unsubscribe line.",
    phrases=(),
)

FAMILIES: tuple[Family, ...] = (
    PT_REVIEW_DONE,
    PT_VERIFY_OK,
    PT_AH_ACK,
    PT_ND_DENIAL,
    PT_NEWSLETTER,
)
