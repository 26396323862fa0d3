"""Resent keys decoded once per database, not once per batch (issue 14).

Every batch compares its notices with each account's latest 500 notices
(``repo.resent_history``). Reading and decoding those 500 keys again for every
batch cost more than the comparisons once an account had a few hundred notices.
A stored message's key never changes and messages are never deleted, so the
decoded keys are kept, per database, by message id and content hash (a row id
that SQLite hands out again after a rolled-back batch belongs to other bytes);
each batch still asks the database which notices are the latest, so the
history is the same as a full read.
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
    """What ``ResentHistory`` over ``repo.resent_history(session, account_id)`` would hold."""
    bind = session.get_bind()
    known = _KNOWN.setdefault(getattr(bind, "engine", bind), {})
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
