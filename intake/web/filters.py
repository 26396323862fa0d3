"""The triage page's filters: read from the query string, applied to the case list. Pure.

``status`` defaults to ``open``: every case not closed and not reinstated.
A search (``q``) looks at every status unless one is chosen, since a
consultant searching an order ID wants the case whatever became of it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from intake.cases.state import FINISHED, STATUSES
from intake.store.views import CaseView

DEADLINE_WINDOWS = {"overdue": 0, "2d": 2, "7d": 7, "30d": 30}


@dataclass(frozen=True)
class TriageFilter:
    """What the person asked to see; every field has a 'no filter' value."""

    clients: tuple[str, ...] = ()
    status: str = ""  # "" open (or any, with a search), "any", or one of STATUSES
    label: str = ""
    deadline: str = ""  # "" or a DEADLINE_WINDOWS key
    review: bool = False
    uncertain: bool = False  # only cases whose grouping a person should confirm
    owner: str = ""  # "" anyone, "-" nobody, else a user name
    q: str = ""

    @classmethod
    def from_args(cls, args, visible: Sequence[str]) -> TriageFilter:
        """From a request's query string; unknown values and unseen clients are dropped."""
        status = args.get("status", "")
        deadline = args.get("deadline", "")
        return cls(
            clients=tuple(c for c in args.getlist("client") if c in visible),
            status=status if status in (*STATUSES, "any") else "",
            label=args.get("label", "")[:40],
            deadline=deadline if deadline in DEADLINE_WINDOWS else "",
            review=args.get("review") == "1",
            uncertain=args.get("uncertain") == "1",
            owner=args.get("owner", "")[:100],
            q=args.get("q", "").strip()[:200],
        )

    def query(self) -> list[tuple[str, str]]:
        """The query-string pairs that reproduce this filter (for links and the CSV export)."""
        pairs = [("client", client) for client in self.clients]
        pairs += [
            (key, value)
            for key, value in (
                ("status", self.status),
                ("label", self.label),
                ("deadline", self.deadline),
                ("owner", self.owner),
                ("q", self.q),
            )
            if value
        ]
        pairs += [
            (key, "1") for key, on in (("review", self.review), ("uncertain", self.uncertain)) if on
        ]
        return pairs

    def keeps(self, case: CaseView, today: Callable[[str], date], owner: str | None) -> bool:
        """Whether ``case`` passes every filter but the client and search ones."""
        state = case.state
        if not self.status:
            if state.status in FINISHED and not self.q:
                return False
        elif self.status != "any" and state.status != self.status:
            return False
        if self.label and state.latest_label != self.label:
            return False
        if self.review and not case.needs_review:
            return False
        if self.uncertain and not case.grouping_uncertain:
            return False
        if self.owner and (owner or "-") != self.owner:
            return False
        if not self.deadline:
            return True
        return _within(case, today(case.client), DEADLINE_WINDOWS[self.deadline])


def _within(case: CaseView, today: date, days: int) -> bool:
    state = case.state
    if state.deadline is None or state.status in FINISHED:
        return False
    return state.overdue if days == 0 else (state.deadline - today).days <= days


def apply_filter(
    cases: Sequence[CaseView],
    chosen: TriageFilter,
    today_of: Callable[[str], date],
    owners: Mapping[int, str],
    matched: set[int] | None,
) -> tuple[list[CaseView], dict[str, int]]:
    """The cases to show, and how many pass the other filters per client (for the counts)."""
    counts: dict[str, int] = {}
    shown = []
    keeps, wanted = chosen.keeps, set(chosen.clients)
    for case in cases:
        if matched is not None and case.id not in matched:
            continue
        if not keeps(case, today_of, owners.get(case.id)):
            continue
        counts[case.client] = counts.get(case.client, 0) + 1
        if not wanted or case.client in wanted:
            shown.append(case)
    return shown, counts
