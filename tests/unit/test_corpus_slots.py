"""Slot values are well-formed in every language: dates, money, IDs, links."""

from __future__ import annotations

import random
import re
from datetime import date

import pytest

from classifiers.corpus.families import LANGUAGES, SLOTS
from classifiers.corpus.slots import format_amount, format_date, marketplace_of, slot_values

MAY_4 = date(2026, 5, 4)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "May 4, 2026"),
        ("de", "4. Mai 2026"),
        ("fr", "4 mai 2026"),
        ("es", "4 de mayo de 2026"),
        ("it", "4 maggio 2026"),
        ("ja", "2026年5月4日"),
        ("zh", "2026年5月4日"),
        ("pt", "4 de maio de 2026"),
        ("nl", "4 mei 2026"),
    ],
)
def test_dates_are_written_the_way_each_language_writes_them(language: str, expected: str) -> None:
    assert format_date(MAY_4, language) == expected


def test_english_dates_put_the_day_first_outside_north_america() -> None:
    assert format_date(MAY_4, "en", "UK") == "4 May 2026"
    assert format_date(MAY_4, "en", "CA") == "May 4, 2026"


@pytest.mark.parametrize(
    ("code", "expected"),
    [("US", "$1,234.56"), ("DE", "1.234,56 €"), ("UK", "£1,234.56"), ("JP", "￥123,456")],
)
def test_money_uses_the_marketplace_format(code: str, expected: str) -> None:
    assert format_amount(123456, marketplace_of(code)) == expected


def test_an_unknown_marketplace_falls_back_to_the_us_store() -> None:
    assert marketplace_of("XX").domain == "amazon.com"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_slot_is_filled_with_a_well_formed_value(language: str) -> None:
    rng = random.Random(f"slots:{language}")
    for _ in range(25):
        values = slot_values(rng, language, rng.choice(("US", "DE", "JP", "UK")), MAY_4)
        assert set(values) == SLOTS
        assert re.fullmatch(r"B0[A-Z0-9]{8}", values["asin"])
        assert all(re.fullmatch(r"B0[A-Z0-9]{8}", a) for a in values["asins"].split(", "))
        assert re.fullmatch(r"\d{3}-\d{7}-\d{7}", values["order_id"])
        assert re.fullmatch(r"\d{10,11}", values["case_id"])
        assert re.fullmatch(r"\d{10}", values["complaint_id"])
        assert values["link"].startswith("https://sellercentral")
        assert values["date"] == format_date(MAY_4, language, _code(values["domain"]))
        assert values["marketplace"].lower() == values["domain"]
        assert re.fullmatch(r"\d+[.,]\d\d%", values["rate"])


def _code(domain: str) -> str:
    return {"amazon.com": "US", "amazon.de": "DE", "amazon.co.jp": "JP", "amazon.co.uk": "UK"}[
        domain
    ]
