"""The case logic is pure: importing every module of intake/cases loads no I/O library."""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import sys, pkgutil, importlib, intake.cases
for module in pkgutil.iter_modules(intake.cases.__path__):
    importlib.import_module(f"intake.cases.{module.name}")
roots = ("sqlalchemy", "alembic", "click", "imapclient", "smtplib", "jinja2")
print(sorted(m for m in sys.modules if m.split(".")[0] in roots or m.startswith("intake.store")))
"""


def test_case_modules_import_no_io() -> None:
    """No database, CLI, mail-server or template library comes with intake.cases."""
    found = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True,
                           check=True).stdout.strip()  # fmt: skip
    assert found == "[]"
