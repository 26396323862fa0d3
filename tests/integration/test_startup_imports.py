"""``intake cases`` starts without what it does not need: Alembic for a database at head,
the fact extractors (their patterns take a third of a second to compile). Taking mail in
(``intake poll --take-in-only``) and ``intake status`` load no analysis at all."""

# ruff: noqa: F811 - pytest fixtures are imported by name and used as arguments

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from intake.store import _alembic_head, current_revision, head_revision, open_store, upgrade
from tests.builders import MessageBuilder
from tests.integration.dovecot import (  # noqa: F401 - fixtures
    DovecotServer,
    dovecot,
    tls_files,
    write_config,
)

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


# Each command in turn, in one fresh interpreter; then what of the analysis got imported.
# intake.extract.domains (the look-alike check on senders, which fetching uses) may load.
TAKE_IN_THEN_MODULES = (
    "import sys\nfrom intake.cli import main\n"
    "for args in (['poll', '--take-in-only', '--json'], ['status', '--json']):\n"
    "    try:\n        main(['--config', sys.argv[1], *args])\n"
    "    except SystemExit as exit_:\n        assert not exit_.code, exit_.code\n"
    "heavy = ('intake.extract', 'intake.analyse.stages', 'intake.analyse.pool',"
    " 'intake.ingest.pipeline', 'intake.ingest.drain', 'intake.cases.grouping', 'sklearn')\n"
    "print(sorted(m for m in sys.modules if m.startswith(heavy)"
    " and m not in ('intake.extract', 'intake.extract.domains')))"
)


@pytest.mark.dovecot
def test_take_in_only_poll_and_status_import_no_analysis(
    tmp_path: Path, dovecot: DovecotServer, model_path: Path
) -> None:
    """Mail is really taken in (and counted by status), yet neither the fact extractors,
    the analysis stages, the pipeline nor scikit-learn is imported."""
    user = dovecot.add_user("acme-owner", "open sesame")
    builder = MessageBuilder()
    for _ in range(2):
        dovecot.deliver(user, builder.build())
    config = write_config(tmp_path, dovecot, user, model_path)
    result = subprocess.run(
        [sys.executable, "-c", TAKE_IN_THEN_MODULES, str(config)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    lines = result.stdout.splitlines()
    assert '"taken_in": 2' in lines[0] and '"stored": 0' in lines[0], lines
    assert any('"waiting": 2' in line for line in lines[1:-1]), lines
    assert lines[-1] == "[]", result.stderr


EXIT_THEN_FROZEN = (
    "import atexit, gc, sys\n"
    "atexit.register(lambda: print('frozen at exit:', gc.get_freeze_count() > 0))\n"
    "from intake.cli import main\n"
    "try:\n    main(['--config', sys.argv[1], 'status', '--json'])\n"
    "except SystemExit as exit_:\n    assert not exit_.code, exit_.code\n"
)


def test_a_command_exits_without_collecting_its_objects(tmp_path: Path) -> None:
    """At exit every object is frozen (the interpreter's collections at exit cost a tenth
    of a take-in), after the command's output and the exit handlers registered before it
    (which here print last)."""
    config = tmp_path / "intake.toml"
    config.write_text(f'[database]\nurl = "sqlite:///{tmp_path / "intake.db"}"\n')
    result = subprocess.run(
        [sys.executable, "-c", EXIT_THEN_FROZEN, str(config)],
        capture_output=True, text=True, check=True, cwd=tmp_path,
    )  # fmt: skip
    assert result.stdout.splitlines()[-1] == "frozen at exit: True", result.stdout
    assert (tmp_path / "intake.db").exists() and not (tmp_path / "intake.db-wal").exists()


# Taking in alone, into a new database: what it must not load (a module or a package).
TAKE_IN_ONLY_THEN_MODULES = (
    "import sys\nfrom intake.cli import main\n"
    "try:\n    main(['--config', sys.argv[1], 'poll', '--take-in-only', '--json'])\n"
    "except SystemExit as exit_:\n    assert not exit_.code, exit_.code\n"
    "unneeded = ('alembic', 'rapidfuzz', 'tldextract', 'sklearn', 'numpy', 'jinja2',"
    " 'mailparser', 'smtplib', 'sqlalchemy.dialects.postgresql', 'intake.extract',"
    " 'intake.analyse', 'intake.daemon', 'intake.notify.ledger', 'intake.store.views',"
    " 'intake.ingest.pipeline', 'intake.ingest.drain', 'intake.cases.grouping')\n"
    "print(sorted({m for m in sys.modules for u in unneeded"
    " if m == u or m.startswith(u + '.')}))"
)


@pytest.mark.dovecot
def test_take_in_only_imports_only_what_taking_in_needs(
    tmp_path: Path, dovecot: DovecotServer
) -> None:
    """A take-in poll into a new SQLite database (every sender taken) stores the mail and
    loads neither Alembic (the schema is made in one step), the sender filter's look-alike
    check (no filter), the analysis, the daemon, the send ledger nor PostgreSQL's dialect."""
    user = dovecot.add_user("acme-owner", "open sesame")
    dovecot.deliver(user, MessageBuilder().build())
    no_model = tmp_path / "never-loaded.model"
    config = write_config(tmp_path, dovecot, user, no_model, extra="senders = []\n")
    result = subprocess.run(
        [sys.executable, "-c", TAKE_IN_ONLY_THEN_MODULES, str(config)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    lines = result.stdout.splitlines()
    assert '"taken_in": 1' in lines[0], lines
    assert lines[-1] == "[]", result.stderr


LOAD_POLL_THEN_GC = (
    "import gc\nfrom intake.cli.lazy import load_command\nruns = []\n"
    "gc.callbacks.append(lambda phase, _info: runs.append(phase))\n"
    "load_command('poll')\n"
    "print(runs.count('start'), gc.get_freeze_count() > 10_000, gc.isenabled())"
)


def test_a_command_is_imported_without_collections_then_frozen() -> None:
    """Loading ``poll`` (SQLAlchemy, the models, imapclient: over a hundred collections
    when the collector ran) runs no collection; what it made is frozen; the collector is
    on again afterwards."""
    result = subprocess.run(
        [sys.executable, "-c", LOAD_POLL_THEN_GC], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["0", "True", "True"], result.stderr


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


def test_digests_and_drafts_import_no_fact_patterns() -> None:
    """Rendering a digest or a draft shows document codes in words; it builds none of the
    fact extractors' pattern tables (most of their import time) for that."""
    modules = (
        "import sys, intake.notify.render, intake.drafts.context\n"
        "print(sorted(m for m in sys.modules if m.startswith('intake.extract.')"
        " and m.rsplit('.', 1)[1] in ('documents', 'policy', 'deadlines', 'facts')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", modules], capture_output=True, text=True, check=True
    )
    assert result.stdout.splitlines()[-1] == "[]", result.stderr


CLASSIFY_THEN_MODULES = (
    "import sys\nfrom intake.cli import main\n"
    "try:\n    main(['--config', sys.argv[1], 'classify', '--json', sys.argv[2]])\n"
    "except SystemExit as exit_:\n    assert not exit_.code, exit_.code\n"
    "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic', 'sklearn'}))"
)


def test_classify_without_a_database_imports_no_store(tmp_path: Path, model_path: Path) -> None:
    """`intake classify` with a config naming a database not created yet reads no
    corrections: it neither creates the database nor imports SQLAlchemy or scikit-learn."""
    config = tmp_path / "intake.toml"
    config.write_text(
        f'[database]\nurl = "sqlite:///{tmp_path / "intake.db"}"\n'
        f'[classifier]\nmodel_path = "{model_path}"\n'
    )
    mail = tmp_path / "notice.eml"
    mail.write_bytes(MessageBuilder().build())
    result = subprocess.run(
        [sys.executable, "-c", CLASSIFY_THEN_MODULES, str(config), str(mail)],
        capture_output=True, text=True, check=True, cwd=tmp_path,
    )  # fmt: skip
    assert '"label"' in result.stdout.splitlines()[0], result.stderr
    assert result.stdout.splitlines()[-1] == "[]", result.stderr
    assert not (tmp_path / "intake.db").exists()
