"""A new SQLite database made at head in one step is the database the migrations make."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

from intake.store import head_revision, make_engine, migrate_with_alembic, open_store, upgrade
from intake.store.headschema import (
    HEAD_SCHEMA,
    canonical,
    create_at_head,
    head_script,
    migrated_dump,
)


def schema(path: Path) -> dict[str, object]:
    """Everything a schema is in a SQLite file: its objects' SQL (a table's constraints in
    any order: Alembic's batch mode changes it from run to run), the page size, the
    revision and the full-text index's configuration."""
    with closing(sqlite3.connect(path)) as connection:
        return {
            "objects": [
                (kind, name, table, canonical(sql) if sql else None)
                for kind, name, table, sql in connection.execute(
                    "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
                )
            ],
            "page_size": connection.execute("PRAGMA page_size").fetchone(),
            "revision": connection.execute("SELECT * FROM alembic_version").fetchall(),
            "fts_config": connection.execute("SELECT * FROM message_fts_config").fetchall(),
            "fts_data": connection.execute("SELECT * FROM message_fts_data").fetchall(),
        }


def test_the_head_schema_file_is_what_the_migrations_make() -> None:
    """The shipped script is at head and equals a fresh dump of a migrated database
    (when not: a migration was added; run ``python -m intake.store.headschema``)."""
    assert head_script(head_revision()) is not None, "stale: python -m intake.store.headschema"
    assert HEAD_SCHEMA.read_text(encoding="utf-8") == migrated_dump()


def test_a_new_sqlite_database_in_one_step_equals_the_migrated_one(tmp_path: Path) -> None:
    """A new file is made at head without migrations, identical to one migrated from 0001
    (same objects, same SQL, same page size, same revision)."""
    made, migrated = tmp_path / "made.db", tmp_path / "migrated.db"
    engine = make_engine(f"sqlite:///{made}")
    try:
        assert create_at_head(engine, head_revision()) is True
    finally:
        engine.dispose()
    engine = make_engine(f"sqlite:///{migrated}")
    try:
        migrate_with_alembic(engine)
    finally:
        engine.dispose()
    assert schema(made) == schema(migrated)
    assert schema(made)["revision"] == [(head_revision(),)]


def test_a_stale_or_unneeded_script_is_left_to_the_migrations(tmp_path: Path) -> None:
    """A script of another revision, or a database that is not empty, makes nothing; the
    migrations then bring the database to head."""
    stale = tmp_path / "head.sqlite.sql"
    stale.write_text(HEAD_SCHEMA.read_text().replace("-- revision: ", "-- revision: 0"))
    engine = make_engine(f"sqlite:///{tmp_path / 'intake.db'}")
    try:
        assert create_at_head(engine, head_revision(), stale) is False
        with engine.begin() as connection:
            connection.exec_driver_sql("CREATE TABLE notes (id INTEGER)")
        assert create_at_head(engine, head_revision()) is False
        assert upgrade(engine) is True
    finally:
        engine.dispose()
    with closing(sqlite3.connect(tmp_path / "intake.db")) as connection:
        names = {name for (name,) in connection.execute("SELECT name FROM sqlite_master")}
    assert {"notes", "inbox", "alembic_version"} <= names


def test_a_new_sqlite_database_is_made_without_importing_alembic(tmp_path: Path) -> None:
    """Making a new database is one script: Alembic stays unimported."""
    code = (
        "import sys\nfrom intake.store import open_store, current_revision\n"
        "store = open_store(sys.argv[1])\nprint(current_revision(store.engine))\n"
        "store.close()\nprint(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))"
    )
    url = f"sqlite:///{tmp_path / 'intake.db'}"
    result = subprocess.run(
        [sys.executable, "-c", code, url], capture_output=True, text=True, check=True
    )
    assert result.stdout.splitlines() == [head_revision(), "[]"], result.stderr
    open_store(url).close()  # and it opens as a database at head
