"""Spanish receipts that were missing: the Seller Support case and the listing-appeal receipt.

Spanish acknowledgements were only the appeal and submission receipts; these
two are the other receipts every marketplace sends. Wording is our own.
"""

from classifiers.corpus.families import Family

_HELLO = ("Hola:", "Hola, {seller}:", "Estimado vendedor:")

ES_CASE_FORWARDED = Family(
    id="es-ss-case-forwarded",
    label="acknowledgement",
    language="es",
    team="seller-support",
    marketplaces=("ES", "MX", "EU"),
    senders=("seller-support@{domain}", "Soporte a socios de venta <seller-support@{domain}>"),
    subjects=(
        "Hemos recibido tu solicitud (ID de caso {case_id})",
        "Tu caso {case_id} se ha transferido",
    ),
    blocks=(
        _HELLO,
        (
            "Gracias por ponerte en contacto con el Soporte a socios de venta. Hemos transferido tu caso "
            "al equipo correspondiente.",
            "Hemos recibido tu solicitud. ID de caso: {case_id}.",
        ),
        (
            "Ese equipo te responderá directamente por correo electrónico, normalmente en dos días hábiles.",
            "Añade cualquier información en el registro de casos; no abras un caso nuevo sobre el mismo tema.",
        ),
        ("Atentamente,\nSoporte a socios de venta", "Amazon.es"),
    ),
    structure=(
        "Seller Support receipt: the case is received or transferred to the responsible team, an "
        "answer comes by e-mail within a few working days, add to the case log. No decision: "
        "acknowledgement."
    ),
    phrases=("ID de caso", "transferido tu caso", "registro de casos"),
    seen_at=("https://studylib.es/doc/9391075/amazon-mx-como-recuperar-cuenta-v3",),
)

ES_DISPUTE_RECEIVED = Family(
    id="es-nd-dispute-received",
    label="acknowledgement",
    language="es",
    team="notice-dispute",
    marketplaces=("ES", "MX", "EU"),
    senders=("notice-dispute@{domain}", "Amazon <notice-dispute@{domain}>"),
    subjects=("Hemos recibido tu apelación para el ASIN {asin}", "Acuse de recibo: tu apelación"),
    blocks=(
        _HELLO,
        (
            "Hemos recibido tu apelación contra la eliminación de tu oferta.",
            "Gracias por tu impugnación de la reclamación por infracción de la propiedad intelectual.",
        ),
        ("ASIN: {asin}", "ID de reclamación: {complaint_id}"),
        (
            "Estamos revisando la información y te comunicaremos el resultado por correo electrónico.",
            "No es necesario que vuelvas a enviar la apelación: te contactaremos cuando terminemos la revisión.",
        ),
        ("Atentamente,\nAmazon.es", "El equipo de Notice Dispute"),
    ),
    structure=(
        "Notice Dispute receipt for a listing appeal (IP complaint): received, under review, "
        "answer by e-mail, do not resubmit. Acknowledgement."
    ),
    phrases=("hemos recibido tu apelación", "propiedad intelectual", "ID de reclamación"),
    seen_at=("https://rakumartes.blogspot.com/2026/02/como-apelar-cuando-la-cuenta-esta.html",),
)

FAMILIES: tuple[Family, ...] = (ES_CASE_FORWARDED, ES_DISPUTE_RECEIVED)
