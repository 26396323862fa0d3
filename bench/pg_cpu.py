"""How much CPU do PostgreSQL's backends spend per message taken in and stored?

Run: .venv/bin/python bench/pg_cpu.py [--messages 1000] [--rounds 2] [--compare-storage]

In this process, against a fresh PostgreSQL database each time (127.0.0.1:5432, or
``INTAKE_TEST_PG_URL``): takes ``--messages`` generated messages (``bench/mailgen.py``)
into the inbox in batches of 100, as an IMAP account does, then drains them
(``intake.ingest.drain``, the analysis in this process), and reads the CPU of the
database's backends from ``/proc`` (``proc_cpu``) around each step, and this
process's own CPU around the drain (the worker's side of it: analysis and
storing). On a shared machine these CPU seconds hold where wall-clock times do not. With
``--compare-storage`` each round also runs with the raw bytes stored as before
migration 0012 (``inbox.data`` and ``raw_messages.data`` compressed by PostgreSQL),
alternating, and prints the ratio.

Every database it creates is dropped at the end.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from mailgen import generate  # noqa: E402  (path set above)
from proc_cpu import Watch, postgres_backends  # noqa: E402
from sqlalchemy import text  # noqa: E402
from workers import Code, drop_database, fresh_database  # noqa: E402

from intake.analyse.classifier import Classifier, load_classifier  # noqa: E402
from intake.ingest.drain import DrainOptions, drain  # noqa: E402
from intake.mail.notice import Origin, RawMessage  # noqa: E402
from intake.store import inbox, open_store, repo  # noqa: E402

MODEL_CACHE = Path(tempfile.gettempdir()) / "intake-bench-model.pkl"
BATCH = 100  # messages per take-in transaction, as an IMAP batch
BEFORE_0012 = (
    "ALTER TABLE inbox ALTER COLUMN data SET STORAGE EXTENDED",
    "ALTER TABLE raw_messages ALTER COLUMN data SET STORAGE EXTENDED",
)


def measure(
    raws: list[RawMessage], classifier: Classifier, before: tuple[str, ...]
) -> tuple[float, float, float]:
    """CPU seconds per message: PostgreSQL's (taking in, draining), and this process's
    draining."""
    database = f"intake_pgcpu_{uuid.uuid4().hex[:8]}"
    url = fresh_database(database, Code("this code"))
    try:
        store = open_store(url)
        with store.engine.begin() as connection:
            for statement in before:
                connection.execute(text(statement))
        watch = Watch({"postgres": postgres_backends(database)}, period=0.05)
        start = watch.reading()
        for first in range(0, len(raws), BATCH):
            with store.session() as session:
                client_id = repo.ensure_client(session, "bench")
                inbox.take_in(session, client_id, None, raws[first : first + BATCH], ids=False)
        taken, mine = watch.reading(), time.process_time()
        drain(store, classifier, DrainOptions(helper=False))
        drained, mine = watch.reading(), time.process_time() - mine
        watch.close()
        store.close()
    finally:
        drop_database(database)
    cpu_in = (taken - start).groups["postgres"]
    cpu_drain = (drained - taken).groups["postgres"]
    return cpu_in / len(raws), cpu_drain / len(raws), mine / len(raws)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--compare-storage", action="store_true")
    args = parser.parse_args()
    classifier = load_classifier(MODEL_CACHE, 0.6)
    raws = [
        RawMessage(raw, Origin("file", path=f"bench#{n}"))
        for n, (raw, _attachment, _amazon) in enumerate(generate(args.messages))
    ]
    size = statistics.mean(len(raw.raw) for raw in raws)
    print(f"{len(raws)} messages, {size / 1024:.1f} KiB each on average")
    variants = {"head": ()} | ({"before 0012": BEFORE_0012} if args.compare_storage else {})
    totals: dict[str, list[float]] = {name: [] for name in variants}
    for round_ in range(args.rounds):
        for name, before in variants.items():
            cpu_in, cpu_drain, mine = measure(raws, classifier, before)
            totals[name].append(cpu_in + cpu_drain)
            print(
                f"round {round_ + 1}, {name}: PostgreSQL CPU ms per message:"
                f" take in {cpu_in * 1000:.3f}, drain {cpu_drain * 1000:.3f},"
                f" total {(cpu_in + cpu_drain) * 1000:.3f};"
                f" this process's draining {mine * 1000:.2f}"
            )
    if args.compare_storage:
        ratios = [new / old for new, old in zip(totals["head"], totals["before 0012"], strict=True)]
        print(
            "head / before 0012, PostgreSQL CPU per message:", ", ".join(f"{r:.2f}" for r in ratios)
        )


if __name__ == "__main__":
    main()
