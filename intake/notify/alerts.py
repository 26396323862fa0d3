"""Which new messages and cases are worth telling someone about at once.

Pure: ``find_alerts`` looks at the messages taken in recently and the open
cases, and returns one ``Alert`` per configured trigger that fires. Each
alert has a ledger key (``alert:<client>:<trigger>:<what>``) naming what it
is about, so the same suspension or the same deadline alerts exactly once
however often the check runs.

Triggers: a label name fires for each new incoming message with that label;
``deadline_48h`` fires for an open case due within 48 hours (once per
deadline); ``suspicious`` fires for a message that failed the authenticity
checks (likely phishing).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from classifiers.types import Label
from intake.cases.views import CaseView, MessageView
from intake.notify.digest import LABEL_MEANING, CaseEntry, NewMessage, build_digest
from intake.notify.triggers import AlertTrigger

_HEADLINES: dict[str, str] = {
    AlertTrigger.DEADLINE_48H: "a deadline is within 48 hours",
    AlertTrigger.SUSPICIOUS: "a suspicious message (likely phishing)",
    Label.SUSPENSION: "a new suspension",
}


@dataclass(frozen=True)
class Alert:
    """One urgent thing to tell a client's people about now."""

    key: str
    client: str
    trigger: str
    headline: str
    case: CaseEntry | None
    message: NewMessage | None
    deadline: date | None

    @property
    def meaning(self) -> str:
        """What happened, in plain words."""
        if self.trigger == AlertTrigger.SUSPICIOUS:
            return (
                "This message failed the checks that real Amazon mail passes. Do not click"
                " its links or reply; check Account Health in Seller Central directly."
            )
        if self.message is not None:
            return self.message.meaning
        return "The case must be answered soon."


def find_alerts(
    messages: Sequence[MessageView],
    cases: Sequence[CaseView],
    triggers: Collection[str],
    now: datetime,
    drafts_ready: Collection[int] = (),
) -> list[Alert]:
    """Every alert the triggers raise for these recent messages and open cases."""
    found: list[Alert] = []
    by_client: dict[str, tuple[list[MessageView], list[CaseView]]] = {}
    for message in messages:
        by_client.setdefault(message.client, ([], []))[0].append(message)
    for case in cases:
        by_client.setdefault(case.client, ([], []))[1].append(case)
    for client, (client_messages, client_cases) in sorted(by_client.items()):
        digest = build_digest(
            client_cases,
            client_messages,
            since=now,
            now=now,
            drafts_ready=drafts_ready,
            client=client,
        )
        entries = {entry.id: entry for entry in digest.open_cases}
        items = [item for entry in digest.updated for item in entry.new] + list(digest.loose)
        found.extend(_message_alerts(client, items, entries, triggers))
        if AlertTrigger.DEADLINE_48H in triggers:
            found.extend(_deadline_alerts(client, digest.open_cases, now))
    return found


def _message_alerts(
    client: str, items: list[NewMessage], entries: dict[int, CaseEntry], triggers: Collection[str]
) -> list[Alert]:
    alerts = []
    for item in sorted(items, key=lambda item: item.id):
        case = entries.get(item.case_id) if item.case_id is not None else None
        if AlertTrigger.SUSPICIOUS in triggers and item.suspicious:
            trigger: str = AlertTrigger.SUSPICIOUS
        elif item.label in triggers and item.label in LABEL_MEANING and not item.suspicious:
            trigger = item.label
        else:
            continue
        headline = _HEADLINES.get(trigger, f"a new {item.label.replace('_', ' ')} message")
        key = f"alert:{client}:{trigger}:message-{item.id}"
        alerts.append(Alert(key, client, trigger, headline, case, item, None))
    return alerts


def _deadline_alerts(client: str, entries: Sequence[CaseEntry], now: datetime) -> list[Alert]:
    """Cases due within 48 hours; a deadline long past (a stale case) raises nothing."""
    oldest = now.date() - timedelta(days=1)
    return [
        Alert(
            key=f"alert:{client}:{AlertTrigger.DEADLINE_48H}:case-{entry.id}:{entry.deadline.isoformat()}",
            client=client,
            trigger=AlertTrigger.DEADLINE_48H,
            headline=_HEADLINES[AlertTrigger.DEADLINE_48H],
            case=entry,
            message=None,
            deadline=entry.deadline,
        )
        for entry in entries
        if entry.urgent and entry.deadline is not None and entry.deadline >= oldest
    ]
