"""One way out for command output: JSON lines, or aligned text tables."""

from __future__ import annotations

import json
import re
import shutil
import sys
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

import click


def _encode(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    raise TypeError(f"cannot encode {type(value).__name__} as JSON")


def emit(obj: dict[str, Any]) -> None:
    """Write one JSON object as one line on stdout."""
    click.echo(json.dumps(obj, default=_encode, ensure_ascii=False, sort_keys=False))


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]], *, wrap_last: bool = True) -> str:
    """Rows as an aligned text table; on a terminal the last column is cut to fit its width."""
    cells = [[_cell(value) for value in row] for row in rows]
    widths = [len(header) for header in headers]
    for row in cells:
        widths = [max(width, len(cell)) for width, cell in zip(widths, row, strict=True)]
    total = shutil.get_terminal_size((120, 24)).columns
    if wrap_last and headers and sys.stdout.isatty():
        used = sum(widths[:-1]) + 2 * (len(widths) - 1)
        widths[-1] = max(len(headers[-1]), min(widths[-1], total - used))
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    for row in cells:
        lines.append("  ".join(_fit(c, w) for c, w in zip(row, widths, strict=True)).rstrip())
    return "\n".join(lines)


# C0 controls, DEL and C1 controls (0x9b is a one-byte CSI to some terminals).
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
_CONTROL_IN_LINES = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # newline and tab kept


def printable(text: str) -> str:
    """``text`` with every control character shown as ``?``: mail text (a subject, a name)
    is the sender's, and ESC or BEL reaching a terminal could retitle it, clear it or hide
    a line. JSON output needs none of this: it escapes them itself."""
    return _CONTROL.sub("?", text)


def printable_lines(text: str) -> str:
    """``printable`` for text of several lines (a digest): newlines and tabs are kept."""
    return _CONTROL_IN_LINES.sub("?", text)


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:.2f}"
    return printable(" ".join(str(value).split()))


def _fit(text: str, width: int) -> str:
    return text.ljust(width) if len(text) <= width else text[: max(0, width - 1)] + "…"
