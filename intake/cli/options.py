"""Options many commands share, one decorator each."""

from __future__ import annotations

import click

from intake.cli.app import App

json_option = click.option(
    "--json", "as_json", is_flag=True, help="Print one JSON object per line, nothing else."
)
client_option = click.option("--client", metavar="NAME", help="Only this client's data.")


def app_from(ctx: click.Context) -> App:
    """The command's ``App``, created on first use (so --help never reads the config)."""
    return ctx.find_root().obj.get()
