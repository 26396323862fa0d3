"""Spanish notices about listings: IP complaints from rights owners (Notice Dispute).

Wording is our own.
"""

from classifiers.corpus.families import Family

ES_IP_LISTING = Family(
    id="es-nd-listing-removed-ip",
    label="suspension",
    language="es",
    team="notice-dispute",
    marketplaces=("ES", "MX"),
    senders=("notice-dispute@{domain}", "Amazon <notice-dispute@{domain}>"),
    subjects=(
        "Notice: Policy Warning",
        "Hemos eliminado algunas de sus ofertas",
        "Aviso: posible infracción de propiedad intelectual",
    ),
    blocks=(
        ("Hola:", "Hola, {seller}:"),
        (
            "Hemos eliminado algunas de sus ofertas porque un titular de derechos nos ha comunicado "
            "que podrían infringir su marca. Las ofertas afectadas aparecen al final de este mensaje.",
            "Un titular de derechos nos ha informado de que al menos una de tus publicaciones "
            "infringe sus derechos de autor, por lo que la hemos desactivado.",
        ),
        ("¿Por qué sucede esto?", "¿Qué significa esto?"),
        (
            "Ofrecer productos que infringen la propiedad intelectual de otros va en contra de "
            "nuestras políticas. Las infracciones repetidas pueden llevar a la desactivación de su "
            "cuenta.",
            "",
        ),
        ("¿Cómo reactivo mi oferta?", "¿Qué puedo hacer?"),
        (
            "Envíe una factura, una carta de autorización o un acuerdo de licencia del fabricante o "
            "del titular de derechos que demuestre que sus productos son legítimos. No aceptamos "
            "enlaces externos.",
            "Si crees que se trata de un error, pide al titular de derechos que retire la "
            "reclamación; debe enviarnos la retractación directamente.",
        ),
        (
            "Titular de derechos: {rights_owner}\nID de reclamación: {complaint_id}\nASIN: {asin}",
            "Contacto del titular: {rights_owner}\nReclamación: {complaint_id}\nASIN afectados: "
            "{asins}",
        ),
        ("Atentamente,\n{marketplace}", "Amazon Services Europe"),
    ),
    structure=(
        "Notice Dispute listing removal in Spanish: offers removed after a rights-owner report, "
        "« ¿Por qué sucede esto? », how to reactivate (invoice, authorisation, licence, or a "
        "retraction), rights owner, complaint ID, ASINs. Spanish version of the English IP notice."
    ),
    phrases=("titular de derechos", "retractación", "Notice: Policy Warning"),
    seen_at=("https://www.wannme.com/?p=20211",),
)

FAMILIES: tuple[Family, ...] = (ES_IP_LISTING,)
