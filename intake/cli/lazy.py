"""Commands loaded when used: ``intake --help`` and each command import only what they need.

Why: the command modules import the database layer, migrations, the IMAP
client, Jinja2 and the fact extractors; importing all of them took over a
second before any command ran, even for ``--help``. Here every command is named
with the module that defines it and its one-line help; the module is imported
the first time the command is looked up. ``tests/unit/test_cli_lazy.py``
checks that this table and the modules agree, so a new command cannot be
forgotten here.
"""

from __future__ import annotations

import gc
import importlib
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import click

# name -> (module, attribute, one-line help as the command's docstring gives it)
COMMANDS: dict[str, tuple[str, str, str]] = {
    "init": ("intake.cli.mail", "init",
             "Create or upgrade the database and build the classifier model if missing."),
    "ingest": ("intake.cli.mail", "ingest_command",
               "Store messages from .eml files, folders of them, mbox files and Maildirs."),
    "messages": ("intake.cli.mail", "messages",
                 "List stored messages, oldest first, with label, confidence and case."),
    "demo": ("intake.cli.mail", "demo", "Ingest the bundled sample mailbox into a fresh database"
             " and print the triage table."),
    "cases": ("intake.cli.cases", "cases",
              "List cases by urgency: overdue and nearest deadline first, then by status."),
    "case": ("intake.cli.cases", "case",
             "Cases: show, merge, move, log-appeal, close, reopen, and more."),
    "classify": ("intake.cli.classify", "classify", "Classify .eml files, folders, mbox files and"
                 " Maildirs without storing anything."),
    "train": ("intake.cli.model", "train",
              "Train the model from the corpus plus people's corrections, if anything changed."),
    "eval": ("intake.cli.model", "evaluate",
             "Leave-one-family-out scores (per label, per language), review threshold, then CV."),
    "relabel": ("intake.cli.model", "relabel", "Record a person's LABEL for MESSAGE (database id"
                " or Message-ID); used in training."),
    "reprocess": ("intake.cli.model", "reprocess",
                  "Re-classify stored messages from their raw bytes with the current model."),
    "poll": ("intake.cli.poll", "poll",
             "Fetch what is new in every IMAP account (or one) once, then exit."),
    "analyse": ("intake.cli.backlog", "analyse_command",
                "Analyse the mail taken in and not analysed yet (every client's, or --client's)."),
    "run": ("intake.cli.imap", "run", "Watch every IMAP account (IDLE or polling) and send"
            " digests and alerts, until SIGTERM."),
    "status": ("intake.cli.imap", "status", "Show IMAP accounts, the backlog, failed mail,"
               " workers, and unsent digests and alerts."),
    "draft": ("intake.cli.drafts", "draft", "Draft the reply to a case's latest actionable"
              " message; keep it as a new version."),
    "templates": ("intake.cli.drafts", "templates",
                  "List, show and check reply templates and their overrides."),
    "digest": ("intake.cli.notify", "digest", "Build a seller's digest (or the consultant's);"
               " preview it, write it as .eml, or send it."),
    "doctor": ("intake.cli.doctor", "doctor",
               "Check the config, database, model, IMAP logins and folders, SMTP and templates."),
    "web": ("intake.cli.web", "web",
            "Serve the web app (triage, cases, review queue, accounts) until interrupted."),
    "user": ("intake.cli.web", "user",
             "Manage who may sign in to the web app, and which clients they see."),
}  # fmt: skip


def load_command(name: str) -> click.Command:
    """The command object, importing its module now, with the global options that may
    follow its name (``intake cases --config x.toml``)."""
    module, attribute, _ = COMMANDS[name]
    with uncollected():
        from intake.cli.options import add_global_options

        command = getattr(importlib.import_module(module), attribute)
    add_global_options(command)
    return command


@contextmanager
def uncollected() -> Iterator[None]:
    """No garbage collection while a command's modules are imported; then what they made
    is frozen (never visited by the collector again), and collection goes on.

    Why: importing SQLAlchemy, the models and the rest makes hundreds of thousands of
    objects that live until exit, and the collector ran about 150 times over them
    during the imports of ``intake poll --take-in-only``: 0.08-0.1 s of its CPU (of
    about 0.95 s for 5,000 messages), 0.01 s after. Import-time garbage is tiny.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


class LazyCommands(dict):
    """``Group.commands`` whose values are imported on first access; the names are known
    without importing anything (so ``list_commands`` and ``in`` stay cheap)."""

    def __init__(self) -> None:
        super().__init__(dict.fromkeys(COMMANDS))

    def __getitem__(self, name: str) -> click.Command:
        found = super().__getitem__(name)
        if found is None:
            found = load_command(name)
            super().__setitem__(name, found)
        return found

    def get(self, name: str, default: Any = None) -> Any:
        return self[name] if name in self else default  # noqa: SIM401  (self.get is this)

    def values(self):
        return [self[name] for name in self]

    def items(self):
        return [(name, self[name]) for name in self]


class LazyGroup(click.Group):
    """A group whose subcommands come from ``COMMANDS``; its help lists them from the table."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.commands = LazyCommands()

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The "Commands:" section, from the table: no command module is imported."""
        names = self.list_commands(ctx)
        if not names:
            return
        limit = formatter.width - 6 - max(len(name) for name in names)
        rows = [
            (name, click.Command(name, help=COMMANDS[name][2]).get_short_help_str(limit))
            if name in COMMANDS  # else added with add_command: loaded already
            else (name, self.commands[name].get_short_help_str(limit))
            for name in names
        ]
        with formatter.section("Commands"):
            formatter.write_dl(rows)
