"""A client's generation: the number every writer of its cases or keys moves (issue 14).

Processes that keep a client's cases and re-send keys in memory across batches
(``intake.store.clientmemory``) compare it with the one they read them at. This
module is apart so that commands which only change cases (``intake case merge``,
``move``, ``reprocess``) bump it without importing the analysis.
"""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.orm import Session

from intake.store.models import ClientRow


def touch(session: Session, client_id: int) -> int:
    """Say a client's cases, keys or resent keys changed, so each process reads them afresh.
    Locks the client's row until the transaction ends; the new generation."""
    return session.execute(
        update(ClientRow)
        .where(ClientRow.id == client_id)
        .values(generation=ClientRow.generation + 1)
        .returning(ClientRow.generation)
    ).scalar_one()


def touch_named(session: Session, name: str | None) -> None:
    """``touch`` the client called ``name``, or every client with None."""
    statement = update(ClientRow).values(generation=ClientRow.generation + 1)
    session.execute(statement if name is None else statement.where(ClientRow.name == name))
