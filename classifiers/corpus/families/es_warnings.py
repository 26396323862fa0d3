"""Spanish policy warning: a listing removed and the account said to be at risk.

The Amazon.es version of the warning sellers quote (said in ``structure``);
wording is our own.
"""

from classifiers.corpus.families import Family

ES_POLICY_WARNING = Family(
    id="es-ah-policy-warning",
    label="suspension",
    language="es",
    team="account-health",
    marketplaces=("ES", "MX"),
    senders=("seller-notification@{domain}", "performance-notifications@{domain}"),
    subjects=(
        "Advertencia: tu cuenta está en riesgo",
        "Oferta eliminada: incumplimiento de nuestras políticas",
    ),
    blocks=(
        ("Hola:", "Hola, {seller}:"),
        (
            "Hemos detectado que tu oferta del ASIN {asin} incumple nuestra política de productos restringidos y la hemos eliminado.",
            "Tu oferta {product} (ASIN {asin}) no cumple nuestras políticas y se ha desactivado.",
            "Tu cuenta está en riesgo: hemos detectado incumplimientos repetidos en tus ofertas.",
        ),
        (
            "Nuevos incumplimientos pueden provocar la desactivación de tu cuenta de vendedor.",
            "Si se repite, podríamos retirar tus privilegios de venta.",
        ),
        (
            "Revisa tus ofertas y elimina las que no cumplan la política. Consulta el estado en la página Estado de la cuenta.",
            "Si crees que se trata de un error, puedes apelar desde la página Estado de la cuenta.",
        ),
        ("Atentamente,\nAmazon.es", "El equipo de Rendimiento del vendedor"),
    ),
    structure=(
        "Policy warning: a listing breaks a policy (restricted products) and was removed, or "
        "repeated violations put the account at risk; further violations may deactivate the "
        "account; review listings, appeal from Account Health if in error. "
        "Amazon.es version of the warning sellers quote."
    ),
    phrases=("cuenta está en riesgo", "advertencia", "desactivación"),
    seen_at=(
        "https://sellercentral.amazon.com/forums/t/your-account-is-at-risk-of-deactivation/1134187",
    ),
)

FAMILIES: tuple[Family, ...] = (ES_POLICY_WARNING,)
