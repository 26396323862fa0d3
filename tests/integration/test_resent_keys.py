"""Resent keys kept across batches give the history a full read of the database gives."""

from __future__ import annotations

import pytest
from sqlalchemy import select

import classifiers
from intake.analyse.classifier import Classifier
from intake.cases.resent import ResentHistory
from intake.ingest import resent_keys
from intake.ingest.pipeline import IngestContext, process_batch
from intake.mail.notice import Origin, RawMessage
from intake.store import open_store
from intake.store.models import MessageRow
from tests.builders import MessageBuilder

NOTICE = (
    "Hello,\n\nWe have deactivated your selling privileges because of customer complaints "
    "about inauthentic items (ASIN {asin}). To appeal, submit a plan of action and invoices "
    "from your suppliers through Account Health.\n\nSeller Performance Team\n"
)


def _batch(builder: MessageBuilder, asins: list[str]) -> list[RawMessage]:
    return [
        RawMessage(builder.build(body=NOTICE.format(asin=asin)), Origin(kind="file", path=asin))
        for asin in asins
    ]


def _full_read(session, account_id: int) -> dict:
    """The history read straight from the table: the latest 500 keyed notices, oldest first."""
    rows = session.execute(
        select(MessageRow.id, MessageRow.resent_key)
        .where(MessageRow.account_id == account_id, MessageRow.resent_key.is_not(None))
        .order_by(MessageRow.sent_at.desc(), MessageRow.id.desc())
        .limit(500)
    ).all()
    return ResentHistory(
        (row.id, classifiers.ResentKey.from_dict(row.resent_key)) for row in reversed(rows)
    )._by_facts


def _accounts(session) -> list[int]:
    return sorted(set(session.scalars(select(MessageRow.account_id))))


def test_kept_keys_give_the_full_reads_history_batch_after_batch(
    db_url: str, classifier: Classifier
) -> None:
    """GIVEN notices stored batch by batch WHEN the history is read from kept keys after each
    batch THEN it holds the notices and keys a full read of the database holds."""
    store = open_store(db_url)
    builder = MessageBuilder()
    ctx = IngestContext(client="acme", classifier=classifier)
    for round_ in range(3):
        asins = [f"B0TEST{round_}{n:03d}" for n in range(4)] + ["B0SAMEASIN"]
        with store.session() as session:
            process_batch(session, _batch(builder, asins), ctx)
        with store.session() as session:
            accounts = _accounts(session)
            for account_id in accounts:
                kept = resent_keys.history(session, account_id)._by_facts
                assert kept == _full_read(session, account_id)
                keyed = session.scalars(
                    select(MessageRow.id).where(
                        MessageRow.account_id == account_id,  # None: IS NULL
                        MessageRow.resent_key.is_not(None),
                    )
                ).all()
                # every notice the model read as a resent candidate (at least the four
                # about new ASINs each round) is in the kept history, none twice
                assert sum(map(len, kept.values())) == len(keyed) >= 4 * (round_ + 1)
    store.close()


def test_a_row_id_given_again_after_a_rollback_is_not_read_from_kept_keys(
    tmp_path, classifier: Classifier
) -> None:
    """GIVEN a notice's key read and its batch rolled back WHEN SQLite gives its row id to
    another notice THEN the history holds the other notice's key."""
    store = open_store(f"sqlite:///{tmp_path / 'intake.db'}")
    builder = MessageBuilder()
    ctx = IngestContext(client="acme", classifier=classifier)
    with store.session() as session:
        process_batch(session, _batch(builder, ["B0FIRST001"]), ctx)
    with pytest.raises(RuntimeError), store.session() as session:
        gone = process_batch(session, _batch(builder, ["B0GONE0001"]), ctx).outcomes[0].id
        resent_keys.history(session, _accounts(session)[0])  # keeps the key of B0GONE0001
        raise RuntimeError("roll the batch back")
    with store.session() as session:
        other = process_batch(session, _batch(builder, ["B0OTHER001"]), ctx).outcomes[0].id
        assert other == gone  # the row id was given again
        account_id = _accounts(session)[0]
        kept = resent_keys.history(session, account_id)._by_facts
        assert kept == _full_read(session, account_id)
        assert {asins for asins, _, _ in kept} == {
            frozenset({"B0FIRST001"}),
            frozenset({"B0OTHER001"}),
        }
    store.close()
