"""When storing one message fails: tell a lost database from a refused message, and
build the row that keeps a refused message raw, with its reason.

The pipeline stores each message under a SAVEPOINT. A failure there is one of
two kinds. The database itself went away (a lost connection, a lock timeout):
the whole batch must stop, so that nothing moves and it is fetched again. Or
this message holds something the database refuses, or that a stage could not
handle: then the message alone is rolled back and stored again as
``quarantined``, raw bytes and reason only, so that one hostile message never
blocks its batch, its IMAP checkpoint or its account.
"""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from classifiers.types import Label
from intake.analyse.stages import Analysis
from intake.mail.states import MessageStatus
from intake.mail.storable import clean_text
from intake.store import repo

REASON_LIMIT = 300


def connection_lost(err: Exception) -> bool:
    """A failure of the database itself, not of this message: the batch must stop."""
    return isinstance(err, DBAPIError) and (
        err.connection_invalidated or type(err).__name__ in ("OperationalError", "InterfaceError")
    )


def failure_reason(err: Exception) -> str:
    """One line naming what failed, never the statement's parameters (mail content)."""
    if isinstance(err, SQLAlchemyError):
        original = getattr(err, "orig", None) or err
        first = (str(original).strip().splitlines() or [""])[0]
        return clean_text(f"cannot store: {first or type(original).__name__}")[:REASON_LIMIT]
    return f"cannot store: {type(err).__name__}"


def quarantined_record(
    client_id: int,
    account_id: int,
    case_id: int,
    analysis: Analysis,
    model_version: str,
    reason: str,
) -> repo.MessageRecord:
    """The row for a message kept raw: no text, no facts, flagged for review, with the reason."""
    raw = analysis.raw
    fields = {
        "status": MessageStatus.QUARANTINED, "error": reason, "label": Label.OTHER,
        "confidence": 0.0, "needs_review": True, "model_version": model_version,
        "sent_at": raw.internaldate, "outgoing": analysis.outgoing,
    }  # fmt: skip
    return repo.MessageRecord(
        client_id, account_id, case_id, analysis.content_hash, raw.raw, fields
    )
