"""Options many commands share, one decorator each, and the global options.

``--config``, ``--debug`` and ``--json`` are read before the command name
(``intake --config x.toml cases``) and after it (``intake cases --config
x.toml``), as people type them; ``--client`` is repeatable where it filters and
refused when repeated where only one client makes sense.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any, TypeVar

import click

from intake.cli.app import App

_Command = TypeVar("_Command", bound=Callable[..., Any])


def _root_json(ctx: click.Context, _param: click.Parameter, value: bool) -> bool:
    return bool(value or getattr(ctx.find_root().obj, "as_json", False))


json_option = click.option(
    "--json",
    "as_json",
    is_flag=True,
    callback=_root_json,
    help="Print one JSON object per line, nothing else.",
)

clients_option = click.option(
    "--client",
    "clients",
    metavar="NAME",
    multiple=True,
    help="Only this client's data (repeat for several).",
)


def _one_client(ctx: click.Context, _param: click.Parameter, value: tuple[str, ...]) -> str | None:
    if len(set(value)) > 1:
        raise click.UsageError(
            f"--client given {len(value)} times; `{ctx.command_path}` works on one client"
        )
    return value[0] if value else None


def client_option(
    help_text: str = "The client (default: the only configured one).",
) -> Callable[[_Command], _Command]:
    """``--client NAME`` for a command that works on exactly one client."""
    return click.option(
        "--client", metavar="NAME", multiple=True, callback=_one_client, help=help_text
    )


def app_from(ctx: click.Context, *, creates_database: bool = False) -> App:
    """The command's ``App``, created on first use (so --help never reads the config).

    ``creates_database``: this command may create a missing SQLite database.
    """
    app = ctx.find_root().obj.get()
    app.creates_database = app.creates_database or creates_database
    return app


def _set_config(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    root = ctx.find_root().obj
    if value is not None:
        if root.config_path not in (None, value):
            raise click.UsageError(f"--config given twice ({root.config_path}, {value})")
        root.config_path = value
    has_json = any(param.name == "as_json" for param in ctx.command.params)
    if root.as_json and not has_json and not isinstance(ctx.command, click.Group):
        raise click.UsageError(f"--json: `{ctx.command_path}` has no JSON output")


def _set_debug(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value:
        ctx.find_root().obj.debug = True


_WITH_GLOBAL_OPTIONS: weakref.WeakSet[click.Command] = weakref.WeakSet()


def add_global_options(command: click.Command) -> None:
    """Give ``command`` (and every command below it) ``--config`` and ``--debug``, once."""
    if command in _WITH_GLOBAL_OPTIONS:
        return
    _WITH_GLOBAL_OPTIONS.add(command)
    command.params.append(
        click.Option(
            ["--config"],
            metavar="PATH",
            expose_value=False,
            callback=_set_config,
            help="Config file (also accepted before the command name).",
        )
    )
    command.params.append(
        click.Option(
            ["--debug"],
            is_flag=True,
            expose_value=False,
            callback=_set_debug,
            help="Debug logging, and tracebacks on errors.",
        )
    )
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            add_global_options(sub)
