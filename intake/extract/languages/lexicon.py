"""``Lexicon``: one language's words for every fact, as regex source."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Lexicon:
    """One language's wording, as regex source, keyed like the English tables.

    ``deadline_after`` is a cue that follows the date (Japanese "まで", Chinese "之前").
    ``relative`` patterns contain ``{amount}`` (filled with the language's
    number words) and the named groups ``unit`` and optionally ``kind``.
    ``hour_units``, ``week_units`` and ``business_kinds`` are lower-case word
    prefixes that say how a matched ``unit``/``kind`` counts.
    """

    code: str
    policies: dict[str, str] = field(default_factory=dict)
    documents: dict[str, str] = field(default_factory=dict)
    request: str = ""
    refusal: str = ""
    clause_break: str = ""
    deadline_cues: str = ""
    deadline_after: str = ""
    weekdays: str = ""
    articles: str = ""
    relative: tuple[str, ...] = ()
    number_words: dict[str, int] = field(default_factory=dict)
    hour_units: tuple[str, ...] = ()
    week_units: tuple[str, ...] = ()
    business_kinds: tuple[str, ...] = ()
    asks_to_act: str = ""
    our_promise: str = ""
    seller_duty: str = ""

    def amount(self) -> str:
        """The ``amount`` group: digits or one of this language's number words."""
        words = sorted(self.number_words, key=len, reverse=True)
        return r"(?P<amount>\d{1,3}" + "".join(f"|{word}" for word in words) + ")"


def either(*patterns: str) -> str:
    """One regex source matching any of the non-empty ``patterns``, first one first."""
    return "|".join(f"(?:{pattern})" for pattern in patterns if pattern)
