"""Suspension notices: an account, listing or ASIN is deactivated, or a warning puts it at risk.

Seven families, as if written in different years by different teams: the classic
deactivation letter, ASIN removals, policy warnings, the sectioned Account Health
layout, rights-owner notices, performance-metric removals and a terse one-liner.
"""

from __future__ import annotations

from .mime import Bullets, Heading, Letter, Table, compact
from .reasons import any_reason, enforcement
from .variety import (
    Scene,
    amazon_sender,
    asins,
    case_id,
    chance,
    deadline,
    greeting,
    link,
    pick,
    product_title,
    recipient,
    signature,
)


def classic_deactivation(scene: Scene) -> Letter:
    """The long-standing "selling privileges removed" letter."""
    reason = any_reason(scene)
    brand = scene.market.brand
    subject = pick(
        scene,
        f"Your {brand} selling privileges have been removed",
        f"Your {brand} seller account has been deactivated",
        "Selling privileges removed",
        f"Account deactivated - {scene.seller.store}",
    )
    blocks = compact(
        scene,
        enforcement(scene) if chance(scene, 0.4) else None,
        pick(
            scene,
            f"We have deactivated your {brand} selling account.",
            "Your selling privileges have been removed and your listings are no longer active.",
            f"We regret to inform you that your seller account on {brand} has been suspended.",
        ),
        pick(
            scene,
            f"Why? {reason.explain(scene)}",
            f"This is because of {reason.name}. {reason.explain(scene)}",
            reason.explain(scene),
        ),
        pick(
            scene,
            "Funds in your account will be held while we review your account.",
            "Any funds in your account will not be transferred to you at this time.",
            "",
        ),
        pick(
            scene,
            "To have your selling privileges reinstated, send us a plan of action that explains "
            "the root cause, the actions you took and the steps to prevent it.",
            "If you would like to appeal this decision, please submit a plan of action through "
            f"the Account Health page: {link(scene, 'appeal')}",
            "You may appeal. Tell us what caused the issue and how you will prevent it.",
        ),
        pick(scene, f"Please respond {deadline(scene)}.", "", f"Reference: {case_id(scene)}"),
    )
    return Letter(
        amazon_sender(scene), recipient(scene), subject, blocks, greeting(scene), signature(scene)
    )


def listing_removal(scene: Scene) -> Letter:
    """Specific ASINs removed or blocked, listed in a table."""
    reason = any_reason(scene)
    items = asins(scene, 1, 5)
    rows = tuple((a, product_title(scene)) for a in items)
    subject = pick(
        scene,
        f"Action required: listings removed from {scene.market.brand}",
        f"Your listing has been deactivated: {items[0]}",
        "ASIN deactivation notice",
        f"Listings blocked - {reason.name}",
    )
    blocks = compact(
        scene,
        enforcement(scene) if chance(scene, 0.4) else None,
        pick(
            scene,
            "We removed the following listings from our store:",
            "The ASINs below have been deactivated and can no longer be sold:",
            "We have blocked these listings:",
        ),
        Table((("ASIN", "Title"), *rows)) if chance(scene, 0.5) else Bullets(items),
        f"Reason: {reason.name}. {reason.explain(scene)}",
        pick(
            scene,
            "To reactivate the listings, submit an appeal from the Account Health page.",
            f"You can appeal for each ASIN here: {link(scene, 'dashboard')}",
            f"If you believe this is an error, provide {reason.documents[0]}.",
        ),
        pick(scene, "Repeated violations may lead to the deactivation of your account.", ""),
    )
    return Letter(
        amazon_sender(scene), recipient(scene), subject, blocks, greeting(scene), signature(scene)
    )


def policy_warning(scene: Scene) -> Letter:
    """A warning that puts the account at risk without removing it yet."""
    reason = any_reason(scene)
    subject = pick(
        scene,
        "Policy Warning",
        "Warning: your account is at risk of deactivation",
        f"Policy violation warning - {reason.name}",
        "Account at risk",
    )
    blocks = compact(
        scene,
        enforcement(scene) if chance(scene, 0.4) else None,
        pick(
            scene,
            f"We are contacting you about a violation of our {reason.name} policy.",
            f"Your account has received a policy warning for {reason.name}.",
            "This is a warning about activity on your account.",
        ),
        reason.explain(scene),
        pick(
            scene,
            "Further violations may result in the loss of your selling privileges.",
            "If this happens again, your account could be deactivated.",
            "Your account is at risk of deactivation.",
        ),
        pick(
            scene,
            f"If you think this warning is a mistake, appeal it at {link(scene, 'appeal')}",
            "You can see this warning on your Account Health dashboard.",
            "",
        ),
    )
    return Letter(
        amazon_sender(scene), recipient(scene), subject, blocks, greeting(scene), signature(scene)
    )


def sectioned_notice(scene: Scene) -> Letter:
    """The newer Account Health layout with question headings."""
    reason = any_reason(scene)
    scope = pick(scene, "your account", "your selling account", "ASINs " + ", ".join(asins(scene)))
    subject = pick(
        scene,
        "Your Amazon seller account has been deactivated",
        "Action required: account deactivated",
        f"[Important] {scene.seller.store}: account deactivation",
    )
    blocks = compact(
        scene,
        enforcement(scene) if chance(scene, 0.4) else None,
        f"We deactivated {scope} because of {reason.name}.",
        Heading(pick(scene, "Why did this happen?", "Why is this happening?")),
        reason.explain(scene),
        Heading(pick(scene, "How do I reactivate my account?", "How can I get reinstated?")),
        Bullets(
            (
                f"Go to Account Health: {link(scene, 'dashboard')}",
                "Click the Appeal button for this policy.",
                f"Submit a plan of action and {reason.documents[0]}.",
            )
        ),
        Heading(pick(scene, "What if I do not act?", "What happens next?")),
        pick(
            scene,
            f"If you do not appeal {deadline(scene)}, your account may be closed.",
            f"Funds will be held; appeal {deadline(scene)}.",
            "Your funds will remain on hold until your account is reactivated.",
        ),
    )
    return Letter(
        amazon_sender(scene, "health"),
        recipient(scene),
        subject,
        blocks,
        greeting(scene),
        signature(scene),
    )


def rights_owner_notice(scene: Scene) -> Letter:
    """An IP complaint from a rights owner that removes listings and warns."""
    kind = pick(scene, "trademark", "copyright", "patent")
    owner = pick(
        scene,
        "Nordic Gear AB",
        "Lumatech Inc.",
        "Castello Design S.r.l.",
        "Hoshino Works K.K.",
        "BrightPaws Ltd",
    )
    items = asins(scene, 1, 3)
    subject = pick(
        scene,
        "Notice: Policy Warning",
        "Intellectual Property rights notice",
        f"Notice of {kind} infringement",
        "Listings removed: rights owner complaint",
    )
    blocks = compact(
        scene,
        enforcement(scene) if chance(scene, 0.4) else None,
        pick(
            scene,
            f"We removed some of your listings because we received a {kind} complaint.",
            f"A rights owner reported that your listings infringe their {kind}.",
        ),
        Table(
            (
                ("Rights owner", owner),
                ("Complaint ID", case_id(scene)),
                ("ASIN", ", ".join(items)),
                ("Infringement type", kind.title()),
            )
        ),
        pick(
            scene,
            "If you believe the complaint is wrong, contact the rights owner and ask "
            "for a retraction, or appeal with a letter of authorization.",
            "To appeal, provide an invoice or a letter of authorization from the rights owner.",
        ),
        pick(
            scene,
            "Further complaints may result in your selling privileges being removed.",
            "Repeated infringement will lead to the deactivation of your account.",
        ),
    )
    return Letter(
        amazon_sender(scene, "dispute"),
        recipient(scene),
        subject,
        blocks,
        greeting(scene),
        signature(scene, "dispute"),
    )


def metrics_removal(scene: Scene) -> Letter:
    """Privileges removed over performance metrics, with a metrics table."""
    rows = tuple(
        (name, f"{scene.rng.uniform(0.2, 14.0):.2f}% (target {target})")
        for name, target in (
            ("Order Defect Rate", "under 1%"),
            ("Late Shipment Rate", "under 4%"),
            ("Pre-fulfillment Cancel Rate", "under 2.5%"),
        )
        if chance(scene, 0.7)
    ) or (("Order Defect Rate", "3.10% (target under 1%)"),)
    subject = pick(
        scene,
        "Your selling privileges have been removed (performance)",
        f"{scene.market.brand}: deactivation for poor performance",
        "Account deactivated - customer experience metrics",
    )
    blocks = compact(
        scene,
        enforcement(scene) if chance(scene, 0.4) else None,
        pick(
            scene,
            "Your seller account has been deactivated because it does not meet our "
            "performance targets.",
            "We removed your selling privileges because of your account's performance.",
        ),
        Table(rows),
        pick(
            scene,
            "To be reinstated, send a plan of action that explains what caused the "
            "problems and how you fixed them.",
            f"Submit your plan of action {deadline(scene)} via {link(scene, 'appeal')}",
        ),
    )
    return Letter(
        amazon_sender(scene), recipient(scene), subject, blocks, greeting(scene), signature(scene)
    )


def terse_notice(scene: Scene) -> Letter:
    """A very short deactivation or block notice."""
    reason = any_reason(scene)
    subject = pick(
        scene,
        "Account deactivated",
        "Your account is blocked",
        "Selling privileges suspended",
        "Deactivation notice",
    )
    blocks = (
        pick(
            scene,
            f"Your account has been deactivated ({reason.name}).",
            "Your selling privileges are suspended. Your listings were removed.",
            f"We blocked your account because of {reason.name}.",
        ),
        pick(scene, f"Appeal: {link(scene, 'appeal')}", f"Details: {link(scene, 'dashboard')}"),
    )
    return Letter(
        amazon_sender(scene),
        recipient(scene),
        subject,
        blocks,
        pick(scene, "Hello,", "") or None,
        signature(scene)[-1:],
    )


def long_form(scene: Scene) -> Letter:
    """A long letter: notice, policy background, appeal guide and FAQ, as some years sent."""
    reason = any_reason(scene)
    items = asins(scene, 2, 6)
    brand = scene.market.brand
    subject = pick(
        scene,
        f"Important: your {brand} seller account has been deactivated",
        "Notice of account deactivation and how to appeal",
        f"{scene.seller.store} ({scene.seller.token}) - selling privileges removed",
    )
    blocks = compact(
        scene,
        enforcement(scene) if chance(scene, 0.4) else None,
        f"Merchant token: {scene.seller.token}",
        pick(
            scene,
            f"We have deactivated your {brand} selling account because of {reason.name}.",
            f"Your selling privileges on {brand} have been removed ({reason.name}).",
        ),
        reason.explain(scene),
        Table(tuple(("ASIN", f"{a} - {product_title(scene)}") for a in items)),
        Heading("About this policy"),
        pick(
            scene,
            "Customers trust that they can always buy with confidence on Amazon. "
            "Products offered must meet our policies and the law, and listings must "
            "describe the product accurately.",
            "Our policies protect buyers and sellers alike. When we find that an account "
            "puts that trust at risk, we may remove listings, hold funds or deactivate it.",
        ),
        Heading(pick(scene, "How to appeal", "What you need to do")),
        Bullets(
            (
                "Explain the root cause of the issue.",
                "Describe the actions you have taken to resolve it.",
                "Describe the steps you will take to prevent it from happening again.",
                f"Include {reason.documents[0]}.",
            )
        ),
        pick(
            scene,
            f"Submit your appeal {deadline(scene)} through {link(scene, 'appeal')}",
            f"You can appeal on the Account Health page: {link(scene, 'dashboard')}",
        ),
        Heading("Frequently asked questions"),
        pick(
            scene,
            "What happens to my funds? Funds are held while your account is "
            "deactivated and may be held for up to 90 days.",
            "What happens to my FBA inventory? You can create a removal order for any "
            "inventory in our fulfilment centres.",
        ),
        pick(
            scene,
            "Can I open a new account? No. Opening another account while this one is "
            "deactivated is not permitted.",
            "How long does a review take? We normally review appeals within 48 hours.",
        ),
        f"Policy: {link(scene, 'policy')}",
    )
    return Letter(
        amazon_sender(scene), recipient(scene), subject, blocks, greeting(scene), signature(scene)
    )


FAMILIES = (
    classic_deactivation,
    listing_removal,
    policy_warning,
    sectioned_notice,
    rights_owner_notice,
    metrics_removal,
    terse_notice,
    long_form,
)
