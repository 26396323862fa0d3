"""Which accounts this worker polls: leases renewed, accounts spread evenly over the workers.

``Placement`` runs in its own daemon thread. Every quarter of the lease time
it renews this worker's heartbeat and leases (``intake.daemon.leases``), then
evens out the load: with ``n`` live workers and ``a`` configured accounts each
worker holds at most ``ceil(a / n)``. A worker over its share stops the poll
loops of the extra accounts and releases their leases once the loops ended; a
worker under its share takes free or expired accounts. Each worker prefers
accounts by a hash of (worker, account), so workers rarely race for the same
account, and a dead worker's accounts, once their leases run out, go to the
others within about one lease time plus one pass: under twice the lease.

Workers started together must not see each other one by one: the first to
take accounts would take them all and hand half back moments later, when the
second registers (every handed-over account costs a stopped loop, a reconnect
and a few seconds without polling). So a worker registers first thing at
start-up, and takes its first accounts only ``settle`` seconds after that
(a quarter of the lease, at most ``SETTLE_SECONDS``), counting the live workers
then; its start-up (imports, the model) runs meanwhile. Workers started
together (systemd, a script) start within milliseconds of each other and
take about as long to register, so a worker that knows how long its own
start took to register waits only that long (at least ``SETTLE_FLOOR``): on
a quiet machine a lone worker then takes its accounts as soon as its model
is loaded, instead of idling to the cap.

Between renewals the placement thread listens for the other workers
(``intake.daemon.doorbell``): when one registers, gives accounts back or
leaves, it renews and balances at once, and it gives back each account it
hands over as soon as that account's loop has stopped. A worker joining a
running group so holds its share about ``settle`` seconds after it registered,
instead of after three renewals of the others (hand over, give back, take).

A poll loop may run only while ``may_poll`` says so: the account is held, not
being handed back, and the last renewal that proved the lease is less than
three quarters of the lease time old (measured from before that renewal
started, on this process's monotonic clock). When the database cannot be
reached (an outage, ``pg_terminate_backend`` and a pool that cannot reconnect)
the loops stop at their next batch or wait a quarter lease before another
worker may take the account; when the database comes back, renewing finds
the leases lost or still held, and the loops start again accordingly.
"""

from __future__ import annotations

import hashlib
import logging
import math
import threading
import time
from collections.abc import Callable
from typing import Protocol

from intake.daemon.doorbell import Doorbell
from intake.daemon.leases import LeaseBook, Survey
from intake.errors import StoreError

log = logging.getLogger(__name__)

# Longest wait between registering and taking the first accounts: workers started
# together register within it, so none takes what it would hand back.
SETTLE_SECONDS = 2.0
# Shortest: workers started at the same moment still register a little apart.
SETTLE_FLOOR = 0.5
# Between renewals: how often the placement thread looks at the stop flag, and at the
# loops it is handing back (their leases are released as soon as they have stopped).
STOP_CHECK = 0.5
LEAVING_CHECK = 0.05


class Loops(Protocol):
    """What placement needs of the supervisor (``intake.daemon.reload.Supervisor``)."""

    def configured(self) -> list[str]: ...

    def ensure(self, labels: set[str]) -> None: ...

    def retire(self, label: str) -> None: ...

    def stopped(self, label: str) -> bool: ...


def share(accounts: int, workers: int) -> int:
    """The most accounts one of ``workers`` should hold so that all ``accounts`` are held."""
    return math.ceil(accounts / max(1, workers))


def preference(worker: str, accounts: list[str]) -> list[str]:
    """``accounts`` in this worker's own stable order (rendezvous hashing)."""

    def rank(account: str) -> bytes:
        return hashlib.blake2b(f"{worker}\0{account}".encode(), digest_size=8).digest()

    return sorted(accounts, key=rank)


class Placement:
    """This worker's leases and the account loops that follow them."""

    def __init__(
        self,
        book: LeaseBook,
        loops: Loops,
        stop: threading.Event,
        clock: Callable[[], float] = time.monotonic,
        bell: Doorbell | None = None,
    ) -> None:
        self.book, self.loops, self.stop, self.clock = book, loops, stop, clock
        self.bell = bell  # wakes this worker when another joins, hands back or leaves
        self.lease = book.lease.total_seconds()
        self.held: set[str] = set()
        self.leaving: set[str] = set()  # loops told to stop; leases released once they have
        self._proven_until = 0.0  # monotonic time up to which polling is safe
        self._lock = threading.Lock()

    @property
    def interval(self) -> float:
        """Seconds between renewals: a quarter of the lease."""
        return self.lease / 4

    @property
    def settle(self) -> float:
        """Seconds from registering to the first balancing (see the module's docstring)."""
        return min(self.interval, SETTLE_SECONDS)

    def settle_after(self, startup: float | None) -> float:
        """The settle time of a worker that took ``startup`` seconds from its process's start
        to registering (None: not known): peers started with it take about as long, so it
        waits that long (at least ``SETTLE_FLOOR``), and never more than ``settle``."""
        if startup is None:
            return self.settle
        return min(self.settle, max(SETTLE_FLOOR, startup))

    def first_step(self, registered: float, startup: float | None = None) -> None:
        """The first pass, once ``settle_after(startup)`` seconds have passed since
        ``registered`` (this clock's time when the worker's row was written); at once if
        told to stop."""
        if self.bell is not None:
            self.bell.listen()  # from now on: what the others do meanwhile is heard
        self.stop.wait(max(0.0, registered + self.settle_after(startup) - self.clock()))
        if not self.stop.is_set():
            self.step()

    def may_poll(self, label: str) -> bool:
        """Whether the loop of ``label`` may go on: held, not leaving, lease proven recently."""
        with self._lock:
            held = label in self.held and label not in self.leaving
            return held and self.clock() < self._proven_until

    def run(self) -> None:
        """Renew and balance until stop; then wait for the loops and give every lease back."""
        log.info("worker %s: holding leases of %.0fs", self.book.name, self.lease)
        try:
            while not self.stop.is_set():
                self.step()
                self._wait_for_news()
            self._leave()
        finally:
            if self.bell is not None:
                self.bell.close()

    def _wait_for_news(self) -> None:
        """Until the next renewal is due (a quarter lease), stop, or another worker rang the
        bell; meanwhile give back each handed-over account as soon as its loop stopped."""
        if self.bell is not None:
            self.bell.listen()  # again, if the last attempt failed a while ago
        deadline = time.monotonic() + self.interval
        while not self.stop.is_set() and (left := deadline - time.monotonic()) > 0:
            if self.leaving:
                self._guarded_release()
            piece = min(left, LEAVING_CHECK if self.leaving else STOP_CHECK)
            if self.bell is not None and self.bell.listening:
                if self.bell.wait(piece):
                    return
            else:
                self.stop.wait(piece)

    def _guarded_release(self) -> None:
        try:
            self._release_stopped()
        except StoreError as err:
            log.error("worker %s: leases not given back: %s", self.book.name, err)

    def step(self) -> None:
        """One pass: renew, hand back the extra accounts, take up to this worker's share."""
        started = self.clock()
        try:
            survey = self.book.renew()
            self._prove(survey.held, started)
            self._release_stopped()
            self._balance(started, survey)
        except StoreError as err:
            log.error("worker %s: leases not renewed: %s", self.book.name, err)
        if self.clock() >= self._proven_until and self.held:
            log.warning(
                "worker %s: cannot prove its leases; stopped polling %d account(s)",
                self.book.name,
                len(self.held),
            )
            with self._lock:
                lost, self.held = self.held, set()
            for label in lost:
                self.loops.retire(label)
        self.loops.ensure(self._running_set())

    def _prove(self, held: set[str], started: float) -> None:
        with self._lock:
            lost = self.held - held
            self.held = held
            self._proven_until = started + self.lease * 0.75
        for label in lost:
            log.warning("worker %s: lease of %s lost; stopping it", self.book.name, label)
            self.loops.retire(label)
            self.leaving.discard(label)

    def _release_stopped(self) -> None:
        done = {label for label in self.leaving if self.loops.stopped(label)}
        if not done:
            return
        self.book.release(done)
        with self._lock:
            self.held -= done
            self.leaving -= done
        log.info("worker %s: handed back %s", self.book.name, ", ".join(sorted(done)))

    def _balance(self, started: float, survey: Survey) -> None:
        configured = self.loops.configured()
        for label in self.held - set(configured) - self.leaving:
            self._hand_back(label)  # no longer in this worker's config
        target = share(len(configured), survey.live_workers)
        keeping = preference(self.book.name, sorted(self.held - self.leaving))
        for label in keeping[target:]:
            self._hand_back(label)
        missing = target - len(keeping)
        if missing <= 0:
            return
        free = [name for name in configured if name not in survey.taken | self.held]
        won = self.book.acquire(preference(self.book.name, free), missing)
        if won:
            with self._lock:
                self.held |= won
                self._proven_until = min(self._proven_until, started + self.lease * 0.75)
            log.info("worker %s: took %s", self.book.name, ", ".join(sorted(won)))

    def _hand_back(self, label: str) -> None:
        with self._lock:
            self.leaving.add(label)
        self.loops.retire(label)

    def _running_set(self) -> set[str]:
        with self._lock:
            return self.held - self.leaving

    def _leave(self) -> None:
        """Give back every lease once every loop has stopped (they check the same stop flag)."""
        deadline = self.clock() + self.lease
        while any(not self.loops.stopped(label) for label in self.held):
            if self.clock() > deadline:
                log.warning("worker %s: loops still running; leases left to expire", self.book.name)
                return
            time.sleep(0.05)
        try:
            self.book.leave()
            log.info("worker %s: left; its accounts are free for the others", self.book.name)
        except StoreError as err:
            log.error("worker %s: leases not given back (they expire): %s", self.book.name, err)
