"""Analyse the mail waiting in the inbox, client by client, in the order it was taken in.

For each client with mail waiting that this process may drain
(``intake.store.inbox.claimed``): read the next chunk of waiting rows, run the
pure stages on it (``intake.analyse.pool.analysed_ahead``: the next chunk is
analysed in a worker process while this one is stored), then in ONE
transaction store the results (``store_analyses``: duplicates, quarantine,
resent, grouping in order) and delete the chunk's rows from the inbox. A crash
before that commit leaves the rows waiting: they are analysed, once, by the
next drain. Rows another process stored meanwhile (SQLite) are skipped.

A chunk is stored first without a SAVEPOINT per message (most chunks store
cleanly, and the savepoints were about a fifth of storing's CPU); when that fails,
it is rolled back and stored again with one per message, so that a message
that cannot be stored is quarantined alone, as before.
A chunk whose storing fails outright (a message that cannot even be
quarantined: the database refuses its raw bytes) is stored again in halves,
down to that one message, which is set aside (``inbox.set_aside``: kept as
failed with the reason, out of the live queue, so no later drain retries it);
the rest of the client's mail goes on, and the failure is raised once every
chosen client was drained. A lost database connection stops the drain at once.

When some mail was older than mail already stored, the client is regrouped
once at the end, as a backfill always was.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from itertools import groupby

from sqlalchemy import update
from sqlalchemy.orm import Session

from intake.analyse.classifier import Classifier
from intake.analyse.pool import analysed_ahead
from intake.analyse.stages import Analysis
from intake.errors import StoreError
from intake.ingest.pipeline import BatchResult, IngestContext, Outcome, store_analyses
from intake.ingest.quarantine import connection_lost, failure_reason
from intake.mail.notice import RawMessage
from intake.store import Store, inbox, repo
from intake.store.inbox import Waiting
from intake.store.models import AccountRow, ClientRow
from intake.store.regrouping import regroup

log = logging.getLogger(__name__)

DEFAULT_CHUNK = 100  # messages analysed and stored per transaction


@dataclass(frozen=True)
class Drained:
    """One analysed message: whose, where it waited, and what storing it did."""

    client: str
    inbox_id: int
    account_id: int | None
    folder: str | None
    outcome: Outcome


@dataclass
class DrainReport:
    """What a drain analysed, in order; ``busy`` names clients another process was draining."""

    drained: list[Drained] = field(default_factory=list)
    busy: list[str] = field(default_factory=list)
    regrouped: set[str] = field(default_factory=set)

    @property
    def outcomes(self) -> list[Outcome]:
        """Every analysed message's outcome, in the order taken in."""
        return [item.outcome for item in self.drained]

    def counts(self, account_id: int, folder: str) -> tuple[int, int]:
        """(newly stored, already stored) among one IMAP folder's drained messages."""
        mine = [d.outcome for d in self.drained if (d.account_id, d.folder) == (account_id, folder)]
        new = sum(1 for outcome in mine if not outcome.duplicate)
        return new, len(mine) - new


@dataclass(frozen=True)
class DrainOptions:
    """How to drain: which clients (None: all), chunk size, a stop flag and hooks.

    ``on_chunk(result, size)`` is called after each committed chunk (progress);
    ``after_commit`` with its outcomes (``drafts.auto``). ``chunks_per_client``
    bounds one pass over a client, so a long backfill of one client does not keep
    another's new mail waiting (``intake run`` drains again at once). ``helper``
    False keeps the analysis in this process (``intake run --jobs 1``).
    """

    clients: Sequence[str] | None = None
    chunk: int = DEFAULT_CHUNK
    should_stop: Callable[[], bool] = lambda: False
    on_chunk: Callable[[BatchResult, int], None] | None = None
    after_commit: Callable[[list[Outcome]], None] | None = None
    chunks_per_client: int | None = None
    helper: bool = True


@dataclass(frozen=True)
class _Chunk:
    waiting: list[Waiting]

    @property
    def raws(self) -> Sequence[RawMessage]:
        return [item.raw for item in self.waiting]


def drain(
    store: Store,
    classifier: Classifier | Callable[[], Classifier],
    options: DrainOptions | None = None,
) -> DrainReport:
    """Analyse and store every waiting message of the chosen clients; what happened.

    ``classifier`` may be a function giving it: it is then called only when some
    mail is waiting (loading the model is most of an idle poll's start-up).
    """
    options = options or DrainOptions()
    report = DrainReport()
    with store.session() as session:
        client_ids = inbox.clients_waiting(session, options.clients)
    if not client_ids:
        return report
    model = classifier if isinstance(classifier, Classifier) else classifier()
    failures: list[StoreError] = []
    for client_id in client_ids:
        if options.should_stop():
            break
        with inbox.claimed(store, client_id) as ours:
            name, display = _client(store, client_id)
            if not ours:
                report.busy.append(name)
                continue
            ctx = IngestContext(client=name, client_display_name=display, classifier=model)
            if _drain_client(store, client_id, ctx, options, report, failures):
                regroup(store, name)  # cases must not depend on the order mail arrived in
                report.regrouped.add(name)
    if failures:
        raise _first_of(failures)
    return report


def _first_of(failures: list[StoreError]) -> StoreError:
    """The first failure, saying how many more there were (one line for all)."""
    if len(failures) == 1:
        return failures[0]
    more = StoreError(f"{failures[0]} (and {len(failures) - 1} more set aside)")
    more.__cause__ = failures[0]
    return more


def _client(store: Store, client_id: int) -> tuple[str, str]:
    with store.session() as session:
        row = session.get(ClientRow, client_id)
        assert row is not None  # it has mail waiting, and clients are not deleted
        return row.name, row.display_name


def _drain_client(
    store: Store,
    client_id: int,
    ctx: IngestContext,
    options: DrainOptions,
    report: DrainReport,
    failures: list[StoreError],
) -> bool:
    """Drain one claimed client; whether mail arrived out of date order."""
    out_of_order = False
    chunks = _chunks(store, client_id, options)
    ahead = analysed_ahead(chunks, ctx.classifier, _raws_of, helper=options.helper)
    with closing(ahead) as analysed:
        for chunk, analyses in analysed:
            results = _store_apart(store, client_id, chunk, analyses, ctx, failures)
            out_of_order |= any(result.out_of_order for _, result in results)
            for part, result in results:
                report.drained += [
                    Drained(ctx.client, item.id, item.account_id, item.raw.origin.folder, outcome)
                    for item, outcome in zip(part, result.outcomes, strict=True)
                ]
                if options.on_chunk is not None:
                    options.on_chunk(result, len(part))
                if options.after_commit is not None:
                    options.after_commit(result.outcomes)
    return out_of_order


def _raws_of(chunk: _Chunk) -> Sequence[RawMessage]:
    return chunk.raws


def _chunks(store: Store, client_id: int, options: DrainOptions) -> Iterator[_Chunk]:
    """The client's waiting mail, chunk after chunk, until none is left or stop."""
    after = taken = 0
    while not options.should_stop() and taken != options.chunks_per_client:
        taken += 1
        with store.session() as session:
            waiting = inbox.next_waiting(session, client_id, after, options.chunk)
        if not waiting:
            return
        after = waiting[-1].id
        yield _Chunk(waiting)


def _store_apart(
    store: Store,
    client_id: int,
    chunk: _Chunk,
    analyses: list[Analysis],
    ctx: IngestContext,
    failures: list[StoreError],
) -> list[tuple[list[Waiting], BatchResult]]:
    """``_store_chunk``, or when that fails outright, each half of the chunk apart, down
    to the one message that fails (set aside, its failure noted in ``failures``)."""
    try:
        return _store_chunk(store, client_id, chunk, analyses, ctx)
    except StoreError as err:
        cause = err.__cause__
        if isinstance(cause, Exception) and connection_lost(cause):
            raise
        if len(chunk.waiting) == 1:
            failures.append(_set_aside(store, chunk.waiting[0], ctx, err))
            return []
    half = len(chunk.waiting) // 2
    return _store_apart(
        store, client_id, _Chunk(chunk.waiting[:half]), analyses[:half], ctx, failures
    ) + _store_apart(store, client_id, _Chunk(chunk.waiting[half:]), analyses[half:], ctx, failures)


def _set_aside(store: Store, item: Waiting, ctx: IngestContext, err: StoreError) -> StoreError:
    """Keep a message the database refuses even quarantined as failed; the error to raise."""
    cause = err.__cause__
    reason = failure_reason(cause) if isinstance(cause, Exception) else str(err)
    with store.session() as session:
        inbox.set_aside(session, item.id, reason)
    failed = StoreError(
        f"database {store.safe_url}: {item.raw.origin.describe()} (client {ctx.client}) refused"
        f" even quarantined ({reason}): set aside as failed; see `intake status`, and"
        " `intake analyse --retry-failed` to try again"
    )
    failed.__cause__ = err
    return failed


def _store_chunk(
    store: Store, client_id: int, chunk: _Chunk, analyses: list[Analysis], ctx: IngestContext
) -> list[tuple[list[Waiting], BatchResult]]:
    """``_store_once`` without a SAVEPOINT per message; if that fails, again with them."""
    try:
        return _store_once(store, client_id, chunk, analyses, ctx, guarded=False)
    except Exception as err:  # noqa: BLE001 - whatever it was, the guarded pass sorts it out
        cause = err.__cause__ if isinstance(err, StoreError) else err
        if isinstance(cause, Exception) and connection_lost(cause):
            raise
        log.info("%s: chunk stored again message by message (%s)", ctx.client, type(err).__name__)
    return _store_once(store, client_id, chunk, analyses, ctx, guarded=True)


def _store_once(
    store: Store,
    client_id: int,
    chunk: _Chunk,
    analyses: list[Analysis],
    ctx: IngestContext,
    *,
    guarded: bool,
) -> list[tuple[list[Waiting], BatchResult]]:
    """Store a chunk's analyses and take its rows out of the inbox, in one transaction.

    Consecutive messages of one account are stored together (an IMAP message
    belongs to its account; a file's to the seller's address in it).
    """
    results = []
    with store.session() as session:
        repo.lock_client(session, client_id)  # SQLite: the write lock, before the check
        present = inbox.still_waiting(session, [item.id for item in chunk.waiting])
        kept = [(w, a) for w, a in zip(chunk.waiting, analyses, strict=True) if w.id in present]
        for account, run in groupby(kept, key=lambda pair: pair[0].account):
            pairs = list(run)
            part = [item for item, _ in pairs]
            analysed = [a for _, a in pairs]
            result = store_analyses(session, analysed, _with_account(ctx, account), guarded=guarded)
            results.append((part, result))
        _count_taken_in(session, results)
        inbox.remove(session, sorted(present))
    if len(present) < len(chunk.waiting):
        log.warning(
            "%s: %d message(s) were analysed by another process",
            ctx.client,
            len(chunk.waiting) - len(present),
        )
    return results


def _with_account(ctx: IngestContext, account: str | None) -> IngestContext:
    if account == ctx.account:
        return ctx
    return IngestContext(
        client=ctx.client,
        classifier=ctx.classifier,
        account=account,
        client_display_name=ctx.client_display_name,
    )


def _count_taken_in(session: Session, results: list[tuple[list[Waiting], BatchResult]]) -> None:
    """Add each IMAP account's newly stored messages to its ``taken_in`` (``intake status``)."""
    stored: Counter[int] = Counter()
    for part, result in results:
        for item, outcome in zip(part, result.outcomes, strict=True):
            if item.account_id is not None and not outcome.duplicate:
                stored[item.account_id] += 1
    for account_id, count in stored.items():
        session.execute(
            update(AccountRow)
            .where(AccountRow.id == account_id)
            .values(taken_in=AccountRow.taken_in + count)
        )
