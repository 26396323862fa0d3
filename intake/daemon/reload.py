"""The daemon's threads and config reloads: SIGHUP or a changed config file, no restart.

``Supervisor`` owns one thread per IMAP account, the analysis thread and the
notifier thread. On a
reload it reads the config file again; a file that no longer loads is logged
(every problem, one line each) and the running config is kept. Otherwise each
account loop gets the new config: a changed account reconnects (and one
waiting in ``config_error`` tries again), a new account starts, a removed one
stops; the notifier uses the new ``[notify]`` settings from its next pass.
The database URL and the classifier stay as they were until a restart.

Which configured accounts get a thread is not the supervisor's choice: the
worker's ``Placement`` (``intake.daemon.placement``) holds the accounts' leases
and asks for loops to be started (``ensure``) and stopped (``retire``). A new
loop for an account never starts while the previous one's thread still runs.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from intake.config import Config, load_config
from intake.errors import ConfigError
from intake.ingest.poller import AccountTarget, configured_accounts
from intake.notify.notifier import Notifier
from intake.notify.service import notifications_wanted
from intake.store import Store

log = logging.getLogger(__name__)


class Loop(Protocol):
    """What the supervisor needs of an account loop (``intake.daemon.AccountLoop``)."""

    target: AccountTarget
    retired: threading.Event

    def run(self) -> None: ...

    def reconfigure(self, config: Config, target: AccountTarget) -> None: ...


class Analysis(Protocol):
    """What the supervisor needs of the analysis loop (``intake.daemon.analysis``)."""

    def run(self) -> None: ...

    def reconfigure(self, config: Config) -> None: ...


def fingerprint(path: Path | None) -> tuple[int, int] | None:
    """(modification time, size) of the config file, to notice an edit; None without one."""
    if path is None:
        return None
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size


class Supervisor:
    """Starts, reconfigures and joins the daemon's threads."""

    def __init__(
        self,
        store: Store,
        config: Config,
        stop: threading.Event,
        make_loop: Callable[[Config, AccountTarget], Loop],
        analysis: Analysis | None = None,
    ) -> None:
        self.store, self.config, self.stop, self.make_loop = store, config, stop, make_loop
        self.analysis = analysis
        self.loops: dict[str, Loop] = {}
        self.targets: dict[str, AccountTarget] = {}
        self.threads: list[threading.Thread] = []
        self.notifier: Notifier | None = None
        self._seen = fingerprint(config.source)
        self._account_threads: dict[str, threading.Thread] = {}
        self._lock = threading.Lock()

    def start(self, targets: Sequence[AccountTarget]) -> None:
        """Learn the accounts (their loops start on ``ensure``), start the analysis, and the
        notifier when anyone gets digests or alerts."""
        self.targets = {target.label: target for target in targets}
        if self.analysis is not None:
            self._start(threading.Thread(target=self.analysis.run, name="intake-analysis"))
        self._start_notifier()

    def configured(self) -> list[str]:
        """The labels of the accounts in the current config."""
        return list(self.targets)

    def ensure(self, labels: set[str]) -> None:
        """A running loop for each of ``labels`` (configured ones; none started twice)."""
        with self._lock:
            for label in sorted(labels):
                target = self.targets.get(label)
                if target is None or self.stop.is_set():
                    continue
                if not self.stopped(label):
                    continue  # running, or a retired loop still finishing its batch
                self._start_loop(self.config, target)

    def retire(self, label: str) -> None:
        """Tell the loop of ``label`` to stop after its current batch."""
        with self._lock:
            loop = self.loops.pop(label, None)
        if loop is not None:
            log.info("%s: handing over; stopping", label)
            loop.retired.set()

    def stopped(self, label: str) -> bool:
        """Whether no thread of ``label`` runs."""
        thread = self._account_threads.get(label)
        return thread is None or not thread.is_alive()

    def alive(self) -> bool:
        """Whether any thread still runs."""
        return any(thread.is_alive() for thread in self.threads)

    def join(self, seconds: float) -> None:
        """Give each thread up to ``seconds`` to end."""
        for thread in list(self.threads):
            thread.join(seconds / max(1, len(self.threads)))

    def config_changed(self) -> bool:
        """Whether the config file was edited since it was last read."""
        return fingerprint(self.config.source) != self._seen

    def reload(self) -> bool:
        """Read the config file again and hand it to every thread; False if it did not load."""
        self._seen = fingerprint(self.config.source)
        if self.config.source is None:
            log.info("daemon: no config file to reload")
            return False
        try:
            new = load_config(self.config.source)
        except ConfigError as err:
            for line in err.lines():
                log.error("daemon: config not reloaded: %s", line)
            return False
        if new.database_url != self.config.database_url:
            log.warning("daemon: database.url changed; restart intake run to use it")
        self.config = new
        self._apply(configured_accounts(new))
        log.info("daemon: config reloaded from %s", new.source)
        return True

    def _apply(self, targets: Sequence[AccountTarget]) -> None:
        wanted = {target.label: target for target in targets}
        with self._lock:
            self.targets = wanted
            for label, loop in list(self.loops.items()):
                if label in wanted:
                    loop.reconfigure(self.config, wanted[label])
                else:
                    log.info("%s: no longer in the config; stopping", label)
                    loop.retired.set()
                    del self.loops[label]
        # New accounts start when placement takes their leases (its next pass).
        if self.analysis is not None:
            self.analysis.reconfigure(self.config)
        if self.notifier is not None:
            self.notifier.reconfigure(self.config)
        else:
            self._start_notifier()

    def _start_loop(self, config: Config, target: AccountTarget) -> None:
        loop = self.make_loop(config, target)
        self.loops[target.label] = loop
        thread = threading.Thread(target=loop.run, name=f"intake-{target.label}")
        self._account_threads[target.label] = thread
        self._start(thread)

    def _start_notifier(self) -> None:
        if self.notifier is None and notifications_wanted(self.config):
            self.notifier = Notifier(self.store, self.config, self.stop)
            self._start(threading.Thread(target=self.notifier.run, name="intake-notify"))

    def start_thread(self, thread: threading.Thread) -> None:
        """Start a helper thread (placement) that ``alive`` and ``join`` count too."""
        self._start(thread)

    def _start(self, thread: threading.Thread) -> None:
        self.threads = [known for known in self.threads if known.is_alive()]
        self.threads.append(thread)
        thread.start()
