"""``intake run``: keep every IMAP account's mail flowing in until told to stop.

One thread per account. Each connects, takes in what is new, then waits for
more with IMAP IDLE on its first folder (or sleeps ``imap.poll_interval``
where the server has no IDLE; IDLE waits are also capped at that interval so
the other folders are polled too, and mail the server failed to announce is
still taken in). A failure is recorded, logged as one line
and followed by exponential backoff with jitter up to ``imap.max_backoff``;
login refusals back off the same way instead of hammering the server. One
account's failure never touches the others.

SIGTERM and SIGINT set a stop flag that is checked between batches and
during waits, so the daemon never exits in the middle of a transaction.
"""

from __future__ import annotations

import logging
import random
import signal
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from intake.classify import Classifier
from intake.config import Config
from intake.drafts.service import drafting_hook
from intake.errors import ConfigError, SourceError, StoreError
from intake.notify.notifier import notifier_thread
from intake.notify.service import notifications_wanted
from intake.poller import (
    AccountTarget,
    PollOptions,
    PollReport,
    record_failure,
    record_success,
    resolved_account,
    state_for,
    sync_mailbox,
)
from intake.secrets import resolve_credential
from intake.sources.imap import Mailbox, open_mailbox
from intake.store import Store

log = logging.getLogger(__name__)

BACKOFF_BASE = 1.0  # seconds before the first retry; doubles per failure
JOIN_SLICE = 0.5  # seconds between the main thread's checks for signals


def backoff_delay(failures: int, ceiling: float, rng: random.Random | None = None) -> float:
    """Seconds to wait after ``failures`` consecutive failures: 1, 2, 4... capped, jittered.

    Jitter keeps many accounts on one server from retrying in lockstep; the
    result is between half and all of the capped exponential delay.
    """
    exponential = min(ceiling, BACKOFF_BASE * 2 ** max(0, failures - 1))
    return exponential * (rng or random).uniform(0.5, 1.0)


@dataclass
class AccountLoop:
    """One account's endless poll/IDLE/backoff loop."""

    store: Store
    config: Config
    target: AccountTarget
    classifier: Classifier
    stop: threading.Event
    _synced: bool = False

    def run(self) -> None:
        """Serve the account until stop; the loop guard keeps it alive through anything."""
        failures = 0
        log.info("%s: started", self.target.label)
        while not self.stop.is_set():
            self._synced = False
            if self._guarded_serve():
                break
            # A connection that worked for a while starts the backoff afresh.
            failures = 1 if self._synced else failures + 1
            delay = backoff_delay(failures, self.config.imap.max_backoff)
            log.info("%s: retrying in %.1fs", self.target.label, delay)
            self.stop.wait(delay)
        log.info("%s: stopped", self.target.label)

    def _guarded_serve(self) -> bool:
        """True when serving ended because of stop; False after a failure.

        This is the loop's only broad ``except``: an unexpected error (a bug)
        is logged with its traceback and retried with backoff rather than
        silently ending the account's thread.
        """
        try:
            return self._serve()
        except (SourceError, ConfigError) as err:
            self._record(err)
        except StoreError as err:
            log.error("%s: %s", self.target.label, err)
        except Exception:  # noqa: BLE001 - the loop guard
            log.exception("%s: unexpected failure", self.target.label)
        return False

    def _record(self, err: SourceError | ConfigError) -> None:
        """Log and record the account's failed state; a database outage only costs the record."""
        log.warning("%s: %s: %s", self.target.label, state_for(err), err)
        try:
            record_failure(self.store, self.target, err)
        except StoreError as store_err:
            log.error("%s: state not recorded: %s", self.target.label, store_err)

    def _serve(self) -> bool:
        """Connect once and alternate taking in and waiting until stop or an error."""
        account = resolved_account(self.config, self.target.account)
        credential = resolve_credential(account, self.config.source)
        options = PollOptions(
            self.classifier,
            should_stop=self.stop.is_set,
            after_commit=drafting_hook(self.store, self.config),
        )
        with open_mailbox(
            account, self.config.imap, credential, self.config.ingest.max_message_bytes
        ) as mailbox:
            idle = mailbox.can_idle
            log.info("%s: connected (%s)", self.target.label, "IDLE" if idle else "polling")
            while not self.stop.is_set():
                report = sync_mailbox(self.store, mailbox, self.target, options)
                if report.error:  # a folder the server refused; the others were taken in
                    log.warning("%s: %s: %s", self.target.label, report.state, report.error)
                record_success(self.store, report)
                self._synced = True
                self._wait(mailbox, idle, report)
        return True

    def _wait(self, mailbox: Mailbox, idle: bool, report: PollReport) -> None:
        """Until new mail (IDLE), the poll interval, or stop."""
        interval = self.config.imap.poll_interval
        if not idle or not report.folders or self.stop.is_set():
            self.stop.wait(interval)
            return
        first = report.folders[0]
        mailbox.wait_for_change(first.folder, interval, self.stop.is_set, after_uid=first.last_uid)


def run_daemon(
    store: Store,
    config: Config,
    targets: Sequence[AccountTarget],
    classifier: Classifier,
    stop: threading.Event | None = None,
) -> None:
    """Run one loop per account until SIGTERM/SIGINT (or ``stop`` is set), then return.

    Signal handlers are installed only when called from the main thread.
    """
    stop = stop or threading.Event()
    loops = [AccountLoop(store, config, target, classifier, stop) for target in targets]
    threads = [
        threading.Thread(target=loop.run, name=f"intake-{loop.target.label}") for loop in loops
    ]
    if notifications_wanted(config):  # digests on schedule, alerts, retries (intake.notify)
        threads.append(notifier_thread(store, config, stop))
    with _stop_on_signals(stop):
        log.info("daemon: watching %d account(s)", len(loops))
        for thread in threads:
            thread.start()
        while any(thread.is_alive() for thread in threads):
            for thread in threads:
                thread.join(JOIN_SLICE)
    log.info("daemon: stopped")


@contextmanager
def _stop_on_signals(stop: threading.Event) -> Iterator[None]:
    """Make SIGTERM and SIGINT set ``stop`` for the duration (main thread only)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def request_stop(signum: int, _frame: object) -> None:
        log.info("daemon: %s received; stopping after the current batch", signal.strsignal(signum))
        stop.set()

    previous = {sig: signal.signal(sig, request_stop) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
