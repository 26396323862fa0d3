"""Spanish Seller Performance mail (Amazon.es, Amazon.com.mx, Spanish Seller Central).

Spanish notices cite "la Sección 3 del Acuerdo de Soluciones Empresariales de
Amazon", ask for a "plan de acción", and use « ¿Por qué sucede esto? » /
« ¿Cómo reactivo mi cuenta? ». Mexico uses "tú", Spain mostly "usted": both
appear below. Every wording is our own.
"""

from classifiers.corpus.families import Family

_SENDERS = (
    "seller-performance@{domain}",
    "Rendimiento del vendedor de Amazon <seller-performance@{domain}>",
    "seller-notification@{domain}",
)
_GREETING = ("Hola:", "Hola, {seller}:", "Estimado vendedor:")
_SIGN = (
    "Atentamente,\nEl equipo de Rendimiento del vendedor\n{marketplace}",
    "Saludos cordiales,\nAmazon Services Europe",
    "Equipo de Seller Performance\n{marketplace}",
)

ES_DEACTIVATION = Family(
    id="es-sp-account-deactivated",
    label="suspension",
    language="es",
    team="seller-performance",
    marketplaces=("ES", "MX"),
    senders=_SENDERS,
    subjects=(
        "Su cuenta de vendedor de Amazon ha sido desactivada",
        "Se han retirado sus privilegios de venta",
        "Acción necesaria: tu cuenta de vendedor está desactivada",
    ),
    blocks=(
        _GREETING,
        (
            "Su cuenta de Amazon ha sido desactivada de conformidad con la Sección 3 del Acuerdo de "
            "Soluciones Empresariales de Amazon. Sus ofertas se han retirado y los fondos "
            "permanecerán en su cuenta mientras resolvemos este asunto.",
            "Hemos desactivado tu cuenta de vendedor y retirado tus publicaciones. Envía los pedidos "
            "pendientes para evitar más consecuencias en tu cuenta.",
        ),
        ("¿Por qué sucede esto?", "¿Por qué ha ocurrido esto?", "Motivo:"),
        (
            "Ha presentado solicitudes de reembolso de Logística de Amazon indebidas.",
            "Hemos recibido reclamaciones de titulares de derechos por infracción de la propiedad "
            "intelectual en los ASIN {asins}.",
            "Su cuenta está relacionada con otra cuenta que ya no puede vender en Amazon.",
            "Tu tasa de pedidos defectuosos supera el objetivo del 1 %.",
        ),
        ("¿Cómo reactivo mi cuenta?", "¿Cómo puedo reactivar mi cuenta?"),
        (
            "Envíenos un plan de acción que explique:\n-- la causa o causas del problema;\n-- las "
            "medidas que ha tomado para resolverlo;\n-- los pasos que seguirá para evitar que se "
            "repita.",
            "Presenta tu apelación con el botón «Apelar» de la página Estado de la cuenta con tu "
            "plan de acción: causa, medidas inmediatas y medidas preventivas.",
            "Si cree que se trata de un error, envíe una explicación con pruebas de que su cuenta "
            "cumple nuestras políticas.",
        ),
        (
            "Si no recibimos un plan de acción aceptable antes del {deadline}, su cuenta seguirá "
            "desactivada y los fondos podrán retenerse 90 días o más.",
            "Responde antes del {deadline}.",
            "Si no envía un plan de acción aceptable en un plazo de 17 días, es posible que ya no "
            "pueda vender en Amazon.",
            "",
        ),
        (
            "Puede consultar el rendimiento de su cuenta aquí: {link}",
            "El panel Estado de la cuenta muestra cómo cumple tu cuenta con las políticas: {link}",
            "",
        ),
        _SIGN,
    ),
    structure=(
        "Spanish deactivation: section 3 of the BSA, offers removed, funds held; « ¿Por qué sucede "
        "esto? » with the reason (improper FBA reimbursement claims, IP complaints with ASINs, "
        "related account, order defect rate); « ¿Cómo reactivo mi cuenta? » with the three-part "
        "plan de acción or an explanation if in error; deadline « antes del »; Estado de la cuenta."
    ),
    phrases=(
        "Sección 3 del Acuerdo de Soluciones Empresariales de Amazon",
        "¿Por qué sucede esto?",
        "plan de acción",
        "Estado de la cuenta",
        "privilegios de venta",
    ),
    seen_at=(
        "https://crowcompanylimited.it/es/blog?offset=1731229200010",
        "https://rakumartes.blogspot.com/2026/02/como-apelar-cuando-la-cuenta-esta.html",
    ),
)

ES_NEED_MORE_INFO = Family(
    id="es-sp-appeal-more-info",
    label="need_more_info",
    language="es",
    team="seller-performance",
    marketplaces=("ES", "MX"),
    senders=_SENDERS,
    subjects=("Su apelación: necesitamos más información", "RE: Reactivación de su cuenta"),
    blocks=(
        _GREETING,
        (
            "Gracias por su apelación. Hemos revisado la información enviada, pero no es suficiente "
            "para reactivar su cuenta.",
            "Antes de considerar el restablecimiento de tus privilegios de venta, necesitamos lo "
            "siguiente.",
        ),
        (
            "Envíe:\n-- facturas de su proveedor de los últimos 365 días con nombre, dirección y "
            "teléfono del proveedor;\n-- una relación entre las unidades facturadas y las ventas de "
            "{asins}.",
            "Tu plan de acción no identifica una causa concreta. Explica:\n1. qué provocó las "
            "reclamaciones;\n2. qué medidas aplicaste y cuándo;\n3. cómo comprobarás que funcionan.",
            "El recibo que envió tiene más de 90 días y la dirección no coincide con la de Seller "
            "Central. Envíe un documento reciente.",
        ),
        (
            "Envíe la documentación antes del {deadline} desde la página Estado de la cuenta.",
            "Usa el botón «Apelar» junto a esta notificación.",
        ),
        _SIGN,
    ),
    structure=(
        "Thanks for the appeal, not sufficient / before reinstatement we need, then exactly what "
        "is missing (invoices with supplier data, a concrete root cause, a recent document), a "
        "deadline « antes del » or the Apelar button. Spanish version of the English letter; the "
        "Amazon MX guide lists the same documents."
    ),
    phrases=("no es suficiente", "Antes de considerar el restablecimiento", "antes del"),
    seen_at=("https://studylib.es/doc/9391075/amazon-mx-como-recuperar-cuenta-v3",),
)

ES_DENIAL = Family(
    id="es-sp-appeal-denied",
    label="generic_denial",
    language="es",
    team="seller-performance",
    marketplaces=("ES", "MX"),
    senders=_SENDERS,
    subjects=("RE: Su apelación", "Decisión sobre su apelación"),
    blocks=(
        _GREETING,
        (
            "Hemos revisado su plan de acción, pero no resuelve nuestras dudas, por lo que no "
            "podemos reactivar su cuenta.",
            "Tras revisar detenidamente tu apelación, hemos decidido no restablecer tus privilegios "
            "de venta.",
        ),
        (
            "Ya no puede vender en Amazon.",
            "Tu cuenta seguirá desactivada. Es posible que no respondamos a más mensajes sobre este "
            "asunto.",
        ),
        ("Los fondos restantes se liberarán, por lo general, en un plazo de 90 días.", ""),
        _SIGN,
    ),
    structure=(
        "Short rejection: the plan does not resolve our concerns / decided not to restore selling "
        "privileges, you may no longer sell, further messages may go unanswered, funds in about 90 "
        "days. Names nothing to fix. Spanish version of the English denial."
    ),
    phrases=("no resuelve nuestras dudas", "Ya no puede vender en Amazon", "no restablecer"),
    seen_at=("https://plan-de-accion.es/consecuencias-de-la-suspension/",),
)

ES_ACK = Family(
    id="es-sp-appeal-received",
    label="acknowledgement",
    language="es",
    team="seller-performance",
    marketplaces=("ES", "MX"),
    senders=_SENDERS,
    subjects=("Hemos recibido su apelación", "Confirmación de recepción: plan de acción"),
    blocks=(
        _GREETING,
        (
            "Hemos recibido su apelación y la estamos revisando.",
            "Gracias por enviar tu plan de acción. Nuestro equipo lo está revisando.",
        ),
        (
            "Normalmente le comunicaremos nuestra decisión por correo electrónico en 48 horas.",
            "Te escribiremos en cuanto terminemos la revisión.",
        ),
        ("No es necesario que vuelva a enviar la misma apelación.", ""),
        _SIGN,
    ),
    structure=(
        "Receipt only: appeal / plan received and under review, decision by e-mail usually within "
        "48 hours, no need to resend. Spanish guides quote the wait of a few working days; Spanish "
        "version of the English receipt."
    ),
    phrases=("Hemos recibido su apelación", "la estamos revisando", "48 horas"),
    seen_at=("https://serired.com/es/como-desbloquear-tu-cuenta-de-amazon-sellers",),
)

ES_REINSTATED = Family(
    id="es-sp-account-reinstated",
    label="reinstatement",
    language="es",
    team="seller-performance",
    marketplaces=("ES", "MX"),
    senders=_SENDERS,
    subjects=(
        "Su cuenta de vendedor ha sido reactivada",
        "Se han restablecido sus privilegios de venta",
    ),
    blocks=(
        _GREETING,
        (
            "Hemos revisado su cuenta y la información proporcionada y hemos decidido que puede "
            "volver a vender en Amazon.",
            "Buenas noticias: tus privilegios de venta se han restablecido y tu cuenta vuelve a "
            "estar activa.",
        ),
        (
            "Sus ofertas volverán a mostrarse en un plazo de 24 horas.",
            "Los pagos se reanudarán según tu calendario habitual.",
            "",
        ),
        ("Le pedimos que siga aplicando las medidas de su plan de acción.", ""),
        _SIGN,
    ),
    structure=(
        "Reinstatement: account and information reviewed, you may sell again / privileges "
        "restored, offers back within a day, payouts on schedule, keep the plan's measures. "
        "Spanish version of the English reinstatement."
    ),
    phrases=("puede volver a vender en Amazon", "se han restablecido", "reactivada"),
    seen_at=("https://marketplaceinsights.es/amazon-cuenta-desactivada-vs-suspendida",),
)

FAMILIES: tuple[Family, ...] = (
    ES_DEACTIVATION,
    ES_NEED_MORE_INFO,
    ES_DENIAL,
    ES_ACK,
    ES_REINSTATED,
)
