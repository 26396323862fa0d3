"""``intake cases`` starts without what it does not need: Alembic for a database at head,
the fact extractors (their patterns take a third of a second to compile)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from intake.store import _alembic_head, current_revision, head_revision, open_store, upgrade

CASES_THEN_MODULES = (
    "import sys\nfrom intake.cli import main\n"
    "try:\n    main(['--config', sys.argv[1], 'cases', '--json'])\nexcept SystemExit as exit_:\n"
    "    assert not exit_.code, exit_.code\n"
    "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'"
    " or m.startswith(('intake.extract', 'intake.cases.grouping'))))"
)


def test_cases_on_a_database_at_head_imports_no_alembic_nor_extractors(
    tmp_path: Path, db_url: str, model_path: Path
) -> None:
    """A database already at head is checked with one query; Alembic stays unimported."""
    open_store(db_url).close()
    config = tmp_path / "intake.toml"
    config.write_text(f'[database]\nurl = "{db_url}"\n[classifier]\nmodel_path = "{model_path}"\n')
    result = subprocess.run(
        [sys.executable, "-c", CASES_THEN_MODULES, str(config)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert result.stdout.splitlines()[-1] == "[]"


def test_an_empty_database_has_no_revision_and_is_upgraded(db_url: str) -> None:
    """No ``alembic_version`` table reads as no revision (not an error); upgrade then runs
    once, and a second call finds the database at head."""
    store = open_store(db_url, migrate=False)
    try:
        assert current_revision(store.engine) is None
        assert upgrade(store.engine) is True
        assert current_revision(store.engine) == head_revision()
        assert upgrade(store.engine) is False
    finally:
        store.close()


def test_head_read_from_the_migration_files_is_alembics() -> None:
    """The head found without Alembic is the one Alembic finds."""
    assert head_revision() == _alembic_head() != ""
