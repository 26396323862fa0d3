"""The send ledger shared by several workers: a queued digest or alert leaves once.

Two couriers (two workers' notifier threads) deliver from one PostgreSQL
ledger at the same moment, through a transport slow enough that both see the
row pending before either marks it sent.
"""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime

import pytest

from intake.notify.ledger import Courier, entry, record_pending
from intake.store import open_store

pytestmark = pytest.mark.postgres

MESSAGE = b"From: intake@example.test\r\nTo: ops@example.test\r\nSubject: alert\r\n\r\nbody\r\n"


class SlowTransport:
    """Counts deliveries; each takes a moment, like a remote SMTP server."""

    def __init__(self) -> None:
        self.delivered: list[str] = []
        self._lock = threading.Lock()

    def deliver(self, key: str, sender: str, recipients: list[str], message: bytes) -> None:
        time.sleep(0.3)
        with self._lock:
            self.delivered.append(key)


@pytest.mark.parametrize(
    "db_url", [pytest.param("postgresql", marks=pytest.mark.postgres)], indirect=True
)
def test_two_couriers_send_each_pending_row_once(db_url: str) -> None:
    store = open_store(db_url)
    keys = [f"alert:acme:suspension:message-{n}" for n in range(4)]
    for key in keys:
        assert record_pending(
            store, key=key, kind="alert", client="acme", recipients=["ops@example.test"],
            message=MESSAGE,
        )  # fmt: skip
    transport = SlowTransport()
    now = datetime(2026, 3, 4, 13, 30, tzinfo=UTC)
    couriers = [Courier(store, transport), Courier(open_store(db_url), transport)]
    threads = [threading.Thread(target=c.deliver_unsent, args=(now,)) for c in couriers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(transport.delivered) == sorted(keys)
    with store.session() as session:
        assert {key: entry(session, key).status for key in keys} == dict.fromkeys(keys, "sent")
