"""Grouping against the database: the case index, and applying a decision.

The pipeline asks ``CaseLookup`` for the cases that share a message's keys
(``case_keys``), the case of its thread and the client's recently active open
cases, all from the client's memory kept across batches
(``intake.store.clientmemory``), so a message costs no query whatever the
history size; ``intake.cases.decide_case`` decides; ``absorb`` folds the
message into its case (columns and keys), in memory at once and in the
database when the batch ``write``s. Runs in the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from classifiers.types import Label
from intake.cases import (
    KIND_GENERAL,
    KIND_NOTICE,
    CaseDecision,
    CaseSummary,
    case_title,
    decide_case,
    grouping_open,
)
from intake.cases.clues import Clues, clues_of
from intake.cases.grouping import with_resent
from intake.cases.index import asks, lookup_keys
from intake.cases.kinds import CaseKind, GroupingState
from intake.cases.window import Window
from intake.extract import Authenticity, Facts
from intake.extract.domains import is_amazon_domain
from intake.mail.notice import Notice
from intake.store import repo
from intake.store.clientmemory import WRITTEN, CaseState, ClientMemory
from intake.store.models import CaseKeyRow, CaseRow, MessageRow
from intake.timeutil import as_utc

CANDIDATE_LIMIT = 200


@dataclass(frozen=True)
class Placed:
    """Where a message went, and why (``joined case 12: same thread``)."""

    case_id: int
    reason: str
    uncertain: bool = False
    resent: bool = False  # it re-sends the earlier notice it was compared with


_CASES = CaseRow.core_table()
#: A case's grouping columns by its id (``case_pk``), each bound as ``new_<column>``.
_UPDATE_CASE = (
    update(_CASES)
    .where(_CASES.c.id == bindparam("case_pk"))
    .values({name: bindparam(f"new_{name}", type_=_CASES.c[name].type) for name in WRITTEN})
)


def _bound(values: dict[str, object]) -> dict[str, object]:
    return {f"new_{name}": value for name, value in values.items()}


class CaseLookup:
    """One client's cases as grouping sees them, from the client's kept memory
    (``intake.store.clientmemory``); what it changes goes to the database and the memory."""

    def __init__(self, session: Session, memory: ClientMemory) -> None:
        self.session, self.memory = session, memory
        self.client_id = memory.client_id
        self._changed: dict[int, dict[str, object]] = {}  # case id -> columns, to write
        self._keys: list[dict[str, object]] = []  # case_keys rows, to write

    def write(self) -> None:
        """Write the batch's changes to cases and keys so far: two statements, not two a
        message (the caller writes before anything reads them, and before committing)."""
        if self._changed:
            rows = [{"case_pk": pk, **_bound(values)} for pk, values in self._changed.items()]
            self.session.execute(_UPDATE_CASE, rows)
        if self._keys:
            self.session.execute(insert(CaseKeyRow.core_table()), self._keys)
        self._changed, self._keys = {}, []

    def unwritten(self) -> tuple[dict[int, dict[str, object]], int]:
        """What ``write`` would write now, for ``restore`` after a message is rolled back."""
        return dict(self._changed), len(self._keys)

    def restore(self, unwritten: tuple[dict[int, dict[str, object]], int]) -> None:
        """Forget changes made after ``unwritten`` was taken (a rolled-back message's)."""
        self._changed, self._keys = unwritten[0], self._keys[: unwritten[1]]

    def candidates(self, clues: Clues) -> tuple[list[CaseSummary], Window | None]:
        """The cases sharing a key with ``clues``, and the window of the open ones active
        near its date that are not among them (``decide_case`` reads the few it needs)."""
        looked_up = lookup_keys(clues)
        ids = dict.fromkeys(self.memory.sharing(looked_up))
        kept = self.memory.summaries
        found = []
        for case_id in ids:  # most are kept: look them up without a call each
            summary = kept.get(case_id) or self.summary(case_id)
            if summary is not None:
                found.append(summary)
        if clues.when is None:
            return found, None
        asked = set(looked_up)
        window = self.memory.open.window(
            clues.when,
            CANDIDATE_LIMIT,
            ids,
            self.summary,
            lambda key: key in asked and self.memory.complete(key),
        )
        return found, window

    def summary(self, case_id: int) -> CaseSummary | None:
        """A case with its keys, as grouping sees it (kept until a message joins it)."""
        summary = self.memory.summaries.get(case_id)
        if summary is not None:
            return summary
        case = self.memory.cases.get(case_id)
        if case is None or case.kind == CaseKind.MERGED:
            return None
        keys, kinds = self.memory.keys[case_id], self.memory.kinds.get(case_id, set())
        summary = self.memory.summaries[case_id] = _summary(case, keys, kinds)
        return summary

    def general_id(self) -> int | None:
        """The client's "other mail" case, if it has one yet."""
        return self.memory.general_id

    def place(
        self,
        notice: Notice | None,
        facts: Facts,
        clues: Clues,
        label: str,
        authenticity: Authenticity,
        earlier: int | None = None,
    ) -> Placed:
        """Decide a new message's case, open it if needed, and fold the message in.

        ``earlier`` is the stored notice this one is a near-copy of: it joins that
        notice's case unless its own evidence says another (``with_resent``).
        """
        subject = notice.subject if notice else ""
        title = case_title(notice, facts) if notice else "(no subject)"
        candidates, recent = self.candidates(clues)
        decision = decide_case(
            clues,
            label,
            authenticity,
            candidates,
            thread_case_id=self.memory.thread_case(clues.parents),
            general_case_id=self.general_id(),
            title=title,
            subject=subject,
            recent=recent,
        )
        resent = False
        if earlier is not None:
            decision, resent = self._resent(decision, clues, earlier)
        case_id = decision.case_id or self.open(decision, clues.when)
        self.absorb(case_id, clues, Label.RESENT if resent else label, facts)
        return Placed(case_id, decision.describe(case_id), decision.uncertain, resent)

    def _resent(
        self, decision: CaseDecision, clues: Clues, earlier: int
    ) -> tuple[CaseDecision, bool]:
        case_id, sender = self.memory.messages.get(earlier, (None, ""))
        if case_id is None:
            return decision, False
        team = sender.lower() if is_amazon_domain(sender.rpartition("@")[2]) else None
        return with_resent(decision, clues, self.summary(case_id), earlier, team)

    def open(self, decision: CaseDecision, when: datetime | None) -> int:
        """Create the case a decision asks for."""
        case_id = repo.open_case(self.session, self.client_id, decision, when)
        state = GroupingState.GENERAL if decision.kind == KIND_GENERAL else GroupingState.OPEN
        when = as_utc(when)
        self.memory.put_case(
            CaseState(case_id, decision.kind, state, opened_at=when, updated_at=when)
        )
        if decision.kind == KIND_GENERAL:
            self.memory.general_id = case_id
        return case_id

    def absorb(self, case_id: int, clues: Clues, label: str, facts: Facts) -> None:
        """Fold a message into its case: grouping columns, then the new index keys."""
        kept = self.memory.cases.get(case_id)
        if kept is None or kept.kind != KIND_NOTICE:
            return
        case = replace(kept, amazon_case_ids=list(kept.amazon_case_ids), asins=list(kept.asins))
        fold(case, clues, label, facts)
        if case != kept:
            self._changed[case_id] = case.values()
            self.memory.put_case(case)
        known = self.memory.keys[case_id]
        for kind, value in dict.fromkeys(clues.index_keys()):
            if (kind, value) not in known:
                self._keys.append(
                    {"client_id": self.client_id, "case_id": case_id, "kind": kind, "value": value}
                )
                self.memory.add_key(case_id, (kind, value))


def fold(row: CaseRow | CaseState, clues: Clues, label: str, facts: Facts) -> None:
    """A message's IDs, policy, team and date into its case row's grouping columns."""
    when = as_utc(clues.when)
    row.amazon_case_ids = _union(row.amazon_case_ids, clues.case_ids)
    row.asins = _union(row.asins, clues.asins)
    row.policy = row.policy or clues.policy
    row.marketplace = row.marketplace or facts.marketplace
    if clues.from_amazon and not row.team:
        row.team = clues.team
    updated = as_utc(row.updated_at)
    if when is None or updated is None or updated <= when:
        was_open = row.grouping_state != GroupingState.CLOSED
        still_open = grouping_open(was_open, label, clues)
        row.grouping_state = GroupingState.OPEN if still_open else GroupingState.CLOSED
    if when and (updated is None or updated < when):
        row.updated_at = when
    if when and (row.opened_at is None or as_utc(row.opened_at) > when):
        row.opened_at = when
    wrote, asked = as_utc(row.last_outgoing_at), as_utc(row.last_request_at)
    if clues.outgoing and when and (wrote is None or wrote < when):
        row.last_outgoing_at = when
    if asks(clues, label) and when and (asked is None or asked < when):
        row.last_request_at = when


def absorb_row(session: Session, case_id: int, message: MessageRow) -> None:
    """Fold a stored message into a case a person put it in (merge, move)."""
    row = session.get(CaseRow, case_id)
    if row is None or row.kind != KIND_NOTICE:
        return
    clues = row_clues(message)
    fold(row, clues, message.label, Facts.from_dict(message.facts or {}))
    keys = select(CaseKeyRow.kind, CaseKeyRow.value).where(CaseKeyRow.case_id == case_id)
    known = {(kind, value) for kind, value in session.execute(keys)}
    new = [key for key in dict.fromkeys(clues.index_keys()) if key not in known]
    for kind, value in new:
        session.add(CaseKeyRow(client_id=row.client_id, case_id=case_id, kind=kind, value=value))


def row_clues(row: MessageRow) -> Clues:
    """A stored message's clues, as ``clues_of`` made them when it was taken in."""
    clues = clues_of(row_notice(row), Facts.from_dict(row.facts or {}), row.outgoing)
    return replace(clues, label_unsure=bool(row.needs_review))


def row_notice(row: MessageRow) -> Notice:
    """The parts of a stored message grouping reads, as a ``Notice``."""
    return Notice(
        message_id=row.message_id,
        sender=row.sender or "",
        subject=row.subject or "",
        recipients=tuple(row.recipients or ()),
        date=as_utc(row.sent_at),
        in_reply_to=row.in_reply_to,
        references=tuple(row.references or ()),
        text=row.text or "",
    )


def _summary(row: CaseState, keys: Iterable[tuple[str, str]], kinds: Iterable[str]) -> CaseSummary:
    return CaseSummary(
        id=row.id,
        kind=row.kind,
        is_open=row.grouping_state != GroupingState.CLOSED,
        keys=frozenset(keys),
        policy=row.policy,
        team=row.team,
        last_at=as_utc(row.updated_at),
        last_outgoing_at=as_utc(row.last_outgoing_at),
        last_request_at=as_utc(row.last_request_at),
        kinds=frozenset(kinds),
    )


def _union(existing: list | None, new: Iterable[str]) -> list:
    merged = list(existing or [])
    merged.extend(value for value in new if value not in merged)
    return merged
