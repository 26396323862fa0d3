"""A chunk stored without a savepoint per message stores exactly what storing it message by
message does: on PostgreSQL its ``messages`` rows are written together at the end of the
chunk, with ids taken from the sequence first (``intake.store.repo.PendingRows``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select, text

from intake.analyse.classifier import Classifier
from intake.analyse.stages import analyse
from intake.cases.grouping import CaseDecision
from intake.cases.kinds import CaseKind
from intake.ingest.pipeline import IngestContext, Outcome, store_analyses
from intake.mail.notice import Origin, RawMessage
from intake.store import open_store, repo, rowinsert
from intake.store.models import CaseKeyRow
from tests.conftest import _reset_postgres

DEMO = Path(__file__).parents[2] / "intake/samples/demo/northwind-outdoor"
# What the time of the run decides, not the mail: left out of the comparison.
NOW_COLUMNS = {"created_at", "seen_at"}
TABLES = ("messages", "message_sources", "raw_messages", "cases", "case_keys", "accounts")


def _mailbox() -> list[RawMessage]:
    """The demo client's mail (resent notices among it), a byte-for-byte copy of one
    message and a copy of another with the same Message-ID and other bytes."""
    paths = sorted(DEMO.glob("*.eml"))
    raws = [RawMessage(path.read_bytes(), Origin("file", path=path.name)) for path in paths]
    same_bytes = RawMessage(raws[1].raw, Origin("file", path="copy.eml"))
    same_id = RawMessage(b"X-Copy: 1\r\n" + raws[4].raw, Origin("file", path="copy-2.eml"))
    return [*raws[:8], same_bytes, *raws[8:16], same_id, *raws[16:]]


def _fresh(db_url: str) -> str:
    if db_url.startswith("sqlite"):
        Path(db_url.removeprefix("sqlite:///")).unlink(missing_ok=True)
    else:
        _reset_postgres(db_url)
    return db_url


def _store(
    db_url: str, classifier: Classifier, *, guarded: bool
) -> tuple[list[Outcome], dict[str, list[dict[str, Any]]], int]:
    """Store the mailbox in one chunk in a fresh database: the outcomes, every table's rows,
    and how many statements inserted into ``messages``."""
    store = open_store(_fresh(db_url))
    inserts: list[str] = []
    event.listen(
        store.engine,
        "before_cursor_execute",
        lambda *args: inserts.append(args[2]) if args[2].startswith("INSERT INTO messages") else 0,
    )
    ctx = IngestContext(client="northwind", classifier=classifier)
    with store.session() as session:
        outcomes = store_analyses(
            session, analyse(_mailbox(), classifier, for_storage=True), ctx, guarded=guarded
        ).outcomes
    tables: dict[str, list[dict[str, Any]]] = {}
    with store.engine.connect() as connection:
        for table in TABLES:
            found = connection.execute(text(f"SELECT * FROM {table} ORDER BY 1")).mappings()
            tables[table] = [
                {key: value for key, value in row.items() if key not in NOW_COLUMNS}
                for row in found
            ]
    store.close()
    return outcomes, tables, len(inserts)


def test_a_chunk_stored_at_once_stores_what_storing_message_by_message_does(
    db_url: str, classifier: Classifier
) -> None:
    """GIVEN a client's mail with resent notices, a copy of one message and another message's
    Message-ID again WHEN one chunk is stored with a savepoint per message, and (in a fresh
    database) without THEN the outcomes and every row are the same, ids included; on
    PostgreSQL the second wrote its new messages in one statement, but for the queue written
    before each copy's source is looked up."""
    guarded, rows, _ = _store(db_url, classifier, guarded=True)
    at_once, rows_at_once, inserts = _store(db_url, classifier, guarded=False)

    assert at_once == guarded
    assert sum(outcome.duplicate for outcome in guarded) == 2
    assert any(row["resent_of_id"] for row in rows["messages"])
    assert rows_at_once == rows
    if not db_url.startswith("sqlite"):
        assert inserts == 1 + 2


@pytest.mark.postgres
def test_more_rows_than_one_statement_takes_are_written_in_several(pg_database: str) -> None:
    """GIVEN more queued rows than PostgreSQL's parameter limit lets one INSERT carry WHEN
    written THEN every row is stored, in more than one statement."""
    store = open_store(_fresh(pg_database))
    statements: list[str] = []
    event.listen(store.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    rows = rowinsert.RowsInsert(CaseKeyRow.core_table(), store.engine.dialect)
    count = rowinsert.MAX_PARAMETERS // 5 + 7  # five columns a row
    with store.session() as session:
        client_id = repo.ensure_client(session, "acme")
        decision = CaseDecision(None, CaseKind.NOTICE, "a case", "new")
        case_id = repo.open_case(session, client_id, decision, None)
        queued = [
            rows.row({"id": n, "client_id": client_id, "case_id": case_id, "kind": "asin",
                      "value": f"B{n:09d}"})
            for n in range(1, count + 1)
        ]  # fmt: skip
        rows(session, queued)
    with store.session() as session:
        stored = session.scalar(select(func.count(CaseKeyRow.id)))
    store.close()
    assert stored == count
    assert sum(s.startswith("INSERT INTO case_keys") for s in statements) == 2
