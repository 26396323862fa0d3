"""Resolve an IMAP account's secret at the moment of login, never earlier.

The secret can come from an environment variable (``password_env``), a
command (``password_command``, e.g. ``pass show mail/work``), the system
keyring (``password_keyring``), the config file itself (``password``, which
works but warns when the file is readable by others), or, for Gmail and
Microsoft 365, an OAuth2 access token printed by ``oauth2_token_command``.

Errors name the account and where the secret was looked for, never the
secret nor a command's output (which may contain it).
"""

from __future__ import annotations

import logging
import os
import shlex
import stat
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from intake.config import ImapAccount
from intake.errors import ConfigError, SourceError

log = logging.getLogger(__name__)

KEYRING_SERVICE = "intake"
COMMAND_TIMEOUT = 30.0


@dataclass(frozen=True)
class Credential:
    """What to log in with: a password, or an XOAUTH2 access token.

    The secret is kept out of ``repr`` so a logged or printed credential
    shows only its kind, e.g. ``Credential(kind='password')``.
    """

    kind: Literal["password", "xoauth2"]
    secret: str = field(repr=False)


def resolve_credential(
    account: ImapAccount, config_path: Path | None = None, *, timeout: float = COMMAND_TIMEOUT
) -> Credential:
    """The account's credential from the one secret source its config names.

    ``config_path`` is the file the account came from, checked for loose
    permissions when it holds a plain ``password``. Raises ``ConfigError``
    when no source (or more than one) is configured or a source is unusable
    as configured, ``SourceError`` when a command or the keyring fails.
    """
    sources = _configured_sources(account)
    if not sources:
        raise ConfigError(
            f"account {account.name!r}: no secret configured (set password_env, "
            "password_command, password_keyring or oauth2_token_command)"
        )
    if len(sources) > 1:
        raise ConfigError(
            f"account {account.name!r}: more than one secret source configured "
            f"({', '.join(sources)}); keep exactly one"
        )
    source = sources[0]
    if source == "oauth2_token_command":
        token = _run_secret_command(account, account.oauth2_token_command, source, timeout)
        return Credential("xoauth2", token)
    if source == "password_env":
        return Credential("password", _from_environment(account))
    if source == "password_command":
        return Credential(
            "password", _run_secret_command(account, account.password_command, source, timeout)
        )
    if source == "password_keyring":
        return Credential("password", _from_keyring(account))
    _warn_if_readable(account, config_path)
    return Credential("password", account.password)


def _configured_sources(account: ImapAccount) -> list[str]:
    """Names of the secret fields the account sets, in a fixed order."""
    candidates = {
        "oauth2_token_command": bool(account.oauth2_token_command),
        "password_env": bool(account.password_env),
        "password_command": bool(account.password_command),
        "password_keyring": account.password_keyring,
        "password": bool(account.password),
    }
    return [name for name, present in candidates.items() if present]


def _from_environment(account: ImapAccount) -> str:
    value = os.environ.get(account.password_env, "")
    if not value:
        raise ConfigError(
            f"account {account.name!r}: environment variable {account.password_env} "
            "is not set or empty"
        )
    return value


def _run_secret_command(account: ImapAccount, command: str, key: str, timeout: float) -> str:
    """Run ``command`` without a shell and return its stripped stdout.

    Output is never echoed into an error: a failing password helper may
    print the secret, or part of it, before failing.
    """
    try:
        argv = shlex.split(command)
    except ValueError as err:
        raise ConfigError(f"account {account.name!r}: {key} cannot be parsed ({err})") from err
    if not argv:
        raise ConfigError(f"account {account.name!r}: {key} is empty")
    where = f"account {account.name!r}: {key} ({argv[0]})"
    try:
        done = subprocess.run(
            argv,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=timeout,
            check=False,
        )
    except FileNotFoundError as err:
        raise ConfigError(f"{where}: command not found") from err
    except PermissionError as err:
        raise ConfigError(f"{where}: command is not executable") from err
    except subprocess.TimeoutExpired as err:
        raise SourceError(f"{where}: no answer within {timeout:g}s") from err
    except OSError as err:
        raise SourceError(f"{where}: cannot run ({err.strerror})") from err
    if done.returncode != 0:
        raise SourceError(f"{where}: exited with status {done.returncode}")
    secret = done.stdout.decode("utf-8", errors="replace").strip()
    if not secret:
        raise SourceError(f"{where}: printed nothing")
    return secret


def _from_keyring(account: ImapAccount) -> str:
    """The password stored under service ``intake`` and the account's username."""
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError as err:
        raise ConfigError(
            f"account {account.name!r}: password_keyring needs the keyring package "
            "(pip install 'intake[keyring]')"
        ) from err
    try:
        secret = keyring.get_password(KEYRING_SERVICE, account.username)
    except KeyringError as err:
        raise SourceError(
            f"account {account.name!r}: keyring lookup failed ({type(err).__name__})"
        ) from err
    if not secret:
        raise ConfigError(
            f"account {account.name!r}: no keyring entry for service {KEYRING_SERVICE!r}, "
            f"user {account.username!r}"
        )
    return secret


def _warn_if_readable(account: ImapAccount, config_path: Path | None) -> None:
    """Warn once per resolution when a file holding a password is group/world readable."""
    if config_path is None:
        return
    try:
        mode = config_path.stat().st_mode
    except OSError:
        return
    if mode & (stat.S_IRGRP | stat.S_IROTH):
        log.warning(
            "account %s: %s holds a password and is readable by other users; "
            "chmod 600 it or use password_env, password_command or password_keyring",
            account.name,
            config_path,
        )
