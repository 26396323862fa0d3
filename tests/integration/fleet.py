"""Several `intake run` workers against one PostgreSQL database and one Dovecot.

For the workers tests and ``bench/workers.py``: a config with one client and
one IMAP account per Dovecot user, workers started as real processes named
``--name``, and each worker's log read back as the spans of time in which it
polled each account (from its "started" to its "stopped" line, or to the
moment the test killed it). Two workers' spans of one account must never
overlap: that would be a double poll.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

from intake.daemon.leases import WorkerInfo, workers
from intake.store import open_store
from intake.store.models import InboxRow, MessageRow, MessageSourceRow
from tests.integration.dovecot import DovecotServer, MailUser


def write_fleet_config(
    folder: Path,
    server: DovecotServer,
    users: list[MailUser],
    model_path: Path,
    database_url: str,
    *,
    lease: float,
    smtp_port: int | None = None,
    batch_size: int = 50,
    name: str = "intake.toml",
) -> Path:
    """One client per user (``c01``...), its account ``inbox``; alerts by SMTP when a port."""
    lines = [
        f'[database]\nurl = "{database_url}"',
        f'[classifier]\nmodel_path = "{model_path}"',
        "[imap]\nconnect_timeout = 3.0\nread_timeout = 10.0\nmax_backoff = 2.0\n"
        "poll_interval = 5.0\nidle_timeout = 5.0",
        f"[workers]\nlease = {lease}",
    ]
    if smtp_port is not None:
        lines.append(
            '[notify]\ndelivery = "smtp"\nfrom_addr = "intake@firm.test"\n'
            'consultant_to = ["ops@firm.test"]\ncheck_interval = 0.5\nretry_base = 0.5\n'
            f'[notify.smtp]\nhost = "127.0.0.1"\nport = {smtp_port}\ntls = "plain"\n'
            '[notify.digest]\nschedule = "off"\n'
            '[notify.alerts]\ntriggers = ["suspension"]'
        )
    for n, user in enumerate(users, 1):
        lines.append(
            f'[clients.c{n:02d}]\nname = "Client {n}"\n[[clients.c{n:02d}.accounts]]\n'
            f'name = "inbox"\nhost = "{server.host}"\nport = {server.plain_port}\n'
            f'tls = "plain"\nusername = "{user.name}"\npassword = "{user.password}"\n'
            f"batch_size = {batch_size}"
        )
    path = folder / name
    path.write_text("\n".join(lines) + "\n")
    path.chmod(0o600)
    return path


@dataclass
class Worker:
    """One `intake run --name NAME` process and its log file."""

    name: str
    log: Path
    process: subprocess.Popen[bytes]
    killed_at: datetime | None = field(default=None)

    def text(self) -> str:
        return self.log.read_text(errors="replace")

    def kill(self) -> None:
        """SIGKILL, noting when (the end of every span still open)."""
        self.killed_at = datetime.now()
        self.process.kill()
        self.process.wait()

    def end(self) -> None:
        """Make sure the process is gone (test clean-up)."""
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


def start_worker(
    config: Path,
    folder: Path,
    name: str,
    *extra: str,
    own_session: bool = False,
    source: Path | None = None,
) -> Worker:
    """`intake run --name NAME` as its own process, its stderr in ``folder/NAME.log``.

    ``own_session``: in a session of its own, as a service or another machine would be;
    Linux then schedules it as its own group (autogroup), not as part of the caller's.
    ``source``: run that checkout's code (``PYTHONPATH``, started from its folder: ``-m``
    puts the working directory first on the path) instead of the importable one.
    """
    log = folder / f"{name}.log"
    env = None if source is None else {**os.environ, "PYTHONPATH": str(source)}
    with open(log, "ab") as handle:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "intake",
                "--config",
                str(config),
                "run",
                "--name",
                name,
                *extra,
            ],
            stdout=subprocess.DEVNULL,
            stderr=handle,
            start_new_session=own_session,
            env=env,
            cwd=source,
        )
    return Worker(name, log, process)


def stop_all(fleet: list[Worker]) -> None:
    """SIGTERM every worker, then wait for each to exit cleanly (its log tail if not)."""
    for worker in fleet:
        worker.process.send_signal(signal.SIGTERM)
    for worker in fleet:
        assert worker.process.wait(timeout=20) == 0, worker.text()[-3000:]


_LINE = re.compile(
    r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) \w+ \[[^\]]*\] "
    r"intake\.daemon: (\S+): (started|stopped)$"
)


def spans(worker: Worker) -> dict[str, list[tuple[datetime, datetime]]]:
    """Per account, the (start, end) spans in which this worker's loop ran."""
    found: dict[str, list[tuple[datetime, datetime]]] = {}
    opened: dict[str, datetime] = {}
    for line in worker.text().splitlines():
        match = _LINE.match(line)
        if not match:
            continue
        when = datetime.strptime(match.group(1), "%Y-%m-%d %H:%M:%S,%f")
        label, event = match.group(2), match.group(3)
        if event == "started":
            opened[label] = when
        elif label in opened:
            found.setdefault(label, []).append((opened.pop(label), when))
    end = worker.killed_at or datetime.now()
    for label, start in opened.items():
        found.setdefault(label, []).append((start, end))
    return found


def double_polls(fleet: list[Worker]) -> list[str]:
    """Every account two workers polled at the same time, with when."""
    problems = []
    per_account: dict[str, list[tuple[datetime, datetime, str]]] = {}
    for worker in fleet:
        for label, found in spans(worker).items():
            per_account.setdefault(label, []).extend((a, b, worker.name) for a, b in found)
    for label, found in per_account.items():
        found.sort()
        for (_, end, who), (start, _, other) in zip(found, found[1:], strict=False):
            if who != other and start < end:
                problems.append(f"{label}: {other} started {start} before {who} stopped {end}")
    return problems


def fleet_workers(database_url: str, lease: float) -> list[WorkerInfo]:
    """The workers registered in the database and the accounts each holds."""
    store = open_store(database_url, migrate=False)
    try:
        with store.session() as session:
            return workers(session, lease)
    finally:
        store.close()


_ANALYSED = re.compile(r"analysis: (\d+) message\(s\) analysed$", re.M)


def analysed(worker: Worker) -> int:
    """How many messages this worker's analysis thread reported analysed (duplicates too)."""
    return sum(int(found) for found in _ANALYSED.findall(worker.text()))


def waiting(database_url: str) -> int:
    """Messages taken in and not analysed yet (the inbox)."""
    store = open_store(database_url, migrate=False)
    try:
        with store.session() as session:
            return session.scalar(select(func.count(InboxRow.id))) or 0
    finally:
        store.close()


def stored(database_url: str) -> tuple[int, int, int]:
    """(messages, distinct Message-IDs, IMAP sources) in the database."""
    store = open_store(database_url, migrate=False)
    try:
        with store.session() as session:
            messages = session.scalar(select(func.count(MessageRow.id))) or 0
            distinct = session.scalar(select(func.count(func.distinct(MessageRow.message_id))))
            sources = session.scalar(select(func.count(MessageSourceRow.id))) or 0
    finally:
        store.close()
    return messages, distinct or 0, sources
