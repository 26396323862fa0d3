"""``intake analyse``: analyse the mail taken in and still waiting (the backlog).

Mail waits when it was taken in without analysis (``intake poll
--take-in-only``) or when an analysis was interrupted (a crash, Ctrl-C).
``intake poll``, ``intake ingest`` and ``intake run`` analyse it too; this
command does it alone, with a progress line on a terminal. Mail set aside as
failed (the database refused it even quarantined) is analysed again only with
``--retry-failed``.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Sequence

import click

from intake.cli.options import app_from, clients_option, json_option
from intake.cli.output import emit
from intake.drafts.service import drafting_hook
from intake.ingest.drain import Drained, DrainOptions, drain
from intake.ingest.pipeline import BatchResult
from intake.store import Store, inbox


@click.command("analyse")
@clients_option
@click.option(
    "--retry-failed",
    is_flag=True,
    help="First put back the mail set aside as failed (see `intake status`), to try it again.",
)
@json_option
@click.pass_context
def analyse_command(
    ctx: click.Context, clients: Sequence[str], retry_failed: bool, as_json: bool
) -> None:
    """Analyse the mail taken in and not analysed yet (every client's, or --client's)."""
    app = app_from(ctx)
    wanted = app.client_filter(clients)
    with app.store.session() as session:
        if retry_failed:
            inbox.retry_failed(session, wanted)
    with app.store.session() as session:
        total = sum(b.waiting for b in inbox.backlogs(session) if not wanted or b.client in wanted)
    progress = _Progress(total, enabled=not as_json and sys.stderr.isatty() and total > 0)
    options = DrainOptions(
        clients=wanted,
        on_chunk=progress.update,
        after_commit=drafting_hook(app.store, app.config),
    )
    try:
        report = drain(app.store, lambda: app.classifier, options)
    finally:
        progress.finish()
    by_client = _by_client(report.drained)
    for name in report.busy:
        click.echo(f"Warning: {name}: another intake process is analysing this client", err=True)
    if as_json:
        for name, found in by_client.items():
            emit({"client": name, **found})
        return
    if not by_client:
        click.echo("Nothing waiting for analysis." + _failed_note(app.store, wanted))
    for name, found in by_client.items():
        click.echo(
            f"{app.display(name)}: {found['analysed']} analysed, {found['stored']} stored, "
            f"{found['duplicates']} already stored, {found['errors']} unparseable"
        )


def _failed_note(store: Store, wanted: Sequence[str] | None) -> str:
    """`` (N failed: ...)`` when mail of these clients is set aside as failed, else empty."""
    with store.session() as session:
        count = sum(1 for f in inbox.failed(session) if not wanted or f.client in wanted)
    if not count:
        return ""
    return f" ({count} failed: see `intake status`; `intake analyse --retry-failed` tries again)"


def _by_client(drained: list[Drained]) -> dict[str, dict[str, int]]:
    """Counts per client, in the order the clients were analysed."""
    counts: dict[str, Counter[str]] = {}
    for item in drained:
        outcome = item.outcome
        found = counts.setdefault(item.client, Counter())
        found["analysed"] += 1
        found["duplicates" if outcome.duplicate else "stored"] += 1
        found["errors"] += 1 if outcome.error and not outcome.duplicate else 0
    keys = ("analysed", "stored", "duplicates", "errors")
    return {name: {key: found[key] for key in keys} for name, found in counts.items()}


class _Progress:
    """One self-rewriting stderr line: messages analysed of those waiting (terminals only)."""

    def __init__(self, total: int, *, enabled: bool) -> None:
        self.total, self.done, self.enabled = total, 0, enabled

    def update(self, _result: BatchResult, size: int) -> None:
        self.done += size
        if self.enabled:
            line = f"Analysing: {self.done}/{max(self.total, self.done)} messages"
            click.echo(f"\r{line}\x1b[K", err=True, nl=False)

    def finish(self) -> None:
        if self.enabled and self.done:
            click.echo("", err=True)


COMMANDS = (analyse_command,)
