"""The hostile corpus (``tests/hostile_corpus.py``) ingested on SQLite and PostgreSQL.

Every file is accounted for: stored (perhaps as unparseable), stored as a
duplicate of identical bytes, or skipped with a warning naming it; and
nothing else is lost: each stored message keeps the file's exact bytes
(only its headers when it is over ``ingest.max_message_bytes``).
"""

from __future__ import annotations

import json
import os
import zlib
from pathlib import Path

import pytest
from sqlalchemy import func, select

from intake.store import open_store
from intake.store.models import MessageRow, MessageSourceRow, RawMessageRow
from tests.cli import run_cli
from tests.hostile_corpus import OVERSIZED, write_corpus
from tests.integration.test_hostile_store import write_config

pytestmark = [pytest.mark.slow]


def test_every_hostile_file_is_accounted_for(capsys, tmp_path, db_url, model_path):
    """GIVEN 200+ hostile files WHEN ingested THEN each is stored or skipped with a named
    warning, the counts add up in the database, and stored bytes are the files' bytes."""
    corpus = write_corpus(tmp_path / "corpus")
    config = write_config(
        tmp_path, db_url, model_path, f"[ingest]\nmax_message_bytes = {OVERSIZED}\n"
    )
    try:
        code, out, err = run_cli(
            capsys, "--config", str(config), "ingest", "--json", str(tmp_path / "corpus")
        )
    finally:
        corpus.close()

    assert code == 0, err[-2000:]
    assert len(corpus.messages) + len(corpus.skipped) >= 200
    outcomes = [json.loads(line) for line in out.splitlines()]
    expected = {
        f"file:{path}" if count == 1 and not path.endswith(".mbox") else f"file:{path}#{i}"
        for path, count in corpus.messages.items()
        for i in range(count)
    }
    assert len(outcomes) == corpus.total == len(expected)
    assert {outcome["source"] for outcome in outcomes} == expected
    warnings = [line for line in err.splitlines() if "WARNING" in line]
    for path in corpus.skipped:
        assert any(f"{path}: skipped: " in line for line in warnings), path
    _check_database(db_url, outcomes)


def _check_database(db_url: str, outcomes: list[dict]) -> None:
    """Messages and sources add up; every stored file keeps its bytes."""
    new = [outcome for outcome in outcomes if not outcome["duplicate"]]
    store = open_store(db_url)
    try:
        with store.session() as session:
            assert session.scalar(select(func.count(MessageRow.id))) == len(new)
            assert session.scalar(select(func.count(MessageSourceRow.id))) == len(outcomes)
            statuses = dict(session.execute(select(MessageRow.id, MessageRow.status)).all())
            raws = dict(session.execute(select(RawMessageRow.message_pk, RawMessageRow.data)).all())
    finally:
        store.close()
    for outcome in new:
        assert statuses[outcome["id"]] == ("parse_error" if outcome["error"] else "ok")
        path = outcome["source"].removeprefix("file:")
        if "#" in path or os.path.getsize(path) > OVERSIZED:
            continue
        assert zlib.decompress(raws[outcome["id"]]) == Path(path).read_bytes(), path
