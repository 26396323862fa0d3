"""`intake run` against a real Dovecot: IDLE pick-up, backoff, isolation, clean stop."""

# ruff: noqa: F811 - pytest fixtures are imported by name and used as arguments

from __future__ import annotations

import logging
import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from intake.analyse.classifier import Classifier
from intake.config import Config, load_config
from intake.daemon import backoff_delay, run_daemon
from intake.daemon.leases import workers
from intake.errors import ClassifierError
from intake.ingest.poller import account_statuses, configured_accounts
from intake.store import open_store
from tests.builders import MessageBuilder
from tests.cli import run_cli
from tests.integration.dovecot import (  # noqa: F401 - fixtures
    counts,
    dovecot,
    dovecot_without_idle,
    tls_files,
    write_config,
)
from tests.integration.processes import descendants, gone

# Long enough that only IDLE (not the poll timer) can explain a quick pick-up. IDLE is
# renewed every 5 s: Dovecot without inotify (a shared machine can run out of instances)
# compares mtimes to the second and misses mail delivered in the second IDLE began;
# a renewed IDLE syncs the mailbox and announces it.
SLOW_POLLING = "poll_interval = 120.0\nidle_timeout = 5.0\n"


def wait_until(condition: Callable[[], bool], timeout: float, step: float = 0.05) -> bool:
    """Poll ``condition`` until true or ``timeout``; whether it became true."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(step)
    return condition()


def start_daemon(
    config_path: Path, log_path: Path, *, own_group: bool = False
) -> subprocess.Popen[bytes]:
    """`intake run` as a separate process, its log in ``log_path``.

    ``own_group`` puts it in a process group of its own, as a shell does with a
    foreground job, so that a signal can reach it and its helpers as Ctrl-C would.
    """
    with open(log_path, "wb") as log:
        return subprocess.Popen(
            [sys.executable, "-m", "intake", "--config", str(config_path), "run"],
            stdout=subprocess.DEVNULL,
            stderr=log,
            process_group=0 if own_group else None,
        )


def backlog(tmp_path: Path, dovecot, model_path: Path, total: int) -> tuple[Path, Config]:
    """A mailbox holding ``total`` notices and a config that takes them in 5 to a batch."""
    user = dovecot.add_user("acme-owner", "open sesame")
    builder = MessageBuilder()
    dovecot.deliver_many(user, [builder.build() for _ in range(total)])
    config_path = write_config(
        tmp_path, dovecot, user, model_path, imap=SLOW_POLLING, extra="batch_size = 5\n"
    )
    return config_path, load_config(config_path)


@pytest.mark.parametrize("failures", [1, 2, 3, 5, 8, 20])
def test_backoff_doubles_with_jitter_up_to_the_ceiling(failures):
    """GIVEN n failures WHEN the delay is drawn THEN it lies in [half, all] of min(2^(n-1), cap)."""
    rng = random.Random(failures)
    expected = min(30.0, 2.0 ** (failures - 1))
    delays = [backoff_delay(failures, 30.0, rng) for _ in range(200)]
    assert all(expected / 2 <= delay <= expected for delay in delays)
    assert max(delays) - min(delays) > expected / 10  # jittered, not constant


@pytest.mark.dovecot
def test_intake_run_takes_in_new_mail_via_idle_and_stops_on_sigterm(tmp_path, dovecot, model_path):
    """GIVEN `intake run` idling WHEN a notice arrives THEN stored in seconds; SIGTERM stops it."""
    user = dovecot.add_user("acme-owner", "open sesame")
    config_path = write_config(tmp_path, dovecot, user, model_path, imap=SLOW_POLLING)
    config = load_config(config_path)
    log_path = tmp_path / "run.log"
    process = start_daemon(config_path, log_path)
    try:
        assert wait_until(lambda: "connected (IDLE)" in log_path.read_text(), 90), (
            log_path.read_text()
        )
        started = time.monotonic()
        dovecot.deliver(user, MessageBuilder().build())
        # Polling would take 120 s; a loaded CI machine may need more than a few.
        assert wait_until(lambda: counts(config).messages == 1, 30), log_path.read_text()
        assert time.monotonic() - started < 30

        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=10) == 0
    finally:
        if process.poll() is None:
            process.kill()
    log_text = log_path.read_text()
    assert "daemon: stopped" in log_text
    assert user.password not in log_text
    assert "Test notice" not in log_text  # no subjects in logs


@pytest.mark.dovecot
def test_intake_run_backfills_many_batches_from_its_threads(tmp_path, dovecot, model_path):
    """GIVEN a backlog WHEN `intake run` starts THEN every message stored once.

    The daemon polls from threads, where a forked analysis worker could inherit
    a held lock and hang; this backfill spans many batches, so it uses the worker.
    """
    total = 40
    config_path, config = backlog(tmp_path, dovecot, model_path, total)
    log_path = tmp_path / "run.log"
    process = start_daemon(config_path, log_path)
    try:
        assert wait_until(lambda: counts(config).messages == total, 120), log_path.read_text()
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=20) == 0, log_path.read_text()
    finally:
        if process.poll() is None:
            process.kill()
    found = counts(config)
    assert (found.messages, found.distinct_ids, found.checkpoints["INBOX"][1]) == (
        total,
        total,
        total,
    )


@pytest.mark.dovecot
def test_sigkilled_intake_run_leaves_no_process_behind(tmp_path, dovecot, model_path):
    """GIVEN `intake run` mid-backfill WHEN SIGKILLed THEN its worker and fork server exit too.

    Killed outright, the daemon cannot shut its pool down; the worker notices
    and exits, which lets the fork server and resource tracker go as well.
    """
    config_path, config = backlog(tmp_path, dovecot, model_path, 600)
    process = start_daemon(config_path, tmp_path / "run.log")
    try:
        # The analysis thread drains what the account thread takes in; its first
        # chunk may be analysed in-process, before mail enough for a worker is waiting.
        assert wait_until(
            lambda: counts(config).messages >= 20 and len(descendants(process.pid)) >= 2, 120
        )
        helpers = descendants(process.pid)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
    assert helpers, "the backfill should have started an analysis worker"
    assert gone(helpers, 10), "processes outlived the killed daemon"


@pytest.mark.dovecot
def test_ctrl_c_mid_backfill_stops_cleanly(tmp_path, dovecot, model_path):
    """GIVEN `intake run` mid-backfill WHEN Ctrl-C reaches its whole process group
    THEN it stops with exit 0, no traceback from the analysis worker, nothing left running."""
    config_path, config = backlog(tmp_path, dovecot, model_path, 600)
    log_path = tmp_path / "run.log"
    process = start_daemon(config_path, log_path, own_group=True)
    try:
        assert wait_until(
            lambda: counts(config).messages >= 20 and len(descendants(process.pid)) >= 2, 120
        ), log_path.read_text()
        helpers = descendants(process.pid)
        os.killpg(process.pid, signal.SIGINT)
        code = process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    log = log_path.read_text()
    assert helpers, "the backfill should have started an analysis worker"
    assert code == 0, log
    assert "Traceback" not in log and "KeyboardInterrupt" not in log
    assert gone(helpers, 10), "processes outlived the stopped daemon"
    found = counts(config)
    assert found.messages == found.distinct_ids


@pytest.mark.dovecot
def test_one_failing_account_does_not_stop_the_others(
    tmp_path, dovecot, model_path, classifier, caplog
):
    """GIVEN a good and a wrong-password account WHEN running THEN mail flows; the bad backs off
    and its failure is logged."""
    good = dovecot.add_user("good-owner", "right")
    bad = dovecot.add_user("bad-owner", "right")
    second_account = (
        "[[clients.acme.accounts]]\n"
        f'name = "bad-inbox"\nhost = "{dovecot.host}"\nport = {dovecot.plain_port}\n'
        f'tls = "plain"\nusername = "{bad.name}"\npassword = "wrong"\n'
    )
    config_path = write_config(
        tmp_path, dovecot, good, model_path, imap=SLOW_POLLING, extra=second_account
    )
    config = load_config(config_path)
    store = open_store(config.database_url)
    stop = threading.Event()
    daemon = threading.Thread(
        target=run_daemon, args=(store, config, configured_accounts(config), classifier, stop)
    )
    with caplog.at_level(logging.WARNING, logger="intake.daemon"):
        daemon.start()
        try:
            dovecot.deliver(good, MessageBuilder().build())
            assert wait_until(lambda: counts(config).messages == 1, 30)
            assert wait_until(
                lambda: _states(store, config) == {"acme-inbox": "ok", "bad-inbox": "auth_failed"},
                30,
            )
        finally:
            stop.set()
            daemon.join(timeout=15)
    assert not daemon.is_alive()
    assert any(
        record.getMessage().startswith("acme/bad-inbox: auth_failed: ") for record in caplog.records
    )
    store.close()


@pytest.mark.dovecot
def test_daemon_reconnects_after_the_server_restarts(tmp_path, dovecot, model_path, classifier):
    """GIVEN a running daemon WHEN Dovecot is killed and restarted THEN new mail still arrives."""
    user = dovecot.add_user("acme-owner", "open sesame")
    config_path = write_config(tmp_path, dovecot, user, model_path, imap=SLOW_POLLING)
    config = load_config(config_path)
    store = open_store(config.database_url)
    stop = threading.Event()
    daemon = threading.Thread(
        target=run_daemon, args=(store, config, configured_accounts(config), classifier, stop)
    )
    daemon.start()
    try:
        assert wait_until(lambda: _states(store, config) == {"acme-inbox": "ok"}, 15)
        dovecot.kill()
        assert wait_until(lambda: _states(store, config) == {"acme-inbox": "unreachable"}, 15)
        dovecot.start()
        dovecot.deliver(user, MessageBuilder().build())
        assert wait_until(lambda: counts(config).messages == 1, 15)
        # the analysis thread may store the mail before the account's thread records its
        # poll: the state follows within moments
        assert wait_until(lambda: _states(store, config) == {"acme-inbox": "ok"}, 15)
    finally:
        stop.set()
        daemon.join(timeout=15)
    assert not daemon.is_alive()
    store.close()


def _states(store, config) -> dict[str, str]:
    with store.session() as session:
        found = account_statuses(session, configured_accounts(config))
    return {status.account: status.state for status in found}


@pytest.mark.dovecot
def test_daemon_polls_a_server_without_idle(
    tmp_path, dovecot_without_idle, model_path, classifier, caplog
):
    """GIVEN a server without IDLE WHEN running THEN mail is found by polling at the interval."""
    server = dovecot_without_idle
    user = server.add_user("acme-owner", "open sesame")
    config_path = write_config(tmp_path, server, user, model_path, imap="poll_interval = 1.0\n")
    config = load_config(config_path)
    store = open_store(config.database_url)
    stop = threading.Event()
    daemon = threading.Thread(
        target=run_daemon, args=(store, config, configured_accounts(config), classifier, stop)
    )
    with caplog.at_level(logging.INFO, logger="intake.daemon"):
        daemon.start()
        try:
            assert wait_until(lambda: _states(store, config) == {"acme-inbox": "ok"}, 15)
            server.deliver(user, MessageBuilder().build())
            assert wait_until(lambda: counts(config).messages == 1, 30)
        finally:
            stop.set()
            daemon.join(timeout=15)
    assert not daemon.is_alive()
    assert any("connected (polling)" in record.getMessage() for record in caplog.records)
    store.close()


def test_intake_run_without_imap_still_sends_digests(tmp_path, model_path):
    """GIVEN files-only intake with digest recipients WHEN `intake run` THEN the due digest
    is delivered (to the outbox folder) and SIGTERM stops it cleanly."""
    config_path = tmp_path / "intake.toml"
    config_path.write_text(
        f'[database]\nurl = "sqlite:///{tmp_path / "intake.db"}"\n'
        f'[classifier]\nmodel_path = "{model_path}"\n'
        '[notify]\ndelivery = "folder"\nfolder = "outbox"\ncheck_interval = 0.5\n'
        '[notify.digest]\nschedule = "daily"\ntime = "00:00"\ntimezone = "UTC"\n'
        '[clients.acme]\nname = "Acme Goods"\ndigest_to = ["owner@acme.test"]\n'
    )
    log_path = tmp_path / "run.log"
    process = start_daemon(config_path, log_path)
    try:
        outbox = tmp_path / "outbox"
        assert wait_until(lambda: any(outbox.glob("*.eml")), 60), log_path.read_text()
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=20) == 0, log_path.read_text()
    finally:
        if process.poll() is None:
            process.kill()
    [digest] = outbox.glob("*.eml")
    assert b"To: owner@acme.test" in digest.read_bytes()


def test_intake_run_with_nothing_to_do_is_a_config_error(capsys, tmp_path):
    """No IMAP account and nobody to notify: `intake run` says so instead of idling."""
    config_path = tmp_path / "intake.toml"
    config_path.write_text('[clients.acme]\nname = "Acme Goods"\n')
    code, _, err = run_cli(capsys, "--config", str(config_path), "run")
    assert code == 2 and "nothing to run" in err


def test_a_worker_whose_model_fails_to_load_leaves_no_worker_row(tmp_path, dovecot, model_path):
    """GIVEN a worker registered before loading its model WHEN the model fails to load THEN
    the error comes out and its row is gone (the others do not count it as a live worker)."""
    user = dovecot.add_user("acme-owner", "open sesame")
    config = load_config(write_config(tmp_path, dovecot, user, model_path))
    store = open_store(config.database_url)

    def broken() -> Classifier:
        raise ClassifierError("classifier model: corrupt (a test)")

    with pytest.raises(ClassifierError):
        run_daemon(store, config, configured_accounts(config), broken, threading.Event())
    with store.session() as session:
        assert workers(session, config.workers.lease) == []
    store.close()
