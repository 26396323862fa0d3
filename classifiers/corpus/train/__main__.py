"""Regenerate the training corpus: ``python -m classifiers.corpus.train [--seed N] [--out DIR]``."""

from __future__ import annotations

import argparse
from pathlib import Path

from .assemble import DEFAULT_SEED, build_corpus, write_corpus

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "train"


def main(argv: list[str] | None = None) -> int:
    """Write the corpus and print one line per label with its count."""
    parser = argparse.ArgumentParser(prog="python -m classifiers.corpus.train")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--out", type=Path, default=DATA_DIR)
    args = parser.parse_args(argv)
    counts = write_corpus(args.out, build_corpus(args.seed))
    for label, count in counts.items():
        print(f"{label}\t{count}")
    print(f"total\t{sum(counts.values())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
