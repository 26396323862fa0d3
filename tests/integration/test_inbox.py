"""Take in, then analyse: mail taken in waits in the inbox, and is analysed exactly once.

Real Dovecot, real `intake` subprocesses killed with SIGKILL, SQLite and PostgreSQL.
"""

# ruff: noqa: F811 - pytest fixtures are imported by name and used as arguments

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from intake.analyse.stages import analyse
from intake.config import load_config
from intake.ingest.drain import DrainOptions, _Chunk, _store_chunk, drain
from intake.ingest.pipeline import IngestContext
from intake.mail.notice import Origin, RawMessage
from intake.store import Store, inbox, open_store, repo
from intake.store.models import InboxRow, MessageRow
from intake.timeutil import as_utc
from tests.builders import MessageBuilder
from tests.cli import run_cli
from tests.conftest import _reset_postgres
from tests.integration.dovecot import (  # noqa: F401 - fixtures
    DovecotServer,
    MailUser,
    counts,
    dovecot,
    tls_files,
    write_config,
)


@pytest.fixture
def user(dovecot: DovecotServer) -> MailUser:
    return dovecot.add_user("acme-owner", "open sesame")


def config_on(tmp_path: Path, dovecot: DovecotServer, user: MailUser, model_path: Path,
              db_url: str, extra: str = "") -> Path:  # fmt: skip
    """``write_config``'s file with the database at ``db_url`` (SQLite or PostgreSQL)."""
    path = write_config(tmp_path, dovecot, user, model_path, extra=extra)
    text = path.read_text()
    sqlite_line = next(line for line in text.splitlines() if line.startswith("url = "))
    path.write_text(text.replace(sqlite_line, f'url = "{db_url}"'))
    return path


def waiting(db_url: str) -> int:
    store = open_store(db_url)
    try:
        with store.session() as session:
            return session.scalar(select(func.count(InboxRow.id))) or 0
    finally:
        store.close()


def intake_command(config_path: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "intake", "--config", str(config_path), *args]


@pytest.mark.dovecot
def test_take_in_only_then_status_shows_the_backlog_and_analyse_drains_it(
    capsys, tmp_path, dovecot, user, model_path
):
    """GIVEN 6 notices WHEN `poll --take-in-only` THEN nothing is analysed, the checkpoint
    moved, status shows 6 waiting; WHEN `intake analyse` THEN all 6 stored, none waiting."""
    builder = MessageBuilder()
    dovecot.deliver_many(user, [builder.build() for _ in range(6)])
    config_path = write_config(tmp_path, dovecot, user, model_path)
    config = load_config(config_path)

    code, out, err = run_cli(capsys, "--config", str(config_path), "poll", "--take-in-only",
                             "--json")  # fmt: skip
    assert code == 0, err
    [line] = [json.loads(text) for text in out.splitlines()]
    assert (line["stored"], line["taken_in"], line["folders"]) == (0, 6, {"INBOX": 6})
    found = counts(config)
    assert (found.messages, found.waiting, found.checkpoints["INBOX"][1]) == (0, 6, 6)
    code, out, _ = run_cli(capsys, "--config", str(config_path), "status", "--json")
    lines = [json.loads(text) for text in out.splitlines()]
    [backlog] = [item for item in lines if "backlog" in item]
    assert (backlog["backlog"], backlog["waiting"]) == ("acme", 6)
    assert backlog["oldest_age_seconds"] >= 0
    code, out, _ = run_cli(capsys, "--config", str(config_path), "status")
    assert "not analysed yet" in out and "Acme Goods" in out

    code, out, err = run_cli(capsys, "--config", str(config_path), "analyse", "--json")
    assert code == 0, err
    [report] = [json.loads(text) for text in out.splitlines()]
    assert report == {"client": "acme", "analysed": 6, "stored": 6, "duplicates": 0, "errors": 0}
    found = counts(config)
    assert (found.messages, found.distinct_ids, found.sources, found.waiting) == (6, 6, 6, 0)
    code, out, _ = run_cli(capsys, "--config", str(config_path), "status", "--json")
    lines = [json.loads(text) for text in out.splitlines()]
    assert not [item for item in lines if "backlog" in item]
    [account] = lines
    assert account["taken_in"] == 6  # counted when stored, as before
    code, out, _ = run_cli(capsys, "--config", str(config_path), "analyse")
    assert code == 0 and "Nothing waiting" in out


@pytest.mark.dovecot
@pytest.mark.parametrize("command", ["analyse", "poll"])
def test_sigkill_mid_analysis_then_restart_stores_each_message_once(
    tmp_path, dovecot, user, model_path, db_url, command
):
    """GIVEN 400 notices taken in WHEN `intake analyse` (or `intake poll`) is SIGKILLed
    mid-analysis THEN stored + waiting is still 400 (nothing half-stored, nothing lost), and
    a restart stores every message exactly once, with none left waiting."""
    total = 400
    builder = MessageBuilder()
    dovecot.deliver_many(user, [builder.build() for _ in range(total)])
    config_path = config_on(tmp_path, dovecot, user, model_path, db_url, "batch_size = 20\n")
    config = load_config(config_path)
    taken = subprocess.run(intake_command(config_path, "poll", "--take-in-only"),
                           capture_output=True, timeout=120, check=False)  # fmt: skip
    assert taken.returncode == 0, taken.stderr.decode()
    assert counts(config).waiting == total

    store = open_store(config.database_url)
    process = subprocess.Popen(intake_command(config_path, command),
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # fmt: skip
    _kill_when(process, store, MessageRow, 1)

    killed = counts(config)
    assert 0 < killed.messages < total, "the kill came too late to test anything"
    assert killed.messages + killed.waiting == total == killed.checkpoints["INBOX"][1]
    _rerun_stores_each_once(config_path, command, total)


@pytest.mark.dovecot
def test_sigkill_between_taking_in_and_analysis_then_poll_analyses_the_rest(
    tmp_path, dovecot, user, model_path, db_url
):
    """GIVEN `intake poll` SIGKILLed while taking in THEN the checkpoint never counts more
    than is stored or waiting; a second poll takes the rest in and stores all exactly once."""
    total = 1000
    builder = MessageBuilder()
    dovecot.deliver_many(user, [builder.build() for _ in range(total)])
    config_path = config_on(tmp_path, dovecot, user, model_path, db_url, "batch_size = 5\n")
    config = load_config(config_path)
    store = open_store(config.database_url)  # made before the poll starts: watched from its start
    process = subprocess.Popen(intake_command(config_path, "poll", "--take-in-only"),
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # fmt: skip
    _kill_when(process, store, InboxRow, 5)

    killed = counts(config)
    assert killed.messages == 0 and 5 <= killed.waiting < total, "the kill came too late"
    assert killed.waiting == killed.checkpoints["INBOX"][1]
    _rerun_stores_each_once(config_path, "poll", total)


def _kill_when(process: subprocess.Popen, store: Store, table: type, rows: int) -> None:
    """SIGKILL ``process`` as soon as ``table`` holds ``rows`` rows, counted through one
    open store: a check takes about a millisecond, so a process that takes mail in at
    thousands of messages a second is still caught in the middle (a store opened for
    every check took tens of milliseconds, under load long enough to miss it all)."""
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            assert process.poll() is None, process.stderr.read().decode() if process.stderr else ""
            with store.session() as session:
                if (session.scalar(select(func.count()).select_from(table)) or 0) >= rows:
                    break
            time.sleep(0.001)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
    finally:
        store.close()


def _rerun_stores_each_once(config_path, command: str, total: int) -> None:
    """Run ``intake COMMAND`` again: it succeeds, and every message is stored exactly once."""
    rerun = subprocess.run(intake_command(config_path, command), capture_output=True,
                           timeout=300, check=False)  # fmt: skip
    assert rerun.returncode == 0, rerun.stderr.decode()
    found = counts(load_config(config_path))
    assert (found.messages, found.distinct_ids, found.sources, found.waiting) == (
        total, total, total, 0
    )  # fmt: skip


@pytest.mark.postgres
def test_two_drainers_on_postgresql_never_analyse_one_message_twice(
    tmp_path, model_path, pg_database
):
    """GIVEN 4 clients' mail waiting in PostgreSQL WHEN two `intake analyse` run at once
    THEN each message is stored once, the two together analysed each exactly once, and
    neither analysed a chunk the other stored."""
    _reset_postgres(pg_database)
    clients, per_client = ["north", "south", "east", "west"], 60
    store = open_store(pg_database)
    builder = MessageBuilder()
    with store.session() as session:
        for name in clients:
            client_id = repo.ensure_client(session, name)
            raws = [RawMessage(raw=builder.build(), origin=Origin(kind="file", path=f"{name}/{i}"))
                    for i in range(per_client)]  # fmt: skip
            inbox.take_in(session, client_id, None, raws)
    store.close()
    config_path = tmp_path / "intake.toml"
    config_path.write_text(f'[database]\nurl = "{pg_database}"\n'
                           f'[classifier]\nmodel_path = "{model_path}"\n')  # fmt: skip
    command = [*intake_command(config_path, "analyse", "--json")]
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            for _ in range(2)]  # fmt: skip
    outputs = [run.communicate(timeout=300) for run in runs]

    analysed: dict[str, int] = {}
    for run, (out, err) in zip(runs, outputs, strict=True):
        assert run.returncode == 0, err.decode()
        assert b"analysed by another process" not in err
        for line in out.decode().splitlines():
            item = json.loads(line)
            assert item["client"] not in analysed, "two processes drained one client"
            analysed[item["client"]] = item["analysed"]
    assert analysed == dict.fromkeys(clients, per_client)
    store = open_store(pg_database)
    with store.session() as session:
        stored = session.scalar(select(func.count(MessageRow.id)))
        distinct = session.scalar(select(func.count(func.distinct(MessageRow.message_id))))
    store.close()
    assert (stored, distinct, waiting(pg_database)) == (4 * per_client, 4 * per_client, 0)


def _five_waiting(store) -> int:
    """Take five generated messages in for the client ``acme``; its id."""
    builder = MessageBuilder()
    with store.session() as session:
        client_id = repo.ensure_client(session, "acme")
        raws = [RawMessage(raw=builder.build(), origin=Origin(kind="file", path=f"m{i}"))
                for i in range(5)]  # fmt: skip
        inbox.take_in(session, client_id, None, raws)
    return client_id


def test_a_chunk_another_process_stored_is_not_stored_again(db_url, classifier) -> None:
    """GIVEN a chunk read and analysed WHEN another drainer stores those rows first (two
    processes on one SQLite file can) THEN storing the late chunk stores nothing twice."""
    store = open_store(db_url)
    client_id = _five_waiting(store)
    with store.session() as session:
        late = _Chunk(inbox.next_waiting(session, client_id, 0, 10))
    analyses = analyse(late.raws, classifier, for_storage=True)
    assert len(drain(store, classifier, DrainOptions(clients=["acme"])).drained) == 5

    ctx = IngestContext(client="acme", classifier=classifier)
    assert _store_chunk(store, client_id, late, analyses, ctx) == []
    with store.session() as session:
        assert session.scalar(select(func.count(MessageRow.id))) == 5
    store.close()


def test_a_clean_chunk_is_stored_without_a_savepoint_per_message(db_url, classifier) -> None:
    """GIVEN mail that stores cleanly WHEN drained THEN no message has a SAVEPOINT of its own
    (about a fifth of storing's CPU; test_hostile_store: a refused message is still alone)."""
    store = open_store(db_url)
    _five_waiting(store)
    statements: list[str] = []
    event.listen(
        store.engine, "before_cursor_execute", lambda *args: statements.append(args[2].split()[0])
    )

    assert len(drain(store, classifier, DrainOptions(clients=["acme"])).drained) == 5

    assert "SAVEPOINT" not in statements and "INSERT" in statements
    store.close()


@pytest.mark.postgres
def test_the_drain_reads_the_raw_bytes_from_postgresql_in_binary(pg_database, classifier) -> None:
    """GIVEN mail waiting in PostgreSQL WHEN drained THEN its rows are read in the binary
    format (the bytes as they are, not hex twice their size: bench/pg_cpu.py) and every
    message is stored."""
    _reset_postgres(pg_database)
    store = open_store(pg_database)
    _five_waiting(store)
    formats: list[int] = []

    def note(_conn, cursor, statement, *_rest) -> None:
        if "FROM inbox" in statement and "inbox.data" in statement:
            result = cursor.pgresult
            formats.extend(result.fformat(n) for n in range(result.nfields))

    event.listen(store.engine, "after_cursor_execute", note)
    assert len(drain(store, classifier, DrainOptions(clients=["acme"])).drained) == 5
    store.close()

    assert formats and set(formats) == {1}  # 1: binary (psycopg.pq.Format.BINARY)


def test_taking_in_without_ids_stores_what_taking_in_with_ids_does(db_url) -> None:
    """GIVEN IMAP mail (a date, an outgoing one, one over the size limit) WHEN taken in by the
    plain executemany (no ids) and by INSERT .. RETURNING THEN the database holds the same
    values (SQLite: the same text for a datetime) and each reads back the same."""
    store = open_store(db_url)
    builder = MessageBuilder()
    when = datetime(2026, 3, 1, 9, 30, 15, 250_000, tzinfo=UTC)
    raws = [
        RawMessage(builder.build(), Origin("imap", "a", "INBOX", 7, 1), when),
        RawMessage(builder.build(), Origin("imap", "a", "Sent", 7, 2), None, outgoing=True),
        RawMessage(b"Subject: big\r\n\r\n", Origin("imap", "a", "INBOX", 7, 3), when, False, 9**9),
    ]
    with store.session() as session:
        client_id = repo.ensure_client(session, "acme")
        account_id = repo.ensure_account(session, client_id, "a", "imap")
        assert inbox.take_in(session, client_id, account_id, raws, ids=False) == []
        inbox.take_in(session, client_id, account_id, raws)
    with store.session() as session:
        found = inbox.next_waiting(session, client_id, 0, 10)
        taken_at = session.scalars(select(InboxRow.taken_at).order_by(InboxRow.id)).all()
        stored = (
            session.connection()
            .exec_driver_sql(  # as the database holds them
                "SELECT kind, folder, uidvalidity, uid, path, internaldate, outgoing, full_size,"
                " size, data, compressed FROM inbox ORDER BY id"
            )
            .all()
        )
    store.close()

    assert [waiting.raw for waiting in found] == raws + raws
    assert stored[:3] == stored[3:]
    stamps = [as_utc(item) for item in taken_at]  # SQLite gives them back naive, in UTC
    assert max(stamps) - min(stamps) < timedelta(seconds=5)
    assert abs(datetime.now(UTC) - stamps[0]) < timedelta(minutes=5)


def test_a_new_sqlite_database_has_16_kib_pages_and_an_old_one_keeps_its_own(tmp_path) -> None:
    """GIVEN no file, and a file made with SQLite's default 4 KiB pages WHEN opened THEN the
    new one has 16 KiB pages (raw mail fits fewer, larger pages), the old one keeps 4 KiB,
    and both are in WAL mode."""
    old = tmp_path / "old.db"
    with closing(sqlite3.connect(old)) as connection:
        connection.execute("PRAGMA page_size=4096")
        connection.execute("CREATE TABLE made_before (x)")
    for path in (tmp_path / "new.db", old):
        open_store(f"sqlite:///{path}").close()

    def pragmas(path: Path) -> tuple[int, str]:
        with closing(sqlite3.connect(path)) as connection:
            size = connection.execute("PRAGMA page_size").fetchone()[0]
            return size, connection.execute("PRAGMA journal_mode").fetchone()[0]

    assert pragmas(tmp_path / "new.db") == (16384, "wal")
    assert pragmas(old) == (4096, "wal")
