"""Hard negatives for ``other``: mail that talks like a notice but asks nothing of the case.

A healthy Account Health summary or monthly digest names the same metrics as a
suspension; a forwarded buyer return request carries order IDs and "Fwd:"; a newsletter
about avoiding deactivation uses the vocabulary of a deactivation. All are ``other``."""

from __future__ import annotations

from .history import earlier, forwarded
from .mime import Bullets, Heading, Letter, Table, compact, letter_text, text_style
from .other import signature
from .variety import (
    Scene,
    amazon_sender,
    asin,
    chance,
    greeting,
    link,
    order_id,
    pick,
    product_title,
    recipient,
)


def health_all_clear(scene: Scene) -> Letter:
    """A routine Account Health summary in which every metric is within target."""
    r = scene.rng
    rating = r.randint(620, 1000)
    blocks = compact(
        scene,
        pick(scene, "Your weekly Account Health summary", "Here is your account snapshot."),
        Table(
            (
                ("Account Health Rating", f"{rating} (Healthy)"),
                ("Order defect rate", f"{r.uniform(0, 0.8):.2f}% (target: under 1%)"),
                ("Late shipment rate", f"{r.uniform(0, 3):.1f}% (target: under 4%)"),
                ("Pre-fulfilment cancel rate", f"{r.uniform(0, 2):.1f}% (target: under 2.5%)"),
                ("Policy violations", "0"),
            )
        ),
        pick(
            scene,
            "All of your metrics meet our targets. No action is required.",
            "Great work: your account is in good standing.",
            "Everything looks good this week; there is nothing you need to do.",
        ),
        pick(
            scene,
            "Accounts whose rating falls below 100 may be at risk of deactivation; yours is "
            "well above that.",
            f"See details: {link(scene, 'dashboard')}",
        ),
    )
    subject = pick(
        scene,
        "Your Account Health summary",
        "Weekly account snapshot: Healthy",
        "Your performance metrics this week",
    )
    return Letter(
        amazon_sender(scene, "health"),
        recipient(scene),
        subject,
        blocks,
        greeting(scene),
        signature(scene),
    )


def metrics_digest(scene: Scene) -> Letter:
    """A monthly performance digest: customer-service metrics, all green, nothing to do."""
    r = scene.rng
    rows = (
        ("Negative feedback rate", f"{r.uniform(0, 2):.1f}%"),
        ("Valid tracking rate", f"{r.uniform(96, 100):.1f}%"),
        ("Response time under 24 hours", f"{r.uniform(90, 100):.0f}%"),
        ("Product policy compliance", "No issues"),
    )
    blocks = compact(
        scene,
        pick(
            scene,
            "Here is how your store performed last month.",
            "Your monthly performance digest is ready.",
        ),
        Table(rows),
        pick(
            scene,
            "Status: no risk. Keep up the good work.",
            "Every indicator is green; no appeal or plan of action is needed.",
            "There are no open policy issues on your account.",
        ),
    )
    subject = pick(
        scene,
        "Your monthly performance digest",
        "Performance report: all indicators green",
        f"{scene.seller.store}: last month at a glance",
    )
    return Letter(
        amazon_sender(scene, "noreply"),
        recipient(scene),
        subject,
        blocks,
        greeting(scene),
        signature(scene),
    )


def _buyer_request(scene: Scene) -> Letter:
    buyer = pick(scene, "Anna", "Mike", "Lukas", "Chloé", "Diego", "Giulia", "Sam")
    order = order_id(scene)
    blocks = (
        f"Return request for order {order}",
        Table(
            (
                ("Item", product_title(scene)),
                ("ASIN", asin(scene)),
                ("Reason", pick(scene, "Damaged on arrival", "Not as described", "Wrong colour")),
            )
        ),
        f"Buyer comment: {pick(scene, 'It stopped working after a week.', 'The box was torn.')}",
        "Please authorise the return or contact the buyer within 48 hours.",
    )
    sender = f"{buyer.lower()}+{scene.rng.randint(100, 999)}@marketplace.{scene.market.domain}"
    return Letter(sender, scene.seller.address, f"Return request from {buyer} ({order})", blocks)


def forwarded_return(scene: Scene) -> Letter:
    """The seller forwards a buyer's return request to a colleague or their consultant."""
    inner = _buyer_request(scene)
    when = earlier(scene, 0, 2).when
    body = letter_text(inner, text_style(scene))
    note = pick(
        scene,
        "Can you process this return? Thanks.",
        "Another return on this product. Please check the batch.",
        "FYI, buyer wants to send it back.",
        "",
    )
    return Letter(
        sender=scene.seller.address,
        to=pick(scene, "warehouse@logistics-partner.example", "ana@suspension-help.example"),
        subject=pick(scene, "Fwd: ", "FW: ") + inner.subject,
        blocks=(note,) if note else (),
        closing=(scene.seller.owner,) if chance(scene, 0.6) else (),
        history=forwarded(scene, inner, when, body),
    )


def deactivation_newsletter(scene: Scene) -> Letter:
    """A newsletter article on why accounts get deactivated and how appeals work."""
    blocks = compact(
        scene,
        Heading(
            pick(
                scene,
                "Five common reasons accounts get deactivated",
                "Keeping your account healthy",
                "Seller University: understanding appeals",
            )
        ),
        pick(
            scene,
            "Most deactivations we see start with a metric drifting out of target unnoticed.",
            "When an account is suspended, sellers can appeal with a plan of action.",
            "Listings can be removed when a rights owner files a complaint.",
        ),
        Bullets(
            (
                "Check your Account Health page every week",
                "Keep supplier invoices for at least a year",
                pick(scene, "Answer buyer messages within 24 hours", "Ship on time"),
            )
        ),
        f"Read the full article: {link(scene, 'policy')}",
        pick(
            scene,
            "You receive this newsletter because you subscribed to seller news.",
            "Unsubscribe or change your email preferences in Seller Central.",
        ),
    )
    subject = pick(
        scene,
        "Seller news: how to avoid account deactivation",
        "This month: what leads to a suspension",
        "Tips: appeals and account health",
    )
    return Letter(
        amazon_sender(scene, "noreply"),
        recipient(scene),
        subject,
        blocks,
        greeting(scene),
        signature(scene),
    )


FAMILIES = (health_all_clear, forwarded_return, deactivation_newsletter, metrics_digest)
