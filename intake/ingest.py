"""File ingest: read sources in order, run the pipeline one transaction per batch.

A crash leaves each batch fully stored or not at all; running the same
ingest again stores nothing twice (the pipeline dedups by Message-ID and
content hash), so an interrupted import is finished by running it again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from itertools import islice

from intake.notice import RawMessage
from intake.pipeline import BatchResult, IngestContext, Outcome, process_batch
from intake.store import Store
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
    return outcomes


def _refreshed(store: Store, outcomes: list[Outcome]) -> list[Outcome]:
    """Outcomes with the case, label and resent link regrouping gave each message."""
    with store.session() as session:
        current = placements(session, [outcome.id for outcome in outcomes])
    return [
        replace(outcome, **current[outcome.id]) if outcome.id in current else outcome
        for outcome in outcomes
    ]


def summarize(outcomes: Sequence[Outcome]) -> str:
    """One line: how many were stored, already there, unparseable, in how many cases."""
    stored = [outcome for outcome in outcomes if not outcome.duplicate]
    cases = {outcome.case_id for outcome in stored if outcome.case_id is not None}
    errors = sum(1 for outcome in stored if outcome.error)
    review = sum(1 for outcome in stored if outcome.needs_review)
    return (
        f"{len(outcomes)} message(s) read: {len(stored)} stored in {len(cases)} case(s), "
        f"{len(outcomes) - len(stored)} already stored, {errors} unparseable, "
        f"{review} need review"
    )
