"""Read-side queries the web app adds to ``views``: whose a case is, the review queue, the ledger.

Each takes the client names the signed-in person may see, so no query can
return another client's rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from intake.cases.kinds import CaseKind
from intake.notify.ledger import LedgerEntry
from intake.store.models import (
    CaseEventRow,
    CaseRow,
    ClientRow,
    CorrectionRow,
    MessageRow,
    SendLedgerRow,
)
from intake.store.views import MessageView, _message_view
from intake.timeutil import as_utc


@dataclass(frozen=True)
class CaseOwnership:
    """Which client a case belongs to, and where a merged case went."""

    case_id: int
    client: str
    merged_into: int | None


def case_client(session: Session, case_id: int) -> CaseOwnership | None:
    """The client of a case (merged ones too); None when there never was such a case."""
    found = session.execute(
        select(CaseRow.kind, CaseRow.merged_into_id, ClientRow.name)
        .join(ClientRow, ClientRow.id == CaseRow.client_id)
        .where(CaseRow.id == case_id)
    ).first()
    if found is None:
        return None
    kind, merged_into, client = found
    return CaseOwnership(case_id, client, merged_into if kind == CaseKind.MERGED else None)


def message_client(session: Session, message_pk: int) -> str | None:
    """The client a message belongs to; None when there is no such message."""
    return session.scalar(
        select(ClientRow.name)
        .join(MessageRow, MessageRow.client_id == ClientRow.id)
        .where(MessageRow.id == message_pk)
    )


def review_queue(session: Session, clients: list[str], limit: int = 200) -> list[MessageView]:
    """Messages of ``clients`` a person should check, newest first."""
    rows = session.execute(
        select(MessageRow, ClientRow.name)
        .join(ClientRow, ClientRow.id == MessageRow.client_id)
        .where(MessageRow.needs_review.is_(True), ClientRow.name.in_(clients))
        .order_by(MessageRow.sent_at.desc(), MessageRow.id.desc())
        .limit(limit)
    ).all()
    return [_message_view(row, name, ()) for row, name in rows]


def ledger_entries(
    session: Session, clients: list[str], *, consultant: bool, limit: int = 100
) -> list[LedgerEntry]:
    """The newest digests and alerts of ``clients`` (and the consultant's, if asked)."""
    query = select(SendLedgerRow).order_by(SendLedgerRow.id.desc()).limit(limit)
    condition: ColumnElement[bool] = SendLedgerRow.client.in_(clients)
    if consultant:
        condition = condition | SendLedgerRow.client.is_(None)
    rows = session.scalars(query.where(condition)).all()
    return [
        LedgerEntry(
            row.key,
            row.kind,
            row.client,
            row.recipient,
            row.status,
            row.attempts,
            row.last_error,
            as_utc(row.created_at),
            as_utc(row.sent_at),
        )
        for row in rows
    ]


def latest_taken_in(session: Session, clients: list[str]) -> dict[str, datetime | None]:
    """When each client's newest message was taken in."""
    rows = session.execute(
        select(ClientRow.name, func.max(MessageRow.created_at))
        .join(MessageRow, MessageRow.client_id == ClientRow.id)
        .where(ClientRow.name.in_(clients))
        .group_by(ClientRow.name)
    ).all()
    return {name: as_utc(when) for name, when in rows}


def client_stamps(session: Session) -> dict[str, tuple]:
    """Per client, a value that changes whenever its cases' derived state can change.

    New mail (the newest message id, one index look-up per client), a person's case
    decisions (newest case event) and relabels (newest correction). A rewrite
    in place (``intake reprocess``) does not change it: caches also expire.
    """
    newest_message = (
        select(func.max(MessageRow.id))
        .where(MessageRow.client_id == ClientRow.id)
        .correlate(ClientRow)
        .scalar_subquery()
    )
    rows = session.execute(select(ClientRow.id, ClientRow.name, newest_message)).all()
    names = {client_id: name for client_id, name, _ in rows}
    stamps: dict[int, list] = {client_id: [newest, None, None] for client_id, _, newest in rows}
    for client_id, newest in session.execute(
        select(CaseRow.client_id, func.max(CaseEventRow.id))
        .join(CaseEventRow, CaseEventRow.case_id == CaseRow.id)
        .group_by(CaseRow.client_id)
    ):
        stamps[client_id][1] = newest
    for client_id, newest in session.execute(
        select(MessageRow.client_id, func.max(CorrectionRow.id))
        .join(CorrectionRow, CorrectionRow.message_pk == MessageRow.id)
        .group_by(MessageRow.client_id)
    ):
        stamps[client_id][2] = newest
    return {names[client_id]: tuple(stamp) for client_id, stamp in stamps.items()}


def message_texts(session: Session, case_id: int) -> dict[int, str]:
    """The text intake made of each message of a case (HTML mail as text), by message id."""
    rows = session.execute(
        select(MessageRow.id, MessageRow.text).where(MessageRow.case_id == case_id)
    )
    return {message_pk: text or "" for message_pk, text in rows}
