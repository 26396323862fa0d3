"""Case event kinds and alert triggers are StrEnums whose values are what is stored.

The values are in the database (``case_events.kind``), the send ledger's keys, JSON
output and config files: renaming one would orphan what is already there, so they are
pinned here.
"""

from __future__ import annotations

from enum import StrEnum

from classifiers.types import LABELS
from intake.cases.kinds import EventKind
from intake.cases.state import SUBMISSION_EVENTS
from intake.config import ALERT_TRIGGERS, AlertsConfig
from intake.notify.triggers import AlertTrigger


def test_case_event_kinds_keep_their_stored_values() -> None:
    assert issubclass(EventKind, StrEnum)
    assert {kind.value for kind in EventKind} == {
        "appeal", "escalation", "merged", "moved", "confirmed", "closed", "reopened",
        "note", "owner", "relabelled",
    }  # fmt: skip
    assert {EventKind.APPEAL, EventKind.ESCALATION} == SUBMISSION_EVENTS


def test_alert_triggers_keep_their_config_names() -> None:
    assert issubclass(AlertTrigger, StrEnum)
    assert {trigger.value for trigger in AlertTrigger} == {"deadline_48h", "suspicious"}
    assert (*LABELS, *AlertTrigger) == ALERT_TRIGGERS
    assert AlertsConfig().triggers == ("suspension", "deadline_48h", "suspicious")
    assert AlertTrigger.DEADLINE_48H in AlertsConfig().triggers
