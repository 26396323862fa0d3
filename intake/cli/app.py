"""What every command needs, opened lazily: the config, the store, the classifier."""

from __future__ import annotations

from datetime import datetime
from functools import cached_property
from pathlib import Path

from intake.classify import Classifier, load_classifier
from intake.config import DEFAULT_CLIENT, Config, find_config_path, load_config
from intake.errors import InputError
from intake.logs import configure_logging
from intake.store import Store, open_store, views
from intake.store.labels import corrections
from intake.timeutil import utcnow


class App:
    """One command's view of the installation."""

    def __init__(self, config_path: str | None, debug: bool = False) -> None:
        self.debug = debug
        self.config: Config = load_config(find_config_path(config_path))
        self.now: datetime = utcnow()
        configure_logging(self.config.logging.level, self.config.logging.format, debug)

    @cached_property
    def store(self) -> Store:
        """The database, migrated to the current schema."""
        return open_store(self.config.database_url)

    @cached_property
    def classifier(self) -> Classifier:
        """The notice classifier; built from the shipped corpus on first use."""
        path = self.model_path
        with self.store.session() as session:
            fixes = corrections(session)
        return load_classifier(path, self.config.classifier.review_threshold, fixes)

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
            raise InputError(f"unknown client {name!r} (configured: {_names(self.config)})")
        display = clients[name].name if name in clients else ""
        return name, display or name

    def client_filter(self, name: str | None) -> str | None:
        """``--client`` as a filter: None for all, else a client the config or the database
        knows; a misspelt name is an ``InputError``, not an empty list."""
        if name is None or name in self.config.clients:
            return name
        with self.store.session() as session:
            stored = views.client_names(session)
        if name not in stored:
            known = ", ".join(sorted({*self.config.clients, *stored})) or "none yet"
            raise InputError(f"unknown client {name!r} (known: {known})")
        return name

    def close(self) -> None:
        """Release the database connections if any were opened."""
        if "store" in self.__dict__:
            self.store.close()


def _names(config: Config) -> str:
    return ", ".join(sorted(config.clients)) or DEFAULT_CLIENT
