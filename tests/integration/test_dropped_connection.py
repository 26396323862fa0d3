"""A PostgreSQL connection that dies mid-drain ends in one line, not a traceback.

Found by terminating the backends of a running `intake ingest` (what a database restart
or a proxy's idle cut does): the drain's own StoreError ("terminating connection due to
administrator command") was masked by a second, raw SQLAlchemy error from releasing the
client's advisory lock on the dead connection, and the user got three tracebacks.
"""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from intake.errors import StoreError
from intake.store import inbox, open_store

CLIENT = 987_654  # a lock key only: claimed() needs no client row


def _terminate_others(url: str) -> None:
    """Kill every other backend of the database, as a restart or an admin would."""
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        )
    engine.dispose()


@pytest.mark.postgres
def test_a_lock_connection_that_died_neither_masks_the_error_nor_keeps_the_lock(
    pg_database: str,
) -> None:
    store = open_store(pg_database)
    try:
        failure = StoreError("database x: terminating connection due to administrator command")
        with pytest.raises(StoreError) as raised, inbox.claimed(store, CLIENT) as ours:
            assert ours
            _terminate_others(pg_database)
            raise failure
        assert raised.value is failure  # the drain's own error, not the unlock's
        with inbox.claimed(store, CLIENT) as ours:  # a block that ends well: ends quietly
            assert ours  # the lock died with the killed session
            _terminate_others(pg_database)
        with inbox.claimed(store, CLIENT) as ours:
            assert ours
    finally:
        store.close()
