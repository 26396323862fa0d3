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
from classifiers.resent import DATE_WORDS, key_text, shingles
from classifiers.types import NoticeText
from intake.extract.dates import MONTHS
from intake.extract.documents import documents_named
from intake.extract.ids import asins_in
from intake.extract.policy import policies_named

BUCKET_LIMIT = 200
#: Month names in every notice language are masked like the digits of a date.
_DATE_WORDS = DATE_WORDS | frozenset(MONTHS)

#: What identifies a notice: a message id, or a file and position for ``intake classify``.
Id = TypeVar("Id", bound=Hashable)


def resent_key(text: NoticeText) -> classifiers.ResentKey:
    """The key of a notice's newest text (greeting, signature and quoted history left out)."""
    core = key_text(text)
    return classifiers.ResentKey(
        shingles=shingles(core, _DATE_WORDS),
        asins=frozenset(asins_in(core)),
        policies=policies_named(core),
        documents=documents_named(core),
    )


class ResentHistory(Generic[Id]):
    """Earlier notices of one account (or recipient), oldest first within each bucket."""

    def __init__(self, entries: Iterable[tuple[Id, classifiers.ResentKey]] = ()) -> None:
        self._by_facts: dict[tuple, list[tuple[Id, classifiers.ResentKey]]] = {}
        for message, key in entries:
            self.append(message, key)

    def append(self, message: Id, key: classifiers.ResentKey) -> None:
        """Add a newer notice."""
        bucket = self._by_facts.setdefault(_facts_of(key), [])
        bucket.append((message, key))
        if len(bucket) > BUCKET_LIMIT:
            del bucket[0]

    def find(self, key: classifiers.ResentKey) -> Id | None:
        """The latest earlier notice ``key`` re-sends, as ``classifiers.find_resent`` decides."""
        return classifiers.find_resent(key, self._by_facts.get(_facts_of(key), ()))


def _facts_of(key: classifiers.ResentKey) -> tuple:
    return key.asins, key.policies, key.documents
