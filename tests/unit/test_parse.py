"""parse(): bytes to Notice, forgiving of broken mail but never silent about it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from intake.errors import ParseError
from intake.mail.notice import UNCLOSED_FROM
from intake.mail.parse import parse
from tests.builders import MessageBuilder


def test_plain_notice_fields() -> None:
    """Sender, recipients, subject, UTC date, Message-ID and text come through."""
    raw = MessageBuilder().build(
        sender='"Amazon Seller Performance" <Seller-Performance@amazon.com>',
        to="owner@seller.test",
        subject="Your Amazon selling account",
        body="Hello,\n\nWe have deactivated your listing B0ABCDEF12.\n",
        date=datetime(2026, 3, 2, 9, 0, tzinfo=UTC),
        in_reply_to="<appeal-1@seller.test>",
    )
    notice = parse(raw)
    assert notice.sender == "seller-performance@amazon.com"
    assert notice.sender_name == "Amazon Seller Performance"
    assert notice.recipients == ("owner@seller.test",)
    assert notice.subject == "Your Amazon selling account"
    assert notice.date == datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    assert notice.message_id == "<test-0001@intake.test>"
    assert notice.in_reply_to == "<appeal-1@seller.test>"
    assert notice.references == ("<appeal-1@seller.test>",)
    assert "B0ABCDEF12" in notice.text and not notice.from_html


def test_html_only_becomes_readable_text_with_links() -> None:
    """HTML-only mail turns into text; links keep their real target."""
    raw = (
        b"From: seller-notification@amazon.co.uk\r\nTo: a@b.test\r\nSubject: Notice\r\n"
        b"Message-ID: <h1@x>\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
        b"<html><head><style>p{color:red}</style></head><body><p>Dear Seller,</p>"
        b"<table><tr><td>ASIN</td><td>B0ABCDEF12</td></tr></table>"
        b'<p>Appeal on <a href="https://sellercentral.amazon.co.uk/performance">the Account'
        b" Health page</a> &amp; soon.</p></body></html>\r\n"
    )
    notice = parse(raw)
    assert notice.from_html
    assert "Dear Seller," in notice.text and "B0ABCDEF12" in notice.text
    assert "color:red" not in notice.text and "<p>" not in notice.text
    assert "&" in notice.text and "&amp;" not in notice.text
    assert notice.links[0].href == "https://sellercentral.amazon.co.uk/performance"
    assert notice.links[0].text == "the Account Health page"


def test_attachment_metadata_not_content() -> None:
    """An attachment is listed by name, type and size; its bytes never reach the text."""
    payload = b"%PDF-1.4 secret-invoice-content " * 100
    raw = MessageBuilder().build(
        body="See attached.", attachments=(("inv.pdf", "application/pdf", payload),)
    )
    notice = parse(raw)
    assert [(a.filename, a.content_type, a.size) for a in notice.attachments] == [
        ("inv.pdf", "application/pdf", len(payload))
    ]
    assert "secret-invoice-content" not in notice.text


def test_latin1_body_and_encoded_subject_are_decoded() -> None:
    """A non-UTF-8 charset is decoded by its declared charset."""
    raw = (
        "From: notice@amazon.de\r\nTo: a@b.test\r\nMessage-ID: <de@x>\r\n"
        "Subject: =?iso-8859-1?q?K=FCndigung_Ihres_Kontos?=\r\n"
        "Content-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        "Sehr geehrte Verkäuferin, Ihr Konto wurde gesperrt. Grüße\r\n"
    ).encode("latin-1")
    notice = parse(raw)
    assert notice.subject == "Kündigung Ihres Kontos"
    assert "Verkäuferin" in notice.text and "Grüße" in notice.text


def test_unknown_charset_is_a_recorded_defect() -> None:
    """An unknown charset still gives text, and the problem is in ``defects``."""
    raw = (
        b"From: a@amazon.com\r\nTo: b@c.test\r\nMessage-ID: <u@x>\r\nSubject: s\r\n"
        b"Content-Type: text/plain; charset=x-made-up\r\n\r\nHello \xe9t\xe9\r\n"
    )
    notice = parse(raw)
    assert "Hello" in notice.text
    assert any("x-made-up" in defect for defect in notice.defects)


@pytest.mark.parametrize("raw", [b"", b"   \r\n\r\n  "])
def test_empty_message_raises_parse_error(raw: bytes) -> None:
    """No bytes, no message: a ParseError the pipeline records, never a silent None."""
    with pytest.raises(ParseError, match="empty message"):
        parse(raw, message_id_hint="file:x.eml")


@pytest.mark.parametrize(
    "raw", [b"\x00\xff\xfe not a mail at all\r\n", b"Meeting notes\nabout the appeal\n"]
)
def test_bytes_without_a_header_are_not_mail(raw: bytes) -> None:
    """A file with no header line (notes, a PDF, noise) is unparseable, stored as such by the
    pipeline, instead of passing for an "other" message."""
    with pytest.raises(ParseError, match="notes.txt: no mail headers"):
        parse(raw, message_id_hint="notes.txt")


def test_kept_headers_for_authenticity() -> None:
    """Authentication results and Reply-To are kept for the authenticity check."""
    raw = (
        b"From: a@amazon.com\r\nTo: b@c.test\r\nMessage-ID: <k@x>\r\nSubject: s\r\n"
        b"Authentication-Results: mx.test; dkim=fail header.d=amazon.com; spf=fail\r\n"
        b"Reply-To: help@amaz0n-support.test\r\n\r\nbody\r\n"
    )
    notice = parse(raw)
    assert "dkim=fail" in (notice.header("Authentication-Results") or "")
    assert notice.header("reply-to") == "help@amaz0n-support.test"


def test_html_blockquote_history_is_marked_quoted() -> None:
    """In HTML-only mail, quoted history (<blockquote>) becomes "> " lines below the new text."""
    raw = (
        b"From: seller-performance@amazon.com\r\nTo: a@b.test\r\nMessage-ID: <q@x>\r\n"
        b"Subject: Re: appeal\r\nContent-Type: text/html\r\n\r\n"
        b"<p>We could not accept your appeal.</p><blockquote><p>Please reinstate my account.</p>"
        b"</blockquote>\r\n"
    )
    text = parse(raw).text
    assert text.startswith("We could not accept your appeal.")
    assert "> Please reinstate my account." in text


@pytest.mark.parametrize(
    ("header", "expected", "defect"),
    [
        ("Mon, 2 Nov 2026 10:00:00 +0100", datetime(2026, 11, 2, 9, 0, tzinfo=UTC), False),
        ("Mon, 2 Nov 2026 10:00:00", datetime(2026, 11, 2, 10, 0, tzinfo=UTC), True),
        ("not a date", None, False),
    ],
)
def test_date_is_utc_and_a_missing_zone_is_read_as_utc(header, expected, defect) -> None:
    """A Date without a time zone still dates the message (as UTC), noted as a defect."""
    notice = parse(f"From: a@b.test\r\nDate: {header}\r\nSubject: x\r\n\r\nbody\r\n".encode())
    assert notice.date == expected
    assert ("Date: no time zone; read as UTC" in notice.defects) is defect


def _from(header: bytes) -> bytes:
    return (
        b"From: " + header + b"\r\nTo: ana@lumenhome.test\r\nSubject: Report\r\n"
        b"Message-ID: <unclosed@x>\r\n\r\nYour report is ready.\r\n"
    )


def test_from_without_its_closing_angle_bracket_keeps_its_address() -> None:
    """Mail in the wild has `From: Name <addr` with no `>`: the one address in it is the
    sender (mail-parser gives none), and the repair is a defect naming it."""
    notice = parse(_from(b"Amazon.co.uk <seller-notification@amazon.co.uk"))
    assert notice.sender == "seller-notification@amazon.co.uk"
    assert notice.sender_name == "Amazon.co.uk"
    assert any(d.startswith(UNCLOSED_FROM) for d in notice.defects), notice.defects
    quoted = parse(_from(b'"Ana Sousa" <Ana@LumenHome.test   '))
    assert (quoted.sender, quoted.sender_name) == ("ana@lumenhome.test", "Ana Sousa")


@pytest.mark.parametrize(
    "header",
    [
        b"Amazon <seller@amazon.com evil@phish.test",  # two addresses after the <
        b"Amazon <seller@amazon.com <x@phish.test",  # two <
        b"Doe, Amazon <seller@amazon.com",  # a comma: two mailboxes or one?
        b'"Amazon <seller@amazon.com',  # the < is inside an unclosed quote
        b"Amazon (Seller <seller@amazon.com",  # inside an unclosed comment
        b"Amazon <seller@amazon.com>x <y",  # a > somewhere: not the simple case
        b"Amazon <not an address",
    ],
)
def test_an_ambiguous_unclosed_from_stays_without_a_sender(header: bytes) -> None:
    """Only the plain case is repaired: where readers could disagree on the address, none."""
    notice = parse(_from(header))
    assert notice.sender == ""
    assert not any(d.startswith(UNCLOSED_FROM) for d in notice.defects)


def test_a_raw_latin_1_subject_keeps_its_letters() -> None:
    """Older mailers still write 8-bit subjects with no encoded word; mail-parser dropped
    every byte that was not UTF-8 ("Verkäuferkonto" became "Verkuferkonto"). Bytes that are
    not UTF-8 are read as Windows-1252 (a superset of Latin-1), and the defect says so."""
    raw = (
        b"From: seller-performance@amazon.de\r\nTo: a@b.test\r\nMessage-ID: <l1@x>\r\n"
        b"Subject: Ihr Verk\xe4uferkonto wurde gesperrt \x96 Sch\xfctzen\r\n\r\nText.\r\n"
    )
    notice = parse(raw)
    assert notice.subject == "Ihr Verkäuferkonto wurde gesperrt – Schützen"
    assert any("Subject" in defect and "windows-1252" in defect for defect in notice.defects)
    utf8 = parse(raw.replace(b"Verk\xe4ufer", "Verkäufer".encode()).replace(b"\x96 Sch\xfc", b"x"))
    assert utf8.subject == "Ihr Verkäuferkonto wurde gesperrt xtzen"
