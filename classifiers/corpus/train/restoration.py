"""More reinstatements, in words the first eight families do not use.

With whole families held out the model missed reinstatements worded as an overturned
decision, a per-marketplace status table or a restored category approval, so these
three families say "restored" through "reversed", "live again", "cleared" and "ungated".
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
    recipient,
    signature,
)


def escalation_outcome(scene: Scene) -> Letter:
    """A senior review overturned the deactivation."""
    blocks = compact(
        scene,
        pick(
            scene,
            "A senior specialist has re-examined your case at your request.",
            "Your escalation was reviewed by a member of our leadership team.",
            "We looked again at your case after your escalation.",
        ),
        Table(
            (
                ("Case", case_id(scene)),
                (
                    "Outcome",
                    pick(scene, "Overturned", "Decision reversed", "Resolved in your favour"),
                ),
            )
        ),
        pick(
            scene,
            "The earlier decision to deactivate your account has been reversed.",
            "The restriction placed on your account has been lifted.",
            "We have cleared the flag on your account; it is no longer restricted.",
        ),
        pick(
            scene,
            "We apologise for any inconvenience this may have caused.",
            "Nothing further is required from you.",
            "",
        ),
    )
    subject = pick(
        scene,
        "Outcome of your escalation",
        "Your case has been resolved",
        "Decision reversed on your account",
    )
    return Letter(
        amazon_sender(scene), recipient(scene), subject, blocks, greeting(scene), signature(scene)
    )


_STORES = ("amazon.de", "amazon.fr", "amazon.it", "amazon.es", "amazon.co.uk", "amazon.nl")


def marketplace_restoration(scene: Scene) -> Letter:
    """A unified account's status, marketplace by marketplace, back to selling."""
    stores = scene.rng.sample(_STORES, scene.rng.randint(2, 4))
    state = pick(scene, "Live", "Selling", "Restored", "Open")
    blocks = compact(
        scene,
        pick(
            scene,
            "Selling has resumed on every store linked to your unified account.",
            "Your offers are live again in the stores below.",
            "Your account can list and sell again in these stores:",
        ),
        Table(tuple((store, state) for store in stores)),
        pick(
            scene,
            "Buy Box eligibility returns gradually over the next few days.",
            "Inbound shipments to fulfilment centres can be created again.",
            "Settlements continue on your normal schedule.",
        ),
        pick(scene, f"Global Selling: {link(scene, 'dashboard')}", ""),
    )
    subject = pick(
        scene,
        "Selling resumed in your stores",
        "Your stores are live again",
        "Update: your unified account can sell",
    )
    return Letter(
        amazon_sender(scene, "health"),
        recipient(scene),
        subject,
        blocks,
        greeting(scene),
        signature(scene),
    )


def approval_restored(scene: Scene) -> Letter:
    """A category, brand or compliance approval given back; the ASINs are searchable."""
    what = pick(
        scene,
        "your approval to sell in the Grocery & Gourmet category",
        "your approval to list products under the brand you registered",
        "your approval to sell topical products",
        "the compliance status of the ASINs below",
    )
    items = asins(scene, 1, 3)
    blocks = compact(
        scene,
        Heading(pick(scene, "Approval restored", "Compliance review passed", "You're ungated")),
        f"We have restored {what}.",
        Bullets(items) if chance(scene, 0.7) else None,
        pick(
            scene,
            "The search suppression on these products has been removed.",
            "You are cleared to list and sell these products again.",
            "The documents you provided were approved.",
        ),
        pick(scene, f"Approved on {date_text(scene, scene.when)}.", ""),
        pick(scene, f"Manage inventory: {link(scene, 'inventory')}", ""),
    )
    subject = pick(
        scene,
        "Your selling approval has been restored",
        f"Compliance review passed: {items[0]}",
        "You're cleared to sell again",
    )
    return Letter(
        amazon_sender(scene), recipient(scene), subject, blocks, greeting(scene), signature(scene)
    )


FAMILIES = (escalation_outcome, marketplace_restoration, approval_restored)
