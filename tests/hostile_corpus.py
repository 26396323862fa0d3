"""A hostile corpus: hundreds of broken, odd and oversized mail files, written reproducibly.

``write_corpus(folder)`` writes the files (the same bytes on every run: a seeded
random generator) and returns what a correct ingest does with each: a regular
file becomes one stored message (perhaps unparseable), an mbox several, and
anything that is not a regular file is skipped with a warning naming it.
Families: broken MIME, unknown charsets, deep nesting, NULs everywhere, 1 MB
header fields, huge headers and bodies, empty and binary files, odd file types.
"""

from __future__ import annotations

import os
import random
import socket
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

HEAD = (
    b"From: seller-performance@amazon.com\r\nTo: owner@seller.test\r\n"
    b"Date: Mon, 2 Mar 2026 09:00:00 +0000\r\n"
)
OVERSIZED = 3 * 1024 * 1024  # the corpus test's ingest.max_message_bytes
WHOLE = b"WHOLE:"  # a family's item that is a whole message, not a tail after common headers


@dataclass
class Corpus:
    """What was written: messages expected per file path, and paths expected to be skipped."""

    messages: dict[str, int] = field(default_factory=dict)  # path -> messages in it
    skipped: list[str] = field(default_factory=list)
    sockets: list[socket.socket] = field(default_factory=list)

    @property
    def total(self) -> int:
        """Messages a correct ingest reports (stored, unparseable or already stored)."""
        return sum(self.messages.values())

    def close(self) -> None:
        """Close the listening sockets the corpus holds open."""
        for sock in self.sockets:
            sock.close()


def _message(n: int, tail: bytes) -> bytes:
    """Common headers numbered ``n``, then the family's tail (more headers, a blank line,
    a body); a ``WHOLE:`` item is used as it is."""
    if tail.startswith(WHOLE):
        return tail[len(WHOLE) :]
    return HEAD + b"Subject: hostile %d\r\nMessage-ID: <hostile-%d@amazon.com>\r\n" % (n, n) + tail


def _broken_mime(rng: random.Random) -> Iterator[bytes]:
    multipart = b'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b"\r\n'
    shapes = [
        (multipart, b"no boundary line at all\r\n"),
        (multipart, b"--b\r\nContent-Type: text/plain\r\n\r\nnever closed\r\n"),
        (multipart, b"--b\r\n--b\r\n--b--\r\n"),
        (multipart, b"--x\r\nContent-Type: text/plain\r\n\r\nwrong boundary\r\n--x--\r\n"),
        (b"Content-Type: multipart/mixed\r\n", b"--\r\nmissing boundary parameter\r\n"),
        (b"Content-Transfer-Encoding: base64\r\n", b"!!!not base64***\r\n"),
        (b"Content-Transfer-Encoding: base64\r\n", b"QUJD=RE=\r\n"),
        (b"Content-Transfer-Encoding: quoted-printable\r\n", b"=ZZ=\r\n=4\r\n=\r\n"),
        (b"Content-Transfer-Encoding: x-unknown\r\n", b"body\r\n"),
        (b"Content-Type: ;;;;\r\n", b"garbage type\r\n"),
        (b"Content-Type: text/html\r\n", b"<html><body><a href='javascript:x'>" * 50 + b"\r\n"),
        (b"Content-Type: text/html\r\n", b"<table>" * 2000 + b"unclosed\r\n"),
        (b"Content-Disposition: attachment; filename*=''\r\n", b"x\r\n"),
        (b"Header without colon\r\n", b"body\r\n"),
        (b" folded first line\r\n", b"body\r\n"),
        (b"Date: not a date at all\r\n", b"body\r\n"),
        (b"Date: Mon, 99 Foo 99999 99:99:99 +9999\r\n", b"body\r\n"),
        (multipart, b"--b\r\nContent-Type: message/rfc822\r\n\r\nnot a message\r\n--b--\r\n"),
        (
            multipart,
            b"--b\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding:"
            b" base64\r\n\r\n" + b"A" * 100_001 + b"\r\n--b--\r\n",
        ),
    ]
    for extra, body in shapes:
        yield extra + b"\r\n" + body
    for _ in range(50):  # random damage to a well-formed multipart message
        good = bytearray(
            multipart + b"\r\n--b\r\nContent-Type: text/plain\r\n\r\nYour account was"
            b" deactivated.\r\n--b\r\nContent-Type: application/pdf; name=a.pdf\r\n"
            b"Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n--b--\r\n"
        )
        for _ in range(rng.randint(1, 8)):
            good[rng.randrange(len(good))] = rng.randrange(256)
        yield bytes(good)


def _charsets(rng: random.Random) -> Iterator[bytes]:
    for charset in (b"x-unknown", b"utf-7", b"bogus", b"", b"utf-8'", b"iso-8859-99", b"utf-16",
                    b"utf-32", b"cp1252", b"koi8-r", b"gb18030", b"shift_jis"):  # fmt: skip
        body = "Votre compte a \u00e9t\u00e9 d\u00e9sactiv\u00e9 \u2014 \u6ce8\u610f".encode(
            "utf-8"
        )
        yield b'Content-Type: text/plain; charset="' + charset + b'"\r\n\r\n' + body + b"\r\n"
        yield b"Subject2: =?" + charset + b"?B?ZGVhY3RpdmF0ZWQ=?=\r\n\r\nbody\r\n"
    for _ in range(6):
        raw8 = bytes(rng.randrange(128, 256) for _ in range(40))
        yield b"X-Raw: " + raw8 + b"\r\nContent-Type: text/plain\r\n\r\n" + raw8 + b"\r\n"


def _nesting() -> Iterator[bytes]:
    for depth in (5, 20, 60, 150, 400):
        opening = b"".join(
            b'--b%d\r\nContent-Type: multipart/mixed; boundary="b%d"\r\n\r\n' % (i, i + 1)
            for i in range(depth)
        )
        closing = b"".join(b"--b%d--\r\n" % i for i in reversed(range(depth + 1)))
        yield (
            b'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b0"\r\n\r\n'
            + opening
            + b"--b%d\r\nContent-Type: text/plain\r\n\r\ndeep\r\n" % depth
            + closing
        )
    for depth in (10, 60, 200):
        inner = b"Subject: innermost\r\n\r\nhello\r\n"
        for _ in range(depth):
            inner = b"Content-Type: message/rfc822\r\n\r\n" + inner
        yield inner


def _truncated_and_poisoned(rng: random.Random) -> Iterator[bytes]:
    """A good multipart notice cut at random points, and with NULs sprinkled into it."""
    good = (
        b'MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary="alt"\r\n\r\n'
        b"--alt\r\nContent-Type: text/plain; charset=utf-8\r\n"
        b"Content-Transfer-Encoding: quoted-printable\r\n\r\nYour selling privileges have been"
        b" deactivated. ASIN B0ABCDEF12.=0D=0A\r\n--alt\r\nContent-Type: text/html\r\n\r\n"
        b"<p>Your selling privileges have been <b>deactivated</b>.</p>\r\n--alt--\r\n"
    )
    for _ in range(20):
        yield good[: rng.randrange(1, len(good))]
    for _ in range(30):
        poisoned = bytearray(good)
        for _ in range(rng.randint(1, 5)):
            poisoned.insert(rng.randrange(len(poisoned)), 0)
        yield bytes(poisoned)


def _nuls() -> Iterator[bytes]:
    yield b"Subject: =?utf-8?B?ZGVhAGN0aXZhdGVk?=\r\n\r\nbody\r\n"
    yield b"Subject: raw\x00nul\r\n\r\nbody\r\n"
    yield b"Content-Transfer-Encoding: quoted-printable\r\n\r\nbefore=00after\r\n"
    yield b"Content-Transfer-Encoding: base64\r\n\r\nAAAAAAAA\r\n"
    yield b"\r\nbody\x00with\x00nuls\x00" * 3
    yield b"X-Nul: \x00\x00\x00\r\n\r\nbody\r\n"
    yield b"Reply-To: a\x00b@amazon.com\r\n\r\nbody\r\n"
    yield b"References: <a\x00b@x> <c@d>\r\nIn-Reply-To: <a\x00b@x>\r\n\r\nbody\r\n"
    yield b'Content-Type: text/html\r\n\r\n<p>a\x00b</p><a href="http://x\x00y">l\x00ink</a>\r\n'
    for name in (b"=?utf-8?B?aW52AG9pY2UucGRm?=", b"inv\x00oice.pdf", b"=?utf-8?Q?a=00b.pdf?="):
        yield (
            b'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
            b'Content-Type: application/pdf\r\nContent-Disposition: attachment; filename="'
            + name
            + b'"\r\n\r\n%PDF\r\n--b--\r\n'
        )
    for length in (1, 10, 1000, 100_000):
        yield b"Subject: " + b"\x00" * length + b"\r\n\r\n" + b"\x00" * length + b"\r\n"


def _long_fields() -> Iterator[bytes]:
    big = 1_000_000
    yield WHOLE + b"From: " + b"a" * big + b"@amazon.com\r\nSubject: long From\r\n\r\nbody\r\n"
    yield WHOLE + HEAD + b"Message-ID: <" + b"m" * big + b"@amazon.com>\r\n\r\nlong id\r\n"
    yield WHOLE + HEAD + b"Subject: " + b"s" * big + b"\r\n\r\nlong subject\r\n"
    yield b"Sender: " + b"s" * big + b"@amazon.com\r\n\r\nbody\r\n"
    yield b"References: " + b" ".join(b"<r%d@x>" % i for i in range(50_000)) + b"\r\n\r\nbody\r\n"
    yield b"In-Reply-To: <" + b"i" * big + b"@x>\r\n\r\nbody\r\n"
    yield b"Subject2: " + b"long subject " * 80_000 + b"\r\n\r\nbody\r\n"
    yield b"To: " + b", ".join(b"r%d@seller.test" % i for i in range(40_000)) + b"\r\n\r\nbody\r\n"
    yield b"".join(b"X-H%d: value\r\n" % i for i in range(20_000)) + b"\r\nbody\r\n"
    yield b"\r\n" + b"Hello, your account was deactivated.\r\n" * 30_000  # ~1 MB body
    yield b"\r\n" + b"word " * 200_000  # a 1 MB single line
    yield b"\r\n" + b"z" * (OVERSIZED + 1000)  # over the limit: headers only


def _raw_files(rng: random.Random) -> Iterator[bytes]:
    """Whole files that are not mail, or only half of it."""
    yield b""
    yield b"   \r\n\t\r\n"
    yield b"\x00" * 4096
    yield b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(3000))
    yield b"PK\x03\x04" + bytes(rng.randrange(256) for _ in range(3000))
    yield b"\x7fELF" + bytes(rng.randrange(256) for _ in range(3000))
    yield b"%PDF-1.4\n" + bytes(rng.randrange(256) for _ in range(3000))
    yield "\ufeffFrom: a@amazon.com\r\n\r\nBOM first\r\n".encode()
    yield b"just a note, no headers\n"
    yield b"From: seller-performance@amazon.com"  # no line end at all
    yield b":\r\n\r\n"
    yield b"\xff\xfe" + "Subject: utf-16\r\n\r\nbody".encode("utf-16-le")
    for size in (1, 2, 3, 7, 17, 100, 512, 4096, 10_000, 65_536):
        yield bytes(rng.randrange(256) for _ in range(size))


def _mbox_files() -> Iterator[tuple[bytes, int]]:
    """mbox files and how many messages each holds."""
    envelope = b"From a Mon Mar  2 09:00:00 2026\n"

    def one(subject: bytes, body: bytes = b"body") -> bytes:
        return HEAD + b"Subject: " + subject + b"\r\n\r\n" + body + b"\r\n"

    yield envelope + one(b"in an mbox") + b"\n" + envelope + one(b"second in an mbox"), 2
    yield b"stray preamble: " + one(b"before") + b"\n" + envelope + one(b"after preamble"), 2
    yield envelope + one(b"oversized in an mbox", b"y" * (OVERSIZED + 10)), 1
    yield envelope, 1  # an envelope line and nothing else
    yield envelope + b"\x00" * 5000 + b"\n", 1


FAMILIES: tuple[Callable[[random.Random], Iterator[bytes]], ...] = (
    _broken_mime, _charsets, lambda _rng: _nesting(), lambda _rng: _nuls(), _truncated_and_poisoned,
    lambda _rng: _long_fields(),
)  # fmt: skip


def write_corpus(folder: Path, seed: int = 13) -> Corpus:
    """Write the corpus into ``folder`` (created); the expected fate of every path."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    corpus = Corpus()
    n = 0
    for family in FAMILIES:
        for body in family(rng):
            n += 1
            _write(corpus, folder / f"{n:03d}-mail.eml", _message(n, body), 1)
    for body in _raw_files(rng):
        n += 1
        _write(corpus, folder / f"{n:03d}-raw.eml", body, 1)
    for body, count in _mbox_files():
        n += 1
        _write(corpus, folder / f"{n:03d}-box.mbox", body, count)
    _odd_files(corpus, folder)
    return corpus


def _write(corpus: Corpus, path: Path, data: bytes, messages: int) -> None:
    path.write_bytes(data)
    corpus.messages[str(path)] = messages


def _odd_files(corpus: Corpus, folder: Path) -> None:
    """Things that are not regular files, each expected to be skipped with a warning."""
    os.mkfifo(folder / "odd-fifo.eml")
    listener = socket.socket(socket.AF_UNIX)
    listener.bind(str(folder / "odd-socket.eml"))
    corpus.sockets.append(listener)
    (folder / "odd-zero.eml").symlink_to("/dev/zero")
    (folder / "odd-null.mbox").symlink_to("/dev/null")
    (folder / "odd-dangling.eml").symlink_to(folder / "nowhere")
    (folder / "odd-loop.eml").symlink_to(folder / "odd-loop.eml")
    (folder / "odd-self").symlink_to(folder)
    corpus.skipped += [str(folder / name) for name in (
        "odd-fifo.eml", "odd-socket.eml", "odd-zero.eml", "odd-null.mbox", "odd-dangling.eml",
        "odd-loop.eml", "odd-self")]  # fmt: skip
    real = folder / "odd-real.eml"
    real.write_bytes(HEAD + b"Subject: behind a symlink\r\n\r\nbody\r\n")
    (folder / "odd-link-to-real.eml").symlink_to(real)
    corpus.messages[str(real)] = 1
    corpus.messages[str(folder / "odd-link-to-real.eml")] = 1  # same bytes: a duplicate
