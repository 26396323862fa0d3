"""A SQLite database another process is writing to: the command says it is waiting.

SQLite waits up to 30 s for the write lock before "database is locked"; `intake case
note` (or any writing command) sat silent all that time, as if hung.
"""

from __future__ import annotations

import sqlite3
import sys
import threading
import time
from pathlib import Path

from tests.cli import run_cli

WAITING = "Waiting for the database (another process may be writing to it"


def _config(tmp_path: Path) -> Path:
    path = tmp_path / "intake.toml"
    path.write_text(f'[database]\nurl = "sqlite:///{tmp_path / "intake.db"}"\n')
    return path


def _hold_the_write_lock(database: Path, seconds: float) -> threading.Event:
    """Another writer: an exclusive transaction held for ``seconds``; set once it holds."""
    held = threading.Event()

    def hold() -> None:
        other = sqlite3.connect(database, isolation_level=None, check_same_thread=False)
        other.execute("BEGIN EXCLUSIVE")
        held.set()
        time.sleep(seconds)
        other.execute("COMMIT")
        other.close()

    threading.Thread(target=hold, daemon=True).start()
    assert held.wait(10)
    return held


def test_a_command_waiting_for_the_write_lock_says_so_on_a_terminal(
    capsys, monkeypatch, tmp_path: Path
) -> None:
    config = str(_config(tmp_path))
    monkeypatch.setenv("PW", "a long enough password")
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert run_cli(capsys, "--config", config, "user", "list")[0] == 0  # creates the database
    _hold_the_write_lock(tmp_path / "intake.db", 3.5)
    code, out, err = run_cli(
        capsys, "--config", config, "user", "add", "ana", "--role", "admin", "--password-env", "PW"
    )
    assert code == 0, err
    assert WAITING in err and out.startswith("Added admin ana")


def test_no_waiting_note_when_nothing_waits_or_off_a_terminal(
    capsys, monkeypatch, tmp_path: Path
) -> None:
    config = str(_config(tmp_path))
    monkeypatch.setenv("PW", "a long enough password")
    run_cli(capsys, "--config", config, "user", "list")
    _hold_the_write_lock(tmp_path / "intake.db", 3.5)
    code, _, err = run_cli(
        capsys, "--config", config, "user", "add", "ana", "--role", "admin", "--password-env", "PW"
    )
    assert code == 0 and WAITING not in err  # not a terminal: logs and scripts stay quiet
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    code, _, err = run_cli(capsys, "--config", config, "user", "list")
    assert code == 0 and WAITING not in err
