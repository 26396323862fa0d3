"""The database schema: SQLAlchemy 2 typed models.

Rows stay inside ``intake/store``; the rest of intake sees dataclasses.
Alembic owns the schema (``intake/store/migrations``): every change here
ships with a migration, and ``SCHEMA_REVISION`` names the head it matches.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from classifiers.types import Label
from intake.cases.kinds import CaseKind, GroupingState
from intake.mail.states import CaseSource, LabelSource, MessageStatus
from intake.notify.states import LedgerState
from intake.sources.states import AccountState
from intake.timeutil import utcnow

SCHEMA_REVISION = "0012"


class Base(DeclarativeBase):
    """Base of every intake table."""

    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}

    @classmethod
    def core_table(cls) -> Table:
        """The mapped table for Core statements (a bulk insert without the ORM's bulk path,
        a third of the time); ``__table__`` is typed as any FromClause."""
        table = cls.__table__
        assert isinstance(table, Table)
        return table


class ClientRow(Base):
    """A seller business; a single-seller install has one, named ``default``."""

    __tablename__ = "clients"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    #: Bumped by every change to its cases, keys or resent keys (``intake.store.clientmemory``).
    generation: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    def __repr__(self) -> str:
        return f"ClientRow(id={self.id}, name={self.name!r})"


class AccountRow(Base):
    """A mailbox of a client: an IMAP account from the config, or a file import."""

    __tablename__ = "accounts"
    __table_args__ = (UniqueConstraint("client_id", "name", name="uq_accounts_client_name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    state: Mapped[str] = mapped_column(String(30), default=AccountState.NEW)
    last_success_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_error: Mapped[str | None] = mapped_column(Text)
    taken_in: Mapped[int] = mapped_column(Integer, default=0)

    def __repr__(self) -> str:
        return f"AccountRow(id={self.id}, name={self.name!r}, kind={self.kind!r})"


class CaseRow(Base):
    """A case: the messages about one Amazon action against the account or a listing."""

    __tablename__ = "cases"
    __table_args__ = (
        # A client's cases open to new notices (grouping, intake.store.grouping).
        Index("ix_cases_client_grouping", "client_id", "grouping_state"),
        # The open cases with mail near a date (grouping a follow-up, intake.store.grouping).
        Index("ix_cases_client_grouping_updated", "client_id", "grouping_state", "updated_at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(300), default="")
    kind: Mapped[str] = mapped_column(String(20), default=CaseKind.NOTICE)
    #: Whether grouping joins new notices to it (``GroupingState``); not the status users see,
    #: which ``intake.cases.state`` derives from the timeline.
    grouping_state: Mapped[str] = mapped_column(String(40), default=GroupingState.OPEN)
    policy: Mapped[str | None] = mapped_column(String(60))
    marketplace: Mapped[str | None] = mapped_column(String(40))
    amazon_case_ids: Mapped[list[Any]] = mapped_column(default=list)
    asins: Mapped[list[Any]] = mapped_column(default=list)
    opened_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    merged_into_id: Mapped[int | None] = mapped_column(
        ForeignKey("cases.id", ondelete="SET NULL", name="fk_cases_merged_into")
    )
    team: Mapped[str | None] = mapped_column(String(320))  # Amazon address of its first notice
    last_outgoing_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_request_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    messages: Mapped[list[MessageRow]] = relationship(back_populates="case")

    def __repr__(self) -> str:
        return f"CaseRow(id={self.id}, client={self.client_id}, grouping={self.grouping_state!r})"


class MessageRow(Base):
    """One stored message: what parsing, classifying and extraction made of it."""

    __tablename__ = "messages"
    __table_args__ = (
        # Dedup on ingest: the same bytes, or the same Message-ID, are stored once per client.
        UniqueConstraint("client_id", "content_hash", name="uq_messages_client_hash"),
        UniqueConstraint("client_id", "message_id", name="uq_messages_client_msgid"),
        # Case timelines (intake case show) and thread lookups.
        Index("ix_messages_case_sent", "case_id", "sent_at"),
        Index("ix_messages_account_sent", "account_id", "sent_at"),
        # Each client's newest message (the web app's triage cache, worklists.client_stamps).
        Index("ix_messages_client_newest", "client_id", "id"),
        # The client's newest message (out-of-order detection, once per batch).
        Index("ix_messages_client_sent", "client_id", "sent_at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", ondelete="SET NULL"))
    content_hash: Mapped[str] = mapped_column(String(64))
    message_id: Mapped[str | None] = mapped_column(String(500))
    status: Mapped[str] = mapped_column(String(20), default=MessageStatus.OK)
    error: Mapped[str | None] = mapped_column(Text)
    outgoing: Mapped[bool] = mapped_column(Boolean, default=False)
    sender: Mapped[str] = mapped_column(String(320), default="")
    sender_name: Mapped[str] = mapped_column(String(320), default="")
    recipients: Mapped[list[Any]] = mapped_column(default=list)
    subject: Mapped[str] = mapped_column(Text, default="")
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    in_reply_to: Mapped[str | None] = mapped_column(String(500))
    references: Mapped[list[Any]] = mapped_column(default=list)
    headers: Mapped[list[Any]] = mapped_column(default=list)
    text: Mapped[str] = mapped_column(Text, default="")
    from_html: Mapped[bool] = mapped_column(Boolean, default=False)
    attachments: Mapped[list[Any]] = mapped_column(default=list)
    defects: Mapped[list[Any]] = mapped_column(default=list)
    label: Mapped[str] = mapped_column(String(40), default=Label.OTHER)
    confidence: Mapped[float] = mapped_column(Float, default=0.0)
    scores: Mapped[dict[str, Any]] = mapped_column(default=dict)
    needs_review: Mapped[bool] = mapped_column(Boolean, default=False)
    model_version: Mapped[str] = mapped_column(String(80), default="")
    label_source: Mapped[str] = mapped_column(String(20), default=LabelSource.MODEL)
    case_source: Mapped[str] = mapped_column(
        String(20), default=CaseSource.AUTO, server_default=CaseSource.AUTO.value
    )
    case_reason: Mapped[str | None] = mapped_column(Text)  # "joined case 12: same thread"
    case_uncertain: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    resent_of_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id", ondelete="SET NULL"))
    resent_key: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
    facts: Mapped[dict[str, Any]] = mapped_column(default=dict)
    authenticity: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    case: Mapped[CaseRow | None] = relationship(back_populates="messages")

    def __repr__(self) -> str:
        return f"MessageRow(id={self.id}, message_id={self.message_id!r}, label={self.label!r})"


class CaseKeyRow(Base):
    """One thing a case names (an ASIN, a complaint ID, a subject...): grouping's index.

    Grouping looks a message's keys up here instead of scanning every case of
    the client (``intake.store.grouping``); rebuilt by regrouping.
    """

    __tablename__ = "case_keys"
    __table_args__ = (
        UniqueConstraint("case_id", "kind", "value", name="uq_case_keys_case_kind_value"),
        # The cases naming a key (grouping, per message).
        Index("ix_case_keys_lookup", "client_id", "kind", "value"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(12))  # intake.cases.clues.KEY_NAMES
    value: Mapped[str] = mapped_column(String(200))

    def __repr__(self) -> str:
        return f"CaseKeyRow(case_id={self.case_id}, {self.kind}={self.value!r})"


class RawMessageRow(Base):
    """The untouched bytes of a message, zlib-compressed, for reprocessing.

    On PostgreSQL ``data`` is stored ``EXTERNAL`` (migration 0012): pglz cannot
    shrink zlib output, so trying was CPU for nothing.
    """

    __tablename__ = "raw_messages"
    message_pk: Mapped[int] = mapped_column(
        ForeignKey("messages.id", ondelete="CASCADE"), primary_key=True
    )
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)

    def __repr__(self) -> str:
        return f"RawMessageRow(message_pk={self.message_pk}, size={self.size})"


class MessageSourceRow(Base):
    """Where a message was seen: an IMAP folder position or a file path."""

    __tablename__ = "message_sources"
    __table_args__ = (
        # Exactly-once per IMAP position, whatever the message's content.
        UniqueConstraint(
            "account_id", "folder", "uidvalidity", "uid", name="uq_sources_imap_position"
        ),
        Index("ix_sources_message", "message_pk"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(10))
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))
    folder: Mapped[str | None] = mapped_column(String(300))
    uidvalidity: Mapped[int | None] = mapped_column(BigInteger)
    uid: Mapped[int | None] = mapped_column(BigInteger)
    path: Mapped[str | None] = mapped_column(Text)
    seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    def __repr__(self) -> str:
        return f"MessageSourceRow(message_pk={self.message_pk}, kind={self.kind!r})"


class InboxRow(Base):
    """Raw mail taken in and not analysed yet: the queue between a source and the analysis.

    A source writes its batch here with its checkpoint in one transaction, without
    parsing; the analysis drains a client's rows in ``id`` order (the order they were
    taken in) and deletes them in the transaction that stores their results
    (``intake.ingest.drain``). ``data`` is the raw bytes as fetched: compressing them
    was two thirds of taking in (bench/imap_backfill.py), so the analysis workers do it,
    on every core. A row with ``compressed`` set holds them compressed as
    ``RawMessageRow.data`` does, and they move there as they are. A row with
    ``failed_at`` set could not be stored even quarantined: it is out of the live
    queue, kept with its ``error`` and ``attempts`` until ``intake analyse
    --retry-failed`` puts it back. On PostgreSQL ``data`` is stored ``EXTERNAL``
    (migration 0012): compressing a row about to be drained and deleted was a third
    of PostgreSQL's CPU per message.
    """

    __tablename__ = "inbox"
    __table_args__ = (Index("ix_inbox_client_order", "client_id", "id"),)
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(10))
    folder: Mapped[str | None] = mapped_column(String(300))
    uidvalidity: Mapped[int | None] = mapped_column(BigInteger)
    uid: Mapped[int | None] = mapped_column(BigInteger)
    path: Mapped[str | None] = mapped_column(Text)
    internaldate: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    outgoing: Mapped[bool] = mapped_column(Boolean, default=False)
    full_size: Mapped[int | None] = mapped_column(BigInteger)
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    compressed: Mapped[bool] = mapped_column(Boolean, default=False)
    taken_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    failed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    error: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    def __repr__(self) -> str:
        return f"InboxRow(id={self.id}, client_id={self.client_id}, kind={self.kind!r})"


class CheckpointRow(Base):
    """The highest IMAP UID committed per account and folder, under one UIDVALIDITY."""

    __tablename__ = "imap_checkpoints"
    account_id: Mapped[int] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True
    )
    folder: Mapped[str] = mapped_column(String(300), primary_key=True)
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    last_uid: Mapped[int] = mapped_column(BigInteger, default=0)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    def __repr__(self) -> str:
        return f"CheckpointRow({self.account_id}, {self.folder!r}, {self.last_uid})"


class CorrectionRow(Base):
    """A person's label for a message; joins the training data on the next train."""

    __tablename__ = "corrections"
    id: Mapped[int] = mapped_column(primary_key=True)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"))
    label: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    def __repr__(self) -> str:
        return f"CorrectionRow(message_pk={self.message_pk}, label={self.label!r})"


class CaseEventRow(Base):
    """Something a person did or recorded on a case: a logged appeal, a merge, a close..."""

    __tablename__ = "case_events"
    # A case's timeline (intake case show).
    __table_args__ = (Index("ix_case_events_case", "case_id", "at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(30))  # intake.cases.kinds.EventKind
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    note: Mapped[str] = mapped_column(Text, default="")
    message_pk: Mapped[int | None] = mapped_column(ForeignKey("messages.id", ondelete="SET NULL"))
    actor: Mapped[str | None] = mapped_column(String(100))  # the web user; None: the CLI

    def __repr__(self) -> str:
        return f"CaseEventRow(case_id={self.case_id}, kind={self.kind!r})"


class DraftRow(Base):
    """A rendered reply for a case's message; versions accumulate, none is ever sent by intake."""

    __tablename__ = "drafts"
    __table_args__ = (
        # The latest draft of a case (intake draft, digests).
        Index("ix_drafts_case_version", "case_id", "version"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    message_pk: Mapped[int | None] = mapped_column(ForeignKey("messages.id", ondelete="SET NULL"))
    version: Mapped[int] = mapped_column(Integer)
    template: Mapped[str] = mapped_column(String(100))
    subject: Mapped[str] = mapped_column(Text, default="")
    to_addr: Mapped[str] = mapped_column(String(320), default="")
    in_reply_to: Mapped[str | None] = mapped_column(String(500))
    references: Mapped[list[Any]] = mapped_column(default=list)
    body: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    appended_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    def __repr__(self) -> str:
        return f"DraftRow(case_id={self.case_id}, version={self.version}, {self.template!r})"


class SendLedgerRow(Base):
    """One outgoing digest or alert: written before sending, so each goes out exactly once."""

    __tablename__ = "send_ledger"
    __table_args__ = (UniqueConstraint("key", name="uq_send_ledger_key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(300))  # e.g. digest:acme:2026-03-02
    kind: Mapped[str] = mapped_column(String(20))  # digest | alert
    client: Mapped[str | None] = mapped_column(String(100))
    recipient: Mapped[str] = mapped_column(String(320), default="")
    status: Mapped[str] = mapped_column(String(20), default=LedgerState.PENDING)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    message: Mapped[bytes | None] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    def __repr__(self) -> str:
        return f"SendLedgerRow({self.key!r}, {self.status!r})"


class WorkerRow(Base):
    """A running ``intake run`` process; a row whose heartbeat stopped is a dead worker."""

    __tablename__ = "workers"
    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    host: Mapped[str] = mapped_column(String(255))
    pid: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    heartbeat_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    def __repr__(self) -> str:
        return f"WorkerRow({self.name!r}, pid={self.pid})"


class AccountLeaseRow(Base):
    """Which worker may poll an IMAP account (``client/name``) until ``expires_at``."""

    __tablename__ = "account_leases"
    __table_args__ = (Index("ix_account_leases_holder", "holder"),)
    account: Mapped[str] = mapped_column(String(300), primary_key=True)
    holder: Mapped[str] = mapped_column(String(200))
    acquired_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    def __repr__(self) -> str:
        return f"AccountLeaseRow({self.account!r}, {self.holder!r})"


class UserRow(Base):
    """A person who signs in to ``intake web``; only an argon2 hash of the password is kept."""

    __tablename__ = "users"
    __table_args__ = (UniqueConstraint("name", name="uq_users_name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(20))  # admin | consultant | seller
    password_hash: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    def __repr__(self) -> str:
        return f"UserRow(id={self.id}, name={self.name!r}, role={self.role!r})"


class UserClientRow(Base):
    """A client a seller or consultant may see (by client name, so it can precede the mail)."""

    __tablename__ = "user_clients"
    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    client: Mapped[str] = mapped_column(String(100), primary_key=True)

    def __repr__(self) -> str:
        return f"UserClientRow({self.user_id}, {self.client!r})"


class CaseOwnerRow(Base):
    """Who works a case now; one owner per case, set from the web app."""

    __tablename__ = "case_owners"
    case_id: Mapped[int] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))

    def __repr__(self) -> str:
        return f"CaseOwnerRow(case_id={self.case_id}, user_id={self.user_id})"
