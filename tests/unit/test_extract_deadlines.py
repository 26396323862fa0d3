"""The earliest deadline a notice sets, explicit or relative to the message date."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from intake.extract import extract_facts
from intake.extract.deadlines import add_business_days
from tests.unit.test_extract_helpers import DEFAULT_DATE, notice

UK = "seller-performance@amazon.co.uk"
US = "seller-performance@amazon.com"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Please respond by March 20, 2024.", date(2024, 3, 20)),
        ("Submit your appeal before 20 March 2024.", date(2024, 3, 20)),
        ("Deadline: 2024-03-20", date(2024, 3, 20)),
        ("Deadline:\nMarch 20, 2024", date(2024, 3, 20)),
        ("Respond by: 20.03.2024", date(2024, 3, 20)),
        ("You have until Wednesday, March 20, 2024 to appeal.", date(2024, 3, 20)),
        ("Provide the documents no later than Mar. 20, 2024.", date(2024, 3, 20)),
        ("Your response is due on the 20th of March 2024.", date(2024, 3, 20)),
        ("Upload invoices on or before 03/20/2024.", date(2024, 3, 20)),
        ("Please reply by March 20.", date(2024, 3, 20)),
        ("Please respond by 11:59 PM PST on March 20, 2024.", date(2024, 3, 20)),
        ("Submit by 5 pm on 3 March 2024.", date(2024, 3, 3)),
        ("Bitte antworten Sie bis zum 20. März 2024.", date(2024, 3, 20)),
        ("Respond by March 25, 2024. Final deadline: March 20, 2024.", date(2024, 3, 20)),
        ("On March 1, 2024 we received a complaint about your listing.", None),
        ("We received your appeal on 2024-03-01.", None),
        ("Date received: March 1, 2024\nRespond by: March 20, 2024", date(2024, 3, 20)),
        ("Your account was suspended on March 1, 2024.", None),
        ("Copyright 2024 Amazon.com, Inc.", None),
        ("", None),
    ],
)
def test_explicit_deadlines(text: str, expected: date | None) -> None:
    """Dates count only after a deadline word; the earliest of those wins."""
    assert extract_facts(notice(text)).deadline == expected


@pytest.mark.parametrize(
    ("sender", "text", "expected"),
    [
        (US, "Please respond by 03/04/2024.", date(2024, 3, 4)),
        (UK, "Please respond by 03/04/2024.", date(2024, 4, 3)),
        ("seller-performance@amazon.de", "Please respond by 03/04/2024.", date(2024, 4, 3)),
        ("seller-performance@amazon.ca", "Please respond by 03/04/2024.", date(2024, 3, 4)),
        ("seller-performance@amazon.com.au", "Please respond by 03/04/2024.", date(2024, 4, 3)),
        (US, "Please respond by 25/04/2024.", date(2024, 4, 25)),
        (UK, "Please respond by 04/25/2024.", date(2024, 4, 25)),
    ],
)
def test_slash_dates_follow_the_marketplace(sender: str, text: str, expected: date) -> None:
    """03/04/2024 is March 4 on .com/.ca and April 3 elsewhere; a part over 12 settles it."""
    assert extract_facts(notice(text, sender=sender)).deadline == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("If you do not respond within 17 days, we will remove your listings.", date(2024, 3, 21)),
        ("Please provide the requested documents within seventeen (17) days.", date(2024, 3, 21)),
        ("You must submit an appeal in the next 72 hours.", date(2024, 3, 7)),
        ("Please respond within 48 hours.", date(2024, 3, 6)),
        ("Submit your Plan of Action within 7 business days.", date(2024, 3, 13)),
        ("Please reply within 2 weeks.", date(2024, 3, 18)),
        ("Respond within 30 days, or within 10 days to keep your listings.", date(2024, 3, 14)),
        ("We will review your appeal and respond within 48 hours.", None),
        ("Our team typically replies within 2 business days.", None),
        ("Orders must ship within 2 days of purchase.", None),
        ("Buyers receive their items in 2 days.", None),
        (
            "If we do not receive your appeal within 5 days, the listing stays closed.",
            date(2024, 3, 9),
        ),
        ("This account was opened 17 days ago.", None),
        ("You have 17 days to respond.", date(2024, 3, 21)),
        ("You have 3 days in which to appeal.", date(2024, 3, 7)),
        ("Please submit within 17 days from the date of this notice.", date(2024, 3, 21)),
        ("Respond 10 days from this notice or the listing stays removed.", date(2024, 3, 14)),
    ],
)
def test_relative_deadlines(text: str, expected: date | None) -> None:
    """Relative deadlines count from the message date (2024-03-04, a Monday, 09:30 UTC)."""
    assert extract_facts(notice(text)).deadline == expected


def test_relative_deadline_needs_a_message_date() -> None:
    """Without a message date, "within 17 days" cannot be dated."""
    assert extract_facts(notice("Please respond within 17 days.", date=None)).deadline is None


def test_explicit_deadline_survives_missing_message_date() -> None:
    """An explicit date needs no message date."""
    facts = extract_facts(notice("Respond by March 20, 2024 or within 3 days.", date=None))
    assert facts.deadline == date(2024, 3, 20)


def test_earliest_of_explicit_and_relative() -> None:
    """A relative deadline that falls first beats a later explicit date."""
    text = "Respond by March 20, 2024. Upload invoices within 3 days."
    assert extract_facts(notice(text)).deadline == date(2024, 3, 7)


def test_hours_cross_midnight() -> None:
    """Hours are added to the message time, so 48 hours from 23:00 lands two days on."""
    late = datetime(2024, 3, 4, 23, 0, tzinfo=UTC)
    assert extract_facts(notice("Respond within 48 hours.", date=late)).deadline == date(2024, 3, 6)


def test_yearless_date_rolls_into_next_year() -> None:
    """A December message asking for a reply "by January 5" means next January."""
    december = datetime(2024, 12, 20, 12, 0, tzinfo=UTC)
    facts = extract_facts(notice("Please respond by January 5.", date=december))
    assert facts.deadline == date(2025, 1, 5)


def test_quoted_earlier_message_is_ignored() -> None:
    """A deadline in quoted earlier mail belongs to that mail, not this one."""
    text = "Thanks, we received it.\n> Please respond by March 10, 2024."
    assert extract_facts(notice(text)).deadline is None


@pytest.mark.parametrize(
    ("start", "days", "expected"),
    [
        (date(2024, 3, 4), 5, date(2024, 3, 11)),
        (date(2024, 3, 8), 1, date(2024, 3, 11)),
        (date(2024, 3, 9), 1, date(2024, 3, 11)),
        (date(2024, 3, 4), 0, date(2024, 3, 4)),
    ],
)
def test_add_business_days(start: date, days: int, expected: date) -> None:
    """Weekends are skipped: Friday plus one business day is Monday."""
    assert add_business_days(start, days) == expected


def test_default_message_date_is_a_monday() -> None:
    """The business-day cases above assume the helper's date is a Monday."""
    assert DEFAULT_DATE.weekday() == 0
