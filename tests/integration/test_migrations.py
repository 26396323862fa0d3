"""Alembic owns the schema: migrations match the models and run both ways, on both backends."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from intake.mail.notice import Origin, RawMessage
from intake.store import _alembic_config, current_revision, head_revision, inbox, open_store, repo
from intake.store.models import SCHEMA_REVISION, Base
from intake.store.search import is_search_object


def test_models_match_migrations(db_url: str) -> None:
    """After upgrading to head there is nothing left for autogenerate to add."""
    store = open_store(db_url)
    with store.engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={"include_name": lambda name, kind, parent: not is_search_object(name, kind)},
        )
        diff = compare_metadata(context, Base.metadata)
    store.close()
    assert diff == []


def test_head_is_the_models_revision(db_url: str) -> None:
    """open_store upgrades an empty database to the head the models declare."""
    store = open_store(db_url)
    assert current_revision(store.engine) == head_revision() == SCHEMA_REVISION
    store.close()


def test_downgrade_to_base_and_up_again(db_url: str) -> None:
    """Every migration has a working downgrade."""
    store = open_store(db_url)
    config = _alembic_config()
    with store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    assert current_revision(store.engine) is None
    store.close()
    store = open_store(db_url)
    assert current_revision(store.engine) == SCHEMA_REVISION
    store.close()


def test_0003_indexes_the_cases_it_finds(db_url: str) -> None:
    """A database at 0002 with a case naming an ASIN and a case ID: after upgrading, the
    grouping index (case_keys) finds that case by both."""
    from sqlalchemy import text

    store = open_store(db_url, migrate=False)
    config = _alembic_config()
    with store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
        connection.execute(text("INSERT INTO clients (id, name, display_name, created_at)"
                                " VALUES (1, 'acme', 'Acme', CURRENT_TIMESTAMP)"))  # fmt: skip
        connection.execute(
            text("INSERT INTO cases (id, client_id, title, kind, status, amazon_case_ids, asins)"
                 " VALUES (7, 1, 't', 'notice', 'open', :ids, :asins)"),
            {"ids": '["1234567890"]', "asins": '["B0AAAAAAA1"]'},
        )  # fmt: skip
    with store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        keys = connection.execute(text("SELECT case_id, kind, value FROM case_keys")).all()
    store.close()
    assert sorted(map(tuple, keys)) == [(7, "asin", "B0AAAAAAA1"), (7, "case", "1234567890")]


def test_0006_keeps_each_cases_grouping_state(db_url: str) -> None:
    """``cases.status`` becomes ``grouping_state`` with its values, and back on downgrade."""
    from sqlalchemy import text

    store = open_store(db_url, migrate=False)
    config = _alembic_config()
    with store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0005")
        connection.execute(
            text(
                "INSERT INTO clients (id, name, display_name, created_at)"
                " VALUES (1, 'acme', 'Acme', CURRENT_TIMESTAMP)"
            )
        )
        for case_id, state in ((1, "open"), (2, "closed"), (3, "general")):
            connection.execute(
                text(
                    "INSERT INTO cases (id, client_id, title, kind, status, amazon_case_ids, asins)"
                    " VALUES (:id, 1, 't', 'notice', :state, '[]', '[]')"
                ),
                {"id": case_id, "state": state},
            )
        command.upgrade(config, "0006")
        upgraded = connection.execute(text("SELECT id, grouping_state FROM cases ORDER BY id"))
        assert list(map(tuple, upgraded)) == [(1, "open"), (2, "closed"), (3, "general")]
        command.downgrade(config, "0005")
        downgraded = connection.execute(text("SELECT id, status FROM cases ORDER BY id"))
        assert list(map(tuple, downgraded)) == [(1, "open"), (2, "closed"), (3, "general")]
    store.close()


@pytest.mark.parametrize(
    "db_url", [pytest.param("postgresql", marks=pytest.mark.postgres)], indirect=True
)
def test_0012_stores_raw_bytes_as_they_are_on_postgresql(db_url: str) -> None:
    """A compressible message taken in is kept uncompressed, and so will raw_messages'
    zlib copies be (pglz on every take-in was a third of PostgreSQL's CPU per message);
    the downgrade to 0011 brings the compression back."""
    raw = b"Subject: order\r\n\r\n" + b"Your order has shipped. " * 2000

    def as_stored() -> tuple[str | None, list[str]]:
        """How the newest inbox row's bytes are compressed, and each data column's storage."""
        with store.session() as session:
            client_id = repo.ensure_client(session, "acme")
            inbox.take_in(session, client_id, None, [RawMessage(raw, Origin("file", path="x"))])
            method = session.execute(text("SELECT pg_column_compression(data) FROM inbox"
                                          " ORDER BY id DESC LIMIT 1")).scalar()  # fmt: skip
            storage = session.execute(text(
                "SELECT attstorage FROM pg_attribute WHERE attname = 'data'"
                " AND attrelid IN ('inbox'::regclass, 'raw_messages'::regclass)"
            )).scalars()  # fmt: skip
            return method, sorted(storage)

    store = open_store(db_url)
    assert as_stored() == (None, ["e", "e"])
    config = _alembic_config()
    with store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0011")
    assert as_stored() == ("pglz", ["x", "x"])
    store.close()
