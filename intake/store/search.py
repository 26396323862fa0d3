"""Full-text search over stored mail: subjects, bodies and facts (ASINs, order and case IDs).

SQLite uses an FTS5 table (``message_fts``) over ``messages``, kept in step
by triggers; PostgreSQL a GIN index over ``PG_DOCUMENT``. Both are made by
migration 0005. What a person types is never SQL and never FTS syntax:
each word becomes a quoted phrase (SQLite) or goes through
``websearch_to_tsquery`` (PostgreSQL), and every word must match. An order
ID such as ``114-1234567-1234567`` is split by both tokenizers the same way
for the text and for the query, so it is found as typed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

SEARCH_TABLES = frozenset({"message_fts"})  # plus FTS5's shadow tables message_fts_*
SEARCH_INDEXES = frozenset({"ix_messages_search"})

_COLUMNS = "subject, text, facts"
SQLITE_FTS_DDL = (
    f"CREATE VIRTUAL TABLE message_fts USING fts5({_COLUMNS}, content='messages',"
    " content_rowid='id', tokenize='unicode61')",
    "CREATE TRIGGER message_fts_ai AFTER INSERT ON messages BEGIN"
    f" INSERT INTO message_fts(rowid, {_COLUMNS}) VALUES (new.id, new.subject, new.text,"
    " new.facts); END",
    "CREATE TRIGGER message_fts_ad AFTER DELETE ON messages BEGIN"
    f" INSERT INTO message_fts(message_fts, rowid, {_COLUMNS}) VALUES ('delete', old.id,"
    " old.subject, old.text, old.facts); END",
    "CREATE TRIGGER message_fts_au AFTER UPDATE OF subject, text, facts ON messages BEGIN"
    f" INSERT INTO message_fts(message_fts, rowid, {_COLUMNS}) VALUES ('delete', old.id,"
    " old.subject, old.text, old.facts);"
    f" INSERT INTO message_fts(rowid, {_COLUMNS}) VALUES (new.id, new.subject, new.text,"
    " new.facts); END",
    "INSERT INTO message_fts(message_fts) VALUES ('rebuild')",
)
# The indexed expression; the query must repeat it exactly for the index to be used.
PG_DOCUMENT = (
    "to_tsvector('simple'::regconfig, coalesce(subject, '') || ' ' || coalesce(text, '')"
    " || ' ' || coalesce(facts::text, ''))"
)
_WORD = re.compile(r"\w")
_CASE_NUMBER = re.compile(r"#?(\d{1,9})")


def is_search_object(name: str | None, type_: str, _parent: object = None) -> bool:
    """True for the search table, its shadow tables and index (not in the models)."""
    if not name:
        return False
    if type_ == "table":
        return name in SEARCH_TABLES or name.startswith("message_fts_")
    return type_ == "index" and name in SEARCH_INDEXES


def fts5_query(words: str) -> str | None:
    """A safe FTS5 query: every word a quoted phrase, all required; None if nothing to find."""
    terms = [word for word in words.split() if _WORD.search(word)]
    if not terms:
        return None
    return " ".join('"' + term.replace('"', '""') + '"' for term in terms)


def case_number(words: str) -> int | None:
    """The intake case number a query names (``12`` or ``#12``), if it is only that."""
    found = _CASE_NUMBER.fullmatch(words.strip())
    return int(found.group(1)) if found else None


def matching_cases(session: Session, words: str, clients: Iterable[str]) -> set[int]:
    """Ids of the cases of ``clients`` with a message matching every word of ``words``.

    A bare number also matches the intake case of that number.
    """
    names = sorted(set(clients))
    if not names or not words.strip():
        return set()
    if session.get_bind().dialect.name == "sqlite":
        found = _sqlite_cases(session, words, names)
    else:
        found = _postgres_cases(session, words, names)
    number = case_number(words)
    if number is not None:
        found |= _own_case(session, number, names)
    return found


def _sqlite_cases(session: Session, words: str, names: list[str]) -> set[int]:
    query = fts5_query(words)
    if query is None:
        return set()
    statement = text(
        "SELECT DISTINCT m.case_id FROM message_fts JOIN messages m ON m.id = message_fts.rowid"
        " JOIN clients c ON c.id = m.client_id"
        " WHERE message_fts MATCH :query AND c.name IN :names AND m.case_id IS NOT NULL"
    ).bindparams(bindparam("names", expanding=True))
    return set(session.scalars(statement, {"query": query, "names": names}))


def _postgres_cases(session: Session, words: str, names: list[str]) -> set[int]:
    # messages' columns stay unqualified so the expression is the indexed one, word for word
    statement = text(
        "SELECT DISTINCT messages.case_id FROM messages"
        " JOIN clients ON clients.id = messages.client_id"
        f" WHERE {PG_DOCUMENT} @@ websearch_to_tsquery('simple'::regconfig, :query)"
        " AND clients.name IN :names AND messages.case_id IS NOT NULL"
    ).bindparams(bindparam("names", expanding=True))
    return set(session.scalars(statement, {"query": words, "names": names}))


def _own_case(session: Session, number: int, names: list[str]) -> set[int]:
    statement = text(
        "SELECT k.id FROM cases k JOIN clients c ON c.id = k.client_id"
        " WHERE k.id = :number AND c.name IN :names"
    ).bindparams(bindparam("names", expanding=True))
    return set(session.scalars(statement, {"number": number, "names": names}))
