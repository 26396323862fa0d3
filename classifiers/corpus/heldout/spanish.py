"""Held-out Spanish families from Amazon.es: an appeal turned down, an account restored.

Dates read ``4 de marzo de 2024`` or ``04/03/2024``; some messages are ISO-8859-1, so
the wording stays inside Latin-1.
"""

from __future__ import annotations

from classifiers.corpus.heldout.blocks import Scene, pick
from classifiers.corpus.heldout.locales import SPANISH, charset, goodbye, hello, local_day, localize
from classifiers.corpus.heldout.render import Body, Link


def es_appeal_rejected(scene: Scene) -> Body:
    """The appeal was not accepted, with no concrete reason given."""
    scene = localize(scene, SPANISH)
    rng = scene.rng
    subject = pick(
        rng,
        (
            "Respuesta a su apelación",
            "No hemos podido reactivar su cuenta",
            f"Revisión de la cuenta {scene.seller.merchant_token}",
        ),
    )
    blocks = (
        hello(scene, SPANISH),
        pick(
            rng,
            (
                "Gracias por su apelación. Tras revisarla, hemos decidido no reactivar su "
                "cuenta de vendedor.",
                "Hemos estudiado su plan de acción y no resuelve nuestras dudas.",
            ),
        ),
        pick(
            rng,
            (
                "La información enviada no es suficiente.",
                "Su plan no explica de forma satisfactoria lo ocurrido.",
                "Por este motivo, ya no puede vender en Amazon.es.",
            ),
        ),
        pick(
            rng,
            (
                "Es posible que no respondamos a nuevos mensajes sobre este asunto.",
                "Esta decisión es definitiva y los fondos de su cuenta siguen retenidos.",
                "Puede volver a presentar una apelación si dispone de información nueva.",
            ),
        ),
        f"Fecha de la revisión: {local_day(scene, SPANISH)}",
        goodbye(scene, SPANISH, pick(rng, ("Equipo de Rendimiento del vendedor", "Amazon.es"))),
    )
    return Body(
        "es_appeal_rejected",
        scene.addr(pick(rng, ("seller-performance", "rendimiento-vendedor"))),
        "Amazon.es",
        subject,
        blocks,
        pick(rng, ("plain", "alt", "html")),
        pick(rng, ("simple", "table")),
        charset=charset(scene),
    )


def es_reactivated(scene: Scene) -> Body:
    """The account or a listing is active again; keep the measures going."""
    scene = localize(scene, SPANISH)
    rng = scene.rng
    subject = pick(
        rng,
        (
            "Su cuenta de vendedor se ha reactivado",
            "¡Ya puede volver a vender en Amazon.es!",
            f"Su anuncio {scene.asins[0]} está activo de nuevo",
        ),
    )
    blocks = (
        hello(scene, SPANISH),
        pick(
            rng,
            (
                "Hemos aceptado su apelación y su cuenta de vendedor vuelve a estar activa.",
                "Tras revisar su plan de acción, hemos restablecido sus privilegios de venta.",
            ),
        ),
        pick(
            rng,
            (
                "Sus ofertas volverán a aparecer en la tienda en las próximas horas.",
                "Los pagos retenidos se liberarán con la próxima liquidación.",
            ),
        ),
        f"Fecha de reactivación: {local_day(scene, SPANISH)}",
        "Le recomendamos mantener las medidas descritas y revisar con regularidad el estado "
        "de su cuenta.",
        Link("Estado de la cuenta", scene.url("performance/account/health")),
        goodbye(scene, SPANISH, "Equipo de Rendimiento del vendedor"),
    )
    return Body(
        "es_reactivated",
        scene.addr("seller-performance"),
        "Amazon.es",
        subject,
        blocks,
        pick(rng, ("plain", "alt", "html")),
        pick(rng, ("simple", "card")),
        charset=charset(scene),
    )
