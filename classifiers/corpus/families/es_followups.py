"""Spanish follow-up letters: an account review or a verification that ends well.

Localized (Amazon.es / .com.mx) versions of letters seen on the German and Dutch
help pages and on sellers' pages; wording is our own.
"""

from classifiers.corpus.families import Family

ES_REVIEW_DONE = Family(
    id="es-sp-fbm-review-complete",
    label="reinstatement",
    language="es",
    team="seller-performance",
    marketplaces=("ES", "MX"),
    senders=("seller-performance@{domain}", "seller-notification@{domain}"),
    subjects=(
        "Revisión de tu cuenta de vendedor finalizada",
        "Tus ofertas vuelven a estar activas",
    ),
    blocks=(
        ("Hola:", "Hola, {seller}:", "Estimado vendedor:"),
        (
            "Hemos confirmado la entrega de tus últimos pedidos enviados por el vendedor. La "
            "revisión temporal de tu cuenta ha terminado.",
            "La comprobación de tu actividad de ventas ha finalizado y hemos retirado las "
            "restricciones temporales.",
            "Gracias por tu paciencia: tu cuenta ha superado nuestra revisión.",
        ),
        (
            "Tus ofertas se han reactivado automáticamente.",
            "Las ofertas con envío del vendedor vuelven a ser visibles para los clientes.",
            "Ya puedes volver a vender con normalidad.",
        ),
        (
            "Los desembolsos se reanudan según tu calendario habitual.",
            "Recibirás tu saldo en la próxima fecha de pago programada.",
            "",
        ),
        ("No tienes que hacer nada más.", ""),
        ("Atentamente,\nAmazon.es", "El equipo de Rendimiento del vendedor"),
    ),
    structure=(
        "End of the temporary FBM account review: deliveries confirmed, offers reactivated "
        "automatically, disbursements on the usual schedule, nothing to do. Localized "
        "Amazon.es version of the outcome the German and Dutch help pages describe."
    ),
    phrases=("reactivado automáticamente", "calendario habitual"),
    seen_at=(
        "https://sellercentral.amazon.nl/gp/help/external/help.html?itemID=200320980&language=nl_NL&ref=efph_200320980_cont_69039",
    ),
)

ES_VERIFY_OK = Family(
    id="es-sv-verification-complete",
    label="reinstatement",
    language="es",
    team="seller-performance",
    marketplaces=("ES", "MX"),
    senders=("seller-verification@{domain}", "seller-performance@{domain}"),
    subjects=("Hemos verificado tu identidad", "Verificación completada: cuenta desbloqueada"),
    blocks=(
        ("Hola:", "Hola, {seller}:"),
        (
            "Gracias por los documentos enviados. La verificación de tu cuenta se ha completado "
            "correctamente.",
            "Hemos podido confirmar tus datos con los documentos que subiste.",
            "Tus documentos de identidad y de domicilio se han revisado y aceptado.",
        ),
        (
            "Tu cuenta de vendedor está desbloqueada y tus ofertas vuelven a ser visibles.",
            "Hemos restablecido tus privilegios de venta.",
            "Se ha levantado la desactivación de tu cuenta: puedes volver a vender.",
        ),
        ("Los fondos retenidos se transferirán en el próximo desembolso.", ""),
        ("Atentamente,\nAmazon Services Europe", "El equipo de Verificación de vendedores"),
    ),
    structure=(
        "Verification passed after a KYC deactivation: documents accepted, account unblocked, "
        "privileges restored, withheld funds with the next disbursement. Localized version."
    ),
    phrases=("verificación completada", "privilegios de venta"),
    seen_at=("https://marketplaceinsights.es/amazon-cuenta-desactivada-vs-suspendida",),
)

FAMILIES: tuple[Family, ...] = (ES_REVIEW_DONE, ES_VERIFY_OK)
