"""Splitting an mbox file into messages as a stream, never holding a huge one whole.

The boundaries are the standard library's (``mailbox.mbox``): a line starting
with ``From `` opens a message and is not part of it, and the one blank line
before the next ``From `` line is the separator, not the message's. So a
message's bytes, and its content hash, are what earlier versions of intake
stored. Two things differ, on purpose:

- bytes before the first ``From `` line (an export that lost its first
  envelope line, or a plain message saved as ``.mbox``) are a message of
  their own, not silently dropped;
- a message over ``max_bytes`` keeps only its header block (``full_size``
  says how big it was), and lines are read in pieces of at most
  ``LINE_PIECE`` bytes, so neither a 5 GB message nor a 5 GB line is held.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

LINE_PIECE = 64 * 1024
_FROM = b"From "
_HEADER_END = re.compile(rb"\r?\n\r?\n")


@dataclass(frozen=True)
class MboxEntry:
    """One message's bytes; ``full_size`` is set when only its headers were kept."""

    raw: bytes
    full_size: int | None = None


def mbox_entries(handle: BinaryIO, max_bytes: int) -> Iterator[MboxEntry]:
    """The messages of an open mbox file, in order (a non-blank preamble first)."""
    message = _Message(max_bytes)
    preamble = True
    at_line_start = True
    while piece := handle.readline(LINE_PIECE):
        if at_line_start and piece.startswith(_FROM):
            if not preamble or message.has_text():
                yield message.finish()
            message, preamble = _Message(max_bytes), False
        else:
            message.add(piece, whole_blank_line=at_line_start and piece == b"\n")
        at_line_start = piece.endswith(b"\n")
    if not preamble or message.has_text():
        yield message.finish()


def count_entries(handle: BinaryIO) -> int:
    """How many messages ``mbox_entries`` yields, reading no message into memory."""
    count, preamble_text, at_line_start = 0, False, True
    while piece := handle.readline(LINE_PIECE):
        if at_line_start and piece.startswith(_FROM):
            count += 1
        elif count == 0 and piece.strip():
            preamble_text = True
        at_line_start = piece.endswith(b"\n")
    return count + preamble_text


def headers_only(data: bytes) -> bytes:
    """The header block of a message's first bytes (all of them when no blank line ends it)."""
    end = _HEADER_END.search(data)
    return data[: end.end()] if end else data


class _Message:
    """The pieces of the message being read, until it grows over ``max_bytes``."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.pieces: list[bytes] = []
        self.size = 0
        self.headers: bytes | None = None  # set once the message is over the limit
        self.last_blank = False

    def add(self, piece: bytes, *, whole_blank_line: bool) -> None:
        self.size += len(piece)
        self.last_blank = whole_blank_line
        if self.headers is not None:
            return
        self.pieces.append(piece)
        if self.size > self.max_bytes:
            self.headers = headers_only(b"".join(self.pieces))
            self.pieces = []

    def has_text(self) -> bool:
        return self.headers is not None or any(piece.strip() for piece in self.pieces)

    def finish(self) -> MboxEntry:
        """The message, without the blank separator line that ended it."""
        size = self.size - 1 if self.last_blank else self.size
        if self.headers is not None:
            return MboxEntry(self.headers, full_size=size)
        data = b"".join(self.pieces)
        return MboxEntry(data[:-1] if self.last_blank else data)
