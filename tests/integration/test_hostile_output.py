"""Output never follows a symlink, and an override template that raises is a one-line error.

``intake draft --out`` and the notify ``folder`` transport write through a
fresh temporary file renamed into place, so a symlink planted at the target
(or at the old ``.part`` name) is replaced, never written through. A template
calling ``'{a}'.format()`` fails as a template error naming file and line, in
``draft``, ``templates check`` and the daemon with ``drafts.auto``.
"""

# ruff: noqa: F811 - pytest fixtures are imported by name and used as arguments

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from intake.config import load_config
from intake.drafts.context import DRAFT_LABELS
from intake.notify.transport import FolderTransport
from intake.store import open_store
from tests.cli import run_cli
from tests.integration.dovecot import (  # noqa: F401 - fixtures
    counts,
    dovecot,
    tls_files,
    write_config,
)
from tests.integration.test_daemon import start_daemon, wait_until
from tests.integration.test_drafts_store import Seeder

RAISING = "Hello,\n{{ '{a}'.format() }}\n"
SAMPLE = Path(__file__).parents[2] / "intake/samples/demo/northwind-outdoor"


def seeded_case(db_url: str) -> int:
    """A case whose latest message is a suspension notice, ready to draft."""
    store = open_store(db_url)
    seed = Seeder(store)
    case = seed.case()
    seed.message(case, "suspension")
    store.close()
    return case


def draft_config(tmp_path: Path, db_url: str, templates: str = "") -> Path:
    path = tmp_path / "intake.toml"
    path.write_text(f'[database]\nurl = "{db_url}"\n[drafts]\ntemplates = "{templates}"\n')
    return path


def test_draft_out_never_writes_through_a_symlink(capsys, tmp_path, db_url):
    """GIVEN --out naming a symlink to another file WHEN drafting THEN exit 2 without --force
    and the target untouched; with --force the link itself is replaced by a regular file."""
    config = draft_config(tmp_path, db_url)
    case = seeded_case(db_url)
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n")
    link = tmp_path / "reply.txt"
    link.symlink_to(victim)
    args = ("--config", str(config), "draft", str(case), "--out", str(link))

    code, out, err = run_cli(capsys, *args)
    assert (code, out) == (2, "")
    assert err == f"Error: {link}: already exists (use --force to replace it)\n"

    code, _, err = run_cli(capsys, *args, "--force")
    assert code == 0, err
    assert victim.read_text() == "precious\n"
    assert not link.is_symlink() and "[[" in link.read_text()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".part")) == []


def test_draft_out_replaces_an_existing_file_only_with_force(capsys, tmp_path, db_url):
    config = draft_config(tmp_path, db_url)
    case = seeded_case(db_url)
    target = tmp_path / "reply.txt"
    target.write_text("my edits\n")
    args = ("--config", str(config), "draft", str(case), "--out", str(target))
    assert run_cli(capsys, *args)[0] == 2 and target.read_text() == "my edits\n"
    assert run_cli(capsys, *args, "--force")[0] == 0 and target.read_text() != "my edits\n"


def test_folder_transport_never_writes_through_planted_symlinks(tmp_path):
    """GIVEN the old ``.part`` name and the final ``.eml`` planted as symlinks WHEN a message is
    delivered THEN neither target changes and the ``.eml`` is a regular file."""
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    transport = FolderTransport(outbox)
    final = transport.path_for("alert:acme:1")
    part_victim, final_victim = tmp_path / "a.txt", tmp_path / "b.txt"
    for victim in (part_victim, final_victim):
        victim.write_text("precious\n")
    final.with_suffix(".eml.part").symlink_to(part_victim)
    final.symlink_to(final_victim)

    transport.deliver("alert:acme:1", "intake@localhost", ["s@seller.test"], b"Subject: x\r\n\r\n")

    assert part_victim.read_text() == final_victim.read_text() == "precious\n"
    assert not final.is_symlink() and final.read_bytes() == b"Subject: x\r\n\r\n"


def test_a_raising_template_is_one_line_from_draft_and_check(capsys, tmp_path, db_url):
    """GIVEN an override calling '{a}'.format() WHEN drafting or checking THEN exit 2 with
    one line naming the file and line, and no traceback."""
    folder = tmp_path / "tpl"
    folder.mkdir()
    (folder / "suspension.txt.j2").write_text(RAISING)
    config = draft_config(tmp_path, db_url, str(folder))
    case = seeded_case(db_url)

    code, out, err = run_cli(capsys, "--config", str(config), "draft", str(case))
    assert (code, out) == (2, "")
    assert err == "Error: suspension.txt.j2:2: KeyError: 'a'\n"

    code, out, err = run_cli(capsys, "templates", "check", str(folder))
    assert code == 2
    assert out == f"{folder / 'suspension.txt.j2'}:2: fails to render: KeyError: 'a'\n"
    assert "Traceback" not in err


@pytest.mark.dovecot
@pytest.mark.slow
def test_the_daemon_logs_a_raising_auto_draft_template_and_goes_on(tmp_path, dovecot, model_path):
    """GIVEN drafts.auto and raising overrides WHEN the daemon takes a notice in THEN it logs
    the template error with file and line, stores the mail, and takes the next one in too."""
    folder = tmp_path / "tpl"
    folder.mkdir()
    for label in DRAFT_LABELS:
        (folder / f"{label}.txt.j2").write_text(RAISING)
    user = dovecot.add_user("acme-owner", "open sesame")
    config_path = write_config(
        tmp_path, dovecot, user, model_path, imap="poll_interval = 1.0\nidle_timeout = 2.0\n"
    )
    drafts = f'[drafts]\nauto = true\ntemplates = "{folder}"\n[imap]'
    config_path.write_text(config_path.read_text().replace("[imap]", drafts))
    config = load_config(config_path)
    dovecot.deliver(user, (SAMPLE / "07-suspension-inauthentic-stove.eml").read_bytes())
    log_path = tmp_path / "daemon.log"
    daemon = start_daemon(config_path, log_path)
    try:
        assert wait_until(lambda: "auto-draft failed" in log_path.read_text(), 60), (
            log_path.read_text()
        )
        dovecot.deliver(user, (SAMPLE / "06-suspension-inauthentic-lantern.eml").read_bytes())
        assert wait_until(lambda: counts(config).messages == 2, 30), log_path.read_text()
        assert daemon.poll() is None
    finally:
        daemon.send_signal(signal.SIGTERM)
        daemon.wait(30)
    log = log_path.read_text()
    assert "Traceback" not in log
    assert any(
        "auto-draft failed" in line and ".txt.j2:2: KeyError: 'a'" in line
        for line in log.splitlines()
    ), log
