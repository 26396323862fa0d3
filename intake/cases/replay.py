"""Grouping that does not depend on arrival order: replay a client's messages by date.

The pipeline groups each message as it arrives. When mail arrives out of
order (a backfill, a Sent folder read after the inbox), ``replay`` decides
again, from scratch and in date order, which messages belong together and
which notice re-sends which, with the same pure rules the pipeline uses
(``decide_case``, ``find_resent``). A person's decisions are fixed points:
a message a person moved stays in its case, and other messages can still
join that case. Pure: the store applies the result (``intake.store.regrouping``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

import classifiers
from intake.cases.grouping import KIND_GENERAL, KIND_NOTICE, CaseSummary, decide_case, grouping_open
from intake.extract import Authenticity, Facts
from intake.notice import Notice


@dataclass(frozen=True)
class StoredNotice:
    """What regrouping needs of a stored message."""

    id: int
    account_id: int | None
    sent_at: datetime | None
    subject: str
    message_id: str | None
    parents: tuple[str, ...]
    model_label: str
    label_source: str
    outgoing: bool
    facts: Facts
    authenticity: Authenticity
    resent_key: dict | None
    fixed_case: int | None  # set when a person placed the message


@dataclass(frozen=True)
class Placement:
    """Where replay puts one message: a group (existing case id or new ``-n``), label, resent_of."""

    id: int
    group: int
    kind: str
    title: str
    label: str
    resent_of: int | None


def replay(messages: Sequence[StoredNotice], fixed: Sequence[CaseSummary]) -> list[Placement]:
    """Group ``messages`` as if they had arrived in date order (ties by id)."""
    state = _ReplayState(list(fixed))
    ordered = sorted(messages, key=lambda m: (m.sent_at is None, m.sent_at or datetime.min, m.id))
    return [state.place(message) for message in ordered]


class _ReplayState:
    """The in-memory equivalent of the database during a replay."""

    def __init__(self, fixed: list[CaseSummary]) -> None:
        self.cases: dict[int, CaseSummary] = {case.id: case for case in fixed}
        self.titles: dict[int, tuple[str, str]] = {}
        self.by_message_id: dict[str, int] = {}
        self.group_of: dict[int, int] = {}
        self.history: dict[int | None, list[tuple[int, classifiers.ResentKey]]] = defaultdict(list)
        self.next_new = -1

    def place(self, message: StoredNotice) -> Placement:
        label, resent_of = self._resent(message)
        group = self._group(message, label, resent_of)
        self._absorb(group, message, label)
        if message.message_id:
            self.by_message_id[message.message_id] = group
        self.group_of[message.id] = group
        kind, title = self.titles.get(group, (self.cases[group].kind, ""))
        return Placement(message.id, group, kind, title, label, resent_of)

    def _resent(self, message: StoredNotice) -> tuple[str, int | None]:
        if message.resent_key is None or message.label_source == "person":
            return message.model_label, None
        key = classifiers.ResentKey.from_dict(message.resent_key)
        history = self.history[message.account_id]
        earlier = classifiers.find_resent(key, history)
        history.append((message.id, key))
        return ("resent", earlier) if earlier is not None else (message.model_label, None)

    def _group(self, message: StoredNotice, label: str, resent_of: int | None) -> int:
        if message.fixed_case is not None:
            return message.fixed_case
        if resent_of is not None:
            return self.group_of[resent_of]
        return self._decide(message, label)

    def _decide(self, message: StoredNotice, label: str) -> int:
        notice = Notice(message_id=message.message_id, sender="", subject=message.subject,
                        date=message.sent_at)  # fmt: skip
        thread = next((self.by_message_id[p] for p in message.parents if p in self.by_message_id),
                      None)  # fmt: skip
        decision = decide_case(
            notice, label, message.facts, message.authenticity, thread_case_id=thread,
            cases=list(self.cases.values()), outgoing=message.outgoing,
        )  # fmt: skip
        if decision.case_id is not None:
            return decision.case_id
        group, self.next_new = self.next_new, self.next_new - 1
        self.cases[group] = CaseSummary(id=group, kind=decision.kind, is_open=True)
        self.titles[group] = (decision.kind, decision.title)
        return group

    def _absorb(self, group: int, message: StoredNotice, label: str) -> None:
        case = self.cases.get(group) or CaseSummary(id=group, kind=KIND_NOTICE, is_open=True)
        if case.kind != KIND_NOTICE:
            self.cases[group] = case
            return
        when = message.sent_at
        last = max((d for d in (case.last_at, when) if d is not None), default=None)
        self.cases[group] = replace(
            case,
            amazon_case_ids=case.amazon_case_ids | set(message.facts.case_ids),
            asins=case.asins | set(message.facts.asins),
            policy=case.policy or message.facts.policy,
            last_at=last,
            is_open=grouping_open(case.is_open, label, message.outgoing),
        )


__all__ = ["KIND_GENERAL", "Placement", "StoredNotice", "replay"]
