"""How much more do two `intake run` workers take in than one, and how fast is a takeover?

Run: .venv/bin/python bench/workers.py [--accounts 20] [--messages 150] [--lease 10]

Generates one seller mailbox per account (``bench/mailgen.py``) in a private
Dovecot (the test suite's ``DovecotServer``) and, in one run, against a fresh
PostgreSQL database each time (127.0.0.1:5432, or ``INTAKE_TEST_PG_URL``):

(a) one worker (``intake run --jobs 1`` when the command has ``--jobs``) from
    start until every message is stored, analysed and grouped;
(b) two such workers started together, the same way: their rate against (a)
    is the figure (two one-process workers on this 2-core machine stand for two
    machines);
(c) with the two still running, one is SIGKILLed: the time until the other
    holds every account, against the lease time (the promise is twice it).

Everything is written under /tmp and removed at the end.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from mailgen import write_maildir  # noqa: E402  (path set above)
from sqlalchemy import create_engine, text  # noqa: E402

from intake.analyse.classifier import load_classifier  # noqa: E402
from intake.store import open_store  # noqa: E402
from tests.integration.dovecot import DovecotServer, MailUser  # noqa: E402
from tests.integration.dovecot_files import mail_owner, make_tls_files  # noqa: E402
from tests.integration.fleet import (  # noqa: E402
    Worker,
    fleet_workers,
    start_worker,
    stored,
    write_fleet_config,
)

MODEL_CACHE = Path(tempfile.gettempdir()) / "intake-bench-model.pkl"
PG_ADMIN = os.environ.get(
    "INTAKE_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)
SETTLED = 5.0  # seconds without a new stored message that mean "done" (first run)


@dataclass(frozen=True)
class Run:
    """One timed backfill: workers, messages stored, seconds from start to the last one."""

    workers: int
    messages: int
    seconds: float
    steady: float  # from the first message stored to the last
    cpu: float  # CPU seconds of the workers' processes until the last message was stored

    @property
    def rate(self) -> float:
        return self.messages / self.seconds

    @property
    def steady_rate(self) -> float:
        return self.messages / self.steady

    @property
    def per_cpu(self) -> float:
        return self.messages / self.cpu


def prepare(root: Path, accounts: int, messages: int) -> tuple[DovecotServer, list[MailUser]]:
    """A Dovecot whose users ``b01``... each hold ``messages`` generated messages."""
    tls_folder, server_root = root / "tls", root / "dovecot"
    tls_folder.mkdir()
    server_root.mkdir()
    server = DovecotServer(server_root, make_tls_files(tls_folder))
    users = []
    for n in range(1, accounts + 1):
        user = server.add_user(f"b{n:02d}", f"pw{n}")
        write_maildir(
            server_root / "home" / user.name / "Maildir", messages, seed=n, owner=mail_owner()
        )
        users.append(user)
    server.start()
    return server, users


def fresh_database(name: str) -> str:
    """An empty, migrated database ``name``; its URL."""
    admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    url = PG_ADMIN.rsplit("/", 1)[0] + f"/{name}"
    open_store(url).close()
    return url


def drop_database(name: str) -> None:
    admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def run_flags() -> list[str]:
    """``--jobs 1`` when `intake run` has it (one analysis process per worker)."""
    helptext = subprocess.run(
        [sys.executable, "-m", "intake", "run", "--help"], capture_output=True, text=True
    ).stdout
    return ["--jobs", "1"] if "--jobs" in helptext else []


def backfill(
    config: Path, folder: Path, url: str, count: int, expected: int | None
) -> tuple[Run, list[Worker]]:
    """Start ``count`` workers; time until ``expected`` messages are stored (or, without
    it, until the count stops growing for ``SETTLED`` seconds)."""
    started = time.perf_counter()
    fleet = [start_worker(config, folder, f"bench{n}", *run_flags()) for n in range(count)]
    last, last_change, first, cpu = 0, time.perf_counter(), 0.0, 0.0
    while True:
        now = stored(url)[0]
        if now != last:
            last, last_change = now, time.perf_counter()
            first = first or last_change
            cpu = sum(cpu_seconds(worker.process.pid) for worker in fleet)
        if expected is not None and now >= expected:
            break
        if expected is None and now and time.perf_counter() - last_change > SETTLED:
            break
        if any(worker.process.poll() is not None for worker in fleet):
            raise SystemExit(f"a worker exited:\n{fleet[0].text()[-2000:]}")
        time.sleep(0.2)
    return Run(count, last, last_change - started, last_change - first, cpu), fleet


def cpu_seconds(pid: int) -> float:
    """User and system CPU seconds of a process and its waited-for children (Linux /proc)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return sum(int(value) for value in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def takeover(fleet: list[Worker], url: str, lease: float, accounts: int) -> float:
    """SIGKILL the second worker once the two share the accounts; seconds until the
    first holds them all."""
    while True:
        held = {w.name: len(w.accounts) for w in fleet_workers(url, lease) if w.live}
        if sorted(held.values()) == [accounts // 2, accounts - accounts // 2]:
            break
        time.sleep(0.2)
    fleet[1].kill()
    killed = time.perf_counter()
    while True:
        held = {w.name: len(w.accounts) for w in fleet_workers(url, lease) if w.live}
        if held.get(fleet[0].name) == accounts:
            return time.perf_counter() - killed
        time.sleep(0.05)


def stop(fleet: list[Worker]) -> None:
    for worker in fleet:
        if worker.process.poll() is None:
            worker.process.send_signal(signal.SIGTERM)
    for worker in fleet:
        try:
            worker.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            worker.end()


def main() -> None:
    """Generate, serve, measure, print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=20)
    parser.add_argument("--messages", type=int, default=150, help="per account")
    parser.add_argument("--lease", type=float, default=10.0)
    parser.add_argument("--keep", action="store_true", help="keep the folder under /tmp")
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="intake-bench-workers-"))
    root.chmod(0o755)
    load_classifier(MODEL_CACHE, 0.6)  # trains once and caches, outside the timing
    database = f"intake_bench_{uuid.uuid4().hex[:8]}"
    server, users = prepare(root, args.accounts, args.messages)
    try:
        runs: list[Run] = []
        took = 0.0
        for count in (1, 2):
            url = fresh_database(database)
            config = write_fleet_config(
                root, server, users, MODEL_CACHE, url, lease=args.lease, batch_size=100
            )
            expected = runs[0].messages if runs else None
            run, fleet = backfill(config, root, url, count, expected)
            runs.append(run)
            try:
                if count == 2:
                    took = takeover(fleet, url, args.lease, args.accounts)
            finally:
                stop(fleet)
        print(report(runs, took, args, run_flags()))
    finally:
        server.kill()
        drop_database(database)
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)


def report(runs: list[Run], took: float, args: argparse.Namespace, flags: list[str]) -> str:
    one, two = runs
    lines = [
        f"{args.accounts} accounts x {args.messages} generated messages; each worker"
        f" `intake run {' '.join(flags) or '(no --jobs option)'}`; PostgreSQL",
        f"load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores",
    ]
    for run in runs:
        lines.append(
            f"{run.workers} worker(s): {run.messages} messages stored in {run.seconds:.1f} s"
            f" = {run.rate:.0f} msg/s; {run.steady_rate:.0f} msg/s from the first stored;"
            f" {run.per_cpu:.0f} msg per CPU second"
        )
    lines += [
        f"ratio 2/1: {two.rate / one.rate:.2f} (target >= 1.6);"
        f" steady {two.steady_rate / one.steady_rate:.2f};"
        f" per CPU second {two.per_cpu / one.per_cpu:.2f} (1.00: no cost of coordination)",
        f"takeover after SIGKILL: {took:.1f} s with a {args.lease:.0f} s lease"
        f" ({took / args.lease:.2f} lease times; promise < 2)",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
