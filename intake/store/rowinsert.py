"""A whole row inserted through the driver's own statement, its id returned.

Storing a message inserts one ``messages`` row of about thirty columns, and
SQLAlchemy's per-statement work (the cache key, parameter processing, the
result object) cost three times what SQLite spends on the insert itself
(0.36 ms a message against 0.09, measured over ``intake analyse`` of 3,000
messages). Here the INSERT .. RETURNING is compiled once per dialect, each
value goes through the dialect's own conversion for its column type (so the
row is stored exactly as the Core insert stored it, Python-side defaults
included), and the statement runs through ``exec_driver_sql``, which keeps
SQLAlchemy's error wrapping and disconnect handling.

``RowsInsert`` writes many rows whose ids are already known (PostgreSQL takes
them from the table's sequence first) in one statement: one plan and one
executor run for a whole chunk of messages instead of one per message, which
was about a third of PostgreSQL's CPU for the row (bench/pg_cpu.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import Column, Table, insert
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session


class RowInsert:
    """``INSERT INTO table (every column but id) VALUES (..)`` for one dialect; the new id."""

    def __init__(self, table: Table, dialect: Dialect) -> None:
        columns = [column for column in table.c if column.key != "id"]
        # SQLite gives the new row's id without a row to fetch; PostgreSQL returns it.
        self._lastrowid = dialect.name == "sqlite"
        statement = insert(table) if self._lastrowid else insert(table).returning(table.c.id)
        compiled = statement.compile(
            dialect=dialect, column_keys=[column.key for column in columns]
        )
        if compiled.escaped_bind_names:
            raise ValueError(f"{table.name}: bind names need escaping, not supported here")
        self.sql = str(compiled)
        names = compiled.positiontup if compiled.positional else [c.key for c in columns]
        by_key = {column.key: column for column in columns}
        self._columns = [(name, *_prepared(by_key[name], dialect)) for name in names or []]
        self._names = [name for name, _, _ in self._columns]
        self._positional = compiled.positional

    def __call__(self, session: Session, values: Mapping[str, Any]) -> int:
        """Insert one row (missing columns take their defaults) in the session's
        transaction; its id."""
        row = _row(self._columns, values)
        params: Any = tuple(row) if self._positional else dict(zip(self._names, row, strict=True))
        result = session.connection().exec_driver_sql(self.sql, params)
        return result.lastrowid if self._lastrowid else result.scalar_one()


class RowsInsert:
    """``INSERT INTO table (every column) VALUES (..), (..) ..``: many rows, ids given
    (PostgreSQL with psycopg: bind casts as SQLAlchemy compiles them, ``%s`` markers)."""

    def __init__(self, table: Table, dialect: Dialect) -> None:
        columns = list(table.c)
        compiled = insert(table).compile(
            dialect=dialect, column_keys=[column.key for column in columns]
        )
        if compiled.positional or compiled.escaped_bind_names or dialect.paramstyle != "pyformat":
            raise ValueError(f"{table.name}: only named binds (psycopg) are supported here")
        head, group = str(compiled).split(" VALUES ", 1)
        names = _BIND.findall(group)
        by_key = {column.key: column for column in columns}
        self._head, self._group = head, _BIND.sub("%s", group)
        self._columns = [(name, *_prepared(by_key[name], dialect)) for name in names]

    def row(self, values: Mapping[str, Any]) -> tuple[Any, ...]:
        """One row's values as the statement takes them (missing columns: their defaults),
        converted now (a default such as ``created_at`` is the time of this call)."""
        return tuple(_row(self._columns, values))

    def __call__(self, session: Session, rows: Sequence[tuple[Any, ...]]) -> None:
        """Insert ``rows`` (made by ``row``) in the session's transaction: one statement,
        or a few when so many rows would pass PostgreSQL's limit on parameters."""
        step = max(1, MAX_PARAMETERS // len(self._columns))
        connection = session.connection()
        for first in range(0, len(rows), step):
            part = rows[first : first + step]
            sql = f"{self._head} VALUES {', '.join([self._group] * len(part))}"
            connection.exec_driver_sql(sql, tuple(v for row in part for v in row))


MAX_PARAMETERS = 32_767  # per statement; PostgreSQL's protocol allows 65,535
_BIND = re.compile(r"%\((\w+)\)s")  # a named bind as psycopg's dialect renders it


def _row(
    columns: list[tuple[str, Callable[[Any], Any], Callable[[], Any]]], values: Mapping[str, Any]
) -> list[Any]:
    return [
        convert(values[name] if name in values else default()) for name, convert, default in columns
    ]


def _prepared(column: Column, dialect: Dialect) -> tuple[Callable[[Any], Any], Callable[[], Any]]:
    """The dialect's conversion of a value for ``column``, and its Python-side default."""
    if column.server_default is not None and column.default is None:
        raise ValueError(f"{column}: a server default alone is not supported here")
    convert = bind_converter(column, dialect)
    default = column.default
    if default is None:
        return convert, _none
    if default.is_callable:
        make = default.arg  # type: ignore[attr-defined]  # wrapped to take a context
        return convert, lambda: make(None)
    value = default.arg  # type: ignore[attr-defined]
    return convert, lambda: value


def bind_converter(column: Column, dialect: Dialect) -> Callable[[Any], Any]:
    """The dialect's conversion of a value for ``column`` (SQLite keeps datetimes as text,
    booleans as integers); ``unconverted`` where the driver takes the value as it is."""
    return column.type.dialect_impl(dialect).bind_processor(dialect) or unconverted


def unconverted(value: Any) -> Any:
    """A value the driver takes as it is."""
    return value


def _none() -> None:
    return None
