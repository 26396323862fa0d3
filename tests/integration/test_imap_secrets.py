"""Resolving an IMAP account's secret: environment, command, keyring, file, OAuth2 token."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest

from intake.config import ImapAccount
from intake.config.secrets import Credential, resolve_credential
from intake.errors import ConfigError, SourceError

SECRET = "pa55 w0rd!"


def account(**secret_fields: object) -> ImapAccount:
    return ImapAccount(name="acme-inbox", host="imap.example.org", username="me", **secret_fields)


def script(tmp_path: Path, body: str) -> str:
    """A command line running a small Python script (no shell involved)."""
    path = tmp_path / "helper.py"
    path.write_text(body)
    return f"{sys.executable} {path}"


def test_password_from_environment(monkeypatch):
    """GIVEN password_env WHEN resolved THEN the variable's value is the password."""
    monkeypatch.setenv("ACME_IMAP_PASSWORD", SECRET)
    credential = resolve_credential(account(password_env="ACME_IMAP_PASSWORD"))
    assert credential == Credential("password", SECRET)


def test_missing_environment_variable_names_it(monkeypatch):
    """GIVEN password_env naming an unset variable WHEN resolved THEN ConfigError names it."""
    monkeypatch.delenv("ACME_IMAP_PASSWORD", raising=False)
    with pytest.raises(ConfigError, match="acme-inbox.*ACME_IMAP_PASSWORD"):
        resolve_credential(account(password_env="ACME_IMAP_PASSWORD"))


def test_password_command_output_is_stripped(tmp_path):
    """GIVEN password_command WHEN resolved THEN its stdout, stripped, is the password."""
    command = script(tmp_path, f"print({SECRET!r} + '  ')\n")
    assert resolve_credential(account(password_command=command)).secret == SECRET


def test_password_command_runs_without_a_shell(tmp_path):
    """GIVEN shell syntax in the command WHEN resolved THEN it reaches argv literally."""
    command = script(tmp_path, "import sys; print('|'.join(sys.argv[1:]))\n") + " 'a b' ';' '$HOME'"
    assert resolve_credential(account(password_command=command)).secret == "a b|;|$HOME"


def test_failing_command_names_account_not_output(tmp_path):
    """GIVEN a command that prints the secret and fails WHEN resolved THEN the error hides it."""
    command = script(
        tmp_path, f"import sys; print({SECRET!r}); sys.stderr.write({SECRET!r}); sys.exit(3)\n"
    )
    with pytest.raises(SourceError) as caught:
        resolve_credential(account(password_command=command))
    message = str(caught.value)
    assert "acme-inbox" in message and "status 3" in message
    assert SECRET not in message


def test_command_timeout_is_source_error(tmp_path):
    """GIVEN a command that hangs WHEN resolved with a short timeout THEN SourceError."""
    command = script(tmp_path, "import time; time.sleep(10)\n")
    with pytest.raises(SourceError, match="no answer within 0.5s"):
        resolve_credential(account(password_command=command), timeout=0.5)


def test_unknown_command_is_config_error():
    """GIVEN a command that does not exist WHEN resolved THEN ConfigError naming the account."""
    with pytest.raises(ConfigError, match="acme-inbox.*not found"):
        resolve_credential(account(password_command="/nonexistent/secret-helper --get"))


def test_oauth2_token_command_gives_xoauth2_credential(tmp_path):
    """GIVEN oauth2_token_command WHEN resolved THEN an XOAUTH2 credential with the token."""
    command = script(tmp_path, "print('ya29.token-value')\n")
    credential = resolve_credential(account(oauth2_token_command=command))
    assert credential == Credential("xoauth2", "ya29.token-value")


def test_credential_repr_hides_the_secret():
    """GIVEN a credential WHEN printed THEN the secret is not in its repr."""
    assert SECRET not in repr(Credential("password", SECRET))


@pytest.mark.parametrize(
    ("fields", "pattern"),
    [
        ({}, "no secret configured"),
        ({"password_env": "X", "password": "y"}, "more than one.*password_env, password"),
    ],
)
def test_exactly_one_secret_source(fields, pattern):
    """GIVEN no secret field, or two WHEN resolved THEN ConfigError says so."""
    with pytest.raises(ConfigError, match=pattern):
        resolve_credential(account(**fields))


@pytest.mark.parametrize(("mode", "warns"), [(0o600, False), (0o640, True), (0o604, True)])
def test_plain_password_warns_when_file_is_readable_by_others(tmp_path, caplog, mode, warns):
    """GIVEN a password in the config WHEN the file is group/world readable THEN a warning."""
    config = tmp_path / "intake.toml"
    config.write_text("")
    config.chmod(mode)
    with caplog.at_level(logging.WARNING, logger="intake.config.secrets"):
        credential = resolve_credential(account(password=SECRET), config)
    assert credential.secret == SECRET
    assert any("readable by other users" in r.getMessage() for r in caplog.records) is warns
    assert all(SECRET not in r.getMessage() for r in caplog.records)


def test_keyring_without_the_package_is_a_clear_error(monkeypatch):
    """GIVEN password_keyring but no keyring package WHEN resolved THEN ConfigError says install."""
    monkeypatch.setitem(sys.modules, "keyring", None)
    with pytest.raises(ConfigError, match="keyring package"):
        resolve_credential(account(password_keyring=True))
