"""Take an IMAP account's new mail in, exactly once, and record how it went.

For each watched folder: read the checkpoint (UIDVALIDITY, highest UID
committed), fetch the batches above it, and for each batch run the pipeline
and move the checkpoint IN THE SAME TRANSACTION. A crash therefore leaves a
batch fully stored with its checkpoint, or neither; the next poll fetches it
again. A UIDVALIDITY change resyncs the folder from UID 1, and the
pipeline's dedup (Message-ID, content hash) stores nothing twice.

Each poll records the account's state for ``intake status``: ``ok``,
``uidvalidity_reset`` (a resync happened), ``auth_failed``, ``unreachable``,
``tls_error``, ``source_error`` (the server refused a command, e.g. a
missing folder) or ``config_error`` (the account's config cannot work).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from contextlib import closing
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from intake.analyse.classifier import Classifier
from intake.analyse.pool import analysed_ahead
from intake.analyse.stages import Analysis
from intake.config import Config, ImapAccount
from intake.config.secrets import resolve_credential
from intake.errors import (
    AuthError,
    ConfigError,
    InputError,
    SourceError,
    TLSError,
    UnreachableError,
)
from intake.ingest.pipeline import IngestContext, Outcome, process_batch, store_analyses
from intake.mail.notice import RawMessage
from intake.sources.imap import Checkpoint, FetchedBatch, Mailbox, open_mailbox
from intake.sources.states import AccountState
from intake.store import Store, repo
from intake.store.models import AccountRow, CheckpointRow, ClientRow
from intake.store.regrouping import regroup
from intake.timeutil import as_utc, utcnow

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AccountTarget:
    """An IMAP account and the client (seller business) its mail belongs to."""

    client: str
    client_display: str
    account: ImapAccount

    @property
    def label(self) -> str:
        """``client/account``, as logs and the CLI name it."""
        return f"{self.client}/{self.account.name}"


@dataclass(frozen=True)
class FolderReport:
    """What one poll did in one folder."""

    folder: str
    stored: int
    duplicates: int
    skipped: int
    resync: bool
    last_uid: int
    out_of_order: bool = False  # some mail was older than mail already stored


@dataclass(frozen=True)
class PollReport:
    """What one poll of an account did; ``error`` is set when it failed."""

    target: AccountTarget
    state: str
    folders: tuple[FolderReport, ...] = ()
    error: str | None = None

    @property
    def stored(self) -> int:
        """Messages newly stored in this poll, all folders together."""
        return sum(folder.stored for folder in self.folders)

    def to_dict(self) -> dict[str, object]:
        """The ``intake poll --json`` object for this account."""
        return {
            "client": self.target.client,
            "account": self.target.account.name,
            "state": self.state,
            "stored": self.stored,
            "duplicates": sum(folder.duplicates for folder in self.folders),
            "skipped": sum(folder.skipped for folder in self.folders),
            "folders": {folder.folder: folder.last_uid for folder in self.folders},
            "error": self.error,
        }


BatchListener = Callable[[AccountTarget, FetchedBatch], None]


class Committed:
    """Each folder's counts as of its last committed batch, so a poll that fails part-way
    still reports what it stored (those batches stay stored)."""

    def __init__(self) -> None:
        self._folders: dict[str, FolderReport] = {}

    def note(self, report: FolderReport) -> None:
        """Record a folder's counts after a commit."""
        self._folders[report.folder] = report

    @property
    def folders(self) -> tuple[FolderReport, ...]:
        """The folders with at least one committed batch, in the order first seen."""
        return tuple(self._folders.values())


@dataclass(frozen=True)
class PollOptions:
    """How to poll: the classifier, a backfill limit, a stop flag and a progress hook."""

    classifier: Classifier
    since: date | None = None
    should_stop: Callable[[], bool] = lambda: False
    on_batch: BatchListener | None = None
    # Called with each committed batch's outcomes (drafts.auto:
    # intake.drafts.service.drafting_hook).
    after_commit: Callable[[list[Outcome]], None] | None = None


def configured_accounts(config: Config, name: str | None = None) -> list[AccountTarget]:
    """Every configured IMAP account (or only ``name``), with its client.

    Raises ``InputError`` when ``name`` is given and no account has it.
    """
    targets = [
        AccountTarget(client_name, client.name or client_name, account)
        for client_name, client in sorted(config.clients.items())
        for account in client.accounts
    ]
    if name is None:
        return targets
    chosen = [t for t in targets if name in (t.account.name, t.label)]
    if not chosen:
        known = ", ".join(t.label for t in targets) or "none configured"
        raise InputError(f"unknown account {name!r} (accounts: {known})")
    return chosen


def poll_account(
    store: Store, config: Config, target: AccountTarget, options: PollOptions
) -> PollReport:
    """Connect, take in every watched folder's new mail, record the account's state.

    Source and config failures are recorded and returned in the report
    (``error`` set); database failures propagate as ``StoreError``.
    """
    committed = Committed()
    try:
        account = resolved_account(config, target.account)
        credential = resolve_credential(account, config.source)
        with open_mailbox(
            account, config.imap, credential, config.ingest.max_message_bytes
        ) as mailbox:
            report = sync_mailbox(store, mailbox, target, options, committed)
    except (SourceError, ConfigError) as err:
        return record_failure(store, target, err, committed.folders)
    record_success(store, report)
    return report


def resolved_account(config: Config, account: ImapAccount) -> ImapAccount:
    """The account with ``ca_file`` resolved against the config file's folder."""
    if not account.ca_file:
        return account
    return replace(account, ca_file=str(config.resolve(account.ca_file)))


def sync_mailbox(
    store: Store,
    mailbox: Mailbox,
    target: AccountTarget,
    options: PollOptions,
    committed: Committed | None = None,
) -> PollReport:
    """Take in every watched folder (Sent folders as outgoing) on an open mailbox.

    A folder the server refuses (e.g. a misspelt Sent folder) is reported as
    ``source_error`` without stopping the other folders; losing the
    connection, the login or TLS still ends the whole poll.
    """
    account = target.account
    account_id = _account_id(store, target)
    watched = [(f, False) for f in account.folders] + [(f, True) for f in account.sent_folders]
    reports, errors = [], []
    for folder, outgoing in watched:
        if options.should_stop():
            break
        try:
            reports.append(
                sync_folder(
                    store, mailbox, target, account_id, folder, outgoing, options, committed
                )
            )
        except SourceError as err:
            if type(err) is not SourceError:
                raise
            errors.append(str(err))
    if any(report.out_of_order for report in reports):
        regroup(store, target.client)  # cases must not depend on the order mail arrived in
    resynced = any(report.resync for report in reports)
    state = (
        AccountState.SOURCE_ERROR
        if errors
        else AccountState.UIDVALIDITY_RESET
        if resynced
        else AccountState.OK
    )
    return PollReport(target, state, tuple(reports), error="; ".join(errors) or None)


def sync_folder(
    store: Store,
    mailbox: Mailbox,
    target: AccountTarget,
    account_id: int,
    folder: str,
    outgoing: bool,
    options: PollOptions,
    committed: Committed | None = None,
) -> FolderReport:
    """Fetch and store one folder's new mail, batch by batch, each batch with its checkpoint.

    ``committed`` is told the folder's counts after every commit.
    """
    context = IngestContext(
        client=target.client,
        client_display_name=target.client_display,
        classifier=options.classifier,
        account=target.account.name,
    )
    with store.session() as session:
        checkpoint = load_checkpoint(session, account_id, folder)
    stored = duplicates = skipped = 0
    resync = out_of_order = False
    last_uid = checkpoint.last_uid if checkpoint else 0
    batches = mailbox.fetch_new(folder, checkpoint, since=options.since, outgoing=outgoing)
    with closing(analysed_ahead(batches, options.classifier, _messages_of)) as analysed:
        for batch, analyses in analysed:
            new, repeated, late = store_batch(
                store, account_id, batch, context, options.after_commit, analyses
            )
            out_of_order |= late
            if batch.resync and not resync:
                log.warning("%s %s: UIDVALIDITY changed; resyncing from UID 1", target.label,
                            folder)  # fmt: skip
            stored, duplicates = stored + new, duplicates + repeated
            skipped, resync = skipped + batch.skipped, resync or batch.resync
            last_uid = batch.checkpoint.last_uid
            if committed is not None:
                committed.note(FolderReport(folder, stored, duplicates, skipped, resync, last_uid,
                                            out_of_order))  # fmt: skip
            if options.on_batch is not None:
                options.on_batch(target, batch)
            if options.should_stop():
                break
    if stored:
        log.info("%s %s: %d new message(s) stored", target.label, folder, stored)
    return FolderReport(folder, stored, duplicates, skipped, resync, last_uid, out_of_order)


def store_batch(
    store: Store,
    account_id: int,
    batch: FetchedBatch,
    context: IngestContext,
    after_commit: Callable[[list[Outcome]], None] | None = None,
    analyses: Sequence[Analysis] | None = None,
) -> tuple[int, int, bool]:
    """Run the pipeline on a batch and move its folder's checkpoint in ONE transaction.

    Returns (newly stored, already stored, whether mail arrived out of date
    order). If anything fails, neither the messages nor the checkpoint are
    committed, so the batch is fetched again.
    ``after_commit`` gets the batch's outcomes once they are committed.
    ``analyses`` are the batch's pure stages when already run (``analysed_ahead``).
    """
    with store.session() as session:
        if not batch.messages:
            result = None
        elif analyses is not None:
            result = store_analyses(session, analyses, context)
        else:
            result = process_batch(session, batch.messages, context)
        stored = result.stored if result else 0
        save_checkpoint(session, account_id, batch.folder, batch.checkpoint)
        _count_taken_in(session, account_id, stored)
    if after_commit is not None and result is not None:
        after_commit(result.outcomes)
    return stored, result.duplicates if result else 0, bool(result and result.out_of_order)


def _messages_of(batch: FetchedBatch) -> Sequence[RawMessage]:
    return batch.messages


def load_checkpoint(session: Session, account_id: int, folder: str) -> Checkpoint | None:
    """The folder's committed checkpoint, or None before its first batch."""
    row = session.get(CheckpointRow, (account_id, folder))
    return Checkpoint(row.uidvalidity, row.last_uid) if row else None


def save_checkpoint(session: Session, account_id: int, folder: str, point: Checkpoint) -> None:
    """Move the folder's checkpoint (in the caller's transaction, with the batch).

    Under one UIDVALIDITY it only moves forward, so a ``poll`` and a ``run``
    racing on the same account can cost a re-fetch but never a message.
    """
    row = session.get(CheckpointRow, (account_id, folder))
    if row is None:
        session.add(
            CheckpointRow(
                account_id=account_id,
                folder=folder,
                uidvalidity=point.uidvalidity,
                last_uid=point.last_uid,
            )
        )
        return
    if row.uidvalidity == point.uidvalidity and row.last_uid >= point.last_uid:
        return
    row.uidvalidity, row.last_uid, row.updated_at = point.uidvalidity, point.last_uid, utcnow()


def _account_id(store: Store, target: AccountTarget) -> int:
    with store.session() as session:
        client_id = repo.ensure_client(session, target.client, target.client_display)
        return repo.ensure_account(session, client_id, target.account.name, "imap")


def _count_taken_in(session: Session, account_id: int, count: int) -> None:
    if count:
        session.execute(
            update(AccountRow)
            .where(AccountRow.id == account_id)
            .values(taken_in=AccountRow.taken_in + count)
        )


def state_for(err: Exception) -> str:
    """The account state an error means."""
    if isinstance(err, AuthError):
        return AccountState.AUTH_FAILED
    if isinstance(err, TLSError):
        return AccountState.TLS_ERROR
    if isinstance(err, UnreachableError):
        return AccountState.UNREACHABLE
    return AccountState.CONFIG_ERROR if isinstance(err, ConfigError) else AccountState.SOURCE_ERROR


def record_failure(
    store: Store,
    target: AccountTarget,
    err: Exception,
    folders: tuple[FolderReport, ...] = (),
) -> PollReport:
    """Store the failed state and error line (no secret is ever in it).

    ``folders`` are the counts of the batches committed before the failure,
    so the report says what was stored. The caller tells the user: `intake
    poll` prints it, the daemon logs it.
    """
    state = state_for(err)
    message = str(err)
    with store.session() as session:
        row = _account_row(session, target)
        row.state, row.last_error = state, message
    return PollReport(target, state, folders, error=message)


def record_success(store: Store, report: PollReport) -> None:
    """Store the state of a completed poll; its time if any folder was taken in."""
    with store.session() as session:
        row = _account_row(session, report.target)
        row.state = report.state
        if report.error:
            row.last_error = report.error
        if report.folders:
            row.last_success_at = utcnow()


def _account_row(session: Session, target: AccountTarget) -> AccountRow:
    client_id = repo.ensure_client(session, target.client, target.client_display)
    account_id = repo.ensure_account(session, client_id, target.account.name, "imap")
    row = session.get(AccountRow, account_id)
    assert row is not None  # just ensured
    return row


@dataclass(frozen=True)
class AccountStatus:
    """One account's line in ``intake status``."""

    client: str
    account: str
    host: str
    state: str
    last_success_at: datetime | None
    last_error: str | None
    taken_in: int
    folders: tuple[tuple[str, int, int], ...]  # (folder, uidvalidity, last_uid)

    def to_dict(self) -> dict[str, object]:
        """The ``intake status --json`` object."""
        return {
            "client": self.client,
            "account": self.account,
            "host": self.host,
            "state": self.state,
            "last_success_at": self.last_success_at,
            "last_error": self.last_error,
            "taken_in": self.taken_in,
            "folders": [
                {"folder": name, "uidvalidity": validity, "last_uid": uid}
                for name, validity, uid in self.folders
            ],
        }


def account_statuses(session: Session, targets: list[AccountTarget]) -> list[AccountStatus]:
    """The recorded state of each configured account; ``new`` when never polled."""
    statuses = []
    for target in targets:
        row = session.scalar(
            select(AccountRow)
            .join(ClientRow, ClientRow.id == AccountRow.client_id)
            .where(ClientRow.name == target.client, AccountRow.name == target.account.name)
        )
        statuses.append(_status(session, target, row))
    return statuses


def _status(session: Session, target: AccountTarget, row: AccountRow | None) -> AccountStatus:
    account = target.account
    if row is None:
        return AccountStatus(
            target.client, account.name, account.host, AccountState.NEW, None, None, 0, ()
        )
    points = session.scalars(
        select(CheckpointRow).where(CheckpointRow.account_id == row.id).order_by("folder")
    ).all()
    return AccountStatus(
        client=target.client,
        account=account.name,
        host=account.host,
        state=row.state,
        last_success_at=as_utc(row.last_success_at),
        last_error=row.last_error,
        taken_in=row.taken_in,
        folders=tuple((p.folder, p.uidvalidity, p.last_uid) for p in points),
    )
