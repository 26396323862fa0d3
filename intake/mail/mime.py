"""The MIME tree of well-formed multipart mail, without reading it line by line.

The standard library's ``email`` parser (which mail-parser uses) feeds a
message through a line reader that checks every line of every part against
every enclosing boundary, and compiles a new pattern for each boundary: on
mail like Amazon's (a text and an HTML alternative, sometimes an
attachment) that is three quarters of its time. ``message_from_bytes``
here finds the boundary lines with ``str.find`` and gives each part's
headers and body to the standard parser on its own, which is quick for a
part that is not multipart.

The tree is the one the standard parser builds (same headers, payloads,
preambles and epilogues, ``compat32`` policy), which the tests check over
the corpora. Only mail whose structure leaves no doubt takes this path:
anything else (a defect anywhere, a missing or repeated boundary, a lone
CR, ``message/*`` or ``multipart/digest`` parts, a transfer encoding on a
multipart, an mbox ``From`` line) is parsed by the standard parser
whole, as before.
"""

from __future__ import annotations

import email
import re
from email.message import Message
from email.parser import Parser

_BLANK_LINE = re.compile(r"(?:\A|\n)(\r?\n)")  # the line that ends the headers

_HEADER_START = re.compile(r"[\041-\071\073-\176]+:")  # a field name and its colon
_SPLIT_SUBTYPES = frozenset({"mixed", "alternative", "related"})
_MULTIPART_ENCODINGS = frozenset({"7bit", "8bit", "binary"})
_MAX_DEPTH = 8
_PARSER = Parser()  # compat32, as ``email.message_from_bytes``


class _Unsure(Exception):
    """The structure is not plain enough to split here: the standard parser reads it."""


def message_from_bytes(raw: bytes) -> Message:
    """``email.message_from_bytes(raw)``, the same tree, built faster for plain multiparts."""
    text = raw.decode("ascii", "surrogateescape")
    if text.startswith("From ") or "\r" in text.replace("\r\n", ""):
        return email.message_from_bytes(raw)
    try:
        return _part(text, (), 0)
    except _Unsure:
        return email.message_from_bytes(raw)


def _part(text: str, outer: tuple[str, ...], depth: int) -> Message:
    """One part (or the whole message) as the standard parser makes it.

    Only the headers go through the standard parser; a part that is not multipart then
    is what the full parse gives (its body as one string), a multipart one is split here.
    """
    blank = _BLANK_LINE.search(text)
    head, body = (text, "") if blank is None else (text[: blank.end()], text[blank.end() :])
    part = _plain_headers(head, blank is not None) or _PARSER.parsestr(head, headersonly=True)
    # Without defects, every line of ``head`` was a header: the body is the rest, as is.
    part.set_payload(body)
    maintype, _, subtype = part.get_content_type().partition("/")
    if part.defects or maintype == "message":
        raise _Unsure
    if maintype != "multipart":
        return part
    boundary = part.get_boundary()
    if (
        depth >= _MAX_DEPTH
        or subtype not in _SPLIT_SUBTYPES
        or not boundary
        or str(part.get("content-transfer-encoding", "8bit")).lower() not in _MULTIPART_ENCODINGS
        or any(b.startswith(boundary) or boundary.startswith(b) for b in outer)
    ):
        raise _Unsure
    _split(part, raw_text(part), boundary, (*outer, boundary), depth)
    return part


def _plain_headers(head: str, ends_blank: bool) -> Message | None:
    """The headers of ``head`` as the standard parser reads them, when every line is a
    ``Name: value`` line or its continuation; else None (the standard parser reads them)."""
    pieces = head.split("\n")
    lines = [piece + "\n" for piece in pieces[:-1]] + ([pieces[-1]] if pieces[-1] else [])
    if ends_blank:
        lines.pop()
    fields: list[list[str]] = []
    for line in lines:
        if line[0] in " \t":
            if not fields:
                return None
            fields[-1].append(line)
        elif line.startswith("From ") or not _HEADER_START.match(line):
            return None
        else:
            fields.append([line])
    message = Message()
    for source in fields:
        name, value = source[0].split(":", 1)
        message.set_raw(name, (value.lstrip(" \t") + "".join(source[1:])).rstrip("\r\n"))
    return message


def _split(head: Message, body: str, boundary: str, outer: tuple[str, ...], depth: int) -> None:
    """Fill ``head`` (a multipart's headers) with the parts, preamble and epilogue of ``body``."""
    lines = _boundary_lines(body, "--" + boundary)
    if len(lines) < 2 or not lines[-1][2] or any(close for _, _, close in lines[:-1]):
        raise _Unsure
    parts: list[Message] = []
    for (_, end, _), (start, _, _) in zip(lines, lines[1:], strict=False):
        if start <= end:
            raise _Unsure  # boundary lines in a row: the standard parser merges them
        part = _part(body[end:start], outer, depth + 1)
        if part.is_multipart():
            epilogue = part.epilogue
            part.epilogue = None if epilogue == "" else epilogue and _without_eol(epilogue)
        else:  # the line break before a boundary belongs to the boundary
            part.set_payload(_without_eol(raw_text(part)))
        parts.append(part)
    preamble = body[: lines[0][0]]
    head.preamble = _without_eol(preamble) if preamble else None
    head.epilogue = body[lines[-1][1] :]
    head.set_payload(list[Message | str](parts))


def raw_text(part: Message) -> str:
    """The body of a part that is not multipart as parsed: undecoded, 8-bit bytes escaped.

    (``get_payload()`` would apply the declared charset to 8-bit bytes.)
    """
    return part.__dict__["_payload"]


def _boundary_lines(body: str, separator: str) -> list[tuple[int, int, bool]]:
    """(start, end after its line break, closes) of each boundary line, up to the closing one."""
    found: list[tuple[int, int, bool]] = []
    at = 0
    while True:
        at = body.find(separator, at)
        if at < 0:
            return found
        if at and body[at - 1] != "\n":
            at += len(separator)
            continue
        end = at + len(separator)
        closes = body.startswith("--", end)
        end += 2 if closes else 0
        while end < len(body) and body[end] in " \t":
            end += 1
        if body.startswith("\r\n", end):
            end += 2
        elif body.startswith("\n", end):
            end += 1
        elif end < len(body):
            at = end  # "--boundary" followed by more text: an ordinary line
            continue
        found.append((at, end, closes))
        if closes:
            return found
        at = end


def _without_eol(text: str) -> str:
    """``text`` without one final line break, as the standard parser trims a part."""
    if text.endswith("\r\n"):
        return text[:-2]
    return text[:-1] if text.endswith(("\n", "\r")) else text
