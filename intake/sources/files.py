"""Messages from local files: ``.eml`` files, folders of them, mbox files, Maildirs.

Yields the same ``RawMessage`` as the IMAP source, so the pipeline cannot
tell them apart. Reads bytes and never decodes them. Order is the order the
paths were given, and within a folder the sorted file names, so a mailbox
exported with sortable names is replayed in arrival order.
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from intake.config import DEFAULT_MAX_MESSAGE_BYTES
from intake.errors import InputError
from intake.mail.notice import Origin, RawMessage
from intake.sources.mbox import count_entries, headers_only, mbox_entries

MESSAGE_SUFFIXES = frozenset({".eml", ".msg", ".txt", ""})
_MBOX_MAGIC = b"From "
_MBOX_SUFFIXES = (".mbox", ".mbx")
_KINDS = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"),
          (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"))  # fmt: skip

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FileSource:
    """One input path resolved to what it is: ``eml``, ``mbox`` or ``maildir``."""

    path: Path
    kind: str

    def count(self) -> int:
        """How many messages this source holds (reads no message whole)."""
        if self.kind == "eml":
            return 1
        if self.kind == "maildir":
            return len(_maildir_entries(self.path))
        handle = _open_regular(self.path)
        if handle is None:
            return 0
        with handle:
            return count_entries(handle)

    def messages(self, max_bytes: int = DEFAULT_MAX_MESSAGE_BYTES) -> Iterator[RawMessage]:
        """The messages' raw bytes with their origin; one over ``max_bytes`` as headers only."""
        for item in self.unread(max_bytes):
            raw = item.read() if isinstance(item, MailFile) else item
            if raw is not None:
                yield raw

    def unread(self, max_bytes: int = DEFAULT_MAX_MESSAGE_BYTES) -> Iterator[RawMessage | MailFile]:
        """``messages``, with each message that is a file of its own (an .eml, a Maildir's)
        not read yet: whoever analyses it reads it (``MailFile.read``)."""
        shown = _shown(self.path)
        if self.kind == "eml":
            yield MailFile(self.path, shown, max_bytes)
        elif self.kind == "maildir":
            for key, path in _maildir_entries(self.path):
                yield MailFile(path, f"{shown}#{key}", max_bytes)
        else:
            handle = _open_regular(self.path)
            if handle is None:
                return
            with handle:
                for position, entry in enumerate(mbox_entries(handle, max_bytes)):
                    yield _raw((entry.raw, entry.full_size), f"{shown}#{position}")


@dataclass(frozen=True)
class MailFile:
    """A message file named but not read yet: ``intake classify`` hands these to the
    processes that analyse them, which read the file themselves, instead of reading every
    file in one process and sending the bytes over."""

    path: Path
    shown: str  # the origin path the message gets
    max_bytes: int

    def read(self) -> RawMessage | None:
        """The message, as ``FileSource.messages`` gives it; None (with a warning) when the
        file cannot be read."""
        found = _read_capped(self.path, self.max_bytes)
        return None if found is None else _raw(found, self.shown)


def _raw(found: tuple[bytes, int | None], path: str) -> RawMessage:
    raw, full_size = found
    return RawMessage(raw=raw, origin=Origin(kind="file", path=path), full_size=full_size)


def resolve_sources(paths: Sequence[str | Path]) -> list[FileSource]:
    """Expand the given paths into sources, in order; a missing path is an ``InputError``.

    Only regular files are read: a FIFO, a socket, a device, a dangling
    symlink or a folder already visited (a symlink loop) is skipped with a
    warning naming it.
    """
    sources: list[FileSource] = []
    visited: set[tuple[int, int]] = set()
    for given in paths:
        path = Path(given)
        if not os.path.lexists(path):
            raise InputError(f"{path}: no such file or folder")
        found = _expand(path, visited)
        if not found:
            log.warning("%s: no mail files found", path)
        for source in found:
            if source.kind == "mbox" and not _starts_like_mbox(source.path):
                log.warning(
                    "%s: not an mbox (no 'From ' line first); what comes before the"
                    " first 'From ' line is read as one message",
                    source.path,
                )
        sources.extend(found)
    return sources


def read_messages(
    sources: Sequence[FileSource], max_bytes: int = DEFAULT_MAX_MESSAGE_BYTES
) -> Iterator[RawMessage]:
    """Every message of every source, in order."""
    for source in sources:
        yield from source.messages(max_bytes)


def unread_messages(
    sources: Sequence[FileSource], max_bytes: int = DEFAULT_MAX_MESSAGE_BYTES
) -> Iterator[RawMessage | MailFile]:
    """``read_messages``, files of one message each left for the reader (``MailFile``)."""
    for source in sources:
        yield from source.unread(max_bytes)


def _expand(path: Path, visited: set[tuple[int, int]]) -> list[FileSource]:
    kind = _kind(path)
    if kind == "file":
        return [FileSource(path, "mbox" if _looks_like_mbox(path) else "eml")]
    if kind != "folder":
        return []
    status = path.stat()
    if (status.st_dev, status.st_ino) in visited:
        log.warning("%s: skipped: a folder already read (a symlink loop?)", _shown(path))
        return []
    visited.add((status.st_dev, status.st_ino))
    if _is_maildir(path):
        return [FileSource(path, "maildir"), *_maildir_folders(path, visited)]
    found: list[FileSource] = []
    for child in sorted(path.iterdir()):
        if child.name.startswith("."):
            continue
        suffix = child.suffix.lower()
        if child.is_dir() or suffix in MESSAGE_SUFFIXES or suffix in _MBOX_SUFFIXES:
            found.extend(_expand(child, visited))
        elif _kind(child, quiet=True) == "file" and _looks_like_mbox(child):
            found.append(FileSource(child, "mbox"))
    return found


def _kind(path: Path, *, quiet: bool = False) -> str | None:
    """``file`` or ``folder`` (following symlinks); None, with a warning, for anything else."""
    try:
        mode = os.stat(path).st_mode
    except OSError as err:
        dangling = os.path.islink(path) and isinstance(err, FileNotFoundError)
        reason = "a dangling symlink" if dangling else f"cannot read ({err.strerror})"
        if not quiet:
            log.warning("%s: skipped: %s", _shown(path), reason)
        return None
    if stat.S_ISREG(mode):
        return "file"
    if stat.S_ISDIR(mode):
        return "folder"
    if not quiet:
        log.warning("%s: skipped: not a regular file (%s)", _shown(path), _what(mode))
    return None


def _what(mode: int) -> str:
    return next((name for test, name in _KINDS if test(mode)), "not a file")


def _maildir_folders(path: Path, visited: set[tuple[int, int]]) -> list[FileSource]:
    """A Maildir's own folders: Maildir++ ``.Archive`` or ``.Sent``, or ``Sent/`` beside cur/."""
    found: list[FileSource] = []
    for child in sorted(path.iterdir()):
        if child.name in ("cur", "new", "tmp") or not child.is_dir():
            continue
        if _is_maildir(child) or not child.name.startswith("."):
            found.extend(_expand(child, visited))
    return found


def _maildir_entries(path: Path) -> list[tuple[str, Path]]:
    """(key, file) of a Maildir's messages in ``new/`` and ``cur/``, by key (delivery time
    first), keys as ``mailbox.Maildir`` makes them (the name up to its ``:2,`` flags)."""
    entries: dict[str, Path] = {}
    for sub in ("new", "cur"):
        for child in (path / sub).iterdir():
            if not child.is_dir():
                entries[child.name.split(":")[0]] = child
    return sorted(entries.items())


def _shown(path: Path) -> str:
    """The path as text; bytes of a name that is not UTF-8 become U+FFFD, not a crash later."""
    return os.fsencode(path).decode("utf-8", "replace")


def _is_maildir(path: Path) -> bool:
    return all((path / sub).is_dir() for sub in ("cur", "new", "tmp"))


def _looks_like_mbox(path: Path) -> bool:
    return path.suffix.lower() in _MBOX_SUFFIXES or _starts_like_mbox(path)


def _starts_like_mbox(path: Path) -> bool:
    handle = _open_regular(path)
    if handle is None:
        return False
    with handle:
        return handle.read(len(_MBOX_MAGIC)) == _MBOX_MAGIC


def _open_regular(path: Path):
    """``path`` opened for reading if it is (still) a regular file, else None with a warning.

    Opened non-blocking and checked after opening, so a file swapped for a FIFO
    or a device between listing and reading can never hang or flood the reader.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except OSError as err:
        log.warning("%s: skipped: cannot read (%s)", _shown(path), err.strerror)
        return None
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        log.warning("%s: skipped: not a regular file (%s)", _shown(path), _what(mode))
        return None
    return os.fdopen(fd, "rb")


def _read_capped(path: Path, max_bytes: int) -> tuple[bytes, int | None] | None:
    """The file's bytes, or only its headers and its size when it is over ``max_bytes``;
    None (with a warning) when it cannot be read."""
    handle = _open_regular(path)
    if handle is None:
        return None
    try:
        with handle:
            data = handle.read(max_bytes + 1)
            if len(data) <= max_bytes:
                return data, None
            size = os.fstat(handle.fileno()).st_size
    except OSError as err:
        log.warning("%s: skipped: cannot read (%s)", _shown(path), err.strerror)
        return None
    log.warning(
        "%s: %d bytes, over ingest.max_message_bytes: only its headers are read", _shown(path), size
    )
    return headers_only(data), size
