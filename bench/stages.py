"""CPU per message of each pure analysis stage, against its budget (issue 14).

Run: ``.venv/bin/python bench/stages.py [--messages 2000] [--model PATH]``

Builds mail like Amazon's with ``mailgen`` (demo samples and corpus notices with
fresh IDs, HTML alternatives and attachments), then times each stage over all
of it: parse, facts, authenticity, resent key and the model; "parse, mail-parser
whole" is the same run's baseline, every message read whole by ``MailParser`` as
before the quick path (``intake.mail.mailview``). The resent key is timed as
``analyse`` makes it, with the screen words the facts found in the notice
(``facts_and_words``), and, for comparison, scanning its text again. Figures are CPU
time (``time.process_time``), best of ``--repeats`` runs, in ms per message;
the fact extractors keep what they worked out for the pieces, sentences and clauses a
mailbox repeats, so "facts, first pass" is their first pass over the mail (what one
``intake classify`` of it costs), "facts" a later one;
"of budget" is the measured time over the stage's budget, both from this run,
so a figure above 1.00 is a stage over its budget. The model file is trained
once into ``--model`` (about a minute) and reused by later runs.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import classifiers  # noqa: E402  (path set above so a checkout runs without install)
from bench.mailgen import generate  # noqa: E402
from intake.analyse.classifier import notice_text  # noqa: E402
from intake.cases.resent import resent_key  # noqa: E402
from intake.extract import check_authenticity, extract_facts  # noqa: E402
from intake.extract.facts import facts_and_words  # noqa: E402
from intake.mail.notice import Notice  # noqa: E402
from intake.mail.parse import parse  # noqa: E402

#: Stage -> CPU ms per message it may use (issue 14, item 2).
BUDGET_MS = {
    "parse": 0.5,
    "parse, mail-parser whole": 0.5,
    "facts": 1.0,
    "facts, first pass": 1.0,
    "authenticity": 0.3,
    "resent key": 0.2,
    "resent key, text scanned again": 0.2,
    "model": 0.5,
}


def cpu_ms(run: Callable[[], object], count: int, repeats: int) -> float:
    """CPU milliseconds per message of the least disturbed of ``repeats`` runs."""
    best = float("inf")
    for _ in range(repeats):
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    return 1000 * best / count


def measure(raws: Sequence[bytes], model: classifiers.Model, repeats: int) -> dict[str, float]:
    """Each stage's CPU ms per message over ``raws``."""
    notices: list[Notice] = [parse(raw) for raw in raws]
    texts = [notice_text(notice) for notice in notices]
    count = len(raws)
    start = time.process_time()
    words = [facts_and_words(notice)[1] for notice in notices]
    first_facts = 1000 * (time.process_time() - start) / count
    return {
        "facts, first pass": first_facts,
        "parse": cpu_ms(lambda: [parse(raw) for raw in raws], count, repeats),
        "parse, mail-parser whole": cpu_ms(
            lambda: [parse(raw, quick=False) for raw in raws], count, repeats
        ),
        "facts": cpu_ms(lambda: [extract_facts(n) for n in notices], count, repeats),
        "authenticity": cpu_ms(lambda: [check_authenticity(n) for n in notices], count, repeats),
        "resent key": cpu_ms(
            lambda: [resent_key(t, w) for t, w in zip(texts, words, strict=True)], count, repeats
        ),
        "resent key, text scanned again": cpu_ms(
            lambda: [resent_key(t) for t in texts], count, repeats
        ),
        "model": cpu_ms(lambda: classifiers.predict_many(model, texts), count, repeats),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--repeats", type=int, default=3)
    default_model = Path(tempfile.gettempdir()) / "intake-bench-stages.model"
    parser.add_argument("--model", type=Path, default=default_model)
    args = parser.parse_args()
    raws = [raw for raw, _, _ in generate(args.messages)]
    model = classifiers.load_or_train(args.model)
    figures = measure(raws, model, args.repeats)
    size = sum(map(len, raws)) / len(raws) / 1024
    print(f"{len(raws)} messages like Amazon's, {size:.1f} KB on average; CPU ms per message")
    print(f"{'stage':<26}{'ms/msg':>9}{'budget':>9}{'of budget':>11}")
    for stage, spent in figures.items():
        budget = BUDGET_MS[stage]
        print(f"{stage:<26}{spent:>9.3f}{budget:>9.2f}{spent / budget:>11.2f}")
    whole = figures["parse, mail-parser whole"]
    print(f"parse / parse by mail-parser whole: {figures['parse'] / whole:.2f}")


if __name__ == "__main__":
    main()
