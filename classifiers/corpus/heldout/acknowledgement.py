"""Held-out ``acknowledgement`` families: the submission arrived; no decision yet.

Five voices: "we received your appeal" with a review window, a Seller Support case
confirmation, an HTML "documents received / under review" card, a terse submission
receipt with a reference number, and a conversational "it's in our queue". Two more
are German and Italian (``german.py``, ``italian.py``).
"""

from __future__ import annotations

from classifiers.corpus.heldout.blocks import Scene, greeting, pick, signoff
from classifiers.corpus.heldout.german import de_appeal_received
from classifiers.corpus.heldout.italian import it_appeal_received
from classifiers.corpus.heldout.render import Body, Heading, Link


def received_under_review(scene: Scene) -> Body:
    """We have your appeal; expect an answer within a few days; no action needed."""
    rng = scene.rng
    days = pick(rng, ("2", "3", "5", "7"))
    subject = pick(
        rng,
        (
            "We received your appeal",
            "Your appeal is being reviewed",
            f"Appeal received - {scene.seller.store_name}",
        ),
    )
    blocks = (
        greeting(scene),
        pick(
            rng,
            (
                "Thank you for your appeal. It has been received and is now with our team.",
                "This is to confirm that we have received your appeal.",
                "Your submission has reached us and is in the review queue.",
            ),
        ),
        f"We usually respond within {days} business days.",
        pick(
            rng,
            (
                "You do not need to do anything else right now.",
                "There is no need to send your appeal again; doing so may delay the review.",
                "We will email you when the review is complete.",
            ),
        ),
        signoff(scene, "Seller Performance Team"),
    )
    layout = pick(rng, ("plain", "alt"))
    return Body(
        "received_under_review",
        scene.addr("seller-performance"),
        scene.market.store,
        subject,
        blocks,
        layout,
    )


def case_confirmation(scene: Scene) -> Body:
    """A Seller Support case opened for an account-health contact."""
    rng = scene.rng
    subject = pick(
        rng,
        (
            f"Case {scene.case_id} has been created",
            f"Your case ID: {scene.case_id}",
            f"[Case {scene.case_id}] We have your request",
        ),
    )
    blocks = (
        greeting(scene),
        pick(
            rng,
            (
                "Thank you for contacting us about your account.",
                "We have received your request regarding the deactivation of your account.",
            ),
        ),
        f"Your case number is {scene.case_id}. Please keep it for your records.",
        pick(
            rng,
            (
                "A specialist will look at the information you provided and reply in this case.",
                "The responsible team will review your case and update you by email.",
            ),
        ),
        Link("View your case", scene.url(f"cu/case-dashboard/view-case?caseID={scene.case_id}")),
        signoff(scene, "Seller Support"),
    )
    sender = pick(rng, ("seller-support", "sellersupport-noreply"))
    return Body(
        "case_confirmation",
        scene.addr(sender),
        "Amazon Seller Support",
        subject,
        blocks,
        pick(rng, ("plain", "alt", "html")),
    )


def documents_received_card(scene: Scene) -> Body:
    """An HTML card: documents received, status under review."""
    rng = scene.rng
    subject = pick(
        rng,
        (
            "Documents received",
            "Your documents were submitted",
            f"Status update for {scene.reference}",
        ),
    )
    blocks = (
        Heading("Thanks, we have your documents"),
        f"Reference: {scene.reference}\nReceived: {scene.day()}\nStatus: Under review",
        pick(
            rng,
            (
                "Our team is reviewing what you sent. We will let you know the result.",
                "The documents are in review. No decision has been made yet.",
            ),
        ),
        Link("Track status", scene.url("performance/account/health")),
        signoff(scene, "Account Health Team"),
    )
    return Body(
        "documents_received_card",
        scene.addr("account-health"),
        "Account Health",
        subject,
        blocks,
        "html",
        "card",
    )


def submission_receipt(scene: Scene) -> Body:
    """A terse receipt: what was submitted, when, and its reference."""
    rng = scene.rng
    subject = pick(
        rng,
        (
            "Submission confirmation",
            f"Receipt for your appeal ({scene.asins[0]})",
            "Appeal submitted successfully",
        ),
    )
    blocks = (
        f"Submitted: {scene.day()}\nItem: {pick(rng, ('Appeal', 'Plan of action', 'Documents'))}"
        f" for ASIN {scene.asins[0]}\nReference: {scene.reference}",
        pick(
            rng,
            (
                "We have received your submission. It will be reviewed in the order received.",
                "Your submission is complete and waiting for review.",
            ),
        ),
        "This message confirms receipt only and is not a decision.",
        pick(rng, ("-- Amazon", "-- Account Health", "-- Seller Performance")),
    )
    sender = pick(rng, ("no-reply", "account-health-noreply", "seller-performance"))
    return Body(
        "submission_receipt", scene.addr(sender), scene.market.store, subject, blocks, "plain"
    )


def got_it_in_queue(scene: Scene) -> Body:
    """A conversational receipt: we've got it, it's in the queue, don't resend."""
    rng = scene.rng
    subject = pick(
        rng,
        (
            "Thanks, we've got your appeal",
            "Your appeal is in our queue",
            "We've got what you sent",
        ),
    )
    blocks = (
        pick(rng, (f"Hi {scene.seller.owner.split()[0]},", "Hi there,")),
        pick(
            rng,
            (
                "Thanks for sending your appeal. It's now in line to be looked at by our team.",
                "We've got the documents you sent, and they're waiting for an investigator.",
            ),
        ),
        pick(
            rng,
            (
                "We haven't made a decision yet. We'll write to you once we have.",
                "No decision has been made yet; you'll hear from us when there is one.",
            ),
        ),
        "Sending the same thing again won't move it up the line.",
        f"Received: {scene.day()} - reference {scene.reference}",
        signoff(scene, "The Account Health team"),
    )
    return Body(
        "got_it_in_queue",
        scene.addr(pick(rng, ("account-health", "seller-performance"))),
        scene.market.store,
        subject,
        blocks,
        pick(rng, ("plain", "alt")),
    )


FAMILIES = (
    received_under_review,
    case_confirmation,
    documents_received_card,
    submission_receipt,
    got_it_in_queue,
    de_appeal_received,
    it_appeal_received,
)
