"""People's corrections and re-classification: the store side of relabel, train, reprocess."""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from classifiers import NoticeText
from classifiers.types import Label
from intake.errors import InputError
from intake.mail.states import LabelSource
from intake.store.models import ClientRow, CorrectionRow, MessageRow, RawMessageRow


@dataclass(frozen=True)
class StoredRaw:
    """A stored message's raw bytes, how it is labelled now and its stored resent key."""

    id: int
    raw: bytes
    label: str
    label_source: str
    resent_key: dict[str, Any] | None = None


def find_message(session: Session, ref: str) -> int:
    """A message by database id or by Message-ID header; ``InputError`` if none or ambiguous."""
    if ref.isdigit():
        found = session.scalar(select(MessageRow.id).where(MessageRow.id == int(ref)))
        if found is None:
            raise InputError(f"message {ref}: no such message")
        return found
    wanted = ref if ref.startswith("<") else f"<{ref}>"
    ids = session.scalars(select(MessageRow.id).where(MessageRow.message_id == wanted)).all()
    if not ids:
        raise InputError(f"message {ref}: no such message")
    if len(ids) > 1:
        raise InputError(f"message {ref}: stored for several clients; use the numeric id")
    return ids[0]


def relabel(session: Session, message_pk: int, label: str) -> tuple[str, int]:
    """Record a person's label for a message and apply it; the previous label, the client id."""
    row = session.get(MessageRow, message_pk)
    if row is None:
        raise InputError(f"message {message_pk}: no such message")
    previous = row.label
    session.add(CorrectionRow(message_pk=message_pk, label=label))
    row.label, row.label_source, row.needs_review, row.confidence = (
        label,
        LabelSource.PERSON,
        False,
        1.0,
    )
    if label != Label.RESENT:
        row.resent_of_id = None  # a person said it is not a re-send
    return previous, row.client_id


def message_case(session: Session, message_pk: int) -> int | None:
    """The case a message is in now."""
    return session.scalar(select(MessageRow.case_id).where(MessageRow.id == message_pk))


def corrections(session: Session) -> list[tuple[NoticeText, str]]:
    """Every corrected message's text with its latest person-given label, oldest first."""
    latest: dict[int, str] = {}
    for pk, label in session.execute(
        select(CorrectionRow.message_pk, CorrectionRow.label).order_by(CorrectionRow.id)
    ):
        latest[pk] = label
    if not latest:
        return []
    rows = session.execute(
        select(MessageRow.id, MessageRow.subject, MessageRow.sender, MessageRow.text)
        .where(MessageRow.id.in_(list(latest)))
        .order_by(MessageRow.id)
    ).all()
    return [
        (NoticeText(subject=subject, sender=sender, body=text), latest[pk])
        for pk, subject, sender, text in rows
        # resent is decided from history, not learnt from text; mail that could not be
        # parsed has no text to learn from
        if latest[pk] != Label.RESENT and (subject or text)
    ]


def stored_raws(
    session: Session, client: str | None = None, chunk: int = 200
) -> Iterator[list[StoredRaw]]:
    """Stored messages with their raw bytes, in chunks, oldest id first."""
    last = 0
    while True:
        query = (
            select(
                MessageRow.id,
                RawMessageRow.data,
                MessageRow.label,
                MessageRow.label_source,
                MessageRow.resent_key,
            )
            .join(RawMessageRow, RawMessageRow.message_pk == MessageRow.id)
            .where(MessageRow.id > last)
            .order_by(MessageRow.id)
            .limit(chunk)
        )
        if client:
            query = query.join(ClientRow, ClientRow.id == MessageRow.client_id).where(
                ClientRow.name == client
            )
        rows = session.execute(query).all()
        if not rows:
            return
        yield [
            StoredRaw(pk, zlib.decompress(data), label, source, key)
            for pk, data, label, source, key in rows
        ]
        last = rows[-1][0]


def update_message(session: Session, message_pk: int, fields: dict[str, Any]) -> None:
    """Overwrite re-derived fields of a stored message."""
    row = session.get(MessageRow, message_pk)
    if row is None:
        raise InputError(f"message {message_pk}: no such message")
    for key, value in fields.items():
        setattr(row, key, value)
