"""reprocess recomputes resent keys stored by an older version, so re-sends match again."""

from __future__ import annotations

from sqlalchemy import select

from classifiers import default_corpus_dir
from classifiers.types import Label
from intake.analyse.classifier import Classifier
from intake.ingest.pipeline import IngestContext, process_batch
from intake.ingest.reprocess import reprocess
from intake.mail.notice import Origin, RawMessage
from intake.mail.parse import parse
from intake.store import clientmemory, generation, open_store
from intake.store.models import MessageRow
from tests.builders import MessageBuilder

#: A German notice naming a policy and documents, which older keys read as naming neither.
SHIPPED = default_corpus_dir() / "train" / "suspension" / "de-nd-listing-removed-ip--002.eml"


def _notice(builder: MessageBuilder, **headers: str) -> bytes:
    shipped = parse(SHIPPED.read_bytes())
    return builder.build(subject=shipped.subject, body=shipped.text, **headers)


def _ingest(store, ctx: IngestContext, raw: bytes, name: str):
    with store.session() as session:
        return process_batch(session, [RawMessage(raw, Origin(kind="file", path=name))], ctx)


def _stored_key(store, pk: int) -> dict | None:
    with store.session() as session:
        return session.scalar(select(MessageRow.resent_key).where(MessageRow.id == pk))


def _age_key(store, pk: int) -> dict:
    """Overwrite the key as an older version stored it: no policies, no documents."""
    with store.session() as session:
        row = session.get(MessageRow, pk)
        assert row is not None and row.resent_key is not None
        now = dict(row.resent_key)
        row.resent_key = {**now, "policies": [], "documents": []}
        account_id, client_id = row.account_id, row.client_id
        generation.touch(session, client_id)
    with store.session() as session:  # the process keeps the old key, as an ingest would
        clientmemory.kept(session, client_id).history(session, account_id)
    return now


def test_reprocess_recomputes_old_keys_and_a_later_resend_is_detected(
    db_url: str, classifier: Classifier
) -> None:
    """GIVEN a notice whose stored key is an older version's (facts missing) WHEN reprocess
    runs THEN its key is what ingest computes now, and a re-send ingested afterwards in the
    same process is found to repeat it."""
    store = open_store(db_url)
    builder = MessageBuilder()
    ctx = IngestContext(client="acme", classifier=classifier)
    first = _ingest(store, ctx, _notice(builder), "first.eml").outcomes[0]
    now = _age_key(store, first.id)
    assert now["policies"] and now["documents"]  # the notice names both today

    dry = reprocess(store, classifier, dry_run=True)
    assert (dry.keys_changed, _stored_key(store, first.id)["policies"]) == (1, [])
    done = reprocess(store, classifier)
    assert done.keys_changed == 1 and _stored_key(store, first.id) == now
    assert reprocess(store, classifier, dry_run=True).keys_changed == 0

    again = _ingest(store, ctx, _notice(builder), "again.eml").outcomes[0]
    assert (again.label, again.resent_of) == (Label.RESENT, first.id)
    store.close()


def test_reprocess_keeps_no_key_for_mail_ingest_keys_not(
    db_url: str, classifier: Classifier
) -> None:
    """GIVEN a seller's own mail with a key stored by mistake WHEN reprocess runs THEN the key
    is gone, as ingest never keys outgoing mail."""
    store = open_store(db_url)
    builder = MessageBuilder()
    ctx = IngestContext(client="acme", classifier=classifier)
    raw = _notice(builder, sender="owner@seller.test", to="seller-performance@amazon.com")
    outcome = _ingest(store, ctx, raw, "appeal.eml").outcomes[0]
    with store.session() as session:
        row = session.get(MessageRow, outcome.id)
        assert row is not None and row.outgoing and row.resent_key is None
        row.resent_key = {"shingles": [1], "asins": [], "policies": [], "documents": []}
    assert reprocess(store, classifier).keys_changed == 1
    assert _stored_key(store, outcome.id) is None
    store.close()


def test_reprocess_decodes_a_subject_an_older_version_left_encoded(
    db_url: str, classifier: Classifier
) -> None:
    """A subject stored raw (a cut-off RFC 2047 word the parser once left as it was) is
    stored decoded after reprocess."""
    store = open_store(db_url)
    raw = MessageBuilder().build(subject="Your FBA inventory report is ready", body="Hello.")
    raw = raw.replace(
        b"Subject: Your FBA inventory report is ready",
        b"Subject: =?utf-8?B?WW91ciBGQkEgaW52ZW50b3J5IHJlcG9ydCBpcyByZW",
    )
    ctx = IngestContext(client="acme", classifier=classifier)
    stored = _ingest(store, ctx, raw, "cut.eml").outcomes[0]
    with store.session() as session:
        row = session.get(MessageRow, stored.id)
        assert row is not None
        row.subject = "=?utf-8?B?WW91ciBGQkEgaW52ZW50b3J5IHJlcG9ydCBpcyByZW"
    reprocess(store, classifier)
    with store.session() as session:
        row = session.get(MessageRow, stored.id)
        assert row is not None and row.subject == "Your FBA inventory report is re"
    store.close()
