"""The ``intake`` command end to end: exit codes, one-line errors, JSON lines, database state."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from intake.install.demo import demo_mailbox
from tests.cli import run_cli as run

INGEST_KEYS = {
    "id",
    "message_id",
    "case_id",
    "label",
    "confidence",
    "needs_review",
    "resent_of",
    "source",
}


@pytest.fixture
def config(tmp_path: Path, db_url: str, model_path: Path) -> Path:
    """A config pointing at a fresh database and the session's trained model."""
    path = tmp_path / "intake.toml"
    path.write_text(f'[database]\nurl = "{db_url}"\n[classifier]\nmodel_path = "{model_path}"\n')
    return path


def test_ingest_json_lines_then_again_all_duplicates(capsys, config: Path) -> None:
    """ingest --json prints one object per message; a second ingest stores nothing new."""
    folder = str(demo_mailbox() / "lumen-home")
    code, out, err = run(capsys, "--config", str(config), "ingest", "--json", folder)
    assert code == 0, err
    lines = [json.loads(line) for line in out.splitlines()]
    assert len(lines) == len(list(Path(folder).glob("*.eml")))
    assert all(set(line) >= INGEST_KEYS for line in lines)
    assert all(line["case_id"] is not None for line in lines)
    code, out, _ = run(capsys, "--config", str(config), "ingest", "--json", folder)
    assert code == 0 and all(json.loads(line)["duplicate"] for line in out.splitlines())
    code, out, _ = run(capsys, "--config", str(config), "messages", "--json")
    assert len(out.splitlines()) == len(lines)


def test_cases_and_case_show(capsys, config: Path) -> None:
    """cases lists real cases with a next step; case show --json carries the timeline."""
    run(capsys, "--config", str(config), "ingest", str(demo_mailbox() / "northwind-outdoor"))
    code, out, _ = run(capsys, "--config", str(config), "cases", "--json")
    assert code == 0
    cases = [json.loads(line) for line in out.splitlines()]
    assert len(cases) >= 3 and all(case["next_step"] for case in cases)
    assert all(case["kind"] != "general" for case in cases)
    code, out, _ = run(
        capsys, "--config", str(config), "case", "show", str(cases[0]["id"]), "--json"
    )
    detail = json.loads(out)
    assert code == 0 and detail["id"] == cases[0]["id"] and detail["timeline"]
    assert {"label", "confidence", "facts", "authenticity"} <= set(detail["timeline"][0])


def test_case_close_and_reopen(capsys, config: Path) -> None:
    """`case close` takes a case off the open list; `case reopen` puts it back."""
    run(capsys, "--config", str(config), "ingest", str(demo_mailbox() / "northwind-outdoor"))
    _, out, _ = run(capsys, "--config", str(config), "cases", "--json")
    first = json.loads(out.splitlines()[0])
    code, out, _ = run(capsys, "--config", str(config), "case", "close", str(first["id"]))
    assert code == 0 and out.strip() == f"Closed case {first['id']}."
    _, out, _ = run(capsys, "--config", str(config), "cases", "--status", "closed", "--json")
    assert [json.loads(line)["id"] for line in out.splitlines()] == [first["id"]]
    code, _, _ = run(capsys, "--config", str(config), "case", "reopen", str(first["id"]))
    _, out, _ = run(capsys, "--config", str(config), "case", "show", str(first["id"]), "--json")
    assert code == 0 and json.loads(out)["status"] == first["status"]


def test_unknown_case_is_exit_2_with_one_line(capsys, config: Path) -> None:
    """A case ID that does not exist is bad input: exit 2, one line, no traceback."""
    code, out, err = run(capsys, "--config", str(config), "case", "show", "9999")
    assert code == 2 and out == ""
    assert err.strip() == "Error: case 9999: no such case"


def test_config_error_names_the_key(capsys, tmp_path: Path) -> None:
    """A typo in the config exits 2 with the file and key in one line."""
    path = tmp_path / "intake.toml"
    path.write_text("[database]\nulr = 'sqlite:///x.db'\n")
    code, _, err = run(capsys, "--config", str(path), "cases")
    assert code == 2
    assert err.strip() == f"Error: {path}: database.ulr: unknown key"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b'[database]\nurl = "bogus://x"\n', "database.url: unknown kind of database 'bogus'"),
        (b'[database]\nurl = "not a url"\n', "database.url 'not a url': not a database URL"),
        (b'[database]\nurl = "sqlite:////nonexistent/x.db"\n', "folder /nonexistent does not"),
        (b'[classifier]\nmodel_path = "/nonexistent/m.npz"\n', "/nonexistent/m.npz: folder"),
        (b'a = "\xff"\n', "not UTF-8 text"),
    ],
)
def test_unusable_config_values_are_exit_2(capsys, tmp_path: Path, content, message) -> None:
    """A database or model setting that cannot work is bad config: one line, exit 2."""
    path = tmp_path / "intake.toml"
    path.write_bytes(content)
    code, out, err = run(capsys, "--config", str(path), "classify", str(demo_mailbox()))
    assert code == 2 and out == ""
    assert message in err and len(err.strip().splitlines()) == 1, err


def test_missing_path_is_exit_2(capsys, config: Path, tmp_path: Path) -> None:
    """Ingesting a path that does not exist names it and exits 2."""
    code, _, err = run(capsys, "--config", str(config), "ingest", str(tmp_path / "nope"))
    assert code == 2 and "nope: no such file or folder" in err


def test_bad_usage_is_exit_2(capsys) -> None:
    """An unknown option is a usage error (exit 2)."""
    code, _, err = run(capsys, "cases", "--colour")
    assert code == 2 and "--colour" in err


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (("cases", "--status", "bogus"), "'bogus'"),
        (("messages", "--label", "spam"), "'spam'"),
        (("digest", "--since", "99999999999d"), "too far back"),
        (("digest", "--since", "2999-01-01"), "--since '2999-01-01': in the future"),
        (("digest", "--send", "--out", "x"), "--send and --out: choose one"),
        (("messages", "--client", "typo"), "unknown client 'typo'"),
        (("cases", "--client", "typo"), "unknown client 'typo'"),
        (("reprocess", "--client", "typo"), "unknown client 'typo'"),
        (("messages", "--case", "999"), "case 999: no such case"),
    ],
)
def test_unknown_filter_value_is_exit_2(capsys, config: Path, args, named) -> None:
    """A filter naming no status or label is a usage error, not an empty list."""
    code, out, err = run(capsys, "--config", str(config), *args)
    assert code == 2 and named in err and out == ""


def test_unknown_client_is_exit_2(capsys, tmp_path: Path) -> None:
    """--client must name a configured client."""
    path = tmp_path / "intake.toml"
    path.write_text("[clients.acme]\nname = 'Acme'\n")
    code, _, err = run(capsys, "--config", str(path), "ingest", "--client", "zeta", str(tmp_path))
    assert code == 2 and "unknown client 'zeta'" in err


def test_every_command_has_help() -> None:
    """--help works for every command and subcommand without reading any config."""
    from click.testing import CliRunner

    from intake.cli import cli

    runner = CliRunner(env={"INTAKE_CONFIG": "/nonexistent/intake.toml"})
    for name, command in cli.commands.items():
        subcommands = getattr(command, "commands", {})
        for args in [[name], *([name, sub] for sub in subcommands)]:
            result = runner.invoke(cli, [*args, "--help"])
            assert result.exit_code == 0, (args, result.output)
            assert "Usage:" in result.output and command.help


def test_demo_prints_triage_table(capsys, tmp_path: Path, model_path: Path) -> None:
    """intake demo ingests the sample mailbox into its own folder and prints the cases."""
    folder = tmp_path / "demo"
    folder.mkdir()
    (folder / "intake-model.npz").write_bytes(model_path.read_bytes())
    code, out, err = run(capsys, "demo", "--dir", str(folder))
    assert code == 0, err
    assert "stored in" in out and "NEXT STEP" in out
    assert f"intake --config {folder / 'intake.toml'} case show ID" in out
    assert (folder / "intake.db").exists()
    code, out, _ = run(capsys, "demo", "--dir", str(folder), "--json")
    cases = [json.loads(line) for line in out.splitlines()]
    assert {case["client"] for case in cases} == {"northwind-outdoor", "lumen-home"}
    assert len(cases) >= 8
    config = folder / "intake.toml"  # every other command can explore the demo
    code, out, _ = run(capsys, "--config", str(config), "cases", "--json")
    assert code == 0
    assert {json.loads(line)["id"] for line in out.splitlines()} == {case["id"] for case in cases}
    code, out, _ = run(capsys, "--config", str(config), "digest", "--client", "lumen-home")
    assert code == 0 and "Hello Lumen Home," in out


def test_uncertain_grouping_is_shown_and_confirmed(capsys, config: Path, tmp_path: Path) -> None:
    """Two open cases a day apart and a denial naming nothing: `cases` marks the case `?`,
    `case show` gives the reasons, `case confirm` clears the mark."""
    from datetime import UTC, datetime

    from tests.builders import MessageBuilder

    builder, folder = MessageBuilder(), tmp_path / "mail"
    folder.mkdir()
    removed = "We removed your listing {} because of a rights owner complaint.\nYou may appeal" \
        " from the Account Health page."  # fmt: skip
    denial = "We reviewed your appeal. It did not address our concerns; the listing stays removed."
    bodies = [(2, removed.format("B0AAAAAAA1")), (3, removed.format("B0BBBBBBB2")), (4, denial)]
    for n, (day, body) in enumerate(bodies):
        raw = builder.build(subject="Listing removed" if n < 2 else "Update on your appeal",
                            body=f"Hello,\n\n{body}\n\nSeller Performance",
                            date=datetime(2026, 3, day, 9, tzinfo=UTC))  # fmt: skip
        (folder / f"{n}.eml").write_bytes(raw)
    assert run(capsys, "--config", str(config), "ingest", str(folder))[0] == 0
    _, out, _ = run(capsys, "--config", str(config), "cases", "--json")
    uncertain = [c for c in map(json.loads, out.splitlines()) if c["grouping_uncertain"]]
    assert len(uncertain) == 1
    case_id = str(uncertain[0]["id"])
    _, out, _ = run(capsys, "--config", str(config), "cases")
    assert "?" in next(line for line in out.splitlines() if line.startswith(case_id + " "))
    code, out, _ = run(capsys, "--config", str(config), "case", "show", case_id)
    assert code == 0 and "Grouping uncertain: 1 message(s)" in out
    assert f"joined case {case_id}: names nothing" in out and "new case: new ASIN" in out
    code, out, _ = run(capsys, "--config", str(config), "case", "confirm", case_id)
    assert code == 0 and out.strip() == f"Confirmed case {case_id} (1 uncertain message(s) kept)."
    _, out, _ = run(capsys, "--config", str(config), "case", "show", case_id, "--json")
    detail = json.loads(out)
    assert not detail["grouping_uncertain"]
    assert all(not m["case_uncertain"] and m["case_reason"] for m in detail["timeline"])
