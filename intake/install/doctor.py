"""``intake doctor``: check an installation end to end, one line per check.

Each check answers one question a person setting intake up would otherwise
find out later, from a daemon's log: does the config load, is the database
there and migrated, is the model usable, does every IMAP account log in and
have its folders, does the SMTP server take the login, do the template
overrides render. Checks only read: nothing is created, migrated or sent.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

import classifiers
from intake.config import Config
from intake.config.secrets import resolve_credential
from intake.drafts.check import check_templates
from intake.errors import IntakeError
from intake.ingest.poller import configured_accounts, resolved_account
from intake.notify.transport import SmtpTransport, transport_for
from intake.sources.imap import open_mailbox
from intake.store import current_revision, head_revision, make_engine


@dataclass(frozen=True)
class Check:
    """One check's outcome: what was checked, whether it passed, and what was found."""

    name: str
    ok: bool
    detail: str

    def line(self) -> str:
        """``ok    database  sqlite:///...: at revision 0002 (current)``."""
        return f"{'ok' if self.ok else 'FAIL':<5} {self.name}: {self.detail}"

    def to_dict(self) -> dict[str, object]:
        """The ``intake doctor --json`` object."""
        return {"check": self.name, "ok": self.ok, "detail": self.detail}


def run_checks(
    config: Config, template_folders: Sequence[tuple[Path, list[Path]]]
) -> Iterator[Check]:
    """Every check after the config's own, in order; each runs even when an earlier failed."""
    yield check_database(config)
    yield check_model(config)
    for target in configured_accounts(config):
        yield check_imap(config, target)
    yield check_delivery(config)
    yield check_templates_in(template_folders)


def check_config(config: Config) -> Check:
    """The config loaded (the caller reports a config that did not, one line per problem)."""
    where = str(config.source) if config.source else "built-in defaults (no config file)"
    accounts = sum(len(client.accounts) for client in config.clients.values())
    return Check(
        "config", True, f"{where}: {len(config.clients)} client(s), {accounts} IMAP account(s)"
    )


def check_database(config: Config) -> Check:
    """The database exists, answers, and is at the newest migration."""
    try:
        engine = make_engine(config.database_url)
    except IntakeError as err:
        return Check("database", False, str(err))
    url = engine.url.render_as_string(hide_password=True)
    try:
        if engine.url.get_backend_name() == "sqlite" and not _sqlite_exists(engine.url.database):
            return Check("database", False, f"{url}: no database yet; `intake init` creates it")
        current, head = current_revision(engine), head_revision()
    except SQLAlchemyError as err:
        return Check("database", False, f"{url}: {str(err).splitlines()[0]}")
    finally:
        engine.dispose()
    if current != head:
        return Check(
            "database",
            False,
            f"{url}: at revision {current or 'none'}, intake needs"
            f" {head}; `intake init` upgrades it",
        )
    return Check("database", True, f"{url}: at revision {head} (current)")


def _sqlite_exists(database: str | None) -> bool:
    return not database or database == ":memory:" or os.path.exists(database)


def check_model(config: Config) -> Check:
    """The classifier model file exists and this version of intake can use it."""
    path = config.resolve(config.classifier.model_path)
    try:
        model = classifiers.load(path)
    except classifiers.ClassifierError as err:
        return Check("model", False, f"{err}; `intake train` rebuilds it")
    if model is None:
        return Check("model", False, f"{path}: no model yet; `intake init` builds it")
    return Check("model", True, f"{path}: version {model.version}")


def check_imap(config: Config, target) -> Check:
    """The account's secret resolves, the login works, and every watched folder exists."""
    name = f"imap {target.label}"
    account = resolved_account(config, target.account)
    try:
        credential = resolve_credential(account, config.source)
        with open_mailbox(account, config.imap, credential) as mailbox:
            found = [
                mailbox.folder_state(folder) for folder in (*account.folders, *account.sent_folders)
            ]
    except IntakeError as err:
        return Check(name, False, str(err))
    folders = ", ".join(f"{state.folder} ({state.exists} messages)" for state in found)
    return Check(name, True, f"{account.username}@{account.host}: login ok; {folders}")


def check_delivery(config: Config) -> Check:
    """Digests and alerts can go out: the SMTP login works, or the outbox folder is writable."""
    try:
        transport = transport_for(config)
        if isinstance(transport, SmtpTransport):
            transport.verify()
            login = "login ok" if config.notify.smtp.username else "no login configured"
            return Check("smtp", True, f"{transport.where}: {login}")
    except IntakeError as err:
        name = "smtp" if config.notify.delivery == "smtp" else "outbox"
        return Check(name, False, str(err))
    folder = config.resolve(config.notify.folder)
    probe = folder if folder.exists() else folder.parent
    if not os.access(probe, os.W_OK):
        return Check("outbox", False, f'{folder}: not writable (notify.delivery = "folder")')
    return Check("outbox", True, f'{folder}: writable (notify.delivery = "folder")')


def check_templates_in(layered: Sequence[tuple[Path, list[Path]]]) -> Check:
    """The template override folders render; the shipped templates when none is configured."""
    if not layered:
        return Check("templates", True, "no overrides configured; the shipped templates are used")
    problems = []
    try:
        for folder, below in layered:
            problems.extend(check_templates(folder, below))
    except IntakeError as err:
        return Check("templates", False, str(err))
    folders = ", ".join(str(folder) for folder, _ in layered)
    if problems:
        first = problems[0]
        return Check("templates", False, f"{len(problems)} problem(s) in {folders}, first: {first}")
    return Check("templates", True, f"{folders}: no problems")
