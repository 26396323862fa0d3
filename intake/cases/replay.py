"""Grouping that does not depend on arrival order: replay a client's messages by date.

The pipeline groups each message as it arrives. When mail arrives out of
order (a backfill, a Sent folder read after the inbox), ``replay`` decides
again, from scratch and in date order, which messages belong together and
which notice re-sends which, with the same pure rules the pipeline uses
(``decide_case``, ``ResentHistory``). A person's decisions are fixed points:
a message a person placed stays in its case, and other messages can still
join that case. The cases live in a ``CaseIndex``, so each message is compared
only with the cases sharing its evidence: replay is linear in the history.
Pure: the store applies the result (``intake.store.regrouping``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import classifiers
from classifiers.types import Label
from intake.cases.clues import Clues
from intake.cases.grouping import (
    KIND_GENERAL,
    CaseDecision,
    CaseSummary,
    decide_case,
    with_resent,
)
from intake.cases.index import CaseIndex
from intake.cases.resent import ResentHistory
from intake.extract import Authenticity
from intake.mail.states import LabelSource


@dataclass(frozen=True)
class StoredNotice:
    """What regrouping needs of a stored message."""

    id: int
    account_id: int | None
    sent_at: datetime | None
    message_id: str | None
    title: str  # the title of a case it would open
    clues: Clues
    model_label: str
    label_source: str
    authenticity: Authenticity
    resent_key: dict | None
    fixed_case: int | None  # set when a person placed the message


@dataclass(frozen=True)
class Placement:
    """Where replay puts one message: a group (existing case id or new ``-n``), label,
    resent_of, and the decision that put it there (None for a person's placement)."""

    id: int
    group: int
    kind: str
    title: str
    label: str
    resent_of: int | None
    decision: CaseDecision | None = None


def replay(messages: Sequence[StoredNotice], fixed: Sequence[CaseSummary]) -> list[Placement]:
    """Group ``messages`` as if they had arrived in date order (ties by id)."""
    state = _ReplayState(list(fixed))
    ordered = sorted(messages, key=lambda m: (m.sent_at is None, m.sent_at or datetime.min, m.id))
    return [state.place(message) for message in ordered]


class _ReplayState:
    """The in-memory equivalent of the database during a replay."""

    def __init__(self, fixed: list[CaseSummary]) -> None:
        self.index = CaseIndex(fixed)
        self.titles: dict[int, tuple[str, str]] = {}
        self.group_of: dict[int, int] = {}
        self.team_of: dict[int, str | None] = {}
        self.history: dict[int | None, ResentHistory[int]] = defaultdict(ResentHistory)
        self.next_new = -1

    def place(self, message: StoredNotice) -> Placement:
        earlier = self._earlier(message)
        if message.fixed_case is not None:
            group, decision, kept = message.fixed_case, None, earlier is not None
        else:
            group, decision, kept = self._decide(message, earlier)
        label = Label.RESENT if kept else message.model_label
        self.index.place(group, message.message_id, message.clues, label)
        self.group_of[message.id] = group
        self.team_of[message.id] = message.clues.team
        kind, title = self.titles.get(group, (self.index.cases[group].kind, ""))
        return Placement(message.id, group, kind, title, label, earlier if kept else None, decision)

    def _earlier(self, message: StoredNotice) -> int | None:
        """The earlier notice this one is a near-copy of (same account), if any."""
        if message.resent_key is None or message.label_source == LabelSource.PERSON:
            return None
        key = classifiers.ResentKey.from_dict(message.resent_key)
        history = self.history[message.account_id]
        earlier = history.find(key)
        history.append(message.id, key)
        return earlier

    def _decide(self, message: StoredNotice, earlier: int | None) -> tuple[int, CaseDecision, bool]:
        clues = message.clues
        decision = decide_case(
            clues,
            message.model_label,
            message.authenticity,
            self.index.candidates(clues),
            thread_case_id=self.index.thread_case(clues.parents),
            general_case_id=self.index.general_id,
            title=message.title,
        )
        kept = False
        if earlier is not None:
            earlier_case = self.index.cases.get(self.group_of[earlier])
            decision, kept = with_resent(
                decision, clues, earlier_case, earlier, self.team_of.get(earlier)
            )
        if decision.case_id is not None:
            return decision.case_id, decision, kept
        group, self.next_new = self.next_new, self.next_new - 1
        self.index.put(CaseSummary(id=group, kind=decision.kind, is_open=True))
        self.titles[group] = (decision.kind, decision.title)
        return group, decision, kept


__all__ = ["KIND_GENERAL", "Placement", "StoredNotice", "replay"]
