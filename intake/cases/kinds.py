"""The kinds of case, their grouping state and the kinds of case event (see the
vocabulary in ``intake.cases``).

Here, apart from grouping, so that the rules of a person's actions (``actions``),
the store and the commands that only read cases do not import grouping and,
through it, the fact extractors. Members are strings: they are stored as is.
"""

from __future__ import annotations

from enum import StrEnum


class CaseKind(StrEnum):
    """What a case holds."""

    NOTICE = "notice"  # a real case: one Amazon matter
    GENERAL = "general"  # the client's one "other mail" case
    SUSPICIOUS = "suspicious"  # likely phishing, never joined with a real case
    MERGED = "merged"  # folded into another case by a person


class GroupingState(StrEnum):
    """Whether grouping still joins new notices to a case (``cases.grouping_state``).

    Not the status users see (``intake.cases.state.CaseStatus``, derived from the timeline).
    """

    OPEN = "open"  # takes follow-ups and new notices
    CLOSED = "closed"  # a reinstatement ended it: a later notice starts a new case
    GENERAL = "general"  # the client's general case, never matched by evidence


class EventKind(StrEnum):
    """What a case event records (``case_events.kind``): a person's action or note."""

    APPEAL = "appeal"  # a submission made outside email (Seller Central's appeal form)
    ESCALATION = "escalation"  # a manager review request made outside email
    MERGED = "merged"  # another case was merged into this one
    MOVED = "moved"  # a message was moved into this case
    CONFIRMED = "confirmed"  # a person confirmed an uncertain grouping
    CLOSED = "closed"  # a person closed the case
    REOPENED = "reopened"  # a person reopened it
    NOTE = "note"  # free text
    OWNER = "owner"  # the case's owner changed
    RELABELLED = "relabelled"  # a person corrected a message's label


KIND_NOTICE = CaseKind.NOTICE
KIND_GENERAL = CaseKind.GENERAL
KIND_SUSPICIOUS = CaseKind.SUSPICIOUS
KIND_MERGED = CaseKind.MERGED
