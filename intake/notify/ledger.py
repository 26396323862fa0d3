"""The send ledger: every digest and alert goes out exactly once, through restarts and outages.

The protocol, one transaction per step:

1. ``record_pending`` writes the rendered message under its unique key
   (``digest:acme:2026-03-02``, ``alert:acme:suspension:message-12``) and
   commits before anything is sent. A key already in the ledger is never
   written again, so a digest or alert is queued once whatever happens.
2. ``Courier.deliver_unsent`` hands each pending or failed row's stored bytes
   to the transport, then marks the row ``sent`` in the same transaction.
   A failure marks it ``failed`` with the error and the attempt counted;
   the next try waits ``retry_base`` seconds, doubling up to ``retry_max``.

A process that stops after step 1 sends the row on its next start; a ``sent``
row is never sent again. Several workers on one PostgreSQL database may run
step 2 at once: each sends a row only while holding that row's lock
(``SELECT ... FOR UPDATE SKIP LOCKED``), and marks it in the same transaction,
so a row another worker is sending is skipped and a sent one is not seen as
unsent (SQLite has one worker, ``intake.daemon.single``). The one window left
is a crash after the server took the message and before step 2's commit: then
it goes out a second time, with the same Message-ID, so mail clients can tell
the copy.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.parser import BytesParser
from email.policy import SMTP
from email.utils import getaddresses, parseaddr

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from intake.errors import StoreError
from intake.notify.states import UNSENT, LedgerState
from intake.notify.transport import DeliveryError, Transport
from intake.store import Store
from intake.store.models import SendLedgerRow
from intake.timeutil import as_utc

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LedgerEntry:
    """One ledger row without its message bytes, as ``intake status`` shows it."""

    key: str
    kind: str
    client: str | None
    recipient: str
    status: str
    attempts: int
    last_error: str | None
    created_at: datetime | None
    sent_at: datetime | None

    def to_dict(self) -> dict[str, object]:
        """JSON-ready form."""
        return dict(vars(self))


def record_pending(
    store: Store, *, key: str, kind: str, client: str | None, recipients: list[str], message: bytes
) -> bool:
    """Queue ``message`` under ``key`` in its own committed transaction; False if already there."""
    try:
        with store.session() as session:
            if session.scalar(select(SendLedgerRow.id).where(SendLedgerRow.key == key)):
                return False
            session.add(
                SendLedgerRow(
                    key=key,
                    kind=kind,
                    client=client,
                    recipient=", ".join(recipients)[:320],
                    status=LedgerState.PENDING,
                    attempts=0,
                    message=message,
                )
            )
    except StoreError as err:
        if isinstance(err.__cause__, IntegrityError):
            return False  # another process queued the same key first
        raise
    return True


def known_keys(session: Session, prefix: str) -> set[str]:
    """Every ledger key starting with ``prefix``, whatever its status."""
    escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    found = session.scalars(
        select(SendLedgerRow.key).where(SendLedgerRow.key.like(escaped + "%", escape="\\"))
    )
    return set(found)


def last_created(session: Session, prefix: str) -> datetime | None:
    """When the newest row under ``prefix`` was queued (the "since" of the next digest)."""
    escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    found = session.scalar(
        select(SendLedgerRow.created_at)
        .where(SendLedgerRow.key.like(escaped + "%", escape="\\"))
        .order_by(SendLedgerRow.created_at.desc())
        .limit(1)
    )
    return as_utc(found)


def unsent_entries(session: Session) -> list[LedgerEntry]:
    """Pending and failed rows, oldest first: what ``intake status`` must show."""
    rows = session.scalars(
        select(SendLedgerRow)
        .where(SendLedgerRow.status.in_(UNSENT))
        .order_by(SendLedgerRow.created_at, SendLedgerRow.id)
    ).all()
    return [_entry(row) for row in rows]


def entry(session: Session, key: str) -> LedgerEntry | None:
    """The row under ``key``, or None."""
    row = session.scalar(select(SendLedgerRow).where(SendLedgerRow.key == key))
    return _entry(row) if row is not None else None


def _entry(row: SendLedgerRow) -> LedgerEntry:
    return LedgerEntry(
        key=row.key,
        kind=row.kind,
        client=row.client,
        recipient=row.recipient,
        status=row.status,
        attempts=row.attempts,
        last_error=row.last_error,
        created_at=as_utc(row.created_at),
        sent_at=as_utc(row.sent_at),
    )


@dataclass(frozen=True)
class DeliveryReport:
    """What one pass over the ledger did: keys sent, keys that failed (to retry later)."""

    sent: tuple[str, ...] = ()
    failed: tuple[str, ...] = ()


@dataclass
class Courier:
    """Delivers unsent ledger rows with backoff between attempts of a failing row.

    When each failing key may be tried again is kept in memory: after a
    restart every unsent row is tried at once, then backs off again.
    """

    store: Store
    transport: Transport
    retry_base: float = 30.0
    retry_max: float = 3600.0
    _not_before: dict[str, datetime] = field(default_factory=dict)

    def deliver_unsent(self, now: datetime, keys: set[str] | None = None) -> DeliveryReport:
        """Try every unsent row that is due (or only ``keys``); a failure never stops the rest."""
        sent: list[str] = []
        failed: list[str] = []
        for key in self._due_keys(now, keys):
            if self._deliver_one(key, now):
                sent.append(key)
            else:
                failed.append(key)
        return DeliveryReport(tuple(sent), tuple(failed))

    def _due_keys(self, now: datetime, keys: set[str] | None) -> list[str]:
        with self.store.session() as session:
            found = session.scalars(
                select(SendLedgerRow.key)
                .where(SendLedgerRow.status.in_(UNSENT))
                .order_by(SendLedgerRow.created_at, SendLedgerRow.id)
            ).all()
        wanted = [key for key in found if keys is None or key in keys]
        return [key for key in wanted if self._not_before.get(key, now) <= now]

    def _deliver_one(self, key: str, now: datetime) -> bool:
        """Send one row while holding its row lock, so that no other worker sends it too."""
        with self.store.session() as session:
            row = session.scalar(
                select(SendLedgerRow)
                .where(SendLedgerRow.key == key, SendLedgerRow.status.in_(UNSENT))
                .with_for_update(skip_locked=True)
            )
            if row is None:
                return False  # sent meanwhile, or another worker is sending it now
            message, attempts = bytes(row.message or b""), row.attempts
            try:
                sender, recipients = envelope(message)
                self.transport.deliver(key, sender, recipients, message)
            except DeliveryError as err:
                row.status, row.attempts, row.last_error = (
                    LedgerState.FAILED,
                    attempts + 1,
                    str(err),
                )
                delay = min(self.retry_max, self.retry_base * 2**attempts)
                self._not_before[key] = now + timedelta(seconds=delay)
                log.warning("%s: not sent (attempt %d), retry in %.0fs", key, attempts + 1, delay)
                return False
            row.status, row.attempts, row.sent_at = LedgerState.SENT, attempts + 1, now
        self._not_before.pop(key, None)
        log.info("%s: sent", key)
        return True


def envelope(message: bytes) -> tuple[str, list[str]]:
    """The envelope sender and recipients from a stored message's From and To headers."""
    headers = BytesParser(policy=SMTP).parsebytes(message, headersonly=True)
    sender = parseaddr(str(headers.get("From", "")))[1]
    recipients = [addr for _, addr in getaddresses([str(v) for v in headers.get_all("To", [])])]
    recipients = [addr for addr in recipients if addr]
    if not sender or not recipients:
        raise DeliveryError("stored message has no From or no To address")
    return sender, recipients
