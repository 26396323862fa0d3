"""Where a worker's fixed time goes: the moments from its start to its first stored message.

``bench/workers.py`` times a backfill from the workers' start to the last message
stored; both the one-worker and the two-worker run pay the time before the first
message is stored once, so it pulls the ratio of their rates towards 1. This
reads the phases of that time back from the workers' logs (each line's
timestamp, against the moment the bench started them) and from the bench's own
look at the database (first raw message taken in, first message stored).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

STAMP = "%Y-%m-%d %H:%M:%S,%f"  # the text log's timestamp (intake.logs)

# (phase, text of the log line that ends it): the first such line of any worker. A
# checkout without a line (an older baseline) shows the phase as "-".
FIRST_LINES = (
    ("registered", " registered (pid "),  # the worker's row written
    ("ready", "watching up to"),  # imports, the model, the threads
    ("took", ": took "),  # its first leases
    ("connected", ": connected ("),  # the first IMAP login and SELECT
)
ALL_IN = "new message(s) taken in"  # one line per folder: the last ends the backfill's fetch


@dataclass
class Timeline:
    """Seconds from the start of the workers to each phase's end (None: not seen)."""

    marks: dict[str, float | None] = field(default_factory=dict)

    def note(self, phase: str, seconds: float) -> None:
        """The first time ``phase`` is seen (later ones are ignored)."""
        if self.marks.get(phase) is None:
            self.marks[phase] = seconds

    def line(self) -> str:
        """``registered 0.9, ready 1.4, ...`` in order of the phases."""
        return ", ".join(
            f"{phase} {'-' if seconds is None else f'{seconds:.1f}'}"
            for phase, seconds in self.marks.items()
        )


def from_logs(texts: Iterable[str], started: datetime) -> Timeline:
    """The log phases of workers started at ``started`` (their logs of this run)."""
    timeline = Timeline({phase: None for phase, _ in FIRST_LINES})
    last_in: float | None = None
    for text in texts:
        for line in text.splitlines():
            seconds = _seconds(line, started)
            if seconds is None:
                continue
            for phase, marker in FIRST_LINES:
                if marker in line:
                    found = timeline.marks[phase]
                    timeline.marks[phase] = seconds if found is None else min(found, seconds)
            if ALL_IN in line:
                last_in = seconds if last_in is None else max(last_in, seconds)
    timeline.marks["all taken in"] = last_in
    return timeline


def _seconds(line: str, started: datetime) -> float | None:
    try:
        return (datetime.strptime(line[:23], STAMP) - started).total_seconds()
    except ValueError:
        return None
