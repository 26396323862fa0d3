"""The earliest deadline a notice sets.

A date counts only when the words just before it make it a deadline ("by",
"before", "no later than", "Deadline:", "respond by"), so "on March 1 we
received a complaint" is ignored. Relative deadlines ("within 17 days", "in
the next 72 hours", "within 7 business days") count from the message date and
only in a sentence that asks the seller to act; "we will respond within 48
hours" is Amazon's own promise, not the seller's deadline. The same cues in
German, French, Spanish, Italian, Portuguese and Dutch ("bis spätestens", "avant
le", "en un plazo de 17 días", "entro 17 giorni", "até", "uiterlijk", "binnen 17
dagen") and the Japanese and Chinese ones, which follow the date ("2026年5月4日まで",
"17日以内", "17天内"), come from ``intake.extract.languages``.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

from intake.extract.dates import MONTH_FIRST_MARKETPLACES, find_dates
from intake.extract.languages import LEXICONS, combined, sources
from intake.extract.screen import Found, Screen, Screened, lower_source, word_start_alternation
from intake.extract.sentences import sentences
from intake.mail.notice import Notice

_ENGLISH_CUES = (
    r"\bby|\bbefore|\buntil|\btill|later\s+than|\bdeadline(?:\s+(?:is|of|date))?"
    r"|\bdue(?:\s+date)?(?:\s+(?:on|by|is))?|\bexpires?(?:\s+on)?|\bexpiry(?:\s+date)?"
    r"|\b(?:respond|reply|appeal|submit|act)\s+(?:by|before)|\bfrist|\bd[ée]lai|\bavant(?:\s+le)?"
    r"|\bbis(?:\s+zum)?"
)
_FOREIGN_TAIL = (
    rf"(?:(?:{combined('articles')})\s+)?"
    rf"(?:(?:{combined('weekdays')})\s*,?\s+(?:(?:{combined('articles')})\s+)?)?"
)
_CUE_BEFORE = re.compile(
    rf"(?:{_ENGLISH_CUES}|{combined('deadline_cues')})"
    r"\s*:?\s*(?:\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\s+)?)?"
    r"(?:on\s+)?(?:or\s+before\s+)?(?:the\s+)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?" + _FOREIGN_TAIL + "$",
    re.IGNORECASE,
)
#: Japanese and Chinese put the cue after the date: "2026年5月4日まで", "5月4日之前".
_CUE_AFTER = re.compile(combined("deadline_after"))
_NUMBER_NAMES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
    " fifteen sixteen seventeen eighteen nineteen twenty"
)
_ENGLISH_NUMBER_WORDS = {word: value for value, word in enumerate(_NUMBER_NAMES.split())} | {
    "thirty": 30,
    "forty-eight": 48,
    "seventy-two": 72,
    "ninety": 90,
}
_NUMBER_WORDS = _ENGLISH_NUMBER_WORDS | {
    word: value for lexicon in LEXICONS for word, value in lexicon.number_words.items()
}
_AMOUNT = r"(?P<amount>\d{1,3}|" + "|".join(sorted(_ENGLISH_NUMBER_WORDS, key=len, reverse=True))
_SPAN = (
    _AMOUNT + r")\s*(?:\(\d+\)\s*)?(?P<kind>business|working|calendar)?\s*"
    r"(?P<unit>hours?|days?|weeks?)\b"
)
#: Relative deadlines, English then the other languages; each pattern has the named groups
#: ``amount`` and ``unit`` and may have ``kind`` (business days or not).
_RELATIVE: tuple[re.Pattern[str], ...] = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        r"\b(?:within|in\s+the\s+next|in\s+the\s+coming|in|during\s+the\s+next|next)\s+" + _SPAN,
        r"\b(?:you\s+have|you\s+will\s+have|have)\s+" + _SPAN + r"\s+(?:to|from|in\s+which)\b",
        r"\b" + _SPAN + r"\s+(?:from|of|after)\s+(?:the\s+date\s+of\s+)?(?:this|the|our)\s+"
        r"(?:notice|notification|message|e-?mail|letter)",
        *(
            template.replace("{amount}", lexicon.amount())
            for lexicon in LEXICONS
            for template in lexicon.relative
        ),
    )
)
# Relative spans and the sentence tests below run on lower-cased text (``screen.lower_source``).
_RELATIVE_SCREENED = tuple(Screened.lowered(pattern) for pattern in _RELATIVE)
#: The words relative deadlines screen by (``facts`` scans for everyone's at once).
NEEDS = tuple(screened.need for screened in _RELATIVE_SCREENED)
_RELATIVE_SCREEN = Screen(NEEDS)
_DIGIT = re.compile(r"\d")
_HOUR_UNITS = ("hour", *(unit for lexicon in LEXICONS for unit in lexicon.hour_units))
_WEEK_UNITS = ("week", *(unit for lexicon in LEXICONS for unit in lexicon.week_units))
_BUSINESS_KINDS = (
    "business",
    "working",
    *(kind for lexicon in LEXICONS for kind in lexicon.business_kinds),
)
_ASKS_TO_ACT = re.compile(
    lower_source(
        word_start_alternation(
            r"\b(?:respond|response|reply|appeal|submit|provide|send|upload|hear\s+from"
            r"|(?:do\s+not|don't|fail\s+to)\s+receive|receive\s+your"
            r"|take\s+action|act|plan\s+of\s+action|resolve|address|verify|complete|deadline|otherwise"
            r"|deactivat\w*|remov\w*|unless|if\s+you)\b",
            *sources("asks_to_act"),
        )
    )
)
_OUR_PROMISE = re.compile(
    lower_source(
        word_start_alternation(
            r"\b(?:we|our\s+team|amazon)\s+(?:will|'ll|typically|usually|normally|generally|aim\s+to"
            r"|try\s+to|strive\s+to|may|can)\b",
            *sources("our_promise"),
        )
    )
)
_SELLER_DUTY = re.compile(
    lower_source(
        word_start_alternation(
            r"\b(?:if|unless|when)\s+you\b|\byou\s+(?:must|need|have|should)\b|\bplease\b",
            *sources("seller_duty"),
        )
    )
)


def _explicit(sentence: str, *, day_first: bool, sent: datetime | None) -> list[date]:
    found = []
    for value in _cued_dates(sentence, day_first, sent.year if sent else None):
        if sent and value < sent.date() - timedelta(days=180) and str(value.year) not in sentence:
            value = value.replace(year=value.year + 1)
        found.append(value)
    return found


# Sentences repeat from notice to notice (a mailbox's templates), dated ones too.
@lru_cache(maxsize=4096)
def _cued_dates(sentence: str, day_first: bool, year: int | None) -> tuple[date, ...]:
    """The dates in ``sentence`` that a deadline cue introduces (or, in Japanese and
    Chinese, follows)."""
    return tuple(
        mention.value
        for mention in find_dates(sentence, day_first=day_first, year=year)
        if _CUE_BEFORE.search(sentence[max(0, mention.start - 40) : mention.start])
        or _CUE_AFTER.match(sentence, mention.end)
    )


def add_business_days(start: date, days: int) -> date:
    """``start`` plus ``days`` weekdays (Saturday and Sunday skipped)."""
    current = start
    while days > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            days -= 1
    return current


def _amount(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBER_WORDS[word.lower()]


def _due(sent: datetime, match: re.Match[str]) -> date:
    """The date a relative span ("17 days", "72 Stunden", "5 giorni lavorativi") ends on."""
    amount = _amount(match.group("amount"))
    unit = match.group("unit").lower()
    kind = (match.groupdict().get("kind") or "").lower()
    if unit.startswith(_HOUR_UNITS):
        return (sent + timedelta(hours=amount)).date()
    if unit.startswith(_WEEK_UNITS):
        return sent.date() + timedelta(weeks=amount)
    if kind.startswith(_BUSINESS_KINDS):
        return add_business_days(sent.date(), amount)
    return sent.date() + timedelta(days=amount)


def _relative(sentence: str, sent: datetime, patterns: tuple[re.Pattern[str], ...]) -> list[date]:
    """Relative deadlines in ``sentence``; ``patterns`` are lower-case ones that may match."""
    lowered = sentence.lower()
    if not _ASKS_TO_ACT.search(lowered):
        return []
    found = []
    for clause in re.split(r"[,;]", lowered):
        matches = [m for pattern in patterns for m in pattern.finditer(clause)]
        for match in matches:
            if _OUR_PROMISE.search(clause) and not _SELLER_DUTY.search(clause):
                continue
            found.append(_due(sent, match))
    return found


def deadline(
    notice: Notice, marketplace: str | None = None, found: Found | None = None
) -> date | None:
    """The earliest deadline in the notice, or None when it sets none we can date.

    ``marketplace`` decides how 03/04/2024 reads (month first on amazon.com
    and amazon.ca, and when unknown; day first elsewhere). ``found``: the screen words
    in the notice when the caller has scanned for them.
    """
    day_first = marketplace is not None and marketplace not in MONTH_FIRST_MARKETPLACES
    relative = _relative_candidates(notice, found) if notice.date is not None else ()
    dates: list[date] = []
    for sentence in sentences(notice):
        if _DIGIT.search(sentence):  # every date form has a digit
            dates += _explicit(sentence, day_first=day_first, sent=notice.date)
        if relative:
            assert notice.date is not None
            dates += _relative(sentence, notice.date, relative)
    return min(dates, default=None)


def _relative_candidates(notice: Notice, found: Found | None) -> tuple[re.Pattern[str], ...]:
    """The relative-deadline patterns whose words occur in the notice (one scan for all)."""
    if found is None:
        found = _RELATIVE_SCREEN.words_in(f"{notice.subject}\n{notice.text}".lower())
    return _candidates(found & _RELATIVE_SCREEN.words)


@lru_cache(maxsize=8192)
def _candidates(found: Found) -> tuple[re.Pattern[str], ...]:
    """The relative-deadline patterns the screen words ``found`` allow (only their own words
    decide, so notices holding the same ones share the answer)."""
    return tuple(screened.pattern for screened in _RELATIVE_SCREENED if screened.may_match(found))
