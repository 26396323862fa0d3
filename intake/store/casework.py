"""Applies a person's decisions about cases: merge, move a message, log an appeal, close, reopen.

The rules live in ``intake.cases.actions``; this is the SQL side. Automatic
grouping never undoes these: a moved message is marked ``case_source =
"person"`` and a merged case becomes kind ``merged``, which grouping ignores.
Every decision is recorded as a case event for the timeline. A merge or a move
changes the client's cases: it bumps the client's generation (``generation.touch``),
so an analysing process reads them afresh.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from intake.cases.actions import (
    KIND_MERGED,
    CaseRef,
    close_problem,
    merge_problem,
    merged_kind,
    move_problem,
    reopen_problem,
    submission_date_problem,
)
from intake.cases.kinds import EventKind
from intake.errors import InputError
from intake.mail.states import CaseSource
from intake.store.generation import touch
from intake.store.models import CaseEventRow, CaseRow, MessageRow
from intake.store.views import case_detail

__all__ = [
    "close_case",
    "confirm_case",
    "log_appeal",
    "merge_cases",
    "move_message",
    "reopen_case",
]


def _case(session: Session, case_id: int) -> CaseRow:
    row = session.get(CaseRow, case_id)
    if row is None or row.kind == KIND_MERGED:
        raise InputError(f"case {case_id}: no such case")
    return row


def _ref(row: CaseRow) -> CaseRef:
    return CaseRef(row.id, row.client_id, row.kind)


def _absorb(session: Session, case_id: int, message: MessageRow) -> None:
    """``grouping.absorb_row``, imported here: it brings the fact extractors, which
    ``intake cases`` (importing this module with the other case commands) never needs."""
    from intake.store.grouping import absorb_row

    absorb_row(session, case_id, message)


def merge_cases(session: Session, target_id: int, source_id: int, force: bool = False) -> int:
    """Move every message of case ``source_id`` into ``target_id``; returns how many moved.

    Refused (``InputError``) as ``intake.cases.actions.merge_problem`` says.
    """
    if target_id == source_id:
        raise InputError(f"case {target_id}: cannot merge a case into itself")
    target, source = _case(session, target_id), _case(session, source_id)
    _refuse(merge_problem(_ref(target), _ref(source), force))
    touch(session, target.client_id)
    messages = session.scalars(select(MessageRow).where(MessageRow.case_id == source_id)).all()
    for message in messages:
        message.case_id, message.case_source = target_id, CaseSource.PERSON
        message.case_reason = f"merged into case {target_id} by a person (from case {source_id})"
        message.case_uncertain = False
        _absorb(session, target_id, message)
    for event in session.scalars(select(CaseEventRow).where(CaseEventRow.case_id == source_id)):
        event.case_id = target_id
    target.kind = merged_kind(target.kind, source.kind)
    source.kind, source.merged_into_id = KIND_MERGED, target_id
    session.add(
        CaseEventRow(case_id=target_id, kind=EventKind.MERGED, note=f"case {source_id} merged in")
    )
    return len(messages)


def move_message(session: Session, message_pk: int, case_id: int) -> int:
    """Put a message in another case of the same client; returns the case it left."""
    message = session.get(MessageRow, message_pk)
    if message is None:
        raise InputError(f"message {message_pk}: no such message")
    target = _case(session, case_id)
    _refuse(move_problem(message_pk, message.client_id, _ref(target), message.case_id))
    touch(session, message.client_id)
    previous = message.case_id
    message.case_id, message.case_source = case_id, CaseSource.PERSON
    message.case_reason = f"moved to case {case_id} by a person (from case {previous})"
    message.case_uncertain = False
    _absorb(session, case_id, message)
    session.add(
        CaseEventRow(
            case_id=case_id,
            kind=EventKind.MOVED,
            note=f"from case {previous}",
            message_pk=message_pk,
        )
    )
    if previous is not None:
        _drop_if_empty(session, previous)
    return previous or 0


def confirm_case(session: Session, case_id: int, at: datetime, note: str = "") -> int:
    """A person confirms the uncertain grouping of a case; returns how many messages it fixed.

    Its uncertain messages stay where they are for good (like a move), and the
    case is no longer marked "grouping uncertain".
    """
    _case(session, case_id)
    uncertain = session.scalars(
        select(MessageRow).where(MessageRow.case_id == case_id, MessageRow.case_uncertain)
    ).all()
    if not uncertain:
        raise InputError(f"case {case_id}: its grouping is not uncertain; nothing to confirm")
    for message in uncertain:
        message.case_uncertain, message.case_source = False, CaseSource.PERSON
        message.case_reason = f"{message.case_reason or 'grouped'}; confirmed by a person"
    _record(
        session, case_id, EventKind.CONFIRMED, at, note or f"{len(uncertain)} message(s) confirmed"
    )
    return len(uncertain)


def log_appeal(
    session: Session,
    case_id: int,
    at: datetime,
    note: str = "",
    escalation: bool = False,
    now: datetime | None = None,
) -> None:
    """Record a submission the seller made outside email (Seller Central's appeal form);
    one dated after ``now`` (a typo) is refused."""
    _refuse(submission_date_problem(at, now or at))
    kind = EventKind.ESCALATION if escalation else EventKind.APPEAL
    _record(session, case_id, kind, at, note)


def close_case(session: Session, case_id: int, at: datetime, note: str = "") -> None:
    """Record that a person closed the case (resolved, or given up); it leaves the triage
    list's open cases, digests and deadline alerts until Amazon writes on it again."""
    _refuse(close_problem(_ref(_case(session, case_id)), _status(session, case_id, at)))
    _record(session, case_id, EventKind.CLOSED, at, note)


def reopen_case(session: Session, case_id: int, at: datetime, note: str = "") -> None:
    """Record that a person reopened a closed case: it gets back the status it had."""
    _refuse(reopen_problem(_ref(_case(session, case_id)), _status(session, case_id, at)))
    _record(session, case_id, EventKind.REOPENED, at, note)


def _status(session: Session, case_id: int, now: datetime) -> str:
    return case_detail(session, case_id, now)[0].state.status


def _refuse(problem: str | None) -> None:
    if problem is not None:
        raise InputError(problem)


def _record(session: Session, case_id: int, kind: EventKind, at: datetime, note: str) -> None:
    """Add a person's event to an existing case's timeline."""
    _case(session, case_id)
    session.add(CaseEventRow(case_id=case_id, kind=kind, at=at, note=note))


def _drop_if_empty(session: Session, case_id: int) -> None:
    """Remove an automatic case a person emptied (it holds no message and no event)."""
    session.flush()
    messages = session.scalar(select(func.count()).where(MessageRow.case_id == case_id))
    events = session.scalar(select(func.count()).where(CaseEventRow.case_id == case_id))
    if not messages and not events:
        row = session.get(CaseRow, case_id)
        if row is not None:
            session.delete(row)
