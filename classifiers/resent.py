"""Tell a re-sent notice from a new one, against the case's earlier messages.

Amazon re-sends the same template with only dates, IDs or the greeting changed,
and a seller must not answer it with the same POA again. A near-copy of an
earlier message's *text* is resent, but only when what matters in a notice is
the same too: the same ASINs, the same policy, the same requested documents. The
same template about different ASINs is a new notice. Those facts are read with
intake's multilingual patterns (``intake.cases.resent.resent_key`` builds the
key); this module, which imports no intake, makes and compares the text part.

Text is compared as hashed word 4-gram shingles of the newest text with the
greeting line, the signature, quoted history and every token carrying a digit
(dates, order/case/reference IDs, ASINs, amounts) taken out. Hashes use CRC-32,
so keys stored as JSON compare equal across processes.
"""

from __future__ import annotations

import math
import re
import zlib
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, TypeVar

from classifiers.quoting import newest_text
from classifiers.types import NoticeText

SHINGLE_WORDS = 4
#: Jaccard similarity of the shingles from which a notice is a near-copy of another.
THRESHOLD = 0.9
#: Characters of a body the key is made from. A notice's content is at its top and under
#: 3,000 characters; the bound keeps a 20 MB body from costing minutes (same as
#: intake's facts, ``intake.extract.bounded``).
ANALYSED_CHARS = 32_768

_TOKEN = re.compile(r"[^\W_]+")
_GREETING = re.compile(
    r"^(hello|hi|dear|greetings|good (morning|afternoon|evening)|to whom)\b", re.IGNORECASE
)
_CLOSING = re.compile(
    r"^(sincerely|regards|best regards|kind regards|warm regards|best|thank you|thanks|"
    r"respectfully|cordially|seller performance( team)?|amazon(\.[a-z.]+)? ?(services)?|"
    r"the amazon team|account health team)[ ,.!]*$",
    re.IGNORECASE,
)
#: English month, weekday and time-zone words, masked like digits (callers may add others).
DATE_WORDS = frozenset(
    re.findall(
        r"\w+",
        "january february march april may june july august september october november december "
        "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday "
        "friday saturday sunday mon tue wed thu fri sat sun am pm utc gmt pst pdt est edt",
    )
)


@dataclass(frozen=True)
class ResentKey:
    """What identifies a notice's content: text shingles and the facts that matter.

    Example: ``ResentKey(shingles=frozenset({2740271, ...}), asins=frozenset({"B0ABC12345"}),
    policies=frozenset({"inauthentic"}), documents=frozenset({"invoices"}))``
    """

    shingles: frozenset[int]
    asins: frozenset[str]
    policies: frozenset[str]
    documents: frozenset[str]

    def to_dict(self) -> dict[str, list[Any]]:
        """JSON-ready form (sorted lists), e.g. for a database column."""
        return {
            "shingles": sorted(self.shingles),
            "asins": sorted(self.asins),
            "policies": sorted(self.policies),
            "documents": sorted(self.documents),
        }

    @classmethod
    def from_dict(cls, stored: dict[str, list[Any]]) -> ResentKey:
        """The key back from ``to_dict``'s form."""
        return cls(
            shingles=frozenset(int(s) for s in stored["shingles"]),
            asins=frozenset(str(a) for a in stored["asins"]),
            policies=frozenset(str(p) for p in stored["policies"]),
            documents=frozenset(str(d) for d in stored["documents"]),
        )

    def similarity(self, other: ResentKey) -> float:
        """Jaccard similarity of the shingles (0.0 when either text is empty)."""
        if not self.shingles or not other.shingles:
            return 0.0
        return len(self.shingles & other.shingles) / len(self.shingles | other.shingles)

    def same_facts(self, other: ResentKey) -> bool:
        """Same ASINs, policies and requested documents."""
        return (self.asins, self.policies, self.documents) == (
            other.asins,
            other.policies,
            other.documents,
        )


def key_text(text: NoticeText) -> str:
    """The text a key is made from: the newest text, greeting line and signature left out.

    Only the first ``ANALYSED_CHARS`` of the body are read, cut at a line break.
    """
    return core_text(_prefix(text.body))


def shingles(core: str, date_words: frozenset[str] = DATE_WORDS) -> frozenset[int]:
    """The hashed word shingles of ``core`` (``key_text``), digits and ``date_words`` masked."""
    return frozenset(_shingles(_masked_words(core.lower(), date_words)))


_Id = TypeVar("_Id", bound=Hashable)


def find_resent(
    key: ResentKey, history: Iterable[tuple[_Id, ResentKey]], threshold: float = THRESHOLD
) -> _Id | None:
    """The id of the latest earlier message ``key`` is a re-send of, or None.

    ``history`` runs oldest first; a match needs similar text (Jaccard of the
    shingles >= ``threshold``) and the same ASINs, policies and documents.
    """
    found: _Id | None = None
    for message_id, earlier in history:
        if key.same_facts(earlier) and key.similarity(earlier) >= threshold:
            found = message_id
    return found


@lru_cache(maxsize=32_768)
def prefix(shingles: frozenset[int], threshold: float = THRESHOLD) -> tuple[int, ...]:
    """The smallest shingles, as many as two sets with a Jaccard similarity of at least
    ``threshold`` always share one of (prefix filtering: n - floor(t * n) + 1 of n).

    An index of each notice by its prefix finds every near-copy of a key among the
    notices sharing one of the key's prefix shingles. Cached: a kept key is indexed
    again when it is dropped.
    """
    count = len(shingles)
    return tuple(sorted(shingles)[: count - math.floor(threshold * count) + 1]) if count else ()


def _prefix(body: str) -> str:
    if len(body) <= ANALYSED_CHARS:
        return body
    cut = body[:ANALYSED_CHARS]
    line_end = cut.rfind("\n")
    return cut[:line_end] if line_end > ANALYSED_CHARS // 2 else cut


def core_text(body: str) -> str:
    """The newest text without its greeting line and signature."""
    lines = [line.strip() for line in newest_text(body).split("\n")]
    lines = [line for line in lines if line]
    if lines and _GREETING.match(lines[0]) and len(lines[0]) < 80:
        lines = lines[1:]
    half = len(lines) // 2
    for index in range(half, len(lines)):
        if _CLOSING.match(lines[index]):
            lines = lines[:index]
            break
    return "\n".join(lines)


def _masked_words(text: str, date_words: frozenset[str]) -> list[str]:
    """Lower-case words; any run of digit-bearing or date words becomes one "#"."""
    words: list[str] = []
    for token in _TOKEN.findall(text.lower()):
        # A letter is never a digit: only a token not all letters is looked through.
        if token in date_words or not token.isalpha() and any(ch.isdigit() for ch in token):
            if not words or words[-1] != "#":
                words.append("#")
        else:
            words.append(token)
    return words


def _shingles(words: list[str]) -> set[int]:
    if len(words) < SHINGLE_WORDS:
        return {zlib.crc32(" ".join(words).encode())} if words else set()
    return {
        zlib.crc32(" ".join(words[i : i + SHINGLE_WORDS]).encode())
        for i in range(len(words) - SHINGLE_WORDS + 1)
    }
