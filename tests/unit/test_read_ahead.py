"""Reading a batch iterator one item ahead keeps order, errors and the connection's turn."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from intake.ingest.ahead import read_ahead


def test_items_come_in_order_each_fetched_at_most_one_ahead() -> None:
    """GIVEN five items WHEN read ahead THEN all come in order, and while the caller holds
    item k the producer has started on no item past k + 2 (one queued, one being fetched)."""
    started: list[int] = []

    def items() -> Iterator[int]:
        for item in range(5):
            started.append(item)
            yield item

    seen = []
    with read_ahead(items(), "test") as batches:
        for item in batches:
            assert max(started) <= item + 2
            seen.append(item)
    assert seen == [0, 1, 2, 3, 4]


def test_an_error_comes_after_the_items_fetched_before_it() -> None:
    """GIVEN an iterator that fails after two items WHEN read ahead THEN the caller gets the two,
    then the same error."""

    def items() -> Iterator[int]:
        yield 1
        yield 2
        raise ConnectionError("server gone")

    seen = []
    with pytest.raises(ConnectionError, match="server gone"), read_ahead(items(), "t") as batches:
        seen.extend(batches)
    assert seen == [1, 2]


def test_leaving_early_waits_for_the_item_being_fetched_and_stops_the_rest() -> None:
    """GIVEN a caller that stops after the first item WHEN the block ends THEN the producer has
    finished (the connection is the caller's again) and fetched at most two items past it."""
    fetching = threading.Event()
    finished: list[int] = []

    def items() -> Iterator[int]:
        for item in range(100):
            fetching.set()
            yield item
            finished.append(item)

    with read_ahead(items(), "t") as batches:
        assert next(batches) == 0
        fetching.wait(1)
    threads = [t for t in threading.enumerate() if t.name == "t"]
    assert threads == []
    assert len(finished) <= 3
