"""What ``parse`` reads of a message: mail-parser's answers, worked out only for what intake uses.

mail-parser (``MailParser``) reads everything a message holds: every header,
every Received line, a dictionary of the whole mail made twice over. Intake
keeps the bodies, the attachments' names and sizes, a few headers and the
defects, so on mail whose structure leaves no doubt ``plain_view`` asks
mail-parser's own helpers (addresses, dates, Received lines, header
decoding, MIME header checks) for just those, and repeats mail-parser's
rules for telling bodies from attachments. Anything those rules treat in a
special way (a defect in a part, a part that is both body and attachment,
an attachment without a name, a charset that fails, an attached container)
gives None, and ``parse`` asks ``MailParser`` for the whole answer as
before. The tests hold the two to the same answers over the corpora.

Addresses and a part's MIME headers are worked out once per distinct value:
a mailbox's From and To lines and its parts' Content-Type lines repeat
message after message.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from datetime import datetime
from email.message import Message
from functools import lru_cache
from typing import Any, cast

from mailparser import MailParser
from mailparser.const import ADDRESSES_HEADERS
from mailparser.dates import date_diagnostics, parse_mail_date
from mailparser.utils import (
    decode_header_part,
    decode_headers,
    get_addresses,
    mime_header_view,
    ported_string,
    raw_payload,
    receiveds_parsing,
)

from intake.mail.mime import raw_text

_BODY_TYPES = ("text/plain", "text/html")
_MIME_HEADERS = frozenset(
    {"content-type", "content-disposition", "content-id", "content-transfer-encoding"}
)
_CACHED_HEADERS_SIZE = 1000  # characters: a hostile 1 MB header is read, not kept


@dataclass
class MailView:
    """The parts of mail-parser's reading of one message that ``parse`` turns into a Notice."""

    message: Message
    subject: Any = ""  # a str, or a list of them when the header repeats (mail-parser's way)
    message_id: Any = ""
    sender: list[tuple[str, str]] = field(default_factory=list)  # (name, address) of From
    to: list[tuple[str, str]] = field(default_factory=list)
    date: datetime | None = None
    text_plain: list[str] = field(default_factory=list)
    text_html: list[str] = field(default_factory=list)
    attachments: list[dict[str, Any]] = field(default_factory=list)
    defects: list[dict[str, list[str]]] = field(default_factory=list)

    @classmethod
    def of(cls, mail: MailParser) -> MailView:
        """The view of a complete ``MailParser`` reading."""
        return cls(
            message=mail.message,
            subject=mail.subject,
            message_id=mail.message_id,
            sender=mail.from_,
            to=mail.to,
            date=mail.date,
            text_plain=mail.text_plain,
            text_html=mail.text_html,
            attachments=mail.attachments,
            defects=mail.defects,
        )


def plain_view(message: Message) -> MailView | None:
    """The view of ``message`` as ``MailParser`` gives it, or None when its parts are not plain."""
    view = MailView(message=message)
    if not _parts(message, view):
        return None
    index: dict[str, list[Any]] = {}
    for name, value in message.items():
        index.setdefault(name.lower(), []).append(value)
    view.subject = decode_headers(index.get("subject"))
    view.message_id = decode_headers(index.get("message-id"))
    addresses, address_defects = _address_headers(index)
    view.sender, view.to = _named(addresses.get("from")), _named(addresses.get("to"))
    view.date, date_defects = _date(message)
    received_defects = _received_defects(message, date_defects)
    for key, found in (
        ("address-headers", address_defects),
        ("received-headers", received_defects),
        ("date-headers", date_defects),
    ):
        if found:
            view.defects.append({key: found})
    return view


def _parts(message: Message, view: MailView) -> bool:
    """Fill the bodies and attachments of ``view``; False when a part needs mail-parser."""
    for part in message.walk():
        if part.defects:
            return False
        if part.is_multipart():
            if part.get("content-disposition") is not None or part.get_filename():
                return False  # an attached container: mail-parser's rules for its children
            continue
        headers = _headers_of(part)
        content_type, filename = headers.content_type, headers.filename
        if not headers.plain:
            return False
        if filename:
            if headers.disposition == "inline" and content_type in _BODY_TYPES:
                return False  # both a body and an attachment
            view.attachments.append(_attachment(part, headers))
        elif (
            headers.content_id
            or headers.disposition not in ("", "inline")  # mail-parser names these (some at random)
            or content_type not in _BODY_TYPES
            or not _body(part, headers, view)
        ):
            return False
    return True


@dataclass(frozen=True)
class _PartHeaders:
    """What mail-parser reads from a part's MIME headers (``mime_header_view``)."""

    content_type: str
    filename: str
    disposition: str
    content_id: str
    charset: str
    encoding: str  # Content-Transfer-Encoding, lower case
    plain: bool  # no MIME header problem, and the checked view reads the part's type


def _headers_of(part: Message) -> _PartHeaders:
    """``_PartHeaders`` of ``part``; the MIME headers of a mailbox's parts repeat, so
    short ones are worked out once."""
    headers = tuple(
        (name, value) for name, value in part.raw_items() if name.lower() in _MIME_HEADERS
    )
    if sum(len(value) for _, value in headers) > _CACHED_HEADERS_SIZE:
        return _read_headers.__wrapped__(part.get_default_type(), headers)
    return _read_headers(part.get_default_type(), headers)


@lru_cache(maxsize=1024)
def _read_headers(default_type: str, headers: tuple[tuple[str, str], ...]) -> _PartHeaders:
    part = Message()
    part.set_default_type(default_type)
    for name, value in headers:
        part.set_raw(name, value)
    metadata, problems = mime_header_view(part)
    filename = decode_header_part(metadata.get_filename(), defects=problems)
    content_type = part.get_content_type()
    return _PartHeaders(
        content_type=content_type,
        filename=filename,
        disposition=ported_string(metadata.get_content_disposition()).lower(),
        content_id=ported_string(metadata.get("content-id")),
        charset=metadata.get_content_charset("utf-8"),
        encoding=ported_string(part.get("Content-Transfer-Encoding", "")).strip().lower(),
        plain=not problems and metadata.get_content_type() == content_type,
    )


def _body(part: Message, headers: _PartHeaders, view: MailView) -> bool:
    """Add the decoded text of a body part; False when its charset fails (a defect)."""
    raw = raw_text(part)
    if headers.encoding in ("", "7bit", "8bit") and isinstance(raw, str) and raw.isascii():
        text = raw
    else:
        payload = cast(bytes, part.get_payload(decode=True))
        try:
            text = payload.decode(headers.charset) if payload else ""
            text.encode("utf-8")
        except (LookupError, UnicodeError):
            return False
    if text:
        (view.text_html if headers.content_type == "text/html" else view.text_plain).append(text)
    return True


def _attachment(part: Message, headers: _PartHeaders) -> dict[str, Any]:
    """What ``parse`` reads of mail-parser's attachment entry: name, type, payload."""
    if headers.encoding == "base64":
        payload = raw_payload(part)
        if not isinstance(payload, str):
            payload = base64.b64encode(payload).decode("ascii")
    else:
        payload = base64.b64encode(cast(bytes, part.get_payload(decode=True))).decode("ascii")
    return {
        "filename": headers.filename,
        "payload": payload,
        "binary": True,
        "mail_content_type": headers.content_type,
    }


def _address_headers(index: dict[str, list[Any]]) -> tuple[dict[str, list], list[str]]:
    """The first value of each address header, parsed; every value's problems as defects."""
    first: dict[str, list] = {}
    defects: list[str] = []
    for header in sorted(ADDRESSES_HEADERS):
        for occurrence, value in enumerate(index.get(header, [])):
            found, reasons = _addresses(value) if isinstance(value, str) else _uncached(value)
            if occurrence == 0:
                first[header] = found
            defects += [f"AddressHeaderDefect: {header}[{occurrence}]: {r}" for r in reasons]
    return first, defects


@lru_cache(maxsize=4096)
def _addresses(value: str) -> tuple[list[tuple[str, str]], tuple[str, ...]]:
    return _uncached(value)


def _uncached(value: Any) -> tuple[list[tuple[str, str]], tuple[str, ...]]:
    diagnostics: list[dict[str, Any]] = []
    found = get_addresses(value, defects=diagnostics, decode_names=True)
    return found, tuple(str(d["reason"]) for d in diagnostics)


def _named(pairs: list[tuple[str, str]] | None) -> list[tuple[str, str]]:
    """Mailboxes with an address; a name that only repeats the address is no name."""
    return [("" if name == addr else name, addr) for name, addr in pairs or [] if addr]


def _date(message: Message) -> tuple[datetime | None, list[str]]:
    """The first Date header's time, and the problems of every Date and Resent-Date."""
    found: datetime | None = None
    defects: list[str] = []
    seen: dict[str, int] = {}
    for name, raw in message.raw_items():
        header = name.lower()
        if header not in ("date", "resent-date"):
            continue
        occurrence = seen[header] = seen.get(header, -1) + 1
        result = parse_mail_date(raw)
        if header == "date" and occurrence == 0:
            found = result.value
        defects += [
            f"DateHeaderDefect: {d['header']}[{d['occurrence']}]: {d['reason']}"
            for d in date_diagnostics(result, raw, header, occurrence)
        ]
    return found, defects


def _received_defects(message: Message, date_defects: list[str]) -> list[str]:
    """Problems of the Received lines; the dates in them add to ``date_defects``."""
    values = [value for name, value in message.raw_items() if name.lower() == "received"]
    if not values:
        return []
    found: list[dict[str, Any]] = []
    dates: list[dict[str, Any]] = []
    receiveds_parsing(values, defects=found, date_defects=dates)
    date_defects += [
        f"DateHeaderDefect: {d['header']}[{d['occurrence']}]: {d['reason']}" for d in dates
    ]
    return [f"ReceivedHeaderDefect: received[{d['occurrence']}]: {d['reason']}" for d in found]
