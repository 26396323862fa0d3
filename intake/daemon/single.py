"""One ``intake run`` per SQLite database: an exclusive lock on a file beside it.

SQLite cannot coordinate workers (no row locks across processes, one writer
at a time), so a second daemon on the same SQLite file is refused. The lock
is a ``flock`` on ``<database>.run.lock``: the kernel drops it when the process
ends however it ends (SIGKILL included), so a stale lock file never blocks a
restart. PostgreSQL needs no such lock: its workers share the accounts
through leases (``intake.daemon.leases``).
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.engine import make_url

from intake.errors import InputError


def sqlite_file(url: str) -> Path | None:
    """The SQLite database file behind ``url``; None for other databases and ``:memory:``."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database or "")


@contextmanager
def only_worker(url: str) -> Iterator[None]:
    """Hold the SQLite run lock for the block; ``InputError`` (exit 2) when another has it."""
    database = sqlite_file(url)
    if database is None:
        yield
        return
    path = database.with_name(database.name + ".run.lock")
    handle = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(handle, 64, 0).decode(errors="replace").strip() or "?"
            raise InputError(
                f"another intake run (pid {holder}) already uses {database}; SQLite takes one"
                " worker only (use PostgreSQL for several)"
            ) from None
        os.ftruncate(handle, 0)
        os.pwrite(handle, str(os.getpid()).encode(), 0)
        yield
    finally:
        os.close(handle)
