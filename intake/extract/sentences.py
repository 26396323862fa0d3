"""Cut a notice's body into the sentences that deadline, document and phishing rules read.

Amazon's plain-text mail is hard-wrapped, lists fields one per line
("Case ID: 123") and bullets what it wants. A rule that must see a whole
sentence ("please provide ... within 17 days") needs the wrapped lines joined,
but a field line must stay alone so that "Date received: March 1" never joins
"Respond by: March 20". Quoted earlier mail ("> ...") is left out: it speaks
about a previous message, not this one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from intake.mail.notice import Notice

_BULLET = re.compile(r"^\s*(?:-{1,2}|[*\u2022\u25aa\u25cf\u2013]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+")
_FIELD = re.compile(r"^\s*[A-Za-z][\w ()/'&-]{0,40}:(?:\s|$)")
_FIELD_WITH_VALUE = re.compile(r"^\s*[A-Za-z][\w ()/'&-]{0,40}:\s+\S")
# Latin sentences end at ". " before a capital; Japanese and Chinese ones at 。！？, spaced or not.
_SENTENCE_END = re.compile(
    r"(?<=[.!?])\s+(?=[A-Z0-9\"'\u201c(\u00c0-\u00de])|(?<=[\u3002\uff01\uff1f])\s*(?=\S)"
)
_NO_END_AFTER = re.compile(
    r"(?:\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|inc|ltd|co|corp|no|nr|st|mr|ms|mrs"
    r"|dr|vs|approx|ca|etc|e\.g|i\.e)|\b\d{1,2})\.$",
    re.IGNORECASE,
)


def _body_lines(subject: str, text: str) -> list[str]:
    lines = [subject] if subject else []
    lines.append("")
    lines.extend(line for line in text.splitlines() if not line.lstrip().startswith(">"))
    return lines


def paragraphs(notice: Notice) -> list[str]:
    """Logical lines: wrapped lines joined, bullets and ``Field:`` lines kept apart."""
    return list(_paragraphs(notice.subject, notice.text))


def sentences(notice: Notice) -> list[str]:
    """Every sentence of the notice, subject first, in reading order."""
    return list(_sentences(notice.subject, notice.text))


# The deadline, document and phishing rules all read the same notice one after another:
# the last few notices' paragraphs and sentences are kept rather than cut again.
@lru_cache(maxsize=4)
def _paragraphs(subject: str, text: str) -> tuple[str, ...]:
    blocks: list[list[str]] = []
    current: list[str] = []
    for raw in _body_lines(subject, text):
        line = raw.strip()
        if not line:
            if current:
                blocks.append(current)
            current = []
            continue
        if current and _starts_new_block(raw, current):
            blocks.append(current)
            current = []
        current.append(line)
    if current:
        blocks.append(current)
    return tuple(" ".join(block) for block in blocks)


@lru_cache(maxsize=4)
def _sentences(subject: str, text: str) -> tuple[str, ...]:
    return tuple(s for paragraph in _paragraphs(subject, text) for s in _split_sentences(paragraph))


def _starts_new_block(raw: str, current: list[str]) -> bool:
    """A bullet or field line starts afresh; so does anything after a filled-in field, and an
    unindented capitalised line after a bullet (a wrapped bullet continues indented or lower-case).
    """
    line = raw.strip()
    if _BULLET.match(line):
        return True
    if _BULLET.match(current[0]) and raw[:1].isspace():
        return False  # an indented continuation of a bullet, even if it holds "Token: X"
    if _FIELD.match(line) or _FIELD_WITH_VALUE.match(current[-1]):
        return True
    return bool(_BULLET.match(current[0]) and not raw[0].isspace() and line[0].isupper())


def is_bullet(paragraph: str) -> bool:
    """True when a paragraph is a list item (``- x``, ``-- x``, ``* x``, ``1. x``, ``(a) x``)."""
    return bool(_BULLET.match(paragraph))


def split_sentences(paragraph: str) -> list[str]:
    """Split one logical line at sentence ends.

    Dates stay whole: "03.03.2024", "Mar. 20, 2024" and the German "20. März".
    """
    return list(_split_sentences(paragraph))


# A mailbox repeats its notices' paragraphs (two in three on the benchmark mailbox: only
# those naming IDs or dates are new), so each is cut once.
@lru_cache(maxsize=8192)
def _split_sentences(paragraph: str) -> tuple[str, ...]:
    parts: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(paragraph):
        if _NO_END_AFTER.search(paragraph[start : match.start()]):
            continue
        parts.append(paragraph[start : match.start()])
        start = match.end()
    parts.append(paragraph[start:])
    return tuple(part for part in parts if part.strip())
