"""Closed-queue auto-replies: the address no longer takes appeals and names the right channel.

Five families: "this address no longer accepts appeals", "this mailbox is not monitored",
the rights-owner-only dispute address, "we changed how you contact us", and a short
automatic response. Subjects often echo the seller's own subject.
"""

from __future__ import annotations

from .mime import Bullets, Heading, Letter, compact
from .variety import Scene, amazon_sender, chance, greeting, link, pick, recipient, signature


def _echo(scene: Scene) -> str:
    """A subject as auto-replies build it from the seller's message."""
    original = pick(
        scene,
        "Appeal - plan of action",
        "Reinstatement request",
        f"Appeal for account {scene.seller.store}",
        "POA for suspended account",
        "Please reinstate our listings",
        "Invoices as requested",
    )
    return pick(
        scene,
        f"Automatic reply: {original}",
        f"Auto: RE: {original}",
        f"RE: {original}",
        "Your email was not delivered to an appeals team",
        "Undeliverable: appeals must be submitted in Seller Central",
        "This address no longer accepts appeals",
    )


def no_longer_accepts(scene: Scene) -> Letter:
    """The appeal address stopped taking email; appeal from Account Health instead."""
    blocks = compact(
        scene,
        pick(
            scene,
            "This email address no longer accepts appeals.",
            "We no longer review appeals sent to this email address.",
            "Appeals sent by email to this address are not reviewed anymore.",
        ),
        pick(
            scene,
            "To appeal, go to your Account Health page and click the Appeal button:",
            "Please submit your appeal through Seller Central instead:",
            "Use the Appeal button next to the policy on your Account Health dashboard:",
        ),
        link(scene, "dashboard"),
        pick(
            scene,
            "Your message has not been forwarded to any team.",
            "We have not received your appeal.",
            "",
        ),
    )
    return Letter(
        amazon_sender(scene),
        recipient(scene),
        _echo(scene),
        blocks,
        greeting(scene),
        signature(scene),
    )


def unmonitored(scene: Scene) -> Letter:
    """An unmonitored mailbox pointing to Seller Support's contact form."""
    blocks = compact(
        scene,
        pick(
            scene,
            "This mailbox is not monitored.",
            "This is an unmonitored email address.",
            "Messages sent to this address are not read.",
        ),
        pick(
            scene,
            "If you need help, please contact Seller Support using the contact form:",
            "For questions about your account, open a case with Seller Support:",
            "To reach us, use Help > Get Support in Seller Central:",
        ),
        link(scene, "contact"),
        pick(scene, "Please do not reply to this message.", ""),
    )
    return Letter(
        amazon_sender(scene, "noreply"),
        recipient(scene),
        _echo(scene),
        blocks,
        greeting(scene),
        signature(scene)[-1:],
    )


def dispute_scope(scene: Scene) -> Letter:
    """The notice-dispute address only accepts rights-owner retractions."""
    blocks = compact(
        scene,
        pick(
            scene,
            "This address only accepts retractions from rights owners.",
            f"notice-dispute@{scene.market.domain} is reserved for rights owners who want to "
            "withdraw a complaint.",
        ),
        pick(
            scene,
            "Sellers cannot appeal through this address.",
            "Appeals from sellers sent here are not reviewed.",
        ),
        pick(
            scene,
            f"To appeal an IP complaint, use the Account Health page: {link(scene, 'dashboard')}",
            f"Please submit your appeal in Seller Central: {link(scene, 'appeal')}",
        ),
    )
    return Letter(
        amazon_sender(scene, "dispute"),
        recipient(scene),
        _echo(scene),
        blocks,
        greeting(scene),
        signature(scene, "dispute"),
    )


def channel_changed(scene: Scene) -> Letter:
    """A sectioned note that contact moved into Seller Central."""
    blocks = compact(
        scene,
        Heading(pick(scene, "We have changed how you contact us", "Where to send your appeal")),
        pick(
            scene,
            "Appeals and documents are no longer accepted by email.",
            "Email replies to notifications are no longer reviewed.",
        ),
        Bullets(
            (
                f"Account Health: {link(scene, 'dashboard')}",
                pick(
                    scene,
                    "Click Appeal next to the affected policy.",
                    "Choose the notification and select Appeal.",
                ),
                pick(
                    scene,
                    f"For other questions, contact Seller Support: {link(scene, 'contact')}",
                    "Attach your documents to the appeal form.",
                ),
            )
        ),
        pick(scene, "Your email was not processed.", "Nothing you sent by email was received.", ""),
    )
    return Letter(
        amazon_sender(scene, "health"),
        recipient(scene),
        _echo(scene),
        blocks,
        greeting(scene),
        signature(scene),
    )


def auto_response(scene: Scene) -> Letter:
    """A very short automatic response."""
    channel = link(scene, "appeal") if chance(scene, 0.5) else link(scene, "contact")
    blocks = (
        pick(
            scene,
            "Automatic response: your email could not be delivered to a team.",
            "This is an automated reply. We do not accept appeals by email.",
            "Auto-reply: this address is closed.",
        ),
        pick(scene, f"Please use {channel}", f"Resubmit here: {channel}"),
    )
    return Letter(amazon_sender(scene, "noreply"), recipient(scene), _echo(scene), blocks, None, ())


FAMILIES = (no_longer_accepts, unmonitored, dispute_scope, channel_changed, auto_response)
