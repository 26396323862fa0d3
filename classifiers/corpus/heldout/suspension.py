"""Held-out ``suspension`` families: the account, a listing or an ASIN was acted against.

Six families, each in its own voice: a terse deactivation notice, a long policy
warning, an HTML Account Health alert, a rights-owner listing block, an account
review that takes selling privileges away, and a conversational "we've paused you".
All name a reason and a way to appeal. Two more come from Amazon.fr and Amazon.de in
French and German (``french.py``, ``german.py``).
"""

from __future__ import annotations

from dataclasses import dataclass

from classifiers.corpus.heldout.blocks import Scene, greeting, pick, signoff
from classifiers.corpus.heldout.french import fr_deactivated
from classifiers.corpus.heldout.german import de_deactivated
from classifiers.corpus.heldout.render import Body, Bullets, Heading, Link


@dataclass(frozen=True)
class Reason:
    """Why the account was acted against: a title, one sentence, and what to prove."""

    title: str
    sentence: str
    proof: str


REASONS: tuple[Reason, ...] = (
    Reason(
        "inauthentic item complaints",
        "buyers told us that products they bought from you were not genuine",
        "invoices from your supplier covering the last 365 days",
    ),
    Reason(
        "a trademark complaint",
        "a brand owner reported that your offers use their trademark without permission",
        "a letter of authorization from the brand owner or proof of a retraction",
    ),
    Reason(
        "order defect rate",
        "your order defect rate is above the 1% we expect from sellers",
        "an explanation of why buyers had problems and what you changed",
    ),
    Reason(
        "late shipment rate",
        "too many of your orders were confirmed as shipped after the expected ship date",
        "a description of your fulfilment process and the changes you made",
    ),
    Reason(
        "related accounts",
        "your account seems to be related to another account that may not sell on our store",
        "an explanation of how the two accounts are connected",
    ),
    Reason(
        "restricted products",
        "you listed items that our restricted products policy does not allow",
        "confirmation that the items are removed and how you check new listings",
    ),
    Reason(
        "used sold as new",
        "customers received items described as new that had clearly been used",
        "an account of how you inspect and grade inventory",
    ),
    Reason(
        "customer review manipulation",
        "someone acting for your business tried to influence the reviews customers leave",
        "the steps you took to stop every contact that asks buyers for reviews",
    ),
    Reason(
        "product safety complaints",
        "customers reported that an item you sold was unsafe to use",
        "test reports or certificates for the product and your supplier's details",
    ),
)


def _reason(scene: Scene) -> Reason:
    return pick(scene.rng, REASONS)


def deactivated_terse(scene: Scene) -> Body:
    """A short, modern notice: deactivated, one reason, one button."""
    rng, reason = scene.rng, _reason(scene)
    subject = pick(
        rng,
        (
            f"Your {scene.market.store} selling account has been deactivated",
            "Your selling account is deactivated",
            "Account deactivated - action required",
            f"Deactivation of selling account {scene.seller.merchant_token}",
        ),
    )
    blocks = (
        greeting(scene),
        pick(
            rng,
            (
                f"We have deactivated your {scene.market.store} selling account. Your listings "
                "are no longer shown to customers.",
                "Your selling account has been deactivated and buyers can no longer see your "
                "offers.",
                "As of today you cannot sell on this store: your selling account is deactivated.",
            ),
        ),
        f"Why? Our review found that {reason.sentence}.",
        pick(
            rng,
            (
                "Payments due to you are on hold until this is resolved.",
                "Your account funds will be held during this time.",
                "Disbursements are paused while the account is deactivated.",
            ),
        ),
        "To reactivate, send us an appeal from Account Health. Tell us what caused the "
        "problem, what you have already fixed and what will stop it from happening again. "
        f"Please include {reason.proof}.",
        Link("Go to Account Health", scene.url("performance/account/health")),
        signoff(scene, pick(rng, ("Seller Performance Team", "Account Health Team"))),
    )
    sender = pick(rng, ("seller-performance", "account-health", "no-reply"))
    layout = pick(rng, ("plain", "plain", "alt"))
    return Body(
        "deactivated_terse", scene.addr(sender), scene.market.store, subject, blocks, layout
    )


def policy_warning_long(scene: Scene) -> Body:
    """An older, long-form policy warning with removed ASINs and escalating consequences."""
    rng, reason = scene.rng, _reason(scene)
    subject = pick(
        rng,
        (
            "Policy Warning",
            f"Policy warning: listings removed ({reason.title})",
            "Important: your selling privileges are at risk",
        ),
    )
    blocks = (
        greeting(scene),
        f"We are writing to let you know that {reason.sentence}. This is against the "
        "policies you agreed to when you registered to sell with us.",
        "Because of this, we have removed the following listings from the store:",
        Bullets(tuple(f"ASIN {code}" for code in scene.asins)),
        Heading("Why is this happening?"),
        pick(
            rng,
            (
                "We want customers to buy with confidence. When a pattern of complaints or "
                "policy breaches appears, we act to protect them.",
                "Customer trust is central to the store, and these issues put it at risk.",
            ),
        ),
        Heading("What should I do now?"),
        "Review your listings and your processes, correct the cause, and send us a plan of "
        f"action. We may ask for {reason.proof}.",
        pick(
            rng,
            (
                "Further violations may lead to the removal of your selling privileges.",
                "If this happens again we may suspend your account.",
                "Repeated problems of this kind can result in losing the right to sell.",
            ),
        ),
        f"Reference: {scene.reference}",
        signoff(scene, "Seller Performance"),
    )
    sender = pick(rng, ("performance-notifications", "seller-notification", "policy-warnings"))
    layout = pick(rng, ("plain", "alt"))
    return Body(
        "policy_warning_long", scene.addr(sender), scene.market.store, subject, blocks, layout
    )


def health_card(scene: Scene) -> Body:
    """An HTML Account Health alert: a status line, a fact table and a button."""
    rng, reason = scene.rng, _reason(scene)
    subject = pick(
        rng,
        (
            "Action required: Account Health rating at risk",
            f"Account Health alert for {scene.seller.store_name}",
            "Your listing was deactivated",
        ),
    )
    blocks = (
        Heading("Account Health"),
        pick(
            rng,
            (
                "Status: At risk of deactivation",
                "Status: Listing deactivated",
                "Status: Selling privileges under restriction",
            ),
        ),
        Bullets(
            (
                f"Issue: {reason.title}",
                f"Affected ASIN: {scene.asins[0]}",
                f"Detected on: {scene.day()}",
                f"Account: {scene.seller.merchant_token}",
            )
        ),
        f"What happened: {reason.sentence}. We removed the affected listing from sale.",
        pick(
            rng,
            (
                "Resolve this issue to keep your account in good standing. If more issues are "
                "found, your account may be deactivated.",
                "Until this is fixed, your account health rating stays at risk and your "
                "account can be deactivated.",
            ),
        ),
        Link("Resolve issue", scene.url("performance/account/health")),
        signoff(scene, "Account Health Team"),
    )
    return Body(
        "health_card",
        scene.addr("account-health"),
        "Account Health",
        subject,
        blocks,
        "html",
        "card",
    )


def rights_owner_block(scene: Scene) -> Body:
    """A listing-level block after an intellectual-property complaint."""
    rng = scene.rng
    kind = pick(rng, ("trademark", "copyright", "patent", "design right"))
    owner = pick(rng, ("Velora Brands LLC", "Kitewood GmbH", "Sunhaven Products Ltd", "Orvex Inc."))
    subject = pick(
        rng,
        (
            f"Listing removed after a rights owner complaint: {scene.asins[0]}",
            f"Notice of {kind} complaint",
            f"Your ASIN {scene.asins[0]} has been blocked",
        ),
    )
    blocks = (
        greeting(scene),
        f"We removed the listings below because a rights owner told us they infringe its {kind}.",
        Bullets(
            tuple(
                f"{code} - complaint {scene.reference[:-1]}{n}"
                for n, code in enumerate(scene.asins, start=1)
            )
        ),
        f"Rights owner: {owner}\nContact: legal@{owner.split()[0].lower()}.example",
        "If you think the complaint was made in error, contact the rights owner directly. "
        "Only the rights owner can withdraw it.",
        pick(
            rng,
            (
                "More complaints of this kind can lead to the deactivation of your account.",
                "Your account may be suspended if we receive further infringement reports.",
            ),
        ),
        "To appeal, select Appeal next to the ASIN on the Account Health page and attach an "
        "invoice or a letter of authorization.",
        signoff(scene, pick(rng, ("Notice Dispute Team", "Brand Protection Team"))),
    )
    sender = pick(rng, ("notice-dispute", "rights-complaints", "brand-protection"))
    return Body(
        "rights_owner_block", scene.addr(sender), scene.market.store, subject, blocks, "alt"
    )


def privileges_removed_review(scene: Scene) -> Body:
    """An account review that ends selling privileges and holds the funds."""
    rng, reason = scene.rng, _reason(scene)
    subject = pick(
        rng,
        (
            "Your selling privileges have been removed",
            "Removal of selling privileges",
            f"{scene.market.store}: seller account review outcome",
        ),
    )
    blocks = (
        greeting(scene),
        f"During a review of your account we found that {reason.sentence}.",
        pick(
            rng,
            (
                "For this reason your selling privileges have been removed and your listings "
                "taken down.",
                "As a result we have suspended your account and your offers were withdrawn.",
            ),
        ),
        pick(
            rng,
            (
                "Any funds in your account will be held for at least 90 days.",
                "We will keep the balance of your account on hold while this review is open.",
            ),
        ),
        "You can appeal this decision. Your appeal should cover:",
        Bullets(
            (
                "the root cause of the issue",
                "the actions you have taken to fix it",
                "the steps you will take so it does not happen again",
            ),
            numbered=True,
        ),
        f"Please also include {reason.proof}.",
        signoff(scene, "Seller Performance Team"),
    )
    layout = pick(rng, ("plain", "html", "alt"))
    return Body(
        "privileges_removed_review",
        scene.addr("seller-performance"),
        scene.market.store,
        subject,
        blocks,
        layout,
        pick(rng, ("simple", "table")),
    )


def paused_plain_words(scene: Scene) -> Body:
    """A recent, conversational notice: selling is paused and offers are offline."""
    rng, reason = scene.rng, _reason(scene)
    subject = pick(
        rng,
        (
            "We've paused your selling account",
            "You can't sell on our store right now",
            "Your offers are offline",
        ),
    )
    blocks = (
        pick(rng, (f"Hi {scene.seller.store_name},", "Hi there,")),
        pick(
            rng,
            (
                "We've paused your account, so none of your offers can be bought right now.",
                "Your account can't sell at the moment. We've taken your offers offline.",
            ),
        ),
        Heading("What went wrong"),
        f"We saw that {reason.sentence}.",
        Heading("What you can do"),
        "Tell us what went wrong, what you've fixed and how you'll stop it happening again. "
        f"Add {reason.proof}. Once we've checked it, we'll let you know.",
        Link("Start your appeal", scene.url("performance/account/health")),
        pick(rng, ("Your money stays on hold until then.", "We're holding your payouts for now.")),
        signoff(scene, "The Account Health team"),
    )
    layout = pick(rng, ("html", "alt"))
    return Body(
        "paused_plain_words",
        scene.addr("account-health"),
        scene.market.store,
        subject,
        blocks,
        layout,
        pick(rng, ("card", "simple")),
    )


FAMILIES = (
    deactivated_terse,
    policy_warning_long,
    health_card,
    rights_owner_block,
    privileges_removed_review,
    paused_plain_words,
    fr_deactivated,
    de_deactivated,
)
