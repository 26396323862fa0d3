"""What digests and alerts read besides ``views``: drafts ready, and whether mail came.

``drafts_ready`` tells a digest which cases it may send the seller to a draft for;
``mail_stored`` is the cheap check that lets the notifier skip the alert scan while
nothing new was stored.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from classifiers.types import Label
from intake.store.models import DraftRow, MessageRow
from intake.timeutil import as_utc


def drafts_ready(session: Session) -> set[int]:
    """Ids of the cases whose newest draft answers the case's newest mail from Amazon.

    A draft made before Amazon wrote again answers the wrong message: the
    digest must not send the seller to it.
    """
    newest = (
        select(DraftRow.case_id, func.max(DraftRow.version).label("version"))
        .group_by(DraftRow.case_id)
        .subquery()
    )
    answered = dict(
        session.execute(
            select(DraftRow.case_id, MessageRow.sent_at)
            .join(
                newest,
                (DraftRow.case_id == newest.c.case_id) & (DraftRow.version == newest.c.version),
            )
            .join(MessageRow, MessageRow.id == DraftRow.message_pk)
        ).all()
    )
    latest = dict(
        session.execute(
            select(MessageRow.case_id, func.max(MessageRow.sent_at))
            .where(
                MessageRow.case_id.in_(list(answered)),
                MessageRow.outgoing.is_(False),
                MessageRow.label != Label.OTHER,
            )
            .group_by(MessageRow.case_id)
        ).all()
    )
    return {
        case_id
        for case_id, when in answered.items()
        if (last := latest.get(case_id)) is None or when is None or as_utc(when) >= as_utc(last)
    }


def mail_stored(session: Session) -> tuple[int, int]:
    """(messages stored, the newest one's id): changes whenever mail is stored."""
    count, newest = session.execute(
        select(func.count(MessageRow.id), func.max(MessageRow.id))
    ).one()
    return count or 0, newest or 0
