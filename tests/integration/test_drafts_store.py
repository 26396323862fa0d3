"""Drafts against a real database: versions, refusals, the CLI and drafts.auto on ingest.

Cases are written straight into the database as the pipeline would store
them (``Seeder``), so labels do not depend on the model; one test runs the
real ingest with ``drafts.auto`` on the bundled sample mailbox.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from intake.config import Config, DraftsConfig
from intake.drafts.compose import NoDraft
from intake.drafts.render import SHIPPED_FOLDER
from intake.drafts.service import draft_case
from intake.install.demo import demo_mailbox
from intake.store import Store, open_store
from intake.store.drafts import draft_history, latest_draft
from intake.store.models import AccountRow, CaseRow, ClientRow, DraftRow, MessageRow
from tests.cli import run_cli as run

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@dataclass
class Seeder:
    """Adds one client, its IMAP account, cases and messages; numbers messages from 1."""

    store: Store
    client: str = "acme"
    account: str = "acme-inbox"
    count: int = 0
    client_id: int = 0
    account_id: int = 0

    def __post_init__(self) -> None:
        with self.store.session() as session:
            client = ClientRow(name=self.client, display_name="Acme Goods")
            session.add(client)
            session.flush()
            account = AccountRow(client_id=client.id, name=self.account, kind="imap")
            session.add(account)
            session.flush()
            self.client_id, self.account_id = client.id, account.id

    def case(self, kind: str = "notice", policy: str | None = "inauthentic") -> int:
        """A new case; its id."""
        with self.store.session() as session:
            row = CaseRow(
                client_id=self.client_id, title="test case", kind=kind, policy=policy,
                marketplace="amazon.com", asins=["B0ACME1234"], amazon_case_ids=["17000042"],
            )  # fmt: skip
            session.add(row)
            session.flush()
            return row.id

    def message(self, case_id: int, label: str, **fields: object) -> int:
        """A stored message in ``case_id``; its database id."""
        self.count += 1
        n = self.count
        values: dict[str, object] = dict(
            client_id=self.client_id, account_id=self.account_id, case_id=case_id,
            content_hash=hashlib.sha256(f"{n}".encode()).hexdigest(),
            message_id=f"<seed-{n}@amazon.com>", sender="seller-performance@amazon.com",
            subject=f"Notice {n}", sent_at=START + timedelta(days=n), label=label,
            text=f"Hello,\n\nNotice number {n}.\n", authenticity={"verdict": "ok"},
            facts={"store_name": "Acme Goods", "asins": ["B0ACME1234"]},
        )  # fmt: skip
        values.update(fields)
        with self.store.session() as session:
            row = MessageRow(**values)
            session.add(row)
            session.flush()
            return row.id


NOW = datetime(2026, 4, 1, tzinfo=UTC)
JSON_KEYS = ["case_id", "version", "template", "subject", "to", "in_reply_to", "references",
             "body", "reply"]  # fmt: skip


@pytest.fixture
def store(db_url: str):
    """A fresh, migrated database on each backend."""
    opened = open_store(db_url)
    yield opened
    opened.close()


def _draft(store: Store, case_id: int, config: Config | None = None):
    with store.session() as session:
        return draft_case(session, config or Config(), case_id, NOW)


def test_draft_is_stored_once_then_versioned_on_new_mail(store: Store) -> None:
    """Same message and text: no new version; a newer message: version 2, version 1 kept."""
    seed = Seeder(store)
    case = seed.case()
    seed.message(case, "suspension", subject="Your account is deactivated")
    first = _draft(store, case)
    assert (first.created, first.draft.version, first.draft.template) == (
        True, 1, "suspension.txt.j2")  # fmt: skip
    again = _draft(store, case)
    assert (again.created, again.draft.version) == (False, 1)
    seed.message(case, "need_more_info", facts={"requested": ["invoices"]})
    second = _draft(store, case)
    assert (second.created, second.draft.version, second.draft.template) == (
        True, 2, "need_more_info.txt.j2")  # fmt: skip
    with store.session() as session:
        history = draft_history(session, case)
        assert [d.version for d in history] == [1, 2]
        assert history[0].body == first.draft.body
        assert latest_draft(session, case) == second.draft


def test_reply_headers_come_from_the_stored_message(store: Store) -> None:
    """In-Reply-To is the answered Message-ID; References extend the stored thread."""
    seed = Seeder(store)
    case = seed.case()
    seed.message(case, "suspension", subject="RE: Notice", references=["<root@amazon.com>"])
    stored = _draft(store, case).draft
    assert stored.subject == "Re: Notice"
    assert stored.in_reply_to == "<seed-1@amazon.com>"
    assert stored.references == ("<root@amazon.com>", "<seed-1@amazon.com>")
    assert stored.to == "seller-performance@amazon.com"


def test_suspicious_latest_message_stores_no_draft(store: Store) -> None:
    """A look-alike after a real notice: NoDraft, and nothing is written."""
    seed = Seeder(store)
    case = seed.case()
    seed.message(case, "suspension")
    seed.message(case, "suspension", authenticity={"verdict": "suspicious"}, needs_review=True)
    with pytest.raises(NoDraft, match="failed authenticity checks"):
        _draft(store, case)
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(DraftRow)) == 0


def test_needs_review_drafted_only_with_the_setting(store: Store) -> None:
    """drafts.include_needs_review turns the refusal into a draft."""
    seed = Seeder(store)
    case = seed.case()
    seed.message(case, "generic_denial", needs_review=True)
    with pytest.raises(NoDraft, match="needs review"):
        _draft(store, case)
    config = Config(drafts=DraftsConfig(include_needs_review=True))
    assert _draft(store, case, config).draft.template == "generic_denial.txt.j2"


def test_logged_appeals_count_as_submissions(store: Store) -> None:
    """An appeal logged as a case event appears with its date in the escalation."""
    from intake.store.models import CaseEventRow

    seed = Seeder(store)
    case = seed.case()
    seed.message(case, "generic_denial")
    seed.message(case, "generic_denial")
    with store.session() as session:
        session.add(CaseEventRow(case_id=case, kind="appeal", at=datetime(2026, 3, 1, tzinfo=UTC)))
    body = _draft(store, case).draft.body
    assert "manager or senior investigator" in body
    assert "submitted 1 time: 2026-03-01" in body


def _config(tmp_path: Path, db_url: str, extra: str = "") -> Path:
    path = tmp_path / "intake.toml"
    path.write_text(f'[database]\nurl = "{db_url}"\n{extra}')
    return path


def test_cli_draft_json_and_out_file(capsys, tmp_path: Path, db_url: str) -> None:
    """draft --json prints exactly the documented keys; --out writes the body."""
    store = open_store(db_url)
    seed = Seeder(store)
    case = seed.case()
    seed.message(case, "redirect_closed_queue")
    store.close()
    out_file = tmp_path / "reply.txt"
    args = ("--config", str(_config(tmp_path, db_url)), "draft", str(case))
    code, out, err = run(capsys, *args, "--json", "--out", str(out_file))
    assert code == 0, err
    payload = json.loads(out)
    assert list(payload) == JSON_KEYS
    assert (payload["version"], payload["to"], payload["reply"]) == (1, "", True)
    assert out_file.read_text() == payload["body"]


def test_cli_refuses_suspicious_case_with_exit_2(capsys, tmp_path: Path, db_url: str) -> None:
    """A suspicious case: one line on stderr, exit 2, nothing on stdout."""
    store = open_store(db_url)
    seed = Seeder(store)
    case = seed.case(kind="suspicious")
    seed.message(case, "suspension", authenticity={"verdict": "suspicious"})
    store.close()
    code, out, err = run(capsys, "--config", str(_config(tmp_path, db_url)), "draft", str(case))
    assert (code, out) == (2, "")
    assert err.startswith("Error: case ") and err.count("\n") == 1


def test_cli_templates_check_reports_file_and_line(capsys, tmp_path: Path) -> None:
    """templates check DIR prints file:line: reason and exits 2 when anything is wrong."""
    folder = tmp_path / "tpl"
    folder.mkdir()
    (folder / "resent.txt.j2").write_text("ok\n{{ nope }}\n")
    code, out, err = run(capsys, "templates", "check", str(folder))
    assert code == 2
    assert out == f"{folder / 'resent.txt.j2'}:2: unknown variable 'nope'\n"
    assert "1 problem(s)" in err


def test_cli_templates_check_layers_a_client_folder_over_the_install_folder(
    capsys, tmp_path: Path, db_url: str
) -> None:
    """A client template calling a macro the install folder's partial adds checks clean,
    as it drafts fine; the same folder checked on its own is reported."""
    install, client = tmp_path / "install", tmp_path / "client"
    install.mkdir()
    client.mkdir()
    shipped = (SHIPPED_FOLDER / "_common.txt.j2").read_text()
    (install / "_common.txt.j2").write_text(shipped + "{% macro footer() %}-- Acme{% endmacro %}\n")
    (client / "resent.txt.j2").write_text(
        '{% import "_common.txt.j2" as common with context %}\n{{ common.footer() }}\n'
    )
    config = _config(
        tmp_path,
        db_url,
        f'[drafts]\ntemplates = "{install}"\n[clients.acme]\ntemplates = "{client}"\n',
    )
    code, out, err = run(capsys, "--config", str(config), "templates", "check")
    assert (code, out) == (0, ""), err
    code, out, _ = run(capsys, "templates", "check", str(client))
    assert code == 2 and "footer" in out


def test_cli_templates_show_uses_the_override(capsys, tmp_path: Path, db_url: str) -> None:
    """With [drafts] templates set, show prints the override's source."""
    folder = tmp_path / "tpl"
    folder.mkdir()
    (folder / "resent.txt.j2").write_text("our own resent text\n")
    config = _config(tmp_path, db_url, f'[drafts]\ntemplates = "{folder}"\n')
    code, out, _ = run(capsys, "--config", str(config), "templates", "show", "resent")
    assert (code, out) == (0, "our own resent text\n")


def test_cli_templates_list_json_marks_overrides(capsys, tmp_path: Path, db_url: str) -> None:
    """templates list --json names every label's template and flags the overridden one."""
    folder = tmp_path / "tpl"
    folder.mkdir()
    (folder / "need_more_info.txt.j2").write_text("ours\n")
    config = _config(tmp_path, db_url, f'[drafts]\ntemplates = "{folder}"\n')
    code, out, err = run(capsys, "--config", str(config), "templates", "list", "--json")
    assert code == 0, err
    rows = {row["name"]: row for row in map(json.loads, out.splitlines())}
    assert rows["need_more_info.txt.j2"]["overridden"] is True
    assert rows["suspension.txt.j2"]["overridden"] is False
    assert {row["label"] for row in rows.values()} >= {"suspension", "reinstatement"}


def test_ingest_with_auto_drafts(capsys, tmp_path: Path, db_url: str, model_path: Path) -> None:
    """drafts.auto: ingest drafts the sample cases, but never the suspicious one."""
    config = _config(
        tmp_path, db_url, f'[classifier]\nmodel_path = "{model_path}"\n[drafts]\nauto = true\n'
    )
    folder = str(demo_mailbox() / "northwind-outdoor")
    code, _, err = run(capsys, "--config", str(config), "ingest", folder)
    assert code == 0, err
    store = open_store(db_url)
    try:
        with store.session() as session:
            drafted = set(session.scalars(select(DraftRow.case_id)).all())
            kinds = dict(session.execute(select(CaseRow.id, CaseRow.kind)).all())
    finally:
        store.close()
    assert drafted, "no case was drafted"
    assert all(kinds[case] == "notice" for case in drafted)
    assert "suspicious" in kinds.values()
