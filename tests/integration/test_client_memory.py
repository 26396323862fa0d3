"""A client's cases kept in memory across batches are read afresh whenever another writer,
or a rolled-back batch, changed them (``intake.store.clientmemory``)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from intake.analyse.classifier import Classifier
from intake.ingest.files import ingest
from intake.ingest.pipeline import IngestContext, process_batch
from intake.mail.notice import Origin, RawMessage
from intake.store import casework, generation, open_store, repo
from intake.store.models import CaseRow
from tests.builders import MessageBuilder
from tests.integration.test_hostile_store import refuse_inserts


def _notice(builder: MessageBuilder, asin: str, day: int) -> RawMessage:
    raw = builder.build(
        subject=f"Listing removed {asin}",
        body=f"Hello,\n\nWe removed your listing {asin} because of a rights owner complaint.\n"
        "You may appeal from the Account Health page.\n\nSeller Performance",
        date=datetime(2026, 3, day, 9, tzinfo=UTC),
    )
    return RawMessage(raw=raw, origin=Origin(kind="file", path=f"{asin}-{day}.eml"))


def test_another_worker_s_case_is_seen(db_url: str, classifier: Classifier) -> None:
    """GIVEN two workers (two engines) storing one client's mail in turn WHEN the second opens
    a case THEN the first's next message about it joins that case, not a new one."""
    first, second = open_store(db_url), open_store(db_url)
    builder = MessageBuilder()
    ctx = IngestContext(client="acme", classifier=classifier)
    ingest(first, [_notice(builder, "B0AAAAAAA1", 2)], ctx)
    theirs = ingest(second, [_notice(builder, "B0CCCCCCC3", 3)], ctx)[0]
    later = ingest(first, [_notice(builder, "B0CCCCCCC3", 4)], ctx)[0]
    assert later.case_id == theirs.case_id
    first.close()
    second.close()


def test_a_move_between_batches_is_seen(db_url: str, classifier: Classifier) -> None:
    """GIVEN a person moves a case's only message into another case between two batches WHEN
    the next notice about its ASIN comes THEN it joins the case the message was moved to."""
    store = open_store(db_url)
    builder = MessageBuilder()
    ctx = IngestContext(client="acme", classifier=classifier)
    kept = ingest(store, [_notice(builder, "B0AAAAAAA1", 2)], ctx)[0]
    moved = ingest(store, [_notice(builder, "B0BBBBBBB2", 3)], ctx)[0]
    with store.session() as session:
        casework.move_message(session, moved.id, kept.case_id)  # its case is removed
    later = ingest(store, [_notice(builder, "B0BBBBBBB2", 9)], ctx)[0]
    assert later.case_id == kept.case_id
    store.close()


def test_a_rolled_back_batch_leaves_nothing_kept(db_url: str, classifier: Classifier) -> None:
    """GIVEN a batch that opened a case and was rolled back, then another writer's change WHEN
    the same notice is stored again THEN it opens a case that exists (the rolled-back one is
    not kept, though the generation is the one the batch would have left)."""
    store = open_store(db_url)
    builder = MessageBuilder()
    ctx = IngestContext(client="acme", classifier=classifier)
    ingest(store, [_notice(builder, "B0AAAAAAA1", 2)], ctx)
    notice = _notice(builder, "B0BBBBBBB2", 3)
    with pytest.raises(RuntimeError), store.session() as session:
        process_batch(session, [notice], ctx)
        raise RuntimeError("the batch fails before its commit")
    with store.session() as session:  # another writer: the generation the batch had reached
        generation.touch(session, repo.ensure_client(session, "acme"))
    stored = ingest(store, [notice], ctx)[0]
    assert stored.error is None  # not quarantined for a case that is not there
    with store.session() as session:
        case = session.get(CaseRow, stored.case_id)
        assert case is not None and case.asins == ["B0BBBBBBB2"]
    store.close()


def test_a_chunk_stored_again_after_a_failure_keeps_no_ghost_case(
    db_url: str, classifier: Classifier
) -> None:
    """GIVEN a chunk whose first notice opens a case and whose second the database refuses
    WHEN it is stored (at once, then again message by message) THEN the first notice is in a
    case that exists: the memory of the failed pass is not kept."""
    store = open_store(db_url)
    builder = MessageBuilder()
    ctx = IngestContext(client="acme", classifier=classifier)
    ingest(store, [_notice(builder, "B0AAAAAAA1", 2)], ctx)
    refuse_inserts(db_url, "subject", "poison")
    poison = RawMessage(raw=builder.build(subject="poison"), origin=Origin(kind="file", path="p"))
    first, refused = ingest(store, [_notice(builder, "B0BBBBBBB2", 3), poison], ctx)
    assert first.error is None and refused.error is not None
    with store.session() as session:
        case = session.get(CaseRow, first.case_id)
        assert case is not None and case.asins == ["B0BBBBBBB2"]
    later = ingest(store, [_notice(builder, "B0BBBBBBB2", 9)], ctx)[0]
    assert later.case_id == first.case_id
    store.close()
