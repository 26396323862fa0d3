"""Backfill engineering keeps results: analysis ahead in workers, and batched duplicate lookups."""

from __future__ import annotations

import os
import threading
import zlib
from dataclasses import replace

import pytest

from intake.analyse import pool
from intake.analyse.classifier import Classifier
from intake.analyse.pool import analysed_ahead, worker_start_method
from intake.analyse.stages import Analysis, analyse
from intake.ingest.pipeline import IngestContext, Outcome, process_batch
from intake.mail.notice import Origin, RawMessage
from intake.store import open_store
from tests.builders import MessageBuilder

BODIES = (
    "Hello,\n\nWe have deactivated your selling privileges for ASIN B0ABCDEF12 after "
    "complaints about inauthentic items. Send us a plan of action.\n",
    "Hello,\n\nWe need more information: invoices from your supplier for ASIN B0ABCDEF12 "
    "covering the last 365 days.\n",
    "Hello,\n\nThank you for your appeal. We have received it and will review it.\n",
    "Hello,\n\nYour selling privileges have been reinstated. Thank you for your patience.\n",
)


def _raws(count: int, builder: MessageBuilder) -> list[RawMessage]:
    raws = []
    for n in range(count):
        attachments = (("scan.pdf", "application/pdf", os.urandom(90_000)),) if n % 5 == 0 else ()
        data = builder.build(body=BODIES[n % len(BODIES)], attachments=attachments)
        raws.append(RawMessage(raw=data, origin=Origin("imap", "acme", "INBOX", 7, n + 1)))
    return raws


def _plain(analysis: Analysis) -> Analysis:
    return replace(analysis, compressed_raw=None, resent_key=None)


def test_analysed_ahead_gives_each_batch_what_analyse_gives(classifier: Classifier) -> None:
    """Four batches through the workers: same analyses, same order, storage work done too."""
    raws = _raws(24, MessageBuilder())
    batches = [raws[start : start + 6] for start in range(0, 24, 6)]
    ahead = list(analysed_ahead(batches, classifier, lambda batch: batch))
    assert [batch for batch, _ in ahead] == batches
    for batch, analyses in ahead:
        assert [_plain(a) for a in analyses] == analyse(batch, classifier)
        assert all(zlib.decompress(a.compressed_raw or b"") == a.raw.raw for a in analyses)
    keyed = [a for _, analyses in ahead for a in analyses if a.resent_key is not None]
    assert {a.prediction.label for a in keyed if a.prediction} <= {
        "suspension", "generic_denial", "need_more_info", "redirect_closed_queue",
        "acknowledgement",
    }  # fmt: skip
    assert keyed


def test_threaded_caller_gets_a_clean_worker_with_the_same_results(classifier: Classifier) -> None:
    """From a thread of a busy process (``intake run``) the worker is not forked, and agrees.

    A fork would inherit the other threads' held locks; the fork server starts
    the worker clean and the classifier is pickled to it.
    """
    raws = _raws(12, MessageBuilder())
    batches = [raws[:6], raws[6:]]
    seen: dict[str, object] = {}

    def run() -> None:
        seen["method"] = worker_start_method()
        seen["ahead"] = list(analysed_ahead(batches, classifier, lambda batch: batch))

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(timeout=120)
    assert not thread.is_alive()
    assert seen["method"] == "forkserver"
    ahead = seen["ahead"]
    assert isinstance(ahead, list) and [batch for batch, _ in ahead] == batches
    for batch, analyses in ahead:
        assert [_plain(a) for a in analyses] == analyse(batch, classifier)


def test_one_batch_is_analysed_in_process(classifier: Classifier) -> None:
    """A daemon wake-up with one batch starts no worker (nothing precomputed for storage)."""
    batch = _raws(3, MessageBuilder())
    [(same, analyses)] = list(analysed_ahead([batch], classifier, lambda b: b))
    assert same is batch and analyses == analyse(batch, classifier)
    assert all(a.compressed_raw is None for a in analyses)


def _shape(outcomes: list[Outcome]) -> list[tuple[bool, int]]:
    """Which outcomes are duplicates, and of which earlier outcome (by position)."""
    first_seen: dict[int, int] = {}
    return [(o.duplicate, first_seen.setdefault(o.id, n)) for n, o in enumerate(outcomes)]


def test_batched_duplicate_lookup_matches_one_by_one(db_url: str, classifier: Classifier) -> None:
    """Copies inside a batch and copies of stored mail are found as when stored one by one."""
    builder = MessageBuilder()
    first, second, third = _raws(3, builder)
    same_bytes = replace(first, origin=Origin("imap", "acme", "INBOX", 7, 50))
    same_id = RawMessage(
        raw=second.raw.replace(b"Hello,", b"Hello again,"),
        origin=Origin("imap", "acme", "INBOX", 7, 51),
    )
    sequence = [first, second, same_bytes, same_id, third]
    results = []
    store = open_store(db_url)
    for client, batches in (
        ("batched", [sequence[:3], sequence[3:]]),
        ("single", [[raw] for raw in sequence]),
    ):
        context = IngestContext(client=client, classifier=classifier, account="inbox")
        outcomes: list[Outcome] = []
        for batch in batches:
            with store.session() as session:
                outcomes += process_batch(session, batch, context).outcomes
        results.append(outcomes)
    store.close()
    batched, single = results
    assert _shape(batched) == _shape(single)
    assert [o.duplicate for o in batched] == [False, False, True, True, False]


def test_pieces_taken_back_by_the_caller_keep_the_results(
    classifier: Classifier, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Batches of many pieces: the caller analyses some itself (those the worker has not
    started), the worker the rest, and each batch's analyses are whole and in order."""
    raws = _raws(40, MessageBuilder())
    batches = [raws[start : start + 20] for start in range(0, 40, 20)]
    here: list[int] = []

    def counted(piece: list[RawMessage], model: Classifier, **options: bool) -> list[Analysis]:
        here.append(len(piece))  # in this process only: the worker's calls count in its own
        return analyse(piece, model, **options)

    monkeypatch.setattr(pool, "PIECE", 3)
    monkeypatch.setattr(pool, "analyse", counted)
    ahead = list(pool.analysed_ahead(batches, classifier, lambda batch: batch))
    assert [batch for batch, _ in ahead] == batches
    for batch, analyses in ahead:
        assert [_plain(a) for a in analyses] == analyse(batch, classifier)
    assert 0 < sum(here) < 40  # both processes analysed
