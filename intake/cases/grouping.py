"""Which case a message belongs to: a pure decision over the client's cases.

``decide_case`` returns what should change (attach to a case, or open one);
only the pipeline applies it. Grouping order: an Amazon case/reference ID,
then the thread (In-Reply-To/References), then overlapping ASINs with an open
case, then the same policy within a time window, then (for a follow-up that
names no ASIN) the most recent open account-level case. Mail that is not about a
case (label ``other`` with nothing that ties it to one) goes to the client's
single ``general`` case, so every message has a case without cluttering the
triage list; a suspicious message gets a ``suspicious`` case of its own and
never joins a real one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from intake.extract import Authenticity, Facts
from intake.notice import Notice

POLICY_WINDOW = timedelta(days=45)

KIND_NOTICE = "notice"
KIND_GENERAL = "general"
KIND_SUSPICIOUS = "suspicious"


@dataclass(frozen=True)
class CaseSummary:
    """What grouping needs to know of an existing case."""

    id: int
    kind: str
    is_open: bool
    amazon_case_ids: frozenset[str] = frozenset()
    asins: frozenset[str] = frozenset()
    policy: str | None = None
    last_at: datetime | None = None


@dataclass(frozen=True)
class CaseDecision:
    """Attach to ``case_id``, or (when it is None) open a case of ``kind`` titled ``title``."""

    case_id: int | None
    kind: str
    title: str
    reason: str


def decide_case(
    notice: Notice,
    label: str,
    facts: Facts,
    authenticity: Authenticity,
    *,
    thread_case_id: int | None,
    cases: Sequence[CaseSummary],
    outgoing: bool = False,
) -> CaseDecision:
    """Decide the case of one message from its facts and the client's cases."""
    if authenticity.verdict == "suspicious":
        return CaseDecision(
            None, KIND_SUSPICIOUS, f"Suspicious: {notice.subject[:120]}", "phishing"
        )
    real = [case for case in cases if case.kind == KIND_NOTICE]
    case_ids = set(facts.case_ids)
    for case in real:
        if case_ids & case.amazon_case_ids:
            return CaseDecision(case.id, KIND_NOTICE, "", "same Amazon case ID")
    if thread_case_id is not None and any(case.id == thread_case_id for case in real):
        return CaseDecision(thread_case_id, KIND_NOTICE, "", "same thread")
    asins = set(facts.asins)
    for case in real:
        if case.is_open and asins & case.asins:
            return CaseDecision(case.id, KIND_NOTICE, "", "shared ASINs")
    if label == "other" and not outgoing and not (case_ids or asins):
        general = next((case for case in cases if case.kind == KIND_GENERAL), None)
        return CaseDecision(general.id if general else None, KIND_GENERAL, "Other mail", "other")
    recent = [case for case in real if case.is_open and _within(case.last_at, notice.date)]
    if asins:  # ASINs no open case has: another listing, another case
        return CaseDecision(None, KIND_NOTICE, case_title(notice, facts), "new ASINs")
    if facts.policy:
        for case in recent:
            if case.policy == facts.policy:
                return CaseDecision(case.id, KIND_NOTICE, "", "same policy, recent")
    if label != "suspension":
        account_level = [case for case in recent if not case.asins]
        if facts.policy:
            account_level = [case for case in account_level if case.policy in (None, facts.policy)]
        if account_level:
            newest = max(account_level, key=lambda case: case.last_at or notice.date)
            return CaseDecision(newest.id, KIND_NOTICE, "", "account-level, recent")
    return CaseDecision(None, KIND_NOTICE, case_title(notice, facts), "new")


def grouping_open(was_open: bool, label: str, outgoing: bool) -> bool:
    """Whether a case still takes new notices after this message (in date order).

    A reinstatement closes it (a later notice about the same ASIN starts a new
    case); any other Amazon notice reopens it.
    """
    if outgoing or label in ("other", "resent"):
        return was_open
    return label != "reinstatement"


def case_title(notice: Notice, facts: Facts) -> str:
    """A short title a consultant recognises: policy and ASINs, else the subject."""
    parts: list[str] = []
    if facts.policy:
        parts.append(facts.policy.replace("_", " "))
    if facts.asins:
        shown = ", ".join(facts.asins[:3]) + (" ..." if len(facts.asins) > 3 else "")
        parts.append(shown)
    elif facts.case_ids:
        parts.append(f"case {facts.case_ids[0]}")
    title = " - ".join(parts) if parts else notice.subject
    return (title or "(no subject)")[:200]


def _within(last: datetime | None, when: datetime | None) -> bool:
    return last is not None and when is not None and abs(when - last) <= POLICY_WINDOW
