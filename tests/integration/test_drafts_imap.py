"""Drafts APPENDed to a real Dovecot, read back: reply headers, the \\Draft flag, the folder.

Nothing is ever sent: the only IMAP write is the APPEND to the Drafts folder,
found by SPECIAL-USE, else by name, else created.
"""

# ruff: noqa: F811 - pytest fixtures are imported by name and used as arguments

from __future__ import annotations

import email
import json
import shutil
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from email.policy import default
from pathlib import Path

import pytest
from sqlalchemy import select

from intake.config import Client, Config
from intake.drafts.imap_drafts import place_draft
from intake.drafts.service import draft_case
from intake.errors import InputError
from intake.install.demo import demo_mailbox
from intake.store import Store, open_store
from intake.store.drafts import latest_draft
from intake.store.models import CaseRow, DraftRow
from tests.integration.dovecot import (  # noqa: F401 - fixtures
    DovecotServer,
    MailUser,
    _require_dovecot,
    dovecot,
    tls_files,
    write_config,
)
from tests.integration.test_drafts_store import Seeder, run

pytestmark = pytest.mark.dovecot

NOW = datetime(2026, 4, 1, 10, 0, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A fresh SQLite database."""
    opened = open_store(f"sqlite:///{tmp_path / 'intake.db'}")
    yield opened
    opened.close()


def _setup(server: DovecotServer, store: Store, label: str = "suspension"):
    user = server.add_user("seller")
    config = Config(clients={"acme": Client(name="Acme", accounts=(server.account(user),))})
    seed = Seeder(store, account=user.name)
    case = seed.case()
    seed.message(case, label, subject="Your account is deactivated",
                 references=["<root@amazon.com>"])  # fmt: skip
    with store.session() as session:
        result = draft_case(session, config, case, NOW)
    return user, config, result


def _read_back(server: DovecotServer, user: MailUser, folder: str):
    client = server.client(user)
    try:
        client.select_folder(folder, readonly=True)
        uids = client.search("ALL")
        fetched = client.fetch(uids, ["FLAGS", "BODY.PEEK[]"])
    finally:
        client.logout()
    assert len(fetched) == 1, f"expected one draft in {folder}, found {len(fetched)}"
    item = next(iter(fetched.values()))
    return email.message_from_bytes(item[b"BODY[]"], policy=default), item[b"FLAGS"]


def _text(message) -> str:
    return message.get_content().replace("\r\n", "\n")


def test_draft_lands_in_drafts_as_a_threaded_reply(dovecot: DovecotServer, store: Store) -> None:
    """APPEND to a new Drafts folder: Re: subject, thread headers, To, \\Draft flag, body."""
    user, config, result = _setup(dovecot, store)
    placed = place_draft(store, config, result, NOW)
    assert (placed.account, placed.folder) == ("seller", "Drafts") and placed.uid
    message, flags = _read_back(dovecot, user, "Drafts")
    assert message["Subject"] == "Re: Your account is deactivated"
    assert message["To"] == "seller-performance@amazon.com"
    assert message["In-Reply-To"] == "<seed-1@amazon.com>"
    assert message["References"] == "<root@amazon.com> <seed-1@amazon.com>"
    assert b"\\Draft" in flags
    assert _text(message) == result.draft.body
    with store.session() as session:
        assert latest_draft(session, result.draft.case_id).appended_at == NOW


def test_existing_folder_named_draft_is_used(dovecot: DovecotServer, store: Store) -> None:
    """Without SPECIAL-USE, a folder called Draft is found by name; no Drafts is created."""
    user, config, result = _setup(dovecot, store)
    client = dovecot.client(user)
    client.create_folder("Draft")
    client.logout()
    assert place_draft(store, config, result, NOW).folder == "Draft"
    _read_back(dovecot, user, "Draft")
    client = dovecot.client(user)
    try:
        assert not client.folder_exists("Drafts")
    finally:
        client.logout()


def test_redirect_draft_has_no_recipient(dovecot: DovecotServer, store: Store) -> None:
    """After a closed-queue auto-reply the draft has no To: email is the wrong channel."""
    user, config, result = _setup(dovecot, store, label="redirect_closed_queue")
    place_draft(store, config, result, NOW)
    message, _ = _read_back(dovecot, user, "Drafts")
    assert message["To"] is None
    assert message["In-Reply-To"] == "<seed-1@amazon.com>"


def test_notes_are_not_put_in_drafts(dovecot: DovecotServer, store: Store) -> None:
    """An acknowledgement's case-file note is refused for IMAP."""
    _user, config, result = _setup(dovecot, store, label="acknowledgement")
    with pytest.raises(InputError, match="not put in Drafts"):
        place_draft(store, config, result, NOW)


@pytest.fixture
def special_use_dovecot(tls_files) -> Iterator[DovecotServer]:
    """A Dovecot whose namespace marks a folder named Brouillons as SPECIAL-USE \\Drafts."""
    _require_dovecot()
    root = Path(tempfile.mkdtemp(prefix="intake-dovecot-"))
    root.chmod(0o755)
    server = DovecotServer(root, tls_files)
    with open(root / "dovecot.conf", "a") as handle:
        handle.write(
            "namespace inbox {\n  inbox = yes\n"
            "  mailbox Brouillons {\n    auto = create\n    special_use = \\Drafts\n  }\n}\n"
        )
    try:
        server.start()
        yield server
    finally:
        server.kill()
        shutil.rmtree(root, ignore_errors=True)


def test_special_use_drafts_folder_wins_over_names(
    special_use_dovecot: DovecotServer, store: Store
) -> None:
    """The folder flagged \\Drafts is used even when one named Drafts exists."""
    user, config, result = _setup(special_use_dovecot, store)
    client = special_use_dovecot.client(user)
    client.create_folder("Drafts")
    client.logout()
    assert place_draft(store, config, result, NOW).folder == "Brouillons"
    _read_back(special_use_dovecot, user, "Brouillons")


def test_cli_draft_to_imap(capsys, dovecot: DovecotServer, tmp_path: Path) -> None:
    """intake draft --to-imap --json appends the stored version and prints it."""
    user = dovecot.add_user("seller")
    config_path = write_config(tmp_path, dovecot, user, tmp_path / "unused-model.pkl")
    store = open_store(f"sqlite:///{tmp_path / 'intake.db'}")
    seed = Seeder(store, account="acme-inbox")
    case = seed.case()
    seed.message(case, "need_more_info", facts={"requested": ["invoices"]})
    store.close()
    code, out, err = run(capsys, "--config", str(config_path), "draft", str(case), "--to-imap",
                         "--json")  # fmt: skip
    assert code == 0, err
    payload = json.loads(out)
    message, flags = _read_back(dovecot, user, "Drafts")
    assert message["Subject"] == payload["subject"]
    assert _text(message) == payload["body"]
    assert b"\\Draft" in flags
    code, _, err = run(capsys, "--config", str(config_path), "draft", str(case), "--to-imap")
    assert code == 0 and "not appended again" in err
    _read_back(dovecot, user, "Drafts")  # still exactly one


def test_poll_with_auto_drafts(capsys, dovecot: DovecotServer, tmp_path: Path, model_path: Path):
    """drafts.auto: intake poll stores new mail and drafts its notice cases after the commit."""
    user = dovecot.add_user("seller")
    for path in sorted((demo_mailbox() / "northwind-outdoor").glob("*.eml")):
        dovecot.deliver(user, path.read_bytes())
    config_path = write_config(tmp_path, dovecot, user, model_path,
                               extra="[drafts]\nauto = true\n")  # fmt: skip
    code, _, err = run(capsys, "--config", str(config_path), "poll")
    assert code == 0, err
    store = open_store(f"sqlite:///{tmp_path / 'intake.db'}")
    try:
        with store.session() as session:
            drafted = set(session.scalars(select(DraftRow.case_id)).all())
            kinds = dict(session.execute(select(CaseRow.id, CaseRow.kind)).all())
    finally:
        store.close()
    assert drafted and all(kinds[case] == "notice" for case in drafted)
