"""Acknowledgements: the appeal or documents arrived and are under review, no decision yet.

Eight families: appeal received, submission confirmed with a reference, documents
received, a Seller Support case opened, "still under review", an automatic email
confirmation, an upload receipt table and a queue notice. Families share pools of
"received" and "under review" sentences, as Amazon's templates reuse them.
"""

from __future__ import annotations

from .mime import Heading, Letter, Table, compact
from .variety import (
    Scene,
    amazon_sender,
    case_id,
    chance,
    date_text,
    greeting,
    link,
    pick,
    recipient,
    signature,
)


def received(scene: Scene) -> str:
    """One of the shared ways of saying "it arrived"."""
    return pick(
        scene,
        "We have received your appeal.",
        "Your plan of action has been received.",
        "We received the information you sent.",
        "Thank you for your submission.",
        "This confirms that we received your documents.",
        "Your appeal has been submitted successfully.",
        "We got your message.",
    )


def reviewing(scene: Scene) -> str:
    """One of the shared ways of saying "no decision yet"."""
    return pick(
        scene,
        "It is now under review.",
        "We are reviewing it.",
        "We will contact you once our review is complete.",
        "No decision has been made yet.",
        "Our team will review it and get back to you.",
        "Please allow up to 72 hours for our review.",
    )


def appeal_received(scene: Scene) -> Letter:
    """The plain "we received your appeal and will review it" note."""
    blocks = compact(
        scene,
        reviewing(scene) if chance(scene, 0.4) else None,
        pick(
            scene,
            "We have received your appeal.",
            "Thank you for submitting your appeal.",
            "Your plan of action has been received.",
        ),
        pick(
            scene,
            "We will review it and respond within 48 hours.",
            "Our team will review your information and contact you within 2 business days.",
            "A member of our team will review it as soon as possible.",
        ),
        pick(scene, "You do not need to take any further action at this time.", ""),
    )
    subject = pick(
        scene, "We received your appeal", "Appeal received", "RE: Appeal - confirmation of receipt"
    )
    return Letter(
        amazon_sender(scene), recipient(scene), subject, blocks, greeting(scene), signature(scene)
    )


def submission_confirmed(scene: Scene) -> Letter:
    """A confirmation with a reference ID and a warning not to resubmit."""
    ref = case_id(scene)
    blocks = compact(
        scene,
        reviewing(scene) if chance(scene, 0.4) else None,
        pick(
            scene,
            f"Your submission was received on {date_text(scene, scene.when)}.",
            "Thank you, your submission has been received.",
        ),
        f"Reference ID: {ref}",
        pick(
            scene,
            "Please do not submit the same information again; duplicate submissions "
            "may delay our review.",
            "Sending additional appeals will not speed up the review.",
        ),
        pick(scene, f"You can see the status on {link(scene, 'dashboard')}", ""),
    )
    subject = pick(
        scene,
        f"Submission received [{ref}]",
        "Confirmation of your submission",
        "Your appeal is in review",
    )
    return Letter(
        amazon_sender(scene, "health"),
        recipient(scene),
        subject,
        blocks,
        greeting(scene),
        signature(scene),
    )


def documents_received(scene: Scene) -> Letter:
    """The requested documents arrived; they are being reviewed."""
    blocks = compact(
        scene,
        reviewing(scene) if chance(scene, 0.4) else None,
        pick(
            scene,
            "We have received the documents you provided.",
            "Thank you for sending the requested invoices.",
            "The information you uploaded has been received.",
        ),
        pick(
            scene,
            "They are now under review.",
            "Our team is reviewing them.",
            "We will let you know once the review is complete.",
        ),
    )
    subject = pick(
        scene, "Documents received", "RE: Requested documents", "We are reviewing your documents"
    )
    return Letter(
        amazon_sender(scene), recipient(scene), subject, blocks, greeting(scene), signature(scene)
    )


def case_opened(scene: Scene) -> Letter:
    """Seller Support opened a case for the message."""
    ref = case_id(scene)
    blocks = compact(
        scene,
        reviewing(scene) if chance(scene, 0.4) else None,
        pick(
            scene,
            f"We've received your message and created case {ref}.",
            f"Thank you for contacting Seller Support. Your case ID is {ref}.",
        ),
        pick(
            scene,
            "The case has been passed to the team that handles account reviews.",
            "A specialist will get back to you.",
            "We will reply through the case log.",
        ),
        pick(scene, f"View your case: {link(scene, 'contact')}", ""),
    )
    subject = pick(
        scene,
        f"Case {ref} created",
        f"Your Seller Support case: {ref}",
        "We've received your request",
    )
    return Letter(
        amazon_sender(scene, "support"),
        recipient(scene),
        subject,
        blocks,
        greeting(scene),
        signature(scene),
    )


def still_reviewing(scene: Scene) -> Letter:
    """The review is taking longer; no decision yet."""
    blocks = compact(
        scene,
        reviewing(scene) if chance(scene, 0.4) else None,
        Heading(pick(scene, "Status: Under review", "Your appeal is still under review")),
        pick(
            scene,
            "Your appeal is taking longer than usual to review.",
            "We are still reviewing the information you sent.",
        ),
        pick(
            scene,
            "We will contact you when we have made a decision.",
            "No action is needed from you right now.",
            "Please wait for our reply before sending anything else.",
        ),
    )
    subject = pick(
        scene, "Your appeal is under review", "Update: review in progress", "Status of your appeal"
    )
    return Letter(
        amazon_sender(scene, "health"),
        recipient(scene),
        subject,
        blocks,
        greeting(scene),
        signature(scene),
    )


def auto_confirmation(scene: Scene) -> Letter:
    """An automatic email confirmation with the expected response time."""
    blocks = compact(
        scene,
        pick(
            scene,
            "Thank you for your email.",
            "This is an automatic confirmation.",
            "Thank you for writing to us.",
        ),
        received(scene),
        pick(
            scene,
            "We typically respond within 2 business days.",
            "You can expect a reply within 48 hours.",
            "Responses may take longer during busy periods.",
        ),
        pick(scene, "Please do not send your appeal again.", ""),
    )
    subject = pick(
        scene,
        "RE: Appeal - received",
        "Thank you for contacting us",
        "Confirmation: we received your email",
    )
    return Letter(
        amazon_sender(scene), recipient(scene), subject, blocks, greeting(scene), signature(scene)
    )


def upload_receipt(scene: Scene) -> Letter:
    """A table of uploaded files, each marked received."""
    files = scene.rng.sample(
        (
            "invoice.pdf",
            "supplier_invoice_2.pdf",
            "POA.pdf",
            "LOA.pdf",
            "utility_bill.pdf",
            "test_report.pdf",
            "id_scan.jpg",
        ),
        2,
    )
    blocks = compact(
        scene,
        pick(
            scene,
            "Your documents were uploaded successfully.",
            "The following files were attached to your appeal:",
        ),
        Table(tuple((name, "Received") for name in files)),
        reviewing(scene),
    )
    subject = pick(scene, "Upload confirmation", "Documents uploaded", "Your files were received")
    return Letter(
        amazon_sender(scene, "health"),
        recipient(scene),
        subject,
        blocks,
        greeting(scene),
        signature(scene),
    )


def queue_notice(scene: Scene) -> Letter:
    """The appeal is waiting in the review queue."""
    blocks = compact(
        scene,
        received(scene),
        pick(
            scene,
            "Your appeal is in our review queue.",
            "Appeals are reviewed in the order they are received.",
            "Reviews are currently taking up to 7 days.",
        ),
        pick(
            scene,
            "Submitting again will move your appeal to the end of the queue.",
            "We will notify you by email when a decision is made.",
            "",
        ),
    )
    subject = pick(
        scene, "Your appeal is in the queue", "Appeal pending review", "Update on your appeal"
    )
    return Letter(
        amazon_sender(scene), recipient(scene), subject, blocks, greeting(scene), signature(scene)
    )


FAMILIES = (
    appeal_received,
    submission_confirmed,
    documents_received,
    case_opened,
    still_reviewing,
    auto_confirmation,
    upload_receipt,
    queue_notice,
)
