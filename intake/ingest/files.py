"""File ingest: read sources in order, run the pipeline one transaction per batch.

A crash leaves each batch fully stored or not at all; running the same
ingest again stores nothing twice (the pipeline dedups by Message-ID and
content hash), so an interrupted import is finished by running it again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from itertools import islice

from intake.config import DEFAULT_MAX_MESSAGE_BYTES
from intake.errors import InputError
from intake.ingest.pipeline import BatchResult, IngestContext, Outcome, process_batch
from intake.mail.notice import RawMessage
from intake.sources.files import FileSource
from intake.store import Store, views
from intake.store.regrouping import placements, regroup

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
    """Store every message; ``on_batch(result, size)`` is called after each commit.

    When mail arrived out of date order, the client is regrouped once at the
    end, so the cases do not depend on the order of the files.
    """
    outcomes: list[Outcome] = []
    out_of_order = False
    for batch in batched(messages, batch_size):
        with store.session() as session:
            result = process_batch(session, batch, ctx)
        outcomes.extend(result.outcomes)
        out_of_order |= result.out_of_order
        if on_batch is not None:
            on_batch(result, len(batch))
    if out_of_order:
        regroup(store, ctx.client)
        outcomes = _refreshed(store, outcomes)
    return _with_stored_verdicts(store, outcomes)


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


def parse_reason(error: str) -> str:
    """The reason of a stored parse error without the origin it starts with."""
    if error.startswith(("file:", "imap:")) and ": " in error:
        return error.split(": ", 1)[1]
    return error


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
