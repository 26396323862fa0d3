"""IMAP commands: poll once, run the daemon, show each account's state."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING

import click

from intake.cli.options import app_from, json_option
from intake.cli.output import emit, table
from intake.daemon.leases import WorkerInfo, default_name, workers
from intake.daemon.single import only_worker
from intake.errors import ConfigError, InputError, SourceError
from intake.ingest.poller import (
    AccountTarget,
    PollOptions,
    PollReport,
    account_statuses,
    configured_accounts,
    poll_account,
)
from intake.logs import name_worker
from intake.notify.ledger import unsent_entries
from intake.sources.imap import FetchedBatch
from intake.sources.states import AccountState
from intake.store import inbox
from intake.timeutil import utcnow

if TYPE_CHECKING:
    from intake.cli.app import App
    from intake.ingest.pipeline import Outcome


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


@click.command("run")
@click.option(
    "--name",
    metavar="NAME",
    help="This worker's name in logs and `intake status` (default HOST:PID).",
)
@click.option(
    "--jobs",
    type=click.IntRange(1, 2),
    default=2,
    show_default=True,
    help="Processes analysing mail: 1 keeps this worker to one core, 2 adds a helper.",
)
@click.pass_context
def run(ctx: click.Context, name: str | None, jobs: int) -> None:
    """Watch every IMAP account (IDLE or polling) and send digests and alerts, until SIGTERM.

    An install that takes mail in from files only still runs for its digests and alerts.
    Several workers may share one PostgreSQL database: each polls its share of the accounts.
    """
    # Imported here: the daemon's analysis and notifier load the fact extractors, which
    # `poll --take-in-only` and `status` (same module) must not pay for at start-up.
    from intake.daemon import run_daemon
    from intake.notify.service import notifications_wanted

    app = app_from(ctx, creates_database=True)
    targets = configured_accounts(app.config)
    if not targets and not notifications_wanted(app.config):
        raise InputError(
            "nothing to run: no IMAP accounts ([[clients.NAME.accounts]]) and no digest"
            " recipients (digest_to, notify.consultant_to) configured"
        )
    worker = name or default_name()
    if not worker.strip() or len(worker) > 200:
        raise InputError("--name: give 1 to 200 characters")
    with only_worker(app.config.database_url):
        name_worker(worker)
        # The model is loaded once the worker is registered (intake.daemon.placement).
        run_daemon(app.store, app.config, targets, lambda: app.classifier, name=worker, jobs=jobs)


@click.command("status")
@json_option
@click.pass_context
def status(ctx: click.Context, as_json: bool) -> None:
    """Show IMAP accounts, the backlog, failed mail, workers, and unsent digests and alerts.

    Each IMAP account's state, last poll, last error and mail taken in; each client's
    backlog (taken in, not analysed yet); mail set aside as failed; the `intake run`
    workers; the digests and alerts not sent yet.
    """
    app = app_from(ctx)
    with app.store.session() as session:
        found = account_statuses(session, configured_accounts(app.config))
        unsent = unsent_entries(session)  # digests and alerts not sent yet (intake.notify)
        backlogs = inbox.backlogs(session)  # mail taken in, not analysed yet
        failed = inbox.failed(session)  # mail the database refused even quarantined
        running = workers(session, app.config.workers.lease)
    now = utcnow()
    if as_json:
        for item in found:
            emit(item.to_dict())
        for backlog in backlogs:
            emit(backlog.to_dict(now))
        for message in failed:
            emit(message.to_dict())
        for worker in running:
            emit(worker.to_dict())
        for send in unsent:
            emit({"send": send.key, **send.to_dict()})
        return
    rows = [
        (
            app.display(s.client),
            s.account,
            s.state,
            s.last_success_at,
            s.taken_in,
            s.last_error or "",
        )
        for s in found
    ]
    headers = ("CLIENT", "ACCOUNT", "STATE", "LAST SUCCESS", "TAKEN IN", "LAST ERROR")
    click.echo(table(headers, rows) if rows else "No IMAP accounts configured.")
    if backlogs:
        waiting = [
            (app.display(b.client), b.waiting, b.oldest_taken_at, _age(b.oldest_taken_at, now))
            for b in backlogs
        ]
        click.echo("\nTaken in, not analysed yet (analysed by intake run or intake analyse):")
        click.echo(table(("CLIENT", "WAITING", "OLDEST TAKEN IN", "AGE"), waiting))
    if failed:
        failed_rows = [
            (app.display(f.client), f.source, f.attempts, f.failed_at, f.error) for f in failed
        ]
        click.echo("\nFailed, set aside (intake analyse --retry-failed tries again):")
        click.echo(table(("CLIENT", "SOURCE", "ATTEMPTS", "FAILED AT", "ERROR"), failed_rows))
    if running:
        click.echo("\nWorkers (intake run):")
        click.echo(_workers_table(running))
    if unsent:
        send_rows = [
            (u.key, u.status, u.attempts, u.created_at, u.last_error or "") for u in unsent
        ]
        click.echo("\nUnsent digests and alerts (retried by intake run):")
        click.echo(table(("KEY", "STATUS", "ATTEMPTS", "QUEUED", "LAST ERROR"), send_rows))


def _workers_table(running: list[WorkerInfo]) -> str:
    rows = [
        (
            w.name,
            w.host,
            w.pid,
            w.started_at,
            w.heartbeat_at,
            "live" if w.live else "silent",
            len(w.accounts),
            ", ".join(w.accounts),
        )
        for w in running
    ]
    headers = ("WORKER", "HOST", "PID", "STARTED", "HEARTBEAT", "STATE", "HOLDS", "ACCOUNTS")
    return table(headers, rows)


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


def _age(when: datetime | None, now: datetime) -> str:
    """``3h 12m``, ``4m 05s``: how long the oldest waiting message has waited."""
    if when is None:
        return ""
    seconds = max(0, int((now - when).total_seconds()))
    hours, rest = divmod(seconds, 3600)
    return f"{hours}h {rest // 60:02d}m" if hours else f"{rest // 60}m {rest % 60:02d}s"


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


COMMANDS = (poll, run, status)
