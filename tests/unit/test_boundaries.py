"""The pure middle imports no I/O: checked over ``sys.modules`` in a fresh interpreter.

The classifier, fact extraction, case logic and the rendering of drafts, digests and
alerts must run (and be tested) without a database, a mail server or a web framework.
Importing one of them must not load SQLAlchemy, IMAP, SMTP, Flask, click, or our own
modules that talk to the database or the network.
"""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PURE = [
    "classifiers",
    "intake.extract",
    "intake.cases",
    "intake.cases.actions",
    "intake.cases.channels",
    "intake.cases.clues",
    "intake.cases.grouping",
    "intake.cases.index",
    "intake.cases.replay",
    "intake.cases.resent",
    "intake.cases.state",
    "intake.cases.views",
    "intake.cases.window",
    "intake.drafts.check",
    "intake.drafts.compose",
    "intake.drafts.context",
    "intake.drafts.render",
    "intake.notify.alerts",
    "intake.notify.digest",
    "intake.notify.render",
    "intake.notify.schedule",
]

# Third-party I/O, and our modules that use the database, IMAP, SMTP or sockets.
FORBIDDEN = [
    "sqlalchemy",
    "alembic",
    "imapclient",
    "smtplib",
    "flask",
    "werkzeug",
    "click",
    "intake.store",
    "intake.sources",
    "intake.ingest.poller",
    "intake.ingest.pipeline",
    "intake.daemon",
    "intake.notify.ledger",
    "intake.notify.service",
    "intake.notify.transport",
    "intake.drafts.service",
    "intake.drafts.imap_drafts",
]


def _loaded_after_import(module: str) -> list[str]:
    code = f"import importlib, sys; importlib.import_module({module!r}); print(*sys.modules)"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


@pytest.mark.parametrize("module", PURE)
def test_a_pure_module_loads_no_io(module):
    loaded = _loaded_after_import(module)
    broken = sorted(
        name for name in loaded for bad in FORBIDDEN if name == bad or name.startswith(bad + ".")
    )
    assert broken == []


def test_the_check_sees_a_module_that_does_io():
    # Guards the guard: an I/O module is caught, so a pass above means something.
    loaded = _loaded_after_import("intake.store.views")
    assert "sqlalchemy" in loaded and "intake.store" in loaded


# Modules outside intake/store/ that still run SQL of their own (to be moved, not added to).
SQL_OUTSIDE_THE_STORE = {
    "intake/daemon/leases.py",
    "intake/ingest/drain.py",
    "intake/ingest/poller.py",
    "intake/notify/ledger.py",
}


def _runs_sql(path: Path) -> bool:
    """Whether a module builds SQL: imports a statement builder from SQLAlchemy."""
    builders = {"select", "insert", "update", "delete", "text", "func"}
    return any(
        isinstance(node, ast.ImportFrom)
        and (node.module or "").startswith("sqlalchemy")
        and builders & {alias.name for alias in node.names}
        for node in ast.walk(ast.parse(path.read_text()))
    )


def test_sql_stays_in_the_store():
    root = Path(__file__).resolve().parents[2]
    outside = {
        path.relative_to(root).as_posix()
        for path in (root / "intake").rglob("*.py")
        if "store" not in path.relative_to(root / "intake").parts[:1] and _runs_sql(path)
    }
    assert outside == SQL_OUTSIDE_THE_STORE
