"""IMAP commands: run the daemon, show each account's state (``intake poll`` is in
``intake.cli.poll``)."""

from __future__ import annotations

from datetime import datetime

import click

from intake.cli.options import app_from, json_option
from intake.cli.output import emit, table
from intake.daemon.leases import WorkerInfo, default_name, workers
from intake.daemon.single import only_worker
from intake.errors import InputError
from intake.ingest.poller import account_statuses, configured_accounts
from intake.logs import name_worker
from intake.notify.ledger import unsent_entries
from intake.store import inbox
from intake.timeutil import utcnow


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
    # `status` (same module) must not pay for at start-up.
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


def _age(when: datetime | None, now: datetime) -> str:
    """``3h 12m``, ``4m 05s``: how long the oldest waiting message has waited."""
    if when is None:
        return ""
    seconds = max(0, int((now - when).total_seconds()))
    hours, rest = divmod(seconds, 3600)
    return f"{hours}h {rest // 60:02d}m" if hours else f"{rest // 60}m {rest % 60:02d}s"


COMMANDS = (run, status)
