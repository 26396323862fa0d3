"""How fast does intake take in a large mailbox, against what IMAP alone can deliver?

Run: .venv/bin/python bench/imap_backfill.py [--messages 5000] [--batch-size 100]

Generates a seller's mailbox (``bench/mailgen.py``) into a private Dovecot
(the test suite's ``DovecotServer``), then measures in the same run:

(a) the raw fetch rate: imapclient alone, ``BODY.PEEK[]`` in batches, nothing
    else (after one untimed pass, so both runs read a warm server);
(b) taking in: ``intake poll --take-in-only`` into a fresh SQLite database (raw
    mail stored compressed with its checkpoint, nothing parsed), then
    ``intake analyse`` of that backlog;
(c) intake's end-to-end backfill: ``intake poll`` into another fresh SQLite
    database (take in, then parse, classify, case, store), with ``senders = []``
    (every message is taken), and a second ``intake poll`` with nothing new,
    which is its start-up cost;
(d) ``intake ingest`` of the same Maildir into a fresh database, and
    ``intake classify --json`` of it (no database).

Every intake run is a separate process timed from start to exit, with the peak
memory of its whole process tree (the sum of PSS, so pages the forked workers
share with their parent count once). Prints messages/s, the ratios to the raw
fetch, and the peak memory. Needs Dovecot (``scripts/install-test-servers``);
everything is written under /tmp and removed.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
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
    """One raw fetch of the whole folder."""

    messages: int
    bytes: int
    seconds: float


@dataclass(frozen=True)
class Run:
    """One intake command: its last JSON line, time and peak memory."""

    report: dict
    seconds: float
    peak_rss: int  # bytes, whole process tree
    lines: int = 0  # JSON lines printed


def raw_fetch(server: DovecotServer, user: MailUser, batch_size: int) -> FetchRun:
    """Fetch every body of INBOX with imapclient alone, ``batch_size`` UIDs a command."""
    start = time.perf_counter()
    client = IMAPClient(server.host, port=server.plain_port, ssl=False, timeout=60)
    client.login(user.name, user.password)
    client.select_folder("INBOX", readonly=True)
    uids = client.search("ALL")
    count = size = 0
    for first in range(0, len(uids), batch_size):
        reply = client.fetch(uids[first : first + batch_size], ["BODY.PEEK[]"])
        count += len(reply)
        size += sum(len(item[b"BODY[]"]) for item in reply.values())
    client.logout()
    return FetchRun(count, size, time.perf_counter() - start)


def intake(config: Path, *args: str) -> Run:
    """Run ``intake ARGS --json`` once; time it and sample its tree's memory."""
    command = [str(ROOT / ".venv" / "bin" / "intake"), "--config", str(config), *args, "--json"]
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    peak = [0]
    sampler = threading.Thread(target=_sample_rss, args=(process, peak), daemon=True)
    sampler.start()
    out, err = process.communicate()
    seconds = time.perf_counter() - start
    sampler.join()
    if process.returncode != 0:
        raise RuntimeError(f"intake {args} failed ({process.returncode}):\n{err.decode()[-2000:]}")
    lines = out.decode().strip().splitlines()
    report = json.loads(lines[-1]) if lines else {}
    return Run(report, seconds, peak[0], len(lines))


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
class Figures:
    """Every run of one bench."""

    fetch: FetchRun
    take_in: Run
    analyse: Run
    poll: Run
    idle: Run
    idle_take_in: Run
    ingest: Run
    classify: Run


def report(stats: MailboxStats, runs: Figures) -> str:
    """The figures, as the README's performance table shows them."""
    n = stats.messages
    raw = runs.fetch.messages / runs.fetch.seconds
    startup = runs.idle.seconds

    def rate(run: Run) -> float:
        return n / run.seconds

    def steady(run: Run, idle: Run = runs.idle) -> float:
        return n / max(1e-9, run.seconds - idle.seconds)

    def mem(run: Run) -> str:
        return f"peak {run.peak_rss / 2**20:.0f} MB"

    lines = [
        f"mailbox: {n} messages, {stats.total_bytes / 2**20:.0f} MiB "
        f"({stats.total_bytes / n / 1024:.1f} KiB a message, "
        f"attachments {stats.attachment_bytes / stats.total_bytes:.0%} of the bytes, "
        f"{stats.with_attachment} with attachments, {stats.ordinary} not from Amazon)",
        f"raw fetch (imapclient, BODY.PEEK[]):  {raw:7.0f} msg/s  1.00",
        f"intake poll --take-in-only:           {rate(runs.take_in):7.0f} msg/s  "
        f"{rate(runs.take_in) / raw:.2f} (target >= 0.80); "
        f"{steady(runs.take_in, runs.idle_take_in) / raw:.2f} without start-up; "
        f"{mem(runs.take_in)}",
        f"intake analyse (that backlog):        {rate(runs.analyse):7.0f} msg/s  "
        f"{rate(runs.analyse) / raw:.2f}; {mem(runs.analyse)}",
        f"intake poll (end to end):             {rate(runs.poll):7.0f} msg/s  "
        f"{rate(runs.poll) / raw:.2f} (target >= 0.35); "
        f"{steady(runs.poll) / raw:.2f} without start-up; {mem(runs.poll)} "
        f"({runs.poll.report.get('stored')} stored)",
        f"start-up (intake poll, nothing new):  {startup:.2f} s; "
        f"with --take-in-only {runs.idle_take_in.seconds:.2f} s",
        f"intake ingest (the Maildir):          {rate(runs.ingest):7.0f} msg/s; {mem(runs.ingest)}",
        f"intake classify --json:               {n / runs.classify.seconds:7.0f} msg/s; "
        f"{mem(runs.classify)}",
    ]
    return "\n".join(lines)


def main() -> None:
    """Generate, serve, measure, print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=5_000)
    parser.add_argument("--batch-size", type=int, default=100)
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument("--keep", action="store_true", help="keep the folder under /tmp")
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
            fetch = raw_fetch(server, user, args.batch_size)
            extra = f"batch_size = {args.batch_size}\nsenders = []\n"
            first = root / "take-in"
            first.mkdir()
            config = write_config(first, server, user, MODEL_CACHE, extra=extra)
            take_in = intake(config, "poll", "--take-in-only")
            idle_take_in = intake(config, "poll", "--take-in-only")  # nothing new: start-up
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
        runs = Figures(fetch, take_in, analyse, poll, idle, idle_take_in, ingest, classify)
        print(report(stats, runs))
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)
        elif os.environ.get("INTAKE_BENCH_QUIET") is None:
            print(f"kept {root}", file=sys.stderr)


if __name__ == "__main__":
    main()
