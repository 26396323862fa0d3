"""``intake user``: add, passwd, list, remove against a real SQLite file."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from intake.store import open_store
from intake.store.models import UserRow
from intake.web.passwords import verify_password
from tests.cli import run_cli

SECRET = "a password for the tests"


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A config with two clients and a SQLite database in tmp_path."""
    path = tmp_path / "intake.toml"
    path.write_text(
        '[database]\nurl = "sqlite:///intake.db"\n[clients.acme]\nname = "Acme"\n'
        '[clients.globex]\nname = "Globex"\n'
    )
    monkeypatch.setenv("INTAKE_CONFIG", str(path))
    monkeypatch.setenv("WEB_PW", SECRET)
    return path


def _hash(config: Path, name: str) -> str:
    store = open_store(f"sqlite:///{config.parent / 'intake.db'}")
    with store.session() as session:
        found = session.scalar(select(UserRow.password_hash).where(UserRow.name == name))
    store.close()
    return found


def test_add_and_list_users(config: Path, capsys) -> None:
    """Users are listed with role and clients; only an argon2 hash is stored."""
    assert run_cli(capsys, "user", "add", "sam", "--role", "seller", "--client", "acme",
                   "--password-env", "WEB_PW")[0] == 0  # fmt: skip
    assert (
        run_cli(capsys, "user", "add", "boss", "--role", "admin", "--password-env", "WEB_PW")[0]
        == 0
    )
    code, out, _ = run_cli(capsys, "user", "list", "--json")
    assert code == 0
    listed = [json.loads(line) for line in out.splitlines()]
    assert [(u["name"], u["role"], u["clients"]) for u in listed] == [
        ("boss", "admin", []), ("sam", "seller", ["acme"])
    ]  # fmt: skip
    stored = _hash(config, "sam")
    assert SECRET not in stored and verify_password(stored, SECRET)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--role", "seller"), "a seller needs at least one --client"),
        (("--role", "seller", "--client", "initech"), "unknown client 'initech'"),
        (("--role", "admin", "--client", "acme"), "an admin sees every client"),
        (("--role", "seller", "--client", "acme", "--password-env", "UNSET_VAR"), "not set"),
    ],
)
def test_bad_user_add_exits_2(config: Path, capsys, args, message: str) -> None:
    """Each mistake is one line naming it, exit 2, and no user made."""
    code, _, err = run_cli(capsys, "user", "add", "sam", *args)
    assert code == 2 and message in err and "Traceback" not in err
    assert run_cli(capsys, "user", "list")[1].strip() == "No users."


def test_passwd_from_stdin_and_remove(config: Path, capsys, monkeypatch) -> None:
    """A new password from stdin replaces the hash; remove deletes the user."""
    run_cli(capsys, "user", "add", "sam", "--role", "seller", "--client", "acme",
            "--password-env", "WEB_PW")  # fmt: skip
    monkeypatch.setattr("sys.stdin", io.StringIO("an entirely new password\n"))
    assert run_cli(capsys, "user", "passwd", "sam", "--password-stdin")[0] == 0
    assert verify_password(_hash(config, "sam"), "an entirely new password")
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    code, _, err = run_cli(capsys, "user", "passwd", "sam", "--password-stdin")
    assert code == 2 and "too short" in err
    assert run_cli(capsys, "user", "remove", "sam")[0] == 0
    code, _, err = run_cli(capsys, "user", "remove", "sam")
    assert code == 2 and "no such user" in err


@pytest.mark.parametrize("command", [("add", "eve", "--role", "admin"), ("passwd", "sam")])
def test_no_terminal_for_the_prompt_is_one_line_not_a_read_of_stdin(
    config: Path, capsys, monkeypatch, command: tuple[str, ...]
) -> None:
    """Without --password-env or --password-stdin and no terminal (a script, cron, ssh
    without -t), the hidden prompt cannot hide anything: it used to warn "Password input
    may be echoed", read the password from whatever stdin held, and end "Aborted." (exit
    130). Now: one line naming the two options, exit 2, nobody added or changed."""
    run_cli(capsys, "user", "add", "sam", "--role", "admin", "--password-env", "WEB_PW")
    before = _hash(config, "sam")
    monkeypatch.setattr("sys.stdin", io.StringIO("typed into a pipe\ntyped into a pipe\n"))
    code, out, err = run_cli(capsys, "user", *command)
    assert (code, out) == (2, "")
    assert err.splitlines() == [
        "Error: no terminal to ask for the password: give --password-env VAR or --password-stdin"
    ]
    assert _hash(config, "eve") is None and _hash(config, "sam") == before
