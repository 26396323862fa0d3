"""`intake run` waits for a fix: config errors do not retry; SIGHUP or an edit reloads."""

# ruff: noqa: F811 - pytest fixtures are imported by name and used as arguments

from __future__ import annotations

import logging
import signal
import threading
import time
from pathlib import Path

import pytest

from intake.config import load_config
from intake.daemon import run_daemon
from intake.ingest.poller import configured_accounts
from intake.store import open_store
from tests.builders import MessageBuilder
from tests.integration.dovecot import counts, dovecot, tls_files, write_config  # noqa: F401
from tests.integration.test_daemon import SLOW_POLLING, _states, start_daemon, wait_until


def _helper_config(tmp_path: Path, dovecot, model_path: Path) -> tuple[Path, Path, object]:
    """An account whose password command does not exist yet (a config error)."""
    user = dovecot.add_user("acme-owner", "open sesame")
    helper = tmp_path / "imap-password"
    config_path = write_config(tmp_path, dovecot, user, model_path, imap=SLOW_POLLING,
                               password="")  # fmt: skip
    text = config_path.read_text().replace('password = ""\n', f'password_command = "{helper}"\n')
    config_path.write_text(text)
    return config_path, helper, user


def _make_helper(helper: Path, password: str) -> None:
    helper.write_text(f"#!/bin/sh\necho '{password}'\n")
    helper.chmod(0o700)


def _attempts(records: list[logging.LogRecord]) -> int:
    return sum(1 for r in records if "config_error: " in r.getMessage())


@pytest.mark.dovecot
def test_config_error_waits_then_reload_event_retries(
    tmp_path, dovecot, model_path, classifier, caplog
):
    """GIVEN a missing password command WHEN running THEN config_error once, no retries
    (backoff would retry within seconds); after the fix and a reload, mail flows."""
    config_path, helper, user = _helper_config(tmp_path, dovecot, model_path)
    config = load_config(config_path)
    store = open_store(config.database_url)
    stop, reload = threading.Event(), threading.Event()
    daemon = threading.Thread(
        target=run_daemon,
        args=(store, config, configured_accounts(config), classifier, stop, reload),
    )
    with caplog.at_level(logging.INFO):
        daemon.start()
        try:
            assert wait_until(lambda: _states(store, config) == {"acme-inbox": "config_error"}, 15)
            time.sleep(5)  # max_backoff is 2 s: a retrying loop would have tried twice more
            assert _attempts(caplog.records) == 1
            assert any("waiting for a config change or SIGHUP" in r.getMessage()
                       for r in caplog.records)  # fmt: skip
            _make_helper(helper, user.password)
            dovecot.deliver(user, MessageBuilder().build())
            reload.set()
            assert wait_until(lambda: counts(config).messages == 1, 20)
            # the analysis thread may store the mail before the account's state is recorded
            assert wait_until(lambda: _states(store, config) == {"acme-inbox": "ok"}, 15)
        finally:
            stop.set()
            daemon.join(timeout=15)
    assert not daemon.is_alive()
    store.close()


@pytest.mark.dovecot
def test_an_edited_config_is_reloaded_without_a_signal(tmp_path, dovecot, model_path, classifier):
    """GIVEN an account in config_error WHEN the config file is fixed THEN it connects."""
    user = dovecot.add_user("acme-owner", "open sesame")
    config_path = write_config(tmp_path, dovecot, user, model_path, imap=SLOW_POLLING,
                               password="")  # fmt: skip
    broken = config_path.read_text().replace('password = ""\n', 'password_env = "NOT_SET_X"\n')
    config_path.write_text(broken)
    config = load_config(config_path)
    store = open_store(config.database_url)
    stop = threading.Event()
    daemon = threading.Thread(
        target=run_daemon, args=(store, config, configured_accounts(config), classifier, stop)
    )
    daemon.start()
    try:
        assert wait_until(lambda: _states(store, config) == {"acme-inbox": "config_error"}, 15)
        config_path.write_text(
            broken.replace('password_env = "NOT_SET_X"\n', f'password = "{user.password}"\n')
        )
        dovecot.deliver(user, MessageBuilder().build())
        assert wait_until(lambda: counts(config).messages == 1, 20)
    finally:
        stop.set()
        daemon.join(timeout=15)
    assert not daemon.is_alive()
    store.close()


@pytest.mark.dovecot
def test_sighup_makes_intake_run_retry_a_config_error(tmp_path, dovecot, model_path):
    """GIVEN `intake run` with a missing password command WHEN the command appears and the
    daemon gets SIGHUP THEN it logs in and takes the mail in, without a restart."""
    config_path, helper, user = _helper_config(tmp_path, dovecot, model_path)
    config = load_config(config_path)
    log_path = tmp_path / "daemon.log"
    process = start_daemon(config_path, log_path)
    try:
        assert wait_until(lambda: "waiting for a config change" in log_path.read_text(), 30)
        _make_helper(helper, user.password)
        dovecot.deliver(user, MessageBuilder().build())
        time.sleep(3)
        assert counts(config).messages == 0  # no retry on its own
        process.send_signal(signal.SIGHUP)
        assert wait_until(lambda: counts(config).messages == 1, 20), log_path.read_text()
        assert process.poll() is None, "SIGHUP must not end the daemon"
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)
    assert "config reloaded" in log_path.read_text()
