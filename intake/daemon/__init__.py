"""``intake run``: keep every IMAP account's mail flowing in until told to stop.

One thread per account. Each connects, takes in what is new (raw, with its
checkpoint: ``intake.ingest.poller``), then waits for
more with IMAP IDLE on its first folder (or sleeps ``imap.poll_interval``
where the server has no IDLE; IDLE waits are also capped at that interval so
the other folders are polled too, and mail the server failed to announce is
still taken in). A failure is recorded, logged as one line
and followed by exponential backoff with jitter up to ``imap.max_backoff``;
login refusals back off the same way instead of hammering the server. One
account's failure never touches the others. One more thread analyses what
the accounts took in (``intake.daemon.analysis``), so new mail never waits for
the analysis of a backfill.

A config error of one account (an unset password variable, a missing password
command) cannot fix itself: the account is put in ``config_error`` and waits,
without retrying, until the config file changes or the daemon gets SIGHUP.
Either reloads the config without a restart (``intake.daemon.reload``): accounts
whose settings changed reconnect, new ones start, removed ones stop, and the
notifier uses the new ``[notify]`` settings. The database URL and the
classifier are kept until a restart.

SIGTERM and SIGINT set a stop flag that is checked between batches and
during waits, so the daemon never exits in the middle of a transaction.

Every ``intake run`` is a worker with a name (``--name``, else host:pid) in
the ``workers`` table, and polls only the accounts whose lease it holds
(``intake.daemon.placement``): alone, it holds them all; several workers on
one PostgreSQL database share them. An account loop also stops between
batches and during waits as soon as its lease is no longer proven.
"""

from __future__ import annotations

import logging
import os
import random
import signal
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from intake.config import Config
from intake.config.secrets import resolve_credential
from intake.daemon.doorbell import Doorbell
from intake.daemon.leases import LeaseBook, default_name
from intake.daemon.placement import Placement
from intake.errors import ConfigError, SourceError, StoreError
from intake.ingest.poller import (
    AccountTarget,
    PollOptions,
    PollReport,
    record_failure,
    record_success,
    resolved_account,
    state_for,
    sync_mailbox,
)
from intake.sources.imap import Mailbox, open_mailbox
from intake.sources.states import AccountState
from intake.store import Store

if TYPE_CHECKING:  # the analysis loads the fact extractors; `intake status` and `poll` need none
    # (they import this package through intake.daemon.leases); run_daemon imports it
    from intake.analyse.classifier import Classifier
    from intake.daemon.reload import Supervisor

log = logging.getLogger(__name__)

BACKOFF_BASE = 1.0  # seconds before the first retry; doubles per failure
JOIN_SLICE = 0.5  # seconds between the main thread's checks for signals and config changes
STOPPED, RECONNECT = "stopped", "reconnect"


def backoff_delay(failures: int, ceiling: float, rng: random.Random | None = None) -> float:
    """Seconds to wait after ``failures`` consecutive failures: 1, 2, 4... capped, jittered.

    Jitter keeps many accounts on one server from retrying in lockstep; the
    result is between half and all of the capped exponential delay.
    """
    exponential = min(ceiling, BACKOFF_BASE * 2 ** max(0, failures - 1))
    return exponential * (rng or random).uniform(0.5, 1.0)


@dataclass
class AccountLoop:
    """One account's endless poll/IDLE/backoff loop.

    ``wake`` is set when the account's config changed (reconnect with it now, or
    retry an account waiting in ``config_error``); ``retired`` when the account
    left the config.
    """

    store: Store
    config: Config
    target: AccountTarget
    classifier: Classifier
    stop: threading.Event
    permit: Callable[[], bool] = lambda: True  # the lease is still this worker's
    wake: threading.Event = field(default_factory=threading.Event)
    retired: threading.Event = field(default_factory=threading.Event)
    taken_in: Callable[[], None] = lambda: None  # tells the analysis thread (``wake``)
    _synced: bool = False
    _awaiting_fix: bool = False  # in config_error, until a reload

    def run(self) -> None:
        """Serve the account until stop; the loop guard keeps it alive through anything."""
        failures = 0
        log.info("%s: started", self.target.label)
        while not self._ending():
            self._synced = False
            outcome = self._guarded_serve()
            if outcome == STOPPED:
                break
            if outcome == RECONNECT:
                failures = 0
                continue
            if outcome == AccountState.CONFIG_ERROR:
                log.warning("%s: waiting for a config change or SIGHUP", self.target.label)
                self._awaiting_fix = True
                self._pause(None)
                self._awaiting_fix = False
                failures = 0
                continue
            # A connection that worked for a while starts the backoff afresh.
            failures = 1 if self._synced else failures + 1
            delay = backoff_delay(failures, self.config.imap.max_backoff)
            log.info("%s: retrying in %.1fs", self.target.label, delay)
            self._pause(delay)
        log.info("%s: stopped", self.target.label)

    def reconfigure(self, config: Config, target: AccountTarget) -> None:
        """Take a reloaded config; reconnect if it changed. An account in ``config_error``
        tries again on every reload: what it missed (a password command, a variable)
        may have been fixed outside the config file."""
        changed = target != self.target or config.imap != self.config.imap
        self.config, self.target = config, target
        if changed or self._awaiting_fix:
            self.wake.set()

    def _ending(self) -> bool:
        return self.stop.is_set() or self.retired.is_set() or not self.permit()

    def _interrupted(self) -> bool:
        return self._ending() or self.wake.is_set()

    def _pause(self, seconds: float | None) -> None:
        """Wait ``seconds`` (None: without end) or until stop, retirement or a config change."""
        deadline = None if seconds is None else time.monotonic() + seconds
        while not self._ending():
            if self.wake.is_set():
                self.wake.clear()
                return
            left = JOIN_SLICE if deadline is None else deadline - time.monotonic()
            if left <= 0:
                return
            self.stop.wait(min(JOIN_SLICE, left))

    def _guarded_serve(self) -> str:
        """``STOPPED``, ``RECONNECT`` (the config changed), or the failed state.

        This is the loop's only broad ``except``: an unexpected error (a bug)
        is logged with its traceback and retried with backoff rather than
        silently ending the account's thread.
        """
        try:
            return self._serve()
        except (SourceError, ConfigError) as err:
            self._record(err)
            return state_for(err)
        except StoreError as err:
            log.error("%s: %s", self.target.label, err)
        except Exception:  # noqa: BLE001 - the loop guard
            log.exception("%s: unexpected failure", self.target.label)
        return "error"

    def _record(self, err: SourceError | ConfigError) -> None:
        """Log and record the account's failed state; a database outage only costs the record."""
        log.warning("%s: %s: %s", self.target.label, state_for(err), err)
        try:
            record_failure(self.store, self.target, err)
        except StoreError as store_err:
            log.error("%s: state not recorded: %s", self.target.label, store_err)

    def _serve(self) -> str:
        """Connect once and alternate taking in and waiting until stop, a change or an error."""
        self.wake.clear()
        account = resolved_account(self.config, self.target.account)
        credential = resolve_credential(account, self.config.source)
        options = PollOptions(
            self.classifier,
            should_stop=self._interrupted,
            on_batch=lambda _target, batch: self.taken_in() if batch.messages else None,
            take_in_only=True,
        )
        with open_mailbox(
            account, self.config.imap, credential, self.config.ingest.max_message_bytes
        ) as mailbox:
            idle = mailbox.can_idle
            log.info("%s: connected (%s)", self.target.label, "IDLE" if idle else "polling")
            while not self._interrupted():
                report = sync_mailbox(self.store, mailbox, self.target, options)
                if report.error:  # a folder the server refused; the others were taken in
                    log.warning("%s: %s: %s", self.target.label, report.state, report.error)
                record_success(self.store, report)
                self._synced = True
                self._wait(mailbox, idle, report)
        return STOPPED if self._ending() else RECONNECT

    def _wait(self, mailbox: Mailbox, idle: bool, report: PollReport) -> None:
        """Until new mail (IDLE), the poll interval, a config change, or stop."""
        interval = self.config.imap.poll_interval
        if not idle or not report.folders or self._interrupted():
            deadline = time.monotonic() + interval
            while not self._interrupted() and time.monotonic() < deadline:
                self.stop.wait(min(JOIN_SLICE, deadline - time.monotonic()))
            return
        first = report.folders[0]
        mailbox.wait_for_change(first.folder, interval, self._interrupted, after_uid=first.last_uid)


def run_daemon(
    store: Store,
    config: Config,
    targets: Sequence[AccountTarget],
    classifier: Classifier | Callable[[], Classifier],
    stop: threading.Event | None = None,
    reload: threading.Event | None = None,
    name: str | None = None,
    jobs: int = 2,
) -> None:
    """Run one loop per held account until SIGTERM/SIGINT (or ``stop`` is set), then return.

    SIGHUP (or setting ``reload``) and any change to the config file reload it.
    Signal handlers are installed only when called from the main thread.
    ``name`` names the worker (default host:pid); ``InputError`` when a live
    worker has it already. ``classifier`` may be a function giving it: it is
    then loaded after the worker registered (``intake.daemon.placement``).
    ``jobs`` 1 keeps the analysis in this process; 2 (the default) adds one
    helper process for backlogs.
    """
    stop = stop or threading.Event()
    reload = reload or threading.Event()
    book = LeaseBook(store, name or default_name(), config.workers.lease)
    alone = store.engine.dialect.name == "sqlite"
    if alone:
        book.forget_everyone()  # one worker per SQLite file (intake.daemon.single)
    # Registered before the slow part of start-up (imports, the model), and live from
    # then on, so that workers started together count each other when they first take
    # accounts (intake.daemon.placement).
    book.register()
    registered, startup = time.monotonic(), process_age()
    log.info(
        "daemon: worker %s registered (pid %d) %s after its start",
        book.name,
        book.pid,
        "?" if startup is None else f"{startup:.2f}s",
    )
    with _signals(stop, reload):
        with book.beating():
            try:
                supervisor, placement = _start(store, config, targets, classifier, stop, book, jobs)
            except BaseException:
                with suppress(StoreError):
                    book.leave()  # holding nothing yet: the others need not count this one
                raise
            log.info(
                "daemon: worker %s (pid %d) watching up to %d account(s)",
                book.name,
                book.pid,
                len(targets),
            )
            supervisor.start(targets)
            if alone:
                placement.step()
            else:
                placement.first_step(registered, startup)
        supervisor.start_thread(threading.Thread(target=placement.run, name="intake-placement"))
        while supervisor.alive():
            supervisor.join(JOIN_SLICE)
            if stop.is_set():
                continue
            if reload.is_set() or supervisor.config_changed():
                reload.clear()
                supervisor.reload()
    log.info("daemon: stopped")


def _start(
    store: Store,
    config: Config,
    targets: Sequence[AccountTarget],
    classifier: Classifier | Callable[[], Classifier],
    stop: threading.Event,
    book: LeaseBook,
    jobs: int,
) -> tuple[Supervisor, Placement]:
    """The slow part of start-up: imports, the model, the analysis and the supervisor."""
    from intake.analyse.pool import start_fork_server
    from intake.daemon.analysis import AnalysisLoop
    from intake.daemon.reload import Supervisor  # its notifier renders digests (extractors)

    model = classifier() if callable(classifier) else classifier
    analysis = AnalysisLoop(store, config, model, stop, helper=jobs > 1)
    if jobs > 1:
        start_fork_server()  # the analysis thread's workers come from it

    def make_loop(new_config: Config, target: AccountTarget) -> AccountLoop:
        label = target.label
        return AccountLoop(
            store,
            new_config,
            target,
            model,
            stop,
            permit=lambda: placement.may_poll(label),
            taken_in=analysis.wake,
        )

    supervisor = Supervisor(store, config, stop, make_loop, analysis)
    placement = Placement(
        book, supervisor, stop, bell=Doorbell(store, book.name, book.lease.total_seconds() / 4)
    )
    return supervisor, placement


def process_age() -> float | None:
    """Seconds since this process started (Linux ``/proc``); None where that is unknown."""
    try:
        fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return max(0.0, uptime - int(fields[19]) / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError):
        return None


@contextmanager
def _signals(stop: threading.Event, reload: threading.Event) -> Iterator[None]:
    """SIGTERM and SIGINT set ``stop``; SIGHUP sets ``reload`` (main thread only)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def request_stop(signum: int, _frame: object) -> None:
        log.info("daemon: %s received; stopping after the current batch", signal.strsignal(signum))
        stop.set()

    def request_reload(_signum: int, _frame: object) -> None:
        log.info("daemon: SIGHUP received; reloading the config")
        reload.set()

    handlers: dict[signal.Signals, Callable[[int, object], None]] = {
        signal.SIGTERM: request_stop,
        signal.SIGINT: request_stop,
    }
    handlers[signal.SIGHUP] = request_reload
    previous = {sig: signal.signal(sig, handler) for sig, handler in handlers.items()}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
