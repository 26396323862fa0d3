"""CPU per stored message as one client's history grows, peak memory, and classify's rate.

Run: ``.venv/bin/python bench/history.py [--messages 50000] [--model PATH]``

Prints (issue 14): CPU ms per message through the storing path (the pure
analysis, then storing, resent detection and grouping into a fresh SQLite
database, batches of 100 as ``intake ingest`` makes them; of storing, the
re-send look-up and grouping apart) for the first 1,000 messages of one client
and for the 1,000 up to the 10,000th and the 50,000th, with each window's ratio
to the first; the process's peak RSS at the end; and
``intake classify --json`` messages per second over a folder of the same
mail (start-up excluded: the time of a one-file run is taken off). The mail is
``mailgen``'s, like a seller's inbox: Amazon notices of every label with fresh
IDs, HTML alternatives, attachments, 8% ordinary mail. All in one run, on
whatever else the machine is doing: compare the ratios, not the absolute
figures across runs.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import classifiers  # noqa: E402  (path set above so a checkout runs without install)
from bench.mailgen import generate  # noqa: E402
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


def classify_rate(folder: Path, count: int, model: Path) -> tuple[float, float]:
    """``intake classify --json`` over ``count`` files: (msg/s without start-up, with it)."""
    mail = folder / "classify"
    mail.mkdir()
    for n, (raw, _, _) in enumerate(generate(count, seed=7)):
        (mail / f"{n:06d}.eml").write_bytes(raw)
    config = folder / "intake.toml"
    config.write_text(f'[classifier]\nmodel_path = "{model}"\n', encoding="utf-8")
    intake = Path(sys.executable).with_name("intake")

    def run(target: Path) -> float:
        start = time.perf_counter()
        subprocess.run([str(intake), "--config", str(config), "classify", "--json", str(target)],
                       check=True, stdout=subprocess.DEVNULL)  # fmt: skip
        return time.perf_counter() - start

    startup = run(mail / "000000.eml")
    whole = run(mail)
    rate = count / (whole - startup) if whole > startup else float("nan")
    return rate, count / whole


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=50_000)
    parser.add_argument("--classify", type=int, default=5_000, help="files for classify's rate")
    default_model = Path(tempfile.gettempdir()) / "intake-bench-stages.model"
    parser.add_argument("--model", type=Path, default=default_model)
    args = parser.parse_args()
    model = classifiers.load_or_train(args.model)
    classifier = Classifier(model, threshold=0.6)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
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
        rate, with_startup = classify_rate(root, args.classify, args.model)
        print(f"intake classify --json, {args.classify:,} files: {rate:,.0f} msg/s"
              f" ({with_startup:,.0f} msg/s counting start-up)")  # fmt: skip


if __name__ == "__main__":
    main()
