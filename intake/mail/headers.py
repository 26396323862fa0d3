"""RFC 2047 encoded words (``=?utf-8?B?...?=``) decoded, the malformed ones too.

The standard library decodes well-formed words (joining the bytes of adjacent
ones, as some mailers split a character between two) and leaves any other as
it is, so a cut-off subject reached a seller as raw ``=?utf-8?B?WW91ciBGQkEg...``.
What it leaves, or cannot decode at all, is decoded here word by word, as far
as its bytes go: an unterminated
word up to the end of the header, base64 with a wrong length up to its last
whole byte, a multi-byte character cut in two dropped, an unknown charset read
as UTF-8. Whitespace between two encoded words is dropped, as the RFC says.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import contextlib
import re
from email.errors import HeaderParseError
from email.header import decode_header, make_header

# A word runs to its ``?=``, else to the next whitespace or the end (a cut-off header).
_WORD = re.compile(r"=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)(?:\?=|(?=\s|$))")
_BETWEEN_WORDS = re.compile(r"(?<=\?=)\s+(?==\?[^?\s]+\?[bBqQ]\?)")
_NOT_BASE64 = re.compile(r"[^A-Za-z0-9+/]")
_Q_ESCAPE = re.compile(rb"=([0-9A-Fa-f]{2})")


def decode_words(value: str) -> str:
    """``value`` with every encoded word decoded; text around them is kept as it is."""
    if "=?" not in value:
        return value
    with contextlib.suppress(UnicodeDecodeError, LookupError, ValueError, HeaderParseError):
        value = str(make_header(decode_header(value)))
    if "=?" not in value:
        return value
    return _WORD.sub(_decoded, _BETWEEN_WORDS.sub("", value))


def _decoded(word: re.Match[str]) -> str:
    charset, encoding, text = word.groups()
    data = _base64(text) if encoding in "bB" else _quoted(text)
    charset = charset.split("*", 1)[0]  # RFC 2231 language suffix: utf-8*en
    try:
        codecs.lookup(charset)
    except LookupError:
        charset = "utf-8"
    decoded = data.decode(charset, errors="replace")
    # A character cut in two at the end of a cut-off word is dropped, not shown as "?".
    return decoded.rstrip("\ufffd")


def _base64(text: str) -> bytes:
    letters = _NOT_BASE64.sub("", text.split("=", 1)[0])
    letters = letters[: len(letters) - len(letters) % 4 if len(letters) % 4 == 1 else None]
    try:
        return base64.b64decode(letters + "=" * (-len(letters) % 4))
    except binascii.Error:  # pragma: no cover - only the base64 alphabet is left
        return b""


def _quoted(text: str) -> bytes:
    raw = text.replace("_", " ").encode("ascii", errors="replace")
    return _Q_ESCAPE.sub(lambda m: bytes([int(m.group(1), 16)]), raw)
