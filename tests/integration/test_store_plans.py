"""Storing's per-batch look-ups search indexes: their cost must not grow with a client's mail."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import event

from intake.store import open_store, repo


def test_duplicate_look_up_searches_the_unique_indexes(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'intake.db'}")
    statements: list[tuple[str, Any]] = []

    def seen(_conn: Any, _cursor: Any, statement: str, params: Any, *_: Any) -> None:
        statements.append((statement, params))

    try:
        with store.session() as session:
            client_id = repo.ensure_client(session, "acme")
            event.listen(store.engine, "before_cursor_execute", seen)
            hashes = [f"{n:064x}" for n in range(100)]  # a batch's worth, as storing asks
            message_ids = [f"<{n}@example.com>" for n in range(100)]
            repo.existing_messages(session, client_id, hashes, message_ids)
            event.remove(store.engine, "before_cursor_execute", seen)
            connection = session.connection()
            plan = [
                str(row[-1])
                for statement, params in statements
                for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", params)
            ]
    finally:
        store.close()
    reads = [line for line in plan if " messages " in f"{line} "]
    assert reads, plan
    # Each read of the messages searches by hash or Message-ID, never the whole client.
    assert all("content_hash=?" in line or "message_id=?" in line for line in reads), plan
