"""More acknowledgements, shaped unlike the first eight families.

With whole families held out the model missed receipts laid out as next steps, as an
escalation being logged, or as an echo of the appeal form; these three families say
"we have it, no decision yet" through "assigned", "logged", "pending" and "copy".
"""

from __future__ import annotations

from .mime import Bullets, Heading, Letter, Table, compact
from .variety import (
    Scene,
    amazon_sender,
    case_id,
    date_text,
    greeting,
    link,
    pick,
    recipient,
    signature,
)


def next_steps(scene: Scene) -> Letter:
    """What happens now: a numbered timeline with the expected reply time."""
    days = scene.rng.choice((2, 3, 5, 7))
    blocks = compact(
        scene,
        pick(scene, "Here's what happens next.", "What to expect", "Thanks, we've got it."),
        Bullets(
            (
                f"Your request arrived on {date_text(scene, scene.when)}.",
                pick(
                    scene,
                    "It has been assigned to a specialist.",
                    "A reviewer has been assigned.",
                ),
                pick(
                    scene,
                    "You'll get our answer by email.",
                    "The answer will also appear in your case log.",
                ),
            )
        ),
        f"Expected response time: {days} business days.",
        pick(scene, "Status: in progress", "Current status: pending"),
    )
    subject = pick(
        scene,
        "Next steps for your request",
        "Your request is in progress",
        "What happens next with your appeal",
    )
    return Letter(
        amazon_sender(scene, "health"),
        recipient(scene),
        subject,
        blocks,
        greeting(scene),
        signature(scene),
    )


def escalation_logged(scene: Scene) -> Letter:
    """The seller's escalation was logged and forwarded; an assessment is pending."""
    ref = case_id(scene)
    blocks = compact(
        scene,
        pick(
            scene,
            "Your escalation has been logged.",
            "We've forwarded your message to the escalations team.",
            "Thank you for raising this with us.",
        ),
        pick(
            scene,
            "An investigator will look at your file and reach out once their assessment is done.",
            "The team handling escalations will contact you when they have finished.",
        ),
        f"Escalation ID: {ref}",
        pick(
            scene,
            "Please hold off on further submissions while the assessment is pending.",
            "There is no need to write again in the meantime.",
            "",
        ),
    )
    subject = pick(
        scene,
        f"Escalation logged [{ref}]",
        "Your escalation has been forwarded",
        "RE: Request for review by a manager",
    )
    return Letter(
        amazon_sender(scene), recipient(scene), subject, blocks, greeting(scene), signature(scene)
    )


def form_copy(scene: Scene) -> Letter:
    """A copy of what the seller entered in the appeal form, marked pending."""
    files = scene.rng.randint(1, 5)
    blocks = compact(
        scene,
        Heading(pick(scene, "Submission summary", "A copy of your appeal", "Your appeal details")),
        pick(
            scene,
            "For your records, here is a copy of the appeal you submitted.",
            "This is a summary of the information you entered.",
        ),
        Table(
            (
                ("Submitted by", scene.seller.store),
                ("Submitted on", date_text(scene, scene.when)),
                ("Issue", pick(scene, "Account deactivation", "Listing removal", "Policy warning")),
                ("Attachments", f"{files} file{'s' if files > 1 else ''}"),
                ("Status", pick(scene, "Pending", "Awaiting review", "Submitted")),
            )
        ),
        pick(scene, f"Track it on {link(scene, 'dashboard')}", ""),
    )
    subject = pick(
        scene, "Copy of your appeal", "Appeal submission summary", "Your appeal details (copy)"
    )
    return Letter(
        amazon_sender(scene, "noreply"),
        recipient(scene),
        subject,
        blocks,
        greeting(scene),
        signature(scene),
    )


FAMILIES = (next_steps, escalation_logged, form_copy)
