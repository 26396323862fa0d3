"""The daemon's notification thread: digests on schedule, alerts within seconds, retries.

``Notifier.run`` calls ``run_due_notifications`` every
``notify.check_interval`` seconds until the daemon's stop flag is set. Each
pass is guarded: a failure (SMTP down, database locked) is logged and the
next pass tries again; nothing is lost, because what was not sent stays
pending or failed in the ledger.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field

from intake.config import Config
from intake.errors import IntakeError
from intake.notify.ledger import Courier
from intake.notify.service import alert_fingerprint, run_due_notifications
from intake.notify.transport import transport_for
from intake.store import Store
from intake.timeutil import utcnow

log = logging.getLogger(__name__)


@dataclass
class Notifier:
    """One loop of notification passes, sharing the daemon's stop flag."""

    store: Store
    config: Config
    stop: threading.Event
    courier: Courier | None = field(default=None)
    _seen: tuple[int, int, str] | None = field(default=None, repr=False)

    def run(self) -> None:
        """Pass, wait ``check_interval`` (or until stop), repeat."""
        log.info("notify: started (%s delivery)", self.config.notify.delivery)
        while not self.stop.is_set():
            self.guarded_pass()
            self.stop.wait(self.config.notify.check_interval)
        log.info("notify: stopped")

    def reconfigure(self, config: Config) -> None:
        """Use a reloaded config from the next pass on (a new transport for new settings)."""
        if config.notify != self.config.notify:
            self.courier = None
        self.config = config

    def guarded_pass(self) -> None:
        """One pass; the loop guard, so the thread survives any failure."""
        try:
            if self.courier is None:
                notify = self.config.notify
                transport = transport_for(self.config)
                self.courier = Courier(self.store, transport, notify.retry_base, notify.retry_max)
            now = utcnow()
            seen = alert_fingerprint(self.store, now)
            report = run_due_notifications(
                self.store, self.config, now, self.courier, check_alerts=seen != self._seen
            )
            self._seen = seen
        except IntakeError as err:
            log.error("notify: %s", err)
            return
        except Exception:  # noqa: BLE001 - the loop guard
            log.exception("notify: unexpected failure")
            return
        if report.digests or report.alerts or report.delivery.failed:
            log.info(
                "notify: %d digest(s) and %d alert(s) queued, %d sent, %d failed",
                len(report.digests),
                len(report.alerts),
                len(report.delivery.sent),
                len(report.delivery.failed),
            )
