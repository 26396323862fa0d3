"""Several `intake run` workers on one PostgreSQL database and a Dovecot with 30 accounts.

Real processes, real servers: workers come and go (SIGKILL, SIGTERM, a new
one), their database connections are cut, mail keeps arriving; afterwards
every message is stored once, each alert sent once, every account held by a
live worker, and no account was ever polled by two workers at once (read
from the workers' own logs: each account loop's "started" and "stopped").
"""

# ruff: noqa: F811 - pytest fixtures are imported by name and used as arguments

from __future__ import annotations

import signal
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text

from intake.daemon.leases import LeaseBook, workers
from intake.store import open_store
from intake.store.models import ClientRow, MessageRow
from tests.builders import MessageBuilder
from tests.conftest import _reset_postgres
from tests.integration.consultant import new_suspension
from tests.integration.dovecot import DovecotServer, MailUser, dovecot, tls_files  # noqa: F401
from tests.integration.fleet import (
    Worker,
    analysed,
    double_polls,
    fleet_workers,
    start_worker,
    stop_all,
    stored,
    waiting,
    write_fleet_config,
)
from tests.integration.smtp import SmtpServer, smtp_server  # noqa: F401
from tests.integration.test_daemon import wait_until

pytestmark = [pytest.mark.postgres, pytest.mark.dovecot, pytest.mark.slow]

LEASE = 4.0
ACCOUNTS = 30


@pytest.fixture
def pg_url(pg_database: str) -> str:
    """The session's PostgreSQL database, wiped and migrated."""
    _reset_postgres(pg_database)
    open_store(pg_database).close()
    return pg_database


class Mailroom:
    """Delivers notices and fresh suspensions to the users, counting them."""

    def __init__(self, server: DovecotServer, users: list[MailUser]) -> None:
        self.server, self.users = server, users
        self.builders = [MessageBuilder(domain=f"c{n:02d}.test") for n in range(1, len(users) + 1)]
        self.delivered = 0
        self.asins: dict[str, str] = {}  # ASIN of each suspension -> client
        self._serial = 0

    def notices(self, index: int, count: int, suspension: bool = False) -> None:
        messages = [self.builders[index].build() for _ in range(count)]
        if suspension:
            self._serial += 1
            asin = f"B0W{self._serial:07d}"
            self.asins[asin] = f"c{index + 1:02d}"
            messages.append(new_suspension(f"owner@c{index + 1:02d}.test", asin))
        self.server.deliver_many(self.users[index], messages)
        self.delivered += len(messages)


def _held(url: str) -> dict[str, list[str]]:
    return {w.name: list(w.accounts) for w in fleet_workers(url, LEASE) if w.live}


def _all_held_by(url: str, names: set[str], spread: int) -> bool:
    """Every account held by one of ``names``, none holding more than ``spread``."""
    held = _held(url)
    accounts = [a for name, found in held.items() if name in names for a in found]
    counts = [len(held.get(name, [])) for name in names]
    return len(set(accounts)) == ACCOUNTS and len(accounts) == ACCOUNTS and max(counts) <= spread


def _alert_keys(smtp: SmtpServer) -> Counter[str]:
    keys = [str(r.message.get("X-Intake-Key", "")) for r in smtp.received]
    return Counter(key for key in keys if key.startswith("alert:"))


def _expected_alerts(url: str, asins: dict[str, str]) -> set[str]:
    store = open_store(url, migrate=False)
    try:
        with store.session() as session:
            rows = session.execute(
                select(MessageRow.id, MessageRow.subject, ClientRow.name).join(
                    ClientRow, ClientRow.id == MessageRow.client_id
                )
            ).all()
    finally:
        store.close()
    found = set()
    for message_id, subject, client in rows:
        for asin in asins:
            if asin in (subject or ""):
                found.add(f"alert:{client}:suspension:message-{message_id}")
    return found


def test_three_workers_share_thirty_accounts_through_kill_and_stop(
    tmp_path: Path, dovecot: DovecotServer, smtp_server: SmtpServer, model_path: Path, pg_url: str
) -> None:
    users = [dovecot.add_user(f"u{n:02d}", f"pw{n}") for n in range(1, ACCOUNTS + 1)]
    mail = Mailroom(dovecot, users)
    for index in range(ACCOUNTS):
        mail.notices(index, 3, suspension=index % 3 == 0)
    config = write_fleet_config(
        tmp_path, dovecot, users, model_path, pg_url, lease=LEASE,
        smtp_port=smtp_server.port, batch_size=50,
    )  # fmt: skip
    fleet = [start_worker(config, tmp_path, f"w{n}") for n in (1, 2, 3)]
    try:
        assert wait_until(lambda: _all_held_by(pg_url, {"w1", "w2", "w3"}, 10), 60), (
            _held(pg_url),
            fleet[0].text()[-3000:],
        )
        feeding = threading.Thread(target=_feed, args=(mail, 4, 0.5))
        feeding.start()
        time.sleep(1.0)  # mid-batch: mail is arriving and being taken in
        fleet[0].kill()
        killed = time.monotonic()
        fleet[1].process.send_signal(signal.SIGTERM)
        assert fleet[1].process.wait(timeout=20) == 0, fleet[1].text()[-3000:]
        assert wait_until(lambda: _all_held_by(pg_url, {"w3"}, ACCOUNTS), 4 * LEASE, 0.1), _held(
            pg_url
        )
        takeover = time.monotonic() - killed
        assert takeover < 2 * LEASE + 1.0, f"took {takeover:.1f}s to take over"
        fleet.append(start_worker(config, tmp_path, "w4"))
        assert wait_until(lambda: _all_held_by(pg_url, {"w3", "w4"}, 15), 30), _held(pg_url)
        feeding.join()
        assert wait_until(lambda: stored(pg_url)[0] >= mail.delivered, 60), (
            stored(pg_url),
            mail.delivered,
        )
        expected = _expected_alerts(pg_url, mail.asins)
        assert wait_until(lambda: set(_alert_keys(smtp_server)) >= expected, 30)
        time.sleep(1.5)  # several notify passes of every worker: nothing goes out twice
        assert _all_held_by(pg_url, {"w3", "w4"}, 15), _held(pg_url)
        stop_all(fleet[2:])
    finally:
        for worker in fleet:
            worker.end()
    assert stored(pg_url) == (mail.delivered, mail.delivered, mail.delivered)
    # Analysed once: nothing left waiting, and no more analyses reported than messages
    # (the killed worker's last chunks may have committed before it could log them).
    assert waiting(pg_url) == 0
    assert sum(analysed(worker) for worker in fleet) <= mail.delivered
    assert len(expected) == len(mail.asins)
    alerts = _alert_keys(smtp_server)
    assert set(alerts) == expected, alerts
    # Each alert once, but for the ledger's one documented window: the SIGKILLed worker may
    # have been killed after the SMTP server took an alert and before it marked it sent;
    # that one alert then goes out again, as the same message (same Message-ID).
    twice = [key for key, count in alerts.items() if count > 1]
    assert len(twice) <= 1 and all(alerts[key] == 2 for key in twice), alerts
    for key in twice:
        ids = {r.message["Message-ID"] for r in smtp_server.received
               if r.message.get("X-Intake-Key") == key}  # fmt: skip
        assert len(ids) == 1, ids
    assert double_polls(fleet) == []
    # The stopped workers left (row and leases gone); only the killed one's row is left.
    assert [(w.name, w.live, w.accounts) for w in fleet_workers(pg_url, LEASE)] == [
        ("w1", False, ())
    ]


def _feed(mail: Mailroom, rounds: int, pause: float) -> None:
    for round_ in range(rounds):
        for index in range(ACCOUNTS):
            mail.notices(index, 1, suspension=(index + round_) % 5 == 0)
        time.sleep(pause)


def test_cut_database_connections_never_make_a_double_poll(
    tmp_path: Path, dovecot: DovecotServer, model_path: Path, pg_url: str
) -> None:
    """pg_terminate_backend once (w1 recovers), then a database outage of w1 longer than
    its lease (w2 takes over alone; w1 comes back and the accounts are shared again)."""
    users = [dovecot.add_user(f"u{n:02d}", f"pw{n}") for n in range(1, 7)]
    mail = Mailroom(dovecot, users)
    with own_role(pg_url) as role:
        own_url = pg_url.replace("postgres@", f"{role}@", 1)
        configs = {
            name: write_fleet_config(
                tmp_path, dovecot, users, model_path, url, lease=LEASE, name=f"{name}.toml"
            )
            for name, url in (("w1", own_url), ("w2", pg_url))
        }
        fleet = [start_worker(configs[name], tmp_path, name) for name in ("w1", "w2")]
        try:
            _cut_and_restore(pg_url, role, mail, fleet)
        finally:
            for worker in fleet:
                worker.end()
    assert stored(pg_url) == (mail.delivered, mail.delivered, mail.delivered)
    assert double_polls(fleet) == [], [w.text()[-2000:] for w in fleet]
    assert "cannot prove its leases" in fleet[0].text()


def _cut_and_restore(url: str, role: str, mail: Mailroom, fleet: list[Worker]) -> None:
    def shares() -> list[int]:
        return sorted(map(len, _held(url).values()))

    assert wait_until(lambda: shares() == [3, 3], 60), _held(url)
    _admin(url, f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '{role}'")
    for index in range(6):
        mail.notices(index, 1)
    assert wait_until(lambda: stored(url)[0] == mail.delivered, 30)
    assert fleet[0].process.poll() is None and len(_held(url).get("w1", [])) == 3, _held(url)
    # w1 cannot reach the database for longer than a lease: w2 takes over, alone.
    _admin(url, f'ALTER ROLE "{role}" NOLOGIN')
    _admin(url, f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '{role}'")
    for index in range(6):
        mail.notices(index, 1)
    assert wait_until(lambda: len(_held(url).get("w2", [])) == 6, 3 * LEASE), _held(url)
    for index in range(6):
        mail.notices(index, 1)
    assert wait_until(lambda: stored(url)[0] == mail.delivered, 30)
    _admin(url, f'ALTER ROLE "{role}" LOGIN')
    # w1 comes back (or it had exited cleanly): the accounts are shared again.
    if fleet[0].process.poll() is None:
        assert wait_until(lambda: shares() == [3, 3], 30), _held(url)
    else:
        assert fleet[0].process.returncode in (0, 1), fleet[0].text()[-2000:]
    for index in range(6):
        mail.notices(index, 1)
    assert wait_until(lambda: stored(url)[0] == mail.delivered, 30)
    for worker in fleet:
        worker.process.send_signal(signal.SIGTERM)
    for worker in fleet:
        assert worker.process.wait(timeout=20) in (0, 1)


@contextmanager
def own_role(url: str) -> Iterator[str]:
    """A throw-away login role, so that one worker's connections can be cut and refused."""
    role = f"intake_worker_{uuid.uuid4().hex[:8]}"
    _admin(url, f'CREATE ROLE "{role}" LOGIN SUPERUSER')
    try:
        yield role
    finally:
        _admin(url, f'ALTER ROLE "{role}" NOLOGIN')
        _admin(
            url, f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '{role}'"
        )
        _admin(url, f'DROP ROLE IF EXISTS "{role}"')


def _admin(url: str, statement: str) -> None:
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(text(statement))
    finally:
        engine.dispose()


def test_workers_started_together_migrate_one_at_a_time(pg_database: str) -> None:
    """Three workers on an empty database at once: one migrates, the others find it done."""
    _reset_postgres(pg_database)
    errors: list[BaseException] = []

    def migrate() -> None:
        try:
            open_store(pg_database).close()
        except BaseException as err:  # noqa: BLE001 - reported by the assertion below
            errors.append(err)

    threads = [threading.Thread(target=migrate, daemon=True) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not any(thread.is_alive() for thread in threads), "migrations deadlocked"
    assert errors == []


def test_workers_started_together_share_the_accounts_from_the_start(
    tmp_path: Path, dovecot: DovecotServer, model_path: Path, pg_url: str
) -> None:
    """Two workers started at once: from the moment both are registered neither holds
    every account, and no account is handed over (stopped, reconnected) to even out."""
    accounts = 8
    users = [dovecot.add_user(f"s{n:02d}", f"pw{n}") for n in range(1, accounts + 1)]
    config = write_fleet_config(tmp_path, dovecot, users, model_path, pg_url, lease=LEASE)
    fleet = [start_worker(config, tmp_path, name) for name in ("w1", "w2")]
    seen: list[dict[str, int]] = []  # accounts held per worker, once both registered
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            found = fleet_workers(pg_url, LEASE)
            if {w.name for w in found} == {"w1", "w2"}:
                seen.append({w.name: len(w.accounts) for w in found})
                if sorted(seen[-1].values()) == [accounts // 2] * 2:
                    break
            time.sleep(0.05)
        time.sleep(LEASE)  # several renewals: nothing moves any more
        settled = {w.name: len(w.accounts) for w in fleet_workers(pg_url, LEASE)}
        stop_all(fleet)
    finally:
        for worker in fleet:
            worker.end()
    assert seen and sorted(seen[-1].values()) == [4, 4], seen[-3:]
    assert all(max(held.values()) < accounts for held in seen), seen
    assert settled == {"w1": 4, "w2": 4}
    assert not any("handing over" in worker.text() for worker in fleet)
    assert double_polls(fleet) == []


def test_a_starting_worker_stays_live_before_its_first_renewal(pg_url: str) -> None:
    """Start-up (imports, the model) may outlast the lease: the heartbeat goes on meanwhile."""
    store = open_store(pg_url)
    try:
        book = LeaseBook(store, "slow", lease=1.0)
        book.register()
        with book.beating():
            time.sleep(1.6)
            with store.session() as session:
                assert [(w.name, w.live) for w in workers(session, 1.0)] == [("slow", True)]
        time.sleep(1.2)
        with store.session() as session:
            assert [(w.name, w.live) for w in workers(session, 1.0)] == [("slow", False)]
    finally:
        store.close()


def test_a_worker_joining_a_running_group_gets_its_share_promptly(
    tmp_path: Path, dovecot: DovecotServer, model_path: Path, pg_url: str
) -> None:
    """A worker that joins holds its share about one settle time (2 s) after registering,
    not after the others' renewals (12 s lease, one every 3 s: 5.3 s before the bell); the
    accounts it takes are handed over, never polled by both."""
    accounts, lease = 8, 12.0
    users = [dovecot.add_user(f"j{n:02d}", f"pw{n}") for n in range(1, accounts + 1)]
    config = write_fleet_config(tmp_path, dovecot, users, model_path, pg_url, lease=lease)
    fleet = [start_worker(config, tmp_path, "w1")]
    try:

        def holdings() -> dict[str, int]:
            return {w.name: len(w.accounts) for w in fleet_workers(pg_url, lease) if w.live}

        assert wait_until(lambda: holdings() == {"w1": accounts}, 60), holdings()
        fleet.append(start_worker(config, tmp_path, "w2"))
        assert wait_until(lambda: "w2" in holdings(), 60, 0.02), fleet[1].text()[-2000:]
        registered = time.monotonic()
        assert wait_until(lambda: holdings() == {"w1": 4, "w2": 4}, 20, 0.05), holdings()
        took = time.monotonic() - registered
        stop_all(fleet)
    finally:
        for worker in fleet:
            worker.end()
    assert took < 4.0, f"the joining worker waited {took:.1f}s for its share"
    assert double_polls(fleet) == []
