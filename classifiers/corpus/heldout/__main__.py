"""Regenerate the held-out ``.eml`` files: ``python -m classifiers.corpus.heldout [ROOT]``."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from classifiers.corpus.heldout import DEFAULT_ROOT, write_corpus


def main(argv: list[str]) -> int:
    """Write the corpus under ROOT (default: classifiers/corpus/data/heldout) and count it."""
    root = Path(argv[0]) if argv else DEFAULT_ROOT
    paths = write_corpus(root)
    counts = Counter(path.parent.name for path in paths)
    size = sum(path.stat().st_size for path in paths)
    for label, count in counts.items():
        print(f"{label:24} {count}")
    print(f"{'total':24} {len(paths)} files, {size / 1024:.0f} KiB under {root}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
