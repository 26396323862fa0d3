"""Apply a replayed grouping (``intake.cases.replay``) to a client's stored cases.

Replay groups are mapped onto existing case rows by the most messages in
common, so case numbers people already know stay stable; cases a person
touched keep their number and messages; an automatic case left with no
message and no event is removed. Runs in the caller's transaction.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from intake.cases import CaseDecision, CaseSummary, case_title
from intake.cases.kinds import CaseKind, GroupingState
from intake.cases.replay import Placement, StoredNotice, replay
from intake.extract import Authenticity, Facts
from intake.extract.authenticity import Verdict
from intake.mail.states import CaseSource, LabelSource
from intake.store import Store, generation, repo
from intake.store.chunks import chunks
from intake.store.grouping import fold, row_clues, row_notice
from intake.store.models import CaseEventRow, CaseKeyRow, CaseRow, MessageRow
from intake.timeutil import as_utc


@dataclass(frozen=True)
class RegroupResult:
    """How many messages changed case, and how many changed label (resent or not)."""

    moved: int
    relabelled: int


def regroup(store: Store, client: str) -> RegroupResult:
    """Regroup one client's messages in a transaction of its own."""
    with store.session() as session:
        return regroup_client(session, repo.ensure_client(session, client))


def regroup_client(session: Session, client_id: int) -> RegroupResult:
    """Re-decide every automatic case and resent link of a client, in date order."""
    generation.touch(session, client_id)  # locks the client; processes read it afresh
    rows = session.scalars(select(MessageRow).where(MessageRow.client_id == client_id)).all()
    cases = {
        c.id: c for c in session.scalars(select(CaseRow).where(CaseRow.client_id == client_id))
    }
    fixed = {row.case_id for row in rows if row.case_source == CaseSource.PERSON and row.case_id}
    summaries = [CaseSummary(id=cid, kind=cases[cid].kind, is_open=True) for cid in fixed]
    stored = {row.id: _stored(row) for row in rows}
    placements = replay(list(stored.values()), summaries)
    targets = _map_groups(placements, {row.id: row.case_id for row in rows}, cases, fixed)
    by_id = {row.id: row for row in rows}
    moved = relabelled = 0
    for placement in placements:
        row = by_id[placement.id]
        case_id = targets.get(placement.group) or _open(session, client_id, placement, targets)
        if row.case_id != case_id:
            row.case_id, moved = case_id, moved + 1
        if placement.decision is not None:
            row.case_reason = placement.decision.describe(case_id)
            row.case_uncertain = placement.decision.uncertain
        if row.label_source != LabelSource.PERSON and (row.label, row.resent_of_id) != (
            placement.label,
            placement.resent_of,
        ):
            row.label, row.resent_of_id, relabelled = (
                placement.label,
                placement.resent_of,
                relabelled + 1,
            )
        case = cases.get(case_id)
        if placement.title and case is not None and case.kind == CaseKind.NOTICE == placement.kind:
            case.title = placement.title  # named after its first notice in date order
    session.flush()
    _rebuild_cases(session, client_id, rows, {pk: m.clues for pk, m in stored.items()})
    return RegroupResult(moved=moved, relabelled=relabelled)


def _stored(row: MessageRow) -> StoredNotice:
    scores, auth = row.scores or {}, row.authenticity or {}
    model_label = row.label
    # The model's own label, under a "resent" verdict that replay decides afresh. The seller's
    # own mail keeps "other" whatever its scores say (it quotes the notice it answers).
    if row.label_source != LabelSource.PERSON and scores and not row.outgoing:
        model_label = max(scores, key=lambda label: scores[label])
    facts = Facts.from_dict(row.facts or {})
    return StoredNotice(
        id=row.id,
        account_id=row.account_id,
        sent_at=as_utc(row.sent_at),
        message_id=row.message_id,
        title=case_title(row_notice(row), facts),
        clues=row_clues(row),
        model_label=model_label,
        label_source=row.label_source,
        authenticity=Authenticity(auth.get("verdict", Verdict.OK), tuple(auth.get("reasons", ()))),
        resent_key=row.resent_key,
        fixed_case=row.case_id if row.case_source == CaseSource.PERSON else None,
    )


def _map_groups(
    placements: list[Placement], current: dict[int, int | None], cases: dict, fixed: set[int]
) -> dict[int, int]:
    """Replay group -> existing case id with the most members in common; fixed cases keep theirs.

    A case a person merged into or moved a message to is fixed, and its own automatically
    placed messages may form a replay group of their own (they came before the fixed ones):
    that group goes back to the same case rather than splitting it.
    """
    members: dict[int, list[int]] = defaultdict(list)
    for placement in placements:
        members[placement.group].append(placement.id)
    targets = {group: group for group in members if group in fixed}
    claimed: set[int] = set()  # by an automatic group
    ranked = sorted((g for g in members if g not in fixed), key=lambda g: -len(members[g]))
    kinds = {p.group: p.kind for p in placements}
    for group in ranked:
        votes = Counter(held for m in members[group] if (held := current[m]) is not None)
        for case_id, _ in votes.most_common():
            case = cases.get(case_id)
            if case_id not in claimed and case is not None and case.kind == kinds[group]:
                targets[group] = case_id
                claimed.add(case_id)
                break
    return targets


def _open(session: Session, client_id: int, placement: Placement, targets: dict[int, int]) -> int:
    decision = CaseDecision(None, placement.kind, placement.title, "regroup")
    case_id = repo.open_case(session, client_id, decision, None)
    targets[placement.group] = case_id
    return case_id


def _rebuild_cases(session: Session, client_id: int, rows, clues: dict) -> None:
    """Recompute every case's grouping columns and index keys from its messages; drop
    emptied automatic cases."""
    members: dict[int, list[MessageRow]] = defaultdict(list)
    for row in sorted(rows, key=lambda r: (r.sent_at is None, as_utc(r.sent_at), r.id)):
        members[row.case_id].append(row)
    with_events = set(session.scalars(select(CaseEventRow.case_id).distinct()))
    all_cases = session.scalars(select(CaseRow).where(CaseRow.client_id == client_id)).all()
    session.execute(delete(CaseKeyRow).where(CaseKeyRow.client_id == client_id))
    keys: list[dict] = []
    for case in all_cases:
        if case.kind == CaseKind.MERGED:
            continue
        if not members.get(case.id):
            if case.id not in with_events:
                session.delete(case)
            continue
        case.amazon_case_ids, case.asins, case.policy, case.marketplace = [], [], None, None
        case.opened_at = case.updated_at = case.team = None
        case.last_outgoing_at = case.last_request_at = None
        case.grouping_state = (
            GroupingState.GENERAL if case.kind == CaseKind.GENERAL else GroupingState.OPEN
        )
        if case.kind != CaseKind.NOTICE:
            continue
        seen: dict[tuple[str, str], None] = {}
        for row in members[case.id]:
            fold(case, clues[row.id], row.label, Facts.from_dict(row.facts or {}))
            seen.update(dict.fromkeys(clues[row.id].index_keys()))
        keys.extend(
            {"client_id": client_id, "case_id": case.id, "kind": kind, "value": value}
            for kind, value in seen
        )
    if keys:
        session.execute(insert(CaseKeyRow.core_table()), keys)


def placements(session: Session, ids: list[int]) -> dict[int, dict]:
    """The current case, label and resent link of stored messages, by id."""
    columns = (MessageRow.id, MessageRow.case_id, MessageRow.label, MessageRow.resent_of_id)
    rows = [
        row
        for part in chunks(ids)
        for row in session.execute(select(*columns).where(MessageRow.id.in_(part)))
    ]
    return {
        pk: {"case_id": case_id, "label": label, "resent_of": resent_of}
        for pk, case_id, label, resent_of in rows
    }
