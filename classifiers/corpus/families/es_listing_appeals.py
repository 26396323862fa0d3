"""Spanish answers about listing appeals and Estado de la cuenta uploads.

Wording is our own.
"""

from classifiers.corpus.families import Family

_SENDERS = (
    "notice-dispute@{domain}",
    "Amazon <notice-dispute@{domain}>",
    "seller-notification@{domain}",
)
_GREETING = ("Hola:", "Hola, {seller}:")
_SIGN = ("Atentamente,\n{marketplace}", "Amazon Services Europe", "Equipo de Estado de la cuenta")
_MARKETS = ("ES", "MX")

ES_ND_MORE_INFO = Family(
    id="es-nd-appeal-more-info",
    label="need_more_info",
    language="es",
    team="notice-dispute",
    marketplaces=_MARKETS,
    senders=_SENDERS,
    subjects=(
        "Su apelación del ASIN {asin}: vuelva a enviar los documentos",
        "Se necesitan más pruebas",
    ),
    blocks=(
        _GREETING,
        (
            "Hemos revisado su apelación del ASIN {asin}, pero los documentos enviados no nos "
            "permiten completar la verificación.",
            "Gracias por tus documentos. Vuelve a enviar justificantes que cumplan lo siguiente:",
        ),
        (
            "-- nombre, dirección y teléfono del proveedor visibles;\n-- factura con fecha de los "
            "últimos 365 días;\n-- descripción y cantidades legibles.",
            "Necesitamos una carta de autorización o un acuerdo de licencia del titular de derechos. "
            "No aceptamos enlaces externos.",
        ),
        (
            "Envíelos antes del {deadline} con el botón «Apelar» junto a la infracción en la página "
            "Estado de la cuenta.",
            "Formatos admitidos: JPEG, PNG o PDF.",
        ),
        _SIGN,
    ),
    structure=(
        "Answer to a listing appeal: documents not sufficient, then what they must show or the "
        "authorisation needed, where and by when to resubmit (« antes del »). Spanish version of "
        "the English listing-appeal request; the Amazon MX guide lists the document rules."
    ),
    phrases=("vuelva a enviar", "últimos 365 días", "carta de autorización"),
    seen_at=("https://studylib.es/doc/9391075/amazon-mx-como-recuperar-cuenta-v3",),
)

ES_ND_DENIED = Family(
    id="es-nd-appeal-denied",
    label="generic_denial",
    language="es",
    team="notice-dispute",
    marketplaces=_MARKETS,
    senders=_SENDERS,
    subjects=("Resultado de su apelación del ASIN {asin}", "Su oferta sigue desactivada"),
    blocks=(
        _GREETING,
        (
            "Hemos revisado su apelación del ASIN {asin} y no podemos aceptarla.",
            "Tras revisar la información, hemos decidido no reactivar la oferta.",
        ),
        (
            "La oferta sigue desactivada.",
            "Es posible que no respondamos a más consultas sobre esta decisión.",
        ),
        ("Cree una orden de retirada para el inventario de Logística de Amazon afectado.", ""),
        _SIGN,
    ),
    structure=(
        "Listing appeal refused: not accepted, the offer stays deactivated, further questions may "
        "go unanswered, remove the FBA stock. Names nothing to fix."
    ),
    phrases=("no podemos aceptarla", "sigue desactivada", "orden de retirada"),
    seen_at=(
        "https://ayuda.algomasonline.com/ayuda-us/estrategias-para-apelar-suspensiones-en-amazon-y-consejos-para-evitarlas",
    ),
)

ES_AH_ACK = Family(
    id="es-ah-submission-received",
    label="acknowledgement",
    language="es",
    team="account-health",
    marketplaces=_MARKETS,
    senders=("seller-notification@{domain}", "no-reply@{domain}"),
    subjects=("Hemos recibido sus documentos", "Estado de la cuenta: gracias por su envío"),
    blocks=(
        _GREETING,
        (
            "Hemos recibido su envío desde la página Estado de la cuenta.",
            "Gracias por los documentos del ASIN {asin}.",
        ),
        (
            "Un equipo los está revisando; recibirá el resultado por correo electrónico y en la "
            "página Estado de la cuenta.",
            "La revisión puede tardar unos días hábiles.",
        ),
        ("No es necesario volver a enviarlos mientras tanto.", ""),
        _SIGN,
    ),
    structure=(
        "Receipt for an Account Health upload: received, under review, result by e-mail and on the "
        "page, no need to resend. No decision."
    ),
    phrases=("Hemos recibido", "Estado de la cuenta"),
    seen_at=("https://sellerassistant.app/es/blog/how-to-avoid-amazon-seller-account-suspension",),
)

ES_LISTING_BACK = Family(
    id="es-ah-listing-reinstated",
    label="reinstatement",
    language="es",
    team="account-health",
    marketplaces=_MARKETS,
    senders=("notice-dispute@{domain}", "seller-notification@{domain}"),
    subjects=("Su oferta se ha reactivado", "Reclamación retirada: ASIN {asin}"),
    blocks=(
        _GREETING,
        (
            "El titular de derechos ha retirado su reclamación. Hemos reactivado la siguiente oferta.",
            "Tras revisar tus documentos, hemos restablecido las ofertas afectadas.",
        ),
        ("ASIN: {asin}", "ASIN afectados: {asins}"),
        (
            "La infracción se ha eliminado de su página Estado de la cuenta. La oferta puede tardar "
            "hasta 24 horas en volver a mostrarse.",
            "",
        ),
        _SIGN,
    ),
    structure=(
        "Listing back: retraction or documents accepted, offer reactivated, violation removed from "
        "Estado de la cuenta. Spanish version of the English listing-reinstated notice."
    ),
    phrases=("ha retirado su reclamación", "reactivado", "restablecido"),
    seen_at=("https://www.wannme.com/?p=20211",),
)

FAMILIES: tuple[Family, ...] = (ES_ND_MORE_INFO, ES_ND_DENIED, ES_AH_ACK, ES_LISTING_BACK)
