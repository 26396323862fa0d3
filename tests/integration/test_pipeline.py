"""The pipeline against a real database (SQLite and PostgreSQL): store once, lose nothing."""

from __future__ import annotations

import threading
import zlib
from pathlib import Path

import pytest
from sqlalchemy import func, select

from intake.analyse.classifier import Classifier
from intake.ingest.files import ingest
from intake.ingest.pipeline import IngestContext
from intake.install.demo import demo_mailbox
from intake.mail.notice import Origin, RawMessage
from intake.sources.files import read_messages, resolve_sources
from intake.store import open_store
from intake.store.models import CaseRow, MessageRow, MessageSourceRow, RawMessageRow
from tests.builders import MessageBuilder


def _ctx(classifier: Classifier, client: str = "acme") -> IngestContext:
    return IngestContext(client=client, classifier=classifier)


def _raw(data: bytes, name: str) -> RawMessage:
    return RawMessage(raw=data, origin=Origin(kind="file", path=name))


def _count(store, model) -> int:
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_ingesting_the_sample_mailbox_twice_stores_each_message_once(
    db_url: str, classifier: Classifier
) -> None:
    """GIVEN the demo mailbox WHEN ingested twice THEN the second run stores nothing."""
    store = open_store(db_url)
    folder = demo_mailbox() / "northwind-outdoor"
    files = sorted(folder.glob("*.eml"))
    first = ingest(store, read_messages(resolve_sources([folder])), _ctx(classifier))
    second = ingest(store, read_messages(resolve_sources([folder])), _ctx(classifier))
    assert len(first) == len(files) and not any(o.duplicate for o in first)
    assert all(o.duplicate for o in second)
    assert {o.id for o in second} == {o.id for o in first}
    assert _count(store, MessageRow) == len(files)
    assert _count(store, MessageSourceRow) == len(files)
    store.close()


def test_same_message_id_with_other_bytes_is_stored_once(
    db_url: str, classifier: Classifier
) -> None:
    """A copy of a message (same Message-ID, re-encoded bytes) is one message."""
    store = open_store(db_url)
    builder = MessageBuilder()
    raw = builder.build(message_id="<dup@amazon.com>", body="Your listing was removed.")
    copy = raw.replace(b"\r\n", b"\n")
    outcomes = ingest(store, [_raw(raw, "a.eml"), _raw(copy, "b.eml")], _ctx(classifier))
    assert [o.duplicate for o in outcomes] == [False, True]
    assert _count(store, MessageRow) == 1
    store.close()


def test_bad_mail_goes_in_without_stopping_the_batch(db_url: str, classifier: Classifier) -> None:
    """Malformed, non-UTF-8, HTML-only, empty and 20 MB messages are all stored in one batch."""
    store = open_store(db_url)
    builder = MessageBuilder()
    big = builder.build(
        body="Invoices attached.",
        attachments=(("scan.pdf", "application/pdf", b"\x00" * 20_000_000),),
    )
    latin = (
        b"From: notice@amazon.de\r\nTo: shop@seller.test\r\nMessage-ID: <l1@x>\r\n"
        b"Subject: Konto\r\nContent-Type: text/plain; charset=iso-8859-1\r\n\r\n"
        b"Ihr Konto wurde gesperrt. Gr\xfc\xdfe\r\n"
    )
    html = (
        b"From: seller-performance@amazon.com\r\nTo: shop@seller.test\r\nMessage-ID: <h1@x>\r\n"
        b"Subject: Listing removed\r\nContent-Type: text/html\r\n\r\n"
        b"<p>We removed B0ABCDEF12.</p>\r\n"
    )
    broken = (
        b"From: seller-performance@amazon.com\r\n"
        b"Content-Type: multipart/mixed; boundary=zz\r\n\r\n--zz\r\ngarbage \xff\xfe"
    )
    raws = [_raw(big, "big.eml"), _raw(latin, "de.eml"), _raw(b"", "empty.eml"),
            _raw(html, "html.eml"), _raw(broken, "broken.eml")]  # fmt: skip
    outcomes = ingest(store, raws, _ctx(classifier))
    assert len(outcomes) == 5 and not any(o.duplicate for o in outcomes)
    assert [o.error is not None for o in outcomes] == [False, False, True, False, False]
    with store.session() as session:
        rows = {row.id: row for row in session.scalars(select(MessageRow))}
        empty = rows[outcomes[2].id]
        assert empty.status == "parse_error" and "empty message" in empty.error
        assert "Grüße" in rows[outcomes[1].id].text
        assert rows[outcomes[3].id].from_html and "B0ABCDEF12" in rows[outcomes[3].id].text
        assert rows[outcomes[0].id].attachments[0]["size"] == 20_000_000
        raw_big = session.get(RawMessageRow, outcomes[0].id)
        assert zlib.decompress(raw_big.data) == big and len(raw_big.data) < len(big) // 10
        assert all(row.case_id is not None for row in rows.values())
    store.close()


def test_every_message_has_a_case_and_other_mail_shares_one(
    db_url: str, classifier: Classifier
) -> None:
    """Order notices share the client's general case; notices open real cases."""
    store = open_store(db_url)
    builder = MessageBuilder()
    raws = [
        _raw(
            builder.build(
                sender="no-reply@supplier.test", subject="Your invoice", body="Invoice 1."
            ),
            "1",
        ),
        _raw(
            builder.build(sender="no-reply@supplier.test", subject="Shipping", body="Shipped."), "2"
        ),
    ]
    outcomes = ingest(store, raws, _ctx(classifier))
    assert outcomes[0].case_id == outcomes[1].case_id
    with store.session() as session:
        case = session.get(CaseRow, outcomes[0].case_id)
        assert case.kind == "general"
    store.close()


def test_clients_do_not_share_messages(db_url: str, classifier: Classifier) -> None:
    """The same message for two clients is stored for each, in separate cases."""
    store = open_store(db_url)
    raw = MessageBuilder().build(body="Your listing B0ABCDEF12 was removed.")
    a = ingest(store, [_raw(raw, "x")], _ctx(classifier, "alpha"))
    b = ingest(store, [_raw(raw, "x")], _ctx(classifier, "beta"))
    assert not b[0].duplicate and a[0].id != b[0].id and a[0].case_id != b[0].case_id
    store.close()


def test_locked_sqlite_database_is_a_clear_error(
    tmp_path: Path, classifier: Classifier, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A database locked by another writer gives StoreError and stores nothing."""
    import sqlite3

    from intake import store as store_module
    from intake.errors import StoreError

    url = f"sqlite:///{tmp_path / 'locked.db'}"
    open_store(url).close()
    monkeypatch.setattr(store_module, "SQLITE_BUSY_TIMEOUT_S", 0.2)
    store = open_store(url)
    blocker = sqlite3.connect(tmp_path / "locked.db")
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError, match="locked"):
            ingest(store, [_raw(MessageBuilder().build(), "x")], _ctx(classifier))
    finally:
        blocker.rollback()
        blocker.close()
    assert _count(store, MessageRow) == 0
    store.close()


def test_sellers_own_appeal_is_other_and_outgoing(db_url: str, classifier: Classifier) -> None:
    """An appeal the seller mailed to Amazon, quoting the suspension, is outgoing `other`."""
    store = open_store(db_url)
    raw = MessageBuilder().build(
        sender="owner@seller.test",
        to="seller-performance@amazon.com",
        subject="Re: Your Amazon.com selling privileges have been removed",
        body="Hello,\n\nPlease find our plan of action below.\n\n"
        "> Your Amazon.com selling privileges have been removed because of inauthentic\n"
        "> complaints about B0ABCDEF12. To appeal, send us a plan of action.\n",
    )
    outcome = ingest(store, [_raw(raw, "appeal.eml")], _ctx(classifier))[0]
    with store.session() as session:
        row = session.get(MessageRow, outcome.id)
        assert (row.label, row.outgoing, row.needs_review) == ("other", True, False)
    store.close()


def test_concurrent_ingests_of_the_same_mail_store_each_message_once(
    db_url: str, classifier: Classifier
) -> None:
    """GIVEN three intake processes ingesting the same new client's mail at once
    WHEN they race to create the client and store each message
    THEN none fails and every message is stored once."""
    open_store(db_url).close()  # the schema, as `intake init` leaves it
    builder = MessageBuilder()
    raws = [_raw(builder.build(), f"{n}.eml") for n in range(30)]
    start = threading.Barrier(3)
    errors: list[BaseException] = []

    def run() -> None:
        store = open_store(db_url)
        try:
            start.wait()
            ingest(store, raws, _ctx(classifier), batch_size=3)
        except BaseException as err:  # noqa: BLE001 - reported by the assertion below
            errors.append(err)
        finally:
            store.close()

    workers = [threading.Thread(target=run) for _ in range(3)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(120)
    assert errors == []
    store = open_store(db_url)
    assert _count(store, MessageRow) == 30
    assert _count(store, RawMessageRow) == 30
    store.close()
