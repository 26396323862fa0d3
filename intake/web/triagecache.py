"""The triage list per client, kept between requests while the client's data is unchanged.

Deriving every case's state on read (``views.list_cases``) costs time in
proportion to all the mail: seconds for 20,000 cases. The web app keeps each
client's list and recomputes it only when ``worklists.client_stamps`` says
the client changed (new mail, a person's decision, a relabel) or the list is
older than ``ttl`` seconds (deadlines move with the clock; ``intake
reprocess`` rewrites rows in place). The list is exactly ``intake cases``'s.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import datetime, tzinfo

from sqlalchemy.orm import Session

from intake.store import views, worklists
from intake.store.views import CaseView

WHOLE_LIST_SHARE = 0.5  # above this share of clients stale, one query for all is cheaper


class TriageCache:
    """Case lists by client name (each with its stamp and age), and the merged list last
    asked for per set of clients."""

    def __init__(self, ttl: float = 60.0, monotonic: Callable[[], float] = time.monotonic):
        self.ttl, self._monotonic = ttl, monotonic
        self._lists: dict[str, tuple[tuple, float, list[tuple[tuple, CaseView]]]] = {}
        self._merged: dict[tuple[str, ...], tuple[tuple, float, list[CaseView]]] = {}
        self._lock = threading.Lock()

    def ordered(
        self, session: Session, clients: list[str], now: datetime, zone_of: Callable[[str], tzinfo]
    ) -> list[CaseView]:
        """Every case of ``clients`` in ``intake cases`` order, fresh or from the cache."""
        stamps, at = worklists.client_stamps(session), self._monotonic()
        wanted = tuple(sorted(clients))
        signature = tuple(stamps.get(client) for client in wanted)
        with self._lock:
            merged = self._merged.get(wanted)
            if merged and merged[0] == signature and at - merged[1] < self.ttl:
                return merged[2]
            kept = {
                client: entry[2]
                for client in wanted
                if (entry := self._lists.get(client))
                and entry[0] == stamps.get(client)
                and at - entry[1] < self.ttl
            }
        stale = [client for client in wanted if client not in kept]
        fresh = self._compute(session, stale, len(wanted), now, zone_of) if stale else {}
        keyed = sorted(
            (item for client in wanted for item in (kept.get(client) or fresh[client])),
            key=lambda item: item[0],
        )
        result = [case for _, case in keyed]
        with self._lock:
            for client, found in fresh.items():
                self._lists[client] = (stamps.get(client), at, found)
            self._merged[wanted] = (signature, at, result)
        return result

    @staticmethod
    def _compute(session, stale, wanted, now, zone_of) -> dict[str, list[tuple[tuple, CaseView]]]:
        found: dict[str, list[CaseView]] = {client: [] for client in stale}
        if len(stale) > WHOLE_LIST_SHARE * max(wanted, 1) and len(stale) > 1:
            for case in views.list_cases(session, now, zone_of=zone_of):
                if case.client in found:
                    found[case.client].append(case)
        else:
            for client in stale:
                found[client] = views.list_cases(session, now, client=client, zone_of=zone_of)
        return {client: _keyed(cases, now, zone_of) for client, cases in found.items()}


def _keyed(cases: list[CaseView], now: datetime, zone_of) -> list[tuple[tuple, CaseView]]:
    """Each case with ``list_cases``'s sort key (urgency as of its client's local today)."""
    if not cases:
        return []
    today = now.astimezone(zone_of(cases[0].client)).date()
    return [((*case.state.urgency(today), case.id), case) for case in cases]
