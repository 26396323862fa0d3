"""Who polls which IMAP account: the worker registry and account leases in the database.

Several ``intake run`` workers may share one PostgreSQL database. Each IMAP
account (``client/name``) is polled by exactly one of them, the holder of its
lease: a row in ``account_leases`` naming the holder and when the lease runs
out. Table leases rather than PostgreSQL advisory locks, because a lease has
an expiry both sides can reason about: an advisory lock vanishes the instant
the holder's connection drops, while the holder may still be in the middle of
a batch; a lease stays the holder's until ``expires_at``, and the holder stops
polling well before that when it cannot renew (``intake.daemon.placement``).

Every step is one short transaction and every time is the database's clock
(``now()`` on PostgreSQL), so the workers' own clocks never have to agree:

- ``register`` writes the worker's row (name, host, pid, started, heartbeat).
  A name already used by a live worker is refused; a row left by a dead
  process of the same name on this host is taken over.
- ``beating`` beats the heart (only) while a worker starts up, before its
  first renewal, so the others count it as live from its registration on.
- ``renew`` beats the heart and pushes every lease the worker still holds
  (``expires_at`` in the future) to ``now + lease``. A lease that ran out is
  not renewed: another worker may have it by now. The same transaction reads
  who holds what and how many workers are live, for the balancing.
- ``acquire`` takes accounts nobody holds or whose lease ran out, with one
  upsert per account that only writes when the row is free or already ours;
  two workers racing for an account cannot both win it.
- ``release`` gives an account back (after its poll loop stopped), ``leave``
  gives back everything and removes the worker's row on a clean stop.

``register``, ``release`` and ``leave`` also ring the other workers' bell
(``intake.daemon.doorbell``), so the accounts are spread again at once rather
than at their next renewals.

SQLite has one worker only (``intake.daemon.single``), which clears what a
killed predecessor left before it starts.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, delete, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from intake.daemon.doorbell import CHANNEL
from intake.errors import InputError, StoreError
from intake.store import Store
from intake.store.models import AccountLeaseRow, WorkerRow
from intake.timeutil import as_utc, utcnow

log = logging.getLogger(__name__)


def default_name() -> str:
    """``host:pid``, the name of a worker started without ``--name``."""
    return f"{socket.gethostname()}:{os.getpid()}"


@dataclass(frozen=True)
class WorkerInfo:
    """One worker as ``intake status`` shows it, with the accounts it holds."""

    name: str
    host: str
    pid: int
    started_at: datetime | None
    heartbeat_at: datetime | None
    live: bool
    accounts: tuple[str, ...]

    def to_dict(self) -> dict[str, object]:
        """The ``intake status --json`` object (``worker`` first, to tell it apart)."""
        data = dict(vars(self))
        data["accounts"] = list(self.accounts)
        return {"worker": data.pop("name"), **data}


def db_now(session: Session) -> datetime:
    """The database's clock (PostgreSQL's transaction time), UTC; Python's on SQLite."""
    if session.get_bind().dialect.name == "postgresql":
        found = as_utc(session.scalar(select(func.now())))
        if found is not None:
            return found
    return utcnow()


@dataclass(frozen=True)
class Survey:
    """What one renewal saw: accounts this worker holds, accounts others hold, live workers."""

    held: set[str]
    taken: set[str]
    live_workers: int


def ring(session: Session, worker: str) -> None:
    """Ring the other workers' bell when ``session`` commits (``intake.daemon.doorbell``)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(func.pg_notify(CHANNEL, worker)))


class LeaseBook:
    """The database side of one worker: its row and its account leases."""

    def __init__(self, store: Store, name: str, lease: float) -> None:
        self.store, self.name, self.lease = store, name, timedelta(seconds=lease)
        self.host, self.pid = socket.gethostname(), os.getpid()

    def register(self) -> None:
        """Write this worker's row; ``InputError`` when a live worker already has the name."""
        with self.store.session() as session:
            now = db_now(session)
            row = session.get(WorkerRow, self.name, with_for_update=True)
            if row is not None and not self._replaceable(row, now):
                raise InputError(
                    f"a worker named {self.name!r} is already running on {row.host}"
                    f" (pid {row.pid}); give this one another --name"
                )
            if row is None:
                row = WorkerRow(name=self.name)
                session.add(row)
            row.host, row.pid, row.started_at, row.heartbeat_at = self.host, self.pid, now, now
            ring(session, self.name)  # the others hand accounts over at once

    def _replaceable(self, row: WorkerRow, now: datetime) -> bool:
        """A stale row, this very process, or a dead process of this host."""
        if (row.host, row.pid) == (self.host, self.pid):
            return True
        heartbeat = as_utc(row.heartbeat_at)
        if heartbeat is None or heartbeat < now - self.lease:
            return True
        return row.host == self.host and not _process_alive(row.pid)

    @contextmanager
    def beating(self) -> Iterator[None]:
        """Beat the heart every quarter lease while the block runs (a worker's start-up)."""
        done = threading.Event()

        def beat() -> None:
            while not done.wait(self.lease.total_seconds() / 4):
                try:
                    with self.store.session() as session:
                        session.execute(
                            update(WorkerRow)
                            .where(WorkerRow.name == self.name)
                            .values(heartbeat_at=db_now(session))
                        )
                except StoreError as err:
                    log.error("worker %s: heartbeat not written: %s", self.name, err)

        thread = threading.Thread(target=beat, name="intake-heartbeat", daemon=True)
        thread.start()
        try:
            yield
        finally:
            done.set()
            thread.join()

    def renew(self) -> Survey:
        """One transaction: beat the heart, extend every lease still held, and look around."""
        with self.store.session() as session:
            now = db_now(session)
            beat = session.execute(
                update(WorkerRow).where(WorkerRow.name == self.name).values(heartbeat_at=now)
            )
            if not getattr(beat, "rowcount", 1):  # purged meanwhile: come back
                session.add(
                    WorkerRow(
                        name=self.name,
                        host=self.host,
                        pid=self.pid,
                        started_at=now,
                        heartbeat_at=now,
                    )
                )
            session.execute(
                update(AccountLeaseRow)
                .where(AccountLeaseRow.holder == self.name, AccountLeaseRow.expires_at > now)
                .values(expires_at=now + self.lease)
            )
            leases = session.execute(
                select(AccountLeaseRow.account, AccountLeaseRow.holder).where(
                    AccountLeaseRow.expires_at > now
                )
            ).all()
            live = session.scalar(
                select(func.count())
                .select_from(WorkerRow)
                .where(WorkerRow.heartbeat_at > now - self.lease)
            )
            # A worker silent for ten lease times is gone for good: forget it.
            session.execute(delete(WorkerRow).where(WorkerRow.heartbeat_at < now - 10 * self.lease))
        return Survey(
            held={account for account, holder in leases if holder == self.name},
            taken={account for account, holder in leases if holder != self.name},
            live_workers=max(1, live or 0),
        )

    def acquire(self, accounts: Iterable[str], want: int) -> set[str]:
        """Take up to ``want`` of ``accounts`` that are free, in the order given; those won."""
        won: set[str] = set()
        with self.store.session() as session:
            for account in accounts:
                if len(won) >= want:
                    break
                if self._take(session, account):
                    won.add(account)
        return won

    def _take(self, session: Session, account: str) -> bool:
        now = db_now(session)
        dialect = session.get_bind().dialect.name
        insert = pg_insert if dialect == "postgresql" else sqlite_insert
        table = AccountLeaseRow.core_table()
        statement = insert(table).values(
            account=account, holder=self.name, acquired_at=now, expires_at=now + self.lease
        )
        upsert = statement.on_conflict_do_update(
            index_elements=[table.c.account],
            set_={"holder": self.name, "acquired_at": now, "expires_at": now + self.lease},
            where=or_(table.c.expires_at <= now, table.c.holder == self.name),
        )
        return session.execute(upsert.returning(table.c.account)).first() is not None

    def release(self, accounts: Iterable[str]) -> None:
        """Give ``accounts`` back at once (their poll loops have stopped)."""
        names = list(accounts)
        if not names:
            return
        with self.store.session() as session:
            session.execute(
                delete(AccountLeaseRow).where(
                    and_(AccountLeaseRow.holder == self.name, AccountLeaseRow.account.in_(names))
                )
            )
            ring(session, self.name)  # a worker under its share takes them at once

    def leave(self) -> None:
        """A clean stop: every lease given back, the worker's row removed."""
        with self.store.session() as session:
            session.execute(delete(AccountLeaseRow).where(AccountLeaseRow.holder == self.name))
            session.execute(delete(WorkerRow).where(WorkerRow.name == self.name))
            ring(session, self.name)  # the others take its accounts at once

    def forget_everyone(self) -> None:
        """Clear every worker row and lease: only for a database that one worker may use."""
        with self.store.session() as session:
            session.execute(delete(AccountLeaseRow))
            session.execute(delete(WorkerRow))


def workers(session: Session, lease: float) -> list[WorkerInfo]:
    """Every registered worker, oldest first, with the accounts whose lease it holds now."""
    now = db_now(session)
    window = timedelta(seconds=lease)
    held: dict[str, list[str]] = {}
    for taken in session.scalars(
        select(AccountLeaseRow)
        .where(AccountLeaseRow.expires_at > now)
        .order_by(AccountLeaseRow.account)
    ):
        held.setdefault(taken.holder, []).append(taken.account)
    found = []
    for row in session.scalars(select(WorkerRow).order_by(WorkerRow.started_at, WorkerRow.name)):
        heartbeat = as_utc(row.heartbeat_at)
        found.append(
            WorkerInfo(
                name=row.name,
                host=row.host,
                pid=row.pid,
                started_at=as_utc(row.started_at),
                heartbeat_at=heartbeat,
                live=heartbeat is not None and heartbeat > now - window,
                accounts=tuple(held.get(row.name, ())),
            )
        )
    return found


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
