"""Held-out ``reinstatement`` families: the appeal worked and selling is restored.

Five voices: a short "privileges reinstated", a listing-level "ASIN active again", an
HTML "appeal accepted" card, an older long-form welcome back with advice, and a
conversational "we've lifted the restriction". Two more are German and Spanish
(``german.py``, ``spanish.py``).
"""

from __future__ import annotations

from classifiers.corpus.heldout.blocks import Scene, greeting, pick, signoff
from classifiers.corpus.heldout.german import de_reactivated
from classifiers.corpus.heldout.render import Body, Bullets, Heading, Link
from classifiers.corpus.heldout.spanish import es_reactivated


def privileges_restored(scene: Scene) -> Body:
    """A short notice that the account may sell again."""
    rng = scene.rng
    subject = pick(
        rng,
        (
            "Your selling privileges have been reinstated",
            "Your account has been reactivated",
            f"{scene.market.store}: account reinstated",
        ),
    )
    blocks = (
        greeting(scene),
        pick(
            rng,
            (
                "We reviewed your appeal and reactivated your selling account.",
                "Good news: your selling privileges have been restored.",
                "Your account is active again and you can resume selling.",
            ),
        ),
        pick(
            rng,
            (
                "Your listings may take up to 24 hours to appear in search.",
                "It can take a few hours for your offers to show again.",
                "Please check your inventory to make sure your listings are active.",
            ),
        ),
        signoff(scene, "Seller Performance Team"),
    )
    layout = pick(rng, ("plain", "plain", "alt"))
    return Body(
        "privileges_restored",
        scene.addr("seller-performance"),
        scene.market.store,
        subject,
        blocks,
        layout,
    )


def listing_reactivated(scene: Scene) -> Body:
    """A listing-level reinstatement naming the ASINs now back on sale."""
    rng = scene.rng
    subject = pick(
        rng,
        (
            f"Your listing {scene.asins[0]} has been reinstated",
            "Listings reactivated",
            "ASIN reinstatement confirmation",
        ),
    )
    blocks = (
        greeting(scene),
        pick(
            rng,
            (
                "Following your appeal, we have reinstated the listings below:",
                "Thank you for the information you sent. These ASINs are available for sale again:",
            ),
        ),
        Bullets(scene.asins),
        pick(
            rng,
            (
                "If you had inventory at a fulfilment centre, it is available to customers.",
                "Check the offer price and quantity before the listing goes live.",
            ),
        ),
        f"Reference: {scene.reference}",
        signoff(
            scene, pick(rng, ("Catalog Quality Team", "Seller Performance", "Notice Dispute Team"))
        ),
    )
    sender = pick(rng, ("notice-dispute", "seller-performance", "catalog-notifications"))
    return Body(
        "listing_reactivated",
        scene.addr(sender),
        scene.market.store,
        subject,
        blocks,
        pick(rng, ("plain", "alt")),
    )


def appeal_accepted_card(scene: Scene) -> Body:
    """An HTML card: the appeal was accepted and the account is healthy."""
    rng = scene.rng
    subject = pick(
        rng,
        (
            "Appeal accepted",
            f"Appeal {scene.reference}: accepted",
            "Account Health: your appeal was successful",
        ),
    )
    blocks = (
        Heading("Appeal accepted"),
        f"Appeal ID: {scene.reference}\nDecision date: {scene.day()}",
        pick(
            rng,
            (
                "Your appeal was accepted and your account is active.",
                "We accepted your appeal. Your listings are being restored.",
            ),
        ),
        "Keep the measures from your plan of action in place to keep your account healthy.",
        Link("View Account Health", scene.url("performance/account/health")),
        signoff(scene, "Account Health Team"),
    )
    return Body(
        "appeal_accepted_card",
        scene.addr("account-health"),
        "Account Health",
        subject,
        blocks,
        "html",
        "card",
    )


def welcome_back_long(scene: Scene) -> Body:
    """An older long-form reinstatement with thanks, funds and advice."""
    rng = scene.rng
    subject = pick(
        rng,
        (
            "Re: Your plan of action",
            f"Reinstatement of your {scene.market.store} account",
            "Your account is reinstated",
        ),
    )
    blocks = (
        greeting(scene),
        "Thank you for your plan of action. We have accepted it and reinstated your selling "
        f"privileges on {scene.market.store}.",
        pick(
            rng,
            (
                "Funds held in your account will be released on your normal payment schedule.",
                "Your disbursements will resume with the next settlement period.",
            ),
        ),
        "To keep your account in good standing, we suggest that you:",
        Bullets(
            (
                "review the Account Health page each week",
                "follow the preventive steps you described in your plan",
                "answer buyer messages within 24 hours",
            )
        ),
        "We appreciate your cooperation and look forward to your continued success.",
        signoff(scene, "Seller Performance Team"),
    )
    layout = pick(rng, ("plain", "html", "alt"))
    return Body(
        "welcome_back_long",
        scene.addr("seller-performance"),
        scene.market.store,
        subject,
        blocks,
        layout,
        "table",
    )


def restriction_lifted(scene: Scene) -> Body:
    """A conversational all-clear: the restriction is lifted, offers are back."""
    rng = scene.rng
    subject = pick(
        rng,
        (
            "Good news about your account",
            "You're selling again",
            "We've lifted the restriction on your account",
        ),
    )
    blocks = (
        pick(rng, (f"Hi {scene.seller.owner.split()[0]},", "Hi there,")),
        pick(
            rng,
            (
                "Thanks for your appeal. We've lifted the restriction, and your account can "
                "sell again.",
                "Your appeal went through: your offers are back on the store.",
            ),
        ),
        pick(
            rng,
            (
                "Your held payouts will go out with the next payment run.",
                "It may take a few hours before every offer is visible again.",
            ),
        ),
        "Please keep doing what you told us you would do.",
        signoff(scene, "The Account Health team"),
    )
    return Body(
        "restriction_lifted",
        scene.addr("account-health"),
        scene.market.store,
        subject,
        blocks,
        pick(rng, ("html", "alt", "plain")),
        "card",
    )


FAMILIES = (
    privileges_restored,
    listing_reactivated,
    appeal_accepted_card,
    welcome_back_long,
    restriction_lifted,
    de_reactivated,
    es_reactivated,
)
