"""Stored drafts: versions per case, newest last, none ever overwritten.

``save_draft`` adds a version only when the message answered or the
rendered text changed, so running ``intake draft`` twice stores one
version. ``case_material`` is the read side: the snapshot of a case that
``intake.drafts.compose`` turns into a ``DraftContext``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.cases.state import SUBMISSION_EVENTS
from intake.drafts.compose import CaseMaterial, CaseMessage
from intake.drafts.context import NOTE_LABELS
from intake.drafts.render import Draft
from intake.errors import InputError
from intake.extract.authenticity import Verdict
from intake.mail.states import MessageStatus
from intake.store.models import AccountRow, CaseEventRow, ClientRow, DraftRow, MessageRow
from intake.store.views import ZoneOf, case_detail
from intake.timeutil import as_utc


@dataclass(frozen=True)
class StoredDraft:
    """One version of a case's draft, as ``intake draft --json`` prints it."""

    case_id: int
    version: int
    message_pk: int | None
    template: str
    subject: str
    to: str
    in_reply_to: str | None
    references: tuple[str, ...]
    body: str
    created_at: datetime | None
    appended_at: datetime | None = None

    @property
    def reply(self) -> bool:
        """False for case-file notes (acknowledgement, reinstatement)."""
        return self.template.split(".", 1)[0] not in NOTE_LABELS

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of ``intake draft --json``."""
        return {
            "case_id": self.case_id,
            "version": self.version,
            "template": self.template,
            "subject": self.subject,
            "to": self.to,
            "in_reply_to": self.in_reply_to,
            "references": list(self.references),
            "body": self.body,
            "reply": self.reply,
        }


def case_material(
    session: Session, case_id: int, now: datetime, zone_of: ZoneOf | None = None
) -> CaseMaterial:
    """A case's snapshot for drafting; ``InputError`` when there is no such case."""
    view, _ = case_detail(session, case_id, now, zone_of)
    rows = session.scalars(
        select(MessageRow)
        .where(MessageRow.case_id == case_id, MessageRow.status == MessageStatus.OK)
        .order_by(MessageRow.sent_at, MessageRow.id)
    ).all()
    appeals = session.scalars(
        select(CaseEventRow.at).where(
            CaseEventRow.case_id == case_id, CaseEventRow.kind.in_(sorted(SUBMISSION_EVENTS))
        )
    ).all()
    display = session.scalar(select(ClientRow.display_name).where(ClientRow.name == view.client))
    return CaseMaterial(
        case_id=case_id,
        kind=view.kind,
        client=view.client,
        client_display=display or "",
        state=view.state,
        policy=view.policy,
        marketplace=view.marketplace,
        asins=view.asins,
        case_ids=view.amazon_case_ids,
        messages=tuple(_case_message(row) for row in rows),
        appeals=tuple(as_utc(at) for at in appeals if at is not None),
    )


def _case_message(row: MessageRow) -> CaseMessage:
    return CaseMessage(
        id=row.id,
        label=row.label,
        outgoing=row.outgoing,
        needs_review=row.needs_review,
        suspicious=(row.authenticity or {}).get("verdict") == Verdict.SUSPICIOUS,
        sent_at=as_utc(row.sent_at),
        subject=row.subject,
        sender=row.sender,
        message_id=row.message_id,
        references=tuple(row.references or ()),
        text=row.text,
        facts=row.facts or {},
    )


def save_draft(
    session: Session, case_id: int, message_pk: int | None, draft: Draft
) -> tuple[StoredDraft, bool]:
    """Store ``draft`` as the case's next version unless it equals the latest; (draft, new?)."""
    latest = latest_draft(session, case_id)
    if latest is not None and _same(latest, message_pk, draft):
        return latest, False
    row = DraftRow(
        case_id=case_id,
        message_pk=message_pk,
        version=(latest.version if latest else 0) + 1,
        template=draft.template,
        subject=draft.subject,
        to_addr=draft.to,
        in_reply_to=draft.in_reply_to,
        references=list(draft.references),
        body=draft.body,
    )
    session.add(row)
    session.flush()
    return _stored(row), True


def _same(latest: StoredDraft, message_pk: int | None, draft: Draft) -> bool:
    return (latest.message_pk, latest.template, latest.subject, latest.to, latest.body) == (
        message_pk,
        draft.template,
        draft.subject,
        draft.to,
        draft.body,
    )


def latest_draft(session: Session, case_id: int) -> StoredDraft | None:
    """The case's newest draft version, or None."""
    row = session.scalars(
        select(DraftRow).where(DraftRow.case_id == case_id).order_by(DraftRow.version.desc())
    ).first()
    return _stored(row) if row is not None else None


def draft_history(session: Session, case_id: int) -> list[StoredDraft]:
    """Every version of the case's draft, oldest first."""
    rows = session.scalars(
        select(DraftRow).where(DraftRow.case_id == case_id).order_by(DraftRow.version)
    ).all()
    return [_stored(row) for row in rows]


def message_account(session: Session, message_pk: int) -> str | None:
    """The name of the account a message came in by (an IMAP account's config name)."""
    return session.scalar(
        select(AccountRow.name)
        .join(MessageRow, MessageRow.account_id == AccountRow.id)
        .where(MessageRow.id == message_pk)
    )


def mark_appended(session: Session, case_id: int, version: int, at: datetime) -> None:
    """Record that a version was put in the seller's Drafts folder."""
    row = session.scalars(
        select(DraftRow).where(DraftRow.case_id == case_id, DraftRow.version == version)
    ).first()
    if row is None:
        raise InputError(f"case {case_id}: no draft version {version}")
    row.appended_at = at


def _stored(row: DraftRow) -> StoredDraft:
    return StoredDraft(
        case_id=row.case_id,
        version=row.version,
        message_pk=row.message_pk,
        template=row.template,
        subject=row.subject,
        to=row.to_addr,
        in_reply_to=row.in_reply_to,
        references=tuple(row.references or ()),
        body=row.body,
        created_at=as_utc(row.created_at),
        appended_at=as_utc(row.appended_at),
    )
