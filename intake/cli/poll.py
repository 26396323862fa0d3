"""``intake poll``: take in (and analyse) what is new in every IMAP account once, then exit.

Its own module, apart from ``run`` and ``status`` (``intake.cli.imap``): a one-off
poll, ``--take-in-only`` above all, imports what taking mail in needs and no more
(not the daemon, the leases, the send ledger or the analysis), since its start-up is
part of every poll's time.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING

import click

from intake.cli.options import app_from, json_option
from intake.cli.output import emit
from intake.errors import ConfigError, InputError, SourceError
from intake.ingest.poller import (
    AccountTarget,
    PollOptions,
    PollReport,
    configured_accounts,
    poll_account,
)
from intake.sources.states import AccountState

if TYPE_CHECKING:
    from intake.cli.app import App
    from intake.ingest.pipeline import Outcome
    from intake.sources.imap import FetchedBatch


@click.command("poll")
@click.option(
    "--account",
    "account_name",
    metavar="NAME",
    help="Only this account: its name, or CLIENT/NAME when two clients use the same name.",
)
@click.option("--since", metavar="DATE", help="Backfill only mail received since DATE (Y-M-D).")
@click.option(
    "--take-in-only",
    is_flag=True,
    help="Store the new mail raw, with its checkpoint, and leave it for `intake analyse`.",
)
@json_option
@click.pass_context
def poll(
    ctx: click.Context,
    account_name: str | None,
    since: str | None,
    take_in_only: bool,
    as_json: bool,
) -> None:
    """Fetch what is new in every IMAP account (or one) once, then exit."""
    app = app_from(ctx, creates_database=True)
    day, targets = _day(since), _targets(app.config, account_name)  # check input before work
    progress = _Progress(enabled=not as_json and sys.stderr.isatty())
    options = PollOptions(
        lambda: app.classifier,
        since=day,
        on_batch=progress.update,
        after_commit=None if take_in_only else _drafting_hook(app),
        take_in_only=take_in_only,
        on_analysed=progress.analysed,
    )
    reports = [poll_account(app.store, app.config, target, options) for target in targets]
    progress.finish()
    for report in reports:
        if as_json:
            emit(report.to_dict())
        else:
            click.echo(_summary(report))
    failed = [report for report in reports if report.error]
    for report in failed[:-1]:
        click.echo(f"Error: {report.error}", err=True)
    if failed:  # one line per failed account; exit 2 when only the config is to blame
        error = (
            ConfigError
            if all(r.state == AccountState.CONFIG_ERROR for r in failed)
            else SourceError
        )
        raise error(str(failed[-1].error))


def _drafting_hook(app: App) -> Callable[[list[Outcome]], None] | None:
    """``drafts.auto``'s hook after each analysed chunk; imported only when poll analyses
    (drafting loads the fact extractors, which taking in only never uses)."""
    from intake.drafts.service import drafting_hook

    return drafting_hook(app.store, app.config)


def _targets(config, account_name: str | None) -> list[AccountTarget]:
    targets = configured_accounts(config, account_name)
    if not targets:
        raise InputError("no IMAP accounts configured (add [[clients.NAME.accounts]])")
    return targets


def _day(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return datetime.strptime(text, "%Y-%m-%d").date()
    except ValueError as err:
        raise InputError(f"--since {text!r}: expected a date like 2026-01-31") from err


def _summary(report: PollReport) -> str:
    data = report.to_dict()
    line = (
        f"{report.target.label}: {report.state}, {data['stored']} stored, "
        f"{data['duplicates']} already stored, {data['skipped']} skipped by the sender filter"
    )
    if report.taken_in and not report.stored and not data["duplicates"]:
        line += f", {report.taken_in} taken in (not analysed yet: intake analyse)"
    return line


class _Progress:
    """One self-rewriting stderr line per folder during a long backfill (terminals only)."""

    def __init__(self, *, enabled: bool) -> None:
        self.enabled = enabled
        self.shown = False

    def update(self, target: AccountTarget, batch: FetchedBatch) -> None:
        if not self.enabled or batch.total == 0:
            return
        line = f"{target.label} {batch.folder}: {batch.position}/{batch.total} messages"
        click.echo(f"\r{line}\x1b[K", err=True, nl=False)
        self.shown = True

    def analysed(self, done: int) -> None:
        if self.enabled:
            click.echo(f"\ranalysed: {done} messages\x1b[K", err=True, nl=False)
            self.shown = True

    def finish(self) -> None:
        if self.shown:
            click.echo("", err=True)


COMMANDS = (poll,)
