"""Spanish request for supplier invoices during an appeal (need_more_info).

The Amazon.es version of the invoice request sellers quote (said in ``structure``);
wording is our own.
"""

from classifiers.corpus.families import Family

ES_INVOICES = Family(
    id="es-sp-more-info-invoices",
    label="need_more_info",
    language="es",
    team="seller-performance",
    marketplaces=("ES", "MX"),
    senders=("seller-performance@{domain}", "seller-notification@{domain}"),
    subjects=("Necesitamos más facturas para tu apelación", "Tus documentos sobre el ASIN {asin}"),
    blocks=(
        ("Hola:", "Hola, {seller}:"),
        (
            "Gracias por tu apelación. Para seguir con la revisión necesitamos facturas de tu proveedor.",
            "No hemos podido verificar los documentos que enviaste. Envíanos otras pruebas, por favor.",
            "Hemos recibido tus documentos, pero aún faltan pruebas del origen de la mercancía del ASIN {asin}.",
        ),
        (
            "Envía facturas de los últimos 365 días con el nombre y la dirección del proveedor y las cantidades compradas.",
            "Las facturas deben ser legibles, estar a tu nombre y cubrir al menos las unidades vendidas. Puedes ocultar los precios.",
        ),
        (
            "Súbelas desde la página Estado de la cuenta antes del {deadline}.",
            "Responde con los documentos solicitados antes del {deadline}.",
        ),
        ("Atentamente,\nEl equipo de Rendimiento del vendedor", "Amazon Services Europe"),
    ),
    structure=(
        "Mid-appeal request for supplier invoices: appeal received or documents unverifiable, "
        "invoices from the last 365 days with supplier name, address and quantities, legible, "
        "prices may be hidden, upload by a deadline. Amazon.es version of the letter sellers quote."
    ),
    phrases=("facturas de tu proveedor", "últimos 365 días"),
    seen_at=(
        "https://sellercentral-europe.amazon.com/seller-forums/discussions/t/9059a3aa-856e-435e-bc2f-9957e0555688",
    ),
)

FAMILIES: tuple[Family, ...] = (ES_INVOICES,)
