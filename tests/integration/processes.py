"""Which processes a run left behind, read from /proc (Linux)."""

from __future__ import annotations

import time
from pathlib import Path


def _table() -> dict[int, tuple[int, str]]:
    """pid -> (parent pid, state) of every process."""
    table = {}
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            fields = (proc / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        table[int(proc.name)] = (int(fields[1]), fields[0])
    return table


def descendants(pid: int) -> set[int]:
    """Every live process below ``pid`` (children, their children ...)."""
    table = _table()
    found: set[int] = set()
    frontier = {pid}
    while frontier:
        frontier = {child for child, (parent, _) in table.items() if parent in frontier} - found
        found |= frontier
    return found


def gone(pids: set[int], timeout: float) -> bool:
    """Whether all ``pids`` have exited (zombies count as exited) within ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        table = _table()
        alive = {pid for pid in pids if pid in table and table[pid][1] != "Z"}
        if not alive or time.monotonic() > deadline:
            return not alive
        time.sleep(0.1)
