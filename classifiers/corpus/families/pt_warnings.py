"""Brazilian Portuguese policy warning: a listing removed and the account said to be at risk.

The Amazon.com.br version of the warning sellers quote (said in ``structure``);
wording is our own.
"""

from classifiers.corpus.families import Family

PT_POLICY_WARNING = Family(
    id="pt-ah-policy-warning",
    label="suspension",
    language="pt",
    team="account-health",
    marketplaces=("BR",),
    senders=("seller-notification@{domain}", "performance-notifications@{domain}"),
    subjects=("Aviso: sua conta está em risco", "Anúncio removido: violação das nossas políticas"),
    blocks=(
        ("Olá,", "Olá, {seller},"),
        (
            "Identificamos que seu anúncio do ASIN {asin} viola nossa política de produtos restritos e o removemos.",
            "Seu anúncio {product} (ASIN {asin}) não cumpre nossas políticas e foi desativado.",
            "Sua conta está em risco: encontramos violações repetidas nos seus anúncios.",
        ),
        (
            "Novas violações podem levar à desativação da sua conta de vendedor.",
            "Se isso se repetir, seus privilégios de venda poderão ser removidos.",
        ),
        (
            "Revise seus anúncios e remova os que não cumprem a política. Acompanhe a situação na página Saúde da Conta.",
            "Se acredita que houve um erro, você pode contestar pela página Saúde da Conta.",
        ),
        ("Atenciosamente,\nAmazon.com.br", "Equipe de Desempenho do Vendedor"),
    ),
    structure=(
        "Policy warning: a listing breaks a policy (restricted products) and was removed, or "
        "repeated violations put the account at risk; further violations may deactivate the "
        "account; review listings, appeal from Account Health if in error. "
        "Amazon.com.br version of the warning sellers quote."
    ),
    phrases=("conta está em risco", "aviso", "desativação"),
    seen_at=(
        "https://sellercentral.amazon.com/forums/t/your-account-is-at-risk-of-deactivation/1134187",
    ),
)

FAMILIES: tuple[Family, ...] = (PT_POLICY_WARNING,)
