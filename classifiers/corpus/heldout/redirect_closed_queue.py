"""Held-out ``redirect_closed_queue`` families: the address no longer takes appeals.

Five voices: an "unmonitored mailbox" notice, a "we moved appeals" announcement with
numbered steps, an out-of-office style auto-reply that echoes the subject, a notice
pointing at the Seller Support contact form, and a question-and-answer auto-response.
Two more are French and German (``french.py``, ``german.py``).
"""

from __future__ import annotations

from classifiers.corpus.heldout.blocks import Scene, pick, signoff
from classifiers.corpus.heldout.french import fr_mailbox_closed
from classifiers.corpus.heldout.german import de_mailbox_closed
from classifiers.corpus.heldout.render import Body, Bullets, Heading, Link

_APPEAL_STEPS = (
    "Sign in to Seller Central.",
    "Open Performance and choose Account Health.",
    "Find the issue and select Appeal.",
    "Attach your plan of action and any documents, then submit.",
)


def unmonitored_mailbox(scene: Scene) -> Body:
    """This mailbox is not read; appeals belong on the Account Health page."""
    rng = scene.rng
    subject = pick(
        rng,
        (
            "This mailbox is not monitored",
            "Automatic response: message not reviewed",
            "Your email was not received by a reviewer",
        ),
    )
    blocks = (
        pick(
            rng,
            (
                "This is an automated message. The address you wrote to is not monitored and "
                "your email has not been read.",
                "Messages sent to this address are not reviewed by our team.",
                "Please note: nobody reads emails sent to this mailbox.",
            ),
        ),
        "To appeal a decision about your account or listings, use the Account Health page in "
        "Seller Central.",
        Link("Account Health", scene.url("performance/account/health")),
        pick(
            rng,
            (
                "Sending your appeal to this address again will not speed up a review.",
                "Replies to this message will not be answered.",
            ),
        ),
        signoff(scene, "Seller Performance"),
    )
    layout = pick(rng, ("plain", "plain", "alt"))
    sender = pick(rng, ("seller-performance", "donotreply", "no-reply"))
    return Body(
        "unmonitored_mailbox", scene.addr(sender), scene.market.store, subject, blocks, layout
    )


def appeals_moved(scene: Scene) -> Body:
    """An announcement that email appeals ended, with numbered steps for the new way."""
    rng = scene.rng
    subject = pick(
        rng,
        (
            "We no longer accept appeals by email",
            "Appeals must be submitted in Seller Central",
            "Change to how you submit appeals",
        ),
    )
    blocks = (
        pick(rng, ("Hello,", "Dear Seller,", f"Hello {scene.seller.store_name},")),
        pick(
            rng,
            (
                "Thank you for your message. This email address no longer accepts appeals or "
                "plans of action.",
                "Appeals sent to this address are no longer processed.",
            ),
        ),
        "To submit an appeal, please follow these steps:",
        Bullets(_APPEAL_STEPS, numbered=True),
        pick(
            rng,
            (
                "Your message has not been passed on to any team.",
                "We have not forwarded your email; please submit it again as described above.",
            ),
        ),
        signoff(scene, pick(rng, ("Seller Performance Team", "Amazon Services"))),
    )
    layout = pick(rng, ("plain", "alt", "html"))
    sender = pick(rng, ("notice-dispute", "seller-performance", "appeals"))
    return Body(
        "appeals_moved", scene.addr(sender), scene.market.store, subject, blocks, layout, "table"
    )


def auto_reply_echo(scene: Scene) -> Body:
    """A terse auto-reply that echoes the subject and names the right channel."""
    rng = scene.rng
    original = pick(
        rng,
        (
            f"Appeal - {scene.seller.store_name}",
            f"Plan of Action for ASIN {scene.asins[0]}",
            f"Reinstatement request {scene.seller.merchant_token}",
        ),
    )
    subject = pick(rng, ("Automatic reply: ", "[Auto-Response] ", "Auto: ")) + original
    blocks = (
        "Thank you for writing to us.",
        pick(
            rng,
            (
                "This inbox has been closed. Emails sent here are deleted without being read.",
                "This address has been retired and is no longer checked.",
            ),
        ),
        pick(
            rng,
            (
                "Please resubmit your request using the Appeal button on the Account Health "
                "dashboard.",
                "For account or listing appeals, go to Seller Central > Performance > Account "
                "Health and choose Appeal.",
            ),
        ),
        "This is an automated reply. Please do not respond.",
    )
    sender = pick(rng, ("seller-performance", "notice-dispute", "account-health"))
    return Body("auto_reply_echo", scene.addr(sender), scene.market.store, subject, blocks, "plain")


def contact_form_pointer(scene: Scene) -> Body:
    """Your request could not be handled here; open a case through Seller Support."""
    rng = scene.rng
    subject = pick(
        rng,
        (
            "We could not process your email",
            "Please contact us through Seller Central",
            "Your request was not delivered to a team",
        ),
    )
    blocks = (
        pick(rng, ("Hello,", "Dear Seller,")),
        pick(
            rng,
            (
                "We are unable to respond to requests sent to this email address.",
                "Requests sent to this address cannot be handled.",
            ),
        ),
        "If you need help with your account, contact Seller Support from Seller Central: "
        "choose Help, then Get support, and describe the issue there. Appeals for a "
        "deactivated account or listing go through the Account Health page.",
        Link("Contact Seller Support", scene.url("help/hub/support")),
        signoff(scene, "Amazon Seller Support"),
    )
    layout = pick(rng, ("html", "alt"))
    sender = pick(rng, ("seller-support-noreply", "no-reply", "donotreply"))
    return Body(
        "contact_form_pointer",
        scene.addr(sender),
        "Amazon Seller Support",
        subject,
        blocks,
        layout,
        pick(rng, ("simple", "card")),
    )


def where_to_send_faq(scene: Scene) -> Body:
    """A question-and-answer auto-response explaining where appeals go instead."""
    rng = scene.rng
    subject = pick(
        rng,
        (
            "Where to send your appeal",
            "Re: your email to Seller Performance",
            "Information about this email address",
        ),
    )
    blocks = (
        f"You are receiving this automatic answer because on {scene.day()} you wrote to an "
        "address that we stopped using for appeals.",
        Heading("Did anyone read my email?"),
        "No. Messages to this address are not passed to an investigator.",
        Heading("Where do I send my appeal?"),
        "In Seller Central, open Account Health, pick the listing or account issue and use "
        "the Appeal button. Questions that are not appeals go to Seller Support through Help.",
        Heading("Do I need to reply to this email?"),
        "No. Replies to this message are not read either.",
        Link("Account Health", scene.url("performance/account/health")),
    )
    layout = pick(rng, ("plain", "alt", "html"))
    return Body(
        "where_to_send_faq",
        scene.addr(pick(rng, ("seller-performance", "appeals", "notice-dispute"))),
        scene.market.store,
        subject,
        blocks,
        layout,
        "table",
    )


FAMILIES = (
    unmonitored_mailbox,
    appeals_moved,
    auto_reply_echo,
    contact_form_pointer,
    where_to_send_faq,
    fr_mailbox_closed,
    de_mailbox_closed,
)
