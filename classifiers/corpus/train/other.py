"""Everyday Amazon mail that is not about a case: orders, payments, FBA, returns, news, ads.

These share senders, signatures and Seller Central links with the notices, so the model
has to read what the message says. The policy newsletter talks about deactivation in
general terms and is still ``other``.
"""

from __future__ import annotations

from .mime import Bullets, Heading, Letter, Table, compact
from .variety import (
    Scene,
    amazon_sender,
    asin,
    date_text,
    greeting,
    link,
    order_id,
    pick,
    product_title,
    recipient,
)


def signature(scene: Scene) -> tuple[str, ...]:
    """Sign-offs of the operational teams (not Seller Performance)."""
    team = pick(
        scene,
        "Amazon Seller Services",
        "Seller Central",
        scene.market.brand,
        "Fulfillment by Amazon",
        "Amazon Payments",
        "The Selling Partner team",
    )
    lead = pick(scene, "Thank you,", "Regards,", "", "")
    return (lead, team) if lead else (team,)


def _money(scene: Scene) -> str:
    symbol = {"amazon.co.uk": "£", "amazon.in": "₹", "amazon.co.jp": "¥"}.get(
        scene.market.domain, "€" if scene.market.language in ("de", "fr", "it", "es") else "$"
    )
    return f"{symbol}{scene.rng.uniform(20, 25000):,.2f}"


def order_sold(scene: Scene) -> Letter:
    """A "sold, ship now" order notification."""
    title = product_title(scene)
    blocks = compact(
        scene,
        pick(
            scene,
            "You have a new order. Please ship it now.",
            "Congratulations, you made a sale!",
            "An item has been ordered.",
        ),
        Table(
            (
                ("Order ID", order_id(scene)),
                ("Item", title),
                ("ASIN", asin(scene)),
                ("Quantity", str(scene.rng.randint(1, 4))),
                ("Ship by", date_text(scene, scene.when)),
            )
        ),
        pick(scene, f"Manage your orders: {link(scene, 'orders')}", ""),
    )
    return Letter(
        amazon_sender(scene, "noreply"),
        recipient(scene),
        pick(
            scene,
            f"Sold, ship now: {title}",
            f"Order confirmation - {title}",
            "You have a new order",
        ),
        blocks,
        greeting(scene),
        signature(scene),
    )


def disbursement(scene: Scene) -> Letter:
    """A payment or settlement notice."""
    blocks = compact(
        scene,
        pick(
            scene,
            f"We have sent a payment of {_money(scene)} to your bank account.",
            f"Your settlement of {_money(scene)} has been initiated.",
        ),
        pick(
            scene,
            "It may take 3 to 5 business days to appear in your account.",
            "The funds should arrive shortly.",
        ),
        f"{pick(scene, 'View your statement', 'Payments dashboard')}: {link(scene, 'payments')}",
    )
    return Letter(
        amazon_sender(scene, "noreply"),
        recipient(scene),
        pick(
            scene,
            "Your payment is on its way",
            "Disbursement initiated",
            "Settlement report available",
        ),
        blocks,
        greeting(scene),
        signature(scene),
    )


def fba_inventory(scene: Scene) -> Letter:
    """An FBA inventory or shipment notice."""
    ref = "FBA" + "".join(scene.rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(9))
    text = pick(
        scene,
        f"Your inbound shipment {ref} has been received at the fulfilment centre.",
        f"You have stranded inventory for ASIN {asin(scene)}. Fix the listing or create a "
        "removal order.",
        f"Your removal order {ref} is complete.",
        f"Long-term storage fees will be charged on {date_text(scene, scene.when)}.",
        f"Restock recommendation: ASIN {asin(scene)} is running low.",
    )
    blocks = compact(scene, text, f"Inventory: {link(scene, 'inventory')}")
    return Letter(
        amazon_sender(scene, "noreply"),
        recipient(scene),
        pick(
            scene,
            f"Shipment {ref} update",
            "Inventory notification",
            "Action recommended: your FBA inventory",
            "Removal order complete",
        ),
        blocks,
        greeting(scene),
        signature(scene),
    )


def return_request(scene: Scene) -> Letter:
    """A buyer return request."""
    blocks = compact(
        scene,
        pick(
            scene,
            f"A customer requested a return for order {order_id(scene)}.",
            f"Return authorization requested: order {order_id(scene)}.",
        ),
        Table(
            (
                ("Item", product_title(scene)),
                (
                    "Reason",
                    pick(scene, "Item defective", "No longer needed", "Wrong size", "Arrived late"),
                ),
            )
        ),
        pick(
            scene,
            "The return was authorised automatically.",
            "Please review the request within 2 business days.",
        ),
    )
    return Letter(
        amazon_sender(scene, "noreply"),
        recipient(scene),
        pick(
            scene,
            "Return request",
            "Return authorization request",
            "Refund issued for a returned item",
        ),
        blocks,
        greeting(scene),
        signature(scene),
    )


def feedback_notice(scene: Scene) -> Letter:
    """New buyer feedback or a product review alert."""
    stars = scene.rng.randint(1, 5)
    blocks = compact(
        scene,
        pick(
            scene,
            f"You received new {stars}-star feedback for order {order_id(scene)}.",
            f"A customer left a {stars}-star review on ASIN {asin(scene)}.",
        ),
        pick(
            scene,
            "Respond to feedback to keep buyers happy.",
            f"See all feedback: {link(scene, 'voice')}",
        ),
    )
    return Letter(
        amazon_sender(scene, "noreply"),
        recipient(scene),
        pick(scene, "New buyer feedback", "New product review", "Customer feedback received"),
        blocks,
        greeting(scene),
        signature(scene),
    )


def policy_newsletter(scene: Scene) -> Letter:
    """Seller news about policy changes: mentions deactivation, but is no notice."""
    blocks = compact(
        scene,
        Heading(pick(scene, "Seller News", "Policy update", "What's new for sellers")),
        pick(
            scene,
            "Starting next month, we are updating our policies on product safety. Sellers who "
            "do not comply may have listings removed or accounts deactivated.",
            "We are changing how Account Health is calculated. Review the new rating on your "
            "dashboard.",
            "New: you can now appeal policy warnings directly from the Account Health page.",
        ),
        Bullets(
            (
                pick(
                    scene,
                    "Updated restricted products guidance",
                    "New fee schedule for FBA storage",
                ),
                pick(
                    scene,
                    "Webinar: keeping your account healthy",
                    "Tips for reducing your order defect rate",
                ),
            )
        ),
        f"Read more: {link(scene, 'policy')}",
        pick(
            scene,
            "You are receiving this email because you are a registered seller.",
            "To unsubscribe from these emails, update your notification preferences.",
        ),
    )
    return Letter(
        amazon_sender(scene, "noreply"),
        recipient(scene),
        pick(
            scene,
            "Seller News: policy updates",
            "Important updates to our policies",
            "Your monthly seller newsletter",
            "Changes to Account Health",
        ),
        blocks,
        greeting(scene),
        signature(scene),
    )


def advertising(scene: Scene) -> Letter:
    """An advertising budget or performance report."""
    blocks = compact(
        scene,
        pick(
            scene,
            "Your Sponsored Products campaign is out of budget.",
            f"Your weekly advertising report: {scene.rng.randint(200, 90000)} impressions.",
            "Boost your sales this season with Sponsored Brands.",
        ),
        pick(
            scene,
            "Increase your daily budget to keep ads running.",
            f"Advertising spend this week: {_money(scene)}.",
        ),
    )
    return Letter(
        pick(
            scene,
            f"advertising-noreply@{scene.market.domain}",
            f"no-reply@advertising.{scene.market.domain}",
        ),
        recipient(scene),
        pick(
            scene,
            "Your campaign is out of budget",
            "Weekly advertising report",
            "Grow your brand with ads",
        ),
        blocks,
        greeting(scene),
        ("Amazon Ads",),
    )


def buyer_message(scene: Scene) -> Letter:
    """A buyer's question relayed through the marketplace messaging service."""
    buyer = pick(scene, "Karen", "Luis", "Aiko", "Peter", "Fatima", "Oliver")
    blocks = compact(
        scene,
        f"Order ID: {order_id(scene)}",
        pick(
            scene,
            "Hi, when will my order arrive? It has been a week.",
            "Hello, the item I received is the wrong colour. Can I exchange it?",
            "Do you ship to Canada? Thanks.",
        ),
        pick(scene, "Please respond within 24 hours.", ""),
    )
    relay = f"{scene.rng.getrandbits(40):x}@marketplace.{scene.market.domain}"
    return Letter(
        f'"{buyer} - {scene.market.brand} Marketplace" <{relay}>',
        recipient(scene),
        pick(scene, f"Inquiry from {scene.market.brand} customer {buyer}", "Message from a buyer"),
        blocks,
        None,
        (f"{scene.market.brand} Marketplace",),
    )


def account_change(scene: Scene) -> Letter:
    """A security or account-settings confirmation."""
    blocks = compact(
        scene,
        pick(
            scene,
            "The bank account for your disbursements was updated.",
            "A new user was added to your Seller Central account.",
            "Your tax information interview was completed.",
            "Your login settings were changed.",
        ),
        pick(
            scene,
            "If you did not make this change, contact Seller Support.",
            "No further action is needed.",
        ),
    )
    return Letter(
        amazon_sender(scene, "noreply"),
        recipient(scene),
        pick(
            scene,
            "Your account information was updated",
            "Security notification",
            "Tax information received",
        ),
        blocks,
        greeting(scene),
        signature(scene),
    )


FAMILIES = (
    order_sold,
    disbursement,
    fba_inventory,
    return_request,
    feedback_notice,
    policy_newsletter,
    advertising,
    buyer_message,
    account_change,
)
