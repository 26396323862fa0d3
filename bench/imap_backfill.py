"""How fast does intake take in a large mailbox, against what IMAP alone can deliver?

Run: .venv/bin/python bench/imap_backfill.py [--messages 5000] [--batch-size 100]
     [--only take-in] [--baseline CHECKOUT] [--repeats N]

Generates a seller's mailbox (``bench/mailgen.py``) into a private Dovecot
(the test suite's ``DovecotServer``), then measures in the same run:

(a) the raw fetch rate: imapclient alone, ``BODY.PEEK[]`` in batches, nothing
    else (after one untimed pass, so both runs read a warm server); then the
    same with imaplib's trace off, as intake's connections have it;
(b) taking in: ``intake poll --take-in-only`` into a fresh SQLite database (raw
    mail stored as fetched with its checkpoint, nothing parsed), from process
    start to exit and in the steady state (from the first batch stored to the
    last batch's commit, as a running ``intake run`` sees it), then
    ``intake analyse`` of that backlog (``--only take-in`` stops here);
(c) intake's end-to-end backfill: ``intake poll`` into another fresh SQLite
    database (take in, then parse, classify, case, store), with ``senders = []``
    (every message is taken), and a second ``intake poll`` with nothing new,
    which is its start-up cost;
(d) ``intake ingest`` of the same Maildir into a fresh database, and
    ``intake classify --json`` of it (no database).

With ``--baseline`` (another checkout, e.g. ``git archive main | tar -x -C
/tmp/base``) taking in is also timed for that code, and with ``--repeats N``
the raw fetch and each code's taking in run N times, alternating (a busy
machine slows whichever runs at that moment; CPU seconds barely move).

Every intake run is a separate process timed from start to exit, with its CPU
seconds and the peak memory of its whole process tree (the sum of PSS, so pages the forked workers
share with their parent count once). Prints messages/s, the ratios to the raw
fetch, and the peak memory. Needs Dovecot (``scripts/install-test-servers``);
everything is written under /tmp and removed.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from imapclient import IMAPClient  # noqa: E402  (path set above)
from mailgen import MailboxStats, write_maildir  # noqa: E402

from intake.analyse.classifier import load_classifier  # noqa: E402
from tests.integration.dovecot import DovecotServer, MailUser, write_config  # noqa: E402
from tests.integration.dovecot_files import mail_owner, make_tls_files  # noqa: E402

MODEL_CACHE = Path(tempfile.gettempdir()) / "intake-bench-model.pkl"
RSS_INTERVAL = 0.05


@dataclass(frozen=True)
class FetchRun:
    """One raw fetch of the whole folder; ``steady`` from the first batch's arrival."""

    messages: int
    bytes: int
    seconds: float
    steady: float  # seconds from the first reply to the last
    first_batch: int


@dataclass(frozen=True)
class Run:
    """One intake command: its last JSON line, time and peak memory."""

    report: dict
    seconds: float
    peak_rss: int  # bytes, whole process tree
    lines: int = 0  # JSON lines printed
    cpu: float = 0.0  # seconds, user and system, of the process and its waited children


def raw_fetch(
    server: DovecotServer, user: MailUser, batch_size: int, *, traced: bool = True
) -> FetchRun:
    """Fetch every body of INBOX with imapclient alone, ``batch_size`` UIDs a command.

    ``traced=False`` turns imaplib's trace off, as intake does (imapclient turns it
    on, and imaplib then formats every reply, bodies included, for a logger that
    drops it).
    """
    start = time.perf_counter()
    client = IMAPClient(server.host, port=server.plain_port, ssl=False, timeout=60)
    if not traced:
        client._imap.debug = 0
    client.login(user.name, user.password)
    client.select_folder("INBOX", readonly=True)
    uids = client.search("ALL")
    count = size = 0
    first_at, first = 0.0, 0
    for first_uid in range(0, len(uids), batch_size):
        reply = client.fetch(uids[first_uid : first_uid + batch_size], ["BODY.PEEK[]"])
        count += len(reply)
        size += sum(len(item[b"BODY[]"]) for item in reply.values())
        if not first:
            first_at, first = time.perf_counter(), count
    last_at = time.perf_counter()
    client.logout()
    return FetchRun(count, size, time.perf_counter() - start, last_at - first_at, first)


def intake(config: Path, *args: str, code: Path = ROOT) -> Run:
    """Run ``intake ARGS --json`` once with the code of checkout ``code``; time it, its CPU,
    and sample its tree's memory."""
    command = [str(ROOT / ".venv" / "bin" / "intake"), "--config", str(config), *args, "--json"]
    env = {**os.environ, "PYTHONPATH": str(code)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    peak = [0]
    sampler = threading.Thread(target=_sample_rss, args=(process, peak), daemon=True)
    sampler.start()
    out, err = process.communicate()
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    sampler.join()
    if process.returncode != 0:
        raise RuntimeError(f"intake {args} failed ({process.returncode}):\n{err.decode()[-2000:]}")
    lines = out.decode().strip().splitlines()
    report = json.loads(lines[-1]) if lines else {}
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return Run(report, seconds, peak[0], len(lines), cpu)


def _sample_rss(process: subprocess.Popen[bytes], peak: list[int]) -> None:
    """Keep the highest summed memory of ``process`` and its descendants until it exits."""
    while process.poll() is None:
        peak[0] = max(peak[0], sum(_rss(pid) for pid in _tree(process.pid)))
        time.sleep(RSS_INTERVAL)


def _tree(pid: int) -> list[int]:
    pids, index = [pid], 0
    while index < len(pids):
        for task in Path(f"/proc/{pids[index]}/task").glob("*/children"):
            with contextlib.suppress(OSError):
                pids.extend(int(child) for child in task.read_text().split())
        index += 1
    return pids


def _rss(pid: int) -> int:
    """Proportional set size: the workers' pages shared with their parent count once."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def take_in_steady(database: Path) -> tuple[int, float]:
    """Messages after the first batch, and seconds from the first batch's taking in
    to the last batch's commit (the inbox's ``taken_at``, the checkpoint's ``updated_at``)."""
    with contextlib.closing(sqlite3.connect(database)) as connection:
        total, first_at = connection.execute("SELECT count(*), min(taken_at) FROM inbox").fetchone()
        (first,) = connection.execute(
            "SELECT count(*) FROM inbox WHERE taken_at = ?", (first_at,)
        ).fetchone()
        (last_at,) = connection.execute("SELECT max(updated_at) FROM imap_checkpoints").fetchone()
    seconds = (datetime.fromisoformat(last_at) - datetime.fromisoformat(first_at)).total_seconds()
    return total - first, seconds


def prepare(root: Path, count: int, seed: int) -> tuple[DovecotServer, MailUser, MailboxStats]:
    """A private Dovecot whose user ``seller`` has ``count`` generated messages in INBOX."""
    tls_folder = root / "tls"
    tls_folder.mkdir()
    server_root = root / "dovecot"
    server_root.mkdir()
    server = DovecotServer(server_root, make_tls_files(tls_folder))
    user = server.add_user("seller")
    maildir = server_root / "home" / user.name / "Maildir"
    stats = write_maildir(maildir, count, seed=seed, owner=mail_owner())
    server.start()
    return server, user, stats


@dataclass(frozen=True)
class TakeIn:
    """The raw fetches and taking in, with its start-up and steady state."""

    fetch: FetchRun
    untraced: FetchRun
    take_in: Run
    idle_take_in: Run
    steady: tuple[int, float]  # messages after the first batch, seconds


@dataclass(frozen=True)
class Analysis:
    """The runs after taking in."""

    analyse: Run
    poll: Run
    idle: Run
    ingest: Run
    classify: Run


def take_in_rounds(
    root: Path,
    server: DovecotServer,
    user: MailUser,
    extra: str,
    codes: dict[str, Path],
    args: argparse.Namespace,
) -> dict[str, list[TakeIn]]:
    """``args.repeats`` rounds of: the raw fetches, then each code's taking in (into a fresh
    database) and its idle poll, the codes' order alternating from round to round. This
    code's last database stays in ``root / "take-in"`` for the analysis."""
    found: dict[str, list[TakeIn]] = {name: [] for name in codes}
    for round_ in range(args.repeats):
        fetch = raw_fetch(server, user, args.batch_size)
        untraced = raw_fetch(server, user, args.batch_size, traced=False)
        order = list(codes.items()) if round_ % 2 == 0 else list(codes.items())[::-1]
        for name, code in order:
            folder = root / ("take-in" if code == ROOT else f"take-in-{name}")
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            config = write_config(folder, server, user, MODEL_CACHE, extra=extra)
            take_in = intake(config, "poll", "--take-in-only", code=code)
            steady = take_in_steady(folder / "intake.db")
            idle = intake(config, "poll", "--take-in-only", code=code)  # nothing new: start-up
            found[name].append(TakeIn(fetch, untraced, take_in, idle, steady))
    return found


def take_in_ratio(stats: MailboxStats, runs: TakeIn) -> float:
    """Taking in, start to exit, against the raw fetch of the same round."""
    return (stats.messages / runs.take_in.seconds) / (runs.fetch.messages / runs.fetch.seconds)


def report_rounds(stats: MailboxStats, rounds: dict[str, list[TakeIn]]) -> str:
    """Each code's taking in over the rounds: ratio to the round's raw fetch (start to exit),
    wall-clock and CPU seconds of the take-in and of the idle poll; medians and the best."""
    lines = ["round  code          raw msg/s  take-in s  ratio  CPU s  idle s  idle CPU s"]
    for round_ in range(len(next(iter(rounds.values())))):
        for name, runs in rounds.items():
            run = runs[round_]
            lines.append(
                f"{round_ + 1:>5}  {name:<12}{run.fetch.messages / run.fetch.seconds:>10.0f}"
                f"{run.take_in.seconds:>11.2f}{take_in_ratio(stats, run):>7.2f}"
                f"{run.take_in.cpu:>7.2f}{run.idle_take_in.seconds:>8.2f}"
                f"{run.idle_take_in.cpu:>12.2f}"
            )
    for name, runs in rounds.items():
        ratios = [take_in_ratio(stats, run) for run in runs]
        lines.append(
            f"{name}: ratio median {statistics.median(ratios):.2f}, best {max(ratios):.2f};"
            f" take-in CPU median {statistics.median(run.take_in.cpu for run in runs):.2f} s,"
            f" idle poll median {statistics.median(run.idle_take_in.seconds for run in runs):.2f}"
            f" s ({statistics.median(run.idle_take_in.cpu for run in runs):.2f} s CPU)"
        )
    return "\n".join(lines)


def report_take_in(stats: MailboxStats, runs: TakeIn) -> str:
    """Taking in against the raw fetch, as the README's performance table shows them."""
    n = stats.messages
    raw = runs.fetch.messages / runs.fetch.seconds
    raw_steady = (runs.fetch.messages - runs.fetch.first_batch) / runs.fetch.steady
    untraced = runs.untraced.messages / runs.untraced.seconds
    untraced_steady = (runs.untraced.messages - runs.untraced.first_batch) / runs.untraced.steady
    take_in = n / runs.take_in.seconds
    messages, seconds = runs.steady
    steady = messages / seconds
    return "\n".join(
        [
            f"mailbox: {n} messages, {stats.total_bytes / 2**20:.0f} MiB "
            f"({stats.total_bytes / n / 1024:.1f} KiB a message, "
            f"attachments {stats.attachment_bytes / stats.total_bytes:.0%} of the bytes, "
            f"{stats.with_attachment} with attachments, {stats.ordinary} not from Amazon)",
            f"raw fetch (imapclient, BODY.PEEK[]):  {raw:7.0f} msg/s  1.00; "
            f"steady {raw_steady:.0f} msg/s",
            f"  the same, imaplib's trace off:      {untraced:7.0f} msg/s  {untraced / raw:.2f}; "
            f"steady {untraced_steady:.0f} msg/s",
            f"intake poll --take-in-only:           {take_in:7.0f} msg/s  "
            f"{take_in / raw:.2f} (target >= 0.80), {take_in / untraced:.2f} of the untraced "
            f"fetch, start to exit; {mem(runs.take_in)}",
            f"  steady (first batch to last commit): {steady:6.0f} msg/s  "
            f"{steady / raw_steady:.2f} of the raw fetch's steady rate, "
            f"{steady / untraced_steady:.2f} of the untraced one",
            f"start-up (take-in poll, nothing new): {runs.idle_take_in.seconds:.2f} s",
        ]
    )


def report_analysis(stats: MailboxStats, fetch: FetchRun, runs: Analysis) -> str:
    """The analysis and end-to-end figures, against the same raw fetch."""
    n = stats.messages
    raw = fetch.messages / fetch.seconds

    def rate(run: Run) -> float:
        return n / run.seconds

    steady = n / max(1e-9, runs.poll.seconds - runs.idle.seconds)
    return "\n".join(
        [
            f"intake analyse (that backlog):        {rate(runs.analyse):7.0f} msg/s  "
            f"{rate(runs.analyse) / raw:.2f}; {mem(runs.analyse)}",
            f"intake poll (end to end):             {rate(runs.poll):7.0f} msg/s  "
            f"{rate(runs.poll) / raw:.2f} (target >= 0.35); "
            f"{steady / raw:.2f} without start-up; {mem(runs.poll)} "
            f"({runs.poll.report.get('stored')} stored)",
            cpu_bound(n, raw, runs.poll),
            f"start-up (intake poll, nothing new):  {runs.idle.seconds:.2f} s",
            f"intake ingest (the Maildir):          {rate(runs.ingest):7.0f} msg/s; "
            f"{mem(runs.ingest)}",
            f"intake classify --json:               {n / runs.classify.seconds:7.0f} msg/s; "
            f"{mem(runs.classify)}",
        ]
    )


def cpu_bound(n: int, raw: float, poll: Run) -> str:
    """What the end-to-end run's own CPU cost allows on this machine's cores.

    Every core kept busy with nothing else (Dovecot's share not counted) is the most
    any scheduling could give; the target's rate, against the same raw fetch, shows
    how much CPU a message it leaves.
    """
    cores = os.cpu_count() or 1
    per_message = poll.cpu / n
    most = cores / per_message
    target = cores / (0.35 * raw)
    return (
        f"  CPU {per_message * 1e3:.2f} ms a message: {cores} cores allow at most "
        f"{most:.0f} msg/s = {most / raw:.2f} of the raw fetch; 0.35 of it would leave "
        f"{target * 1e3:.2f} ms a message"
    )


def mem(run: Run) -> str:
    """A run's peak memory, as the report prints it."""
    return f"peak {run.peak_rss / 2**20:.0f} MB"


def main() -> None:
    """Generate, serve, measure, print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=5_000)
    parser.add_argument("--batch-size", type=int, default=100)
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument(
        "--only", choices=["take-in"], help="only the raw fetches and taking in (a minute)"
    )
    parser.add_argument("--keep", action="store_true", help="keep the folder under /tmp")
    parser.add_argument("--baseline", type=Path, help="a checkout whose taking in is timed too")
    parser.add_argument(
        "--repeats", type=int, default=1, help="raw fetch and taking in runs, alternating"
    )
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="intake-bench-"))
    root.chmod(0o755)
    load_classifier(MODEL_CACHE, 0.6)  # trains once and caches, outside the timing
    try:
        started = time.perf_counter()
        server, user, stats = prepare(root, args.messages, args.seed)
        print(f"generated in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        try:
            raw_fetch(server, user, args.batch_size)  # warm Dovecot's index and the page cache
            extra = f"batch_size = {args.batch_size}\nsenders = []\n"
            codes = {"this code": ROOT}
            if args.baseline is not None:
                codes["baseline"] = args.baseline.resolve()
            rounds = take_in_rounds(root, server, user, extra, codes, args)
            mine = rounds["this code"]
            middle = sorted(mine, key=lambda runs: take_in_ratio(stats, runs))[len(mine) // 2]
            print(report_take_in(stats, middle))
            if len(mine) > 1 or len(rounds) > 1:
                print(report_rounds(stats, rounds))
            fetch, first = middle.fetch, root / "take-in"
            config = first / "intake.toml"
            if args.only == "take-in":
                return
            analyse = intake(config, "analyse")
            second = root / "end-to-end"
            second.mkdir()
            config = write_config(second, server, user, MODEL_CACHE, extra=extra)
            poll = intake(config, "poll")
            idle = intake(config, "poll")  # nothing new: start-up, model load, login, search
        finally:
            server.kill()
        maildir = root / "dovecot" / "home" / user.name / "Maildir"
        third = root / "files"
        third.mkdir()
        config = write_config(third, server, user, MODEL_CACHE, extra=extra)
        ingest = intake(config, "ingest", str(maildir))
        classify = intake(config, "classify", str(maildir))
        print(report_analysis(stats, fetch, Analysis(analyse, poll, idle, ingest, classify)))
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)
        elif os.environ.get("INTAKE_BENCH_QUIET") is None:
            print(f"kept {root}", file=sys.stderr)


if __name__ == "__main__":
    main()
