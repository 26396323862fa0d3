"""Wake the other workers when the accounts should be spread again: PostgreSQL NOTIFY.

Workers renew their leases every quarter lease; a worker that joins, gives
accounts back or leaves would otherwise wait for the others' next renewals
(one to hand accounts over, one to give them back, one to take them: three
quarters of a lease). So each of those changes rings the bell, a NOTIFY on
``intake_workers`` sent in the transaction that made the change and delivered
when it commits (``intake.daemon.leases.ring``), and every worker's placement
thread listens on one connection of its own and renews at once when another
rings. The bell only makes things happen sooner: the leases decide who polls
what, exactly as without it, and a worker whose listening connection fails (or
a database without NOTIFY) renews on its quarter-lease schedule as before.
"""

from __future__ import annotations

import logging
import time
from contextlib import suppress
from typing import Any

from intake.store import Store

log = logging.getLogger(__name__)

CHANNEL = "intake_workers"
CONNECT_TIMEOUT = 5  # seconds; the listening connection is opened by the placement thread


class Doorbell:
    """One worker's listening end: ``wait`` returns early when another worker rang."""

    def __init__(self, store: Store, name: str, retry: float) -> None:
        self.store, self.name, self.retry = store, name, retry
        self._connection: Any = None
        self._errors: tuple[type[Exception], ...] = (OSError,)
        self._next_try = 0.0  # monotonic time of the next attempt to listen

    def listen(self) -> None:
        """Start listening (once; again ``retry`` seconds after a failure)."""
        engine = self.store.engine
        if self._connection is not None or engine.dialect.name != "postgresql":
            return
        if time.monotonic() < self._next_try:
            return
        driver = engine.dialect.loaded_dbapi
        self._errors = (driver.Error, OSError)
        try:
            cargs, cparams = engine.dialect.create_connect_args(engine.url)
            connection = driver.connect(
                *cargs, **{"connect_timeout": CONNECT_TIMEOUT, **cparams}, autocommit=True
            )
            connection.execute(f"LISTEN {CHANNEL}")
        except self._errors as err:  # failing only means renewing on schedule
            self._failed(err)
            return
        self._connection = connection

    def wait(self, seconds: float) -> bool:
        """Up to ``seconds``: True as soon as another worker rang, False when the time passed
        (at once, False, when not listening: the caller then waits its own way)."""
        if self._connection is None:
            return False
        try:
            rung = self._connection.notifies(timeout=seconds, stop_after=1)
            return any(note.payload != self.name for note in rung)
        except self._errors as err:  # a lost connection: back to the schedule
            self._failed(err)
            return False

    def close(self) -> None:
        """Stop listening."""
        connection, self._connection = self._connection, None
        if connection is not None:
            with suppress(*self._errors):  # closing a broken connection may fail too
                connection.close()

    @property
    def listening(self) -> bool:
        """Whether a ring would wake this worker now."""
        return self._connection is not None

    def _failed(self, err: Exception) -> None:
        if self._next_try == 0.0 or self._connection is not None:  # once per outage
            log.info(
                "worker %s: not listening for the other workers (%s); renewing on schedule",
                self.name,
                type(err).__name__,
            )
        self.close()
        self._next_try = time.monotonic() + self.retry
