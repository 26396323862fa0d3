"""Find calendar dates written the ways Amazon writes them across marketplaces.

"March 3, 2024", "3 March 2024", "3rd of March 2024", "2024-03-03",
"03.03.2024" and "03/03/2024", and their German, French, Spanish and Italian
forms ("3. März 2024", "1er mars 2024", "3 de marzo de 2024", "1° marzo 2024"), the
Portuguese and Dutch ones ("5 de maio de 2026", "4 mei 2026") and the Japanese and
Chinese ones ("2026年5月4日", "5月4日", "2026/05/04").
The slash form is ambiguous: it is month-first on the North American stores and
day-first elsewhere, so the caller says which (``day_first``), usually from the
marketplace; a part above 12 settles it either way. "March 3" without a year
takes the year of the message date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan", "januar", "janvier", "enero", "gennaio", "janeiro", "januari"),
            (
                "february",
                "feb",
                "februar",
                "fevrier",
                "février",
                "febrero",
                "febbraio",
                "fevereiro",
                "februari",
            ),
            ("march", "mar", "märz", "maerz", "mars", "marzo", "março", "marco", "maart"),
            ("april", "apr", "avril", "abril", "aprile"),
            ("may", "mai", "mayo", "maggio", "maio", "mei"),
            ("june", "jun", "juni", "juin", "junio", "giugno", "junho"),
            ("july", "jul", "juli", "juillet", "julio", "luglio", "julho"),
            ("august", "aug", "août", "aout", "agosto", "augustus"),
            (
                "september",
                "sep",
                "sept",
                "septembre",
                "septiembre",
                "setiembre",
                "settembre",
                "setembro",
            ),
            ("october", "oct", "oktober", "octobre", "octubre", "ottobre", "outubro"),
            ("november", "nov", "novembre", "noviembre", "novembro"),
            (
                "december",
                "dec",
                "dezember",
                "décembre",
                "decembre",
                "diciembre",
                "dicembre",
                "dezembro",
            ),
        ),
        start=1,
    )
    for name in names
}

#: Marketplaces that write 03/04/2024 as March 4 (month first).
MONTH_FIRST_MARKETPLACES = frozenset({"amazon.com", "amazon.ca"})

_MONTH = "(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(\d{1,2})(?:st|nd|rd|th|er|\.|º|°)?"
_YEAR = r"(?:,?\s+(\d{4}))"
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("mdy", re.compile(rf"\b{_MONTH}\s+{_DAY}{_YEAR}?\b", re.IGNORECASE)),
    ("dmy", re.compile(rf"\b{_DAY}\s+(?:of\s+|de\s+)?{_MONTH}(?:\s+de)?{_YEAR}?\b", re.I)),
    ("iso", re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")),
    # Japanese and Chinese: 2026年5月4日, 5月4日, 2026/05/04 (no spaces around them).
    ("cjk", re.compile(r"(?<!\d)(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號](?!\d)")),
    ("ymd", re.compile(r"(?<!\d)(\d{4})/(\d{1,2})/(\d{1,2})(?!\d)")),
    ("dotted", re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")),
    ("slash", re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b")),
)


@dataclass(frozen=True)
class DateMention:
    """A date found in text and where it starts, so callers can read what precedes it."""

    start: int
    end: int
    value: date


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _slash(first: int, second: int, year: int, day_first: bool) -> date | None:
    if first > 12:
        return _make(year, second, first)
    if second > 12:
        return _make(year, first, second)
    return _make(year, second, first) if day_first else _make(year, first, second)


def _convert(
    kind: str, groups: tuple[str | None, ...], day_first: bool, year: int | None
) -> date | None:
    if kind in ("mdy", "dmy"):
        month_name, day = (groups[0], groups[1]) if kind == "mdy" else (groups[1], groups[0])
        found_year = int(groups[2]) if groups[2] else year
        if found_year is None or month_name is None or day is None:
            return None
        return _make(found_year, MONTHS[month_name.lower()], int(day))
    if kind == "cjk":
        cjk_year = int(groups[0]) if groups[0] else year
        month, day = groups[1], groups[2]  # the pattern requires both
        if cjk_year is None or month is None or day is None:
            return None
        return _make(cjk_year, int(month), int(day))
    numbers = [int(g) for g in groups if g is not None]
    if kind in ("iso", "ymd"):
        return _make(numbers[0], numbers[1], numbers[2])
    if kind == "dotted":
        return _make(numbers[2], numbers[1], numbers[0])
    full_year = numbers[2] + 2000 if numbers[2] < 100 else numbers[2]
    return _slash(numbers[0], numbers[1], full_year, day_first)


def find_dates(text: str, *, day_first: bool, year: int | None = None) -> list[DateMention]:
    """Every date in ``text``, in order; overlapping forms count once.

    ``year`` completes dates written without one ("by March 3"); without it
    such dates are skipped.
    """
    mentions: list[DateMention] = []
    taken: list[range] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if any(match.start() in span or match.end() - 1 in span for span in taken):
                continue
            value = _convert(kind, match.groups(), day_first, year)
            if value is not None:
                mentions.append(DateMention(match.start(), match.end(), value))
                taken.append(range(match.start(), match.end()))
    return sorted(mentions, key=lambda mention: mention.start)
