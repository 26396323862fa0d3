"""Digests and alerts: telling sellers and consultants in time, by email, exactly once.

``build_digest`` (pure) turns case views into a ``Digest``; ``render_digest``
and ``render_alert`` make text and escaped HTML from ``templates/notify/``;
the ledger (``intake.notify.ledger``) queues each message under a unique key
before it is sent, so every digest and alert goes out once; ``due_digests``
says which scheduled digests are due; ``run_due_notifications`` is the
daemon's pass over all of it.
"""

from intake.notify.alerts import Alert, find_alerts
from intake.notify.digest import CaseEntry, Digest, build_digest
from intake.notify.ledger import Courier, LedgerEntry, record_pending, unsent_entries
from intake.notify.render import Rendered, compose, render_alert, render_digest
from intake.notify.schedule import DueDigest, due_digests
from intake.notify.transport import DeliveryError, FolderTransport, SmtpTransport, transport_for

__all__ = [
    "Alert",
    "CaseEntry",
    "Courier",
    "DeliveryError",
    "Digest",
    "DueDigest",
    "FolderTransport",
    "LedgerEntry",
    "Rendered",
    "SmtpTransport",
    "build_digest",
    "compose",
    "due_digests",
    "find_alerts",
    "record_pending",
    "render_alert",
    "render_digest",
    "transport_for",
    "unsent_entries",
]
