"""Held-out ``generic_denial`` families: the appeal was refused without concrete reasons.

Five voices: a polite "unable to reinstate", a plan-of-action review that calls the
plan insufficient, a final decision that ends selling, an HTML appeal-status card, and
a conversational "not enough to lift the restriction".
None says what exactly was missing; that vagueness is the point of the label.
Two more are German and Spanish (``german.py``, ``spanish.py``).
"""

from __future__ import annotations

from classifiers.corpus.heldout.blocks import Scene, greeting, pick, signoff
from classifiers.corpus.heldout.german import de_appeal_rejected
from classifiers.corpus.heldout.render import Body, Heading, Link
from classifiers.corpus.heldout.spanish import es_appeal_rejected

_VAGUE = (
    "Your appeal did not address our concerns.",
    "The information you provided was not sufficient for us to reinstate your account.",
    "Your plan of action did not give us enough confidence that the problem is resolved.",
    "We did not find the information we need to restore your selling privileges.",
    "What you sent does not fully explain the issue or how it was fixed.",
)


def unable_to_reinstate(scene: Scene) -> Body:
    """A polite refusal: reviewed, unable to reinstate, you may try again."""
    rng = scene.rng
    subject = pick(
        rng,
        (
            "Update on your appeal",
            f"Your appeal for {scene.seller.store_name}",
            "Regarding your request to reactivate your account",
        ),
    )
    blocks = (
        greeting(scene),
        pick(
            rng,
            (
                "Thank you for your appeal. We reviewed it and are unable to reinstate your "
                "selling account at this time.",
                "We have looked carefully at your appeal. Unfortunately we cannot reactivate "
                "your account based on it.",
                "After reviewing the appeal you submitted, we are not able to restore your "
                "selling privileges.",
            ),
        ),
        pick(rng, _VAGUE),
        pick(
            rng,
            (
                "You may submit a new appeal from the Account Health page.",
                "If you wish, you can send a revised appeal through Seller Central.",
                "Your account remains deactivated.",
            ),
        ),
        signoff(scene, "Seller Performance Team"),
    )
    layout = pick(rng, ("plain", "plain", "alt"))
    sender = pick(rng, ("seller-performance", "no-reply-seller-performance"))
    return Body(
        "unable_to_reinstate", scene.addr(sender), scene.market.store, subject, blocks, layout
    )


def plan_insufficient(scene: Scene) -> Body:
    """A plan-of-action review that rejects the plan in general terms."""
    rng = scene.rng
    subject = pick(
        rng,
        (
            "Re: Plan of action",
            f"Plan of action review - case {scene.case_id}",
            "Your plan of action was not accepted",
        ),
    )
    blocks = (
        greeting(scene),
        f"We reviewed the plan of action you sent for case {scene.case_id}.",
        pick(
            rng,
            (
                "The plan is not acceptable in its current form.",
                "We were unable to accept the plan you provided.",
                "Your plan has been reviewed and was found to be insufficient.",
            ),
        ),
        pick(rng, _VAGUE),
        pick(
            rng,
            (
                "Your listings will remain inactive.",
                "Your selling privileges have not been restored.",
                "The account stays deactivated for now.",
            ),
        ),
        pick(
            rng,
            (
                "Please do not reply to this message.",
                "We may not respond to further emails about this matter.",
                "Thank you for your understanding.",
            ),
        ),
        signoff(scene, pick(rng, ("Seller Performance", "Account Health Team"))),
    )
    return Body(
        "plan_insufficient",
        scene.addr("seller-performance"),
        "Seller Performance",
        subject,
        blocks,
        pick(rng, ("plain", "alt", "html")),
        pick(rng, ("simple", "table")),
    )


def final_decision(scene: Scene) -> Body:
    """A final word: the account will not be reinstated and may no longer sell."""
    rng = scene.rng
    subject = pick(
        rng,
        (
            "Decision on your appeal",
            f"Your {scene.market.store} selling account",
            "Final decision regarding your account",
        ),
    )
    blocks = (
        greeting(scene),
        pick(
            rng,
            (
                "We have reconsidered your account and our decision stands.",
                "We reviewed your latest appeal and will not be reactivating your account.",
                "After further review, your account will not be reinstated.",
            ),
        ),
        pick(
            rng,
            (
                f"You may no longer sell on {scene.market.store}.",
                "Your selling privileges will not be restored.",
                "This decision is final.",
            ),
        ),
        pick(
            rng,
            (
                "Any remaining inventory in our fulfilment centres must be removed; you can "
                "create removal orders in Seller Central.",
                "We will continue to hold the funds in your account as described in the "
                "Business Solutions Agreement.",
                "Further messages about this account may not receive a response.",
            ),
        ),
        signoff(scene, "Seller Performance Team"),
    )
    layout = pick(rng, ("plain", "alt"))
    return Body(
        "final_decision",
        scene.addr("seller-performance"),
        scene.market.store,
        subject,
        blocks,
        layout,
    )


def appeal_status_card(scene: Scene) -> Body:
    """An HTML appeal-status card whose outcome is "not accepted", with no reasons."""
    rng = scene.rng
    subject = pick(
        rng,
        (
            "Your appeal status has changed",
            f"Appeal {scene.reference}: not accepted",
            "Account Health: appeal decision",
        ),
    )
    blocks = (
        Heading("Appeal status"),
        f"Appeal ID: {scene.reference}\nSubmitted: {scene.day()}\nOutcome: Not accepted",
        pick(rng, _VAGUE),
        pick(
            rng,
            (
                "The affected listings remain deactivated.",
                "Your account continues to be deactivated.",
            ),
        ),
        Link("View Account Health", scene.url("performance/account/health")),
        signoff(scene, "Account Health Team"),
    )
    return Body(
        "appeal_status_card",
        scene.addr("account-health"),
        "Account Health",
        subject,
        blocks,
        "html",
        "card",
    )


def cannot_lift_restriction(scene: Scene) -> Body:
    """A conversational refusal: not enough to lift the restriction, no details given."""
    rng = scene.rng
    subject = pick(
        rng,
        (
            "About the information you sent us",
            "We looked at your appeal",
            f"Your account {scene.seller.merchant_token}",
        ),
    )
    blocks = (
        pick(rng, (f"Hi {scene.seller.owner.split()[0]},", "Hi there,", "Hello,")),
        pick(
            rng,
            (
                "We've gone through everything you gave us, and it isn't enough for us to lift "
                "the restriction on your account.",
                "Thanks for writing back. We've looked at it again, and we still can't let your "
                "account sell.",
            ),
        ),
        pick(
            rng,
            (
                "We can't share more detail about how we reached this decision.",
                "We're not able to tell you more about our review.",
            ),
        ),
        pick(
            rng,
            (
                "Your account stays restricted.",
                "Nothing changes on your account for now.",
            ),
        ),
        signoff(scene, "The Account Health team"),
    )
    return Body(
        "cannot_lift_restriction",
        scene.addr(pick(rng, ("account-health", "seller-performance"))),
        scene.market.store,
        subject,
        blocks,
        pick(rng, ("plain", "alt")),
    )


FAMILIES = (
    unable_to_reinstate,
    plan_insufficient,
    final_decision,
    appeal_status_card,
    cannot_lift_restriction,
    de_appeal_rejected,
    es_appeal_rejected,
)
