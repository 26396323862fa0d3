"""Login attempts, rate-limited per user name and per client address.

After ``max_failures`` failed attempts within ``window`` seconds, further
attempts for that name (or from that address) are refused until the oldest
failure leaves the window, whatever the password. Kept in memory: one
``intake web`` process serves all requests (waitress threads), and a
restart forgets the counts, which only ever allows more attempts later.
"""

from __future__ import annotations

import threading
from collections import defaultdict, deque
from collections.abc import Iterable


class LoginThrottle:
    """Counts recent failures by key (``user:NAME``, ``addr:IP``)."""

    def __init__(self, max_failures: int = 5, window: float = 900.0) -> None:
        self.max_failures, self.window = max_failures, window
        self._failures: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def wait(self, keys: Iterable[str], now: float) -> float:
        """Seconds until any of ``keys`` may try again; 0 when all may try now."""
        with self._lock:
            waits = [self._wait(key, now) for key in keys]
        return max(waits, default=0.0)

    def _wait(self, key: str, now: float) -> float:
        times = self._failures.get(key)
        if not times:
            return 0.0
        while times and times[0] <= now - self.window:
            times.popleft()
        if len(times) < self.max_failures:
            return 0.0
        return times[0] + self.window - now

    def failed(self, keys: Iterable[str], now: float) -> None:
        """Count a failed attempt against every key."""
        with self._lock:
            for key in keys:
                self._failures[key].append(now)

    def succeeded(self, key: str) -> None:
        """Forget a user's failures once they sign in (an address's count stays)."""
        with self._lock:
            self._failures.pop(key, None)


def throttle_keys(name: str, address: str | None) -> tuple[str, str]:
    """The keys one attempt counts against."""
    return (f"user:{name.strip().lower()}", f"addr:{address or '-'}")
