"""Analysis in worker processes: the next batch while the caller stores the current one,
or every batch on every core.

``analyse`` (``intake.analyse.stages``) is pure, so a backfill can run it for batch
k+1 in a second process while batch k is stored: the fetch, the analysis and
the storing then use two cores (``analysed_ahead``); ``intake classify``, which
stores nothing, reads batches on as many processes as there are cores
(``in_workers``). Results are the same as in one process, in order; only the
scheduling lives here.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import chain, islice
from typing import Any, TypeVar

from intake.analyse.classifier import Classifier
from intake.analyse.stages import Analysis, analyse
from intake.logs import adopt_setup, inherited_setup
from intake.mail.notice import RawMessage

Batch = TypeVar("Batch")
Result = TypeVar("Result")
# Messages in one worker task of ``analysed_ahead``. A batch goes to the worker in pieces,
# and the main process, between storing batches, analyses the pieces the worker has not
# started yet, from the end: whatever storing costs (it grows with a client's history,
# and with the load of the machine), both cores stay busy, where a fixed share for each
# left one of them waiting for the other. Small enough that little is left in flight
# when the main process needs a batch; large enough that handing a piece over (about
# 0.2 ms) is a few per cent of analysing it.
PIECE = 10
_worker_classifier: Classifier | None = None
OWNER_CHECK_SECONDS = 0.5


def analysed_ahead(
    batches: Iterable[Batch],
    classifier: Classifier,
    messages_of: Callable[[Batch], Sequence[RawMessage]],
    helper: bool = True,
) -> Generator[tuple[Batch, list[Analysis]], None, None]:
    """Each batch with its analyses, the next batch analysed meanwhile, partly in a worker.

    Without ``helper`` (``intake run --jobs 1``) every batch is analysed in this
    process, one after the other: a worker that must keep to one core.

    Each batch is handed to a worker process (forked when that is safe, so it
    shares the loaded model) in pieces of ``PIECE`` messages as soon as it is read,
    two batches ahead; while the caller stores batch k the worker analyses k+1,
    and when the caller asks for k+1 this process analyses the pieces of it the
    worker has not started, from the end (then of k+2, while the worker finishes
    its last pieces of k+1). At most three batches are held. A single-batch run (a
    daemon's wake-up) starts no worker. Results are the same as ``analyse`` on
    each batch, in order.
    """
    iterator = iter(batches)
    if not helper:
        for batch in iterator:
            yield batch, analyse(messages_of(batch), classifier)
        return
    first = next(iterator, None)
    if first is None:
        return
    second = next(iterator, None)
    if second is None:
        yield first, analyse(messages_of(first), classifier)
        return
    context = multiprocessing.get_context(worker_start_method())
    # Frozen objects are never visited by the collector, so a forked worker does not
    # copy the pages of the model and modules it shares with this process.
    gc.freeze()
    with ProcessPoolExecutor(
        1, context, initializer=_adopt, initargs=(classifier, os.getpid(), inherited_setup())
    ) as pool:
        try:
            ahead = chain([first, second], iterator)
            yield from _shared(pool, classifier, messages_of, ahead)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
            gc.unfreeze()


def in_workers(
    batches: Iterable[Batch],
    classifier: Classifier,
    task: Callable[[Batch, Classifier], Result],
    jobs: int,
) -> Iterator[Result]:
    """``task(batch, classifier)`` of each batch, in order, on ``jobs`` processes.

    The first batch is done here, before any worker starts: it loads and compiles
    what analysis builds on first use, so that the workers, forked after it, share
    it instead of each building its own. Then ``jobs`` workers take the batches
    (this process only reads them in, and hands the results on in order), at most
    two each in flight. ``task`` must be a module-level function (it is sent by name).
    """
    iterator = iter(batches)
    first = next(iterator, None)
    if first is None:
        return
    yield task(first, classifier)
    second = next(iterator, None)
    if second is None:
        return
    if jobs <= 1:
        yield task(second, classifier)
        yield from (task(batch, classifier) for batch in iterator)
        return
    context = multiprocessing.get_context(worker_start_method())
    gc.freeze()  # as in ``analysed_ahead``: the workers share the parent's pages
    with ProcessPoolExecutor(
        jobs, context, initializer=_adopt, initargs=(classifier, os.getpid(), inherited_setup())
    ) as pool:
        try:
            pending: deque[Future[Result]] = deque()
            for batch in chain([second], iterator):
                pending.append(pool.submit(_task_in_worker, task, batch))
                if len(pending) >= 2 * jobs:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
            gc.unfreeze()


def worker_start_method() -> str:
    """``fork`` when this process runs one thread, else ``forkserver``.

    Forking copies only the calling thread: a lock another thread held at that
    moment (logging, SQLAlchemy's pool, imapclient) stays locked forever in the
    worker. ``intake run`` polls from several threads, so there the worker is
    started clean by the fork server and the classifier is pickled to it once.
    """
    return "fork" if threading.active_count() == 1 else "forkserver"


def start_fork_server() -> None:
    """Start the fork server (and resource tracker) now, for a process that will run threads.

    ``intake run`` starts analysis workers from a thread, again for each backlog:
    started early, from the main thread, these helpers are up (and ignore Ctrl-C)
    long before any Ctrl-C, instead of being half-started by the first backlog.
    """
    from multiprocessing import forkserver

    forkserver.ensure_running()


@dataclass
class _Handed:
    """A batch handed to the worker in pieces; the pieces this process took back, done."""

    batch: Any
    raws: Sequence[RawMessage]
    futures: list[Future[list[Analysis]]]
    done_here: dict[int, list[Analysis]] = field(default_factory=dict)
    tail: int = 0  # pieces at the end already looked at for taking back

    def take_back(self, classifier: Classifier) -> bool:
        """Analyse here the last piece the worker has not started; whether there was one."""
        index = len(self.futures) - 1 - self.tail
        if index < 0 or not self.futures[index].cancel():
            self.tail = len(self.futures)  # the worker has started every piece left
            return False
        self.tail += 1
        piece = self.raws[index * PIECE : (index + 1) * PIECE]
        self.done_here[index] = analyse(piece, classifier, for_storage=True)
        return True

    def analyses(self) -> list[Analysis]:
        """Every piece's analyses, in order (waiting for the worker's)."""
        return [
            item
            for index, future in enumerate(self.futures)
            for item in (self.done_here[index] if index in self.done_here else future.result())
        ]

    def finished(self) -> bool:
        return all(f.done() or i in self.done_here for i, f in enumerate(self.futures))


def _shared(
    pool: ProcessPoolExecutor,
    classifier: Classifier,
    messages_of: Callable[[Batch], Sequence[RawMessage]],
    batches: Iterator[Batch],
) -> Iterator[tuple[Batch, list[Analysis]]]:
    handed: deque[_Handed] = deque(_hand(pool, b, messages_of(b)) for b in islice(batches, 2))
    while handed:
        current = handed[0]
        while current.take_back(classifier):
            pass
        # The worker has the rest of this batch in hand: meanwhile take back from the last.
        while not current.finished() and handed[-1] is not current:
            if not handed[-1].take_back(classifier):
                break
        analyses = current.analyses()
        handed.popleft()
        following = next(batches, None)
        if following is not None:
            handed.append(_hand(pool, following, messages_of(following)))
        yield current.batch, analyses  # stored by the caller while the worker goes on


def _hand(pool: ProcessPoolExecutor, batch: Batch, raws: Sequence[RawMessage]) -> _Handed:
    futures = [
        pool.submit(_analyse_in_worker, raws[start : start + PIECE])
        for start in range(0, len(raws), PIECE)
    ]
    return _Handed(batch, raws, futures)


def _adopt(classifier: Classifier, owner: int, logs: tuple[str, str, bool] | None) -> None:
    """Worker start: keep the classifier the parent passed (inherited by fork, else pickled)
    and log as the parent does (a fork-server worker starts with no logging set up).

    Ctrl-C reaches every process of the terminal's foreground group; the owner
    decides how to stop and shuts the pool down, so the worker ignores it.
    """
    global _worker_classifier
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_classifier = classifier
    adopt_setup(logs)
    threading.Thread(target=_exit_with_owner, args=(owner,), daemon=True).start()


def _exit_with_owner(owner: int) -> None:
    """End this worker once the intake process that started it is gone.

    An owner killed outright (SIGKILL, the OOM killer, a service manager's
    timeout) cannot shut the pool down, and its worker would otherwise wait
    for work forever holding a copy of the model, and keep a fork server alive.
    """
    while _running(owner):
        time.sleep(OWNER_CHECK_SECONDS)
    os._exit(1)


def _running(pid: int) -> bool:
    """Whether ``pid`` is a live process of ours (a zombie, or a reused pid, is not)."""
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, PermissionError):  # gone, or reused by another user
        return False
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            return stat.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    except (OSError, IndexError):  # no /proc (not Linux): the signal check stands
        return True


def _analyse_in_worker(raws: Sequence[RawMessage]) -> list[Analysis]:
    assert _worker_classifier is not None, "worker started without a classifier"
    return analyse(raws, _worker_classifier, for_storage=True)


def _task_in_worker(task: Callable[[Batch, Classifier], Result], batch: Batch) -> Result:
    assert _worker_classifier is not None, "worker started without a classifier"
    return task(batch, _worker_classifier)
