"""A client's open notice cases by date, team, policy and waiting, and one message's window.

Grouping compares a message with the open cases active within ``RECENT`` of its
date (the first ``limit`` of them from the oldest). Handing every one of them to
``decide_case`` made a message cost more as a client's history grew: most rules
read only one or two of them (the newest open case of the message's team, the
one waiting on Amazon, the ones of its policy). ``OpenCases`` keeps the open
notice cases in sorted lists (all, per team, per policy, the waiting ones), kept
up to date case by case; ``Window`` is one message's slice of them, and gives
``decide_case`` (its ``RecentCases`` protocol) only the few cases a rule could
choose, in the order the whole window would have listed them, so the decisions
are those of the whole window. Pure.
"""

from __future__ import annotations

import bisect
import heapq
import math
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime

from intake.cases.grouping import RECENT, CaseSummary, likeliness

Key = tuple[str, str]
Entry = tuple[datetime, int]  # a case's newest mail and its id: the window's order


@dataclass(frozen=True)
class _Place:
    entry: Entry
    team: str | None
    policy: str | None
    waiting: bool


class OpenCases:
    """Open notice cases in ``(newest mail, id)`` order: all, by team, by policy, waiting."""

    def __init__(self) -> None:
        self.all: list[Entry] = []
        self.by_team: dict[str | None, list[Entry]] = {}
        self.by_policy: dict[str | None, list[Entry]] = {}
        self.waiting: list[Entry] = []
        self.waiting_by_team: dict[str | None, list[Entry]] = {}
        self._places: dict[int, _Place] = {}

    def put(
        self,
        case_id: int,
        last: datetime | None,
        team: str | None = None,
        policy: str | None = None,
        waiting: bool = False,
    ) -> None:
        """A case's place after it changed, or ``last`` None when it is no longer an open
        notice case with mail (closed, merged, another kind)."""
        old = self._places.pop(case_id, None)
        if old is not None:
            for entries in self._lists(old):
                at = bisect.bisect_left(entries, old.entry)
                if at < len(entries) and entries[at] == old.entry:
                    del entries[at]
        if last is None:
            return
        place = _Place((last, case_id), team, policy, waiting)
        self._places[case_id] = place
        for entries in self._lists(place):
            bisect.insort(entries, place.entry)

    def _lists(self, place: _Place) -> Iterator[list[Entry]]:
        yield self.all
        yield self.by_team.setdefault(place.team, [])
        yield self.by_policy.setdefault(place.policy, [])
        if place.waiting:
            yield self.waiting
            yield self.waiting_by_team.setdefault(place.team, [])

    def between(self, low: datetime, high: datetime, limit: int) -> list[Entry]:
        """Open cases with mail between ``low`` and ``high``, oldest first, at most ``limit``."""
        start = bisect.bisect_left(self.all, (low, 0))
        stop = min(start + limit, len(self.all))
        end = bisect.bisect_right(self.all, (high, math.inf), start, stop)
        return self.all[start:end]

    def window(
        self,
        when: datetime,
        limit: int,
        listed: Collection[int],
        summary: Callable[[int], CaseSummary | None],
        complete: Callable[[Key], bool],
    ) -> Window:
        """A message's window: the open cases within ``RECENT`` of ``when`` (the first
        ``limit``), less those ``listed`` among its candidates already.

        ``summary`` makes a case's ``CaseSummary``; ``complete(key)`` says whether every
        case holding ``key`` is listed (its key bucket never dropped one).
        """
        entries = self.between(when - RECENT, when + RECENT, limit)
        return Window(self, entries, listed, summary, complete)

    def place(self, case_id: int) -> _Place | None:
        return self._places.get(case_id)


class Window:
    """One message's recently active open cases (its ``RecentCases``), read lazily."""

    def __init__(
        self,
        cases: OpenCases,
        entries: list[Entry],
        listed: Collection[int],
        summary: Callable[[int], CaseSummary | None],
        complete: Callable[[Key], bool],
    ) -> None:
        self.cases, self.entries, self.listed = cases, entries, listed
        self._summary, self._complete = summary, complete
        self.low = entries[0] if entries else None
        self.high = entries[-1] if entries else None

    def __len__(self) -> int:
        return len(self.entries)

    def has(self, case_id: int) -> bool:
        """Whether the case is in the window (and not listed)."""
        place = self.cases.place(case_id)
        return place is not None and case_id not in self.listed and self._inside(place.entry)

    def holding(self, keys: Iterable[Key]) -> list[CaseSummary]:
        """The window's cases (not listed) holding any of ``keys``, in window order: none
        when every holder of each key is listed, the usual case (a key's bucket drops
        cases only past ``BUCKET_LIMIT``, e.g. a subject every case shares)."""
        wanted = {key for key in keys if not self._complete(key)}
        if not wanted:
            return []
        found = []
        for _, case_id in self.entries:
            if case_id not in self.listed:
                summary = self._summary(case_id)
                if summary is not None and not summary.keys.isdisjoint(wanted):
                    found.append(summary)
        return found

    def policy(self, policy: str, accept: Callable[[CaseSummary], bool]) -> list[CaseSummary]:
        """The window's cases (not listed) of ``policy`` that ``accept`` takes, in order."""
        found = []
        for _, case_id in self._slice(self.cases.by_policy.get(policy, [])):
            if case_id not in self.listed:
                summary = self._summary(case_id)
                if summary is not None and accept(summary):
                    found.append(summary)
        return found

    def likeliest(
        self, team: str | None, outgoing: bool, accept: Callable[[CaseSummary], bool]
    ) -> list[CaseSummary]:
        """The window's cases (not listed) ``accept`` takes that could be the two likeliest
        by ``likeliness`` (and any tied with them), in window order: tier by tier, the
        newest first, stopping once two are found and the next ranks lower."""
        need, found = 2, dict[int, CaseSummary]()
        for tier in range(3, -1, -1):
            waiting, same = bool(tier % 2), tier >= 2
            if (waiting and outgoing) or (not same and not team):
                continue
            # other teams: read from all of them, skipping the message's team's
            streams = self._streams(team if same else None, waiting)
            taken = self._best(streams, tier, need, team, outgoing, accept, waiting)
            found.update((summary.id, summary) for summary in taken)
            if len(taken) >= need:
                break
            need -= len(taken)
        return self._ordered(found)

    def _streams(self, team: str | None, waiting: bool) -> list[list[Entry]]:
        by = self.cases.waiting_by_team if waiting else self.cases.by_team
        if team is None:
            return [self._slice(self.cases.waiting if waiting else self.cases.all)]
        return [self._slice(by.get(team, [])), self._slice(by.get(None, []))]

    def _best(
        self,
        streams: list[list[Entry]],
        tier: int,
        need: int,
        team: str | None,
        outgoing: bool,
        accept: Callable[[CaseSummary], bool],
        waiting: bool,
    ) -> list[CaseSummary]:
        """Of the streams' cases in ``tier``, those ranking at least as high as the
        ``need``-th best."""
        taken: list[tuple[float, CaseSummary]] = []
        if waiting:  # few: rank them all (their rank is the seller's last mail, not the order)
            entries: Iterable[Entry] = (entry for stream in streams for entry in stream)
        else:  # newest first: the rank is the newest mail, the window's order
            entries = _newest_first(streams)
        for entry in entries:
            if not waiting and len(taken) >= need and entry[0].timestamp() < taken[need - 1][0]:
                break  # it and every later one rank lower than the need-th: newest mail first
            case_id = entry[1]
            if case_id in self.listed:
                continue
            summary = self._summary(case_id)
            if summary is None:
                continue
            rank = likeliness(summary, team, outgoing)
            if rank[0] != tier or not accept(summary):
                continue
            taken.append((rank[1], summary))
        if waiting and len(taken) > need:
            taken.sort(key=lambda item: item[0], reverse=True)
            floor = taken[need - 1][0]
            taken = [item for item in taken if item[0] >= floor]
        return [summary for _, summary in taken]

    def _slice(self, entries: list[Entry]) -> list[Entry]:
        if self.low is None or self.high is None:
            return []
        start = bisect.bisect_left(entries, self.low)
        return entries[start : bisect.bisect_right(entries, self.high, start)]

    def _inside(self, entry: Entry) -> bool:
        return self.low is not None and self.high is not None and self.low <= entry <= self.high

    def _ordered(self, ids: Iterable[int]) -> list[CaseSummary]:
        places = [self.cases.place(case_id) for case_id in ids]
        entries = sorted(place.entry for place in places if place is not None)
        summaries = (self._summary(case_id) for _, case_id in entries)
        return [summary for summary in summaries if summary is not None]


def _newest_first(streams: list[list[Entry]]) -> Iterable[Entry]:
    """The entries of sorted lists, newest first (mostly one list has any: no merge then)."""
    filled = [stream for stream in streams if stream]
    if len(filled) == 1:
        return reversed(filled[0])
    return heapq.merge(*(reversed(stream) for stream in filled), reverse=True)
