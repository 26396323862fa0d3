"""CPU seconds of groups of processes, read from Linux ``/proc`` while a bench runs.

A bench of several processes wants to know where the machine's CPU went: the
workers, the PostgreSQL backends serving one database, a private Dovecot's
process group, and the whole machine (other work included) with its load
average. ``Watch`` samples ``/proc`` in a thread; each group's figure is the sum,
over every process it ever saw, of that process's last-seen user+system time,
so a process that exits keeps what it used up to the last sample (the sample
period, 0.2 s, is what can be missed).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

TICK = os.sysconf("SC_CLK_TCK")


def process_cpu(pid: int) -> float:
    """User and system CPU seconds of one process so far (0 when it is gone)."""
    fields = _stat(pid)
    return 0.0 if fields is None else sum(int(value) for value in fields[11:13]) / TICK


def _stat(pid: int) -> list[str] | None:
    """The fields of ``/proc/PID/stat`` after the command name (state first)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None


_titles: dict[tuple[int, str], str] = {}  # (pid, start time) -> command line


def _cmdline(pid: int, fields: list[str]) -> str:
    """The process's command line, read once per process (a PostgreSQL backend's title
    is read again until it has one: a backend starts as a copy of the postmaster)."""
    key = (pid, fields[19])
    if key not in _titles:
        try:
            raw = Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            return ""
        title = raw.replace(b"\0", b" ").decode(errors="replace")
        if "postgres" in title and not title.startswith("postgres: "):
            return title
        _titles[key] = title
    return _titles[key]


def machine_busy() -> float:
    """CPU seconds the whole machine spent not idle (all cores) since boot."""
    fields = [int(value) for value in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + fields[4]  # idle, iowait
    return (sum(fields[:8]) - idle) / TICK


Matcher = Callable[[int, list[str]], bool]


def in_group(pgid: int) -> Matcher:
    """Processes of process group ``pgid`` (a server started in its own session)."""
    return lambda _pid, fields: int(fields[2]) == pgid


def postgres_backends(database: str) -> Matcher:
    """PostgreSQL backends connected to ``database`` (their title names it)."""

    def match(pid: int, fields: list[str]) -> bool:
        title = _cmdline(pid, fields)
        return title.startswith("postgres: ") and f" {database} " in title

    return match


def pids(chosen: list[int]) -> Matcher:
    """Exactly the processes ``chosen`` (the list may grow while watched)."""
    return lambda pid, _fields: pid in chosen


@dataclass(frozen=True)
class Reading:
    """CPU seconds per group, the machine's busy seconds, and the mean load average."""

    groups: dict[str, float]
    machine: float
    load: float

    def __sub__(self, earlier: Reading) -> Reading:
        return Reading(
            {name: used - earlier.groups.get(name, 0.0) for name, used in self.groups.items()},
            self.machine - earlier.machine,
            self.load,
        )


class Watch:
    """Samples the groups every ``period`` seconds in a thread until ``close``."""

    def __init__(self, groups: dict[str, Matcher], period: float = 0.2) -> None:
        self.groups, self.period = groups, period
        self._seen: dict[str, dict[int, float]] = {name: {} for name in groups}
        self._loads: list[float] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def reading(self) -> Reading:
        """Now: CPU seconds of each group so far, and the load average since the last reading."""
        self._sample()
        with self._lock:
            groups = {name: sum(seen.values()) for name, seen in self._seen.items()}
            loads, self._loads = self._loads, []
        load = sum(loads) / len(loads) if loads else os.getloadavg()[0]
        return Reading(groups, machine_busy(), load)

    def close(self) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.wait(self.period):
            self._sample()

    def _sample(self) -> None:
        found: dict[int, tuple[str, float]] = {}
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            pid = int(entry.name)
            fields = _stat(pid)
            if fields is None:
                continue
            group = self._group_of(pid, fields)
            if group is not None:
                found[pid] = (group, sum(int(value) for value in fields[11:13]) / TICK)
        with self._lock:
            for pid, (group, used) in found.items():
                self._seen[group][pid] = used
            self._loads.append(os.getloadavg()[0])

    def _group_of(self, pid: int, fields: list[str]) -> str | None:
        return next((name for name, match in self.groups.items() if match(pid, fields)), None)
