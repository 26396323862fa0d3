"""The alert triggers that are not labels; pure, so the config can check the names.

``[notify.alerts] triggers`` names what raises an immediate alert: a label (each new
incoming message with it), or one of these. The values are the names in config files
and in the send ledger's keys (``alert:<client>:<trigger>:<what>``).
"""

from __future__ import annotations

from enum import StrEnum


class AlertTrigger(StrEnum):
    """A trigger that is not a label."""

    DEADLINE_48H = "deadline_48h"  # an open case due within 48 hours (once per deadline)
    SUSPICIOUS = "suspicious"  # a message that failed the authenticity checks
