"""Grouping against the database: the case index in SQL, and applying a decision.

The pipeline asks ``CaseLookup`` for the cases that share a message's keys
(``case_keys``), the case of its thread and the client's recently active open
cases, so a message costs a few indexed queries whatever the history size;
``intake.cases.decide_case`` decides; ``absorb`` folds the message into its
case (columns and keys). Runs in the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from functools import lru_cache

from sqlalchemy import CompoundSelect, bindparam, insert, select, union_all
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
from intake.cases.grouping import RECENT, with_resent
from intake.cases.index import BUCKET_LIMIT, asks, lookup_keys
from intake.cases.kinds import CaseKind, GroupingState
from intake.extract import Authenticity, Facts
from intake.extract.domains import is_amazon_domain
from intake.mail.notice import Notice
from intake.store import repo
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


@lru_cache(maxsize=64)
def _sharing_keys(count: int) -> CompoundSelect:
    """The ids of the cases sharing any of ``count`` keys (``kind{n}``, ``value{n}`` and
    ``client`` bound at execution): each key's newest ``BUCKET_LIMIT`` rows, one index range
    scan each. Built once per key count: building the statement cost more than running it."""
    parts = [
        select(CaseKeyRow.id, CaseKeyRow.case_id)
        .where(
            CaseKeyRow.client_id == bindparam("client"),
            CaseKeyRow.kind == bindparam(f"kind{n}"),
            CaseKeyRow.value == bindparam(f"value{n}"),
        )
        .order_by(CaseKeyRow.id.desc())
        .limit(BUCKET_LIMIT)
        .subquery()
        for n in range(count)
    ]
    return union_all(*(select(part.c.case_id) for part in parts))


#: Open notice cases with mail between ``low`` and ``high`` (an index range scan).
_RECENTLY_OPEN = (
    select(CaseRow.id)
    .where(
        CaseRow.client_id == bindparam("client"),
        CaseRow.grouping_state == GroupingState.OPEN,
        CaseRow.updated_at >= bindparam("low"),
        CaseRow.updated_at <= bindparam("high"),
        CaseRow.kind == KIND_NOTICE,
    )
    .limit(CANDIDATE_LIMIT)
)


class CaseLookup:
    """One client's cases as grouping sees them, for one batch (caches what it read)."""

    def __init__(self, session: Session, client_id: int) -> None:
        self.session, self.client_id = session, client_id
        self._keys: dict[int, set[tuple[str, str]]] = {}
        self._rows: dict[int, CaseRow] = {}  # strong references: the identity map is weak
        self._summaries: dict[int, CaseSummary] = {}
        self._general: int | None = None

    def candidates(self, clues: Clues) -> list[CaseSummary]:
        """The cases sharing a key with ``clues``, and the open ones active near its date."""
        ids: dict[int, None] = {}
        keys = lookup_keys(clues)
        if keys:
            params: dict[str, object] = {"client": self.client_id}
            for n, (kind, value) in enumerate(keys):
                params[f"kind{n}"], params[f"value{n}"] = kind, value
            found = self.session.scalars(_sharing_keys(len(keys)), params)
            ids.update((case_id, None) for case_id in found)
        ids.update((case_id, None) for case_id in self._recently_open(clues.when))
        self._load(list(ids))
        return [summary for summary in map(self.summary, ids) if summary is not None]

    def _load(self, case_ids: list[int]) -> None:
        """Read the cases and keys not read yet by this batch, in two queries."""
        missing = [case_id for case_id in case_ids if case_id not in self._rows]
        if not missing:
            return
        for row in self.session.scalars(select(CaseRow).where(CaseRow.id.in_(missing))):
            self._rows[row.id] = row
        for case_id in missing:
            self._keys.setdefault(case_id, set())
        query = select(CaseKeyRow.case_id, CaseKeyRow.kind, CaseKeyRow.value).where(
            CaseKeyRow.case_id.in_(missing)
        )
        for case_id, kind, value in self.session.execute(query):
            self._keys[case_id].add((kind, value))

    def _recently_open(self, when: datetime | None) -> Sequence[int]:
        """Open notice cases with mail within ``RECENT`` of ``when`` (an index range scan)."""
        if when is None:
            return ()
        params = {"client": self.client_id, "low": when - RECENT, "high": when + RECENT}
        return self.session.scalars(_RECENTLY_OPEN, params).all()

    def summary(self, case_id: int) -> CaseSummary | None:
        """A case with its keys, as grouping sees it (kept for the batch until it changes)."""
        if case_id in self._summaries:
            return self._summaries[case_id]
        row = self._rows.get(case_id) or self.session.get(CaseRow, case_id)
        if row is None or row.kind == CaseKind.MERGED:
            return None
        self._rows[case_id] = row
        summary = self._summaries[case_id] = _summary(row, self.keys_of(case_id))
        return summary

    def keys_of(self, case_id: int) -> set[tuple[str, str]]:
        """The keys a case is indexed by (read once per batch)."""
        if case_id not in self._keys:
            rows = self.session.execute(
                select(CaseKeyRow.kind, CaseKeyRow.value).where(CaseKeyRow.case_id == case_id)
            )
            self._keys[case_id] = {(kind, value) for kind, value in rows}
        return self._keys[case_id]

    def general_id(self) -> int | None:
        """The client's "other mail" case, if it has one yet."""
        if self._general is None:
            self._general = self.session.scalar(
                select(CaseRow.id)
                .where(CaseRow.client_id == self.client_id, CaseRow.kind == KIND_GENERAL)
                .limit(1)
            )
        return self._general

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
        thread = repo.thread_case(self.session, self.client_id, list(clues.parents))
        decision = decide_case(
            clues,
            label,
            authenticity,
            self.candidates(clues),
            thread_case_id=thread,
            general_case_id=self.general_id(),
            title=title,
            subject=subject,
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
        found = self.session.execute(
            select(MessageRow.case_id, MessageRow.sender).where(MessageRow.id == earlier)
        ).first()
        if found is None or found.case_id is None:
            return decision, False
        team = found.sender.lower() if is_amazon_domain(found.sender.rpartition("@")[2]) else None
        return with_resent(decision, clues, self.summary(found.case_id), earlier, team)

    def open(self, decision: CaseDecision, when: datetime | None) -> int:
        """Create the case a decision asks for."""
        case_id = repo.open_case(self.session, self.client_id, decision, when)
        self._keys[case_id] = set()
        if decision.kind == KIND_GENERAL:
            self._general = case_id
        return case_id

    def absorb(self, case_id: int, clues: Clues, label: str, facts: Facts) -> None:
        """Fold a message into its case: grouping columns, then the new index keys."""
        row = self._rows.get(case_id) or self.session.get(CaseRow, case_id)
        self._summaries.pop(case_id, None)
        if row is None or row.kind != KIND_NOTICE:
            return
        self._rows[case_id] = row
        fold(row, clues, label, facts)
        known = self.keys_of(case_id)
        new = [key for key in dict.fromkeys(clues.index_keys()) if key not in known]
        if new:  # Core, not the unit of work: flushing before every query costs more
            self.session.execute(
                insert(CaseKeyRow.core_table()),
                [
                    {"client_id": row.client_id, "case_id": case_id, "kind": kind, "value": value}
                    for kind, value in new
                ],
            )
            known.update(new)


def fold(row: CaseRow, clues: Clues, label: str, facts: Facts) -> None:
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
    lookup = CaseLookup(session, message.client_id)
    lookup.absorb(case_id, row_clues(message), message.label, Facts.from_dict(message.facts or {}))


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


def _summary(row: CaseRow, keys: Iterable[tuple[str, str]]) -> CaseSummary:
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
    )


def _union(existing: list | None, new: Iterable[str]) -> list:
    merged = list(existing or [])
    merged.extend(value for value in new if value not in merged)
    return merged
