"""What every command needs, opened lazily: the config, the store, the classifier."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Sequence
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

import click

from intake.config import DEFAULT_CLIENT, Config, find_config_path, load_config
from intake.errors import ConfigError, InputError
from intake.logs import configure_logging
from intake.timeutil import utcnow

if TYPE_CHECKING:  # imported where used: taking mail in needs neither, classifying files no store
    from intake.analyse.classifier import Classifier
    from intake.store import Store


class App:
    """One command's view of the installation.

    ``creates_database`` is set by the commands that take mail in (init, ingest,
    poll, run). Without a config file, only they may create the default SQLite
    database; every other command stops with the path it would have created, so a
    command run in the wrong folder does not leave an empty ``intake.db`` behind. A
    config file that names a database is the user's wish for it to exist: it is
    created by any command, as before.
    """

    def __init__(self, config_path: str | None, debug: bool = False) -> None:
        self.debug = debug
        self.config: Config = load_config(find_config_path(config_path))
        self.creates_database = False
        self._done = threading.Event()  # ends the helper threads when the command ends
        configure_logging(self.config.logging.level, self.config.logging.format, debug)

    @cached_property
    def now(self) -> datetime:
        """The time the command works as of: ``[clock] as_of`` (said once on stderr, by the
        commands whose output depends on it), else the real time."""
        fixed = self.config.clock.now()
        if fixed is None:
            return utcnow()
        click.echo(
            f"Note: as of {fixed:%Y-%m-%d %H:%M %Z} ([clock] as_of in {self.config.source}),"
            " not the real time.",
            err=True,
        )
        return fixed

    @cached_property
    def store(self) -> Store:
        """The database, migrated to the current schema."""
        missing = self.missing_database()
        if missing is not None and not self.creates_database and self.config.source is None:
            raise InputError(
                f"no database at {missing} (no config found: --config, $INTAKE_CONFIG or"
                " ./intake.toml); `intake init` or `intake ingest` creates it there"
            )
        from intake.store import open_store

        store = open_store(self.config.database_url)
        if store.engine.dialect.name == "sqlite" and sys.stderr.isatty():
            say_when_waiting(store.engine, self._done)
        return store

    def missing_database(self) -> Path | None:
        """The SQLite file the config names when it does not exist yet, else None."""
        database = sqlite_database(self.config.database_url)
        if database in (None, "", ":memory:"):
            return None
        path = Path(database)
        return None if path.exists() else path

    @cached_property
    def classifier(self) -> Classifier:
        """The notice classifier; built from the shipped corpus on first use.

        People's corrections are read from the database when there is one; a
        command that only classifies files never creates a database for them.
        """
        from intake.analyse.classifier import load_classifier

        return load_classifier(
            self.model_path, self.config.classifier.review_threshold, self.corrections()
        )

    def corrections(self) -> list:
        """People's corrections from the database; none when its SQLite file does not exist
        (nothing was ever stored, so nobody corrected anything): classifying or training
        files never creates a database just to find it empty."""
        missing = self.missing_database()
        if missing is not None:
            if not missing.parent.is_dir():  # as opening it would say: the config is wrong
                raise ConfigError(f"database.url: folder {missing.parent} does not exist")
            return []
        from intake.store.labels import corrections

        with self.store.session() as session:
            return corrections(session)

    @property
    def model_path(self) -> Path:
        """Where the model file lives."""
        return self.config.resolve(self.config.classifier.model_path)

    def client(self, name: str | None) -> tuple[str, str]:
        """The client ``name`` (or the only/default one) and its display name."""
        clients = self.config.clients
        if name is None:
            if len(clients) > 1:
                raise InputError(
                    f"several clients configured; choose one with --client ({_names(self.config)})"
                )
            name = next(iter(clients), DEFAULT_CLIENT)
        if clients and name not in clients:
            raise unknown_client(name, clients)
        return name, self.display(name)

    def display(self, name: str) -> str:
        """The client's display name (``clients.NAME.name``), else its key."""
        configured = self.config.clients.get(name)
        return (configured.name if configured else "") or name

    def client_filter(self, names: Sequence[str]) -> tuple[str, ...] | None:
        """``--client`` (repeatable) as a filter: None for all, else clients the config or
        the database knows; a misspelt name is an ``InputError``, not an empty list."""
        if not names:
            return None
        unknown = [name for name in names if name not in self.config.clients]
        if unknown:
            from intake.store import views

            with self.store.session() as session:
                stored = views.client_names(session)
            for name in unknown:
                if name not in stored:
                    raise unknown_client(name, {*self.config.clients, *stored})
        return tuple(dict.fromkeys(names))

    def close(self) -> None:
        """Release the database connections if any were opened."""
        self._done.set()
        if "store" in self.__dict__:
            self.store.close()


WAIT_NOTE_AFTER_S = 2.0  # a SQLite statement this slow is most likely waiting for the lock


def say_when_waiting(engine, done: threading.Event, after: float = WAIT_NOTE_AFTER_S) -> None:
    """On a terminal, one line when a SQLite statement has waited ``after`` seconds.

    Another process writing to the file holds its write lock, and SQLite waits up to its
    busy timeout (30 s) before "database is locked": without a word the command looks
    hung. One watcher thread (until ``done`` is set) and a time stamp per statement.
    """
    from sqlalchemy import event

    from intake.store import SQLITE_BUSY_TIMEOUT_S

    started: dict[int, float] = {}  # by thread: `intake web` serves requests in several

    def begin(*_args) -> None:
        started[threading.get_ident()] = time.monotonic()

    def end(*_args) -> None:
        started.pop(threading.get_ident(), None)

    def watch() -> None:
        said = False
        while not done.wait(after / 4):
            since = min(list(started.values()), default=None)
            if since is None:
                said = False
            elif not said and time.monotonic() - since >= after:
                said = True
                click.echo(
                    "Waiting for the database (another process may be writing to it;"
                    f" SQLite waits up to {SQLITE_BUSY_TIMEOUT_S} s)...",
                    err=True,
                )

    event.listen(engine, "before_cursor_execute", begin)
    event.listen(engine, "after_cursor_execute", end)
    event.listen(engine, "handle_error", end)
    threading.Thread(target=watch, name="intake-db-wait", daemon=True).start()


def sqlite_database(url: str) -> str | None:
    """The database part of a SQLite URL (a path, "" or ":memory:"); None for another
    database, or a bad URL (``open_store`` names it).

    The usual ``sqlite:///PATH`` is read as SQLAlchemy reads it, without importing
    SQLAlchemy: a sixth of a second that a command on files (``intake classify``) need
    not spend when there is no database to read.
    """
    plain = "sqlite:///"
    if url.startswith(plain) and not any(char in url for char in "%?"):
        return url[len(plain) :]
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except ArgumentError:
        return None
    return parsed.database if parsed.get_backend_name() == "sqlite" else None


def unknown_client(name: str, known) -> InputError:
    """The one wording for a client nobody configured or stored, wherever it is named."""
    listed = ", ".join(sorted(known)) or DEFAULT_CLIENT
    return InputError(f"unknown client {name!r} (known: {listed})")


def _names(config: Config) -> str:
    return ", ".join(sorted(config.clients)) or DEFAULT_CLIENT
