"""Read-side queries for the CLI: messages, cases with their derived state, timelines.

Returns the frozen dataclasses of ``intake.cases.views``; case state is derived on read
(``intake.cases.state``) so nothing derivable is stored twice.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection
from dataclasses import replace
from datetime import date, datetime, tzinfo
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from classifiers.types import Label
from intake.cases.kinds import CaseKind
from intake.cases.state import TimelineEntry, derive_state
from intake.cases.views import CaseView, EventView, MessageView
from intake.errors import InputError
from intake.mail.states import MessageStatus
from intake.store.chunks import chunks
from intake.store.models import CaseEventRow, CaseRow, ClientRow, MessageRow, MessageSourceRow
from intake.timeutil import as_utc

ZoneOf = Callable[[str], tzinfo]  # client name -> its time zone


def list_messages(
    session: Session,
    *,
    client: str | Collection[str] | None = None,
    case_id: int | None = None,
    label: str | None = None,
    limit: int | None = None,
    taken_in_since: datetime | None = None,
    unparseable: bool = False,
) -> list[MessageView]:
    """Stored messages, oldest first, optionally filtered (``client``: a name or several;
    ``unparseable``: only those that could not be read: not parsed, or set aside when
    analysing them failed; what the digests count as "could not be read")."""
    query = select(MessageRow, ClientRow.name).join(ClientRow, ClientRow.id == MessageRow.client_id)
    if taken_in_since is not None:
        query = query.where(MessageRow.created_at >= taken_in_since)
    if client:
        query = query.where(ClientRow.name.in_(_names(client)))
    if unparseable:
        query = query.where(
            MessageRow.status.in_((MessageStatus.PARSE_ERROR, MessageStatus.QUARANTINED))
        )
    if case_id is not None:
        query = query.where(MessageRow.case_id == case_id)
    if label:
        query = query.where(MessageRow.label == label)
    query = query.order_by(MessageRow.sent_at, MessageRow.id)
    if limit:
        query = query.limit(limit)
    rows = session.execute(query).all()
    sources = _sources(session, [row.id for row, _ in rows])
    return [_message_view(row, name, sources.get(row.id, ())) for row, name in rows]


def stored_verdicts(session: Session, ids: list[int]) -> dict[int, dict[str, Any]]:
    """What is stored for each message id: label, confidence, review flag, resent link, error
    (``ingest --json`` reports these for a message that was already stored)."""
    found: dict[int, dict[str, Any]] = {}
    for part in chunks(ids):
        rows = session.execute(
            select(
                MessageRow.id,
                MessageRow.label,
                MessageRow.confidence,
                MessageRow.needs_review,
                MessageRow.resent_of_id,
                MessageRow.error,
                MessageRow.case_id,
            ).where(MessageRow.id.in_(part))
        ).all()
        for pk, label, confidence, review, resent_of, error, case_id in rows:
            found[pk] = {
                "label": label,
                "confidence": confidence,
                "needs_review": review,
                "resent_of": resent_of,
                "error": error,
                "case_id": case_id,
            }
    return found


def case_exists(session: Session, case_id: int) -> bool:
    """Whether a case with this id was ever made (a merged one still counts)."""
    return session.get(CaseRow, case_id) is not None


def client_names(session: Session) -> set[str]:
    """The names of every client with stored data."""
    return set(session.scalars(select(ClientRow.name)))


def list_cases(
    session: Session,
    now: datetime,
    *,
    client: str | Collection[str] | None = None,
    status: str | None = None,
    include_general: bool = False,
    zone_of: ZoneOf | None = None,
) -> list[CaseView]:
    """Cases by urgency: overdue and nearest deadline first, then by status.

    ``zone_of(client)`` gives a client's time zone: a deadline day ends at midnight there.
    """
    query = select(CaseRow, ClientRow.name).join(ClientRow, ClientRow.id == CaseRow.client_id)
    if client:
        query = query.where(ClientRow.name.in_(_names(client)))
    query = query.where(CaseRow.kind != CaseKind.MERGED)
    if not include_general:
        query = query.where(CaseRow.kind != CaseKind.GENERAL)
    cases = session.execute(query).all()
    timelines = _timelines(session, [row.id for row, _ in cases])
    review = _review_counts(session, [row.id for row, _ in cases])
    uncertain = _review_counts(session, [row.id for row, _ in cases], MessageRow.case_uncertain)
    views = [
        replace(
            _case_view(row, name, timelines.get(row.id, []), _local(now, zone_of, name)),
            needs_review=review[row.id],
            uncertain=uncertain[row.id],
        )
        for row, name in cases
    ]
    if status:
        views = [view for view in views if view.state.status == status]
    return sorted(
        views,
        key=lambda view: (*view.state.urgency(_local(now, zone_of, view.client).date()), view.id),
    )


def _names(client: str | Collection[str]) -> list[str]:
    return [client] if isinstance(client, str) else list(client)


def _local(now: datetime, zone_of: ZoneOf | None, client: str) -> datetime:
    return now.astimezone(zone_of(client)) if zone_of else now


def case_detail(
    session: Session, case_id: int, now: datetime, zone_of: ZoneOf | None = None
) -> tuple[CaseView, list[MessageView]]:
    """One case and its timeline; ``InputError`` when there is no such case."""
    found = session.execute(
        select(CaseRow, ClientRow.name)
        .join(ClientRow, ClientRow.id == CaseRow.client_id)
        .where(CaseRow.id == case_id)
    ).first()
    if found is None:
        raise InputError(f"case {case_id}: no such case")
    row, name = found
    if row.kind == CaseKind.MERGED:
        raise InputError(f"case {case_id}: merged into case {row.merged_into_id}")
    messages = list_messages(session, case_id=case_id)
    entries = [_entry(message) for message in messages]
    entries.extend(_event_entry(event) for event in case_events(session, case_id))
    entries.sort(key=_entry_order)
    view = _case_view(row, name, entries, _local(now, zone_of, name))
    view = replace(
        view,
        needs_review=sum(m.needs_review for m in messages),
        uncertain=sum(m.case_uncertain for m in messages),
    )
    return view, messages


def case_events(session: Session, case_id: int) -> list[EventView]:
    """The events people recorded on a case, oldest first."""
    rows = session.scalars(
        select(CaseEventRow).where(CaseEventRow.case_id == case_id).order_by(CaseEventRow.at)
    ).all()
    return [
        EventView(row.id, row.case_id, row.kind, as_utc(row.at), row.note, row.message_pk)
        for row in rows
    ]


def _event_entry(event: EventView) -> TimelineEntry:
    return TimelineEntry(label=Label.OTHER, sent_at=event.at, note=event.note, event=event.kind)


def _entry_order(entry: TimelineEntry) -> tuple:
    return (entry.sent_at is None, entry.sent_at or datetime.min)


def _review_counts(session: Session, case_ids: list[int], flag=None) -> dict[int, int]:
    """How many messages of each case a person should check (``flag``: needs_review)."""
    flag = MessageRow.needs_review if flag is None else flag
    counts: dict[int, int] = defaultdict(int)
    if case_ids:
        rows = session.execute(
            select(MessageRow.case_id, func.count())
            .where(MessageRow.case_id.in_(case_ids), flag.is_(True))
            .group_by(MessageRow.case_id)
        ).all()
        counts.update({case_id: count for case_id, count in rows if case_id is not None})
    return counts


def _timelines(session: Session, case_ids: list[int]) -> dict[int, list[TimelineEntry]]:
    timelines: dict[int, list[TimelineEntry]] = defaultdict(list)
    if not case_ids:
        return timelines
    rows = session.execute(
        select(
            MessageRow.case_id,
            MessageRow.label,
            MessageRow.sent_at,
            MessageRow.outgoing,
            MessageRow.facts,
            MessageRow.created_at,
        )
        .where(MessageRow.case_id.in_(case_ids))
        .order_by(MessageRow.sent_at, MessageRow.id)
    ).all()
    for case_id, label, sent_at, outgoing, facts, taken_in in rows:
        timelines[case_id].append(
            _timeline_entry(label, as_utc(sent_at), outgoing, facts or {}, as_utc(taken_in))
        )
    events = session.execute(
        select(CaseEventRow).where(CaseEventRow.case_id.in_(case_ids))
    ).scalars()
    touched = set()
    for row in events:
        view = EventView(row.id, row.case_id, row.kind, as_utc(row.at), row.note, row.message_pk)
        timelines[row.case_id].append(_event_entry(view))
        touched.add(row.case_id)
    for case_id in touched:
        timelines[case_id].sort(key=_entry_order)
    return timelines


def _entry(message: MessageView) -> TimelineEntry:
    return _timeline_entry(
        message.label, message.sent_at, message.outgoing, message.facts, message.taken_in
    )


def _timeline_entry(
    label: str, sent_at, outgoing: bool, facts: dict, taken_in: datetime | None
) -> TimelineEntry:
    deadline = facts.get("deadline")
    return TimelineEntry(
        label=label,
        sent_at=sent_at,
        outgoing=outgoing,
        deadline=date.fromisoformat(deadline) if deadline else None,
        requested=tuple(facts.get("requested") or ()),
        taken_in=taken_in,
    )


def _case_view(row: CaseRow, client: str, entries: list[TimelineEntry], now: datetime) -> CaseView:
    opened, updated = _span(row, entries)
    return CaseView(
        id=row.id,
        client=client,
        title=row.title,
        kind=row.kind,
        state=derive_state(row.kind, entries, now),
        message_count=sum(1 for entry in entries if not entry.event),
        opened_at=opened,
        updated_at=updated,
        policy=row.policy,
        marketplace=row.marketplace,
        asins=tuple(row.asins or ()),
        amazon_case_ids=tuple(row.amazon_case_ids or ()),
    )


def _span(row: CaseRow, entries: list[TimelineEntry]) -> tuple[datetime | None, datetime | None]:
    """When the case opened and last changed: the stored grouping dates, else (for a case
    of likely phishing, the "other mail" case, or one regrouped) its timeline's first and
    last dated entry, the mail's date or else when intake took it in."""
    stamps = [stamp for entry in entries if (stamp := entry.sent_at or entry.taken_in)]
    opened = as_utc(row.opened_at) or (min(stamps) if stamps else None)
    updated = as_utc(row.updated_at) or (max(stamps) if stamps else None)
    return opened, updated


def _message_view(row: MessageRow, client: str, sources: tuple[str, ...]) -> MessageView:
    return MessageView(
        id=row.id,
        client=client,
        case_id=row.case_id,
        message_id=row.message_id,
        sender=row.sender,
        subject=row.subject,
        sent_at=as_utc(row.sent_at),
        label=row.label,
        confidence=row.confidence,
        needs_review=row.needs_review,
        resent_of=row.resent_of_id,
        outgoing=row.outgoing,
        status=row.status,
        error=row.error,
        facts=row.facts or {},
        authenticity=row.authenticity or {},
        sources=sources,
        taken_in=as_utc(row.created_at),
        case_reason=row.case_reason,
        case_uncertain=row.case_uncertain,
    )


def _sources(session: Session, ids: list[int]) -> dict[int, tuple[str, ...]]:
    found: dict[int, list[str]] = defaultdict(list)
    if not ids:
        return {}
    rows = [
        row
        for part in chunks(ids)
        for row in session.scalars(
            select(MessageSourceRow).where(MessageSourceRow.message_pk.in_(part))
        )
    ]
    for row in rows:
        place = row.path if row.kind == "file" else f"{row.folder}/{row.uidvalidity}/{row.uid}"
        found[row.message_pk].append(f"{row.kind}:{place}")
    return {key: tuple(value) for key, value in found.items()}
