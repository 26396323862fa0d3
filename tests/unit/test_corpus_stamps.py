"""The corpus digests kept by file stat (``classifiers.corpus.stamps``): a start re-hashes
only the files that changed, and a change is never missed."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from classifiers import load_or_train
from classifiers.corpus import files_digest
from classifiers.corpus import stamps as stamps_module
from classifiers.corpus.stamps import cached_files_digest, digest_cache_path
from tests.unit.test_classifier import make_eml, write_corpus

FAKE = "f" * 64


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "corpus", per_label=3)


@pytest.fixture
def settled(monkeypatch: pytest.MonkeyPatch) -> None:
    """Files written a moment ago count as settled (else they are never cached: racy)."""
    monkeypatch.setattr(stamps_module, "RACY_SECONDS", -60.0)


def _tamper(cache: Path) -> Path:
    """Put a digest no file has in the cache's first entry; that entry's file (in the split)."""
    data = json.loads(cache.read_text(encoding="utf-8"))
    data["files"][0][-1] = FAKE
    cache.write_text(json.dumps(data), encoding="utf-8")
    label, name = data["files"][0][:2]
    return Path(label) / name


def test_cached_digests_equal_hashing_every_file(tmp_path: Path, corpus: Path) -> None:
    cache = tmp_path / "cache.json"
    assert cached_files_digest(corpus, cache) == files_digest(corpus)
    assert cached_files_digest(corpus, cache) == files_digest(corpus)


def test_an_unchanged_file_is_not_hashed_again(tmp_path: Path, corpus: Path, settled: None) -> None:
    """GIVEN digests cached WHEN nothing changed THEN the cached digest is used as it is
    (a tampered one shows through: proof that the file was not read)."""
    cache = tmp_path / "cache.json"
    cached_files_digest(corpus, cache)
    _tamper(cache)
    assert FAKE in [digest for _, digest in cached_files_digest(corpus, cache)]


def test_a_changed_file_is_hashed_again(tmp_path: Path, corpus: Path, settled: None) -> None:
    cache = tmp_path / "cache.json"
    cached_files_digest(corpus, cache)
    changed = corpus / "train" / _tamper(cache)
    changed.write_bytes(make_eml("news@example.org", "Deals", "New deals on tape."))
    found = cached_files_digest(corpus, cache)
    assert found == files_digest(corpus)
    assert FAKE not in [digest for _, digest in found]


def test_same_size_and_mtime_rewrite_is_still_seen(
    tmp_path: Path, corpus: Path, settled: None
) -> None:
    """GIVEN a cached file rewritten with bytes of the same size and its old mtime put back
    WHEN the digests are read THEN the new bytes count: its change time moved (and a file
    changed within the racy window of its hashing is never cached anyway)."""
    cache = tmp_path / "cache.json"
    first = cached_files_digest(corpus, cache)
    victim = sorted((corpus / "train" / "other").glob("*.eml"))[0]
    before = victim.stat()
    data = victim.read_bytes()
    victim.write_bytes(data.replace(b"Hello", b"Hallo", 1))
    os.utime(victim, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert victim.stat().st_size == before.st_size
    found = cached_files_digest(corpus, cache)
    assert found == files_digest(corpus)
    assert found != first


def test_a_cache_of_another_corpus_is_ignored(tmp_path: Path, corpus: Path, settled: None) -> None:
    cache = tmp_path / "cache.json"
    cached_files_digest(corpus, cache)
    _tamper(cache)
    # the same files under another corpus path: a renamed folder keeps its files' stamps
    other = corpus.rename(tmp_path / "other")
    assert cached_files_digest(other, cache) == files_digest(other)


def test_a_garbled_or_unwritable_cache_falls_back_to_hashing(tmp_path: Path, corpus: Path) -> None:
    cache = tmp_path / "cache.json"
    cache.write_bytes(b"\x00not json")
    assert cached_files_digest(corpus, cache) == files_digest(corpus)
    nowhere = tmp_path / "missing-folder" / "cache.json"
    assert cached_files_digest(corpus, nowhere) == files_digest(corpus)
    assert not nowhere.parent.exists()


def test_load_or_train_keeps_digests_beside_the_model_and_retrains_on_change(
    tmp_path: Path, corpus: Path, settled: None
) -> None:
    path = tmp_path / "model.npz"
    first = load_or_train(path, corpus)
    assert digest_cache_path(path).is_file()
    assert load_or_train(path, corpus).version == first.version
    changed = sorted((corpus / "train" / "other").glob("*.eml"))[0]
    changed.write_bytes(make_eml("news@example.org", "Deals", "New deals on tape."))
    assert load_or_train(path, corpus).version != first.version
