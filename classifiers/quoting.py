"""Find the newest text of a mail body, so the latest Amazon words decide the label.

Replies carry their history below the new text ("> " lines, "On ... wrote:",
Outlook's "From: ... Sent:" header block, "-----Original Message-----"). A
consultant forwarding a notice writes a short "FYI" above a forwarded block;
then the forwarded notice, not the "FYI", is what the message is about.
Pure functions over ``str``, standard library only.
"""

from __future__ import annotations

import re

# A forward whose own top text is at most this many characters is "FYI" only.
SHORT_TOP_TEXT = 200

_FORWARD_MARKERS = (
    re.compile(r"^-{2,}\s*Forwarded message\s*-{2,}\s*$", re.IGNORECASE),
    re.compile(r"^Begin forwarded message:?\s*$", re.IGNORECASE),
)
_REPLY_MARKERS = (
    re.compile(r"^On\b.{0,200}\bwrote:\s*$", re.IGNORECASE),
    re.compile(r"^-{2,}\s*Original Message\s*-{2,}\s*$", re.IGNORECASE),
    re.compile(r"^_{10,}\s*$"),  # Outlook's rule line above a "From:" block
)
_OUTLOOK_FROM = re.compile(r"^\*?From:\*?\s+\S")
_OUTLOOK_FIELD = re.compile(r"^\*?(Sent|Date|To|Cc|Subject):\*?\s", re.IGNORECASE)
_HEADER_FIELD = re.compile(r"^\*?(From|Sent|Date|To|Cc|Subject|Reply-To):\*?\s", re.IGNORECASE)
_QUOTED = re.compile(r"^\s*>")
# Anything that could start history; a body without any of these is all newest text.
_ANY_HISTORY = re.compile(
    r"^\s*(>|\*?From:|-{2,}\s*(Forwarded|Original)|Begin forwarded|_{10,})|wrote:\s*$",
    re.IGNORECASE | re.MULTILINE,
)
# Gmail wraps long "On <date>, <name> <addr> wrote:" over two lines.
_WROTE_TAIL = re.compile(r"^.{0,120}\bwrote:\s*$", re.IGNORECASE)
_ON_HEAD = re.compile(r"^On\s.*\d", re.IGNORECASE)


def newest_text(body: str) -> str:
    """The text the newest sender wrote; for a short forward, the forwarded text instead.

    >>> newest_text("Thanks.\\n\\nOn Mon, 3 Jun 2024, Amazon wrote:\\n> Your account ...")
    'Thanks.'
    """
    if not _ANY_HISTORY.search(body):
        return body.strip()
    lines = body.replace("\r\n", "\n").split("\n")
    forward_at = _first_marker(lines, _FORWARD_MARKERS)
    reply_at = _first_reply_cut(lines)
    if forward_at is not None and (reply_at is None or forward_at <= reply_at):
        top = _strip_quoted(lines[:forward_at])
        if len(top) <= SHORT_TOP_TEXT:
            return newest_text("\n".join(_without_header_block(lines[forward_at + 1 :])))
        return top
    if reply_at is not None:
        return _strip_quoted(lines[:reply_at])
    return _strip_quoted(lines)


def _first_marker(lines: list[str], markers: tuple[re.Pattern[str], ...]) -> int | None:
    for index, line in enumerate(lines):
        stripped = line.strip()
        if any(marker.match(stripped) for marker in markers):
            return index
    return None


def _first_reply_cut(lines: list[str]) -> int | None:
    """Index of the first line that starts quoted history below the newest text."""
    for index, line in enumerate(lines):
        stripped = line.strip()
        if any(marker.match(stripped) for marker in _REPLY_MARKERS):
            return index
        if _is_wrapped_on_wrote(lines, index):
            return index
        if _OUTLOOK_FROM.match(stripped) and _has_outlook_fields(lines, index + 1):
            return index
    return None


def _is_wrapped_on_wrote(lines: list[str], index: int) -> bool:
    """An "On <date>, <name>" line whose "... wrote:" tail wrapped onto the next line."""
    stripped = lines[index].strip()
    return bool(
        len(stripped) < 200
        and _ON_HEAD.match(stripped)
        and index + 1 < len(lines)
        and _WROTE_TAIL.match(lines[index + 1].strip())
    )


def _has_outlook_fields(lines: list[str], start: int) -> bool:
    """True if one of the next few lines is "Sent:"/"To:"/"Subject:" (an Outlook header block)."""
    window = [line.strip() for line in lines[start : start + 4]]
    return any(_OUTLOOK_FIELD.match(line) for line in window)


def _without_header_block(lines: list[str]) -> list[str]:
    """Drop the "From:/Date:/Subject:/To:" lines that open a forwarded message."""
    index = 0
    while index < len(lines) and not lines[index].strip():
        index += 1
    while index < len(lines) and (
        _HEADER_FIELD.match(lines[index].strip()) or _is_continuation(lines, index)
    ):
        index += 1
    return lines[index:]


def _is_continuation(lines: list[str], index: int) -> bool:
    """A folded header line (indented, right after a header line)."""
    line = lines[index]
    return bool(line[:1] in (" ", "\t") and line.strip() and index > 0)


def _strip_quoted(lines: list[str]) -> str:
    kept = [line for line in lines if not _QUOTED.match(line)]
    return "\n".join(kept).strip()
