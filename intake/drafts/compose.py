"""Which message of a case a draft answers, and the ``DraftContext`` built from the case.

Pure: the store hands over a ``CaseMaterial`` snapshot and gets a context
back, or ``NoDraft`` saying plainly why there is nothing to draft (a
suspicious latest message, one that needs review, a case with no notice).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from classifiers.types import Label
from intake.cases.channels import submission_channel, submit_outside_email
from intake.cases.kinds import CaseKind
from intake.cases.state import CaseState
from intake.drafts.context import DRAFT_LABELS, AnsweredMessage, DraftContext
from intake.errors import InputError


class NoDraft(InputError):
    """The case has no message intake may draft a reply for; the message says why."""


@dataclass(frozen=True)
class CaseMessage:
    """One stored message as drafting sees it."""

    id: int
    label: str
    outgoing: bool
    needs_review: bool
    suspicious: bool
    sent_at: datetime | None
    subject: str = ""
    sender: str = ""
    message_id: str | None = None
    references: tuple[str, ...] = ()
    text: str = ""
    facts: dict[str, Any] | None = None


@dataclass(frozen=True)
class CaseMaterial:
    """A case's snapshot for drafting: its summary fields, state, messages and logged appeals."""

    case_id: int
    kind: str
    client: str
    client_display: str
    state: CaseState
    policy: str | None
    marketplace: str | None
    asins: tuple[str, ...]
    case_ids: tuple[str, ...]
    messages: tuple[CaseMessage, ...]
    appeals: tuple[datetime, ...] = ()


def choose_message(material: CaseMaterial, include_needs_review: bool = False) -> CaseMessage:
    """The latest incoming message to answer; ``NoDraft`` when it must not be answered."""
    case = material.case_id
    if material.kind == CaseKind.SUSPICIOUS:
        raise NoDraft(f"case {case}: its mail failed authenticity checks; no draft for phishing")
    if material.kind not in (CaseKind.NOTICE, CaseKind.GENERAL):
        raise NoDraft(f"case {case}: a {material.kind} case has nothing to answer")
    incoming = [m for m in material.messages if not m.outgoing]
    relevant = [m for m in incoming if m.suspicious or m.label in DRAFT_LABELS]
    if not relevant:
        raise NoDraft(f"case {case}: no message that needs a reply")
    latest = relevant[-1]
    if latest.suspicious:
        raise NoDraft(
            f"case {case}: the latest message ({latest.id}) failed authenticity checks;"
            " no draft: check Account Health in Seller Central directly"
        )
    if latest.needs_review and not include_needs_review:
        raise NoDraft(
            f"case {case}: message {latest.id} ({latest.label}) needs review; confirm its label"
            " with `intake relabel`, or set drafts.include_needs_review = true"
        )
    return latest


def build_context(material: CaseMaterial, chosen: CaseMessage, today: date) -> DraftContext:
    """Everything the case knows, for the template of ``chosen``'s label."""
    incoming = [m.facts or {} for m in material.messages if not m.outgoing]
    outgoing = [m for m in material.messages if m.outgoing and m.text]
    submitted = [*material.state.submissions, *material.appeals]
    answered = AnsweredMessage(
        id=chosen.id,
        label=chosen.label,
        subject=chosen.subject,
        sender=chosen.sender,
        message_id=chosen.message_id,
        references=chosen.references,
        sent_at=chosen.sent_at,
        text=chosen.text,
    )
    deadline = material.state.deadline
    return DraftContext(
        case_id=material.case_id,
        message=answered,
        today=today,
        client_name=material.client_display or material.client,
        store_name=_latest(incoming, "store_name"),
        merchant_token=_latest(incoming, "merchant_token"),
        marketplace=material.marketplace or _latest(incoming, "marketplace"),
        policy=material.policy or _latest(incoming, "policy"),
        asins=_union([material.asins, *(f.get("asins") or () for f in incoming)]),
        order_ids=_union(f.get("order_ids") or () for f in incoming),
        case_ids=_union([material.case_ids, *(f.get("case_ids") or () for f in incoming)]),
        complaint_ids=_union(f.get("complaint_ids") or () for f in incoming),
        notice_references=tuple((chosen.facts or {}).get("notice_references") or ()),
        rights_owner=_latest(incoming, "rights_owner"),
        deadline=deadline,
        requested=_requested(chosen, material.state.requested),
        submissions=tuple(sorted({when.date() for when in submitted})),
        denials=material.state.denials,
        resent=material.state.resent,
        vague_requests=sum(
            1
            for m in material.messages
            if m.label == Label.NEED_MORE_INFO and not (m.facts or {}).get("requested")
        ),
        last_submission=outgoing[-1].text.strip() if outgoing else "",
        channel=_channel(chosen),
    )


def _channel(chosen: CaseMessage) -> str | None:
    """Where the answer goes instead of a reply: the channel an auto-reply names, or the one
    a notice says to submit through (then the draft has no recipient)."""
    from_amazon = chosen.text and chosen.label != Label.REDIRECT_CLOSED_QUEUE
    if from_amazon:
        return submit_outside_email(chosen.text)
    return submission_channel(chosen.text)


def _requested(chosen: CaseMessage, case_requested: tuple[str, ...]) -> tuple[str, ...]:
    """What the answered message asks for; else what the case's latest request asked for."""
    own = tuple((chosen.facts or {}).get("requested") or ())
    return own or tuple(case_requested)


def _latest(facts: Sequence[dict[str, Any]], key: str) -> Any:
    for item in reversed(facts):
        if item.get(key):
            return item[key]
    return None


def _union(groups: Iterable[Iterable[str]]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(value for group in groups for value in group))
