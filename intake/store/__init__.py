"""Persistence: the engine, Alembic migrations and one session scope.

``open_store(url)`` connects (SQLite gets WAL, foreign keys, a busy timeout
and, for a new file, 16 KiB pages), brings the schema to the head revision (a new
SQLite file in one step: ``intake.store.headschema``), and
returns a ``Store`` whose ``session()`` commits on success and rolls back on any
error. Alembic is imported only when the database is not at the head revision (a
database at head, the usual case, is checked with one query of ``alembic_version``:
Alembic's import was a sixth of ``intake cases``'s start). Database failures
become ``StoreError`` naming the database (without its password). Engines hide
statement parameters (``hide_parameters``): a database error, even with
``--debug``'s traceback, never shows a subject or a body.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import (
    ArgumentError,
    DBAPIError,
    NoSuchModuleError,
    OperationalError,
    SQLAlchemyError,
)
from sqlalchemy.orm import Session, sessionmaker

from intake.errors import ConfigError, StoreError
from intake.store import binaryrows

if TYPE_CHECKING:
    from alembic.config import Config as AlembicConfig

log = logging.getLogger(__name__)

SQLITE_BUSY_TIMEOUT_S = 30
SQLITE_PAGE_SIZE = 16384  # bytes, for new database files
MIGRATION_LOCK = 0x696E74616B65  # "intake": PostgreSQL advisory lock key held while migrating


class Store:
    """An open database at the current schema revision."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def safe_url(self) -> str:
        """The URL with any password hidden, for messages and logs."""
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: commit when the block ends, roll back if it raises."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except SQLAlchemyError as err:
            session.rollback()
            raise StoreError(f"database {self.safe_url}: {_reason(err)}") from err
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def close(self) -> None:
        """Release every pooled connection."""
        self.engine.dispose()


def open_store(url: str, *, migrate: bool = True) -> Store:
    """Connect to ``url`` and, unless ``migrate`` is False, upgrade the schema to head."""
    engine = make_engine(url)
    store = Store(engine)
    if migrate:
        try:
            upgrade(engine)
        except SQLAlchemyError as err:
            engine.dispose()
            raise StoreError(f"database {store.safe_url}: {_reason(err)}") from err
    return store


def make_engine(url: str) -> Engine:
    """An engine for ``url``; SQLite files get WAL mode, foreign keys and a busy timeout."""
    try:
        parsed = make_url(url)
    except ArgumentError as err:
        raise ConfigError(f"database.url {url!r}: not a database URL") from err
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database and database != ":memory:":
            folder = Path(database).parent
            if not folder.is_dir():
                raise ConfigError(f"database.url: folder {folder} does not exist")
        engine = create_engine(
            parsed, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_S}, hide_parameters=True
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    try:
        engine = create_engine(parsed, pool_pre_ping=True, hide_parameters=True)
    except NoSuchModuleError as err:
        raise ConfigError(
            f"database.url: unknown kind of database {parsed.drivername!r} (use sqlite or"
            " postgresql)"
        ) from err
    except (ImportError, ModuleNotFoundError) as err:
        raise StoreError(
            f"database {parsed.render_as_string(hide_password=True)}: driver missing ({err.name});"
            " install intake[postgres] for PostgreSQL"
        ) from err
    binaryrows.install(engine)
    return engine


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    # Only a new, empty file takes it (so before WAL mode writes the header); an existing
    # database keeps its page size. Raw mail is 15-20 KB a message: with 4 KiB pages each
    # is four overflow pages and twice as many WAL writes, and taking mail in took 0.64 s
    # of CPU for 5,000 messages against 0.53 s with 16 KiB pages (bench/imap_backfill.py).
    cursor.execute(f"PRAGMA page_size={SQLITE_PAGE_SIZE}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _alembic_config() -> AlembicConfig:
    from alembic.config import Config as AlembicConfig

    config = AlembicConfig()
    config.set_main_option("script_location", str(_migrations()))
    return config


def _migrations() -> Path:
    return Path(str(resources.files("intake.store") / "migrations"))


# ``revision = "0005"`` / ``down_revision = "0003"`` (or None) in a migration file
_REVISION_LINE = re.compile(r'^(down_)?revision\b[^=\n]*=\s*(?:"([^"]*)"|None)\s*$', re.M)


@cache
def head_revision() -> str:
    """The newest migration shipped with this version of intake.

    Read from the migration files' ``revision``/``down_revision`` lines: the one
    revision no other file names as its ``down_revision``. When the files do not
    make one plain chain (a merge point, a line not in that form), Alembic decides.
    """
    revisions, parents = set(), set()
    for path in (_migrations() / "versions").glob("*.py"):
        found = dict(
            (bool(down), value) for down, value in _REVISION_LINE.findall(path.read_text())
        )
        if set(found) != {False, True}:
            return _alembic_head()
        revisions.add(found[False])
        parents.add(found[True])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 and "" in parents else _alembic_head()


def _alembic_head() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config()).get_current_head() or ""


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at, or None for an empty database (no
    ``alembic_version`` table yet): one plain query, without Alembic."""
    with engine.connect() as connection:
        try:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except DBAPIError as err:
            if _no_table(err):
                return None
            raise


def _no_table(err: DBAPIError) -> bool:
    """Whether the driver said the table does not exist (SQLite; PostgreSQL's SQLSTATE
    42P01, undefined_table, in any server language)."""
    code = getattr(err.orig, "sqlstate", None) or getattr(err.orig, "pgcode", None)
    return code == "42P01" or "no such table" in str(err.orig)


def upgrade(engine: Engine) -> bool:
    """Apply pending migrations; True when anything ran.

    A new SQLite database is made at head in one step (``intake.store.headschema``).
    """
    current = current_revision(engine)
    if current == head_revision():
        return False
    if current is None:
        from intake.store.headschema import create_at_head

        if create_at_head(engine, head_revision()):
            log.debug("new database made at schema %s", head_revision())
            return True
    migrate_with_alembic(engine)
    return True


def migrate_with_alembic(engine: Engine) -> None:
    """Run every migration the database lacks, up to head, with Alembic."""
    from alembic import command

    config = _alembic_config()
    with engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            # Workers started together after an upgrade migrate one at a time: the
            # lock lasts until this transaction commits, and the next finds it done.
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    log.debug("database schema upgraded to %s", head_revision())


def _reason(err: SQLAlchemyError) -> str:
    """A one-line reason from a driver error, e.g. 'database is locked'."""
    original = getattr(err, "orig", None)
    text = str(original if original is not None else err).strip().splitlines()
    reason = text[0] if text else type(err).__name__
    if isinstance(err, OperationalError) and "locked" in reason:
        return "database is locked by another process (try again)"
    return reason
