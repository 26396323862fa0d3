"""Messages from local files: ``.eml`` files, folders of them, mbox files, Maildirs.

Yields the same ``RawMessage`` as the IMAP source, so the pipeline cannot
tell them apart. Reads bytes and never decodes them. Order is the order the
paths were given, and within a folder the sorted file names, so a mailbox
exported with sortable names is replayed in arrival order.
"""

from __future__ import annotations

import logging
import mailbox
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from intake.errors import InputError
from intake.notice import Origin, RawMessage

MESSAGE_SUFFIXES = frozenset({".eml", ".msg", ".txt", ""})
_MBOX_MAGIC = b"From "

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FileSource:
    """One input path resolved to what it is: ``eml``, ``mbox`` or ``maildir``."""

    path: Path
    kind: str

    def count(self) -> int:
        """How many messages this source holds (reads mbox indexes, not bodies)."""
        if self.kind == "eml":
            return 1
        if self.kind == "maildir":
            return len(mailbox.Maildir(self.path, create=False).keys())
        return len(_open_mbox(self.path).keys())

    def messages(self) -> Iterator[RawMessage]:
        """The messages' raw bytes with their origin."""
        if self.kind == "eml":
            yield RawMessage(
                raw=_read(self.path), origin=Origin(kind="file", path=_shown(self.path))
            )
        elif self.kind == "maildir":
            box = mailbox.Maildir(self.path, create=False)
            for key in sorted(box.keys()):  # keys start with the delivery time
                with box.get_file(key) as handle:
                    raw = handle.read()
                origin = Origin(kind="file", path=f"{_shown(self.path)}#{key}")
                yield RawMessage(raw=raw, origin=origin)
        else:
            box = _open_mbox(self.path)
            for position, key in enumerate(box.keys()):
                raw = box.get_bytes(key)
                yield RawMessage(
                    raw=raw, origin=Origin(kind="file", path=f"{_shown(self.path)}#{position}")
                )


def resolve_sources(paths: Sequence[str | Path]) -> list[FileSource]:
    """Expand the given paths into sources, in order; a missing path is an ``InputError``."""
    sources: list[FileSource] = []
    for given in paths:
        path = Path(given)
        if not path.exists():
            raise InputError(f"{path}: no such file or folder")
        found = _expand(path)
        if not found:
            log.warning("%s: no mail files found", path)
        for source in found:
            if source.kind == "mbox" and not _starts_like_mbox(source.path):
                log.warning("%s: not an mbox (no 'From ' line first); no messages read", path)
        sources.extend(found)
    return sources


def read_messages(sources: Sequence[FileSource]) -> Iterator[RawMessage]:
    """Every message of every source, in order."""
    for source in sources:
        yield from source.messages()


def _expand(path: Path) -> list[FileSource]:
    if path.is_file():
        return [FileSource(path, "mbox" if _looks_like_mbox(path) else "eml")]
    if _is_maildir(path):
        return [FileSource(path, "maildir"), *_maildir_folders(path)]
    found: list[FileSource] = []
    for child in sorted(path.iterdir()):
        if child.name.startswith("."):
            continue
        if child.is_dir():
            found.extend(_expand(child))
        elif child.suffix.lower() in MESSAGE_SUFFIXES or _looks_like_mbox(child):
            found.append(FileSource(child, "mbox" if _looks_like_mbox(child) else "eml"))
    return found


def _maildir_folders(path: Path) -> list[FileSource]:
    """A Maildir's own folders: Maildir++ ``.Archive`` or ``.Sent``, or ``Sent/`` beside cur/."""
    found: list[FileSource] = []
    for child in sorted(path.iterdir()):
        if child.name in ("cur", "new", "tmp") or not child.is_dir():
            continue
        if _is_maildir(child) or not child.name.startswith("."):
            found.extend(_expand(child))
    return found


def _shown(path: Path) -> str:
    """The path as text; bytes of a name that is not UTF-8 become U+FFFD, not a crash later."""
    return os.fsencode(path).decode("utf-8", "replace")


def _is_maildir(path: Path) -> bool:
    return all((path / sub).is_dir() for sub in ("cur", "new", "tmp"))


def _looks_like_mbox(path: Path) -> bool:
    return path.suffix.lower() in (".mbox", ".mbx") or _starts_like_mbox(path)


def _starts_like_mbox(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(len(_MBOX_MAGIC)) == _MBOX_MAGIC
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror})") from err


def _open_mbox(path: Path) -> mailbox.mbox:
    try:
        return mailbox.mbox(path, create=False)
    except (OSError, mailbox.Error) as err:
        raise InputError(f"{path}: not a readable mbox file ({err})") from err


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror})") from err
