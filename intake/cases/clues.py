"""What one message offers grouping: its IDs, thread, subject, sending team, names, date.

``clues_of`` turns a parsed notice and its facts into ``Clues``; grouping
(``intake.cases.grouping``) weighs them against the client's cases, and the
index (``intake.cases.index``, ``intake.store.grouping``) finds the cases that
share any of them by the same ``keys``. Pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from intake.extract import Facts
from intake.extract.domains import amazon_marketplace, forwarded_amazon_sender, is_amazon_domain
from intake.mail.notice import Notice

#: Kinds of index key, and what each one is called in a decision's reason.
KEY_NAMES = {
    "case": "Amazon case ID",
    "complaint": "complaint ID",
    "asin": "ASIN",
    "order": "order ID",
    "subject": "subject",
    "name": "name",
}
MAX_NAMES = 24

_REPLY_PREFIX = re.compile(
    r"^\s*(?:re|aw|wg|fw|fwd|tr|sv|vs|antw|rif|r|automatic reply|auto(?:matic)?[- ]?reply"
    r"|out of office|abwesenheitsnotiz|automatische antwort|réponse automatique"
    r"|respuesta automática|risposta automatica)\s*(?:\[\d+\])?\s*:\s*",
    re.IGNORECASE,
)
_NAME = re.compile(r"\b[A-Z][a-z]{2,}(?:[ \t]+[A-Z][a-z]{2,})+\b")
# Capitalised words every seller's mail shares: no evidence of one case over another.
_COMMON_TEXT = (
    "amazon seller sellers central account health performance team support services "
    "dear hello thank thanks kind regards best sincerely please plan action appeal "
    "notice case policy your our the this that we you they with from for and monday "
    "tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december sent iphone android "
    "marketplace customer customers product products listing listings asin order "
    "orders hub page button form help notification notifications review important "
    "action required information request warning"
)
_COMMON_WORDS = frozenset(_COMMON_TEXT.split())


@dataclass(frozen=True)
class Clues:
    """The evidence one message brings to grouping; empty means "not named"."""

    case_ids: tuple[str, ...] = ()
    complaint_ids: tuple[str, ...] = ()
    asins: tuple[str, ...] = ()
    order_ids: tuple[str, ...] = ()
    parents: tuple[str, ...] = ()  # In-Reply-To and References, nearest first
    subject: str = ""  # without Re:/AW:/Automatic reply: prefixes, lower-cased
    reply: bool = False  # the subject had such a prefix
    team: str | None = None  # the Amazon team it is from or to, e.g. notice-dispute@amazon.com
    policy: str | None = None
    names: tuple[str, ...] = ()  # capitalised phrases ("Harbour Lights")
    when: datetime | None = None
    outgoing: bool = False  # the seller's mail to Amazon
    from_amazon: bool = True  # sent by an Amazon address (not the seller, not a consultant)
    label_unsure: bool = False  # its label awaits a person's review (``grouping_open``)

    def index_keys(self) -> tuple[tuple[str, str], ...]:
        """The index keys a case holding this message can be found by."""
        found = [("case", v) for v in self.case_ids] + [
            ("complaint", v) for v in self.complaint_ids
        ]
        found += [("asin", v) for v in self.asins] + [("order", v) for v in self.order_ids]
        if self.subject:
            found.append(("subject", self.subject))
        found += [("name", v) for v in self.names]
        return tuple(found)

    @property
    def names_a_matter(self) -> bool:
        """Whether it names an ID or an ASIN that could tie it to a case."""
        return bool(self.case_ids or self.complaint_ids or self.asins or self.order_ids)


def clues_of(notice: Notice, facts: Facts, outgoing: bool = False) -> Clues:
    """The grouping evidence of a parsed message and the facts extracted from it."""
    subject, reply = subject_key(notice.subject)
    replied_to = (notice.in_reply_to,) if notice.in_reply_to else ()
    parents = tuple(dict.fromkeys([*replied_to, *reversed(notice.references)]))
    from_amazon = is_amazon_domain(notice.sender_domain) and not outgoing
    return Clues(
        case_ids=tuple(facts.case_ids),
        complaint_ids=tuple(facts.complaint_ids),
        asins=tuple(facts.asins),
        order_ids=tuple(facts.order_ids),
        parents=parents,
        subject=subject,
        reply=reply,
        team=team_of(notice, outgoing),
        policy=facts.policy,
        names=names_in(f"{notice.subject}\n{notice.text}"),
        when=notice.date,
        outgoing=outgoing,
        from_amazon=from_amazon,
    )


def subject_key(subject: str) -> tuple[str, bool]:
    """The subject without reply, forward and auto-reply prefixes, and whether it had any.

    ``"Automatic reply: RE: Notice: Listing removed"`` -> ``("notice: listing removed", True)``.
    """
    text, stripped = subject or "", False
    while True:
        match = _REPLY_PREFIX.match(text)
        if not match or match.end() == len(text):
            break
        text, stripped = text[match.end() :], True
    return " ".join(text.lower().split())[:200], stripped


def team_of(notice: Notice, outgoing: bool = False) -> str | None:
    """The Amazon address a message is from (or, for the seller's own, to), lower-cased.

    Teams tell parallel cases apart: ``notice-dispute@amazon.com`` handles IP
    complaints, ``seller-performance@amazon.de`` the German marketplace's cases.
    A notice forwarded by the seller counts as from its original sender.
    """
    if outgoing:
        addresses = [a for a in notice.recipients if is_amazon_domain(a.rpartition("@")[2])]
        return addresses[0].lower() if addresses else None
    if is_amazon_domain(notice.sender_domain):
        return notice.sender.lower()
    forwarded = forwarded_amazon_sender(notice.text)
    if forwarded and amazon_marketplace(forwarded.rpartition("@")[2]):
        return forwarded.lower()
    return None


def names_in(text: str) -> tuple[str, ...]:
    """Capitalised two-word phrases (people, companies, places), as evidence for seller mail.

    "a signed statement about James and Harbour Lights" -> ``("harbour lights",)``.
    Phrases of words every seller's mail has ("Account Health") are left out.
    """
    found: dict[str, None] = {}
    for match in _NAME.finditer(text[:20_000]):
        words = [w.lower() for w in match.group().split()]
        for first, second in zip(words, words[1:], strict=False):
            if first not in _COMMON_WORDS and second not in _COMMON_WORDS:
                found[f"{first} {second}"] = None
        if len(found) >= MAX_NAMES:
            break
    return tuple(found)[:MAX_NAMES]
