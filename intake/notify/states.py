"""The states of a send-ledger entry (``send_ledger.status``); pure, so the store can name them."""

from __future__ import annotations

from enum import StrEnum


class LedgerState(StrEnum):
    """Where a queued digest or alert stands; ``pending`` and ``failed`` are sent again."""

    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"


#: The states a delivery pass picks up.
UNSENT = (LedgerState.PENDING, LedgerState.FAILED)
