"""Shared fixtures: database URLs for SQLite and PostgreSQL, a trained classifier.

Storage tests take ``db_url`` and run once per backend. The PostgreSQL
backend uses a private database created for this test session on the local
server (127.0.0.1:5432, user postgres); when the server is not there the
PostgreSQL runs are skipped, unless ``INTAKE_REQUIRE_SERVERS=1`` (CI) makes
that a failure.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from intake.analyse.classifier import Classifier, load_classifier

PG_ADMIN_URL = os.environ.get(
    "INTAKE_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)


def servers_required() -> bool:
    """True in CI: a missing test server is a failure, not a skip."""
    return os.environ.get("INTAKE_REQUIRE_SERVERS") == "1"


@pytest.fixture(scope="session")
def pg_database() -> Iterator[str]:
    """A fresh PostgreSQL database for this session; its URL."""
    name = f"intake_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as err:  # any driver or connection failure means: no server here
        admin.dispose()
        if servers_required():
            pytest.fail(f"PostgreSQL at {PG_ADMIN_URL} is required but unusable: {err}")
        pytest.skip(f"PostgreSQL not available at {PG_ADMIN_URL}: {err}")
    url = PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    yield url
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _reset_postgres(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database: a SQLite file, or the session's PostgreSQL database wiped clean."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'intake.db'}"
    url = request.getfixturevalue("pg_database")
    _reset_postgres(url)
    return url


@pytest.fixture(scope="session")
def model_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A model file trained once per session from the shipped corpus."""
    path = tmp_path_factory.mktemp("model") / "intake-model.npz"
    load_classifier(path, 0.6)
    return path


@pytest.fixture(scope="session")
def classifier(model_path: Path) -> Classifier:
    """The classifier trained on the shipped corpus."""
    return load_classifier(model_path, 0.6)
