"""Queries and writes the pipeline needs, with dataclasses in and out.

Every function takes an open ``Session`` (the caller owns the transaction)
and uses bound parameters only. ORM rows do not leave this package.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar, cast

from sqlalchemy import Insert, Table, func, insert, select, text, union_all, update
from sqlalchemy.orm import Session

from intake.cases.kinds import CaseKind, GroupingState
from intake.mail.notice import Origin
from intake.store.models import (
    AccountRow,
    CaseRow,
    ClientRow,
    MessageRow,
    MessageSourceRow,
    RawMessageRow,
)
from intake.store.rowinsert import RowInsert, RowsInsert
from intake.timeutil import as_utc

if TYPE_CHECKING:  # grouping loads the fact extractors; taking mail in needs none
    from intake.cases import CaseDecision


@dataclass(frozen=True)
class MessageRecord:
    """Everything the pipeline decided about one message, ready to store."""

    client_id: int
    account_id: int | None
    case_id: int
    content_hash: str
    raw: bytes
    fields: dict[str, Any]
    compressed: bytes | None = None  # zlib of ``raw`` when already made (by a worker)


def ensure_client(session: Session, name: str, display_name: str = "") -> int:
    """The id of client ``name``, created on first use (also by a concurrent intake).

    Core statements, like ``ensure_account``: taking mail in uses no ORM query, so a
    poll does not configure every mapper (0.04 s) to find two ids.
    """
    table = ClientRow.core_table()
    query = select(table.c.id, table.c.display_name).where(table.c.name == name)
    found = session.execute(query).first()
    if found is None:
        _insert_unless_present(session, table, name=name, display_name=display_name or name)
        found = session.execute(query).one()
    elif display_name and found.display_name != display_name:
        session.execute(
            update(table).where(table.c.id == found.id).values(display_name=display_name)
        )
    return found.id


def lock_client(session: Session, client_id: int) -> None:
    """Hold the client's row for writing until the transaction ends.

    Storing checks for duplicates, then inserts; two intake processes (or two
    accounts of one daemon) doing that at once for the same client could both
    find a message new. A no-op UPDATE takes the row lock on PostgreSQL and
    the database's write lock on SQLite, so the check and the insert of one
    batch happen while no other batch of that client is being stored.
    """
    session.execute(update(ClientRow).where(ClientRow.id == client_id).values(name=ClientRow.name))


def ensure_account(session: Session, client_id: int, name: str, kind: str) -> int:
    """The id of the client's account ``name``, created on first use (also concurrently)."""
    table = AccountRow.core_table()
    query = select(table.c.id).where(table.c.client_id == client_id, table.c.name == name)
    found = session.scalar(query)
    if found is None:
        _insert_unless_present(session, table, client_id=client_id, name=name, kind=kind)
        found = session.scalars(query).one()
    return found


def _insert_unless_present(session: Session, table: Table, **values: Any) -> None:
    """Insert a row unless a unique key already holds it: two intake processes may both
    find a client missing and create it; the second then uses the first one's row."""
    dialect = session.get_bind().dialect.name
    statement: Insert
    # Each dialect's insert is imported here: its engine has loaded that dialect already,
    # and loading PostgreSQL's for a SQLite database was a tenth of taking-in's imports.
    if dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        statement = sqlite_insert(table).values(**values).on_conflict_do_nothing()
    elif dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as postgresql_insert

        statement = postgresql_insert(table).values(**values).on_conflict_do_nothing()
    else:
        statement = insert(table).values(**values)
    session.execute(statement)


def existing_messages(
    session: Session, client_id: int, content_hashes: Sequence[str], message_ids: Sequence[str]
) -> tuple[dict[str, int], dict[str, int]]:
    """Stored messages among a batch's hashes and Message-IDs, in one query.

    Returns ``(by content hash, by Message-ID)``: the stored message with the same bytes
    or the same Message-ID, for each message of the batch, without a query per message.
    """
    if not content_hashes and not message_ids:
        return {}, {}
    # Two searches of the unique indexes, not one WHERE .. OR ..: SQLite answered that by
    # reading every message of the client, a cost that grew with the mailbox.
    columns = (MessageRow.id, MessageRow.content_hash, MessageRow.message_id)
    mine = MessageRow.client_id == client_id
    rows = session.execute(
        union_all(
            select(*columns).where(mine, MessageRow.content_hash.in_(list(content_hashes))),
            select(*columns).where(mine, MessageRow.message_id.in_(list(message_ids))),
        )
    ).all()
    by_hash = {row.content_hash: row.id for row in rows}
    by_message_id = {row.message_id: row.id for row in rows if row.message_id}
    return by_hash, by_message_id


def add_source(session: Session, message_pk: int, origin: Origin, account_id: int | None) -> None:
    """Note where a message just stored was seen (nothing to check: it is new)."""
    session.add(MessageSourceRow(**_source_values(message_pk, origin, account_id)))


def _source_values(message_pk: int, origin: Origin, account_id: int | None) -> dict[str, Any]:
    return {
        "message_pk": message_pk,
        "kind": origin.kind,
        "account_id": account_id,
        "folder": origin.folder,
        "uidvalidity": origin.uidvalidity,
        "uid": origin.uid,
        "path": origin.path,
    }


class PendingRows:
    """Raw bytes and sources of a batch's new messages, written in two statements, not 2n;
    on PostgreSQL, when the batch is stored without a savepoint per message, their
    ``messages`` rows too (ids taken from the sequence first: ``message_ids``), in one.

    Nothing reads them back during the batch; ``write`` must run before the
    batch's transaction commits (and before looking a message or a source up).
    """

    def __init__(self) -> None:
        # Imported here: the analysis stages load the fact extractors, which taking
        # mail in (and reading state) must not pay for; only the analysis queues raw bytes.
        from intake.analyse.stages import RAW_COMPRESSION

        self.level = RAW_COMPRESSION
        self.raw: list[dict[str, Any]] = []
        self.sources: list[dict[str, Any]] = []
        self.messages: list[tuple[Any, ...]] = []

    def add(self, message_pk: int, record: MessageRecord, origin: Origin) -> None:
        """Queue the raw bytes and the source of a message just inserted."""
        data = record.compressed or zlib.compress(record.raw, self.level)
        self.raw.append({"message_pk": message_pk, "size": len(record.raw), "data": data})
        self.sources.append(_source_values(message_pk, origin, record.account_id))

    def add_message(self, session: Session, message_pk: int, record: MessageRecord) -> None:
        """Queue the ``messages`` row of a message whose id is ``message_pk`` (PostgreSQL)."""
        self.messages.append(_compiled(RowsInsert, session).row({"id": message_pk, **_row(record)}))

    def write(self, session: Session) -> None:
        """Insert what is queued (the messages first: the rest refer to them) and empty
        the queue."""
        if self.messages:
            _compiled(RowsInsert, session)(session, self.messages)
            self.messages = []
        if self.raw:
            session.execute(insert(RawMessageRow.core_table()), self.raw)
        if self.sources:
            session.execute(insert(MessageSourceRow.core_table()), self.sources)
        self.raw, self.sources = [], []


def record_source(
    session: Session, message_pk: int, origin: Origin, account_id: int | None
) -> bool:
    """Note where a message was seen; False when this exact place was already noted."""
    query = select(MessageSourceRow.id).where(MessageSourceRow.message_pk == message_pk)
    if origin.kind == "imap":
        query = select(MessageSourceRow.id).where(
            MessageSourceRow.account_id == account_id,
            MessageSourceRow.folder == origin.folder,
            MessageSourceRow.uidvalidity == origin.uidvalidity,
            MessageSourceRow.uid == origin.uid,
        )
    else:
        query = query.where(MessageSourceRow.path == origin.path)
    if session.scalar(query.limit(1)) is not None:
        return False
    add_source(session, message_pk, origin, account_id)
    return True


def newest_sent_at(session: Session, client_id: int) -> datetime | None:
    """The date of the client's newest stored message."""
    return as_utc(
        session.scalar(
            select(func.max(MessageRow.sent_at)).where(MessageRow.client_id == client_id)
        )
    )


def taken_in_when_sent(session: Session, undated: datetime) -> None:
    """Date every message's taking in (``created_at``) to when it was sent, ``undated``
    when it has no date: mail loaded after the fact (the demo) then reads as taken in live.
    """
    session.execute(
        update(MessageRow).values(created_at=func.coalesce(MessageRow.sent_at, undated))
    )


def case_of(session: Session, message_pk: int) -> int | None:
    """The case a stored message belongs to."""
    return session.scalar(select(MessageRow.case_id).where(MessageRow.id == message_pk))


def open_case(
    session: Session, client_id: int, decision: CaseDecision, when: datetime | None
) -> int:
    """Create the case a decision asks for and return its id (one INSERT .. RETURNING)."""
    general = decision.kind == CaseKind.GENERAL
    table = CaseRow.core_table()
    values = {
        "client_id": client_id,
        "kind": decision.kind,
        "title": decision.title,
        "grouping_state": GroupingState.GENERAL if general else GroupingState.OPEN,
        "opened_at": when,
        "updated_at": when,
        "amazon_case_ids": [],
        "asins": [],
    }
    return session.execute(insert(table).returning(table.c.id), values).scalar_one()


def insert_message_row(session: Session, record: MessageRecord) -> int:
    """Store a message's row alone (one INSERT .. RETURNING, no unit of work); its id."""
    return _compiled(RowInsert, session)(session, _row(record))


def message_ids(session: Session, count: int) -> list[int]:
    """``count`` new message ids from the table's sequence, ascending (PostgreSQL), for rows
    queued with ``PendingRows.add_message``."""
    if count <= 0:
        return []
    found = session.execute(
        text(
            f"SELECT nextval(pg_get_serial_sequence('{MessageRow.__tablename__}', 'id'))"
            " FROM generate_series(1, :count)"
        ),
        {"count": count},
    )
    return sorted(found.scalars())


def _row(record: MessageRecord) -> dict[str, Any]:
    return {
        "client_id": record.client_id,
        "account_id": record.account_id,
        "case_id": record.case_id,
        "content_hash": record.content_hash,
        **record.fields,
    }


_Insert = TypeVar("_Insert", RowInsert, RowsInsert)
_MESSAGE_INSERTS: dict[tuple[type, str, str], RowInsert | RowsInsert] = {}


def _compiled(kind: type[_Insert], session: Session) -> _Insert:
    """The message INSERT of ``kind`` for the session's dialect and driver, compiled once
    (``intake.store.rowinsert``)."""
    dialect = session.get_bind().dialect
    key = (kind, dialect.name, dialect.driver)
    statement = _MESSAGE_INSERTS.get(key)
    if statement is None:
        statement = _MESSAGE_INSERTS[key] = kind(MessageRow.core_table(), dialect)
    return cast(_Insert, statement)
