"""Write the training corpus: every family of every module, several variants each.

    python -m classifiers.corpus.generate [--out DIR] [--seed S]

Files go to ``<out>/train/<label>/<family-id>--<NNN>.eml`` (``family_of`` reads the
family back from the name). Each variant has its own generator seeded by
``"<seed>:<family-id>:<n>"``, so a file's bytes depend only on its family and
number, never on which other families exist. The number of variants per family
keeps the labels balanced: a label's families share about ``PER_LABEL`` files,
each family between ``MIN_VARIANTS`` and ``MAX_VARIANTS``.
"""

from __future__ import annotations

import argparse
import math
import random
import shutil
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from .families import Family, all_families
from .forms import SHAPES, choose_forms, message_bytes
from .render import render

SEED = "intake-corpus-v2"
PER_LABEL = 600
MIN_VARIANTS = 8
MAX_VARIANTS = 60


def variant_counts(families: Iterable[Family]) -> dict[str, int]:
    """How many variants each family gets, so every label has about ``PER_LABEL`` files."""
    families = list(families)
    per_label = Counter(family.label for family in families)
    return {
        family.id: max(
            MIN_VARIANTS, min(MAX_VARIANTS, math.ceil(PER_LABEL / per_label[family.label]))
        )
        for family in families
    }


def variant(family: Family, index: int, seed: str = SEED) -> tuple[tuple[str, ...], bytes]:
    """The forms and bytes of variant ``index`` of a family."""
    rng = random.Random(f"{seed}:{family.id}:{index}")
    order = list(SHAPES)
    random.Random(f"{seed}:{family.id}:shapes").shuffle(order)
    forms = choose_forms(rng, index, order)
    letter = render(family, rng)
    return forms, message_bytes(letter, forms, rng)


def file_name(family: Family, index: int) -> str:
    """``<label>/<family-id>--<NNN>.eml``."""
    return f"{family.label}/{family.id}--{index:03d}.eml"


def write_corpus(out: Path, seed: str = SEED, families: tuple[Family, ...] | None = None) -> int:
    """Replace ``<out>/train`` with a freshly generated corpus; returns the number of files.

    ``families`` defaults to every family of every module (tests pass a few).
    """
    families = all_families() if families is None else families
    problems = [problem for family in families for problem in family.problems()]
    if problems:
        raise ValueError("families cannot be rendered: " + "; ".join(problems[:5]))
    train = out / "train"
    if train.exists():
        shutil.rmtree(train)
    counts = variant_counts(families)
    written = 0
    for family in families:
        for index in range(1, counts[family.id] + 1):
            path = train / file_name(family, index)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(variant(family, index, seed)[1])
            written += 1
    return written


def main(argv: list[str] | None = None) -> None:
    """Command line: regenerate the shipped corpus (or another folder)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "data")
    parser.add_argument("--seed", default=SEED)
    args = parser.parse_args(argv)
    count = write_corpus(args.out, args.seed)
    print(f"wrote {count} messages to {args.out / 'train'}")


if __name__ == "__main__":
    main()
