"""The corpus's file digests, kept beside the model by file stat so a start need not re-hash.

Every start checks that the model was trained on the corpus as it is now
(``classifiers.model.train``: a fingerprint of every file's SHA-256). Reading and
hashing the shipped corpus (4,454 files, 18 MB) took about 0.09 s of CPU per
start, a sixth of ``intake classify``'s start-up; listing and ``stat``-ing the
files takes about a quarter of that. So the digests are kept in a small file
beside the model, each with its file's stat stamp (size, modification and
change times in nanoseconds, inode), and a file is hashed again only when its
stamp differs.

Why a stamp is safe: a write to a file moves its change time (``st_ctime``),
which no user call can set back; a file renamed over another has another inode.
The one gap is a write within the same clock tick as the hashing (the stamp is
then unchanged): as git does for its index ("racy" entries), a file changed
within ``RACY_SECONDS`` of the hashing is not kept, so it is hashed again next
time. Anything unexpected (an unreadable or foreign cache file, a folder that
is not a label) falls back to hashing everything, with the same errors as
``files_digest``.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import time
from pathlib import Path
from typing import Any

from classifiers.corpus import files_digest
from classifiers.types import TEXT_LABELS

#: Bumped when the cache file's layout changes; another number is ignored.
CACHE_FORMAT = 1
#: A file changed this close to its hashing is not cached (its stamp may not show a
#: change made in the same clock tick).
RACY_SECONDS = 2.0

Stamp = tuple[int, int, int, int]  # size, mtime_ns, ctime_ns, inode


def digest_cache_path(model_path: Path) -> Path:
    """Where the digests of the corpus behind ``model_path`` are kept: beside it."""
    return model_path.with_name(model_path.name + ".corpus-digests.json")


def cached_files_digest(
    corpus_dir: Path, cache: Path, split: str = "train"
) -> list[tuple[str, str]]:
    """``files_digest(corpus_dir, split)``, hashing only the files whose stamp is not in
    ``cache``; the cache is rewritten when it changed (a failure to write is ignored)."""
    stamps = _stamps(Path(corpus_dir) / split)
    if stamps is None:
        return files_digest(corpus_dir, split)
    place = str(Path(corpus_dir).resolve())
    known = _read(cache, place, split)
    now = time.time_ns()
    racy = now - int(RACY_SECONDS * 1e9)
    kept: dict[tuple[str, str], tuple[Stamp, str]] = {}
    found: list[tuple[str, str]] = []
    for (label, name), stamp in stamps:
        entry = known.get((label, name))
        if entry is not None and entry[0] == stamp:
            digest = entry[1]
        else:
            path = Path(corpus_dir) / split / label / name
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if stamp[1] < racy and stamp[2] < racy:
            kept[(label, name)] = (stamp, digest)
        found.append((label, digest))
    if kept != known:
        _write(cache, place, split, kept)
    return found


def _stamps(root: Path) -> list[tuple[tuple[str, str], Stamp]] | None:
    """Each ``.eml`` of a split as ((label, name), stamp), in ``corpus_files``'s order;
    None when the split is not as ``corpus_files`` accepts it (it then says why)."""
    try:
        with os.scandir(root) as entries:
            folders = sorted(entry.name for entry in entries if entry.is_dir())
        found = []
        for label in folders:
            if label not in TEXT_LABELS:
                return None
            with os.scandir(root / label) as entries:
                for entry in entries:
                    if entry.name.endswith(".eml"):
                        stat = entry.stat()
                        stamp = (stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino)
                        found.append(((label, entry.name), stamp))
    except OSError:
        return None
    found.sort()
    return found


def _read(cache: Path, place: str, split: str) -> dict[tuple[str, str], tuple[Stamp, str]]:
    """The cached stamps and digests of ``place``'s ``split``; empty when there are none."""
    try:
        data: Any = json.loads(cache.read_bytes())
        if data.get("format") != CACHE_FORMAT or [data["corpus"], data["split"]] != [place, split]:
            return {}
        return {
            (label, name): ((size, mtime, ctime, inode), digest)
            for label, name, size, mtime, ctime, inode, digest in data["files"]
        }
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return {}


def _write(
    cache: Path, place: str, split: str, kept: dict[tuple[str, str], tuple[Stamp, str]]
) -> None:
    """Replace the cache file atomically (a temporary file of this process, then a rename)."""
    files = [[*key, *stamp, digest] for key, (stamp, digest) in sorted(kept.items())]
    data = {"format": CACHE_FORMAT, "corpus": place, "split": split, "files": files}
    part = cache.with_name(f"{cache.name}.{os.getpid()}.part")
    try:
        part.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
        os.replace(part, cache)
    except OSError:
        with contextlib.suppress(OSError):
            part.unlink()
