"""What a person adds to a case (web app or CLI): an owner, a note, and who did each thing.

``recorded_by(session, name)`` marks every case event the session adds as
done by ``name``, so the web app calls the very functions the CLI calls
(``intake.store.casework``) and the history still says who acted.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from intake.cases.kinds import CaseKind, EventKind
from intake.errors import InputError
from intake.store.models import CaseEventRow, CaseOwnerRow, CaseRow, ClientRow, UserRow
from intake.store.users import user_by_name, users_of


@contextmanager
def recorded_by(session: Session, actor: str) -> Iterator[None]:
    """Within the block, case events added to ``session`` carry ``actor``."""

    def stamp(flushing: Session, _context, _instances) -> None:
        for row in flushing.new:
            if isinstance(row, CaseEventRow) and row.actor is None:
                row.actor = actor

    event.listen(session, "before_flush", stamp)
    try:
        yield
        session.flush()
    finally:
        event.remove(session, "before_flush", stamp)


def _open_case(session: Session, case_id: int) -> CaseRow:
    row = session.get(CaseRow, case_id)
    if row is None or row.kind == CaseKind.MERGED:
        raise InputError(f"case {case_id}: no such case")
    return row


def add_note(session: Session, case_id: int, at: datetime, note: str) -> None:
    """Add a free-text note to the case's history."""
    if not note.strip():
        raise InputError("a note needs some text")
    _open_case(session, case_id)
    session.add(CaseEventRow(case_id=case_id, kind=EventKind.NOTE, at=at, note=note.strip()))


def assign_owner(session: Session, case_id: int, user_id: int | None, at: datetime) -> bool:
    """Make a user the case's owner (None: nobody), recorded in its history; whether that
    changed anything (the owner it already has is not recorded again)."""
    _open_case(session, case_id)
    current = session.get(CaseOwnerRow, case_id)
    if (current.user_id if current else None) == user_id:
        return False
    if user_id is None:
        if current is not None:
            session.delete(current)
        session.add(CaseEventRow(case_id=case_id, kind=EventKind.OWNER, at=at, note="no owner"))
        return True
    user = session.get(UserRow, user_id)
    if user is None:
        raise InputError(f"user {user_id}: no such user")
    if current is None:
        session.add(CaseOwnerRow(case_id=case_id, user_id=user_id))
    else:
        current.user_id = user_id
    session.add(
        CaseEventRow(case_id=case_id, kind=EventKind.OWNER, at=at, note=f"owner: {user.name}")
    )
    return True


def assign_owner_named(session: Session, case_id: int, name: str | None, at: datetime) -> bool:
    """``assign_owner`` by user name (``intake case assign``; None: nobody). Only a user
    who sees the case's client may own it, as the web app's list of people offers."""
    if name is None:
        return assign_owner(session, case_id, None, at)
    client = session.scalar(
        select(ClientRow.name)
        .join(CaseRow, CaseRow.client_id == ClientRow.id)
        .where(CaseRow.id == case_id, CaseRow.kind != CaseKind.MERGED)
    )
    if client is None:
        raise InputError(f"case {case_id}: no such case")
    allowed = {user.name: user for user in users_of(session, {client})}
    if name not in allowed:
        if user_by_name(session, name) is None:
            raise InputError(f"user {name!r}: no such user (see `intake user list`)")
        raise InputError(
            f"user {name!r} does not see client {client!r}, so cannot own case {case_id}"
        )
    return assign_owner(session, case_id, allowed[name].id, at)


def case_owners(session: Session, case_ids: list[int] | None = None) -> dict[int, str]:
    """The owner's name of each owned case (of ``case_ids``, or all)."""
    query = select(CaseOwnerRow.case_id, UserRow.name).join(
        UserRow, UserRow.id == CaseOwnerRow.user_id
    )
    if case_ids is not None:
        query = query.where(CaseOwnerRow.case_id.in_(case_ids))
    return {case_id: name for case_id, name in session.execute(query)}


def event_actors(session: Session, case_id: int) -> dict[int, str]:
    """Who recorded each event of a case, by event id (events from the CLI have none)."""
    rows = session.execute(
        select(CaseEventRow.id, CaseEventRow.actor).where(
            CaseEventRow.case_id == case_id, CaseEventRow.actor.is_not(None)
        )
    )
    return {event_id: actor for event_id, actor in rows if actor is not None}


def record_relabel(
    session: Session, case_id: int, message_pk: int, previous: str, label: str, at: datetime
) -> None:
    """Note in a case's history that a person relabelled one of its messages."""
    note = f"message {message_pk}: {previous} -> {label}"
    session.add(
        CaseEventRow(
            case_id=case_id, kind=EventKind.RELABELLED, at=at, note=note, message_pk=message_pk
        )
    )
