"""One `intake run` per SQLite database; the worker shows in `intake status`."""

# ruff: noqa: F811 - pytest fixtures are imported by name and used as arguments

from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli import run_cli
from tests.integration.dovecot import DovecotServer, dovecot, tls_files, write_config  # noqa: F401
from tests.integration.test_daemon import wait_until

pytestmark = pytest.mark.dovecot


def test_second_worker_on_sqlite_exits_2_and_status_lists_the_first(
    tmp_path: Path, dovecot: DovecotServer, model_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    user = dovecot.add_user("acme-owner", "open sesame")
    config = write_config(tmp_path, dovecot, user, model_path)
    log = tmp_path / "first.log"
    command = [sys.executable, "-m", "intake", "--config", str(config), "run"]
    with open(log, "wb") as handle:
        first = subprocess.Popen([*command, "--name", "front-desk"], stderr=handle)
    try:
        assert wait_until(lambda: "connected (IDLE)" in log.read_text(), 60), log.read_text()
        assert "[front-desk] intake.daemon" in log.read_text()
        second = subprocess.run(command, capture_output=True, text=True, timeout=60)
        assert second.returncode == 2, second.stderr
        assert second.stderr.count("\n") == 1, second.stderr
        assert f"pid {first.pid}" in second.stderr and "one worker only" in second.stderr

        code, out, _ = run_cli(capsys, "--config", str(config), "status", "--json")
        assert code == 0
        (worker,) = [item for item in map(json.loads, out.splitlines()) if "worker" in item]
        assert (worker["worker"], worker["pid"], worker["live"]) == ("front-desk", first.pid, True)
        assert worker["accounts"] == ["acme/acme-inbox"] and worker["heartbeat_at"]
        code, out, _ = run_cli(capsys, "--config", str(config), "status")
        assert "front-desk" in out and "acme/acme-inbox" in out and "WORKER" in out

        first.send_signal(signal.SIGTERM)
        assert first.wait(timeout=20) == 0
    finally:
        if first.poll() is None:
            first.kill()
            first.wait()
    code, out, _ = run_cli(capsys, "--config", str(config), "status", "--json")
    assert not [line for line in out.splitlines() if '"worker"' in line]  # left cleanly


def test_worker_killed_on_sqlite_is_replaced_at_once(
    tmp_path: Path, dovecot: DovecotServer, model_path: Path
) -> None:
    """The flock dies with a SIGKILLed worker; the next takes the account without waiting
    for the dead one's lease (two minutes here) to run out."""
    user = dovecot.add_user("acme-owner", "open sesame")
    config = write_config(tmp_path, dovecot, user, model_path, imap="[workers]\nlease = 120.0\n")
    command = [sys.executable, "-m", "intake", "--config", str(config), "run"]
    logs = [tmp_path / "first.log", tmp_path / "second.log"]
    processes: list[subprocess.Popen[bytes]] = []
    try:
        for log in logs:
            with open(log, "wb") as handle:
                processes.append(subprocess.Popen(command, stderr=handle))
            assert wait_until(lambda path=log: "connected (IDLE)" in path.read_text(), 60), (
                log.read_text()
            )
            if len(processes) == 1:
                processes[0].kill()
                processes[0].wait()
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
                process.wait()
