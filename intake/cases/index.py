"""A client's cases by what they name, kept in memory for replay (``intake.cases.replay``).

Grouping must cost the same per message at any history size, so a message is
compared only with the cases an index finds for it: those sharing one of its
keys (case ID, complaint ID, ASIN, order ID, reply subject, name), the case of
its thread, and the open cases with mail in the last ``RECENT`` days. The
store keeps the same index in SQL for the pipeline (``intake.store.grouping``).
Each key keeps its newest ``BUCKET_LIMIT`` cases: a subject like "We have
received your appeal" is shared by every case, and older cases are no
evidence for it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime

from intake.cases.clues import Clues
from intake.cases.grouping import (
    KIND_GENERAL,
    KIND_NOTICE,
    RECENT,
    REQUESTS,
    CaseSummary,
    grouping_open,
)

BUCKET_LIMIT = 50


class CaseIndex:
    """Cases by key, by thread Message-ID, and the recently active open ones."""

    def __init__(self, cases: Iterable[CaseSummary] = ()) -> None:
        self.cases: dict[int, CaseSummary] = {}
        self._by_key: dict[tuple[str, str], dict[int, None]] = {}
        self._by_message_id: dict[str, int] = {}
        self._recent: dict[int, None] = {}  # open notice cases, most recently active last
        self.general_id: int | None = None
        for case in cases:
            self.put(case)

    def put(self, case: CaseSummary) -> None:
        """Add or replace a case (its keys are indexed)."""
        self.cases[case.id] = case
        if case.kind == KIND_GENERAL and self.general_id is None:
            self.general_id = case.id
        for key in case.keys:
            self._key(key, case.id)
        if case.kind == KIND_NOTICE and case.is_open:
            self._recent.pop(case.id, None)
            self._recent[case.id] = None

    def candidates(self, clues: Clues) -> list[CaseSummary]:
        """The cases sharing a key with ``clues``, plus the recently active open ones."""
        found: dict[int, None] = {}
        for key in lookup_keys(clues):
            found.update(self._by_key.get(key, {}))
        found.update((case_id, None) for case_id in self._recently_open(clues.when))
        return [self.cases[case_id] for case_id in found if case_id in self.cases]

    def thread_case(self, parents: Iterable[str]) -> int | None:
        """The case of the nearest parent message already placed."""
        return next((self._by_message_id[p] for p in parents if p in self._by_message_id), None)

    def place(self, case_id: int, message_id: str | None, clues: Clues, label: str) -> None:
        """Fold a message placed in ``case_id`` into the case and the index."""
        if message_id:
            self._by_message_id[message_id] = case_id
        case = self.cases[case_id]
        if case.kind != KIND_NOTICE:
            return
        self.put(absorbed(case, clues, label))

    def _key(self, key: tuple[str, str], case_id: int) -> None:
        bucket = self._by_key.setdefault(key, {})
        bucket.pop(case_id, None)
        bucket[case_id] = None
        if len(bucket) > BUCKET_LIMIT:
            del bucket[next(iter(bucket))]

    def _recently_open(self, when: datetime | None) -> list[int]:
        """Open notice cases active within ``RECENT`` of ``when``; stale ones are dropped
        from the front (replay goes in date order, so they do not come back unless a
        message joins them by a key)."""
        if when is None:
            return []
        while self._recent:
            first = next(iter(self._recent))
            last = self.cases[first].last_at
            if last is not None and when - last <= RECENT:
                break
            del self._recent[first]
        return [
            case_id
            for case_id in self._recent
            if self.cases[case_id].is_open and self.cases[case_id].last_at is not None
        ]


def absorbed(case: CaseSummary, clues: Clues, label: str) -> CaseSummary:
    """The case after a message joins it: its keys, policy, team, dates and open state."""
    when = clues.when
    newest = case.last_at is None or (when is not None and when >= case.last_at)
    last = max((d for d in (case.last_at, when) if d is not None), default=None)
    wrote, asked = case.last_outgoing_at, case.last_request_at
    if clues.outgoing and when is not None and (wrote is None or when > wrote):
        wrote = when
    if asks(clues, label) and when is not None and (asked is None or when > asked):
        asked = when
    return replace(
        case,
        keys=case.keys | set(clues.index_keys()),
        policy=case.policy or clues.policy,
        team=case.team or (clues.team if clues.from_amazon else None),
        last_at=last,
        last_outgoing_at=wrote,
        last_request_at=asked,
        is_open=grouping_open(case.is_open, label, clues) if newest else case.is_open,
    )


def asks(clues: Clues, label: str) -> bool:
    """Whether a message asks something of the seller (a notice, a request, a denial)."""
    return clues.from_amazon and label in REQUESTS


def lookup_keys(clues: Clues) -> list[tuple[str, str]]:
    """The keys worth looking up for a message: a subject only for a reply, names only for
    mail from the seller or a consultant (the only mail grouping reads names for)."""
    return [
        key
        for key in dict.fromkeys(clues.index_keys())
        if (key[0] != "subject" or clues.reply) and (key[0] != "name" or not clues.from_amazon)
    ]
