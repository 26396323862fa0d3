"""Sellers' mailboxes with known cases, and a pairwise F1 of how intake groups them.

The checking set for grouping (issue 12): ``mailbox(seed, matters)`` writes one
seller's mail over months: several matters at once (IP complaints through
notice-dispute@, authenticity and account-level cases through
seller-performance@ of two marketplaces, listing blocks through
seller-notification@), each with the seller's appeal, auto-replies, re-sent
requests, acknowledgements, denials and reinstatements, a share of which name
no ID at all; months between matters; order mail and phishing beside them.
Every message carries the matter it truly belongs to (None: no case).
All wording is ours. ``pairwise_f1`` scores a grouping against that truth:
pairs of messages put in one case, where mail in no case counts as alone.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from intake.mail.notice import Notice

SELLER = "owner@brightside-goods.test"
CONSULTANT = "advisor@appeals-desk.test"
NAMES_NOTHING = 0.3  # share of follow-ups that name no ID, ASIN or policy


@dataclass(frozen=True)
class Mail:
    """One generated message: the parsed form, the label it should get, and its true case."""

    notice: Notice
    label: str
    outgoing: bool
    case: str | None


@dataclass(frozen=True)
class _Matter:
    key: str
    team: str
    policy_words: str
    asin: str | None
    case_id: str | None
    complaint_id: str | None
    subject: str
    start: datetime


_KINDS = (  # team, what happened (named as Amazon names it), has an ASIN, a complaint ID
    ("notice-dispute@amazon.com", "a rights owner's intellectual property complaint", True, True),
    ("seller-performance@amazon.com", "customer complaints that items were inauthentic", True,
     False),
    ("seller-performance@amazon.co.uk", "an Order Defect Rate above our target", False, False),
    ("seller-performance@amazon.de", "missing product safety information", True, False),
    ("seller-notification@amazon.com", "a dangerous goods review", True, False),
    ("seller-performance@amazon.com", "signs of related accounts", False, False),
    ("performance-notifications@amazon.com", "a Late Shipment Rate above target", False, False),
)  # fmt: skip


class _Writer:
    """Numbers messages and keeps the random source, so a seed gives the same mailbox."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.count = 0
        self.seed = seed

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def asin(self) -> str:
        return "B0" + "".join(self.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))

    def mail(
        self, sender: str, to: str, subject: str, text: str, when: datetime,
        parent: str | None = None,
    ) -> Notice:  # fmt: skip
        self.count += 1
        return Notice(
            message_id=f"<m{self.seed}-{self.count}@sellerbox.test>", sender=sender,
            recipients=(to,), subject=subject, date=when, in_reply_to=parent,
            references=(parent,) if parent else (), text=text,
        )  # fmt: skip


def mailbox(seed: int = 1, matters: int = 12, days: int = 400) -> list[Mail]:
    """One seller's mail in date order: ``matters`` cases over ``days`` days, with ordinary
    and phishing mail beside them."""
    writer = _Writer(seed)
    mail: list[Mail] = []
    start = datetime(2025, 1, 6, 9, tzinfo=UTC)
    for n in range(matters):
        team, words, has_asin, has_complaint = writer.rng.choice(_KINDS)
        begin = start + timedelta(days=writer.rng.uniform(0, days), hours=writer.rng.uniform(0, 9))
        asin = writer.asin() if has_asin else None
        subject = f"Action required: {words[words.index(' ') + 1 :]}"
        matter = _Matter(
            key=f"case-{n}", team=team, policy_words=words, asin=asin,
            case_id=writer.digits(10) if writer.rng.random() < 0.6 else None,
            complaint_id=writer.digits(10) if has_complaint else None,
            subject=f"{subject} (ASIN {asin})" if asin else subject,
            start=begin,
        )  # fmt: skip
        mail.extend(_matter_mail(writer, matter))
    for _ in range(matters * 3):
        mail.append(_ordinary(writer, start + timedelta(days=writer.rng.uniform(0, days))))
    for _ in range(max(1, matters // 4)):
        mail.append(_phishing(writer, start + timedelta(days=writer.rng.uniform(0, days))))
    return sorted(mail, key=lambda m: (m.notice.date, m.notice.message_id))


def _ids(writer: _Writer, matter: _Matter) -> str:
    """What a follow-up names of its matter: usually some ID, sometimes nothing."""
    if writer.rng.random() < NAMES_NOTHING:
        return ""
    named = [f"ASIN: {matter.asin}"] if matter.asin else []
    named += [f"Case ID: {matter.case_id}"] if matter.case_id else []
    named += [f"Complaint ID: {matter.complaint_id}"] if matter.complaint_id else []
    return "\n".join(writer.rng.sample(named, k=min(len(named), 2))) if named else ""


def _matter_mail(writer: _Writer, matter: _Matter) -> list[Mail]:
    """One matter's mail: the notice, then rounds of the seller answering and Amazon
    answering, sometimes a reinstatement."""
    story = _Story(writer, matter)
    for _ in range(writer.rng.randint(1, 4)):
        story.seller_round()
        story.amazon_round()
    if writer.rng.random() < 0.5:
        story.advance(2, 10)
        story.amazon(
            "reinstatement",
            "Your selling privileges have been restored",
            f"Hello,\n\nAfter review we reinstated it.\n{_ids(writer, matter)}\n",
        )
    return story.out


class _Story:
    """The mail of one matter as it unfolds (keeps the clock and what was written)."""

    def __init__(self, writer: _Writer, matter: _Matter) -> None:
        self.writer, self.matter, self.rng = writer, matter, writer.rng
        self.when, self.out = matter.start, []
        named = [f"ASIN: {matter.asin}"] if matter.asin else []
        named += [f"Complaint ID: {matter.complaint_id}"] if matter.complaint_id else []
        named += [f"Case ID: {matter.case_id}"] if matter.case_id else []
        self.first = self.amazon(
            "suspension",
            matter.subject,
            f"Hello,\n\nWe took action on your account after {matter.policy_words}.\n"
            + "\n".join(named)
            + "\n\nSend a plan of action to appeal.\n",
        )

    def advance(self, low: float, high: float) -> None:
        self.when += timedelta(days=self.rng.uniform(low, high))

    def amazon(self, label: str, subject: str, text: str) -> Notice:
        notice = self.writer.mail(self.matter.team, SELLER, subject, text, self.when)
        self.out.append(Mail(notice, label, False, self.matter.key))
        return notice

    def seller_round(self) -> None:
        """The seller appeals by mail in the thread (else through Account Health, unseen),
        meets an auto-reply where mail is closed, sometimes writes to the consultant."""
        rng, matter = self.rng, self.matter
        self.when += timedelta(days=rng.uniform(1, 6), hours=rng.uniform(0, 8))
        if rng.random() < 0.5:
            appeal = self.writer.mail(
                SELLER,
                matter.team,
                f"RE: {matter.subject}",
                "Please find our plan of action below.\n",
                self.when,
                self.first.message_id,
            )
            self.out.append(Mail(appeal, "other", True, matter.key))
            if "notice-dispute" in matter.team or rng.random() < 0.2:
                self.when += timedelta(minutes=2)
                self.amazon(
                    "redirect_closed_queue",
                    f"Automatic reply: RE: {matter.subject}",
                    "This address does not accept appeals. Use the Appeal button in"
                    " Account Health.\n",
                )
        if rng.random() < 0.15:
            note = self.writer.mail(
                SELLER,
                CONSULTANT,
                f"Fwd: {matter.subject}",
                "Can you look at this one?\n",
                self.when,
            )
            self.out.append(Mail(note, "other", False, matter.key))

    def amazon_round(self) -> None:
        """Amazon acknowledges, then asks for more (sometimes twice, word for word) or denies."""
        rng, ids = self.rng, lambda: _ids(self.writer, self.matter)
        if rng.random() < 0.7:
            self.advance(0.5, 3)
            self.amazon(
                "acknowledgement",
                "We received your appeal",
                f"Hello,\n\nWe received your appeal and will review it.\n{ids()}\n",
            )
        self.advance(2, 8)
        if rng.random() < 0.5:
            body = f"Hello,\n\nTo continue, send invoices for the last 365 days.\n{ids()}\n"
            self.amazon("need_more_info", "Additional information needed", body)
            if rng.random() < 0.3:
                self.advance(3, 8)
                self.amazon("resent", "Additional information needed", body)
        else:
            self.amazon(
                "generic_denial",
                "Update on your appeal",
                f"Hello,\n\nYour appeal did not address our concerns.\n{ids()}\n",
            )


def _ordinary(writer: _Writer, when: datetime) -> Mail:
    rng = writer.rng
    order = f"{writer.digits(3)}-{writer.digits(7)}-{writer.digits(7)}"
    kind = rng.choice(("order", "payment", "news"))
    if kind == "order":
        notice = writer.mail("no-reply@amazon.com", SELLER, f"Sold, ship now: order {order}",
                             f"Ship order {order} by tomorrow.\n", when)  # fmt: skip
    elif kind == "payment":
        notice = writer.mail("payments-messages@amazon.com", SELLER, "Your payment is on its way",
                             "We sent your disbursement.\n", when)  # fmt: skip
    else:
        notice = writer.mail("news@supplier.test", SELLER, "Spring catalogue",
                             "Our new catalogue is out.\n", when)  # fmt: skip
    return Mail(notice, "other", False, None)


def _phishing(writer: _Writer, when: datetime) -> Mail:
    text = ("Your account is suspended. Verify your password and bank details at"
            " http://amaz0n-seller-help.test/login within 24 hours.\n")  # fmt: skip
    notice = writer.mail(
        "security@amaz0n-seller-help.test",
        SELLER,
        "Your Amazon seller account is suspended - verify now",
        text,
        when,
    )
    return Mail(notice, "suspension", False, None)


def pairwise_f1(truth: Sequence[str | None], predicted: Sequence[object | None]) -> float:
    """F1 over pairs of messages placed in one case; ``None`` (no case) counts as alone.

    ``truth[i]`` is message i's true case, ``predicted[i]`` the case intake gave it.
    """
    true_pairs = _pairs(truth)
    got_pairs = _pairs(predicted)
    if not true_pairs and not got_pairs:
        return 1.0
    both = len(true_pairs & got_pairs)
    precision = both / len(got_pairs) if got_pairs else 0.0
    recall = both / len(true_pairs) if true_pairs else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _pairs(groups: Iterable[object | None]) -> set[tuple[int, int]]:
    members: dict[object, list[int]] = {}
    for index, group in enumerate(groups):
        if group is not None:
            members.setdefault(group, []).append(index)
    return {(a, b) for ids in members.values() for i, a in enumerate(ids) for b in ids[i + 1 :]}
