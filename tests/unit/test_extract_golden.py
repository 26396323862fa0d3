"""Golden facts: what extraction reads from every demo sample and corpus file, pinned.

``tests/golden/facts.jsonl`` was written by this module (``INTAKE_UPDATE_GOLDEN=1``)
before the extractors were rewritten for speed, and the rewrite had to give the same
answers for all of it. It stays as the reference: any change to what a real-looking
message yields (facts, authenticity verdict, resent key) shows up here as a diff to
review, and a deliberate change is recorded by writing the file again.

Each line is keyed by the file's path and the sha256 of its bytes. A file whose bytes
changed since the golden file was written (the corpus is regenerated from its families)
is skipped, not compared: it is a different input. The demo samples never are.
"""

from __future__ import annotations

import hashlib
import json
import os
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

import intake
from classifiers.corpus import __file__ as corpus_init
from intake.analyse.classifier import notice_text
from intake.cases.resent import resent_key
from intake.errors import ParseError
from intake.extract import check_authenticity, extract_facts
from intake.mail.parse import parse

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "facts.jsonl"
DEMO = Path(intake.__file__).parent / "samples" / "demo"
CORPUS = Path(corpus_init).parent / "data"
ROOTS = {"demo": DEMO, "corpus": CORPUS}


def _sources() -> Iterator[tuple[str, Path]]:
    for name, root in ROOTS.items():
        for path in sorted(root.rglob("*.eml")):
            yield f"{name}/{path.relative_to(root).as_posix()}", path


def record(raw: bytes) -> dict[str, object]:
    """Everything the pure analysis reads from one message, JSON-ready and compact."""
    try:
        notice = parse(raw)
    except ParseError as err:
        return {"error": str(err)}
    facts = {key: value for key, value in extract_facts(notice).to_dict().items() if value}
    key = resent_key(notice_text(notice))
    resent = key.to_dict()
    shingles = resent.pop("shingles")
    resent["shingles_crc"] = zlib.crc32(json.dumps(shingles).encode())
    return {
        "facts": facts,
        "suspicious": list(check_authenticity(notice).reasons),
        "resent": {name: value for name, value in resent.items() if value},
    }


def _entry(label: str, path: Path) -> dict[str, object]:
    raw = path.read_bytes()
    return {"file": label, "sha256": hashlib.sha256(raw).hexdigest()[:16], **record(raw)}


def _line(entry: dict[str, object]) -> str:
    return json.dumps(entry, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


def _golden() -> dict[str, dict[str, object]]:
    lines = GOLDEN.read_text(encoding="utf-8").splitlines()
    return {entry["file"]: entry for entry in map(json.loads, lines)}


@pytest.mark.skipif(not os.environ.get("INTAKE_UPDATE_GOLDEN"), reason="writes the golden file")
def test_write_golden_facts() -> None:
    entries = [_entry(label, path) for label, path in _sources()]
    text = "".join(_line(entry) for entry in entries)
    GOLDEN.write_text(text, encoding="utf-8")


def test_facts_match_the_golden_file() -> None:
    """Every unchanged demo and corpus file still yields exactly its recorded analysis."""
    golden = _golden()
    compared, differing = 0, []
    for label, path in _sources():
        expected = golden.get(label)
        actual = _entry(label, path)
        if expected is None or expected["sha256"] != actual["sha256"]:
            assert not label.startswith("demo/"), f"{label}: not in the golden file"
            continue
        compared += 1
        if actual != expected:
            differing.append(f"{label}:\n  was {expected}\n  now {actual}")
    assert not differing, f"{len(differing)} differ:\n" + "\n".join(differing[:5])
    assert compared >= len([label for label in golden if label.startswith("demo/")])
