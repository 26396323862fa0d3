"""``intake doctor``: is this installation ready? One line per check, exit 1 if any fails."""

from __future__ import annotations

from collections.abc import Iterator

import click

from intake.cli.drafts import configured_template_folders
from intake.cli.options import json_option
from intake.cli.output import emit
from intake.errors import ConfigError
from intake.install.doctor import Check, check_config, run_checks


@click.command("doctor")
@json_option
@click.pass_context
def doctor(ctx: click.Context, as_json: bool) -> None:
    """Check the config, database, model, IMAP logins and folders, SMTP and templates.

    Prints one line per check as it completes; exit 1 if any failed. Nothing is
    created, migrated or sent.
    """
    failed = 0
    for check in _checks(ctx):
        failed += not check.ok
        if as_json:
            emit(check.to_dict())
        else:
            click.echo(check.line())
    if failed:
        click.echo(f"{failed} check(s) failed.", err=True)
        ctx.exit(1)


def _checks(ctx: click.Context) -> Iterator[Check]:
    """The config's check, then (if it loaded) every other one."""
    try:
        app = ctx.find_root().obj.get()
    except ConfigError as err:
        for line in err.lines():
            yield Check("config", False, line)
        return
    yield check_config(app.config)
    yield from run_checks(app.config, configured_template_folders(app.config))
