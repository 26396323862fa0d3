"""Fetch the next batch while this one is written: an iterator read one item ahead.

Taking in is a fetch (the socket and imapclient's parsing) then a write (SQLite or
PostgreSQL, mostly in the database driver and the disk, outside the GIL). Running
the fetching iterator in a thread of its own lets the next batch come while the
caller commits this one: 0.78 s instead of 0.91 s for 5,000 messages (medians of
six paired runs, bench/imap_backfill.py's mailbox) when a core is free; on a
saturated machine from no faster to 0.3 s faster. The caller sees the items in order,
one at a time, and an error the iterator raised comes out of the caller's loop
after the items fetched before it. Leaving the ``with`` block (done, stopped or
failed) waits for the item being fetched, so the IMAP connection is idle and the
caller's again; that item is dropped, and as its checkpoint was never committed
the next poll fetches it again.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class _End(Generic[T]):
    """The iterator finished (``error`` None) or raised ``error``."""

    error: BaseException | None = None


@contextmanager
def read_ahead(items: Iterator[T], name: str) -> Iterator[Iterator[T]]:
    """``items``, produced by a thread named ``name`` at most one item ahead of the caller."""
    handoff: queue.Queue[T | _End[T]] = queue.Queue(maxsize=1)
    stop = threading.Event()

    def produce() -> None:
        try:
            for item in items:
                handoff.put(item)
                if stop.is_set():
                    return
            handoff.put(_End())
        except BaseException as err:  # handed to the caller, who raises it
            handoff.put(_End(err))

    def consume() -> Iterator[T]:
        while not isinstance(item := handoff.get(), _End):
            yield item
        if item.error is not None:
            raise item.error

    thread = threading.Thread(target=produce, name=name, daemon=True)
    thread.start()
    try:
        yield consume()
    finally:
        stop.set()
        while thread.is_alive():  # take what it still hands over, so it can end
            with suppress(queue.Empty):
                handoff.get(timeout=0.05)
        thread.join()
