"""A person's actions on cases: what may be done, decided without the database.

The store (``intake.store.casework``) loads the cases, asks these rules, then
records the change as a case event. Automatic grouping never undoes a person's
decision: a moved message is fixed in its case, and a merged case is ignored.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from intake.cases.kinds import KIND_GENERAL, KIND_NOTICE, KIND_SUSPICIOUS
from intake.cases.kinds import KIND_MERGED as KIND_MERGED  # re-exported for the store
from intake.cases.state import CaseStatus


@dataclass(frozen=True)
class CaseRef:
    """What the rules need of a case: its id, its client and its kind."""

    id: int
    client_id: int
    kind: str


def merge_problem(target: CaseRef, source: CaseRef, force: bool) -> str | None:
    """Why SOURCE cannot be merged into TARGET, or None when it can.

    Likely phishing is kept apart: merging a ``suspicious`` case with another
    needs ``force``, so a forged notice never becomes part of a real case by a slip.
    """
    if target.id == source.id:
        return f"case {target.id}: cannot merge a case into itself"
    if target.client_id != source.client_id:
        return f"cases {target.id} and {source.id} belong to different clients"
    suspicious = [case.id for case in (target, source) if case.kind == KIND_SUSPICIOUS]
    if suspicious and not force:
        return (
            f"case {suspicious[0]} holds mail that failed authenticity checks (likely"
            " phishing); merge with --force only if you checked it is genuine"
        )
    return None


def merged_kind(target_kind: str, source_kind: str) -> str:
    """The kind of the merged case: a real case absorbs "other mail" or checked phishing."""
    return KIND_NOTICE if source_kind == KIND_NOTICE else target_kind


def close_problem(case: CaseRef, status: str) -> str | None:
    """Why a person cannot close the case, or None. Only a case about an Amazon matter has
    a status that closing changes: the "other mail" case and likely phishing keep theirs."""
    if case.kind == KIND_GENERAL:
        return f"case {case.id} is the client's other mail, which is never closed"
    if case.kind == KIND_SUSPICIOUS:
        return f"case {case.id} holds likely phishing, which is never closed"
    if status == CaseStatus.CLOSED:
        return f"case {case.id} is already closed"
    return None


def reopen_problem(case: CaseRef, status: str) -> str | None:
    """Why a person cannot reopen the case (it is not closed), or None."""
    if status != CaseStatus.CLOSED:
        return f"case {case.id} is not closed (status: {status})"
    return None


def move_problem(
    message_pk: int, message_client_id: int, target: CaseRef, current_case: int | None = None
) -> str | None:
    """Why a message cannot be moved to TARGET (another client's case, the case it is in),
    or None."""
    if target.client_id != message_client_id:
        return f"message {message_pk} and case {target.id} belong to different clients"
    if current_case == target.id:
        return f"message {message_pk} is already in case {target.id}"
    return None


def submission_date_problem(at: datetime, now: datetime) -> str | None:
    """Why a submission dated ``at`` cannot be logged (it is in the future), or None.

    A day's slack: "today" where the seller is may be tomorrow in UTC.
    """
    if at.date() > (now + timedelta(days=1)).date():
        return f"date {at:%Y-%m-%d} is in the future (today is {now:%Y-%m-%d})"
    return None
