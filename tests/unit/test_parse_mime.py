"""The quick MIME split builds exactly the tree the standard library's parser builds."""

from __future__ import annotations

import email
import random
import re
from email.message import Message
from pathlib import Path

import pytest

from intake.mail import mime
from intake.mail.mailview import plain_view
from intake.mail.parse import read_mail
from tests.hostile_corpus import FAMILIES, _message

RANDOM_NAME = re.compile(r"^[a-z]{10}\.(txt|rtf)$")
ROOT = Path(__file__).resolve().parents[2]
CORPUS = sorted((ROOT / "classifiers" / "corpus" / "data").rglob("*.eml"))[::7]
DEMO = sorted((ROOT / "intake" / "samples" / "demo").rglob("*.eml"))

HEAD = b"From: a@amazon.com\nSubject: s\nMIME-Version: 1.0\n"
PLAIN = b"Content-Type: text/plain; charset=utf-8\n\nHello\n"
HTML = b'Content-Type: text/html; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\n<p>Hi=\n</p>\n'  # noqa: E501
PDF = (
    b'Content-Type: application/pdf; name="a.pdf"\nContent-Transfer-Encoding: base64\n\nJVBERi0x\n'  # noqa: E501
)


def _multipart(subtype: bytes, boundary: bytes, parts: list[bytes], *, pre=b"", post=b"") -> bytes:
    head = b'Content-Type: multipart/%s; boundary="%s"\n\n' % (subtype, boundary)
    body = b"".join(b"--%s\n%s\n" % (boundary, part) for part in parts)
    return head + pre + body + b"--%s--\n" % boundary + post


ALTERNATIVE = _multipart(b"alternative", b"alt-1", [PLAIN, HTML])
SHAPES = {
    "alternative": HEAD + ALTERNATIVE,
    "mixed with nested alternative": HEAD + _multipart(b"mixed", b"mix", [ALTERNATIVE, PDF]),
    "preamble and epilogue": HEAD
    + _multipart(b"mixed", b"b", [PLAIN, PDF], pre=b"This is MIME.\n\n", post=b"\nbye\n\n"),
    "nested epilogue": HEAD
    + _multipart(b"mixed", b"o", [_multipart(b"alternative", b"i", [PLAIN], post=b"x\n"), PDF]),
    "nested empty epilogue": HEAD
    + _multipart(b"mixed", b"o", [_multipart(b"alternative", b"i", [PLAIN], post=b"\n"), PDF]),
    "crlf": (HEAD + _multipart(b"mixed", b"mix", [ALTERNATIVE, PDF])).replace(b"\n", b"\r\n"),
    "spaces after boundaries": HEAD
    + ALTERNATIVE.replace(b"--alt-1\n", b"--alt-1 \t\n").replace(b"--alt-1--", b"--alt-1-- "),
    "boundary-like lines in a body": HEAD
    + _multipart(b"mixed", b"b", [PLAIN.replace(b"Hello", b"--bx\n--b--x\n --b\nx--b")]),
    "no close boundary": HEAD + _multipart(b"mixed", b"b", [PLAIN])[: -len(b"--b--\n")],
    "no start boundary": HEAD + b'Content-Type: multipart/mixed; boundary="b"\n\nno parts\n',
    "boundary lines in a row": HEAD + _multipart(b"mixed", b"b", [PLAIN, b"", PDF]),
    "part without headers": HEAD + _multipart(b"mixed", b"b", [b"\njust text\n", PDF]),
    "part without a blank line": HEAD + _multipart(b"mixed", b"b", [b"Content-Type: text/plain"]),
    "no boundary parameter": HEAD + b"Content-Type: multipart/mixed\n\n--b\n" + PLAIN,
    "digest": HEAD + _multipart(b"digest", b"d", [b"\n" + PLAIN]),
    "forwarded message": HEAD
    + _multipart(b"mixed", b"b", [b"Content-Type: message/rfc822\n\n" + HEAD + PLAIN]),  # noqa: E501
    "encoded multipart": HEAD
    + ALTERNATIVE.replace(
        b"multipart/alternative;", b"multipart/alternative;\n Content-Transfer-Encoding: base64\n"
    ),  # noqa: E501
    "close boundary without a line break": HEAD + _multipart(b"mixed", b"b", [PLAIN])[:-1],
    "lone carriage return": HEAD
    + _multipart(b"mixed", b"b", [PLAIN.replace(b"Hello", b"He\rllo")]),  # noqa: E501
    "mbox from line": b"From someone Mon Jan  1 00:00:00 2024\n" + HEAD + ALTERNATIVE,
    "no headers": b"\n" + ALTERNATIVE,
    "folded and odd header lines": b"Subject: a\n  b\n \n\tc\nX-Empty:\nX-Tab:\tv \nX-Bare:v\n"
    + ALTERNATIVE.replace(b"text/plain;", b"text/plain;\n\tformat=flowed;"),
    "a header line without a colon": HEAD + b"not a header\n" + ALTERNATIVE,
    "a header line starting with a colon": HEAD + b": no name\n" + ALTERNATIVE,
    "a continuation first": b" continued\n" + HEAD + ALTERNATIVE,
    "headers only, no line break at the end": HEAD + b"X-Last: 1",
    "inner boundary a prefix of the outer": HEAD
    + _multipart(b"mixed", b"ab", [_multipart(b"alternative", b"a", [PLAIN])]),
    "eight-bit text": HEAD
    + _multipart(b"mixed", b"b", [PLAIN.replace(b"Hello", "Grüße".encode("latin-1"))]),
}


def _tree(message: Message) -> object:
    """Everything of a compat32 message tree that parsing decides."""
    payload = message._payload  # noqa: SLF001
    return (
        message._headers,  # noqa: SLF001
        message._unixfrom,  # noqa: SLF001
        message._default_type,  # noqa: SLF001
        message.preamble,
        message.epilogue,
        [type(defect).__name__ for defect in message.defects],
        [_tree(part) for part in payload] if isinstance(payload, list) else payload,
    )


def _same(raw: bytes) -> None:
    assert _tree(mime.message_from_bytes(raw)) == _tree(email.message_from_bytes(raw))


@pytest.mark.parametrize("raw", SHAPES.values(), ids=SHAPES.keys())
def test_same_tree_for_each_shape(raw: bytes) -> None:
    """Every shape, plain or broken, gives the standard parser's tree."""
    _same(raw)


def test_same_tree_for_corpus_and_demo_mail() -> None:
    """Corpus notices and the demo mailboxes give the standard parser's tree."""
    for path in CORPUS + DEMO:
        _same(path.read_bytes())


def test_same_tree_for_hostile_mail() -> None:
    """Broken, odd and oversized mail gives the standard parser's tree too."""
    rng = random.Random(13)
    for n, body in enumerate((body for family in FAMILIES for body in family(rng)), 1):
        raw = _message(n, body)
        if len(raw) < 2_000_000:
            _same(raw)


def test_plain_multipart_is_split_without_the_line_parser(monkeypatch) -> None:
    """A plain multipart never reaches the whole-message parser (the quick path is taken)."""
    monkeypatch.setattr(mime.email, "message_from_bytes", None)
    tree = mime.message_from_bytes(SHAPES["mixed with nested alternative"])
    assert [part.get_content_type() for part in tree.walk()] == [
        "multipart/mixed", "multipart/alternative", "text/plain", "text/html", "application/pdf"
    ]  # fmt: skip


def _view(raw: bytes, *, quick: bool) -> object:
    view = read_mail(raw, quick=quick)
    kept = ("filename", "payload", "binary", "mail_content_type")  # what parse reads
    view.attachments = [{key: item.get(key) for key in kept} for item in view.attachments]
    for item in view.attachments:  # mail-parser names a nameless attachment at random
        item["filename"] = RANDOM_NAME.sub("(random)", item["filename"])
    return {name: value for name, value in vars(view).items() if name != "message"}


def _same_reading(raws: list[bytes]) -> int:
    """Assert the quick reading equals mail-parser's for each of ``raws``; how many were quick."""
    quick = 0
    for raw in raws:
        try:
            full = _view(raw, quick=False)
        except Exception:  # noqa: BLE001 - mail-parser refuses it: the quick way must too
            with pytest.raises(Exception):  # noqa: B017, PT011
                _view(raw, quick=True)
            continue
        assert _view(raw, quick=True) == full, raw[:300]
        quick += plain_view(mime.message_from_bytes(raw)) is not None
    return quick


def test_quick_reading_is_mail_parsers_for_corpus_and_demo_mail() -> None:
    """Bodies, addresses, dates, attachments and defects are mail-parser's, and most
    corpus and demo mail takes the quick way."""
    raws = [path.read_bytes() for path in CORPUS + DEMO]
    assert _same_reading(raws) > len(raws) * 0.9


def test_quick_reading_is_mail_parsers_for_shapes_and_hostile_mail() -> None:
    """Broken and odd mail reads the same both ways (most of it the slow way)."""
    rng = random.Random(13)
    hostile = [_message(n, body) for n, body in
               enumerate((body for family in FAMILIES for body in family(rng)), 1)]  # fmt: skip
    assert _same_reading([raw for raw in hostile if len(raw) < 2_000_000]) > 0
    assert _same_reading(list(SHAPES.values())) > 0


def test_quick_reading_of_headers_attachments_and_charsets() -> None:
    """Received lines, repeated and broken address and date headers, named attachments and
    Latin-1 text give mail-parser's answers (defects included)."""
    head = (b"Received: from mx.example (mx.example [203.0.113.9]) by mail.test with ESMTPS"
            b" id 1; Mon, 2 Mar 2026 09:00:00 +0000\nReceived: garbage here\n"
            b"From: \"Seller Performance\" <seller-performance@amazon.com>\n"
            b"To: owner@seller.test, Other <other@seller.test>\nCc: broken <<x@\n"
            b"Date: Mon, 2 Mar 2026 09:00:00\nResent-Date: yesterday\n"
            b"Subject: =?utf-8?q?Gr=C3=BC=C3=9Fe?=\nSubject: second\n"
            b"Message-ID: <a@b>\n")  # fmt: skip
    latin = b'Content-Type: text/plain; charset="iso-8859-1"\n\nGr\xfc\xdfe\n'
    named = (
        b'Content-Type: image/png\nContent-Disposition: attachment; filename="s.png"\n\n\x89PNG\n'  # noqa: E501
    )
    quoted = b"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\nGr=C3=BC=\n=C3=9Fe\n"  # noqa: E501
    raws = [
        head + _multipart(b"mixed", b"m", [latin, named, PDF]),
        head + _multipart(b"alternative", b"a", [quoted, HTML]),
        head + b"Content-Type: text/plain\n\n" + "€".encode() + b"\n",
    ]
    assert _same_reading(raws) == len(raws)
