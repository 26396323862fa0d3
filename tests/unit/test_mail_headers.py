"""RFC 2047 encoded words in headers decoded, malformed ones as far as they go."""

from __future__ import annotations

import pytest

from intake.install.demo import demo_mailbox
from intake.mail.headers import decode_words
from intake.mail.parse import parse


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Plain subject", "Plain subject"),
        ("=?utf-8?B?WW91ciBhY2NvdW50?=", "Your account"),
        ("=?iso-8859-1?Q?K=FCndigung_Ihres_Kontos?=", "Kündigung Ihres Kontos"),
        ("=?utf-8?B?WW91ciBhY2NvdW50?= =?utf-8?Q?_is_active?=", "Your account is active"),
        ("Re: =?utf-8?Q?caf=C3=A9?= order", "Re: café order"),
        # unterminated: the base64 up to where it stops
        ("=?utf-8?B?WW91ciBGQkEgaW52ZW50b3J5IHJlcG9ydCBpcyByZW", "Your FBA inventory report is re"),
        ("=?utf-8?Q?Your_report", "Your report"),
        # base64 with a wrong length, and a multi-byte character cut in two
        ("=?utf-8?B?WW91cg?=", "Your"),
        ("=?utf-8?B?Y2Fmw6nDqQ?=", "caféé"),
        ("=?utf-8?B?Y2Fmw6nD?=", "café"),
        # an unknown charset: read as UTF-8, never an error
        ("=?x-unknown?Q?Hello_there?=", "Hello there"),
        ("=?utf-8?B?###?=", ""),
        ("1+1=?2 is not a word", "1+1=?2 is not a word"),
    ],
)
def test_decode_words(value: str, expected: str) -> None:
    assert decode_words(value) == expected


def test_the_malformed_demo_message_has_a_readable_subject() -> None:
    """The demo's deliberately broken message: its cut-off encoded subject is decoded."""
    raw = next((demo_mailbox() / "lumen-home").glob("08-*.eml")).read_bytes()
    assert parse(raw).subject == "Your FBA inventory report is re"


def test_a_character_split_between_two_words_is_joined() -> None:
    """Two adjacent words of one charset are one byte string (some mailers cut mid-character)."""
    assert decode_words("=?utf-8?B?Y2Fmww==?= =?utf-8?B?qQ==?=") == "café"


def test_the_malformed_demo_message_names_its_sender_and_is_not_taken_for_amazon() -> None:
    """Its From lacks the closing `>`: the address is read, and proves nothing."""
    from intake.extract import check_authenticity

    raw = next((demo_mailbox() / "lumen-home").glob("08-*.eml")).read_bytes()
    notice = parse(raw)
    assert notice.sender == "seller-notification@amazon.co.uk"
    assert check_authenticity(notice).verdict == "suspicious"
