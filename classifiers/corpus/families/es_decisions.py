"""Spanish decisions: selling privileges removed for a metric, and the final refusal.

Amazon.es versions of the English letters quoted on the UK/EU forums (said in
``structure``); wording is our own.
"""

from classifiers.corpus.families import Family

_FORUM = (
    "https://sellercentral-europe.amazon.com/forums/t/"
    "your-amazon-co-uk-selling-privileges-have-been-removed/243857"
)

ES_METRIC_REMOVAL = Family(
    id="es-sp-order-defect-removal",
    label="suspension",
    language="es",
    team="seller-performance",
    marketplaces=("ES", "MX"),
    senders=("seller-performance@{domain}", "performance-notifications@{domain}"),
    subjects=(
        "Se han retirado tus privilegios de venta en {marketplace}",
        "Tasa de pedidos defectuosos por encima del objetivo",
    ),
    blocks=(
        ("Hola:", "Hola, {seller}:"),
        (
            "Tu tasa de pedidos defectuosos es del {rate}, por encima de nuestro objetivo de menos "
            "del 1 %. Por eso hemos retirado tus privilegios de venta.",
            "Tus pedidos han tenido demasiados problemas últimamente: tu tasa de envíos con retraso "
            "es del {rate}. Por ahora no puedes vender en {marketplace}.",
        ),
        (
            "No te transferiremos los fondos; permanecerán en tu cuenta.",
            "Hemos eliminado tus ofertas y retenido los desembolsos.",
        ),
        (
            "Para recuperar tus privilegios de venta, envíanos un plan de acción: causas, medidas "
            "ya tomadas y cómo evitarás nuevos defectos.",
            "¿Qué debes hacer? Envía desde la página Estado de la cuenta un plan de acción que "
            "explique la causa y las correcciones.",
        ),
        ("Atentamente,\nEl equipo de Rendimiento del vendedor", "Amazon Services Europe"),
    ),
    structure=(
        "Privileges removed because a metric (order defect rate, late shipment rate) is above "
        "target: rate named, funds held, listings removed, send a plan of action. Amazon.es "
        "version of the letter quoted on the UK forum."
    ),
    phrases=("privilegios de venta", "tasa de pedidos defectuosos", "plan de acción"),
    seen_at=(_FORUM,),
)

ES_FINAL = Family(
    id="es-sp-denial-final",
    label="generic_denial",
    language="es",
    team="seller-performance",
    marketplaces=("ES", "MX"),
    senders=("seller-performance@{domain}",),
    subjects=("Tu apelación ha sido rechazada", "Decisión definitiva sobre tu cuenta"),
    blocks=(
        ("Hola:", "Hola, {seller}:"),
        (
            "Hemos vuelto a revisar tu apelación. Tu cuenta sigue desactivada y no podemos "
            "reactivarla.",
            "Tras revisar de nuevo tus documentos, nuestra decisión es definitiva: no "
            "restableceremos tus privilegios de venta.",
            "Tu plan de acción no resuelve nuestras dudas. No es posible el restablecimiento.",
        ),
        (
            "No revisaremos más apelaciones y es posible que no respondamos a mensajes sobre este "
            "asunto.",
            "Esta decisión no se volverá a revisar.",
        ),
        ("Atentamente,\nEl equipo de Rendimiento del vendedor", "Amazon.es"),
    ),
    structure=(
        "Final refusal after a re-review: account stays deactivated, cannot be reactivated, "
        "no reason named, further appeals not reviewed. Amazon.es version of the final denial "
        "quoted on the EU forum."
    ),
    phrases=("sigue desactivada", "decisión es definitiva"),
    seen_at=(
        "https://sellercentral-europe.amazon.com/seller-forums/discussions/t/0fec2a04abba9b88647cf17640ee01e3",
    ),
)

FAMILIES: tuple[Family, ...] = (ES_METRIC_REMOVAL, ES_FINAL)
