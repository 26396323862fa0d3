"""The command line as people type it, and failures that name what failed (issue 16)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from intake.install.demo import demo_mailbox
from tests.cli import run_cli as run


@pytest.fixture
def config(tmp_path: Path, model_path: Path) -> Path:
    """Two named clients on a fresh SQLite database and the session's model."""
    path = tmp_path / "intake.toml"
    path.write_text(
        f'[database]\nurl = "sqlite:///{tmp_path / "intake.db"}"\n'
        f'[classifier]\nmodel_path = "{model_path}"\n'
        '[clients.northwind-outdoor]\nname = "Northwind Outdoor"\n'
        '[clients.lumen-home]\nname = "Lumen Home"\n'
    )
    return path


def _bad_files(folder: Path) -> list[Path]:
    folder.mkdir()
    empty, binary, text = folder / "empty.eml", folder / "binary.eml", folder / "text.eml"
    empty.write_bytes(b"")
    binary.write_bytes(bytes(range(256)) * 3)
    text.write_text("just a line of text\nand another, but no headers at all\n")
    return [empty, binary, text]


def test_unparseable_files_are_named_on_stderr(capsys, config: Path, tmp_path: Path) -> None:
    """Each file that cannot be parsed gets one warning naming it and why; the summary
    points at them, and `messages --unparseable` lists them."""
    files = _bad_files(tmp_path / "mail")
    c = ("--config", str(config))
    code, out, err = run(capsys, *c, "ingest", "--client", "lumen-home", *map(str, files))
    assert code == 0, err
    warnings = [line for line in err.splitlines() if line.startswith("Warning:")]
    assert warnings == [
        f"Warning: {files[0]}: empty message",
        f"Warning: {files[1]}: no mail headers",
        f"Warning: {files[2]}: no mail headers",
    ]
    assert "3 unparseable" in out and "intake messages --unparseable" in out
    code, out, _ = run(capsys, *c, "messages", "--unparseable", "--json")
    listed = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(listed) == 3
    assert [item["sources"] for item in listed] == [[f"file:{path}"] for path in files]
    code, out, _ = run(capsys, *c, "messages", "--unparseable")
    assert "no mail headers" in out and str(files[1]) in out


def test_ingest_json_of_a_stored_file_gives_its_stored_label(capsys, config: Path) -> None:
    """A message already stored reports the label it was stored with, not an empty one."""
    one = sorted((demo_mailbox() / "lumen-home").glob("*.eml"))[0]
    c = ("--config", str(config))
    _, out, _ = run(capsys, *c, "ingest", "--client", "lumen-home", "--json", str(one))
    first = json.loads(out)
    _, out, _ = run(capsys, *c, "ingest", "--client", "lumen-home", "--json", str(one))
    again = json.loads(out)
    assert again["duplicate"] is True and first["label"]
    assert (again["label"], again["case_id"]) == (first["label"], first["case_id"])
    assert again["confidence"] == first["confidence"]


def test_global_options_after_the_command(capsys, config: Path) -> None:
    """--config, --debug and --json work after the command name as before it."""
    run(capsys, "--config", str(config), "ingest", "--client", "lumen-home",
        str(demo_mailbox() / "lumen-home"))  # fmt: skip
    code, before, _ = run(capsys, "--config", str(config), "--json", "cases")
    assert code == 0 and before
    code, after, err = run(capsys, "cases", "--config", str(config), "--json", "--debug")
    assert code == 0, err
    assert after == before and all(json.loads(line) for line in after.splitlines())
    case_id = json.loads(after.splitlines()[0])["id"]
    code, out, _ = run(capsys, "case", "show", str(case_id), "--config", str(config), "--json")
    assert code == 0 and json.loads(out)["id"] == case_id


def test_json_before_a_command_without_json_is_a_usage_error(capsys, config: Path) -> None:
    """`intake --json init` has nothing to print as JSON: exit 2 naming the command."""
    code, _, err = run(capsys, "--json", "init", "--config", str(config))
    assert code == 2 and "--json" in err and "intake init" in err


def test_client_is_repeatable_where_it_filters(capsys, config: Path) -> None:
    """`cases --client A --client B` lists both clients' cases; one --client only A's."""
    c = ("--config", str(config))
    for name in ("lumen-home", "northwind-outdoor"):
        run(capsys, *c, "ingest", "--client", name, str(demo_mailbox() / name))
    _, out, _ = run(capsys, *c, "cases", "--json", "--client", "lumen-home")
    only_lumen = {json.loads(line)["client"] for line in out.splitlines()}
    _, out, _ = run(capsys, *c, "cases", "--json", "--client", "lumen-home",
                    "--client", "northwind-outdoor")  # fmt: skip
    both = {json.loads(line)["client"] for line in out.splitlines()}
    assert only_lumen == {"lumen-home"} and both == {"lumen-home", "northwind-outdoor"}
    _, out, _ = run(capsys, *c, "messages", "--json", "--client", "lumen-home",
                    "--client", "northwind-outdoor")  # fmt: skip
    assert {json.loads(line)["client"] for line in out.splitlines()} == both


TWO = ("--client", "lumen-home", "--client", "northwind-outdoor")


@pytest.mark.parametrize(
    "args", [("ingest", *TWO, "."), ("digest", *TWO), ("templates", "list", *TWO)]
)
def test_client_twice_where_one_makes_sense_is_an_error(capsys, config: Path, args) -> None:
    """Where only one client makes sense, a second --client is refused, not dropped."""
    code, out, err = run(capsys, "--config", str(config), *args)
    assert code == 2 and "--client given 2 times" in err and out == ""


@pytest.mark.parametrize(
    "args",
    [("cases", "--client", "typo"), ("messages", "--client", "typo"),
     ("digest", "--client", "typo"), ("templates", "list", "--client", "typo"),
     ("ingest", "--client", "typo", ".")],
)  # fmt: skip
def test_unknown_client_has_one_wording(capsys, config: Path, args) -> None:
    """Every command names an unknown client the same way, with the known ones."""
    code, _, err = run(capsys, "--config", str(config), *args)
    assert code == 2
    assert err.strip() == "Error: unknown client 'typo' (known: lumen-home, northwind-outdoor)"


def test_read_only_command_in_a_bare_folder_creates_no_database(
    capsys, tmp_path: Path, monkeypatch, model_path: Path
) -> None:
    """Without a config or a database, `cases` says where it would create one, and does not;
    `classify` works on files without creating one either."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("INTAKE_CONFIG", raising=False)
    for args in (("cases",), ("messages",), ("status",), ("case", "show", "1")):
        code, out, err = run(capsys, *args)
        assert code == 2 and out == ""
        assert f"no database at {tmp_path / 'intake.db'}" in err and "intake init" in err
    (tmp_path / "intake-model.npz").write_bytes(model_path.read_bytes())
    one = sorted((demo_mailbox() / "lumen-home").glob("*.eml"))[0]
    code, out, err = run(capsys, "classify", "--json", str(one))
    assert code == 0 and json.loads(out)["label"], err
    assert not (tmp_path / "intake.db").exists()


def test_help_texts_say_what_options_do() -> None:
    """The options people asked about are explained in --help; relabel's usage keeps
    label names whole; `case --help` lists its subcommands."""
    from click.testing import CliRunner

    from intake.cli import cli

    runner = CliRunner(env={"INTAKE_CONFIG": "/nonexistent/intake.toml", "COLUMNS": "80"})

    def help_of(*args: str) -> str:
        return " ".join(runner.invoke(cli, [*args, "--help"]).output.split())

    assert "client the mail is stored under" in help_of("ingest")
    assert "cross-validation" in help_of("eval")
    assert "CLIENT/NAME" in help_of("poll")
    case_line = next(line for line in runner.invoke(cli, ["--help"]).output.splitlines()
                     if line.split()[:1] == ["case"])  # fmt: skip
    assert all(sub in case_line for sub in ("show", "merge", "log-appeal", "close", "reopen"))
    usage = runner.invoke(cli, ["relabel", "--help"]).output
    assert "relabel [OPTIONS] MESSAGE LABEL\n" in usage
    for label in ("redirect_closed_queue", "need_more_info", "acknowledgement"):
        assert label in usage.split() or f"{label}," in usage.split()


def test_cases_and_case_show_agree_and_dates_are_filled(capsys, config: Path) -> None:
    """Every case (likely phishing and the "other mail" case too) has opened_at and
    updated_at, and `cases --json` and `case show --json` give the same needs_review."""
    c = ("--config", str(config))
    for name in ("lumen-home", "northwind-outdoor"):
        run(capsys, *c, "ingest", "--client", name, str(demo_mailbox() / name))
    _, out, _ = run(capsys, *c, "cases", "--json", "--all")
    listed = [json.loads(line) for line in out.splitlines()]
    assert any(case["status"] == "suspicious" for case in listed)
    assert any(case["needs_review"] for case in listed)
    for case in listed:
        assert case["opened_at"] and case["updated_at"], case["id"]
        assert case["opened_at"] <= case["updated_at"]
        _, out, _ = run(capsys, *c, "case", "show", str(case["id"]), "--json")
        shown = json.loads(out)
        assert shown["needs_review"] == case["needs_review"], case["id"]
        assert (shown["opened_at"], shown["updated_at"]) == (case["opened_at"],
                                                              case["updated_at"])  # fmt: skip


def test_listings_show_display_names(capsys, config: Path) -> None:
    """`cases`, `messages` and `case show` name the client as configured, not by its key."""
    c = ("--config", str(config))
    run(capsys, *c, "ingest", "--client", "lumen-home", str(demo_mailbox() / "lumen-home"))
    _, cases, _ = run(capsys, *c, "cases")
    _, messages, _ = run(capsys, *c, "messages")
    assert "Lumen Home" in cases and "lumen-home" not in cases
    assert "Lumen Home" in messages and "lumen-home" not in messages
    case_id = cases.splitlines()[1].split()[0]
    _, shown, _ = run(capsys, *c, "case", "show", case_id)
    assert shown.startswith(f"Case {case_id} (Lumen Home): ")


def test_exploring_the_demo_uses_the_demos_date(capsys, tmp_path: Path, model_path: Path):
    """Commands run with the demo's config work as of the demo's date (and say so), so
    `cases` agrees with the table `intake demo` printed."""
    folder = tmp_path / "demo"
    folder.mkdir()
    (folder / "intake-model.npz").write_bytes(model_path.read_bytes())
    code, out, err = run(capsys, "demo", "--dir", str(folder), "--json")
    assert code == 0, err
    demo_table = [json.loads(line) for line in out.splitlines()]
    code, out, err = run(capsys, "--config", str(folder / "intake.toml"), "cases", "--json")
    assert code == 0
    explored = [json.loads(line) for line in out.splitlines()]
    keys = ("id", "status", "deadline", "next_step", "reason")
    assert [{k: case[k] for k in keys} for case in explored] == [
        {k: case[k] for k in keys} for case in demo_table
    ]
    assert "Note: as of " in err and "not the real time" in err


def test_a_file_that_cannot_be_read_is_named_and_the_rest_are_taken_in(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A source whose bytes cannot be read (here a dangling link) is one warning naming it
    (the file reader logs it); the sources after it are still read."""
    from intake.ingest.files import read_each
    from intake.sources.files import FileSource, resolve_sources

    dangling = tmp_path / "gone.eml"
    dangling.symlink_to(tmp_path / "nowhere.eml")
    good = resolve_sources([sorted((demo_mailbox() / "lumen-home").glob("*.eml"))[0]])
    warned: list[str] = []
    read = list(read_each([FileSource(dangling, "eml"), *good], warned.append))
    assert len(read) == 1
    named = warned + [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert len(named) == 1 and str(dangling) in named[0] and "cannot read" in named[0]


def test_terminal_control_characters_in_mail_never_reach_the_terminal(
    capsys, config: Path, tmp_path: Path
) -> None:
    """A subject is the sender's text: ESC and BEL in it (an encoded word carries any byte)
    used to reach the terminal as they were, so a message could retitle the window, clear
    the screen or hide a line in `intake messages`. Text output shows each as `?`."""
    c = _ingest_one(
        capsys, config, tmp_path, b"Hi=1B]0;owned=07=1B[2J=1B[8mhidden=C2=9B31m",
        b"We have deactivated your listing B0ABCDEF12 for a safety complaint.",
    )  # fmt: skip
    _, listed, _ = run(capsys, *c, "messages", "--json")
    message = json.loads(listed.splitlines()[0])
    case_id = str(message["case_id"])
    assert "\x1b" in message["subject"]  # stored as it came; JSON escapes it itself
    for args in (("messages",), ("cases", "--all"), ("case", "show", case_id)):
        code, out, err = run(capsys, *c, *args)
        assert code == 0, err
        assert not any(char in out for char in "\x1b\x07\x9b"), (args, out)
        assert args == ("cases", "--all") or "Hi?]0;owned??[2J?[8mhidden?31m" in out, (args, out)


def test_messages_with_filters_that_match_nothing_does_not_say_nothing_is_stored(
    capsys, config: Path
) -> None:
    """`messages --label resent` on a database full of mail said "No messages stored yet.",
    as if the ingest had been lost; it names the filters instead."""
    c = ("--config", str(config))
    one = sorted((demo_mailbox() / "lumen-home").glob("*.eml"))[0]
    assert run(capsys, *c, "ingest", "--client", "lumen-home", str(one))[0] == 0
    code, out, _ = run(capsys, *c, "messages", "--label", "resent")
    assert (code, out) == (0, "No messages match --label resent.\n")
    code, out, _ = run(capsys, *c, "messages", "--client", "northwind-outdoor", "--case", "1")
    assert (code, out) == (0, "No messages match --client northwind-outdoor --case 1.\n")
    code, out, _ = run(capsys, *c, "messages", "--unparseable")
    assert out == "No unparseable messages.\n"


def test_ingest_run_again_after_an_interruption_counts_what_it_stored(capsys, config: Path) -> None:
    """An ingest that stopped after taking its files in (the database went away) is
    finished by running it again, as the README says; that run analysed and stored them
    but said "0 stored in 0 case(s), 3 already stored", as if the first run had."""
    from intake.mail.notice import Origin, RawMessage
    from intake.store import inbox, open_store, repo

    files = sorted((demo_mailbox() / "lumen-home").glob("*.eml"))[1:4]
    store = open_store(f"sqlite:///{config.parent / 'intake.db'}")
    with store.session() as session:  # where the first run stopped: taken in, not analysed
        client_id = repo.ensure_client(session, "lumen-home", "Lumen Home")
        raws = [RawMessage(f.read_bytes(), Origin(kind="file", path=str(f))) for f in files]
        inbox.take_in(session, client_id, None, raws)
    store.close()
    code, out, err = run(
        capsys, "--config", str(config), "ingest", "--client", "lumen-home", *map(str, files)
    )
    assert code == 0, err
    assert out.startswith("3 message(s) read: 3 stored in 1 case(s), 0 already stored"), out
    code, out, _ = run(
        capsys, "--config", str(config), "ingest", "--client", "lumen-home", *map(str, files)
    )
    assert out.startswith("3 message(s) read: 0 stored in 0 case(s), 3 already stored"), out


def test_templates_need_no_client_when_no_client_has_its_own(capsys, config: Path) -> None:
    """A consultant's config has several clients; with no client's own `templates` folder
    every client reads the same ones, yet `templates list` stopped with "several clients
    configured; choose one with --client". It lists them; once a client has its own
    folder, the choice matters and --client is asked for again."""
    c = ("--config", str(config))
    code, out, err = run(capsys, *c, "templates", "list")
    assert code == 0, err
    assert "suspension.txt.j2" in out and "shipped" in out
    code, out, err = run(capsys, *c, "templates", "show", "resent")
    assert code == 0 and out.strip(), err
    own = config.parent / "lumen-templates"
    own.mkdir()
    config.write_text(config.read_text() + f'templates = "{own}"\n')  # under lumen-home
    code, _, err = run(capsys, *c, "templates", "list")
    assert code == 2 and "choose one with --client" in err


def test_ingest_after_an_interruption_names_the_files_given_now(capsys, config: Path) -> None:
    """The mail an interrupted run left waiting came from files at another path (moved
    since); this run's report names the files it was given, not the old paths."""
    from intake.mail.notice import Origin, RawMessage
    from intake.store import inbox, open_store, repo

    files = sorted((demo_mailbox() / "lumen-home").glob("*.eml"))[1:3]
    store = open_store(f"sqlite:///{config.parent / 'intake.db'}")
    with store.session() as session:
        client_id = repo.ensure_client(session, "lumen-home", "Lumen Home")
        raws = [
            RawMessage(f.read_bytes(), Origin(kind="file", path=f"/moved/{f.name}")) for f in files
        ]
        inbox.take_in(session, client_id, None, raws)
    store.close()
    code, out, err = run(
        capsys, "--config", str(config), "ingest", "--json", "--client", "lumen-home",
        *map(str, files),
    )  # fmt: skip
    assert code == 0, err
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["source"] for line in lines] == [f"file:{f}" for f in files]
    assert not any(line["duplicate"] for line in lines)


def test_control_characters_in_mail_never_reach_the_terminal_in_a_digest_preview(
    capsys, config: Path, tmp_path: Path
) -> None:
    """A case's title falls back to the mail's subject: the digest preview printed it as it
    came, ESC and BEL included, where every other text output shows them as `?`."""
    c = _ingest_one(
        capsys, config, tmp_path, b"Hi=1B]0;owned=07=1B[2J",
        b"Your account has been deactivated. Submit a plan of action.",
    )  # fmt: skip
    code, out, err = run(capsys, *c, "digest", "--client", "lumen-home", "--since", "2000-01-01")
    assert code == 0, err
    assert "Hi?]0;owned?" in out, out
    assert not any(char in out for char in "\x1b\x07"), out


def _ingest_one(
    capsys, config: Path, tmp_path: Path, subject: bytes, body: bytes
) -> tuple[str, str]:
    """Ingest one Amazon-looking message whose subject is a UTF-8 Q-encoded word carrying
    ``subject`` (control bytes included) for lumen-home; the --config arguments."""
    mail = tmp_path / "escape.eml"
    mail.write_bytes(
        b"From: Seller Performance <seller-performance@amazon.com>\r\nTo: a@b.test\r\n"
        b"Subject: =?utf-8?q?" + subject + b"?=\r\n"
        b"Message-ID: <escape@x>\r\nDate: Mon, 7 Dec 2026 10:00:00 +0000\r\n\r\n" + body + b"\r\n"
    )
    c = ("--config", str(config))
    assert run(capsys, *c, "ingest", "--client", "lumen-home", str(mail))[0] == 0
    return c
