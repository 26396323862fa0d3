"""More requests for information: questionnaires, rejected paperwork, one-line asks.

These extend ``more_info`` with three further families, and hold the shared pool of
"please provide" openers every request family draws from.
"""

from __future__ import annotations

from .mime import Bullets, Letter, compact
from .variety import (
    Scene,
    amazon_sender,
    asin,
    case_id,
    chance,
    deadline,
    greeting,
    link,
    pick,
    recipient,
    signature,
)


def ask(scene: Scene) -> str:
    """One of the shared ways of opening a request."""
    return pick(
        scene,
        "Please provide the following information:",
        "We need additional information.",
        "Send us the following:",
        "Before we can continue our review, please provide the information below.",
        "To continue, we require more information from you.",
        "We need more information to complete our review.",
    )


def questionnaire(scene: Scene) -> Letter:
    """Numbered questions about the supply chain or the incident."""
    item = asin(scene)
    questions = scene.rng.sample(
        (
            f"Who is your supplier for ASIN {item}?",
            "How many units did you buy, and when?",
            "Is your supplier the manufacturer or a distributor?",
            "Where is your inventory stored?",
            "Who prepares the listings on your account?",
            "What checks do you do when stock arrives?",
        ),
        3,
    )
    blocks = compact(
        scene,
        ask(scene),
        pick(scene, "Please answer these questions:", "Answer each question below:"),
        Bullets(tuple(questions)),
        pick(scene, f"Reply {deadline(scene)}.", f"Reference: {case_id(scene)}", ""),
    )
    subject = pick(
        scene,
        "Questions about your appeal",
        "RE: Your appeal - questions",
        "Information needed about your supply chain",
    )
    return Letter(
        amazon_sender(scene), recipient(scene), subject, blocks, greeting(scene), signature(scene)
    )


_PROBLEMS = (
    "the supplier's address and phone number are missing",
    "the buyer name on the invoices does not match your legal business name",
    "the invoices are older than 365 days",
    "the documents are not legible",
    "the quantities do not cover the units you sold",
)


def incomplete_documents(scene: Scene) -> Letter:
    """The documents sent could not be verified; send better ones."""
    problem = scene.rng.choice(_PROBLEMS)
    blocks = compact(
        scene,
        pick(
            scene,
            "We could not verify the documents you provided:",
            "Thank you for the documents. Unfortunately we cannot accept them:",
        ),
        problem[0].upper() + problem[1:] + ".",
        pick(
            scene,
            "Please send new invoices that show the supplier's full contact details.",
            "Please provide documents that meet these requirements.",
            "Send corrected documents so that we can continue.",
        ),
        pick(scene, f"Upload them here: {link(scene, 'appeal')}", ""),
        pick(scene, "Your account remains deactivated until then.", ""),
    )
    subject = pick(
        scene,
        "Documents could not be verified",
        "RE: Invoices - more needed",
        "Additional information required",
    )
    return Letter(
        amazon_sender(scene), recipient(scene), subject, blocks, greeting(scene), signature(scene)
    )


def one_line_ask(scene: Scene) -> Letter:
    """A short request for a single named document."""
    doc = pick(
        scene,
        "a letter of authorization",
        "your supplier's invoices",
        "a safety data sheet",
        "a copy of your business licence",
        "a revised plan of action",
        "photos of the product labels",
    )
    blocks = (
        pick(
            scene,
            f"Please send {doc} for ASIN {asin(scene)} so we can continue.",
            f"We need {doc} before we can review your appeal.",
            f"Provide {doc} {deadline(scene)}.",
        ),
    )
    if chance(scene, 0.5):
        blocks += (ask(scene),)
    subject = pick(scene, "Information needed", "Document request", "RE: Your appeal")
    return Letter(
        amazon_sender(scene),
        recipient(scene),
        subject,
        blocks,
        pick(scene, "Hello,", "") or None,
        signature(scene)[-1:],
    )


FAMILIES = (questionnaire, incomplete_documents, one_line_ask)
