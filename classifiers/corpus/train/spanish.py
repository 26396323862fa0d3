"""Spanish notices (amazon.es, amazon.com.mx): one family per notice label, plus a newsletter.

"Usted" register, "Saludos", dates such as "3 de abril de 2026"; the wording is ours.
"""

from __future__ import annotations

from .abroad import Family, local_date, local_deadline, local_letter, speaks
from .mime import Bullets, Heading, Letter, Table, compact
from .variety import Scene, asins, case_id, link, order_id, pick, product_title


@speaks("es")
def cuenta_desactivada(scene: Scene) -> Letter:
    """The account or a listing deactivated, with the steps of a plan of action."""
    items = asins(scene, 1, 2)
    blocks = compact(
        scene,
        pick(
            scene,
            "Hemos desactivado su cuenta de vendedor.",
            "Sus privilegios de venta en Amazon han sido suspendidos.",
            "Hemos retirado los siguientes productos de la tienda:",
            "Su oferta ha sido desactivada por motivos de seguridad del producto.",
            "Su cuenta está en riesgo de desactivación.",
        ),
        Table(tuple((a, product_title(scene)) for a in items)),
        "Motivo: "
        + pick(
            scene,
            "reclamaciones de clientes sobre la autenticidad de los productos.",
            "una tasa de pedidos defectuosos superior al 1 %.",
            "una queja del titular de los derechos de propiedad intelectual.",
        ),
        Heading("¿Cómo puedo reactivar mi cuenta?"),
        "Envíe un plan de acción que explique la causa del problema, las medidas que ha "
        "tomado y cómo evitará que vuelva a ocurrir.",
        f"Estado de la cuenta: {link(scene, 'appeal')}",
    )
    subject = pick(
        scene,
        "Su cuenta de vendedor ha sido desactivada",
        "Aviso importante sobre su cuenta",
        f"Producto retirado: {items[0]}",
    )
    return local_letter(scene, subject, blocks)


@speaks("es")
def apelacion_rechazada(scene: Scene) -> Letter:
    """The appeal was turned down without saying why."""
    blocks = compact(
        scene,
        pick(
            scene,
            "Hemos revisado su apelación y no podemos reactivar su cuenta.",
            "Su plan de acción no responde a nuestras inquietudes.",
            "Lamentamos informarle que su apelación ha sido denegada.",
            "Tras revisar su caso, hemos decidido mantener la desactivación de su cuenta.",
        ),
        pick(
            scene,
            "La información proporcionada no es suficiente.",
            "Ya no puede vender en Amazon.",
            "",
        ),
        pick(scene, f"Referencia: {case_id(scene)}", ""),
    )
    subject = pick(scene, "RE: Su apelación", "Resultado de su apelación")
    return local_letter(scene, subject, blocks)


@speaks("es")
def documentos_solicitados(scene: Scene) -> Letter:
    """A request for named documents by a Spanish date."""
    docs = scene.rng.sample(
        (
            "facturas de su proveedor de los últimos 365 días",
            "nombre, dirección y teléfono de su proveedor",
            "una carta de autorización del propietario de la marca",
            "un informe de pruebas de un laboratorio acreditado",
        ),
        2,
    )
    blocks = compact(
        scene,
        "Para continuar con la revisión de su cuenta, necesitamos la siguiente información:",
        Bullets(tuple(docs)),
        f"Envíe los documentos {local_deadline(scene)}.",
        pick(scene, f"Pedido afectado: {order_id(scene)}", ""),
    )
    subject = pick(scene, "Se necesita más información", "Documentación pendiente")
    return local_letter(scene, subject, blocks)


@speaks("es")
def buzon_cerrado(scene: Scene) -> Letter:
    """This mailbox no longer takes appeals; appeal from Seller Central."""
    blocks = compact(
        scene,
        "Esta dirección de correo electrónico ya no acepta apelaciones.",
        "Envíe su apelación desde la página Estado de la cuenta en Seller Central, "
        "con el botón «Apelar».",
        link(scene, "appeal"),
        pick(scene, "Su mensaje no ha sido reenviado a ningún equipo.", ""),
    )
    subject = pick(
        scene, "Respuesta automática: apelación", "Esta dirección ya no acepta apelaciones"
    )
    return local_letter(scene, subject, blocks, "noreply")


@speaks("es")
def cuenta_reactivada(scene: Scene) -> Letter:
    """The appeal was accepted; the account sells again."""
    blocks = compact(
        scene,
        pick(
            scene,
            "Hemos reactivado su cuenta de vendedor.",
            "Su apelación ha sido aceptada y sus privilegios de venta se han restablecido.",
            "Sus productos vuelven a estar disponibles para la venta.",
            "Su cuenta ha sido reactivada y ya puede volver a vender.",
            "Buenas noticias: hemos restablecido sus privilegios de venta.",
        ),
        pick(
            scene,
            "Sus ofertas pueden tardar hasta 24 horas en aparecer.",
            "Ya no es necesario que realice ninguna otra acción.",
            "Los fondos retenidos se incluirán en el próximo pago.",
        ),
        "Le recomendamos mantener las medidas de su plan de acción.",
    )
    return local_letter(
        scene, pick(scene, "Su cuenta ha sido reactivada", "Apelación aceptada"), blocks
    )


@speaks("es")
def apelacion_recibida(scene: Scene) -> Letter:
    """The appeal arrived and is being reviewed; no decision yet."""
    blocks = compact(
        scene,
        pick(
            scene,
            "Hemos recibido su apelación.",
            "Gracias, su plan de acción ha llegado.",
            "Le confirmamos que hemos recibido los documentos que nos envió.",
        ),
        pick(
            scene,
            "La estamos revisando y le responderemos en un plazo de 48 horas.",
            "Nuestro equipo los está revisando y le informará cuando haya una decisión.",
            f"Recibida el {local_date(scene, scene.when)}. Todavía no hay una decisión.",
        ),
        pick(scene, "No es necesario que la envíe de nuevo.", ""),
    )
    subject = pick(scene, "Confirmación de recepción", "Su apelación está en revisión")
    return local_letter(scene, subject, blocks)


@speaks("es")
def boletin(scene: Scene) -> Letter:
    """A seller newsletter that speaks of deactivation in general (``other``)."""
    blocks = compact(
        scene,
        Heading("Novedades para vendedores"),
        pick(
            scene,
            "A partir del próximo mes se aplicarán nuevas normas de seguridad de productos. "
            "Los productos sin documentación podrían desactivarse.",
            "Hemos actualizado la forma de calcular el estado de la cuenta.",
        ),
        Bullets(("Seminario web: cómo mantener su cuenta en buen estado", "Nuevas tarifas de FBA")),
        "Recibe este correo porque su cuenta está registrada como vendedor en Amazon.",
    )
    return local_letter(scene, pick(scene, "Novedades para vendedores", "Boletín mensual"), blocks)


@speaks("es")
def estado_activo(scene: Scene) -> Letter:
    """A status table: back from suspended to active."""
    blocks = compact(
        scene,
        pick(scene, "El estado de su cuenta ha cambiado.", "Su apelación ha sido aprobada."),
        Table(
            (
                ("Estado anterior", pick(scene, "Suspendida", "Desactivada", "Bloqueada")),
                ("Estado actual", pick(scene, "Activa", "Restablecida")),
                ("Fecha", local_date(scene, scene.when)),
            )
        ),
        pick(
            scene,
            "Hemos levantado la retención de sus fondos y puede vender de nuevo.",
            "Sus anuncios volverán a mostrarse en las próximas horas.",
        ),
    )
    subject = pick(scene, "Estado de la cuenta: activa", "Cuenta restablecida")
    return local_letter(scene, subject, blocks)


@speaks("es")
def caso_en_tramite(scene: Scene) -> Letter:
    """A case number and "being processed": no decision yet."""
    ref = case_id(scene)
    blocks = compact(
        scene,
        pick(
            scene,
            f"Hemos registrado su solicitud con el número de caso {ref}.",
            f"Acusamos recibo de la documentación enviada (caso {ref}).",
        ),
        pick(
            scene,
            "Un especialista la está tramitando y le contestará por correo electrónico.",
            "Su caso está pendiente de revisión; aún no hemos tomado una decisión.",
        ),
        "No hace falta que vuelva a enviar la misma información.",
    )
    subject = pick(scene, f"Caso {ref}: en trámite", "Acuse de recibo")
    return local_letter(scene, subject, blocks, "health")


FAMILIES: dict[str, tuple[Family, ...]] = {
    "suspension": (cuenta_desactivada,),
    "generic_denial": (apelacion_rechazada,),
    "need_more_info": (documentos_solicitados,),
    "redirect_closed_queue": (buzon_cerrado,),
    "reinstatement": (cuenta_reactivada, estado_activo),
    "acknowledgement": (apelacion_recibida, caso_en_tramite),
    "other": (boletin,),
}
