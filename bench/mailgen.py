"""A seller's mailbox for the backfill benchmark, written straight into a Maildir.

APPENDing 50,000 messages one by one would take longer than the benchmark
itself, so the files and Dovecot's ``dovecot-uidlist`` (UIDs in generation
order) are written directly before the server starts. Every message is made
from a corpus or demo message (the notices the classifier was trained on,
plus the ordinary mail among them) with a fresh Message-ID and date, shuffled
ASINs, order and case IDs from one seller's catalogue, and often an HTML
alternative or an attachment, so that sizes look like a real inbox: about
21 KB a message on average, attachments more than half the bytes.
"""

from __future__ import annotations

import base64
import os
import quopri
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE_DIRS = (ROOT / "classifiers" / "corpus" / "data", ROOT / "intake" / "samples" / "demo")

ORDINARY_SHARE = 0.08  # mail from outside Amazon (the sender filter skips it)
HTML_SHARE = 1.0  # single-part notices get an HTML alternative, as Amazon sends them
LARGE_SHARE, LARGE_SIZE = 0.008, (600_000, 1_400_000)  # scanned invoices, POA PDFs
SMALL_SHARE, SMALL_SIZE = 0.08, (15_000, 70_000)  # screenshots, small documents
UIDVALIDITY = 1_700_000_000

_ASIN = re.compile(rb"\bB0[A-Z0-9]{8}\b")
_ORDER = re.compile(rb"\b\d{3}-\d{7}-\d{7}\b")
_CASE = re.compile(rb"\b\d{10,11}\b")
_FROM_DOMAIN = re.compile(rb"^From:[^\n]*@([\w.-]+)", re.MULTILINE | re.IGNORECASE)
_HTML_HEAD = (
    b'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><style>\n'
    + b"".join(
        b".c%d { font-family: Arial, Helvetica, sans-serif; font-size: 14px; color: #111; "
        b"margin: 0 0 12px 0; padding: 4px 8px; line-height: 1.4; }\n" % n
        for n in range(48)
    )
    + b'</style></head>\n<body><table width="100%" cellpadding="0" cellspacing="0">'
    b'<tr><td class="c0"><img src="https://m.media-amazon.com/images/G/01/logo.png" alt="">'
    b"</td></tr>"
    b'<tr><td class="c1">\n'
)
_HTML_FOOT = (
    b'</td></tr><tr><td class="c2">This message was sent to the address on your '
    b'seller account. <a href="https://sellercentral.amazon.com/help/hub">Help</a></td></tr>'
    b"</table></body></html>\n"
)


@dataclass(frozen=True)
class Template:
    """A source message split into its kept headers and its one content part."""

    headers: tuple[bytes, ...]  # without Date, Message-ID, MIME-Version and Content-*
    content_headers: bytes  # Content-Type (and transfer encoding) of the content part
    body: bytes
    single_text: bool  # a plain-text single part: may get an HTML alternative
    amazon: bool


@dataclass(frozen=True)
class MailboxStats:
    """What was generated: counts and bytes."""

    messages: int
    ordinary: int
    with_attachment: int
    total_bytes: int
    attachment_bytes: int


def load_templates() -> tuple[list[Template], list[Template]]:
    """(Amazon notices, ordinary mail) from the corpus and the demo mailbox."""
    amazon: list[Template] = []
    ordinary: list[Template] = []
    for folder in TEMPLATE_DIRS:
        for path in sorted(folder.rglob("*.eml")):
            template = _template(path.read_bytes().replace(b"\r\n", b"\n"))
            if template is not None:
                (amazon if template.amazon else ordinary).append(template)
    return amazon, ordinary


def _template(raw: bytes) -> Template | None:
    head, sep, body = raw.partition(b"\n\n")
    if not sep:
        return None
    kept, content = [], []
    for field in _fields(head):
        name = field.split(b":", 1)[0].strip().lower()
        if name.startswith(b"content-"):
            content.append(field)
        elif name not in (b"date", b"message-id", b"mime-version"):
            kept.append(field)
    content_type = b"".join(f for f in content if f.lower().startswith(b"content-type"))
    single_text = not content_type or b"text/plain" in content_type.lower()
    if single_text:
        body = _decoded(content, body)
        content = [f for f in content if not f.lower().startswith(b"content-transfer-encoding")]
        content.append(b"Content-Transfer-Encoding: 8bit\n")
    if not content_type:
        content.insert(0, b'Content-Type: text/plain; charset="utf-8"\n')
    match = _FROM_DOMAIN.search(head)
    is_amazon = bool(match and b"amazon." in match.group(1).lower())
    return Template(tuple(kept), b"".join(content), body, single_text, is_amazon)


def _fields(head: bytes) -> list[bytes]:
    """Header fields with their continuation lines, each ending in a newline."""
    fields: list[bytes] = []
    for line in head.split(b"\n"):
        if line[:1] in (b" ", b"\t") and fields:
            fields[-1] += line + b"\n"
        elif line:
            fields.append(line + b"\n")
    return fields


def _decoded(content: list[bytes], body: bytes) -> bytes:
    encoding = b"".join(f for f in content if f.lower().startswith(b"content-transfer")).lower()
    if b"quoted-printable" in encoding:
        return quopri.decodestring(body)
    if b"base64" in encoding:
        return base64.b64decode(body)
    return body


class _Seller:
    """One seller's catalogue: the same few hundred ASINs and case IDs recur, as in life."""

    def __init__(self, rng: random.Random) -> None:
        alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
        self.asins = [
            ("B0" + "".join(rng.choice(alphabet) for _ in range(8))).encode() for _ in range(300)
        ]
        self.cases = [str(rng.randrange(10**9, 10**10)).encode() for _ in range(400)]
        self.rng = rng

    def vary(self, body: bytes) -> bytes:
        """The body with its ASINs, order IDs and case IDs replaced by this seller's."""
        rng = self.rng
        body = _ASIN.sub(lambda _: rng.choice(self.asins), body)
        body = _ORDER.sub(lambda _: b"%03d-%07d-%07d" % _order_parts(rng), body)
        return _CASE.sub(lambda _: rng.choice(self.cases), body)


def _order_parts(rng: random.Random) -> tuple[int, int, int]:
    return rng.randrange(100, 999), rng.randrange(10**7), rng.randrange(10**7)


def generate(count: int, seed: int = 4) -> Iterator[tuple[bytes, int, bool]]:
    """``count`` messages in date order: bytes, how many are attachment, from Amazon or not."""
    rng = random.Random(seed)
    amazon, ordinary = load_templates()
    seller = _Seller(rng)
    noise = os.urandom(SMALL_SIZE[1] + LARGE_SIZE[1])
    start = datetime(2024, 1, 1, 8, tzinfo=UTC)
    step = timedelta(days=700) / max(1, count)
    for n in range(count):
        pool = ordinary if rng.random() < ORDINARY_SHARE else amazon
        template = rng.choice(pool)
        when = start + n * step + timedelta(seconds=rng.randrange(60))
        raw, attachment = _message(template, n, when, seller, rng, noise)
        yield raw, attachment, template.amazon


def _message(
    template: Template, n: int, when: datetime, seller: _Seller, rng: random.Random, noise: bytes
) -> tuple[bytes, int]:
    body = seller.vary(template.body)
    part = template.content_headers + b"\n" + body
    if template.single_text and template.amazon and rng.random() < HTML_SHARE:
        part = _alternative(template.content_headers, body, n)
    attachment = b""
    roll = rng.random()
    if roll < LARGE_SHARE + SMALL_SHARE:
        low, high = LARGE_SIZE if roll < LARGE_SHARE else SMALL_SIZE
        attachment = _attachment(noise, rng.randrange(low, high), rng, n)
        boundary = b"mixed-%d" % n
        part = b'Content-Type: multipart/mixed; boundary="%s"\n\n--%s\n%s\n--%s\n%s--%s--\n' % (
            boundary,
            boundary,
            part,
            boundary,
            attachment,
            boundary,
        )
    domain = b"amazon.com" if template.amazon else b"mail.example"
    head = b"".join(template.headers) + (
        b"Date: %s\nMessage-ID: <bench.%d.%x@%s>\nMIME-Version: 1.0\n"
        % (format_datetime(when).encode(), n, rng.getrandbits(48), domain)
    )
    return head + part, len(attachment)


def _alternative(content_headers: bytes, body: bytes, n: int) -> bytes:
    """A text part and an HTML rendering of it, as ``multipart/alternative``."""
    escaped = body.replace(b"&", b"&amp;").replace(b"<", b"&lt;").replace(b">", b"&gt;")
    paragraphs = b"".join(b'<p class="c3">%s</p>\n' % p for p in escaped.split(b"\n\n"))
    html_headers = content_headers.replace(b"text/plain", b"text/html")
    if b"text/html" not in html_headers:
        html_headers = b'Content-Type: text/html; charset="utf-8"\n' + html_headers
    boundary = b"alt-%d" % n
    html = _HTML_HEAD + paragraphs + _HTML_FOOT
    shape = (
        b'Content-Type: multipart/alternative; boundary="%s"\n\n--%s\n%s\n%s\n--%s\n%s\n%s--%s--\n'
    )
    return shape % (
        boundary, boundary, content_headers, body, boundary, html_headers, html, boundary,
    )  # fmt: skip


def _attachment(noise: bytes, size: int, rng: random.Random, n: int) -> bytes:
    start = rng.randrange(len(noise) - size)
    kind, name = rng.choice(((b"application/pdf", b"invoice"), (b"image/png", b"screenshot")))
    extension = kind.rsplit(b"/", 1)[1]
    return (
        b"Content-Type: %s; name=\"%s-%d.%s\"\nContent-Disposition: attachment; "
        b"filename=\"%s-%d.%s\"\nContent-Transfer-Encoding: base64\n\n%s"
        % (kind, name, n, extension, name, n, extension, base64.encodebytes(noise[start:][:size]))
    )  # fmt: skip


def write_maildir(
    maildir: Path, count: int, *, seed: int = 4, owner: tuple[int, int] | None = None
) -> MailboxStats:
    """Write ``count`` messages and a ``dovecot-uidlist`` numbering them 1..count in order."""
    for name in ("cur", "new", "tmp"):
        (maildir / name).mkdir(parents=True, exist_ok=True)
    names, total, attached, with_attachment, ordinary = [], 0, 0, 0, 0
    for n, (raw, attachment, amazon) in enumerate(generate(count, seed)):
        base = f"{UIDVALIDITY + n}.M{n}P1.bench,S={len(raw)}"
        path = maildir / "cur" / f"{base}:2,"
        path.write_bytes(raw)
        names.append(base)
        total, attached = total + len(raw), attached + attachment
        with_attachment += attachment > 0
        ordinary += not amazon
    uidlist = f"3 V{UIDVALIDITY} N{count + 1}\n" + "".join(
        f"{uid} :{base}\n" for uid, base in enumerate(names, start=1)
    )
    (maildir / "dovecot-uidlist").write_text(uidlist)
    if owner is not None:
        _chown_tree(maildir, owner)
    return MailboxStats(count, ordinary, with_attachment, total, attached)


def _chown_tree(folder: Path, owner: tuple[int, int]) -> None:
    for parent in (folder.parent, folder):
        os.chown(parent, *owner)
    for dirpath, dirnames, filenames in os.walk(folder):
        for name in dirnames + filenames:
            os.chown(os.path.join(dirpath, name), *owner)
