"""From a family to one written letter: one wording per block, slots filled, a date.

The renderer only writes words; ``forms`` decides how the mail arrives (plain, HTML,
forwarded...). A ``Letter`` is plain data, so tests can check the words without MIME.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from .families import Family
from .slots import slot_values

_FIRST_DAY = date(2023, 1, 2)
_DAYS = 1_430  # up to late 2026


@dataclass(frozen=True)
class Letter:
    """One rendered message before it becomes MIME.

    ``paragraphs`` are the chosen block wordings with slots filled, in order; a
    paragraph may hold several lines ("-- " list items, a heading line).
    """

    family: str
    label: str
    language: str
    marketplace: str
    sender: str
    recipient: str
    subject: str
    paragraphs: tuple[str, ...]
    when: datetime
    seller: str


def render(family: Family, rng: random.Random) -> Letter:
    """One variant of a family, every choice drawn from ``rng``."""
    marketplace = rng.choice(family.marketplaces or ("US",))
    day = _FIRST_DAY + timedelta(days=rng.randrange(_DAYS))
    when = datetime(day.year, day.month, day.day, rng.randrange(24), rng.randrange(60), tzinfo=UTC)
    values = slot_values(rng, family.language, marketplace, day)
    paragraphs = []
    for block in family.blocks:
        choice = rng.choice(block)
        if choice.strip():
            paragraphs.append(fill(choice, values))
    return Letter(
        family=family.id,
        label=family.label,
        language=family.language,
        marketplace=marketplace,
        sender=fill(rng.choice(family.senders), values),
        recipient=seller_address(values["seller"]),
        subject=fill(rng.choice(family.subjects), values),
        paragraphs=tuple(paragraphs),
        when=when,
        seller=values["seller"],
    )


def fill(text: str, values: dict[str, str]) -> str:
    """A wording with its ``{slots}`` replaced (``{{``/``}}`` are literal braces)."""
    return text.format_map(values)


def seller_address(seller: str) -> str:
    """The seller's own mail address, made from the store name."""
    slug = re.sub(r"[^a-z0-9]+", "-", seller.lower()).strip("-")[:30] or "seller"
    return f"ops@{slug}.example"
