"""When digests are due: per client, in the client's time zone, daily at a time or weekly.

Pure: ``due_digests(now, config, ledger)`` returns the digests whose latest
scheduled moment has passed and whose key is not in the ledger yet. The key
is ``digest:<client>:<local date of the slot>`` (``digest:consultant:...``
for the consultant's digest), so each slot's digest is queued once; a
digest missed while intake was stopped goes out once when it runs again.
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from intake.config import WEEKDAYS, Config, DigestConfig

CONSULTANT = "consultant"


@dataclass(frozen=True)
class DueDigest:
    """A digest to queue now: its ledger key, whose it is (None: consultant) and recipients.

    ``slot`` is the scheduled moment (aware); ``period`` the schedule's length,
    the window a first digest covers when no earlier one was sent.
    """

    key: str
    client: str | None
    recipients: tuple[str, ...]
    slot: datetime
    period: timedelta


def digest_key(client: str | None, slot: datetime) -> str:
    """``digest:<client>:<local date>``, the consultant's under ``consultant``."""
    return f"digest:{client or CONSULTANT}:{slot.date().isoformat()}"


def latest_slot(now: datetime, schedule: DigestConfig, zone: ZoneInfo) -> datetime:
    """The most recent scheduled moment at or before ``now``, in ``zone``."""
    local = now.astimezone(zone)
    hour, minute = (int(part) for part in schedule.time.split(":"))
    at = time(hour, minute)
    step = 7 if schedule.schedule == "weekly" else 1
    day = local.date()
    if schedule.schedule == "weekly":
        day -= timedelta(days=(local.weekday() - WEEKDAYS.index(schedule.weekday)) % 7)
    slot = datetime.combine(day, at, zone)
    if slot > local:
        slot = datetime.combine(day - timedelta(days=step), at, zone)
    return slot


def due_digests(now: datetime, config: Config, ledger: Container[str]) -> list[DueDigest]:
    """Digests whose slot has passed and whose key the ledger does not hold yet."""
    schedule = config.notify.digest
    if schedule.schedule == "off":
        return []
    period = timedelta(days=7 if schedule.schedule == "weekly" else 1)
    due: list[DueDigest] = []
    for name, client in sorted(config.clients.items()):
        if not client.digest_to:
            continue
        zone = ZoneInfo(client.timezone or schedule.timezone)
        slot = latest_slot(now, schedule, zone)
        due.append(DueDigest(digest_key(name, slot), name, client.digest_to, slot, period))
    if config.notify.consultant_to:
        slot = latest_slot(now, schedule, ZoneInfo(schedule.timezone))
        recipients = config.notify.consultant_to
        due.append(DueDigest(digest_key(None, slot), None, recipients, slot, period))
    return [item for item in due if item.key not in ledger]
