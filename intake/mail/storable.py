"""Text every database takes: no NUL characters, no lone surrogates, fields within bounds.

Mail is hostile input. A subject ``=?utf-8?B?ZGVhAGN0aXZhdGVk?=`` or a body
with ``=00`` decodes to a NUL, which PostgreSQL's text and JSON refuse (SQLite
takes it); a header decoded with ``surrogateescape`` can hold lone surrogates,
which no UTF-8 database takes; a 1 MB From or Message-ID does not fit its
column. The raw bytes are kept untouched elsewhere; these helpers make the
*decoded* text storable, so one message can never fail a batch on its text.

Pure: no I/O.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

# Column sizes the parsed fields must fit (``intake.store.models`` uses the same numbers;
# a unit test keeps them equal). 320 is the longest usable address (64 + 1 + 255).
MAX_ADDRESS = 320
MAX_MESSAGE_ID = 500
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
_ID_DIGEST = 16  # hex characters of sha256 that keep a shortened Message-ID unique


def clean_text(value: str) -> str:
    """``value`` without NUL characters; a lone surrogate becomes U+FFFD."""
    if not _UNSTORABLE.search(value):
        return value
    return _UNSTORABLE.sub(lambda found: "" if found.group() == "\x00" else "\ufffd", value)


def has_unstorable(value: str) -> bool:
    """Whether ``clean_text`` would change ``value``."""
    return bool(_UNSTORABLE.search(value))


def storable(value: Any) -> Any:
    """``value`` with every string in it (nested lists, tuples, dict keys and values) cleaned."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {storable(key): storable(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(storable(item) for item in value)
    return value


def shortened_id(message_id: str, limit: int = MAX_MESSAGE_ID) -> str:
    """A Message-ID that fits ``limit``: an over-long one keeps its start and a digest of
    the whole, so two different long IDs stay different and a reply's References to the
    same long ID shorten to the same value (threading and duplicate checks still work).

    ``shortened_id("<" + "m" * 1000 + "@x>", 40)`` gives ``"<mmm…m~1f2e…>"`` (40 characters).
    """
    if len(message_id) <= limit:
        return message_id
    digest = hashlib.sha256(message_id.encode("utf-8", "surrogatepass")).hexdigest()[:_ID_DIGEST]
    return f"{message_id[: limit - _ID_DIGEST - 2]}~{digest}>"
