"""``intake case assign`` and ``intake case note``: the web app's owner and note, from the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from intake.store import open_store
from intake.store.casenotes import case_owners
from intake.store.models import CaseEventRow
from intake.store.users import add_user
from tests.builders import MessageBuilder
from tests.cli import run_cli
from tests.integration.web import notice


@pytest.fixture
def acme_case(capsys, tmp_path: Path, db_url: str, model_path: Path):
    """``run(*args)`` for the CLI on a database with one acme case (its id), the store, and
    users carla (consultant of acme) and gina (seller of globex)."""
    config = tmp_path / "intake.toml"
    config.write_text(f'[database]\nurl = "{db_url}"\n[classifier]\nmodel_path = "{model_path}"\n')
    (tmp_path / "1.eml").write_bytes(notice(MessageBuilder(), "B0AAAAAAA1", 2, "Removed").raw)

    def run(*args: str) -> tuple[int, str, str]:
        return run_cli(capsys, "--config", str(config), *args)

    assert run("ingest", "--client", "acme", str(tmp_path / "1.eml"))[0] == 0
    case_id = json.loads(run("cases", "--json")[1].splitlines()[0])["id"]
    store = open_store(db_url)
    with store.session() as session:
        add_user(session, "carla", "consultant", ("acme",), "$argon2id$unused")
        add_user(session, "gina", "seller", ("globex",), "$argon2id$unused")
    yield run, case_id, store
    store.close()


def test_assign_and_unassign_an_owner(acme_case) -> None:
    """`case assign` sets the owner the web app shows; `--none` clears it; both are history
    events recorded "by the command line" (no user name)."""
    run, case_id, store = acme_case
    code, out, err = run("case", "assign", str(case_id), "carla")
    assert (code, out.strip()) == (0, f"Case {case_id}: owner carla."), err
    with store.session() as session:
        assert case_owners(session, [case_id]) == {case_id: "carla"}
    code, out, _ = run("case", "show", str(case_id))
    assert code == 0 and "Owner: carla" in out and "owner: carla" in out
    assert "by the command line" in out
    assert json.loads(run("case", "show", str(case_id), "--json")[1])["owner"] == "carla"
    code, out, _ = run("case", "assign", str(case_id), "--none")
    assert (code, out.strip()) == (0, f"Case {case_id}: no owner now.")
    with store.session() as session:
        assert case_owners(session, [case_id]) == {}
        events = session.scalars(select(CaseEventRow).where(CaseEventRow.case_id == case_id))
        assert [(e.kind, e.note, e.actor) for e in events] == [
            ("owner", "owner: carla", None),
            ("owner", "no owner", None),
        ]
    assert "Owner: nobody" in run("case", "show", str(case_id))[1]


@pytest.mark.parametrize(
    "args, message",
    [
        (["gina"], "user 'gina' does not see client 'acme'"),
        (["nobody-here"], "user 'nobody-here': no such user"),
        ([], "give OWNER or --none"),
        (["carla", "--none"], "give OWNER or --none, not both"),
    ],
)
def test_assign_refuses_bad_owners_with_exit_2(acme_case, args, message) -> None:
    """Someone who cannot see the client, an unknown name, or neither/both of OWNER and
    --none: exit 2 with one line, and the case keeps no owner."""
    run, case_id, store = acme_case
    code, out, err = run("case", "assign", str(case_id), *args)
    assert code == 2 and out == "" and message in err and "Traceback" not in err
    with store.session() as session:
        assert case_owners(session) == {}


def test_note_is_in_the_timeline_by_the_command_line(acme_case) -> None:
    """`case note` adds the web app's note event; `case show` lists it with who added it."""
    run, case_id, store = acme_case
    code, out, _ = run("case", "note", str(case_id), "called the seller, invoices on Friday")
    assert (code, out.strip()) == (0, f"Noted on case {case_id}.")
    code, out, _ = run("case", "show", str(case_id))
    line = next(line for line in out.splitlines() if "called the seller" in line)
    assert "note" in line and "by the command line" in line
    events = json.loads(run("case", "show", str(case_id), "--json")[1])["events"]
    assert [(e["kind"], e["note"], e["by"]) for e in events] == [
        ("note", "called the seller, invoices on Friday", None)
    ]
    code, _, err = run("case", "note", str(case_id), "   ")
    assert code == 2 and "a note needs some text" in err
    code, _, err = run("case", "note", "9999", "x")
    assert code == 2 and "case 9999: no such case" in err
