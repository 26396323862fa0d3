"""Resent keys decoded once per database, not once per batch (issue 14).

Every batch compares its notices with each account's latest 500 notices
(``repo.resent_history_ids``, then ``repo.resent_keys``). Reading and decoding those
500 keys again for every batch cost more than the comparisons once an account had a
few hundred notices.
Messages are never deleted and a stored key changes only when
``intake reprocess`` recomputes it (which calls ``forget``), so the decoded
keys are kept, per database, by message id and content hash (a row id that
SQLite hands out again after a rolled-back batch belongs to other bytes); each
batch still asks the database which notices are the latest, so the history is
the same as a full read. Another process's kept keys are not reached: a
long-running ``intake run`` keeps serving the keys it read before a reprocess
until it is restarted.
"""

from __future__ import annotations

import weakref
from typing import Any

from sqlalchemy.orm import Session

import classifiers
from intake.cases.resent import ResentHistory
from intake.store import repo

#: Keys kept per database: enough for the latest notices of a few dozen accounts.
MAX_KEPT = 20_000

Known = dict[tuple[int, str], classifiers.ResentKey]
_KNOWN: weakref.WeakKeyDictionary[Any, Known] = weakref.WeakKeyDictionary()


def history(session: Session, account_id: int) -> ResentHistory[int]:
    """What ``ResentHistory`` over the account's latest 500 keyed notices would hold."""
    known = _KNOWN.setdefault(_database(session), {})
    latest = repo.resent_history_ids(session, account_id)
    missing = [entry for entry in latest if entry not in known]
    if missing:
        stored = repo.resent_keys(session, [pk for pk, _ in missing])
        for entry in missing:
            known[entry] = classifiers.ResentKey.from_dict(stored[entry[0]])
    found = ResentHistory([(pk, known[pk, digest]) for pk, digest in latest])
    for oldest in list(known)[: max(0, len(known) - MAX_KEPT)]:
        del known[oldest]  # the first read: an account's latest stay until others push them out
    return found


def forget(session: Session) -> None:
    """Drop the keys kept for the session's database: stored keys were rewritten."""
    _KNOWN.pop(_database(session), None)


def _database(session: Session) -> Any:
    bind = session.get_bind()
    return getattr(bind, "engine", bind)
