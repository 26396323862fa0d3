"""Take an IMAP account's new mail in, exactly once, and record how it went.

For each watched folder: read the checkpoint (UIDVALIDITY, highest UID
committed), fetch the batches above it, and for each batch take the raw mail
in (``intake.store.inbox``: no parsing, at fetch speed) and move the
checkpoint IN THE SAME TRANSACTION. A crash therefore leaves a batch fully
taken in with its checkpoint, or neither; the next poll fetches it again.
``poll_account`` then analyses what is waiting (``intake.ingest.drain``),
unless told to take in only; ``intake run`` analyses in a thread of its own.
A UIDVALIDITY change resyncs the folder from UID 1, and the analysis's dedup
(Message-ID, content hash) stores nothing twice.

Each poll records the account's state for ``intake status``: ``ok``,
``uidvalidity_reset`` (a resync happened), ``auth_failed``, ``unreachable``,
``tls_error``, ``source_error`` (the server refused a command, e.g. a
missing folder) or ``config_error`` (the account's config cannot work).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import insert, or_, select, update
from sqlalchemy.orm import Session

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
from intake.ingest.ahead import read_ahead
from intake.sources.imap import Checkpoint, FetchedBatch, Mailbox, open_mailbox
from intake.sources.states import AccountState
from intake.store import Store, inbox, repo
from intake.store.models import AccountRow, CheckpointRow, ClientRow
from intake.store.walcopy import wal_copied
from intake.timeutil import as_utc, utcnow

if TYPE_CHECKING:  # the analysis loads the fact extractors: imported when mail is analysed
    from intake.analyse.classifier import Classifier
    from intake.ingest.drain import DrainReport
    from intake.ingest.pipeline import Outcome

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
    """What one poll did in one folder: taken in, then (unless told not to) analysed.

    ``stored`` and ``duplicates`` count the folder's mail the poll's analysis
    stored; they are 0 after taking in only.
    """

    folder: str
    stored: int
    duplicates: int
    skipped: int
    resync: bool
    last_uid: int
    taken_in: int = 0


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

    @property
    def taken_in(self) -> int:
        """Messages taken in (fetched and queued for analysis) by this poll."""
        return sum(folder.taken_in for folder in self.folders)

    def to_dict(self) -> dict[str, object]:
        """The ``intake poll --json`` object for this account."""
        return {
            "client": self.target.client,
            "account": self.target.account.name,
            "state": self.state,
            "stored": self.stored,
            "taken_in": self.taken_in,
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
    """How to poll: the classifier, a backfill limit, a stop flag and a progress hook.

    ``take_in_only`` leaves the mail taken in waiting for ``intake analyse`` (or
    the daemon's analysis). ``classifier`` may be a function giving it, called
    only when mail is waiting for analysis (loading the model is most of a short
    poll's start-up). ``on_analysed(done)`` reports the analysis's progress.
    """

    classifier: Classifier | Callable[[], Classifier] | None
    since: date | None = None
    should_stop: Callable[[], bool] = lambda: False
    on_batch: BatchListener | None = None
    # Called with each committed chunk's outcomes (drafts.auto:
    # intake.drafts.service.drafting_hook).
    after_commit: Callable[[list[Outcome]], None] | None = None
    take_in_only: bool = False
    on_analysed: Callable[[int], None] | None = None


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
    """Connect, take in every watched folder's new mail, analyse it, record the account's state.

    The client's waiting mail is analysed even when taking in failed part-way
    (what was taken in stays taken in), unless ``options.take_in_only``.
    Source and config failures are recorded and returned in the report
    (``error`` set); database failures propagate as ``StoreError``.
    """
    committed = Committed()
    failure: SourceError | ConfigError | None = None
    try:
        account = resolved_account(config, target.account)
        credential = resolve_credential(account, config.source)
        with open_mailbox(
            account, config.imap, credential, config.ingest.max_message_bytes
        ) as mailbox:
            report = sync_mailbox(store, mailbox, target, options, committed)
    except (SourceError, ConfigError) as err:
        failure, report = err, PollReport(target, state_for(err), committed.folders)
    if not options.take_in_only:
        report = with_analysis(store, report, analyse_waiting(store, [target.client], options))
    if failure is not None:
        return record_failure(store, target, failure, report.folders)
    record_success(store, report)
    return report


def analyse_waiting(store: Store, clients: list[str], options: PollOptions) -> DrainReport:
    """Analyse the clients' waiting mail (``intake.ingest.drain``) with the poll's hooks."""
    from intake.ingest.drain import DrainOptions, drain  # taking in only never needs it

    done = 0

    def progress(_result: object, size: int) -> None:
        nonlocal done
        done += size
        if options.on_analysed is not None:
            options.on_analysed(done)

    assert options.classifier is not None, "analysing needs the classifier"
    drain_options = DrainOptions(
        clients=clients,
        should_stop=options.should_stop,
        on_chunk=progress,
        after_commit=options.after_commit,
    )
    return drain(store, options.classifier, drain_options)


def with_analysis(store: Store, report: PollReport, drained: DrainReport) -> PollReport:
    """The report with each folder's stored and duplicate counts from the analysis."""
    account_id = _account_id(store, report.target)
    folders = []
    for folder in report.folders:
        stored, duplicates = drained.counts(account_id, folder.folder)
        folders.append(replace(folder, stored=stored, duplicates=duplicates))
    return replace(report, folders=tuple(folders))


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
    """Take one folder's new mail in, batch by batch, each batch with its checkpoint.

    The next batch is fetched while one is written (``intake.ingest.ahead``).
    ``committed`` is told the folder's counts after every commit.
    """
    with store.session() as session:
        checkpoint = load_checkpoint(session, account_id, folder)
        client_id = repo.ensure_client(session, target.client, target.client_display)
    taken = skipped = 0
    resync = False
    last_uid = checkpoint.last_uid if checkpoint else 0
    fetched = mailbox.fetch_new(folder, checkpoint, since=options.since, outgoing=outgoing)
    with (
        read_ahead(fetched, f"fetch {target.label} {folder}") as batches,
        wal_copied(store.engine) as copier,
    ):
        for batch in batches:
            taken += take_in_batch(store, client_id, account_id, batch)
            if copier is not None:
                copier.committed(sum(len(message.raw) for message in batch.messages))
            if batch.resync and not resync:
                log.warning(
                    "%s %s: UIDVALIDITY changed; resyncing from UID 1", target.label, folder
                )
            skipped, resync = skipped + batch.skipped, resync or batch.resync
            last_uid = batch.checkpoint.last_uid
            if committed is not None:
                committed.note(FolderReport(folder, 0, 0, skipped, resync, last_uid, taken))
            if options.on_batch is not None:
                options.on_batch(target, batch)
            if options.should_stop():
                break
    if taken:
        log.info("%s %s: %d new message(s) taken in", target.label, folder, taken)
    return FolderReport(folder, 0, 0, skipped, resync, last_uid, taken)


def take_in_batch(store: Store, client_id: int, account_id: int, batch: FetchedBatch) -> int:
    """Queue a batch's raw mail and move its folder's checkpoint in ONE transaction.

    Nothing is parsed: the analysis reads it from the inbox later. If anything
    fails, neither the mail nor the checkpoint is committed, so the batch is
    fetched again. Returns how many messages were taken in.
    """
    with store.session() as session:
        inbox.take_in(session, client_id, account_id, batch.messages, ids=False)
        save_checkpoint(session, account_id, batch.folder, batch.checkpoint)
    return len(batch.messages)


def load_checkpoint(session: Session, account_id: int, folder: str) -> Checkpoint | None:
    """The folder's committed checkpoint, or None before its first batch."""
    table = CheckpointRow.core_table()
    row = session.execute(
        select(table.c.uidvalidity, table.c.last_uid).where(
            table.c.account_id == account_id, table.c.folder == folder
        )
    ).first()
    return Checkpoint(row.uidvalidity, row.last_uid) if row else None


def save_checkpoint(session: Session, account_id: int, folder: str, point: Checkpoint) -> None:
    """Move the folder's checkpoint (in the caller's transaction, with the batch).

    Under one UIDVALIDITY it only moves forward, so a ``poll`` and a ``run``
    racing on the same account can cost a re-fetch but never a message. One
    UPDATE that says so in its WHERE clause; the row is looked for (and made) only
    when it moved nothing: the ORM's read-then-flush of every batch was a tenth of
    the writer's CPU. Like every statement of taking in, Core, not ORM (``repo``).
    """
    table = CheckpointRow.core_table()
    moved = session.execute(
        update(table)
        .where(table.c.account_id == account_id, table.c.folder == folder)
        .where(or_(table.c.uidvalidity != point.uidvalidity, table.c.last_uid < point.last_uid))
        .values(uidvalidity=point.uidvalidity, last_uid=point.last_uid, updated_at=utcnow())
    )
    if getattr(moved, "rowcount", 0) or load_checkpoint(session, account_id, folder):
        return
    session.execute(
        insert(table).values(
            account_id=account_id,
            folder=folder,
            uidvalidity=point.uidvalidity,
            last_uid=point.last_uid,
        )
    )


def _account_id(store: Store, target: AccountTarget) -> int:
    with store.session() as session:
        client_id = repo.ensure_client(session, target.client, target.client_display)
        return repo.ensure_account(session, client_id, target.account.name, "imap")


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
        _update_account(session, target, state=state, last_error=message)
    return PollReport(target, state, folders, error=message)


def record_success(store: Store, report: PollReport) -> None:
    """Store the state of a completed poll; its time if any folder was taken in."""
    changes: dict[str, object] = {"state": report.state}
    if report.error:
        changes["last_error"] = report.error
    if report.folders:
        changes["last_success_at"] = utcnow()
    with store.session() as session:
        _update_account(session, report.target, **changes)


def _update_account(session: Session, target: AccountTarget, **changes: object) -> None:
    client_id = repo.ensure_client(session, target.client, target.client_display)
    account_id = repo.ensure_account(session, client_id, target.account.name, "imap")
    table = AccountRow.core_table()
    session.execute(update(table).where(table.c.id == account_id).values(**changes))


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
