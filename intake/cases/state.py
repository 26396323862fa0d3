"""A case's status, counts, nearest deadline and next step, derived from its timeline.

Pure: ``derive_state`` reads the case's messages in date order and returns a
``CaseState``; nothing is stored that can be derived again. The next step
follows the domain's rules of thumb: a deadline within 48 hours comes first;
never resend the same POA after a re-sent notice; escalate after a second
generic denial; resubmit through the named channel after a redirect.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from classifiers.types import Label
from intake.cases.kinds import CaseKind, EventKind


class CaseStatus(StrEnum):
    """The status a consultant sees, derived from the timeline; in triage order (urgent first)."""

    SUSPICIOUS = "suspicious"
    SUSPENDED = "suspended"
    MORE_INFO_REQUESTED = "more_info_requested"
    REDIRECTED = "redirected"
    DENIED = "denied"
    ESCALATED = "escalated"
    APPEALED = "appealed"
    OPEN = "open"
    REINSTATED = "reinstated"
    CLOSED = "closed"
    GENERAL = "general"


URGENT_WINDOW = timedelta(hours=48)
#: The statuses of a finished case: reinstated, or closed by a person. The one definition of
#: "closed" that triage, filters, digests and deadlines build on.
FINISHED = frozenset({CaseStatus.REINSTATED, CaseStatus.CLOSED})
# Statuses in which a deadline no longer binds the seller (answered, done, closed).
_NOT_DUE = FINISHED | {CaseStatus.APPEALED}
SUBMISSION_EVENTS = frozenset({EventKind.APPEAL, EventKind.ESCALATION})

# Urgency rank of each status for the triage list (lower comes first).
_STATUS_RANK: dict[str, int] = {status: rank for rank, status in enumerate(CaseStatus, start=1)}
STATUSES = tuple(CaseStatus)
_STATUS_BY_LABEL: dict[str, str] = {
    Label.SUSPENSION: CaseStatus.SUSPENDED,
    Label.NEED_MORE_INFO: CaseStatus.MORE_INFO_REQUESTED,
    Label.GENERIC_DENIAL: CaseStatus.DENIED,
    Label.REDIRECT_CLOSED_QUEUE: CaseStatus.REDIRECTED,
    Label.REINSTATEMENT: CaseStatus.REINSTATED,
    Label.ACKNOWLEDGEMENT: CaseStatus.APPEALED,
}


@dataclass(frozen=True)
class TimelineEntry:
    """One message of a case as the state machine sees it."""

    label: str
    sent_at: datetime | None
    outgoing: bool = False
    deadline: date | None = None
    requested: tuple[str, ...] = ()
    note: str = ""
    event: str = ""  # a person's record (an ``EventKind``), or "" for a message
    taken_in: datetime | None = None  # when intake stored the message (None for events)


@dataclass(frozen=True)
class CaseState:
    """What a consultant needs at a glance; ``next_step`` says what to do and ``reason`` why."""

    status: str
    latest_label: str | None
    denials: int
    resent: int
    submissions: tuple[datetime, ...]
    deadline: date | None
    requested: tuple[str, ...]
    next_step: str
    reason: str
    urgent: bool = False  # an open case due within 48 hours, or overdue
    overdue: bool = False  # its deadline's day is over

    def urgency(self, today: date) -> tuple:
        """Sort key: overdue and nearest deadline first, then by status rank."""
        if self.deadline is not None and self.status not in FINISHED:
            return (0, (self.deadline - today).days, _STATUS_RANK.get(self.status, 9))
        return (1, 0, _STATUS_RANK.get(self.status, 9))


def derive_state(kind: str, entries: Sequence[TimelineEntry], now: datetime) -> CaseState:
    """Walk the timeline in order and derive the case's state and next step."""
    if kind in (CaseKind.GENERAL, CaseKind.SUSPICIOUS):
        return _special_state(kind, entries)
    status: str = CaseStatus.OPEN
    latest, denials, resent = None, 0, 0
    submissions: list[datetime] = []
    deadline: date | None = None
    requested: tuple[str, ...] = ()
    before_close: tuple[str, date | None] = (CaseStatus.OPEN, None)
    amazon_wrote = _last_taken_in(entries)
    for entry in entries:
        if entry.event == EventKind.CLOSED:  # a person closed it; new mail from Amazon reopens it
            if amazon_wrote and entry.sent_at and amazon_wrote > entry.sent_at:
                continue  # mail taken in after the close, even if dated before it
            if status != CaseStatus.CLOSED:
                before_close = (status, deadline)
            status, deadline = CaseStatus.CLOSED, None
            continue
        if entry.event == EventKind.REOPENED:
            status, deadline = before_close if status == CaseStatus.CLOSED else (status, deadline)
            continue
        if entry.outgoing or entry.event in SUBMISSION_EVENTS:
            if entry.sent_at:
                submissions.append(entry.sent_at)
            if entry.outgoing and status in FINISHED:
                continue  # the seller's thanks or a copy of an old appeal ends nothing
            status = (
                CaseStatus.ESCALATED if entry.event == EventKind.ESCALATION else CaseStatus.APPEALED
            )
            deadline = None  # the seller answered
            continue
        if entry.label == Label.OTHER:
            continue
        if status == CaseStatus.CLOSED:  # Amazon wrote again: the case is not over
            status, deadline = before_close
        latest = entry.label
        if entry.label == Label.RESENT:
            resent += 1
        elif entry.label == Label.GENERIC_DENIAL:
            denials += 1
            deadline = None  # the request it answered is over; a denial sets its own, if any
        status = _STATUS_BY_LABEL.get(entry.label, status)
        if entry.deadline:
            deadline = entry.deadline
        if entry.requested:
            requested = entry.requested
        if entry.label in (Label.REINSTATEMENT, Label.ACKNOWLEDGEMENT):
            deadline = None
        if entry.label == Label.REINSTATEMENT:
            requested = ()  # nothing is asked of a reinstated seller
    step, reason = next_step(
        status, latest, denials, resent, deadline, requested, now, tuple(submissions)
    )
    left = time_left(deadline, now) if deadline and status not in _NOT_DUE else None
    return CaseState(
        status,
        latest,
        denials,
        resent,
        tuple(submissions),
        deadline,
        requested,
        step,
        reason,
        urgent=left is not None and left <= URGENT_WINDOW,
        overdue=left is not None and left <= timedelta(0),
    )


def _last_taken_in(entries: Sequence[TimelineEntry]) -> datetime | None:
    """When intake last took in mail from Amazon for the case (not the seller's, not "other")."""
    times = [
        entry.taken_in
        for entry in entries
        if entry.taken_in and not entry.event and not entry.outgoing and entry.label != Label.OTHER
    ]
    return max(times, default=None)


def next_step(
    status: str,
    latest: str | None,
    denials: int,
    resent: int,
    deadline: date | None,
    requested: tuple[str, ...],
    now: datetime,
    submissions: tuple[datetime, ...] = (),
) -> tuple[str, str]:
    """The recommended action and why, as two short sentences."""
    if deadline is not None and status not in _NOT_DUE:
        left = time_left(deadline, now)
        if left <= timedelta(0):
            return "Answer now: the deadline has passed.", f"deadline was {deadline.isoformat()}"
        if left <= URGENT_WINDOW:
            return "Answer first: the deadline is within 48 hours.", f"due {deadline.isoformat()}"
    if latest == Label.RESENT:
        return (
            "Do not resend the same POA; ask Amazon to confirm receipt and say what is missing.",
            f"Amazon re-sent the same notice ({resent} time(s))",
        )
    if status == CaseStatus.DENIED and denials >= 2:
        return (
            "Escalate: ask for a manager or senior investigator review, listing earlier"
            " submissions with dates.",
            f"{denials} generic denials" + _submitted(submissions),
        )
    return _STEP_BY_STATUS.get(status, _no_rule)(requested)


def time_left(deadline: date, now: datetime) -> timedelta:
    """Time until the end of the deadline's day in ``now``'s time zone (the seller's, where
    known): a notice due on the 5th may be answered all that day."""
    return datetime.combine(deadline + timedelta(days=1), datetime.min.time(), now.tzinfo) - now


def _submitted(submissions: tuple[datetime, ...]) -> str:
    """The escalation reason's tail, "; N earlier submission(s): dates", or nothing."""
    if not submissions:
        return ""
    dates = ", ".join(sent.date().isoformat() for sent in submissions)
    return f"; {len(submissions)} earlier submission(s): {dates}"


def _no_rule(_requested: tuple[str, ...]) -> tuple[str, str]:
    return "Read the latest message.", "no rule applies"


_STEP_BY_STATUS: dict[str, Callable[[tuple[str, ...]], tuple[str, str]]] = {
    CaseStatus.SUSPENDED: lambda req: (
        "Write a Plan of Action: root cause, immediate remedy, preventive measures.",
        "new suspension" + (f"; gather {', '.join(req)}" if req else ""),
    ),
    CaseStatus.MORE_INFO_REQUESTED: lambda req: (
        "Send exactly what was requested, in one submission, before the deadline.",
        "requested: " + (", ".join(req) if req else "see the message"),
    ),
    CaseStatus.DENIED: lambda req: (
        "Improve the POA where it was weak, then resubmit once.",
        "first generic denial",
    ),
    CaseStatus.REDIRECTED: lambda req: (
        "Resubmit through the channel the auto-reply names (Account Health / appeal button).",
        "the appeal email reached a closed queue",
    ),
    CaseStatus.APPEALED: lambda req: (
        "Wait for Amazon's decision; do not resubmit.",
        "under review",
    ),
    CaseStatus.ESCALATED: lambda req: ("Wait for the escalation's answer.", "escalated"),
    CaseStatus.REINSTATED: lambda req: (
        "Close the case (intake case close); keep the preventive measures running.",
        "reinstated",
    ),
    CaseStatus.CLOSED: lambda req: (
        "Nothing to do; new mail from Amazon on this case reopens it.",
        "closed by a person",
    ),
    CaseStatus.OPEN: lambda req: ("Read the latest message.", "no notice yet"),
}


def _special_state(kind: str, entries: Sequence[TimelineEntry]) -> CaseState:
    if kind == CaseKind.SUSPICIOUS:
        step = "Do not click its links or reply: likely phishing. Check Account Health directly."
        return CaseState(
            CaseStatus.SUSPICIOUS,
            entries[-1].label if entries else None,
            0,
            0,
            (),
            None,
            (),
            step,
            "failed authenticity checks",
        )
    return CaseState(
        CaseStatus.GENERAL,
        None,
        0,
        0,
        (),
        None,
        (),
        "Nothing to do for a case.",
        "mail not about a case",
    )
