"""Split long id lists for ``IN (...)`` queries.

A consultant's database holds tens of thousands of messages; one bound
parameter per id would pass PostgreSQL's 65,535-parameter limit (and older
SQLite builds stop at 999), so views that look up many ids ask in slices.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")

CHUNK = 5_000


def chunks(items: Sequence[T], size: int | None = None) -> Iterator[Sequence[T]]:
    """``items`` in consecutive slices of at most ``size`` (default ``CHUNK``)."""
    step = size or CHUNK
    for start in range(0, len(items), step):
        yield items[start : start + step]
