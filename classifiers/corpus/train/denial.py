"""Generic denials: the appeal or plan of action was rejected without naming what was missing.

Six families. None of them asks for a named document (that would be a request for more
information); they say the appeal "did not address our concerns", was "insufficient",
or that the decision is final.
"""

from __future__ import annotations

from .mime import Bullets, Heading, Letter, compact
from .variety import (
    Scene,
    amazon_sender,
    asins,
    case_id,
    chance,
    greeting,
    link,
    pick,
    recipient,
    signature,
)


def _subject(scene: Scene, *own: str) -> str:
    brand = scene.market.brand
    return pick(
        scene,
        *own,
        f"RE: Your {brand} selling privileges",
        "Re: Your appeal",
        f"RE: Account deactivation - {scene.seller.store}",
    )


def rejected(scene: Scene) -> str:
    """One of the shared ways a denial says "no" without saying why."""
    return pick(
        scene,
        "Your appeal has been denied.",
        "We are unable to reinstate your account.",
        "Your plan of action was not accepted.",
        "We will not reinstate your selling privileges at this time.",
        "The information you provided did not address our concerns.",
        "Your appeal was unsuccessful.",
        "Your account will not be reactivated.",
    )


def did_not_address(scene: Scene) -> Letter:
    """The classic "your plan of action did not address our concerns" reply."""
    blocks = compact(
        scene,
        rejected(scene) if chance(scene, 0.35) else None,
        pick(
            scene,
            "Thank you for your appeal.",
            "We reviewed the information you provided.",
            "We have reviewed your plan of action.",
            "",
        ),
        pick(
            scene,
            "Unfortunately, your plan of action did not address our concerns.",
            "Your appeal does not adequately address the issues with your account.",
            "The plan of action you sent does not resolve our concerns about your account.",
        ),
        pick(
            scene,
            "Your selling privileges remain removed.",
            "Your account will remain deactivated.",
            "You may no longer sell on Amazon.",
            "Your listings will not be reinstated.",
        ),
        pick(
            scene,
            f"You can submit a new appeal on {link(scene, 'dashboard')}",
            "You may send a revised plan of action.",
            "",
        ),
        pick(scene, f"Case ID: {case_id(scene)}", ""),
    )
    return Letter(
        amazon_sender(scene),
        recipient(scene),
        _subject(scene, "Your appeal was not accepted"),
        blocks,
        greeting(scene),
        signature(scene),
    )


def insufficient(scene: Scene) -> Letter:
    """The "information provided was insufficient" wording."""
    blocks = compact(
        scene,
        rejected(scene) if chance(scene, 0.35) else None,
        pick(
            scene,
            "We are unable to reinstate your account at this time.",
            "We cannot reactivate your selling privileges based on what you sent.",
        ),
        pick(
            scene,
            "The information you provided was insufficient.",
            "The information in your appeal was not sufficient to reinstate your account.",
            "Your submission did not contain enough information for us to act on.",
        ),
        pick(
            scene,
            "Our decision is based on a careful review of your account.",
            "We reviewed your account and the documents on file.",
            "",
        ),
        pick(
            scene,
            "If you have new information, you may appeal again.",
            "Funds in your account remain on hold.",
            "",
        ),
    )
    return Letter(
        amazon_sender(scene),
        recipient(scene),
        _subject(scene, "Appeal decision", "Your reinstatement request"),
        blocks,
        greeting(scene),
        signature(scene),
    )


def final_decision(scene: Scene) -> Letter:
    """The final "we will not reinstate, further emails may not be answered" letter."""
    blocks = compact(
        scene,
        rejected(scene) if chance(scene, 0.35) else None,
        pick(
            scene,
            "We have reviewed your account and decided not to reinstate it.",
            "After careful consideration, we will not reinstate your selling privileges.",
            "Your appeal has been reviewed and denied.",
        ),
        pick(
            scene,
            "This decision is final.",
            "You may no longer sell on Amazon.",
            "We will not reconsider this decision.",
        ),
        pick(
            scene,
            "We may not respond to further emails on this matter.",
            "Further messages about this account may not receive a reply.",
            "We will not answer additional appeals for this account.",
        ),
        pick(
            scene,
            "Funds held in the account will be handled according to our policies.",
            "Any remaining inventory in our fulfilment centres must be removed.",
            "",
        ),
    )
    return Letter(
        amazon_sender(scene),
        recipient(scene),
        _subject(scene, "Final decision on your appeal", "Decision: appeal denied"),
        blocks,
        greeting(scene),
        signature(scene),
    )


def short_rejection(scene: Scene) -> Letter:
    """A two-line rejection."""
    blocks = (
        pick(
            scene,
            "Your appeal was not accepted.",
            "We could not accept your appeal.",
            "Your appeal has been rejected.",
            "Appeal denied.",
        ),
        pick(
            scene,
            f"More information: {link(scene, 'dashboard')}",
            "Your account remains deactivated.",
            "Your listings remain inactive.",
        ),
    )
    return Letter(
        amazon_sender(scene, "noreply"),
        recipient(scene),
        _subject(scene, "Appeal status update", "Appeal rejected"),
        blocks,
        pick(scene, "Hello,", "") or None,
        signature(scene)[-1:],
    )


def status_denied(scene: Scene) -> Letter:
    """The Account Health layout: appeal status "Denied" and generic next steps."""
    blocks = compact(
        scene,
        rejected(scene) if chance(scene, 0.35) else None,
        Heading(pick(scene, "Appeal status: Denied", "Status of your appeal: Not approved")),
        pick(
            scene,
            "We reviewed your appeal and could not approve it.",
            "Your appeal did not meet our requirements.",
        ),
        Heading(pick(scene, "What can I do next?", "Next steps")),
        Bullets(
            (
                pick(
                    scene,
                    "Review the policy that applies to your account.",
                    "Read the policy carefully.",
                ),
                pick(
                    scene,
                    "Make sure your appeal addresses our concerns.",
                    "Check that your plan of action is complete.",
                ),
                f"Submit a new appeal from {link(scene, 'dashboard')}",
            )
        ),
    )
    return Letter(
        amazon_sender(scene, "health"),
        recipient(scene),
        _subject(scene, "Update on your appeal", "Your appeal was denied"),
        blocks,
        greeting(scene),
        signature(scene),
    )


def listing_appeal_denied(scene: Scene) -> Letter:
    """An ASIN-level appeal rejected; the listings stay removed."""
    items = asins(scene, 1, 3)
    joined = ", ".join(items)
    blocks = compact(
        scene,
        rejected(scene) if chance(scene, 0.35) else None,
        pick(
            scene,
            f"We reviewed your appeal for ASIN {joined}.",
            f"Thank you for your appeal regarding: {joined}.",
        ),
        pick(
            scene,
            "We cannot reinstate the listing at this time.",
            "The information did not address the concerns about these listings.",
            "The ASINs will remain deactivated.",
        ),
        pick(scene, "The listing will remain inactive.", "", "You can appeal again."),
        "" if chance(scene, 0.5) else f"Reference: {case_id(scene)}",
    )
    return Letter(
        amazon_sender(scene),
        recipient(scene),
        _subject(scene, f"Re: Appeal for {items[0]}", "Listing appeal not accepted"),
        blocks,
        greeting(scene),
        signature(scene),
    )


def denial_with_guidance(scene: Scene) -> Letter:
    """A rejection padded with generic plan-of-action advice that names nothing specific."""
    blocks = compact(
        scene,
        rejected(scene) if chance(scene, 0.35) else None,
        pick(
            scene,
            "We reviewed your appeal, but it did not address our concerns.",
            "Your plan of action was reviewed and was not sufficient for reinstatement.",
        ),
        pick(
            scene,
            "Your account remains deactivated.",
            "You may no longer sell on Amazon.",
            "Your listings remain removed.",
        ),
        Heading(pick(scene, "Tips for writing a plan of action", "A good appeal usually")),
        Bullets(
            (
                "identifies the root cause of the issue;",
                "describes the actions taken to resolve it;",
                "explains how you will prevent it from happening again.",
            )
        ),
        pick(
            scene,
            "We are unable to provide further details about our review.",
            "We cannot share the specific reasons for our decision.",
            "",
        ),
        pick(scene, f"Policy pages: {link(scene, 'policy')}", ""),
    )
    return Letter(
        amazon_sender(scene),
        recipient(scene),
        _subject(scene, "Your appeal could not be approved"),
        blocks,
        greeting(scene),
        signature(scene),
    )


FAMILIES = (
    did_not_address,
    insufficient,
    final_decision,
    short_rejection,
    status_denied,
    listing_appeal_denied,
    denial_with_guidance,
)
