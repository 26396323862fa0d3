"""The WAL of a SQLite database taking mail in is copied into the database off the
writer's thread, so the writer never stops for SQLite's automatic checkpoint."""

from __future__ import annotations

import sqlite3
import time
from contextlib import closing
from pathlib import Path

from intake.store import make_engine
from intake.store.walcopy import COPY_EVERY, wal_copied

ROW = b"x" * 15_000  # a message's worth


def write(path: Path, rows: int) -> sqlite3.Connection:
    """A writer that never checkpoints itself, and ``rows`` committed rows, 20 at a time."""
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA wal_autocheckpoint=0")
    connection.execute("CREATE TABLE IF NOT EXISTS mail (data BLOB)")
    for _ in range(rows // 20):
        with connection:
            connection.executemany("INSERT INTO mail VALUES (?)", [(ROW,)] * 20)
    return connection


def test_committed_megabytes_are_copied_into_the_database(tmp_path: Path) -> None:
    """Told of more than ``COPY_EVERY`` committed bytes, the copier moves them from the WAL
    into the database file; without it the file stays as small as the empty table."""
    rows = COPY_EVERY // len(ROW) + 40
    without, copied = tmp_path / "without.db", tmp_path / "copied.db"
    with closing(write(without, rows)):
        assert without.stat().st_size < 100_000
    engine = make_engine(f"sqlite:///{copied}")
    try:
        with closing(write(copied, 0)) as writer, wal_copied(engine) as copier:
            assert copier is not None
            for _ in range(rows // 20):
                with writer:
                    writer.executemany("INSERT INTO mail VALUES (?)", [(ROW,)] * 20)
                copier.committed(20 * len(ROW))
            deadline = time.monotonic() + 10  # the copy runs in the copier's own time
            while copied.stat().st_size <= COPY_EVERY and time.monotonic() < deadline:
                time.sleep(0.01)
            assert copied.stat().st_size > COPY_EVERY
    finally:
        engine.dispose()


def test_other_databases_get_no_copier() -> None:
    """An in-memory SQLite database (and PostgreSQL, by its dialect) has no WAL to copy."""
    engine = make_engine("sqlite:///:memory:")
    with wal_copied(engine) as copier:
        assert copier is None
    engine.dispose()
