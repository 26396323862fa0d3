"""File ingest: take the files' mail in, then analyse it, as IMAP mail is.

The messages are taken in (``intake.store.inbox``) one transaction per batch,
then the client's waiting mail is analysed (``intake.ingest.drain``). A crash
leaves each batch taken in or not at all, and what was taken in is analysed,
once, by the next drain (``intake analyse``, the next ingest or ``intake run``);
running the same ingest again stores nothing twice (the analysis dedups by
Message-ID and content hash), so an interrupted import is finished by running
it again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from itertools import islice

from intake.config import DEFAULT_MAX_MESSAGE_BYTES
from intake.errors import InputError
from intake.ingest.drain import DrainOptions, drain
from intake.ingest.pipeline import BatchResult, IngestContext, Outcome
from intake.mail.notice import RawMessage
from intake.mail.parse import parse_reason
from intake.sources.files import FileSource
from intake.store import Store, inbox, repo, views
from intake.store.regrouping import placements

DEFAULT_BATCH_SIZE = 50


def batched(items: Iterable[RawMessage], size: int) -> Iterator[list[RawMessage]]:
    """Consecutive lists of at most ``size`` items."""
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def ingest(
    store: Store,
    messages: Iterable[RawMessage],
    ctx: IngestContext,
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    on_batch: Callable[[BatchResult, int], None] | None = None,
) -> list[Outcome]:
    """Take every message in, then analyse the client's waiting mail; the outcomes of these.

    ``on_batch(result, size)`` is called after each analysed chunk's commit.
    Mail the client had waiting before (taken in and not analysed yet) is
    analysed too, first, but only these messages are in the outcomes. When mail
    arrived out of date order, the client is regrouped once at the end, so the
    cases do not depend on the order of the files.
    """
    with store.session() as session:
        client_id = repo.ensure_client(session, ctx.client, ctx.client_display_name)
    mine: list[int] = []
    for batch in batched(messages, batch_size):
        with store.session() as session:
            mine += inbox.take_in(session, client_id, None, batch)
    options = DrainOptions(clients=[ctx.client], chunk=batch_size, on_chunk=on_batch)
    report = drain(store, ctx.classifier, options)
    wanted = set(mine)
    # Mail an interrupted run left waiting is analysed first; when these files are that
    # mail, this run stored it, and says so rather than "already stored".
    stored_now = {
        item.outcome.id: item.outcome
        for item in report.drained
        if item.inbox_id not in wanted and not item.outcome.duplicate and item.outcome.id
    }
    outcomes = [
        _stored_now(item.outcome, stored_now) for item in report.drained if item.inbox_id in wanted
    ]
    if ctx.client in report.regrouped:
        outcomes = _refreshed(store, outcomes)
    return _with_stored_verdicts(store, outcomes)


def _stored_now(outcome: Outcome, stored_now: dict[int, Outcome]) -> Outcome:
    """``outcome``, or the outcome of storing the same message earlier in this run (named
    by the file given now: the waiting copy may have come from another path)."""
    if outcome.duplicate and outcome.id in stored_now:
        # once: a second copy is a duplicate
        return replace(stored_now.pop(outcome.id), source=outcome.source)
    return outcome


def _with_stored_verdicts(store: Store, outcomes: list[Outcome]) -> list[Outcome]:
    """Duplicates carry the label, confidence and parse error stored for them, so
    ``ingest --json`` of a file taken in before says what it was, not ``"label": ""``."""
    repeated = [outcome.id for outcome in outcomes if outcome.duplicate]
    if not repeated:
        return outcomes
    with store.session() as session:
        stored = views.stored_verdicts(session, repeated)
    return [
        replace(outcome, **stored[outcome.id])
        if outcome.duplicate and outcome.id in stored
        else outcome
        for outcome in outcomes
    ]


def _refreshed(store: Store, outcomes: list[Outcome]) -> list[Outcome]:
    """Outcomes with the case, label and resent link regrouping gave each message."""
    with store.session() as session:
        current = placements(session, [outcome.id for outcome in outcomes])
    return [
        replace(outcome, **current[outcome.id]) if outcome.id in current else outcome
        for outcome in outcomes
    ]


def summarize(outcomes: Sequence[Outcome]) -> str:
    """One line: how many were stored, already there, unparseable, in how many cases.

    When some could not be parsed, the line points at the warnings naming them and
    at ``intake messages --unparseable``.
    """
    stored = [outcome for outcome in outcomes if not outcome.duplicate]
    cases = {outcome.case_id for outcome in stored if outcome.case_id is not None}
    errors = sum(1 for outcome in stored if outcome.error)
    review = sum(1 for outcome in stored if outcome.needs_review)
    line = (
        f"{len(outcomes)} message(s) read: {len(stored)} stored in {len(cases)} case(s), "
        f"{len(outcomes) - len(stored)} already stored, {errors} unparseable, "
        f"{review} need review"
    )
    if errors:
        line += " (unparseable: see the warnings above, or `intake messages --unparseable`)"
    return line


def warnings(outcomes: Sequence[Outcome]) -> list[str]:
    """One line per message that could not be parsed, naming where it came from and why:
    ``Warning: mail/x.eml: no mail headers``."""
    return [f"Warning: {_where_and_why(outcome)}" for outcome in outcomes if outcome.error]


def _where_and_why(outcome: Outcome) -> str:
    """``mail/x.eml: no mail headers`` from the stored ``file:mail/x.eml: no mail headers``;
    a file stored before under another name is named as it was given this time."""
    return f"{outcome.source.removeprefix('file:')}: {parse_reason(outcome.error or '')}"


def read_each(
    sources: Sequence[FileSource],
    warn: Callable[[str], None],
    max_bytes: int = DEFAULT_MAX_MESSAGE_BYTES,
) -> Iterator[RawMessage]:
    """Every message of every source, in order; a source that cannot be read is named
    in one warning and skipped, so one unreadable file does not stop the others."""
    for source in sources:
        try:
            yield from source.messages(max_bytes)
        except InputError as err:
            warn(f"Warning: {err}")
