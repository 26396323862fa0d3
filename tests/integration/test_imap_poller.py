"""Polling IMAP into the database exactly once, against a real Dovecot and a real SQLite."""

# ruff: noqa: F811 - pytest fixtures are imported by name and used as arguments

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from intake.config import load_config
from intake.ingest.poller import (
    PollOptions,
    configured_accounts,
    load_checkpoint,
    poll_account,
    save_checkpoint,
)
from intake.sources.imap import Checkpoint
from intake.store import open_store, repo, views
from tests.builders import MessageBuilder
from tests.cli import run_cli
from tests.integration.dovecot import (  # noqa: F401 - fixtures
    DovecotServer,
    MailUser,
    counts,
    dovecot,
    tls_files,
    write_config,
)
from tests.integration.processes import descendants, gone

pytestmark = [pytest.mark.dovecot]


@pytest.fixture
def user(dovecot: DovecotServer) -> MailUser:
    return dovecot.add_user("acme-owner", "open sesame")


def deliver_notices(server: DovecotServer, user: MailUser, count: int, **options) -> list[int]:
    """``count`` Amazon-sent messages with distinct Message-IDs; their UIDs."""
    builder = MessageBuilder()
    return [server.deliver(user, builder.build(**options)) for _ in range(count)]


def poll_once(config_path: Path, classifier, **options):
    """Poll every configured account in-process; the reports."""
    config = load_config(config_path)
    store = open_store(config.database_url)
    try:
        return [
            poll_account(store, config, target, PollOptions(classifier, **options))
            for target in configured_accounts(config)
        ]
    finally:
        store.close()


def test_poll_stores_every_message_once(tmp_path, dovecot, user, model_path, classifier):
    """GIVEN notices and other mail WHEN polled THEN each notice stored once, checkpoint at end."""
    uids = deliver_notices(dovecot, user, 4)
    last = dovecot.deliver(user, MessageBuilder(domain="b.test").build(sender="x@example.org"))
    config_path = write_config(tmp_path, dovecot, user, model_path, extra="batch_size = 3\n")

    [report] = poll_once(config_path, classifier)

    assert (report.state, report.stored, report.error) == ("ok", 4, None)
    found = counts(load_config(config_path))
    assert (found.messages, found.distinct_ids, found.sources) == (4, 4, 4)
    assert found.checkpoints == {"INBOX": (dovecot.uidvalidity(user), last)}
    assert last > uids[-1]


def test_lookalike_sender_is_taken_in_and_flagged(tmp_path, dovecot, user, model_path, classifier):
    """GIVEN mail from a domain posing as Amazon's WHEN polled THEN stored and flagged, not ignored.

    A newsletter from an unrelated domain is still left on the server.
    """
    phishing = MessageBuilder(domain="amaz0n-seller-review.net").build(
        sender="seller-performance@amaz0n-seller-review.net"
    )
    dovecot.deliver(user, phishing)
    dovecot.deliver(user, MessageBuilder(domain="b.test").build(sender="news@example.org"))
    config_path = write_config(tmp_path, dovecot, user, model_path)

    [report] = poll_once(config_path, classifier)

    assert (report.state, report.stored) == ("ok", 1)
    store = open_store(load_config(config_path).database_url)
    with store.session() as session:
        [message] = views.list_messages(session)
    store.close()
    assert message.sender.endswith("@amaz0n-seller-review.net")
    assert message.authenticity["verdict"] == "suspicious"


def test_incremental_poll_takes_only_new_mail(tmp_path, dovecot, user, model_path, classifier):
    """GIVEN a polled mailbox WHEN two more arrive THEN the next poll stores just those two."""
    config_path = write_config(tmp_path, dovecot, user, model_path)
    builder = MessageBuilder()
    for _ in range(3):
        dovecot.deliver(user, builder.build())
    poll_once(config_path, classifier)
    for _ in range(2):
        dovecot.deliver(user, builder.build())

    [report] = poll_once(config_path, classifier)

    assert report.stored == 2 and report.folders[0].duplicates == 0
    assert counts(load_config(config_path)).messages == 5
    [again] = poll_once(config_path, classifier)
    assert again.stored == 0 and again.folders[0].duplicates == 0


def test_uidvalidity_reset_stores_nothing_twice(tmp_path, dovecot, user, model_path, classifier):
    """GIVEN a polled folder WHEN its UIDVALIDITY changes THEN a resync stores no duplicate."""
    config_path = write_config(tmp_path, dovecot, user, model_path)
    deliver_notices(dovecot, user, 3)
    poll_once(config_path, classifier)
    new_validity = dovecot.reset_uidvalidity(user)

    [report] = poll_once(config_path, classifier)

    assert report.state == "uidvalidity_reset"
    assert report.stored == 0 and report.folders[0].duplicates == 3
    found = counts(load_config(config_path))
    assert found.messages == 3
    assert found.checkpoints["INBOX"] == (new_validity, 3)


def test_sent_folder_mail_is_stored_as_outgoing(tmp_path, dovecot, user, model_path, classifier):
    """GIVEN an appeal in Sent WHEN polled with sent_folders THEN it is stored as outgoing."""
    config_path = write_config(
        tmp_path, dovecot, user, model_path, extra='sent_folders = ["Sent"]\n'
    )
    builder = MessageBuilder()
    dovecot.deliver(user, builder.build())
    dovecot.deliver(
        user,
        builder.build(sender="owner@seller.test", to="seller-performance@amazon.com"),
        folder="Sent",
    )

    [report] = poll_once(config_path, classifier)

    assert [(f.folder, f.stored) for f in report.folders] == [("INBOX", 1), ("Sent", 1)]
    store = open_store(load_config(config_path).database_url)
    with store.session() as session:
        outgoing = [m.outgoing for m in views.list_messages(session)]
    store.close()
    assert sorted(outgoing) == [False, True]


def test_server_killed_mid_backfill_then_retry_stores_all_once(
    tmp_path, dovecot, user, model_path, classifier
):
    """GIVEN Dovecot killed after two batches WHEN polled again THEN every message exactly once.

    The batches fetched ahead before the server died (one waiting, one in flight) are
    stored too, each with its checkpoint."""
    deliver_notices(dovecot, user, 20)
    config_path = write_config(tmp_path, dovecot, user, model_path, extra="batch_size = 4\n")
    seen = []

    def kill_after_two(_target, batch):
        seen.append(batch.checkpoint.last_uid)
        if len(seen) == 2:
            dovecot.kill()

    [failed] = poll_once(config_path, classifier, on_batch=kill_after_two)

    assert failed.state == "unreachable" and "connection" in (failed.error or "").lower()
    first = counts(load_config(config_path))
    assert 8 <= first.messages <= 16
    assert first.checkpoints["INBOX"][1] == first.messages  # UIDs count from 1
    dovecot.start()
    [report] = poll_once(config_path, classifier)
    assert report.state == "ok" and report.stored == 20 - first.messages
    found = counts(load_config(config_path))
    assert (found.messages, found.distinct_ids, found.sources) == (20, 20, 20)


def stored_count(database: Path) -> int:
    """Messages stored so far, read with a bare sqlite3 query: cheap enough to poll every 2 ms."""
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=5)
    try:
        return connection.execute("SELECT count(*) FROM messages").fetchone()[0]
    except sqlite3.OperationalError:  # the schema is not there yet
        return 0
    finally:
        connection.close()


def test_sigkill_mid_batch_then_rerun_stores_all_once(tmp_path, dovecot, user, model_path):
    """GIVEN `intake poll` SIGKILLed mid-backfill WHEN run again THEN every message exactly once.

    Each batch is taken in with its checkpoint, and each analysed chunk leaves the
    inbox as it is stored, so after the kill the messages stored plus those waiting
    equal the checkpoint: nothing half-stored, nothing skipped.
    The backfill is long (many small batches) and progress is probed cheaply,
    so the kill lands mid-way even on a fast machine.
    """
    total, batch = 600, 5
    builder = MessageBuilder()
    dovecot.deliver_many(user, [builder.build() for _ in range(total)])
    config_path = write_config(tmp_path, dovecot, user, model_path, extra=f"batch_size = {batch}\n")
    config = load_config(config_path)
    database = Path(config.database_url.removeprefix("sqlite:///"))
    command = [sys.executable, "-m", "intake", "--config", str(config_path), "poll"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        assert process.poll() is None, process.stderr.read().decode() if process.stderr else ""
        if database.exists() and stored_count(database) >= batch:
            break
        time.sleep(0.002)
    workers = descendants(process.pid)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)

    killed = counts(config)
    assert batch <= killed.messages < total, "the kill came too late to test anything"
    assert workers and gone(workers, 10), "the analysis worker outlived `intake poll`"
    assert killed.messages + killed.waiting == killed.checkpoints["INBOX"][1]
    rerun = subprocess.run(command, capture_output=True, timeout=180, check=False)
    assert rerun.returncode == 0, rerun.stderr.decode()
    found = counts(config)
    assert (found.messages, found.distinct_ids, found.sources) == (total, total, total)
    assert found.checkpoints["INBOX"][1] == total and found.waiting == 0


@pytest.mark.parametrize(
    ("state", "breakage"),
    [
        ("auth_failed", "password"),
        ("unreachable", "stopped"),
        ("tls_error", "untrusted"),
    ],
)
def test_status_shows_the_failure_state(
    capsys, tmp_path, dovecot, user, model_path, state, breakage
):
    """GIVEN a broken account WHEN polled THEN one clear error line, exit 1, and status shows it."""
    extra = f'tls = "ssl"\nport = {dovecot.tls_port}\n' if breakage == "untrusted" else ""
    password = "wrong" if breakage == "password" else None
    config_path = write_config(tmp_path, dovecot, user, model_path, password=password)
    if extra:
        text = config_path.read_text().replace('tls = "plain"\n', "")
        text = text.replace(f"port = {dovecot.plain_port}\n", "")
        config_path.write_text(text + extra)
    if breakage == "stopped":
        dovecot.stop()

    code, out, err = run_cli(capsys, "--config", str(config_path), "poll")

    assert code == 1
    errors = [line for line in err.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and "acme-inbox" in errors[0]
    assert "wrong" not in errors[0]
    code, out, _ = run_cli(capsys, "--config", str(config_path), "status", "--json")
    [line] = [json.loads(text) for text in out.splitlines()]
    assert code == 0
    assert (line["account"], line["state"]) == ("acme-inbox", state)
    assert line["last_error"] == errors[0].removeprefix("Error: ")
    assert line["last_success_at"] is None


def test_missing_password_variable_is_a_config_error(capsys, tmp_path, dovecot, user, model_path):
    """GIVEN password_env naming an unset variable WHEN polled THEN exit 2, naming the variable."""
    config_path = write_config(tmp_path, dovecot, user, model_path)
    text = config_path.read_text().replace(
        f'password = "{user.password}"', 'password_env = "INTAKE_TEST_UNSET_PASSWORD"'
    )
    config_path.write_text(text)
    code, _, err = run_cli(capsys, "--config", str(config_path), "poll")
    assert code == 2 and "INTAKE_TEST_UNSET_PASSWORD" in err


def test_poll_json_and_status_after_success(capsys, tmp_path, dovecot, user, model_path):
    """GIVEN two notices WHEN `intake poll --json` THEN one object per account; status is ok."""
    deliver_notices(dovecot, user, 2)
    config_path = write_config(tmp_path, dovecot, user, model_path)

    code, out, err = run_cli(capsys, "--config", str(config_path), "poll", "--json")

    assert code == 0, err
    [line] = [json.loads(text) for text in out.splitlines()]
    assert (line["client"], line["account"], line["state"], line["stored"]) == (
        "acme",
        "acme-inbox",
        "ok",
        2,
    )
    code, out, _ = run_cli(capsys, "--config", str(config_path), "status", "--json")
    [status] = [json.loads(text) for text in out.splitlines()]
    assert (status["state"], status["taken_in"], status["last_error"]) == ("ok", 2, None)
    assert status["last_success_at"] is not None
    assert status["folders"] == [
        {"folder": "INBOX", "uidvalidity": dovecot.uidvalidity(user), "last_uid": 2}
    ]


def test_debug_logging_keeps_mail_and_password_out_of_the_log(
    capsys, tmp_path, dovecot, user, model_path
):
    """GIVEN `intake --debug poll` WHEN mail is fetched THEN neither its body nor the password
    is logged (imapclient would otherwise trace every byte of the IMAP session)."""
    dovecot.deliver(user, MessageBuilder().build(body="Private marker QX-93017 in the body.\n"))
    config_path = write_config(tmp_path, dovecot, user, model_path)

    code, _, err = run_cli(capsys, "--config", str(config_path), "--debug", "poll")

    assert code == 0, err
    assert "DEBUG" in err  # debug logging is on, so the test would see a leak
    assert "QX-93017" not in err
    assert "open sesame" not in err


def test_poll_unknown_account_is_input_error(capsys, tmp_path, dovecot, user, model_path):
    """GIVEN --account naming nothing configured WHEN polled THEN exit 2 naming the account."""
    config_path = write_config(tmp_path, dovecot, user, model_path)
    code, _, err = run_cli(capsys, "--config", str(config_path), "poll", "--account", "nope")
    assert code == 2 and "nope" in err and "acme/acme-inbox" in err


def test_since_limits_the_first_backfill(tmp_path, dovecot, user, model_path, classifier):
    """GIVEN old and new mail WHEN polled --since THEN only new mail is stored."""
    builder = MessageBuilder()
    dovecot.deliver(user, builder.build(), received=datetime(2023, 5, 1, tzinfo=UTC))
    dovecot.deliver(user, builder.build(), received=datetime(2026, 5, 1, tzinfo=UTC))
    config_path = write_config(tmp_path, dovecot, user, model_path)

    [report] = poll_once(config_path, classifier, since=date(2026, 1, 1))

    assert report.stored == 1
    assert counts(load_config(config_path)).checkpoints["INBOX"][1] == 2


def test_checkpoint_moves_only_forward_under_one_uidvalidity(tmp_path):
    """GIVEN a checkpoint at 10 WHEN a racing poll saves 5 THEN it stays; new UIDVALIDITY resets."""
    store = open_store(f"sqlite:///{tmp_path / 'intake.db'}")
    with store.session() as session:
        client_id = repo.ensure_client(session, "acme")
        account_id = repo.ensure_account(session, client_id, "acme-inbox", "imap")
    for point in (Checkpoint(7, 10), Checkpoint(7, 5)):
        with store.session() as session:
            save_checkpoint(session, account_id, "INBOX", point)
    with store.session() as session:
        assert load_checkpoint(session, account_id, "INBOX") == Checkpoint(7, 10)
        save_checkpoint(session, account_id, "INBOX", Checkpoint(8, 3))
    with store.session() as session:
        assert load_checkpoint(session, account_id, "INBOX") == Checkpoint(8, 3)
    store.close()


def test_missing_folder_does_not_stop_the_others(capsys, tmp_path, dovecot, user, model_path):
    """GIVEN a misspelt Sent folder WHEN polled THEN INBOX is taken in, the folder error shown."""
    deliver_notices(dovecot, user, 2)
    config_path = write_config(
        tmp_path, dovecot, user, model_path, extra='sent_folders = ["Sent Itemz"]\n'
    )

    code, _, err = run_cli(capsys, "--config", str(config_path), "poll")

    assert code == 1 and "Sent Itemz" in err
    # One line per failure, not a log line as well.
    assert len([line for line in err.splitlines() if "Sent Itemz" in line]) == 1, err
    assert counts(load_config(config_path)).messages == 2
    code, out, _ = run_cli(capsys, "--config", str(config_path), "status", "--json")
    [status] = [json.loads(text) for text in out.splitlines()]
    assert status["state"] == "source_error" and "Sent Itemz" in status["last_error"]
    assert status["taken_in"] == 2 and status["last_success_at"] is not None


def test_late_original_is_regrouped_after_poll(tmp_path, dovecot, user, model_path, classifier):
    """GIVEN a re-sent notice polled before its (older) original WHEN the original arrives
    THEN the copy, not the original, is the resent one, and both share a case."""
    from intake.install.demo import demo_mailbox

    folder = demo_mailbox() / "northwind-outdoor"
    original = (folder / "08-need-info-ip-invoices.eml").read_bytes()
    copy = (folder / "15-need-info-ip-invoices-resent.eml").read_bytes()
    config_path = write_config(tmp_path, dovecot, user, model_path)
    dovecot.deliver(user, copy)
    poll_once(config_path, classifier)
    dovecot.deliver(user, original)
    poll_once(config_path, classifier)
    store = open_store(load_config(config_path).database_url)
    with store.session() as session:
        messages = {m.message_id: m for m in views.list_messages(session)}
    store.close()
    first, second = sorted(messages.values(), key=lambda m: m.sent_at)
    assert second.resent_of == first.id and first.resent_of is None
    assert second.label == "resent" and first.label == "need_more_info"
    assert first.case_id == second.case_id
