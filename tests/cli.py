"""Run the ``intake`` command in-process, as the tests of every command do."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from intake.cli import main

# The loggers whose level ``intake.logs.configure_logging`` sets, besides the root.
_TUNED = ("mailparser", "alembic", "imapclient")


@contextmanager
def kept_logging() -> Iterator[None]:
    """Put the root logger's handlers and the tuned levels back as they were.

    ``main`` points logging at the ``sys.stderr`` of the moment: in a test, that test's
    capture, closed when the test ends. Left in place, it made a later test's log lines
    fail ("Logging error: I/O operation on closed file", the web tests' request log).
    """
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    tuned = {name: logging.getLogger(name).level for name in _TUNED}
    try:
        yield
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)
        for name, was in tuned.items():
            logging.getLogger(name).setLevel(was)


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """``intake ARGS`` in-process: exit code, stdout, stderr."""
    with kept_logging():
        try:
            main(list(args))
            code = 0
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err
