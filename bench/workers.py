"""How much more do two `intake run` workers take in than one, and how fast is a takeover?

Run: .venv/bin/python bench/workers.py [--accounts 20] [--messages 150] [--lease 10] [--rounds 1]
     [--baseline CHECKOUT]

Generates one seller mailbox per account (``bench/mailgen.py``) in a private
Dovecot (the test suite's ``DovecotServer``), one client per mailbox as a firm
has them, and, against a fresh PostgreSQL database each time (127.0.0.1:5432,
or ``INTAKE_TEST_PG_URL``):

(a) one worker (``intake run --jobs 1`` when the command has ``--jobs``) from
    start until every message is stored, analysed and grouped;
(b) two such workers started together, the same way: their rate against (a)
    is the figure (two one-process workers on this 2-core machine stand for two
    machines);
(c) with the two still running, one is SIGKILLed: the time until the other
    holds every account, against the lease time (the promise is twice it).

(a) and (b) are repeated ``--rounds`` times, alternating; with ``--baseline``, each
is run with that checkout's code too, right after this code's. Each run prints
its timeline (``bench/timeline.py``): when, from the start, the first worker
registered, was ready, took accounts, connected, took in its first raw message,
stored its first message, took in its last, and stored the last. Each phase also
reports where the CPU went (``proc_cpu``): the workers, the PostgreSQL backends
of the bench's database, the private Dovecot, and the whole machine with its
load average; from these, how many cores one worker's backfill kept busy, and
the most two workers could gain on the cores the machine's other work left.

Everything is written under /tmp and removed at the end.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from mailgen import write_maildir  # noqa: E402  (path set above)
from proc_cpu import Reading, Watch, in_group, pids, postgres_backends, process_cpu  # noqa: E402
from sqlalchemy import Engine, create_engine, text  # noqa: E402
from timeline import Timeline, from_logs  # noqa: E402

from intake.analyse.classifier import load_classifier  # noqa: E402
from intake.store import open_store  # noqa: E402
from tests.integration.dovecot import DovecotServer, MailUser  # noqa: E402
from tests.integration.dovecot_files import mail_owner, make_tls_files  # noqa: E402
from tests.integration.fleet import (  # noqa: E402
    Worker,
    fleet_workers,
    start_worker,
    write_fleet_config,
)

MODEL_CACHE = Path(tempfile.gettempdir()) / "intake-bench-model.pkl"
PG_ADMIN = os.environ.get(
    "INTAKE_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)
SETTLED = 5.0  # seconds without a new stored message that mean "done" (first run)
READY = "watching up to"  # a worker's log line once started (imports, model, threads)


@dataclass(frozen=True)
class Run:
    """One timed backfill: workers, messages stored, seconds from start to the last one,
    and the CPU each group of processes used meanwhile."""

    workers: int
    messages: int
    seconds: float
    steady: float  # from the first message stored to the last
    used: Reading  # CPU seconds from the start to the last message stored
    startup: list[float]  # each worker's CPU seconds until it was ready (its "watching" line)
    timeline: Timeline
    code: str = "this code"

    @property
    def rate(self) -> float:
        return self.messages / self.seconds

    @property
    def steady_rate(self) -> float:
        return self.messages / self.steady

    @property
    def cpu(self) -> float:
        """CPU seconds of the workers' processes."""
        return self.used.groups["workers"]

    @property
    def ours(self) -> float:
        """CPU seconds of everything the backfill ran on: workers, PostgreSQL, Dovecot."""
        return sum(self.used.groups[name] for name in ("workers", "postgres", "dovecot"))

    @property
    def per_cpu(self) -> float:
        return self.messages / self.cpu

    @property
    def working_ms(self) -> float:
        """The workers' CPU milliseconds per message, their start-up left out."""
        return 1000 * (self.cpu - sum(self.startup)) / self.messages

    @property
    def cores(self) -> float:
        """Cores the backfill kept busy on average (its processes and servers)."""
        return self.ours / self.seconds

    @property
    def others(self) -> float:
        """Cores the machine's other work (and this bench) used meanwhile."""
        return max(0.0, self.used.machine - self.ours) / self.seconds


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


def fresh_database(name: str, code: Code) -> str:
    """An empty database ``name`` migrated by ``code``'s migrations (a baseline may stop at
    an older head than this checkout's); its URL."""
    admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    url = PG_ADMIN.rsplit("/", 1)[0] + f"/{name}"
    if code.source is None:
        open_store(url).close()
    else:
        migrate = f"from intake.store import open_store; open_store({url!r}).close()"
        env = {**os.environ, "PYTHONPATH": str(code.source)}
        subprocess.run([sys.executable, "-c", migrate], env=env, cwd=code.source, check=True)
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


@dataclass(frozen=True)
class Code:
    """Whose code the workers run: this checkout's (``source`` None) or a baseline's."""

    name: str
    source: Path | None = None


def backfill(
    config: Path,
    folder: Path,
    url: str,
    count: int,
    expected: int | None,
    watch: Watch,
    worker_pids: list[int],
    code: Code,
) -> tuple[Run, list[Worker]]:
    """Start ``count`` workers; time until ``expected`` messages are stored (or, without
    it, until the count stops growing for ``SETTLED`` seconds)."""
    engine = create_engine(url)  # one connection for the polling, not one per look
    worker_pids.clear()
    before = watch.reading()
    started, wall = time.perf_counter(), datetime.now()
    looked = Timeline()
    fleet, logged = [], {}  # where each worker's log of this run starts (logs are appended)
    for n in range(count):
        log = folder / f"bench{n}.log"
        logged[f"bench{n}"] = log.stat().st_size if log.exists() else 0
        # Each in a session of its own, as each service or machine is: Linux schedules a
        # session as one group (autogroup), and on a busy machine two workers in the
        # bench's session would share one group's CPU, the same as one worker gets.
        fleet.append(
            start_worker(
                config, folder, f"bench{n}", *run_flags(), own_session=True, source=code.source
            )
        )
        worker_pids.append(fleet[-1].process.pid)
    last, last_change, first, used = 0, time.perf_counter(), 0.0, before
    startup: dict[str, float] = {}
    try:
        while True:
            for worker in fleet:
                if worker.name not in startup and READY in worker.text()[logged[worker.name] :]:
                    startup[worker.name] = process_cpu(worker.process.pid)
            now, waiting = stored_count(engine)
            if now or waiting:
                looked.note("first taken in", time.perf_counter() - started)
            if now:
                looked.note("first stored", time.perf_counter() - started)
            if now != last:
                last, last_change = now, time.perf_counter()
                first = first or last_change
                used = watch.reading()
            if expected is not None and now >= expected:
                break
            if expected is None and now and time.perf_counter() - last_change > SETTLED:
                break
            if any(worker.process.poll() is not None for worker in fleet):
                raise SystemExit(f"a worker exited:\n{fleet[0].text()[-2000:]}")
            time.sleep(0.2)
    finally:
        engine.dispose()
    timeline = from_logs((w.text()[logged[w.name] :] for w in fleet), wall)
    timeline.marks |= looked.marks
    timeline.marks["all taken in"] = timeline.marks.pop("all taken in")
    timeline.note("last stored", last_change - started)
    run = Run(
        count,
        last,
        last_change - started,
        last_change - first,
        used - before,
        [*startup.values()],
        timeline,
        code.name,
    )
    return run, fleet


def stored_count(engine: Engine) -> tuple[int, int]:
    """(messages stored, raw messages waiting for analysis)."""
    with engine.connect() as connection:
        found = connection.execute(
            text("SELECT (SELECT count(*) FROM messages), (SELECT count(*) FROM inbox)")
        ).one()
    return found[0], found[1]


def dovecot_group(root: Path) -> int:
    """The process group of the Dovecot started with ``root``'s config (its master's pid)."""
    config = str(root / "dovecot" / "dovecot.conf").encode()
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and config in (entry / "cmdline").read_bytes():
                return int(entry.name)
        except OSError:
            continue
    raise SystemExit("the bench's Dovecot is not running")


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
    parser.add_argument("--rounds", type=int, default=1, help="one worker, then two; repeated")
    parser.add_argument("--keep", action="store_true", help="keep the folder under /tmp")
    parser.add_argument(
        "--baseline", type=Path, help="a checkout whose workers are timed too, in turn"
    )
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="intake-bench-workers-"))
    root.chmod(0o755)
    load_classifier(MODEL_CACHE, 0.6)  # trains once and caches, outside the timing
    database = f"intake_bench_{uuid.uuid4().hex[:8]}"
    server, users = prepare(root, args.accounts, args.messages)
    worker_pids: list[int] = []
    watch = Watch(
        {
            "workers": pids(worker_pids),
            "postgres": postgres_backends(database),
            "dovecot": in_group(dovecot_group(root)),
        }
    )
    try:
        runs: list[Run] = []
        took = 0.0
        codes = [Code("this code")]
        if args.baseline is not None:
            codes.append(Code("baseline", args.baseline.resolve()))
        for round_ in range(args.rounds):
            for count in (1, 2):
                for code in codes:
                    url = fresh_database(database, code)
                    config = write_fleet_config(
                        root, server, users, MODEL_CACHE, url, lease=args.lease, batch_size=100
                    )
                    expected = runs[0].messages if runs else None
                    run, fleet = backfill(
                        config, root, url, count, expected, watch, worker_pids, code
                    )
                    runs.append(run)
                    print(phase_line(run), flush=True)
                    try:
                        if count == 2 and round_ == args.rounds - 1 and code is codes[0]:
                            took = takeover(fleet, url, args.lease, args.accounts)
                    finally:
                        stop(fleet)
        for code in codes:
            print(report([run for run in runs if run.code == code.name], took, args, run_flags()))
            print(fixed_time([run for run in runs if run.code == code.name]))
    finally:
        watch.close()
        server.kill()
        drop_database(database)
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)


def phase_line(run: Run) -> str:
    groups = run.used.groups
    return (
        f"{run.code}, {run.workers} worker(s): {run.messages} stored in {run.seconds:.1f} s"
        f" = {run.rate:.0f} msg/s ({run.steady_rate:.0f} from the first stored);"
        f" CPU s: workers {groups['workers']:.1f}, PostgreSQL {groups['postgres']:.1f},"
        f" Dovecot {groups['dovecot']:.1f} = {run.cores:.2f} cores busy;"
        f" other work {run.others:.2f} cores; load {run.used.load:.1f};"
        f" start-up CPU s {', '.join(f'{c:.1f}' for c in run.startup)};"
        f" workers' CPU ms/message after start-up {run.working_ms:.1f}"
        f"\n  timeline, s from the start: {run.timeline.line()}"
    )


def fixed_time(runs: list[Run]) -> str:
    """The median seconds to each phase up to the first message stored, per worker count."""
    lines = []
    for count in (1, 2):
        found = [run.timeline.marks for run in runs if run.workers == count]
        phases = [phase for phase in found[0] if phase not in ("all taken in", "last stored")]
        medians = []
        for phase in phases:
            seen = [value for marks in found if (value := marks.get(phase)) is not None]
            medians.append(f"{phase} {statistics.median(seen):.2f}" if seen else f"{phase} -")
        lines.append(f"{runs[0].code}, {count} worker(s), median s: {', '.join(medians)}")
    return "\n".join(lines)


def report(runs: list[Run], took: float, args: argparse.Namespace, flags: list[str]) -> str:
    ones = [run for run in runs if run.workers == 1]
    twos = [run for run in runs if run.workers == 2]
    cores = os.cpu_count() or 1

    def ratio(value: Callable[[Run], float]) -> str:
        found = [value(two) / value(one) for one, two in zip(ones, twos, strict=True)]
        return ", ".join(f"{r:.2f}" for r in found)

    # With the per-message cost of one worker's phase, two workers can at most use the
    # cores the other work left them: that bounds the wall-clock ratio on this machine.
    ceiling = [
        min(2.0, (cores - two.others) / one.cores) for one, two in zip(ones, twos, strict=True)
    ]
    lines = [
        f"{ones[0].code}: {args.accounts} accounts (one client each) x {args.messages}"
        f" generated messages; each worker `intake run {' '.join(flags) or '(no --jobs option)'}`;"
        f" PostgreSQL; {cores} cores",
        f"ratio 2/1, end to end (start-up included): {ratio(lambda r: r.rate)} (target >= 1.6)",
        f"ratio 2/1, from the first message stored: {ratio(lambda r: r.steady_rate)}",
        f"ratio 2/1, messages per CPU second of the workers: {ratio(lambda r: r.per_cpu)}"
        " (1.00: no cost of coordination)",
        f"ratio 2/1, messages per CPU second of workers + PostgreSQL + Dovecot:"
        f" {ratio(lambda r: r.messages / r.ours)}",
        f"ratio 2/1, messages per CPU second of the workers after start-up:"
        f" {ratio(lambda r: 1 / r.working_ms)}",
        "cores one worker's backfill kept busy: "
        + ", ".join(f"{one.cores:.2f}" for one in ones)
        + "; most two could gain on the cores other work left: "
        + ", ".join(f"{c:.2f}" for c in ceiling),
        f"takeover after SIGKILL: {took:.1f} s with a {args.lease:.0f} s lease"
        f" ({took / args.lease:.2f} lease times; promise < 2)",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
