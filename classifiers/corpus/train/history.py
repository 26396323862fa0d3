"""Quoted history and forwarding, the way mail clients print them.

Real notices often arrive with the seller's appeal quoted below, which in turn quotes
the original suspension, or forwarded by a consultant. The label always follows the
newest text at the top; these helpers write what sits underneath.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from .mime import Bullets, Letter, letter_text, text_style
from .reasons import Reason
from .variety import Scene, chance, link, pick

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def earlier(scene: Scene, low: int, high: int) -> Scene:
    """The same seller and marketplace, some days before."""
    return replace(
        scene,
        when=scene.when
        - timedelta(days=scene.rng.randint(low, high), minutes=scene.rng.randint(0, 900)),
    )


def _stamp(when: datetime, style: str) -> str:
    if style == "gmail":
        return when.strftime(f"{_DAYS[when.weekday()][:3]}, %b %-d, %Y at %-I:%M %p")
    return when.strftime(f"{_DAYS[when.weekday()]}, %B %-d, %Y %-I:%M %p")


def quote(scene: Scene, older: Letter, when: datetime, body: str) -> str:
    """Quote an older message's body below a reply, in one client's habit."""
    style = scene.rng.choice(("gmail", "gmail", "outlook", "original", "bare"))
    if style == "gmail":
        head = f"On {_stamp(when, 'gmail')}, {older.sender} wrote:"
        return head + "\n" + "\n".join(f"> {line}" if line else ">" for line in body.split("\n"))
    if style == "bare":
        return "\n".join(f"> {line}" if line else ">" for line in body.split("\n"))
    rule = (
        "________________________________" if style == "outlook" else ("-----Original Message-----")
    )
    return (
        f"{rule}\nFrom: {older.sender}\nSent: {_stamp(when, 'outlook')}\nTo: {older.to}\n"
        f"Subject: {older.subject}\n\n{body}"
    )


def forwarded(scene: Scene, inner: Letter, when: datetime, body: str) -> str:
    """A forwarded message block as Gmail or Outlook prints it."""
    if chance(scene, 0.6):
        return (
            f"---------- Forwarded message ---------\nFrom: {inner.sender}\n"
            f"Date: {_stamp(when, 'gmail')}\nSubject: {inner.subject}\nTo: {inner.to}\n\n{body}"
        )
    return (
        f"-----Original Message-----\nFrom: {inner.sender}\nSent: {_stamp(when, 'outlook')}\n"
        f"To: {inner.to}\nSubject: {inner.subject}\n\n{body}"
    )


def thread(scene: Scene, chain: list[tuple[Letter, Scene]]) -> str:
    """Nest a chain of older messages (newest first) into one quoted history."""
    oldest, oldest_scene = chain[-1]
    body = letter_text(oldest, text_style(scene))
    parent = (oldest, oldest_scene.when)
    for letter, when_scene in reversed(chain[:-1]):
        quoted = quote(scene, parent[0], parent[1], body)
        body = letter_text(letter, text_style(scene)) + "\n" + quoted
        parent = (letter, when_scene.when)
    return quote(scene, parent[0], parent[1], body)


def seller_appeal(scene: Scene, reason: Reason | None, to: str, subject: str) -> Letter:
    """The seller's own appeal or POA, as sent to Amazon (a reply to ``subject``).

    Without a reason it speaks of "the issues in your notice", so it fits any notice quoted
    below it.
    """
    store = scene.seller.store
    topic = reason.name if reason else "the issues in your notice"
    blocks = (
        pick(
            scene,
            f"We are writing to appeal the deactivation of our account ({store}).",
            f"Please find below our plan of action regarding {topic}.",
            f"Thank you for the opportunity to address the concerns about {topic}.",
        ),
        pick(scene, "Root cause:", "What went wrong:", "1) Root cause"),
        pick(
            scene,
            "Our supplier check did not catch the problem before listing.",
            "We did not review the listing details carefully enough.",
            "A new staff member created listings without following our checklist.",
        ),
        pick(scene, "Actions taken:", "Immediate remedy:", "2) Corrective actions"),
        Bullets(
            (
                pick(scene, "We removed the affected listings.", "We refunded affected buyers."),
                pick(scene, "We audited all inventory.", "We contacted our supplier for invoices."),
            )
        ),
        pick(scene, "Preventive measures:", "3) Preventive steps", "Going forward:"),
        Bullets(
            (
                pick(
                    scene,
                    "Every new listing is checked by a second person.",
                    "We only buy from authorised distributors.",
                ),
                pick(scene, "We review Account Health daily.", "Staff completed policy training."),
            )
        ),
        pick(
            scene,
            "We kindly ask you to reinstate our selling privileges.",
            "We hope this addresses your concerns and ask for reinstatement.",
            f"Our Account Health page: {link(scene, 'dashboard')}",
        ),
    )
    return Letter(
        sender=scene.seller.address,
        to=to,
        subject=f"RE: {subject}",
        blocks=blocks,
        greeting=pick(scene, "Dear Seller Performance Team,", "Hello,", "Dear Amazon team,"),
        closing=(
            pick(scene, "Kind regards,", "Sincerely,", "Thank you,"),
            scene.seller.owner,
            store,
            f"Merchant token: {scene.seller.token}",
        ),
    )


def seller_chaser(scene: Scene, to: str, subject: str) -> Letter:
    """A short follow-up from the seller asking about an earlier submission."""
    text = pick(
        scene,
        "We sent our plan of action last week and have not heard back. Could you confirm that "
        "you received it?",
        "Following up on our appeal. Is there anything else you need from us?",
        "Please find our invoices attached, as requested in your last email.",
        "Could you tell us what is missing from our appeal? We addressed every point.",
    )
    return Letter(
        sender=scene.seller.address,
        to=to,
        subject=f"RE: {subject}",
        blocks=(text,),
        greeting=pick(scene, "Hello,", "Dear Seller Performance,", "Hi,"),
        closing=(pick(scene, "Thanks,", "Regards,"), scene.seller.owner),
    )
