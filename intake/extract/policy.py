"""Which Amazon policy a notice invokes, and who complained.

The policy is a short stable name (``inauthentic``, ``order_defect_rate`` ...)
so cases, templates and the queue can group on it. The subject is read first
because Amazon names the policy there when it names it anywhere; within a
text, the earliest mention wins (later paragraphs are boilerplate about other
policies). German, French, Spanish and Italian names for each policy
("Produktsicherheit", "contrefaçon", "cuentas relacionadas") map to the same
short names.
"""

from __future__ import annotations

import re

from intake.extract.languages import either, policy_words
from intake.extract.screen import Found, Screen, Screened, allowed, names_found, within
from intake.mail.notice import Notice

#: Short policy name -> pattern source (English first, then the other notice languages'
#: words). Order breaks ties between matches at the same position.
_POLICY_SOURCES: tuple[tuple[str, str], ...] = tuple(
    (name, either(pattern, *policy_words(name)))
    for name, pattern in (
        (
            "condition",
            r"used[\s-]+(?:\w+\s+){0,2}sold[\s-]+as[\s-]+new"
            r"|condition\s+(?:complaint|guideline|policy)",
        ),
        ("inauthentic", r"\binauthentic|\bauthenticity\b|\bcounterfeit|\bnot\s+authentic\b"),
        (
            "intellectual_property",
            r"intellectual[\s-]+property|\btrademark|\bcopyright|\bpatent(?!e\s+di\s+guida)"
            r"|\brights?[\s-]+owner",
        ),
        ("order_defect_rate", r"order[\s-]+defect[\s-]+rate|\bODR\b"),
        ("late_shipment", r"late[\s-]+shipment"),
        ("cancellation_rate", r"cancell?ation[\s-]+rate|pre-?fulfill?ment\s+cancel"),
        ("valid_tracking", r"valid[\s-]+tracking[\s-]+rate"),
        (
            "related_accounts",
            r"related[\s-]+accounts?"
            r"|\b(?:related|linked)\s+(?:to\s+)?(?:an)?other\s+(?:\w+\s+)?account",
        ),
        ("dangerous_goods", r"dangerous[\s-]+goods|\bhazmat\b"),
        ("restricted_products", r"restricted[\s-]+products?|prohibited[\s-]+products?"),
        ("pricing", r"fair[\s-]+pricing|price[\s-]+gouging|pricing[\s-]+(?:policy|error)"),
        (
            "reviews",
            r"(?:customer|product)[\s-]+reviews?[\s-]+(?:policy|manipulation|abuse)"
            r"|review[\s-]+manipulation"
            r"|manipulat\w+\s+(?:of\s+)?(?:product\s+|customer\s+)?reviews?",
        ),
        (
            "identity_verification",
            r"verify\s+your\s+identity|identity\s+verification|seller\s+verification"
            r"|verification\s+of\s+your\s+(?:identity|information)",
        ),
        ("product_safety", r"product[\s-]+safety|safety[\s-]+(?:complaint|concern|issue)s?"),
        ("listing_policy", r"listing[\s-]+polic(?:y|ies)|detail[\s-]+page[\s-]+(?:rules|policy)"),
        ("dropshipping", r"drop[\s-]?shipping"),
        ("code_of_conduct", r"code\s+of\s+conduct"),
    )
)

#: Each policy's own compiled pattern, for callers that ask about one policy.
POLICY_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(source, re.IGNORECASE)) for name, source in _POLICY_SOURCES
)
#: The same, for lower-cased text, with the words each match needs (``screen``).
_SCREENED: tuple[tuple[str, Screened], ...] = tuple(
    (name, Screened.lowered(pattern)) for name, pattern in POLICY_PATTERNS
)
#: The words policy detection screens by (``facts`` scans a notice for everyone's at once).
NEEDS = tuple(screened.need for _, screened in _SCREENED)
_SCREEN = Screen(NEEDS)
_WORDS = _SCREEN.words

_ROWNER_FIELD = re.compile(
    r"^\s*(?:rights?[ \t]+owner|brand[ \t]+owner|complainant)(?:[ \t]+name)?[ \t]*:[ \t]*"
    r"(\S[^\n]{0,80}?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_ROWNER_PROSE = re.compile(
    r"\b(?i:rights?[\s-]+owner|brand[\s-]+owner|complainant)[,:]?[ \t]+[\"\u201c]?"
    r"(?!(?i:e-?mail|contact|name|information|address|phone|has|have|is|was|may|can|will"
    r"|filed|reported|submitted|claims?|alleges?)\b)"
    r"((?:[A-Z0-9][\w&'.-]*)(?:[ \t]+(?:[A-Z0-9&][\w&'.-]*|of|and|de|&))*)"
)
_NAME_TAIL = re.compile(r"[\s,.;:]+$")


def _earliest(text: str, found: Found) -> str | None:
    """The policy named first in ``text``; at one position, the one listed first.

    Only the policies whose words (``found`` in the text) allow a match are searched
    (``screen``): one search per policy the text may name, not one per policy.
    """
    lowered = text.lower()
    best: tuple[int, int, str] | None = None
    for rank, name, screened in allowed(_SCREENED, within(found & _WORDS, lowered)):
        match = screened.pattern.search(lowered)
        if match and (best is None or (match.start(), rank) < best[:2]):
            best = (match.start(), rank, name)
    return best[2] if best else None


def policy(notice: Notice, found: Found | None = None) -> str | None:
    """The policy's short name, from the subject first, then the body; None if none is named.

    ``found``: the screen words in the notice when the caller has scanned for them.
    """
    if found is None:
        found = _SCREEN.words_in(f"{notice.subject}\n{notice.text}".lower())
    return _earliest(notice.subject, found) or _earliest(notice.text, found)


def rights_owner(notice: Notice) -> str | None:
    """The complaining rights owner: a ``Rights owner:`` field, else "the rights owner Acme Inc"."""
    field = _ROWNER_FIELD.search(notice.text)
    if field:
        return _NAME_TAIL.sub("", field.group(1)).strip("\"'\u201c\u201d")
    prose = _ROWNER_PROSE.search(notice.text)
    if prose:
        return _NAME_TAIL.sub("", prose.group(1)).strip("\"'\u201c\u201d") or None
    return None


def policies_named(text: str, words: Found | None = None) -> frozenset[str]:
    """Every policy ``text`` names, in any of the notice languages (re-sent detection's facts)."""
    return names_found(_SCREEN, _SCREENED, text, words)
