"""The screen that skips regex searches which cannot match: never a missed match."""

from __future__ import annotations

import re

import pytest

from intake.extract.screen import (
    Screen,
    Screened,
    at_word_starts,
    lower_source,
    required,
    word_start_alternation,
)


@pytest.mark.parametrize(
    ("source", "need"),
    [
        (r"\bcounterfeit|fake\s+goods", ("any", ("counterfeit", ("all", ("fake", "goods"))))),
        (r"(?:rights?|brand)[\s-]+owner", ("all", (("any", ("right", "brand")), "owner"))),
        (r"\bPOA\b", "poa"),  # compared with lower-cased text
        (r"請求書(?:の提出)?", "請求書"),
        (r"\w+\s+\d+", None),  # nothing literal: always searched
        (r"(?:ab|cd)?xyz", "xyz"),  # an optional part requires nothing
    ],
)
def test_required_words(source: str, need: object) -> None:
    assert required(source, re.IGNORECASE) == need


@pytest.mark.parametrize(
    ("text", "matches"),
    [
        ("Your INAUTHENTIC listing", True),
        ("fake   goods were reported", True),
        ("fake news about goods", False),  # both words, but not the phrase: the regex decides
        ("goods only", False),
        ("", False),
    ],
)
def test_screened_search_agrees_with_the_pattern(text: str, matches: bool) -> None:
    source = r"\binauthentic|counterfeit|fake\s+goods"
    screened = Screened.compile(source)
    found = Screen([screened.need]).words_in(text.lower())
    searched = screened.may_match(found) and bool(screened.pattern.search(text))
    assert searched is matches is bool(re.search(source, text, re.IGNORECASE))


def test_words_inside_longer_words_are_found() -> None:
    """ "account" is in "accounts", "authentic" in "inauthentic": a scan finds every one."""
    screen = Screen(["account", "accounts", "authentic", "inauthentic"])
    assert screen.words_in("inauthentic accounts") == {
        "account", "accounts", "authentic", "inauthentic",
    }  # fmt: skip


def test_word_start_guard_only_where_every_alternative_starts_a_word() -> None:
    assert at_word_starts(r"\bplease|^\s*send") == r"(?:\b|^)(?:\bplease|^\s*send)"
    assert at_word_starts(r"\bplease|\w*rechnung") == r"\bplease|\w*rechnung"


def test_lower_source_keeps_escapes_and_group_names() -> None:
    source = r"\bPOA\b|\S+(?P<amount>\d+)\s*Days|[A-Z]\W"
    lowered = lower_source(source)
    assert lowered == r"\bpoa\b|\S+(?P<amount>\d+)\s*days|[a-z]\W"
    text = "Send the revised POA within 17 Days"
    plain = re.compile(lowered).search(text.lower())
    folded = re.compile(source, re.IGNORECASE).search(text)
    assert plain and folded and plain.span() == folded.span()


@pytest.mark.parametrize(
    "text",
    ["please send the invoices", "xplease send", "請求書をご提出ください", "nothing here", "send"],
)
def test_word_start_alternation_matches_where_the_plain_alternation_does(text: str) -> None:
    sources = (r"\bplease\s+send", r"^\s*send\b", r"ご?提出(?:して)?ください")
    guarded = re.compile(word_start_alternation(*sources), re.IGNORECASE).search(text)
    plain = re.compile("|".join(sources), re.IGNORECASE).search(text)
    assert (guarded and guarded.start()) == (plain and plain.start())


def test_japanese_and_chinese_words_are_found_inside_latin_and_cjk_text() -> None:
    screen = Screen(["invoice", "請求書", "发票"])
    assert screen.words_in("asin:b0abcdef12の請求書と发票、invoice") == {
        "invoice",
        "請求書",
        "发票",
    }


def test_words_of_a_text_are_those_of_one_scan_whatever_was_seen_before() -> None:
    """Pieces remembered from earlier texts give the words one regex pass over the whole text
    finds; a word holding a space turns the memory off (it could span two pieces)."""
    words = ["account", "accounts", "invoice", "請求書", "deactivat", "poa"]
    screen = Screen(words)
    texts = [
        "your account was deactivated.\nplease send invoices (poa) for b0abc12345",
        "accounts\tdeactivated 請求書を送付 invoice:poa",
        "your account was deactivated. no invoice.",
        "",
        "   \n",
    ]
    for text in [*texts, *texts]:
        assert screen.words_in(text) == screen._scanned(text), text
    assert screen.words_in(texts[0]) == {"account", "invoice", "deactivat", "poa"}
    spaced = Screen(["fake goods", "goods"])
    assert spaced.words_in("fake goods") == {"fake goods", "goods"}
    assert spaced.words_in("fake\ngoods") == {"goods"}
