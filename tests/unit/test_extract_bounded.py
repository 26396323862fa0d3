"""Huge bodies: analysis reads a bounded prefix, so a 20 MB text costs well under a second."""

from __future__ import annotations

import time

from intake.analyse.classifier import notice_text
from intake.cases.resent import resent_key
from intake.extract import check_authenticity, extract_facts
from intake.extract.bounded import ANALYSED_CHARS, bounded, prefix
from intake.mail.parse import parse
from tests.unit.test_extract_helpers import notice

TOP = (
    "Hello,\n\nWe have removed your listing B0ABCDEF12 because we received a complaint that it"
    " is counterfeit.\nPlease provide invoices from your supplier by March 20, 2026.\n\n"
)


def _huge(filler: str) -> bytes:
    head = (
        "From: seller-performance@amazon.com\r\nTo: shop@example.org\r\nSubject: Listing removed"
        "\r\nDate: Mon, 2 Mar 2026 10:00:00 +0000\r\nMessage-ID: <huge@amazon.com>\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
    )
    return (head + TOP + filler).encode()


def test_twenty_megabyte_body_is_analysed_in_well_under_a_second() -> None:
    """Facts, authenticity and the resent key of a parsed 20 MB notice: under 1 s of CPU.

    Parsing itself is outside the bound (about 1 s for 20 MB of short lines here); the
    analysis after it, which took 45 s before the bound, must not grow with the body.
    """
    line = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod.\n"
    mail = parse(_huge(line * (20 * 1024 * 1024 // len(line))))
    assert len(mail.text) > 20_000_000
    started = time.process_time()
    facts = extract_facts(mail)
    verdict = check_authenticity(mail)
    key = resent_key(notice_text(mail))
    elapsed = time.process_time() - started
    assert elapsed < 1.0
    assert (facts.asins, facts.policy, facts.requested) == (
        ("B0ABCDEF12",),
        "inauthentic",
        ("invoices",),
    )
    assert facts.deadline is not None and facts.deadline.isoformat() == "2026-03-20"
    assert verdict.verdict == "ok" and key.policies == {"inauthentic"}


def test_a_five_megabyte_single_line_is_cut_hard() -> None:
    """No line break to cut at: the prefix is exactly the bound, and the top is still read."""
    mail = notice(TOP.replace("\n", " ") + "word " * 1_000_000)
    assert len(bounded(mail).text) == ANALYSED_CHARS
    assert extract_facts(mail).policy == "inauthentic"


def test_prefix_cuts_at_the_last_line_break() -> None:
    text = "a" * 30 + "\n" + "b" * 30
    assert prefix(text, limit=40) == "a" * 30
    assert prefix(text, limit=100) == text


def test_what_lies_beyond_the_bound_is_not_read() -> None:
    """A decision, not an accident: an ASIN 40,000 characters down a body is not a fact."""
    mail = notice("Hello,\n" + "filler line\n" * 4000 + "ASIN B0LATE0001\n")
    assert len(mail.text) > ANALYSED_CHARS
    assert extract_facts(mail).asins == ()


def test_small_notices_are_read_whole() -> None:
    mail = notice(TOP)
    assert bounded(mail) is mail
