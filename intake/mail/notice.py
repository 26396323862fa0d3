"""The plain data that flows between intake's stages.

``RawMessage`` is what a source yields (bytes plus where they came from);
``Notice`` is what parsing makes of them. Both are frozen: the pure middle of
the pipeline never mutates its input.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class Origin:
    """Where a message was found.

    For IMAP: ``kind="imap"`` with account, folder, uidvalidity and uid.
    For files: ``kind="file"`` with ``path`` (``mbox#3`` names the 4th message
    of an mbox, ``maildir#<key>`` a Maildir entry).
    """

    kind: str
    account: str | None = None
    folder: str | None = None
    uidvalidity: int | None = None
    uid: int | None = None
    path: str | None = None

    def describe(self) -> str:
        """A short human/JSON-friendly label, e.g. ``imap:work/INBOX/7/42``."""
        if self.kind == "imap":
            return f"imap:{self.account}/{self.folder}/{self.uidvalidity}/{self.uid}"
        return f"file:{self.path}"


@dataclass(frozen=True)
class RawMessage:
    """One message's untouched bytes and its origin, as a source yields it.

    ``full_size`` is set when the message was over ``ingest.max_message_bytes``:
    ``raw`` then holds only its header block, and ``full_size`` its real size.
    ``compressed`` is ``raw`` as stored (zlib), when it was read from the inbox:
    it moves to the stored message as it is, not compressed again.
    """

    raw: bytes
    origin: Origin
    internaldate: datetime | None = None
    outgoing: bool = False
    full_size: int | None = None
    compressed: bytes | None = field(default=None, repr=False, compare=False)


@dataclass(frozen=True)
class Attachment:
    """An attachment's metadata; its content never enters the text."""

    filename: str
    content_type: str
    size: int


@dataclass(frozen=True)
class Link:
    """A hyperlink: where it really goes (``href``) and what the reader sees (``text``)."""

    href: str
    text: str = ""


#: The defect that says the sender was read from a From header without its closing ``>``
#: (``intake.mail.parse``); authenticity takes no Amazon address from such a header on trust.
UNCLOSED_FROM = "From: no closing '>'"


@dataclass(frozen=True)
class Notice:
    """A parsed message.

    ``text`` is the readable body: the plain-text part, or the HTML part turned
    into text when there is no plain part. ``date`` is timezone-aware UTC or
    None. ``headers`` keeps only the headers intake reasons about
    (authentication results, Reply-To, Return-Path, ...), lower-cased names.
    ``defects`` lists what was wrong with the MIME structure, never silently
    dropped.
    """

    message_id: str | None
    sender: str
    sender_name: str = ""
    recipients: tuple[str, ...] = ()
    subject: str = ""
    date: datetime | None = None
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    text: str = ""
    from_html: bool = False
    attachments: tuple[Attachment, ...] = ()
    links: tuple[Link, ...] = ()
    headers: tuple[tuple[str, str], ...] = ()
    defects: tuple[str, ...] = field(default=())

    def header(self, name: str) -> str | None:
        """The first kept header called ``name`` (case-insensitive), or None."""
        wanted = name.lower()
        for key, value in self.headers:
            if key == wanted:
                return value
        return None

    @property
    def sender_domain(self) -> str:
        """The domain of the sender's address, lower-cased ('' when unknown)."""
        return self.sender.rpartition("@")[2].lower() if "@" in self.sender else ""

    @property
    def sender_repaired(self) -> bool:
        """True when the sender was read from a From header missing its closing ``>``."""
        return any(defect.startswith(UNCLOSED_FROM) for defect in self.defects)
