"""The tests' in-process ``intake``: it must leave the process's logging as it found it.

``main`` points the root logger at the ``sys.stderr`` of the moment, which in a test is
the capture of that test, closed when it ends. A handler left behind made a later test's
log lines (the web tests' server logs each request) fail with "Logging error: I/O
operation on closed file".
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from tests.cli import run_cli


def test_run_cli_leaves_the_root_logger_as_it_found_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("INTAKE_CONFIG", raising=False)
    root = logging.getLogger()
    before = (list(root.handlers), root.level, logging.getLogger("mailparser").level)
    code, _, err = run_cli(capsys, "user", "list")
    assert code == 2 and "no database" in err  # the command ran and set up its logging
    after = (list(root.handlers), root.level, logging.getLogger("mailparser").level)
    assert after == before
