"""Spanish mail that is not a decision: the closed-address reply and everyday seller mail.

Wording is our own.
"""

from classifiers.corpus.families import Family

ES_REDIRECT = Family(
    id="es-sp-closed-address-reply",
    label="redirect_closed_queue",
    language="es",
    team="seller-performance",
    marketplaces=("ES", "MX"),
    senders=("seller-performance@{domain}", "no-responder@amazon.es"),
    subjects=("Respuesta automática: esta dirección no admite apelaciones", "RE: plan de acción"),
    blocks=(
        ("Hola:", "Este es un mensaje automático."),
        (
            "Esta dirección de correo ya no se utiliza para apelaciones y su mensaje no se ha leído.",
            "Los mensajes enviados a esta dirección no llegan al equipo que revisa su caso.",
        ),
        (
            "Para apelar, utilice la página Estado de la cuenta de Seller Central: {link}",
            "Haz clic en «Apelar» junto a la notificación en la página Notificaciones de rendimiento.",
        ),
        ("Atentamente,\nAmazon.es", "Amazon Services Europe"),
    ),
    structure=(
        "Auto-reply: the address takes no appeals, the message was not read, use Estado de la "
        "cuenta / the Apelar button. Spanish version of the English closed-queue reply; the Amazon "
        "MX guide tells sellers who lost access which address writes to them."
    ),
    phrases=("Estado de la cuenta", "Apelar", "no se ha leído"),
    seen_at=("https://studylib.es/doc/9391075/amazon-mx-como-recuperar-cuenta-v3",),
)

ES_EVERYDAY = Family(
    id="es-other-payout-order-news",
    label="other",
    language="es",
    team="marketplace",
    marketplaces=("ES", "MX"),
    senders=("payments-messages@{domain}", "seller-notification@{domain}"),
    subjects=(
        "Se ha realizado su transferencia",
        "Vendido, envíe ahora: {product}",
        "Invitación: seminario web gratuito para vendedores",
    ),
    blocks=(
        ("Hola, {seller}:", "Hola:"),
        (
            "El {date} transferimos {amount} a su cuenta bancaria. Puede tardar de 3 a 5 días "
            "hábiles en aparecer.",
            "Has recibido un pedido ({order_id}) de {product}. Envíalo antes de la fecha de envío "
            "prevista.",
            "Apúntate a nuestro seminario web gratuito del {date} sobre la temporada de rebajas: {link}",
        ),
        ("Los informes de pagos están disponibles en Seller Central.", ""),
        ("Amazon.es", "El equipo de Vender en Amazon"),
    ),
    structure=(
        "Everyday Spanish seller mail: payout with amount and date, sold-ship-now notice, webinar "
        "invitation. Nothing about the account's standing: other."
    ),
    phrases=("transferencia", "envíe ahora", "seminario web"),
    seen_at=("https://www.wannme.com/?p=20211",),
)

ES_NOREPLY = Family(
    id="es-ss-noreply-redirect",
    label="redirect_closed_queue",
    language="es",
    team="seller-support",
    marketplaces=("ES", "MX"),
    senders=("no-reply@{domain}", "donotreply@{domain}"),
    subjects=(
        "Por favor, no responda a este correo",
        "Respuesta automática: contacte con nosotros desde Seller Central",
    ),
    blocks=(
        ("Este mensaje se ha enviado automáticamente.", "Hola:"),
        (
            "No podemos leer las respuestas enviadas a esta dirección.",
            "Su correo no nos ha llegado.",
        ),
        (
            "Si tiene preguntas, contacte con el soporte para vendedores desde «Ayuda» en Seller "
            "Central: {link}",
            "Para apelar una desactivación o una advertencia, siga las instrucciones de la página "
            "Estado de la cuenta.",
        ),
        ("{marketplace}", "Amazon Services Europe"),
    ),
    structure=(
        "No-reply auto-answer in Spanish: replies are not read, contact Seller Support via Ayuda in "
        "Seller Central, appeals via Estado de la cuenta."
    ),
    phrases=("no responda", "soporte para vendedores", "Estado de la cuenta"),
    seen_at=("https://serired.com/es/como-desbloquear-tu-cuenta-de-amazon-sellers",),
)

ES_CONSULTANT = Family(
    id="es-x-consultant-newsletter",
    label="other",
    language="es",
    team="not-amazon",
    marketplaces=("ES", "MX"),
    senders=("info@recupera-tu-cuenta.example", "boletin@asesoria-vendedores.example"),
    subjects=(
        "¿Cuenta de Amazon suspendida? Te ayudamos a recuperarla",
        "Boletín: 5 errores que hunden un plan de acción",
    ),
    blocks=(
        ("Hola, {seller}:", "Hola:"),
        (
            "¿Amazon ha desactivado tu cuenta de vendedor? Redactamos tu plan de acción y seguimos el "
            "caso hasta la reactivación, sin pagos por adelantado.",
            "Este mes: cómo responder a una reclamación por falsificación y qué facturas preparar.",
        ),
        ("Reserva tu consulta: {link}", "Para darte de baja, haz clic aquí."),
    ),
    structure=(
        "Not from Amazon: Spanish reinstatement consultants' newsletters and ads, full of "
        "suspension words, labelled other; a hard negative."
    ),
    phrases=("plan de acción", "darte de baja"),
    seen_at=("https://plan-de-accion.es/consecuencias-de-la-suspension/",),
)

FAMILIES: tuple[Family, ...] = (ES_REDIRECT, ES_EVERYDAY, ES_NOREPLY, ES_CONSULTANT)
