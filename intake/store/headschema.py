"""A new SQLite database made at the head revision in one step, instead of by every migration.

Why: ``intake poll`` or ``intake init`` into a new file ran the migrations from
0001 (importing Alembic, rebuilding tables in batch mode, committing each): 0.07
s of CPU and 0.15-0.3 s of wall clock, a tenth of taking 5,000 messages in.
``migrations/head.sqlite.sql`` is the schema the migrations leave (``sqlite_master``
of a migrated database, in order, without what SQLite makes itself: the FTS5
shadow tables, ``sqlite_sequence``, automatic indexes) and its ``alembic_version``
row; it runs as one transaction, so a crash leaves an empty file or the whole
schema. It is used only when its revision line names the head revision: a
migration added without regenerating the file (``python -m intake.store.headschema``)
costs the migrations' time, never a wrong schema, and ``tests/integration/
test_headschema.py`` fails until the file is regenerated. PostgreSQL databases,
made once per installation, are migrated as before.
"""

from __future__ import annotations

import re
import sqlite3
import sys
import tempfile
from pathlib import Path

from sqlalchemy import Engine

from intake.store.search import SEARCH_TABLES

HEAD_SCHEMA = Path(__file__).with_name("migrations") / "head.sqlite.sql"
_REVISION = re.compile(r"^-- revision: (\S+)$", re.M)
_HEADER = (
    "-- The schema the migrations leave in a new SQLite database, made in one step by\n"
    "-- intake.store.headschema. Generated: python -m intake.store.headschema\n"
)


def head_script(revision: str, path: Path = HEAD_SCHEMA) -> str | None:
    """The file's SQL when it is the schema at ``revision``, else None."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return None
    found = _REVISION.search(text)
    return text if found is not None and found.group(1) == revision else None


def create_at_head(engine: Engine, revision: str, path: Path = HEAD_SCHEMA) -> bool:
    """Make the head schema in an empty SQLite database; False (nothing done) when the
    database is not SQLite, not empty, or the file is not at ``revision``.

    Another process creating the same file at the same moment makes one of the two
    transactions fail on a table that exists; that one does nothing and says False.
    """
    if engine.dialect.name != "sqlite":
        return False
    script = head_script(revision, path)
    if script is None:
        return False
    connection = engine.raw_connection()
    try:
        driver = connection.driver_connection
        assert isinstance(driver, sqlite3.Connection)
        if driver.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            return False
        try:
            driver.executescript(f"BEGIN IMMEDIATE;\n{script}\nCOMMIT;")
        except sqlite3.OperationalError as err:
            driver.rollback()
            if "already exists" in str(err):
                return False
            raise
        return True
    finally:
        connection.close()


def dump(connection: sqlite3.Connection, revision: str) -> str:
    """The script that makes ``connection``'s schema, at ``revision``, in an empty file.

    Tables in the order they were made, then indexes and triggers by name, each table's
    constraints sorted: Alembic's batch mode rebuilds a table with its constraints (and
    indexes) in an order that changes from run to run (``canonical``).
    """
    rows = connection.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid"
    ).fetchall()
    kept = [
        (kind, name, canonical(sql))
        for kind, name, sql in rows
        if name != "sqlite_sequence" and not (kind == "table" and _is_shadow(name))
    ]
    order = {"table": 0, "view": 1, "index": 2, "trigger": 3}
    kept.sort(key=lambda row: (order[row[0]], "" if row[0] in ("table", "view") else row[1]))
    statements = [f"{sql};" for _, _, sql in kept]
    # As the migration that made it: the full-text index's empty totals, written.
    rebuilt = [
        f"INSERT INTO {name}({name}) VALUES ('rebuild');"
        for kind, name, _ in kept
        if kind == "table" and name in SEARCH_TABLES
    ]
    version = f"INSERT INTO alembic_version (version_num) VALUES ('{revision}');"
    lines = [*statements, *rebuilt, version]
    return _HEADER + f"-- revision: {revision}\n" + "\n".join(lines) + "\n"


_CONSTRAINTS = ("CONSTRAINT ", "UNIQUE ", "PRIMARY KEY", "FOREIGN KEY", "CHECK ")


def canonical(sql: str) -> str:
    """A ``CREATE TABLE`` as SQLAlchemy writes it, with its constraints in sorted order
    (its columns keep theirs); any other statement as it is."""
    lines = sql.split("\n")
    if not lines[0].startswith("CREATE TABLE") or len(lines) < 3 or lines[-1] != ")":
        return sql
    body = [line.rstrip().removesuffix(",").rstrip() for line in lines[1:-1]]
    columns = [line for line in body if not line.lstrip().startswith(_CONSTRAINTS)]
    constraints = sorted(line for line in body if line.lstrip().startswith(_CONSTRAINTS))
    return "\n".join([lines[0], ", \n".join([*columns, *constraints]), ")"])


def _is_shadow(name: str) -> bool:
    """An FTS5 shadow table: made by SQLite with the virtual table it belongs to."""
    return any(name.startswith(f"{table}_") for table in SEARCH_TABLES)


def migrated_dump() -> str:
    """``dump`` of a new SQLite database brought to head by the migrations themselves."""
    from intake.store import head_revision, make_engine, migrate_with_alembic

    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "migrated.db"
        engine = make_engine(f"sqlite:///{database}")
        try:
            migrate_with_alembic(engine)
        finally:
            engine.dispose()
        connection = sqlite3.connect(database)
        try:
            return dump(connection, head_revision())
        finally:
            connection.close()


if __name__ == "__main__":
    HEAD_SCHEMA.write_text(migrated_dump(), encoding="utf-8")
    print(f"wrote {HEAD_SCHEMA}", file=sys.stderr)
