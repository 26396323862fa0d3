"""A message the database refuses even quarantined leaves the live queue as ``failed``.

It is kept in the inbox with its reason and attempt count, shown by ``intake status``
as failed (not as waiting), never retried by a drain, and tried again only by
``intake analyse --retry-failed``. Real SQLite and PostgreSQL, a trigger refusing it.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from sqlalchemy import create_engine, select, text

from intake.store import open_store
from intake.store.models import InboxRow
from tests.builders import MessageBuilder
from tests.cli import run_cli
from tests.integration.test_hostile_store import (
    REFUSED,
    refuse_inserts,
    stored,
    three_files_one_poison,
    write_config,
)


def inbox_rows(db_url: str) -> list[InboxRow]:
    store = open_store(db_url)
    try:
        with store.session() as session:
            return list(session.scalars(select(InboxRow).order_by(InboxRow.id)))
    finally:
        store.close()


def refuse_every_message(db_url: str) -> None:
    open_store(db_url).close()  # the schema first
    engine = create_engine(db_url)
    with engine.begin() as connection:
        if engine.dialect.name == "sqlite":
            connection.execute(text("CREATE TRIGGER refuse BEFORE INSERT ON messages"
                                    f" BEGIN SELECT RAISE(ABORT, '{REFUSED}'); END"))  # fmt: skip
        else:
            connection.execute(text(
                "CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN"
                f" RAISE EXCEPTION '{REFUSED}'; END $$ LANGUAGE plpgsql"
            ))  # fmt: skip
            connection.execute(text("CREATE TRIGGER refuse BEFORE INSERT ON messages"
                                    " FOR EACH ROW EXECUTE FUNCTION refuse()"))  # fmt: skip
    engine.dispose()


def stop_refusing(db_url: str) -> None:
    engine = create_engine(db_url)
    with engine.begin() as connection:
        connection.execute(text("DROP TRIGGER refuse" if engine.dialect.name == "sqlite"
                                else "DROP TRIGGER refuse ON messages"))  # fmt: skip
    engine.dispose()


def test_a_message_that_cannot_be_quarantined_is_set_aside_as_failed(
    capsys, tmp_path: Path, db_url: str, model_path: Path
) -> None:
    """GIVEN three files, the middle one refused even quarantined WHEN ingested THEN one
    `Error:` line names it as set aside, the others are stored, and it is kept as failed
    (reason, one attempt); `analyse` does not retry it, `status` shows it failed and no
    backlog; ingesting it again adds no second copy; `analyse --retry-failed` stores it
    once the database takes it."""
    mail = tmp_path / "mail"
    files = three_files_one_poison(mail)
    refuse_inserts(db_url, "content_hash", hashlib.sha256(files[1]).hexdigest())
    config = str(write_config(tmp_path, db_url, model_path))

    code, out, err = run_cli(capsys, "--config", config, "ingest", str(mail))

    assert code == 1
    [error] = [line for line in err.splitlines() if line.startswith("Error:")]
    assert "1.eml" in error and "failed" in error and REFUSED in error
    assert "--retry-failed" in error
    assert len(stored(db_url)) == 2
    [row] = inbox_rows(db_url)
    assert row.failed_at is not None and row.attempts == 1 and REFUSED in (row.error or "")

    code, out, err = run_cli(capsys, "--config", config, "analyse")
    assert code == 0, err
    assert "Nothing waiting" in out and "1 failed" in out

    code, out, _ = run_cli(capsys, "--config", config, "status", "--json")
    lines = [json.loads(line) for line in out.splitlines()]
    assert not [item for item in lines if "backlog" in item]
    [failed] = [item for item in lines if "failed" in item]
    assert failed["failed"] == row.id and failed["client"] == "default"
    assert failed["attempts"] == 1 and REFUSED in failed["error"]
    assert failed["source"].endswith("1.eml")
    code, out, _ = run_cli(capsys, "--config", config, "status")
    assert "not analysed yet" not in out
    assert "Failed" in out and "--retry-failed" in out and "1.eml" in out

    code, _, _ = run_cli(capsys, "--config", config, "ingest", str(mail / "1.eml"))
    assert code == 1
    [again] = inbox_rows(db_url)
    assert (again.id, again.attempts) == (row.id, 2)

    stop_refusing(db_url)
    code, out, err = run_cli(capsys, "--config", config, "analyse", "--retry-failed", "--json")
    assert code == 0, err
    assert [json.loads(line)["stored"] for line in out.splitlines()] == [1]
    assert inbox_rows(db_url) == []
    assert [raw for _, raw in stored(db_url)] == [files[0], files[2], files[1]]


def test_several_messages_set_aside_are_one_error_line_and_each_listed(
    capsys, tmp_path: Path, db_url: str, model_path: Path
) -> None:
    """GIVEN a database refusing every message of the client WHEN three files are ingested
    THEN one `Error:` line names the first and counts the two others, and all three are
    listed as failed."""
    builder = MessageBuilder()
    mail = tmp_path / "mail"
    mail.mkdir()
    for n in range(3):
        (mail / f"{n}.eml").write_bytes(builder.build())
    refuse_every_message(db_url)
    config = str(write_config(tmp_path, db_url, model_path))

    code, _, err = run_cli(capsys, "--config", config, "ingest", str(mail))

    assert code == 1
    [error] = [line for line in err.splitlines() if line.startswith("Error:")]
    assert "0.eml" in error and "and 2 more set aside" in error
    code, out, _ = run_cli(capsys, "--config", config, "status", "--json")
    failed = [json.loads(line) for line in out.splitlines() if '"failed"' in line]
    assert [item["source"].rsplit("/", 1)[-1] for item in failed] == ["0.eml", "1.eml", "2.eml"]
