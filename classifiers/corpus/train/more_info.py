"""Requests for more information: Amazon names the documents or the point it still needs.

Six families here (three more in ``clarify``): invoices and supplier contacts, a revised
plan of action covering one named point, identity and business verification, IP
authorisation, safety documents, proof that a fix is in place. Several also say the
account "remains deactivated"; they are still requests, because what they ask for is
specific.
"""

from __future__ import annotations

from .clarify import ask
from .mime import Bullets, Heading, Letter, Table, compact
from .variety import (
    Scene,
    amazon_sender,
    asin,
    asins,
    case_id,
    chance,
    deadline,
    greeting,
    link,
    order_id,
    pick,
    recipient,
    signature,
)


def _still_off(scene: Scene) -> str:
    return pick(
        scene,
        "Your account remains deactivated until we receive this information.",
        "Your selling privileges remain removed for now.",
        "",
        "",
    )


def invoices_request(scene: Scene) -> Letter:
    """Invoices and supplier contact details for named ASINs."""
    items = asins(scene, 1, 3)
    days = pick(scene, "365", "180", "90")
    blocks = compact(
        scene,
        ask(scene) if chance(scene, 0.35) else None,
        pick(
            scene,
            "To continue our review, we need more information.",
            "We need additional information before we can reinstate your account.",
            "Please provide the following information so that we can complete our review.",
        ),
        Bullets(
            (
                f"Invoices from your supplier for the last {days} days for ASIN {', '.join(items)}",
                pick(
                    scene,
                    "Supplier name, address, phone number and website",
                    "Contact information for your supplier",
                ),
                pick(
                    scene,
                    "The invoices must show quantities that match your sales.",
                    "Pro forma invoices and order confirmations are not accepted.",
                ),
            )
        ),
        _still_off(scene),
        pick(
            scene,
            f"Please send the documents {deadline(scene)}.",
            f"Upload them at {link(scene, 'appeal')}",
        ),
    )
    subject = pick(
        scene,
        "Additional information required",
        "Request for invoices",
        f"RE: Your appeal - documents needed ({items[0]})",
    )
    return Letter(
        amazon_sender(scene), recipient(scene), subject, blocks, greeting(scene), signature(scene)
    )


_POINTS = (
    "the root cause of your late shipments",
    "how you will verify new suppliers before listing their products",
    "what you did with the remaining inventory",
    "how you will prevent listing errors in the product detail pages",
    "the steps you took for the buyers who complained",
    "how you will monitor your order defect rate every week",
    "why orders {order} and {order2} were shipped late",
)


def revised_poa(scene: Scene) -> Letter:
    """A revised plan of action that must cover one named point."""
    point = scene.rng.choice(_POINTS).format(order=order_id(scene), order2=order_id(scene))
    blocks = compact(
        scene,
        ask(scene) if chance(scene, 0.35) else None,
        pick(scene, "Thank you for your plan of action.", "We reviewed your appeal.", ""),
        pick(
            scene,
            f"Your plan of action does not explain {point}.",
            f"Before we can continue, we need you to explain {point}.",
            f"Please send a revised plan of action that addresses {point}.",
        ),
        pick(
            scene,
            "Please include this in a revised plan of action.",
            "Send us an updated plan of action covering this point.",
            "Reply with the missing information.",
        ),
        _still_off(scene),
        pick(scene, f"Reference: {case_id(scene)}", ""),
    )
    subject = pick(
        scene,
        "We need more information about your plan of action",
        "RE: Plan of Action - more information needed",
        "Revised POA requested",
    )
    return Letter(
        amazon_sender(scene), recipient(scene), subject, blocks, greeting(scene), signature(scene)
    )


def verification_request(scene: Scene) -> Letter:
    """Identity or business documents for seller verification."""
    wanted = [
        pick(
            scene,
            "A colour scan of a valid government-issued ID (passport or ID card)",
            "A copy of the passport of the primary contact person",
        ),
        pick(
            scene,
            "A utility bill in the business name, dated within the last 180 days",
            "A bank statement showing the business address",
        ),
    ]
    if chance(scene, 0.5):
        wanted.append(
            pick(
                scene,
                "Your business registration certificate",
                "A credit card statement for the card on file",
            )
        )
    blocks = compact(
        scene,
        ask(scene) if chance(scene, 0.35) else None,
        pick(
            scene,
            "We need to verify the information you gave us about your business.",
            "To complete the verification of your account, please provide:",
        ),
        Bullets(tuple(wanted)),
        pick(
            scene,
            "Documents must be legible and complete; screenshots are not accepted.",
            "All pages must be included.",
        ),
        _still_off(scene),
        pick(scene, f"Upload the documents {deadline(scene)}.", f"Go to {link(scene, 'appeal')}"),
    )
    subject = pick(
        scene,
        "Action required: verify your identity",
        "Seller verification - documents required",
        "Additional documents needed to verify your account",
    )
    return Letter(
        amazon_sender(scene, "health"),
        recipient(scene),
        subject,
        blocks,
        greeting(scene),
        signature(scene),
    )


def authorization_request(scene: Scene) -> Letter:
    """An IP case: a letter of authorization, licence or retraction is needed."""
    kind = pick(scene, "trademark", "copyright", "patent")
    blocks = compact(
        scene,
        ask(scene) if chance(scene, 0.35) else None,
        pick(
            scene,
            f"We reviewed your appeal regarding the {kind} complaint "
            f"(complaint ID {case_id(scene)}).",
            f"Your appeal about ASIN {asin(scene)} cannot be processed yet.",
        ),
        pick(scene, "Please provide one of the following:", "We need:"),
        Bullets(
            (
                "A letter of authorization (LOA) from the rights owner",
                pick(
                    scene,
                    "A licence agreement with the rights owner",
                    "Invoices showing you bought the products from the rights owner",
                ),
                pick(
                    scene,
                    "A retraction of the complaint sent by the rights owner to "
                    f"notice-dispute@{scene.market.domain}",
                    "Proof that the complaint was made in error",
                ),
            )
        ),
        _still_off(scene),
    )
    subject = pick(
        scene,
        "Letter of authorization required",
        f"RE: {kind.title()} complaint - information needed",
        "More information needed for your appeal",
    )
    return Letter(
        amazon_sender(scene, "dispute"),
        recipient(scene),
        subject,
        blocks,
        greeting(scene),
        signature(scene, "dispute"),
    )


def safety_documents(scene: Scene) -> Letter:
    """Safety data sheets, exemption sheets or test reports for named ASINs."""
    items = asins(scene, 1, 3)
    doc = pick(
        scene,
        "a safety data sheet (SDS)",
        "an exemption sheet",
        "a test report from an ISO 17025 accredited laboratory",
        "a Children's Product Certificate (CPC)",
        "an EU declaration of conformity",
    )
    blocks = compact(
        scene,
        ask(scene) if chance(scene, 0.35) else None,
        pick(
            scene,
            "We need documents to confirm that your products are safe.",
            "Your listings were held for a compliance review.",
        ),
        Table(tuple(("ASIN", a) for a in items) + (("Document required", doc),)),
        pick(
            scene,
            f"Please upload {doc} for each ASIN {deadline(scene)}.",
            f"Send {doc}; documents must show the ASIN and the manufacturer.",
        ),
        pick(scene, "The listings remain inactive until the document is approved.", ""),
    )
    subject = pick(
        scene,
        "Documents required for your listings",
        "Action required: compliance documents",
        "Safety information needed",
    )
    return Letter(
        amazon_sender(scene), recipient(scene), subject, blocks, greeting(scene), signature(scene)
    )


def proof_of_fix(scene: Scene) -> Letter:
    """Proof that the problem is fixed: screenshots, photos, tracking."""
    blocks = compact(
        scene,
        ask(scene) if chance(scene, 0.35) else None,
        Heading(pick(scene, "What we need from you", "Information requested")),
        pick(
            scene,
            "Before we reinstate your listings, please send proof that the issue is fixed:",
            "Please provide evidence of the changes described in your plan of action:",
        ),
        Bullets(
            (
                pick(
                    scene,
                    "Screenshots of the corrected product detail pages",
                    "Photos of the product and its packaging, showing labels",
                ),
                pick(
                    scene,
                    f"Tracking numbers for order {order_id(scene)}",
                    "A copy of your updated quality-check procedure",
                ),
            )
        ),
        pick(scene, f"Reply {deadline(scene)}.", ""),
        _still_off(scene),
    )
    subject = pick(
        scene,
        "Please provide proof of your corrective actions",
        "RE: Your appeal - evidence required",
        "Information needed to proceed",
    )
    return Letter(
        amazon_sender(scene), recipient(scene), subject, blocks, greeting(scene), signature(scene)
    )


FAMILIES = (
    invoices_request,
    revised_poa,
    verification_request,
    authorization_request,
    safety_documents,
    proof_of_fix,
)
