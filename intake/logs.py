"""Logging set-up: stderr, text or one JSON object per line, never message bodies."""

from __future__ import annotations

import json
import logging


class JsonFormatter(logging.Formatter):
    """One JSON object per record: time, level, logger, message (and exception text)."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        worker = getattr(record, "worker", None)
        if worker:
            entry["worker"] = worker
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def configure_logging(level: str, fmt: str, debug: bool = False) -> None:
    """Send logs to stderr at ``level`` (DEBUG with ``debug``) in ``text`` or ``json``."""
    handler = logging.StreamHandler()
    if fmt == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.DEBUG if debug else getattr(logging, level))
    # mail-parser logs every MIME part it skips; intake records defects itself.
    logging.getLogger("mailparser").setLevel(logging.DEBUG if debug else logging.ERROR)
    logging.getLogger("alembic").setLevel(logging.DEBUG if debug else logging.WARNING)
    # imapclient traces every IMAP byte at DEBUG, mail bodies and draft text included;
    # its INFO lines (connection closed) are all intake's logs ever need from it.
    logging.getLogger("imapclient").setLevel(logging.INFO)


def inherited_setup() -> tuple[str, str, bool] | None:
    """This process's ``configure_logging`` arguments, read back from ``logging``, for a
    worker process the fork server starts blank (None when logging was never set up).

    A worker that does not repeat them prints any library warning bare on stderr.
    """
    root = logging.getLogger()
    if not root.handlers:
        return None
    fmt = "json" if any(isinstance(h.formatter, JsonFormatter) for h in root.handlers) else "text"
    debug = logging.getLogger("mailparser").level == logging.DEBUG
    return logging.getLevelName(root.level), fmt, debug


def adopt_setup(setup: tuple[str, str, bool] | None) -> None:
    """In a worker process: log as the process that started it (``inherited_setup``); at
    the least, keep mail-parser's warnings about MIME parts off the terminal. A forked
    worker already has the parent's handlers (its worker name too) and keeps them."""
    if logging.getLogger().handlers:
        return
    if setup is None:
        logging.getLogger("mailparser").setLevel(logging.ERROR)
    else:
        configure_logging(*setup)


class _WorkerTag(logging.Filter):
    """Puts the worker's name on every record (``intake run --name``)."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name_ = name

    def filter(self, record: logging.LogRecord) -> bool:
        record.worker = self.name_
        return True


def name_worker(name: str) -> None:
    """From now on every log line names this worker: ``[NAME]`` in text, ``worker`` in JSON."""
    for handler in logging.getLogger().handlers:
        handler.addFilter(_WorkerTag(name))
        if not isinstance(handler.formatter, JsonFormatter):
            handler.setFormatter(
                logging.Formatter("%(asctime)s %(levelname)s [%(worker)s] %(name)s: %(message)s")
            )
