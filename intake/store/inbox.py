"""The inbox: raw mail taken in, waiting for analysis, as one queue per client.

Taking in is a bulk insert (one ``executemany``) in the caller's transaction,
which also moves the source's checkpoint: no parsing, and no compressing (it
was two thirds of the cost of taking in; the analysis workers compress the
bytes for ``raw_messages``, on every core), so it runs near fetch speed.
The analysis reads a client's rows in ``id`` order and deletes them in
the transaction that stores what it made of them (``intake.ingest.drain``).

Who drains a client: on PostgreSQL a drainer holds a session-level advisory
lock on the client (``claimed``) on a connection of its own for as long as it
drains it, across its per-chunk commits. Any number of processes on any
number of machines can then drain one database: each client is drained by one
of them at a time, in order, and a chunk analysed ahead is never analysed by
another drainer too. The lock goes with the connection, so a drainer that
dies (SIGKILL, a lost machine) frees its clients at once; what it had not
committed is still in the inbox. SQLite has one writer anyway: there the
storing transaction checks which rows are still waiting (``waiting``) under
the database's write lock, so two processes draining one file store each
message once (the slower one's analysis of a chunk is then wasted).

A message the database refuses even quarantined is ``set_aside``: it stays in
the inbox marked failed (when, why, how many attempts), out of the live queue,
so no drain retries it and no backlog counts it; ``failed`` lists such rows
(``intake status``) and ``retry_failed`` puts them back (``intake analyse
--retry-failed``).
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from intake.mail.notice import Origin, RawMessage
from intake.store import Store
from intake.store.binaryrows import BINARY_ROWS
from intake.store.models import AccountRow, ClientRow, InboxRow
from intake.store.rowinsert import bind_converter, unconverted
from intake.timeutil import as_utc, utcnow

# First key of the PostgreSQL advisory locks held by drainers (the second is the
# client's id): "intk" as an integer, so they do not collide with other locks.
DRAIN_LOCK_SPACE = 0x696E746B

_LIVE = InboxRow.failed_at.is_(None)  # rows set aside as failed are out of the queue


@dataclass(frozen=True)
class Waiting:
    """One message taken in: its inbox id, account, and the message as a source gave it."""

    id: int
    account_id: int | None
    account: str | None
    raw: RawMessage


@dataclass(frozen=True)
class Backlog:
    """A client's mail taken in and not analysed yet."""

    client: str
    waiting: int
    oldest_taken_at: datetime | None

    def to_dict(self, now: datetime) -> dict[str, object]:
        """The ``intake status --json`` object of this backlog."""
        age = (now - self.oldest_taken_at).total_seconds() if self.oldest_taken_at else None
        return {
            "backlog": self.client,
            "waiting": self.waiting,
            "oldest_taken_at": self.oldest_taken_at,
            "oldest_age_seconds": round(age, 1) if age is not None else None,
        }


@dataclass(frozen=True)
class Failed:
    """A message set aside: the database refused it even quarantined."""

    id: int
    client: str
    source: str
    attempts: int
    failed_at: datetime | None
    error: str

    def to_dict(self) -> dict[str, object]:
        """The ``intake status --json`` object of this message."""
        return {
            "failed": self.id,
            "client": self.client,
            "source": self.source,
            "attempts": self.attempts,
            "failed_at": self.failed_at,
            "error": self.error,
        }


def take_in(
    session: Session,
    client_id: int,
    account_id: int | None,
    raws: Sequence[RawMessage],
    *,
    ids: bool = True,
) -> list[int]:
    """Queue ``raws`` in the caller's transaction, in order; their inbox ids.

    One INSERT .. RETURNING of all rows (SQLAlchemy's insertmanyvalues batches
    it): the ids say which rows this call took in, for a caller that reports on
    exactly those. With ``ids=False`` (IMAP, which reports counts), one plain
    executemany of the driver's own statement with tuples: SQLAlchemy's
    per-row parameter handling was about as much CPU as the rest of the insert.
    """
    if not raws:
        return []
    now = utcnow()
    if not ids:
        _insert_plain(session.connection(), client_id, account_id, raws, now)
        return []
    table = InboxRow.core_table()
    rows = [
        dict(zip(_COLUMNS, _values(client_id, account_id, raw, now), strict=True)) for raw in raws
    ]
    result = session.execute(
        insert(table).returning(table.c.id, sort_by_parameter_order=True), rows
    )
    return list(result.scalars())


_COLUMNS = (
    "client_id",
    "account_id",
    "kind",
    "folder",
    "uidvalidity",
    "uid",
    "path",
    "internaldate",
    "outgoing",
    "full_size",
    "size",
    "data",
    "compressed",
    "taken_at",
)


def _values(
    client_id: int,
    account_id: int | None,
    raw: RawMessage,
    taken_at: object,
    date: Callable[[Any], Any] = unconverted,
    flag: Callable[[Any], Any] = unconverted,
) -> tuple:
    """One row of ``_COLUMNS``; ``date`` and ``flag`` convert its datetime and booleans."""
    origin = raw.origin
    return (
        client_id,
        account_id,
        origin.kind,
        origin.folder,
        origin.uidvalidity,
        origin.uid,
        origin.path,
        date(raw.internaldate),
        flag(raw.outgoing),
        raw.full_size,
        len(raw.raw),
        raw.raw,
        flag(False),
        taken_at,
    )


def _insert_plain(
    connection: Connection,
    client_id: int,
    account_id: int | None,
    raws: Sequence[RawMessage],
    now: datetime,
) -> None:
    """One executemany of the driver's own INSERT, with the values converted as the
    dialect's column types would (SQLite keeps datetimes as text, booleans as integers)."""
    dialect = connection.dialect
    columns = InboxRow.core_table().c
    date = bind_converter(columns.internaldate, dialect)
    flag = bind_converter(columns.outgoing, dialect)
    taken_at = bind_converter(columns.taken_at, dialect)(now)
    rows = [_values(client_id, account_id, raw, taken_at, date, flag) for raw in raws]
    marker = "?" if dialect.paramstyle == "qmark" else "%s"  # SQLite; psycopg
    statement = (
        f"INSERT INTO {InboxRow.__tablename__} ({', '.join(_COLUMNS)})"
        f" VALUES ({', '.join([marker] * len(_COLUMNS))})"
    )
    connection.exec_driver_sql(statement, rows)


def next_waiting(session: Session, client_id: int, after: int, limit: int) -> list[Waiting]:
    """The client's next ``limit`` waiting messages with an id above ``after``, oldest first."""
    rows = session.execute(
        select(InboxRow, AccountRow.name)
        .outerjoin(AccountRow, AccountRow.id == InboxRow.account_id)
        .where(InboxRow.client_id == client_id, InboxRow.id > after, _LIVE)
        .order_by(InboxRow.id)
        .limit(limit),
        execution_options={BINARY_ROWS: True},  # the raw bytes, not twice their size in hex
    ).all()
    return [_waiting(row, name) for row, name in rows]


def _origin(row: InboxRow, account: str | None) -> Origin:
    return Origin(
        kind=row.kind,
        account=account if row.kind == "imap" else None,
        folder=row.folder,
        uidvalidity=row.uidvalidity,
        uid=row.uid,
        path=row.path,
    )


def _waiting(row: InboxRow, account: str | None) -> Waiting:
    raw = RawMessage(
        raw=zlib.decompress(row.data) if row.compressed else row.data,
        origin=_origin(row, account),
        internaldate=as_utc(row.internaldate),
        outgoing=row.outgoing,
        full_size=row.full_size,
        compressed=row.data if row.compressed else None,
    )
    return Waiting(row.id, row.account_id, account, raw)


def still_waiting(session: Session, ids: Sequence[int]) -> set[int]:
    """Which of ``ids`` are still in the inbox (another process may have analysed them)."""
    if not ids:
        return set()
    return set(session.scalars(select(InboxRow.id).where(InboxRow.id.in_(list(ids)), _LIVE)))


def remove(session: Session, ids: Sequence[int]) -> None:
    """Delete analysed messages from the inbox (in the transaction that stored them)."""
    if ids:
        session.execute(delete(InboxRow).where(InboxRow.id.in_(list(ids))))


def clients_waiting(session: Session, names: Sequence[str] | None = None) -> list[int]:
    """Ids of clients with mail waiting, the one waiting longest first."""
    query = (
        select(InboxRow.client_id)
        .where(_LIVE)
        .group_by(InboxRow.client_id)
        .order_by(func.min(InboxRow.id))
    )
    if names is not None:
        query = query.join(ClientRow, ClientRow.id == InboxRow.client_id).where(
            ClientRow.name.in_(list(names))
        )
    return list(session.scalars(query))


def backlogs(session: Session) -> list[Backlog]:
    """Every client's backlog (clients with nothing waiting are left out), by name."""
    rows = session.execute(
        select(ClientRow.name, func.count(InboxRow.id), func.min(InboxRow.taken_at))
        .join(ClientRow, ClientRow.id == InboxRow.client_id)
        .where(_LIVE)
        .group_by(ClientRow.name)
        .order_by(ClientRow.name)
    ).all()
    return [Backlog(name, count, as_utc(oldest)) for name, count, oldest in rows]


def waiting_for_account(session: Session, account_id: int) -> int:
    """How many of an account's messages are taken in and not analysed yet."""
    return (
        session.scalar(
            select(func.count(InboxRow.id)).where(InboxRow.account_id == account_id, _LIVE)
        )
        or 0
    )


def set_aside(session: Session, inbox_id: int, reason: str) -> None:
    """Mark a waiting message failed with ``reason``, one attempt more.

    A copy of the same bytes already set aside for the client (the same file
    ingested again) is kept instead, with this attempt counted, so a message
    that keeps failing is listed once.
    """
    row = session.get(InboxRow, inbox_id)
    if row is None:
        return
    earlier = session.scalar(
        select(InboxRow).where(
            InboxRow.client_id == row.client_id,
            InboxRow.failed_at.is_not(None),
            InboxRow.id != row.id,
            InboxRow.size == row.size,
            InboxRow.compressed == row.compressed,
            InboxRow.data == row.data,
        )
    )
    attempts = row.attempts + 1
    if earlier is not None:
        session.delete(row)
        row, attempts = earlier, earlier.attempts + 1
    row.failed_at, row.error, row.attempts = utcnow(), reason, attempts


def failed(session: Session) -> list[Failed]:
    """Every message set aside, by client then in the order taken in."""
    rows = session.execute(
        select(InboxRow, ClientRow.name, AccountRow.name)
        .join(ClientRow, ClientRow.id == InboxRow.client_id)
        .outerjoin(AccountRow, AccountRow.id == InboxRow.account_id)
        .where(InboxRow.failed_at.is_not(None))
        .order_by(ClientRow.name, InboxRow.id)
    ).all()
    return [
        Failed(
            row.id,
            client,
            _origin(row, account).describe(),
            row.attempts,
            as_utc(row.failed_at),
            row.error or "",
        )
        for row, client, account in rows
    ]


def retry_failed(session: Session, names: Sequence[str] | None = None) -> int:
    """Put the chosen clients' (None: every client's) failed messages back in the queue;
    how many. They keep their attempt count and go first, being the oldest."""
    query = update(InboxRow).where(InboxRow.failed_at.is_not(None))
    if names is not None:
        chosen = select(ClientRow.id).where(ClientRow.name.in_(list(names)))
        query = query.where(InboxRow.client_id.in_(chosen))
    result = session.execute(query.values(failed_at=None))
    return int(getattr(result, "rowcount", 0) or 0)


@contextmanager
def claimed(store: Store, client_id: int) -> Iterator[bool]:
    """Whether this process may drain the client now; it may until the block ends.

    PostgreSQL: a session-level advisory lock, tried without waiting, on a
    connection held for the block (see the module's docstring). SQLite: always
    True (the storing transaction checks the rows instead).
    """
    if store.engine.dialect.name != "postgresql":
        yield True
        return
    with store.engine.connect() as connection:
        got = bool(
            connection.scalar(select(func.pg_try_advisory_lock(DRAIN_LOCK_SPACE, client_id)))
        )
        connection.commit()
        try:
            yield got
        finally:
            if got:
                _unlock(connection, client_id)


def _unlock(connection: Connection, client_id: int) -> None:
    """Release the drain lock; on a connection that died (a database restart, a proxy's
    cut) close it instead: the lock went with its session, and a raw error here would
    hide the one the drain is ending with."""
    try:
        connection.scalar(select(func.pg_advisory_unlock(DRAIN_LOCK_SPACE, client_id)))
        connection.commit()
    except DBAPIError:
        connection.invalidate()  # never back to the pool holding the lock
