"""Reinstatements: the appeal was accepted and the account, listing or privileges are back.

Eight families: privileges reinstated, listings reactivated, appeal accepted (Account
Health layout), a short "active again" note, a removed policy warning, a status-change
notification, an investigator's reply and a funds-released note. Every family also draws
one sentence from a shared pool of "restored" wordings, as Amazon reuses its phrasing.
"""

from __future__ import annotations

from .mime import Bullets, Heading, Letter, Table, compact
from .variety import (
    Scene,
    amazon_sender,
    asins,
    case_id,
    chance,
    date_text,
    greeting,
    link,
    pick,
    product_title,
    recipient,
    signature,
)


def restored(scene: Scene) -> str:
    """One of the shared ways of saying "you can sell again"."""
    return pick(
        scene,
        "Your selling privileges have been reinstated.",
        "We have reactivated your account.",
        "Your account is active again.",
        "We restored your listings.",
        "Your appeal was accepted.",
        "You may resume selling on Amazon.",
        "The deactivation of your account has been lifted.",
        "Your ASINs are available for sale again.",
        "Your account has been reinstated and is in good standing.",
        "We have reinstated your account.",
    )


def privileges_reinstated(scene: Scene) -> Letter:
    """The classic "we reinstated your selling privileges" letter."""
    blocks = compact(
        scene,
        restored(scene) if chance(scene, 0.5) else None,
        pick(
            scene,
            "We have reviewed your plan of action and reinstated your selling privileges.",
            "Your Amazon selling privileges have been reinstated.",
            f"Good news: your {scene.market.brand} seller account has been reactivated.",
        ),
        pick(
            scene,
            "Your listings may take up to 24 hours to appear on the site.",
            "Listings will become active again within 36 hours.",
            "",
        ),
        pick(
            scene,
            "Please continue to follow the measures in your plan of action.",
            "Thank you for your cooperation; we look forward to your continued sales.",
            "Make sure you keep meeting our performance targets.",
        ),
    )
    subject = pick(
        scene,
        "Your selling privileges have been reinstated",
        f"Your {scene.market.brand} seller account is reactivated",
        "RE: Your appeal - reinstated",
    )
    return Letter(
        amazon_sender(scene), recipient(scene), subject, blocks, greeting(scene), signature(scene)
    )


def listings_reactivated(scene: Scene) -> Letter:
    """Specific ASINs restored to sale."""
    items = asins(scene, 1, 4)
    blocks = compact(
        scene,
        restored(scene) if chance(scene, 0.5) else None,
        pick(
            scene,
            "We reinstated the following listings:",
            "Your appeal was accepted and these ASINs are active again:",
            "The listings below have been reactivated:",
        ),
        Table(tuple((a, product_title(scene)) for a in items)),
        pick(
            scene,
            "It may take a few hours for the offers to be visible.",
            "No further action is needed.",
            "",
        ),
    )
    subject = pick(
        scene,
        f"Listing reinstated: {items[0]}",
        "Your listings have been reinstated",
        "ASINs reactivated",
    )
    return Letter(
        amazon_sender(scene), recipient(scene), subject, blocks, greeting(scene), signature(scene)
    )


def appeal_accepted(scene: Scene) -> Letter:
    """Account Health layout: appeal status accepted, funds released."""
    blocks = compact(
        scene,
        restored(scene) if chance(scene, 0.5) else None,
        Heading(pick(scene, "Appeal status: Accepted", "Your appeal has been approved")),
        pick(
            scene,
            "Your account is now active and in good standing.",
            "We accepted your appeal and restored your account.",
        ),
        Bullets(
            (
                pick(
                    scene,
                    "Funds on hold will be released with your next settlement.",
                    "Your disbursements will resume.",
                ),
                f"Account Health: {link(scene, 'dashboard')}",
            )
        ),
        pick(scene, f"Reference: {case_id(scene)}", ""),
    )
    subject = pick(
        scene,
        "Appeal accepted",
        "Your account has been reactivated",
        "Update: your appeal was approved",
    )
    return Letter(
        amazon_sender(scene, "health"),
        recipient(scene),
        subject,
        blocks,
        greeting(scene),
        signature(scene),
    )


def active_again(scene: Scene) -> Letter:
    """A very short reactivation note."""
    blocks = (
        pick(
            scene,
            "Your account is active again.",
            "Your selling privileges are restored.",
            "You can sell on Amazon again.",
        ),
        pick(scene, "Welcome back.", f"{link(scene, 'dashboard')}", ""),
    )
    subject = pick(scene, "Account reactivated", "Reinstated", "Your account is active")
    return Letter(
        amazon_sender(scene, "noreply"),
        recipient(scene),
        subject,
        tuple(b for b in blocks if b),
        pick(scene, "Hello,", "") or None,
        signature(scene)[-1:],
    )


def warning_removed(scene: Scene) -> Letter:
    """A policy warning withdrawn after a successful appeal."""
    blocks = compact(
        scene,
        restored(scene) if chance(scene, 0.5) else None,
        pick(
            scene,
            "After reviewing your appeal, we removed the policy warning from your account.",
            "The rights owner retracted the complaint and we reinstated your listing.",
            "We accepted your appeal; the warning no longer affects your Account Health.",
        ),
        pick(
            scene,
            f"You can check your Account Health rating at {link(scene, 'dashboard')}",
            "Your listing is available for sale again.",
            "",
        ),
    )
    subject = pick(
        scene,
        "Policy warning removed",
        "Your appeal was successful",
        "Complaint retracted - listing reinstated",
    )
    return Letter(
        amazon_sender(scene, "dispute"),
        recipient(scene),
        subject,
        blocks,
        greeting(scene),
        signature(scene, "dispute"),
    )


def status_change(scene: Scene) -> Letter:
    """A notification that the account status changed to Active."""
    blocks = compact(
        scene,
        pick(scene, "Your account status has changed.", "Account status update"),
        Table(
            (
                ("Previous status", pick(scene, "Deactivated", "Suspended", "Under review")),
                ("Current status", "Active"),
                ("Effective", date_text(scene, scene.when)),
            )
        ),
        restored(scene),
        pick(scene, f"Account Health: {link(scene, 'dashboard')}", ""),
    )
    subject = pick(
        scene,
        "Account status changed: Active",
        "Your account status was updated",
        "Status update: account reactivated",
    )
    return Letter(
        amazon_sender(scene, "noreply"),
        recipient(scene),
        subject,
        blocks,
        greeting(scene),
        signature(scene),
    )


def investigator_reply(scene: Scene) -> Letter:
    """A personal-sounding reply from an investigator who accepted the appeal."""
    blocks = compact(
        scene,
        pick(
            scene,
            "Thank you for your reply and for the additional information.",
            "Thank you for providing the invoices and the revised plan of action.",
            "I have reviewed the information you sent.",
        ),
        pick(
            scene,
            "After reviewing it, we have decided to reinstate your account.",
            "Based on this information, I was able to reactivate your selling account.",
            "Your plan of action was accepted and your account has been reinstated.",
        ),
        restored(scene) if chance(scene, 0.4) else None,
        pick(
            scene,
            "Thank you for your patience during our review.",
            "Please keep the measures described in your plan of action in place.",
            "",
        ),
    )
    subject = pick(
        scene,
        "RE: Your appeal",
        "Re: Plan of action",
        f"RE: Account deactivation - {scene.seller.store}",
    )
    return Letter(
        amazon_sender(scene),
        recipient(scene),
        subject,
        blocks,
        pick(scene, "Hello,", f"Dear {scene.seller.owner},", "Dear Seller,"),
        signature(scene),
    )


def funds_released(scene: Scene) -> Letter:
    """Appeal approved and the hold on funds lifted."""
    blocks = compact(
        scene,
        pick(
            scene,
            "Your appeal has been approved.",
            "Good news about your account.",
            "We accepted your appeal.",
        ),
        restored(scene),
        pick(
            scene,
            "The hold on your funds has been released.",
            "Your funds will be included in your next disbursement.",
            "Your disbursements have resumed.",
        ),
        f"{pick(scene, 'Payments', 'Statement')}: {link(scene, 'payments')}",
    )
    subject = pick(
        scene,
        "Appeal approved - funds released",
        "Your account is reinstated",
        "Good news: your appeal was approved",
    )
    return Letter(
        amazon_sender(scene, "health"),
        recipient(scene),
        subject,
        blocks,
        greeting(scene),
        signature(scene),
    )


FAMILIES = (
    privileges_reinstated,
    listings_reactivated,
    appeal_accepted,
    active_again,
    warning_removed,
    status_change,
    investigator_reply,
    funds_released,
)
