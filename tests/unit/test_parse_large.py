"""parse() of big messages: large attachments are sized, never handed whole to the parser."""

from __future__ import annotations

import base64
import os
import time

from intake.mail import parse as parse_module
from intake.mail.parse import ELIDE_MIN, parse
from tests.builders import MessageBuilder

TWENTY_MB = 20 * 1024 * 1024


def _with_attachment(data: bytes, mime_type: str = "application/pdf") -> bytes:
    return MessageBuilder().build(
        body="Hello,\n\nPlease find the invoice for ASIN B0ABCDEF12 attached.\n",
        attachments=(("invoice.pdf", mime_type, data),),
    )


def test_twenty_megabyte_attachment_keeps_its_size_and_parses_fast() -> None:
    """A 20 MB PDF is listed with its exact size; the parser never reads its body."""
    data = os.urandom(TWENTY_MB + 1)  # not a multiple of 3: the size needs the padding right
    raw = _with_attachment(data)
    handed = parse_module._elide_attachments(raw)
    assert len(handed) < 4096  # what mail-parser gets: headers, text, a stand-in
    started = time.perf_counter()
    notice = parse(raw)
    elapsed = time.perf_counter() - started
    assert [(a.filename, a.content_type, a.size) for a in notice.attachments] == [
        ("invoice.pdf", "application/pdf", TWENTY_MB + 1)
    ]
    assert "B0ABCDEF12" in notice.text and notice.defects == ()
    assert elapsed < 3.0  # about 0.2 s here; a full parse of the body takes several times that


def test_eliding_changes_nothing_but_the_work() -> None:
    """The Notice is the same whether or not big bodies were left out of the parse."""
    raw = _with_attachment(os.urandom(3 * ELIDE_MIN), "image/png")
    assert parse_module._elide_attachments(raw) != raw
    full = parse_module.mailparser.parse_from_bytes(raw)
    assert parse(raw).attachments[0].size == len(base64.b64decode(full.attachments[0]["payload"]))


def test_small_attachments_and_base64_text_are_parsed_as_they_are() -> None:
    """Only big non-text bodies are left out: a base64 HTML body is still read as text."""
    small = _with_attachment(os.urandom(ELIDE_MIN // 4))
    assert parse_module._elide_attachments(small) is small
    html = "<p>" + "Your listing B0ABCDEF12 was removed. " * 4000 + "</p>"
    raw = (
        b"From: seller-performance@amazon.com\r\nTo: a@b.test\r\nSubject: Notice\r\n"
        b"Message-ID: <big-html@x>\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + base64.encodebytes(html.encode()).replace(b"\n", b"\r\n")
    )
    assert len(raw) > ELIDE_MIN
    assert parse_module._elide_attachments(raw) is raw
    assert parse(raw).text.count("B0ABCDEF12") == 4000


def test_broken_base64_is_left_to_the_parser() -> None:
    """A body with characters outside base64 is not guessed at: mail-parser sees it whole."""
    raw = _with_attachment(os.urandom(2 * ELIDE_MIN))
    middle = raw.index(b'filename="invoice.pdf"') + 1000
    broken = raw[:middle] + b"*" + raw[middle:]
    assert parse_module._elide_attachments(broken) == broken
    assert parse(broken).attachments[0].filename == "invoice.pdf"
