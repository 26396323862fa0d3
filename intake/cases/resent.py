"""A notice's re-send key, and an account's earlier notices bucketed by what must match.

``resent_key`` reads the facts that must match (ASINs, policies, documents) with
``intake.extract``'s patterns, so a German, French, Spanish or Italian notice
about another policy is not taken for a re-send; ``classifiers.resent`` makes
and compares the text part.

``classifiers.find_resent`` only matches a key with the same ASINs, policies
and requested documents, so looking in that one bucket gives its answer
without comparing against every earlier notice; a bucket keeps its newest
``BUCKET_LIMIT`` notices (Amazon re-sends a recent notice, not one from a
thousand notices ago), so the cost per message does not grow with history.
Used by the pipeline, replay and ``intake classify``.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import Generic, TypeVar

import classifiers
from classifiers.resent import DATE_WORDS, key_text, prefix, shingles
from classifiers.types import NoticeText
from intake.extract.dates import MONTHS
from intake.extract.documents import documents_named
from intake.extract.ids import asins_in
from intake.extract.policy import policies_named
from intake.extract.screen import Found

BUCKET_LIMIT = 200
#: Month names in every notice language are masked like the digits of a date.
_DATE_WORDS = DATE_WORDS | frozenset(MONTHS)

#: What identifies a notice: a message id, or a file and position for ``intake classify``.
Id = TypeVar("Id", bound=Hashable)


def resent_key(text: NoticeText, words: Found | None = None) -> classifiers.ResentKey:
    """The key of a notice's newest text (greeting, signature and quoted history left out).

    ``words``: the screen words of the whole notice (``intake.extract.facts_and_words``),
    so its policies and documents are read without scanning the text again.
    """
    core = key_text(text)
    return classifiers.ResentKey(
        shingles=shingles(core, _DATE_WORDS),
        asins=frozenset(asins_in(core)),
        policies=policies_named(core, words),
        documents=documents_named(core, words),
    )


class ResentHistory(Generic[Id]):
    """Earlier notices of one account (or recipient), oldest first within each bucket.

    Each bucket indexes its notices by the prefix of their shingles
    (``classifiers.resent.prefix``): a notice a key re-sends shares one of its prefix
    shingles, so ``find`` compares the key with those alone, not with the whole bucket,
    and finds what ``classifiers.find_resent`` over the bucket finds.
    """

    def __init__(self, entries: Iterable[tuple[Id, classifiers.ResentKey]] = ()) -> None:
        self._by_facts: dict[tuple, _Bucket[Id]] = {}
        self._where: dict[Id, tuple[tuple, int]] = {}
        self._count = 0
        for message, key in entries:
            self.append(message, key)

    def append(self, message: Id, key: classifiers.ResentKey) -> None:
        """Add a newer notice."""
        facts = _facts_of(key)
        bucket = self._by_facts.setdefault(facts, _Bucket())
        self._count += 1
        bucket.add(self._count, message, key)
        self._where[message] = facts, self._count
        if len(bucket.entries) > BUCKET_LIMIT:
            self._where.pop(bucket.drop_oldest(), None)

    def drop(self, message: Id) -> None:
        """Take a notice out (it is no longer among the latest)."""
        found = self._where.pop(message, None)
        if found is not None:
            self._by_facts[found[0]].drop(found[1])

    def find(self, key: classifiers.ResentKey) -> Id | None:
        """The latest earlier notice ``key`` re-sends, as ``classifiers.find_resent`` decides."""
        bucket = self._by_facts.get(_facts_of(key))
        return bucket.find(key) if bucket is not None else None


class _Bucket(Generic[Id]):
    """Notices with the same facts, by arrival, and by each prefix shingle."""

    def __init__(self) -> None:
        self.entries: dict[int, tuple[Id, classifiers.ResentKey]] = {}
        self._by_shingle: dict[int, set[int]] = {}

    def add(self, seq: int, message: Id, key: classifiers.ResentKey) -> None:
        self.entries[seq] = message, key
        for shingle in prefix(key.shingles):
            self._by_shingle.setdefault(shingle, set()).add(seq)

    def drop_oldest(self) -> Id:
        seq = next(iter(self.entries))
        message = self.entries[seq][0]
        self.drop(seq)
        return message

    def drop(self, seq: int) -> None:
        _, key = self.entries.pop(seq)
        for shingle in prefix(key.shingles):
            sharing = self._by_shingle[shingle]
            sharing.discard(seq)
            if not sharing:
                del self._by_shingle[shingle]

    def find(self, key: classifiers.ResentKey) -> Id | None:
        """The newest match: the first one found from the newest down (``find_resent``
        keeps the last one found from the oldest up)."""
        seqs: set[int] = set()
        for shingle in prefix(key.shingles):
            seqs.update(self._by_shingle.get(shingle, ()))
        for seq in sorted(seqs, reverse=True):
            found = classifiers.find_resent(key, [self.entries[seq]])
            if found is not None:
                return found
        return None


def _facts_of(key: classifiers.ResentKey) -> tuple:
    return key.asins, key.policies, key.documents
