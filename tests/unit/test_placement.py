"""Placement's decisions with a scripted lease book, fake loops and a hand-moved clock."""

from __future__ import annotations

import threading
import time
from datetime import timedelta

from intake.daemon.leases import Survey
from intake.daemon.placement import SETTLE_FLOOR, SETTLE_SECONDS, Placement, preference, share
from intake.errors import StoreError

ACCOUNTS = [f"c{n:02d}/inbox" for n in range(1, 7)]


class Book:
    """Answers like ``LeaseBook``; ``down`` makes every call fail like a lost database."""

    name = "w1"
    lease = timedelta(seconds=8)

    def __init__(self) -> None:
        self.held: set[str] = set()
        self.others: set[str] = set()
        self.live = 1
        self.down = False
        self.released: list[str] = []

    def renew(self) -> Survey:
        if self.down:
            raise StoreError("database gone")
        return Survey(set(self.held), set(self.others), self.live)

    def acquire(self, accounts, want: int) -> set[str]:
        won = {a for a in list(accounts)[:want] if a not in self.others}
        self.held |= won
        return won

    def release(self, accounts) -> None:
        self.released.extend(accounts)
        self.held -= set(accounts)


class Loops:
    def __init__(self) -> None:
        self.running: set[str] = set()
        self.finishing: set[str] = set()  # retired, thread not ended yet

    def configured(self) -> list[str]:
        return list(ACCOUNTS)

    def ensure(self, labels: set[str]) -> None:
        self.running |= labels - self.finishing

    def retire(self, label: str) -> None:
        if label in self.running:
            self.running.discard(label)
            self.finishing.add(label)

    def stopped(self, label: str) -> bool:
        return label not in self.running and label not in self.finishing


def placement() -> tuple[Placement, Book, Loops, list[float]]:
    now = [100.0]
    book, loops = Book(), Loops()
    return Placement(book, loops, threading.Event(), clock=lambda: now[0]), book, loops, now  # type: ignore[arg-type]


def test_share_holds_every_account_and_spreads_evenly() -> None:
    assert [share(30, n) for n in (1, 2, 3, 4, 0)] == [30, 15, 10, 8, 30]
    assert preference("w1", ACCOUNTS) == preference("w1", list(reversed(ACCOUNTS)))
    assert preference("w1", ACCOUNTS) != preference("w2", ACCOUNTS)


def test_alone_takes_all_and_polls_them() -> None:
    place, book, loops, _ = placement()
    place.step()
    assert book.held == loops.running == set(ACCOUNTS)
    assert all(place.may_poll(label) for label in ACCOUNTS)


def test_a_second_worker_gets_half_only_after_the_loops_stopped() -> None:
    place, book, loops, _ = placement()
    place.step()
    book.live = 2
    place.step()
    handed = set(ACCOUNTS) - loops.running
    assert len(handed) == 3 and not book.released  # loops still finishing their batch
    assert not any(place.may_poll(label) for label in handed)
    loops.finishing.clear()
    place.step()
    assert set(book.released) == handed and len(book.held) == 3


def test_polling_stops_when_the_lease_cannot_be_proven() -> None:
    place, book, loops, now = placement()
    place.step()
    book.down = True
    now[0] += 5.0  # within three quarters of the 8 s lease: still proven
    place.step()
    assert place.may_poll(ACCOUNTS[0])
    now[0] += 1.5  # 6.5 s since the last renewal
    assert not place.may_poll(ACCOUNTS[0])
    place.step()
    assert loops.running == set()
    book.down = False
    loops.finishing.clear()
    place.step()  # the database is back and the leases still ours
    assert loops.running == set(ACCOUNTS) and place.may_poll(ACCOUNTS[0])


def test_a_lease_lost_to_another_worker_stops_its_loop() -> None:
    place, book, loops, _ = placement()
    place.step()
    book.held.discard(ACCOUNTS[0])
    book.others.add(ACCOUNTS[0])
    place.step()
    assert ACCOUNTS[0] not in loops.running and not place.may_poll(ACCOUNTS[0])


def test_the_first_pass_counts_the_workers_registered_meanwhile() -> None:
    place, book, loops, now = placement()
    assert place.settle == min(place.interval, SETTLE_SECONDS)
    book.live = 2  # another worker registered while this one was starting
    place.first_step(registered=now[0] - place.settle)
    assert len(book.held) == len(loops.running) == 3


def test_a_worker_told_to_stop_while_settling_takes_nothing() -> None:
    place, book, loops, now = placement()
    place.stop.set()
    place.first_step(registered=now[0])  # returns at once: no wait for the settle time
    assert book.held == loops.running == set()


def test_a_worker_that_started_quickly_settles_about_its_own_start_up_time() -> None:
    """Peers started with it register within about its own start-up time: a worker that
    registered 0.6 s after it started waits 0.6 s more, not the full settle time (2 s)."""
    place, _, _, _ = placement()
    assert place.settle == SETTLE_SECONDS
    assert place.settle_after(0.6) == 0.6
    assert place.settle_after(0.05) == SETTLE_FLOOR  # never less: peers' jitter
    assert place.settle_after(5.0) == place.settle  # a slow start: the cap
    assert place.settle_after(None) == place.settle  # start unknown (not Linux)


def test_a_quick_starter_takes_its_accounts_after_its_shorter_settle() -> None:
    place, book, loops, now = placement()
    started = time.monotonic()
    place.first_step(registered=now[0], startup=0.3)
    assert time.monotonic() - started < 1.0
    assert book.held == loops.running == set(ACCOUNTS)
