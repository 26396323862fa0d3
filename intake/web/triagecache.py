"""The triage list per client, kept between requests while the client's data is unchanged.

Deriving every case's state on read (``views.list_cases``) costs time in
proportion to all the mail: seconds for 20,000 cases. The web app keeps each
client's list, keyed by ``worklists.client_stamps`` (new or regrouped mail, a
person's decision, a relabel) and by the client's local date (a case's
state changes with the clock only at the client's midnight: overdue, within
48 hours). A change recomputes that client's list at once. A rewrite in
place (``intake reprocess``) leaves the stamp alone, so a list older than
``ttl`` seconds is still served once more and recomputed in the background.
``warm`` fills the cache when the server starts. The lists are exactly
``intake cases``'s.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from sqlalchemy.orm import Session

from intake.store import Store, views, worklists
from intake.store.views import CaseView

log = logging.getLogger(__name__)
WHOLE_LIST_SHARE = 0.5  # above this share of clients stale, one query for all is cheaper
ZoneOf = Callable[[str], tzinfo]


@dataclass(frozen=True)
class _Entry:
    stamp: tuple | None
    day: date
    at: float
    cases: list[tuple[tuple, CaseView]]  # (sort key, case)


class TriageCache:
    """Case lists by client name, and the merged list last asked for per set of clients."""

    def __init__(self, ttl: float = 300.0, monotonic: Callable[[], float] = time.monotonic):
        self.ttl, self._monotonic = ttl, monotonic
        self._lists: dict[str, _Entry] = {}
        # the entries a merged list was made from (held, so identity checks are sound)
        self._merged: dict[tuple[str, ...], tuple[tuple[_Entry, ...], list[CaseView]]] = {}
        self._lock = threading.Lock()
        self._refreshing = False

    def ordered(
        self, store: Store, session: Session, clients: list[str], now: datetime, zone_of: ZoneOf
    ) -> list[CaseView]:
        """Every case of ``clients`` in ``intake cases`` order, fresh or from the cache."""
        stamps, at, wanted = (
            worklists.client_stamps(session),
            self._monotonic(),
            tuple(sorted(clients)),
        )
        days = {client: now.astimezone(zone_of(client)).date() for client in wanted}
        with self._lock:
            kept = {
                client: entry
                for client in wanted
                if (entry := self._lists.get(client))
                and entry.stamp == stamps.get(client)
                and entry.day == days[client]
            }
            merged = self._merged.get(wanted)
        old = [client for client, entry in kept.items() if at - entry.at >= self.ttl]
        if old:
            self._refresh_later(store, old, now, zone_of)
        if merged and _same(merged[0], tuple(kept.get(client) for client in wanted)):
            return merged[1]
        fresh = self._compute(
            session, [c for c in wanted if c not in kept], len(wanted), now, zone_of, stamps, at
        )
        entries = tuple({**kept, **fresh}[client] for client in wanted)
        result = [case for _, case in sorted((i for e in entries for i in e.cases), key=_key)]
        with self._lock:
            self._lists.update(fresh)
            self._merged[wanted] = (entries, result)
        return result

    def warm(
        self, store: Store, clients: list[str], clock: Callable[[], datetime], zone_of: ZoneOf
    ):
        """Compute every client's list in a background thread (at server start)."""
        self._refresh_later(store, clients, clock(), zone_of)

    def _refresh_later(self, store: Store, clients: list[str], now: datetime, zone_of: ZoneOf):
        with self._lock:
            if self._refreshing:
                return
            self._refreshing = True
        threading.Thread(
            target=self._refresh, args=(store, clients, now, zone_of), daemon=True
        ).start()

    def _refresh(self, store: Store, clients: list[str], now: datetime, zone_of: ZoneOf) -> None:
        try:
            with store.session() as session:
                stamps, at = worklists.client_stamps(session), self._monotonic()
                fresh = self._compute(session, clients, len(clients), now, zone_of, stamps, at)
            with self._lock:
                self._lists.update(fresh)
        except Exception:  # a background refresh must never take the server down
            log.exception("triage list refresh failed")
        finally:
            with self._lock:
                self._refreshing = False

    @staticmethod
    def _compute(session, stale, wanted, now, zone_of, stamps, at) -> dict[str, _Entry]:
        found: dict[str, list[CaseView]] = {client: [] for client in stale}
        if len(stale) > WHOLE_LIST_SHARE * max(wanted, 1) and len(stale) > 1:
            for case in views.list_cases(session, now, zone_of=zone_of):
                if case.client in found:
                    found[case.client].append(case)
        else:
            for client in stale:
                found[client] = views.list_cases(session, now, client=client, zone_of=zone_of)
        entries = {}
        for client, cases in found.items():
            today = now.astimezone(zone_of(client)).date()
            keyed = [((*case.state.urgency(today), case.id), case) for case in cases]
            entries[client] = _Entry(stamps.get(client), today, at, keyed)
        return entries


def _key(item: tuple[tuple, CaseView]) -> tuple:
    return item[0]


def _same(made_from: tuple[_Entry, ...], now_valid: tuple[_Entry | None, ...]) -> bool:
    """Whether a merged list was made from exactly the entries still valid."""
    return all(a is b for a, b in zip(made_from, now_valid, strict=True))
