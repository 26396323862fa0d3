"""Bytes to ``Notice``: the only caller of mail-parser.

Parsing is pure and forgiving: a broken MIME structure, an unknown charset or
a missing header becomes an entry in ``Notice.defects``, never a silent None.
Only bytes that hold no message at all raise ``ParseError``; the pipeline then
stores the raw bytes with the error and goes on.

mail-parser stays the parser of record: its answers (bodies, addresses,
dates, attachments, defects) are the ones a notice gets. It is kept rather
than replaced because those answers encode many careful rules for hostile
mail that intake relies on. But reading a whole message its way cost about
1 ms, twice the parsing budget of issue 14, so plain mail takes a quicker way
to the same answers (``read_mail``): ``mime`` splits multiparts without the
standard library's line-by-line reader, and ``mailview`` asks mail-parser's
own helpers for only what intake keeps. Mail outside that plain shape is read
by ``MailParser`` whole, and tests hold both ways to the same answers.

It is also handed a lighter copy of a big message: the standard library's parser
reads a body line by line, so a 20 MB PDF cost most of a second to parse
although only its name, type and size are kept. ``_elide_attachments`` replaces
each large base64 body of a non-text part with a short stand-in that carries the
decoded size (computed from the encoded length); the stored raw bytes and the
content hash are the caller's and stay untouched.
"""

from __future__ import annotations

import base64
import binascii
import logging
import re
from collections.abc import Iterable
from dataclasses import fields, replace
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import mailparser

from classifiers.links import html_links
from classifiers.text import render_quoted_html, tidy_text
from intake.errors import ParseError
from intake.mail import mime
from intake.mail.headers import decode_words
from intake.mail.mailview import MailView, plain_view
from intake.mail.notice import UNCLOSED_FROM, Attachment, Link, Notice
from intake.mail.storable import MAX_ADDRESS, MAX_MESSAGE_ID, has_unstorable, shortened_id, storable

# mail-parser warns about MIME parts it does not handle ("Email content 'mixed' not
# handled"); intake records such problems as defects itself. With no logging set up
# (a script using intake as a library, ``bench/``), Python would print each warning
# bare on stderr; a handler that drops them keeps that quiet, and a process that sets
# up logging still gets them through its own handlers (``intake.logs`` keeps ERROR).
logging.getLogger("mailparser").addHandler(logging.NullHandler())

# Headers kept on the Notice, for authenticity checks and threading.
KEPT_HEADERS = (
    "authentication-results",
    "arc-authentication-results",
    "received-spf",
    "dkim-signature",
    "reply-to",
    "return-path",
    "auto-submitted",
    "x-autoreply",
    "list-id",
    "list-unsubscribe",
    "delivered-to",
)
_URL = re.compile(r"https?://[^\s<>\"')\]]+", re.IGNORECASE)
_MSGID = re.compile(r"<[^<>\s]+>")
_MAX_HEADER_VALUE = 2000
_TOO_DEEP = "Message nesting too deep to parse (possible malicious multipart structure)"
ELIDE_MIN = 64 * 1024  # base64 bodies this long (encoded) are not handed to the parser
ELIDED = b"intake: attachment of %d bytes not parsed"
_ELIDED_SIZE = re.compile(rb"intake: attachment of (\d+) bytes not parsed")
# Matched in lower-cased bytes, without ``^`` (checked after): a pattern that starts with
# a plain word is found by a quick search for it, four times faster than ``re.I`` and ``^``.
_BASE64_CTE = re.compile(rb"content-transfer-encoding:[ \t]*base64[ \t]*\r?$", re.M)
_BLANK_LINE = re.compile(rb"\r?\n\r?\n")
_CONTENT_TYPE = re.compile(rb"^content-type:[ \t]*([a-z0-9.+-]+)/", re.I | re.M)
_BASE64_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/="


def parse_reason(error: str) -> str:
    """A parse error's reason without the origin it starts with (``file:x.eml: empty
    message``): how ``ingest``, ``messages`` and ``classify`` name it."""
    if error.startswith(("file:", "imap:")) and ": " in error:
        return error.split(": ", 1)[1]
    return error


def parse(raw: bytes, *, message_id_hint: str = "", quick: bool = True) -> Notice:
    """Parse one message's bytes; raise ``ParseError`` when there is no message in them.

    ``quick=False`` has mail-parser read every message whole (the benchmark's baseline).
    """
    if not raw.strip():
        raise ParseError(f"{message_id_hint or 'message'}: empty message")
    try:
        mail = read_mail(_elide_attachments(raw), quick=quick)
    except RecursionError as err:  # the standard parser recurses once per nesting level
        raise ParseError(f"{message_id_hint or 'message'}: cannot parse: {_TOO_DEEP}") from err
    except Exception as err:  # mail-parser raises many kinds on hostile input
        raise ParseError(f"{message_id_hint or 'message'}: cannot parse: {err}") from err
    message = mail.message
    if message is None or not message.keys():
        # Text without a single header line (notes, a PDF, random bytes) is not mail.
        raise ParseError(f"{message_id_hint or 'message'}: no mail headers")
    text, from_html, links = _body(mail.text_plain, mail.text_html)
    sender_name, sender = _first_address(mail.sender)
    repair: tuple[str, ...] = ()
    if not sender and (unclosed := _unclosed_sender(message.get("From"))):
        sender_name, sender = unclosed
        repair = (f"{UNCLOSED_FROM}; the sender is read as {sender}",)
    stored = next((v for k, v in message.raw_items() if k.lower() == "subject"), None)
    subject, subject_defects = _eight_bit_subject(stored, mail.subject)
    date, date_defects = _date(mail.date, str(message.get("Date", "") or ""))
    notice = Notice(
        message_id=_message_id(mail.message_id),
        sender=sender,
        sender_name=sender_name,
        recipients=tuple(addr.lower() for _, addr in _addresses(mail.to) if addr),
        subject=subject,
        date=date,
        in_reply_to=_message_id(message.get("In-Reply-To", "")),
        references=tuple(_MSGID.findall(str(message.get("References", "")))),
        text=text,
        from_html=from_html,
        attachments=tuple(_attachment(item) for item in mail.attachments),
        links=links,
        headers=_kept_headers(message),
        defects=_defects(mail.defects) + date_defects + repair + subject_defects,
    )
    return fitted(notice)


def read_mail(raw: bytes, *, quick: bool = True) -> MailView:
    """mail-parser's reading of ``raw``; for plain mail, the quicker way (module docstring)."""
    message = mime.message_from_bytes(raw)
    view = plain_view(message) if quick else None
    return view or MailView.of(mailparser.MailParser(message))


def fitted(notice: Notice) -> Notice:
    """The notice as a database takes it: NULs (and lone surrogates) out of every text,
    Message-IDs shortened and addresses cut to their columns, each change a defect.

    Only the decoded text changes; the raw bytes (and so the content hash) stay as they are.
    """
    notice, cleaned = _without_nuls(notice)
    notice, cut = _within_columns(notice)
    if not cleaned and not cut:
        return notice
    return replace(notice, defects=(*notice.defects, *cleaned, *cut))


def _without_nuls(notice: Notice) -> tuple[Notice, list[str]]:
    """The notice with every text cleaned, and a defect naming each field that changed."""
    changes: dict[str, Any] = {
        item.name: _cleaned(getattr(notice, item.name))
        for item in fields(notice)
        if _unstorable(getattr(notice, item.name))
    }
    defects = [
        f"{name}: NUL or invalid characters removed" for name in changes if name != "defects"
    ]
    return replace(notice, **changes), defects


def _within_columns(notice: Notice) -> tuple[Notice, list[str]]:
    """Message-IDs (own, In-Reply-To, References) and sender fields cut to their columns."""
    defects = [
        f"{name}: {len(value)} characters, shortened to {MAX_MESSAGE_ID}"
        for name, value in (("Message-ID", notice.message_id), ("In-Reply-To", notice.in_reply_to))
        if value and len(value) > MAX_MESSAGE_ID
    ] + [
        f"{name}: {len(value)} characters, cut to {MAX_ADDRESS}"
        for name, value in (("From", notice.sender), ("From name", notice.sender_name))
        if len(value) > MAX_ADDRESS
    ]
    if not defects and all(len(ref) <= MAX_MESSAGE_ID for ref in notice.references):
        return notice, []
    return replace(
        notice,
        message_id=notice.message_id and shortened_id(notice.message_id),
        in_reply_to=notice.in_reply_to and shortened_id(notice.in_reply_to),
        references=tuple(shortened_id(ref) for ref in notice.references),
        sender=notice.sender[:MAX_ADDRESS],
        sender_name=notice.sender_name[:MAX_ADDRESS],
    ), defects


def _unstorable(value: object) -> bool:
    if isinstance(value, str):
        return has_unstorable(value)
    if isinstance(value, tuple):
        return any(_unstorable(item) for item in value)
    if isinstance(value, Attachment | Link):
        return any(_unstorable(v) for v in vars(value).values())
    return False


def _cleaned(value: object) -> object:
    if isinstance(value, tuple):
        return tuple(_cleaned(item) for item in value)
    if isinstance(value, Attachment | Link):
        return replace(value, **{k: storable(v) for k, v in vars(value).items()})
    return storable(value)


def _body(plain: list[str], html: list[str]) -> tuple[str, bool, tuple[Link, ...]]:
    """The readable text, whether it came from HTML, and the links it holds."""
    if any(part.strip() for part in plain):
        markup = "\n".join(html)
        # A link is an <a> tag: HTML without "<a" has none (rendering it cost 0.06 ms); the
        # links alone are read without rendering the rest, where that gives the same links.
        has_links = "<a" in markup or "<A" in markup
        links = _links(html_links(markup)) if has_links else ()
        text = tidy_text("\n\n".join(plain))
        if not links:
            links = tuple(Link(href=url, text=url) for url in _URL.findall(text))
        return text, False, links
    if html:
        # Quoted history in HTML mail is a <blockquote>; keep it marked as "> " lines
        # so that the classifier and the extractors can tell it from the new text.
        rendered = render_quoted_html("\n".join(html))
        return rendered.text, True, _links(rendered.links)
    return "", False, ()


def _links(pairs: tuple[tuple[str, str], ...]) -> tuple[Link, ...]:
    return tuple(Link(href=href, text=text) for href, text in pairs)


def _elide_attachments(raw: bytes) -> bytes:
    """``raw`` with each large base64 non-text body replaced by a stand-in holding its size."""
    if len(raw) < ELIDE_MIN:
        return raw
    pieces, done = [], 0
    lowered = raw.lower()  # the same length and positions: bytes.lower changes ASCII only
    for match in _BASE64_CTE.finditer(lowered):
        if match.start() and lowered[match.start() - 1] != ord("\n"):
            continue  # not at the start of a line
        span = _elidable_body(raw, match.start(), match.end())
        if span is None or span[0] < done:
            continue
        start, end = span
        body = raw[start:end]
        stripped = body.translate(None, b" \t\r\n")
        data = stripped.rstrip(b"=")
        if stripped.translate(None, _BASE64_ALPHABET) or b"=" in data or len(stripped) % 4:
            continue  # not plain base64: let the parser see it as it is
        size = len(stripped) * 3 // 4 - (len(stripped) - len(data))
        pieces += [raw[done:start], base64.b64encode(ELIDED % size), b"\n"]
        done = end
    return b"".join([*pieces, raw[done:]]) if pieces else raw


def _elidable_body(raw: bytes, header_start: int, header_end: int) -> tuple[int, int] | None:
    """The (start, end) of the body after this base64 header when it is big and not text."""
    blank = _BLANK_LINE.search(raw, header_end)
    if blank is None:
        return None
    part_start = raw.rfind(b"\n--", 0, header_start)
    headers = raw[part_start + 1 if part_start >= 0 else 0 : blank.start()]
    content_type = _CONTENT_TYPE.search(headers)
    if (
        _BLANK_LINE.search(headers)
        or content_type is None
        or content_type.group(1).lower() in (b"text", b"message", b"multipart")
    ):
        return None
    end = raw.find(b"\n--", blank.end())
    end = len(raw) if end < 0 else end + 1
    return (blank.end(), end) if end - blank.end() >= ELIDE_MIN else None


def _attachment(item: dict) -> Attachment:
    payload = item.get("payload") or ""
    if item.get("binary"):
        try:
            decoded = base64.b64decode(payload, validate=False)
        except (binascii.Error, ValueError):
            decoded = b""
            size = len(payload) * 3 // 4
        else:
            elided = _ELIDED_SIZE.fullmatch(decoded)
            size = int(elided.group(1)) if elided else len(decoded)
    else:
        size = len(payload.encode("utf-8", "replace"))
    return Attachment(
        filename=_clean_header(item.get("filename") or "") or "(unnamed)",
        content_type=(item.get("mail_content_type") or "application/octet-stream").lower(),
        size=size,
    )


def _addresses(pairs: Iterable) -> list[tuple[str, str]]:
    return [(str(name or ""), str(addr or "").strip()) for name, addr in pairs or []]


def _first_address(pairs: Iterable) -> tuple[str, str]:
    for name, addr in _addresses(pairs):
        if addr:
            return _clean_header(name), addr.lower()
    return "", ""


# One plain addr-spec (dot-atom local part, a domain of labels with a dot), nothing after it.
_PLAIN_ADDRESS = re.compile(
    r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z0-9-]{2,}"
)


def _unclosed_sender(value: object) -> tuple[str, str] | None:
    """(name, address) of a From that only lacks its closing ``>`` (``Name <a@b.example``);
    None for anything less plain.

    mail-parser reads no address from such a header, though mailers still write it. Only
    the case where every reader must find the same one address is repaired: one ``<``, no
    ``>``, a single plain address after it, and before it a name with no comma, comment or
    unclosed quote. Anything else (two addresses, a ``<`` in a quote) stays without a
    sender, as mail-parser leaves it: a guess there could pick the address a phisher meant
    the reader to see. ``authenticity`` trusts no Amazon address read this way.
    """
    header = " ".join(str(value or "").split())  # decoded after the split: an encoded word
    name, bracket, rest = header.partition("<")  # must not supply the < or the address
    if not bracket or "<" in rest or ">" in header or not _PLAIN_ADDRESS.fullmatch(rest.strip()):
        return None
    name = name.strip()
    if any(char in name for char in ",;:()<>[]\\") or name.count('"') % 2:
        return None
    if name.startswith('"') and name.endswith('"') and len(name) >= 2:
        name = name[1:-1]
    name = _clean_header(name)
    if any(char in name for char in '"<>'):  # an encoded word hiding brackets or quotes
        return None
    return name, rest.strip().lower()


def _eight_bit_subject(raw: object, parsed: Any) -> tuple[str, tuple[str, ...]]:
    """The subject; one written in 8-bit bytes that are not UTF-8 (an older mailer's bare
    Latin-1) read as Windows-1252, a superset of it, rather than without those letters,
    as mail-parser leaves it."""
    if isinstance(raw, str) and _SURROGATES.search(raw):
        data = raw.encode("ascii", "surrogateescape")
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("windows-1252", "replace")
            return _clean_header(text), ("Subject: 8-bit bytes, not UTF-8: read as windows-1252",)
    return _clean_header(parsed), ()


_SURROGATES = re.compile("[\udc80-\udcff]")


def _message_id(value: str | None) -> str | None:
    found = _MSGID.search(str(value or ""))
    return found.group(0) if found else None


def _clean_header(value: str) -> str:
    """Decode any leftover RFC 2047 words (malformed ones as far as they go), fold whitespace."""
    return " ".join(decode_words(str(value or "")).split())


def _kept_headers(message) -> tuple[tuple[str, str], ...]:
    kept: list[tuple[str, str]] = []
    for name in KEPT_HEADERS:
        for value in message.get_all(name) or []:
            kept.append((name, _clean_header(str(value))[:_MAX_HEADER_VALUE]))
    return tuple(kept)


def _date(parsed: datetime | None, header: str) -> tuple[datetime | None, tuple[str, ...]]:
    """The Date in UTC. One without a time zone (mail-parser gives none) is read as UTC and
    noted as a defect, rather than leaving the message undated."""
    if parsed is not None and parsed.tzinfo is not None:
        return parsed.astimezone(UTC), ()
    try:
        found = parsedate_to_datetime(header) if header.strip() else None
    except (TypeError, ValueError, IndexError):
        found = None
    if found is None:
        return None, ()
    if found.tzinfo is None:
        return found.replace(tzinfo=UTC), ("Date: no time zone; read as UTC",)
    return found.astimezone(UTC), ()


def _defects(defects: list) -> tuple[str, ...]:
    """Flatten mail-parser's ``[{part: [messages]}]`` into ``part: message`` strings."""
    flat: list[str] = []
    for entry in defects or []:
        for part, messages in entry.items():
            flat.extend(f"{part}: {message}" for message in messages)
    return tuple(flat)
