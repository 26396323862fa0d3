"""Rows read from PostgreSQL in the binary format, for the statements that ask for it.

psycopg reads results as text unless told otherwise, and a ``bytea`` value
then travels as hex: twice its size, encoded by the server and decoded by
the driver. The drain reads every waiting message's raw bytes (15-20 KB
each) back from the inbox, and the server's hex encoding and sending of
them was about a sixth of PostgreSQL's CPU per message stored
(bench/pg_cpu.py, perf). A statement executed with the execution option
``BINARY_ROWS`` set gets its rows in the binary format instead (the values
are the same Python objects: psycopg has binary loaders for every type the
models use). Other drivers and SQLite ignore the option.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, event

#: ``execution_options={BINARY_ROWS: True}``: read this statement's rows as binary.
BINARY_ROWS = "intake_binary_rows"


def install(engine: Engine) -> None:
    """Honour ``BINARY_ROWS`` on ``engine`` (psycopg 3 only: a no-op elsewhere)."""
    if engine.dialect.name == "postgresql" and engine.dialect.driver == "psycopg":
        event.listen(engine, "before_cursor_execute", _binary_rows)


def _binary_rows(
    _connection: Any,
    cursor: Any,
    _statement: str,
    _parameters: Any,
    context: Any,
    _executemany: bool,
) -> None:
    if context is not None and context.execution_options.get(BINARY_ROWS):
        from psycopg import pq

        cursor.format = pq.Format.BINARY  # this execution's cursor only: each has its own
