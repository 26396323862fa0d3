"""CPU per stored message as one client's history grows, peak memory, and classify's rate.

Run: ``.venv/bin/python bench/history.py [--messages 50000] [--classify 5000] [--model PATH]
[--classify-only] [--baseline CHECKOUT] [--repeats N]``

Prints (issue 14): CPU ms per message through the storing path (the pure
analysis, then storing, resent detection and grouping into a fresh SQLite
database, batches of 100 as ``intake ingest`` makes them; of storing, the
re-send look-up and grouping apart) for the first 1,000 messages of one client
and for the 1,000 up to the 10,000th and the 50,000th, with each window's ratio
to the first; the process's peak RSS at the end; and
``intake classify --json`` messages per second over a Maildir of the same
mail, each run a fresh process: without start-up (the time of a one-message run
is taken off) and with it, and CPU ms per message of the process and its workers,
on every core and with ``--jobs 1``, and for the code of ``--baseline`` (another
checkout, e.g. ``git archive main | tar -x -C /tmp/base``) on the same mail, runs
alternating, the fastest of ``--repeats`` of each. ``--classify-only`` prints
only those. The mail is
``mailgen``'s, like a seller's inbox: Amazon notices of every label with fresh
IDs, HTML alternatives, attachments, 8% ordinary mail. All in one run, on
whatever else the machine is doing: compare the ratios, not the absolute
figures across runs.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import classifiers  # noqa: E402  (path set above so a checkout runs without install)
from bench.mailgen import generate, write_maildir  # noqa: E402
from intake.analyse.classifier import Classifier  # noqa: E402
from intake.analyse.stages import analyse  # noqa: E402
from intake.ingest import pipeline  # noqa: E402
from intake.mail.notice import Origin, RawMessage  # noqa: E402
from intake.store import open_store  # noqa: E402

BATCH = 100
WINDOW = 1000
CLIENT = "bench-seller"


class StageClock:
    """CPU seconds spent inside pipeline functions (wrapped for the run), per batch."""

    def __init__(self, names: tuple[str, ...]) -> None:
        self.names, self.spent = names, dict.fromkeys(names, 0.0)
        self.originals = {name: getattr(pipeline, name) for name in names}
        for name in names:
            setattr(pipeline, name, self._timed(name, self.originals[name]))

    def _timed(self, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                self.spent[name] += time.process_time() - start

        return timed

    def take(self) -> tuple[float, ...]:
        """The seconds spent in each function since the last call."""
        taken = tuple(self.spent[name] for name in self.names)
        self.spent = dict.fromkeys(self.names, 0.0)
        return taken

    def restore(self) -> None:
        for name, function in self.originals.items():
            setattr(pipeline, name, function)


def store_all(url: str, count: int, classifier: Classifier) -> list[tuple[float, ...]]:
    """Analyse and store ``count`` messages; CPU seconds per batch: analysis, storing, and of
    storing the re-send look-up (``_resent``) and grouping (``_case_for``)."""
    store = open_store(url)
    ctx = pipeline.IngestContext(client=CLIENT, classifier=classifier)
    clock = StageClock(("_resent", "_case_for"))
    spent: list[tuple[float, ...]] = []
    batch: list[RawMessage] = []
    try:
        for n, (raw, _, _) in enumerate(generate(count)):
            batch.append(RawMessage(raw, Origin(kind="file", path=f"mail/{n}.eml")))
            if len(batch) == BATCH or n == count - 1:
                start = time.process_time()
                analyses = analyse(batch, classifier, for_storage=True)
                analysed = time.process_time()
                with store.session() as session:
                    pipeline.store_analyses(session, analyses, ctx)
                spent.append((analysed - start, time.process_time() - analysed, *clock.take()))
                batch = []
    finally:
        clock.restore()
        store.close()
    return spent


def window_ms(spent: list[tuple[float, ...]], end: int) -> list[float]:
    """Each figure of ``store_all`` in CPU ms per message over the ``WINDOW`` before ``end``."""
    batches = spent[(end - WINDOW) // BATCH : end // BATCH]
    return [1000 * sum(column) / WINDOW for column in zip(*batches, strict=True)]


@dataclass(frozen=True)
class ClassifyRun:
    """One ``intake classify --json`` process: wall-clock seconds, and CPU seconds of it
    and of the workers it started."""

    seconds: float
    cpu: float


class ClassifyBench:
    """``intake classify --json`` over a Maildir of ``count`` messages, in fresh processes.

    ``source`` runs another checkout's code (``PYTHONPATH``) with this interpreter, so a
    baseline and this code are timed on the same mail in the same run.
    """

    def __init__(self, folder: Path, count: int, model: Path) -> None:
        self.count = count
        self.maildir = folder / "Maildir"
        write_maildir(self.maildir, count, seed=7)
        self.one = next((self.maildir / "cur").iterdir())
        self.folder, self.model = folder, model
        self.configs: dict[Path, Path] = {}

    def config(self, source: Path) -> Path:
        """``source``'s own config, in a folder of its own: the default database a checkout
        may make there (to read corrections) is migrated by that checkout's code only, so
        a baseline from before a migration never meets a database migrated past it."""
        if source not in self.configs:
            config = self.folder / f"config-{len(self.configs)}" / "intake.toml"
            config.parent.mkdir()
            config.write_text(f'[classifier]\nmodel_path = "{self.model}"\n', encoding="utf-8")
            self.configs[source] = config
        return self.configs[source]

    def run(self, source: Path, *args: str, whole: bool = True) -> ClassifyRun:
        """One run of the code in ``source`` over the Maildir (or one message of it)."""
        target = self.maildir if whole else self.one
        command = [sys.executable, "-c", "from intake.cli import main; main()", "--config",
                   str(self.config(source)), "classify", "--json", *args, str(target)]  # fmt: skip
        env = {**os.environ, "PYTHONPATH": str(source)}
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        # Run from the mail's folder: ``-c`` puts the working directory first on sys.path,
        # which from a checkout would shadow ``source``.
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=env, cwd=target.parent)
        seconds = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
        return ClassifyRun(seconds, cpu)

    def line(self, name: str, whole: ClassifyRun, startup: ClassifyRun) -> str:
        """Rates without and with start-up, CPU ms per message (start-up excluded)."""
        rate = self.count / (whole.seconds - startup.seconds)
        cpu = 1000 * (whole.cpu - startup.cpu) / self.count
        return (f"{name:<28}{rate:>9,.0f}{self.count / whole.seconds:>11,.0f}{cpu:>11.2f}"
                f"{startup.seconds:>10.2f}{startup.cpu:>10.2f}")  # fmt: skip


def classify_rates(
    folder: Path, count: int, model: Path, baseline: Path | None, repeats: int
) -> None:
    """Print ``intake classify --json`` rates over a Maildir of ``count`` messages: this code on
    every core and with ``--jobs 1``, and ``baseline``'s code if given; runs alternate, and
    each figure is the fastest of ``repeats`` (the least disturbed by other work)."""
    bench = ClassifyBench(folder, count, model)
    here = Path(__file__).resolve().parent.parent
    variants: list[tuple[str, Path, tuple[str, ...]]] = [("this code", here, ())]
    variants.append(("this code, --jobs 1", here, ("--jobs", "1")))
    if baseline is not None:
        variants.append(("baseline", baseline.resolve(), ()))
    runs: dict[str, list[tuple[ClassifyRun, ClassifyRun]]] = {name: [] for name, _, _ in variants}
    for _ in range(repeats):
        for name, source, args in variants:
            runs[name].append((bench.run(source, *args), bench.run(source, *args, whole=False)))
    print(f"intake classify --json, a Maildir of {count:,} messages (fastest of {repeats}):")
    print(f"{'':<28}{'msg/s':>9}{'with start':>11}{'CPU ms/msg':>11}{'start s':>10}"
          f"{'start CPU':>10}")  # fmt: skip
    best = {name: min(found, key=lambda pair: pair[0].seconds) for name, found in runs.items()}
    for name, (whole, startup) in best.items():
        print(bench.line(name, whole, startup))
    if baseline is not None:
        ours, theirs = best["this code"][0], best["baseline"][0]
        print(
            f"this code against the baseline: {theirs.seconds / ours.seconds:.2f}x the rate"
            f" (start-up included), {ours.cpu / theirs.cpu:.2f} of the CPU"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=50_000)
    parser.add_argument("--classify", type=int, default=5_000, help="messages for classify's rate")
    parser.add_argument("--classify-only", action="store_true", help="only classify's rate")
    parser.add_argument("--baseline", type=Path, help="a checkout whose classify is timed too")
    parser.add_argument("--repeats", type=int, default=1, help="classify runs of each code")
    default_model = Path(tempfile.gettempdir()) / "intake-bench-stages.model"
    parser.add_argument("--model", type=Path, default=default_model)
    args = parser.parse_args()
    model = classifiers.load_or_train(args.model)
    classifier = Classifier(model, threshold=0.6)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        if args.classify_only:
            classify_rates(root, args.classify, args.model, args.baseline, args.repeats)
            return
        spent = store_all(f"sqlite:///{root / 'history.db'}", args.messages, classifier)
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"one client, {args.messages:,} messages stored in batches of {BATCH};"
              f" CPU ms per message over {WINDOW:,} messages")  # fmt: skip
        print(f"{'up to':>10}{'analysis':>10}{'storing':>10}{'(resent':>10}{'grouping)':>10}"
              f"{'total':>10}{'vs first':>10}")  # fmt: skip
        first = sum(window_ms(spent, WINDOW)[:2])
        for end in sorted(
            {e for e in (WINDOW, 10_000, 50_000, args.messages) if e <= args.messages}
        ):
            analysis, storing, resent, grouping = window_ms(spent, end)
            total = analysis + storing
            print(f"{end:>10,}{analysis:>10.2f}{storing:>10.2f}{resent:>10.2f}{grouping:>10.2f}"
                  f"{total:>10.2f}{total / first:>10.2f}")  # fmt: skip
        print(f"peak RSS of this process: {rss:.0f} MB")
        if args.classify > 0:  # --classify 0: the storing figures only
            classify_rates(root, args.classify, args.model, args.baseline, args.repeats)


if __name__ == "__main__":
    main()
