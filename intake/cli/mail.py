"""Commands that take mail in and list it: init, ingest, messages, demo."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import Any

import click

import classifiers
from intake.cli.cases import triage_table
from intake.cli.options import app_from, client_option, clients_option, json_option
from intake.cli.output import emit, table
from intake.drafts.service import auto_draft
from intake.errors import InputError, IntakeError
from intake.ingest.files import ingest, read_each, summarize, warnings
from intake.ingest.pipeline import IngestContext, Outcome
from intake.install.demo import DEMO_CONFIG, display_name, run_demo
from intake.mail.parse import parse_reason
from intake.sources.files import resolve_sources
from intake.store import views

PROGRESS_MIN = 20  # show a progress bar on a terminal from this many messages


@click.command()
@click.pass_context
def init(ctx: click.Context) -> None:
    """Create or upgrade the database and build the classifier model if missing."""
    app = app_from(ctx, creates_database=True)
    store = app.store
    app.classifier  # noqa: B018  (builds the model file on first use)
    click.echo(f"Database ready: {store.safe_url}")
    click.echo(f"Classifier ready: {app.model_path} ({app.classifier.version})")


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@client_option(
    "The client the mail is stored under (default: the only configured client, else 'default')."
)
@json_option
@click.pass_context
def ingest_command(ctx: click.Context, paths: tuple[str, ...], client: str | None, as_json: bool):
    """Store messages from .eml files, folders of them, mbox files and Maildirs."""
    app = app_from(ctx, creates_database=True)
    name, display = app.client(client)
    sources = resolve_sources(paths)
    context = IngestContext(client=name, client_display_name=display, classifier=app.classifier)
    total = sum(source.count() for source in sources)
    show_bar = not as_json and total >= PROGRESS_MIN and sys.stderr.isatty()
    committed: list[Outcome] = []  # what is stored, whatever happens next
    try:
        with (
            click.progressbar(length=total, label="Ingesting", file=sys.stderr)
            if show_bar
            else (_NoBar()) as bar
        ):
            outcomes = ingest(
                app.store,
                read_each(sources, _warn, app.config.ingest.max_message_bytes),
                context,
                on_batch=lambda result, size: _after_batch(app, bar, result, size, committed),
            )
    except (IntakeError, KeyboardInterrupt):
        _report(committed, as_json, err=True)  # then the one-line error
        raise
    for line in warnings(outcomes):
        _warn(line)
    _report(outcomes, as_json)


def _report(outcomes: list[Outcome], as_json: bool, *, err: bool = False) -> None:
    """The outcomes (JSON lines on stdout), or the summary line: after a failure, of what
    the batches committed before it stored."""
    if as_json:
        for outcome in outcomes:
            emit(outcome.to_dict())
    elif outcomes or not err:
        click.echo(("Before it stopped: " if err else "") + summarize(outcomes), err=err)


def _warn(line: str) -> None:
    click.echo(line, err=True)


def _after_batch(app, bar, result, size: int, committed: list[Outcome]) -> None:
    """Progress, then (with drafts.auto) a draft for each case that got actionable mail."""
    committed.extend(result.outcomes)
    bar.update(size)
    auto_draft(app.store, result.outcomes, app.config, app.now)


class _NoBar:
    def __enter__(self) -> _NoBar:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def update(self, _size: int) -> None:
        return None


@click.command("messages")
@clients_option
@click.option("--case", "case_id", type=int, metavar="ID", help="Only this case's messages.")
@click.option(
    "--label",
    type=click.Choice([label.value for label in classifiers.LABELS]),
    metavar="LABEL",
    help="Only this label.",
)
@click.option("--limit", type=click.IntRange(min=1), help="At most this many.")
@click.option(
    "--unparseable",
    is_flag=True,
    help="Only messages that could not be read (not parsed, or set aside), and why.",
)
@json_option
@click.pass_context
def messages(ctx: click.Context, clients, case_id, label, limit, unparseable, as_json) -> None:
    """List stored messages, oldest first, with label, confidence and case."""
    app = app_from(ctx)
    client = app.client_filter(clients)
    with app.store.session() as session:
        if case_id is not None and not views.case_exists(session, case_id):
            raise InputError(f"case {case_id}: no such case")
        found = views.list_messages(
            session,
            client=client,
            case_id=case_id,
            label=label,
            limit=limit,
            unparseable=unparseable,
        )
    if as_json:
        for message in found:
            emit(message.to_dict())
        return
    if unparseable:
        rows: list[tuple[Any, ...]] = [
            (
                m.id,
                app.display(m.client),
                m.taken_in,
                ", ".join(m.sources),
                parse_reason(m.error or ""),
            )
            for m in found
        ]
        headers: tuple[str, ...] = ("ID", "CLIENT", "TAKEN IN", "SOURCE", "WHY")
        click.echo(table(headers, rows) if rows else "No unparseable messages.")
        return
    rows = [
        (
            m.id,
            app.display(m.client),
            m.case_id,
            m.sent_at,
            _label(m),
            m.confidence,
            m.sender,
            m.subject,
        )
        for m in found
    ]
    headers = ("ID", "CLIENT", "CASE", "DATE", "LABEL", "CONF", "FROM", "SUBJECT")
    filters = [f"--client {name}" for name in client or ()]
    filters += [f"--case {case_id}"] if case_id is not None else []
    filters += [f"--label {label}"] if label else []
    nothing = f"No messages match {' '.join(filters)}." if filters else "No messages stored yet."
    click.echo(table(headers, rows) if rows else nothing)


def _label(message: views.MessageView) -> str:
    flags = ("*" if message.needs_review else "") + (" (out)" if message.outgoing else "")
    return message.label + flags


@click.command()
@click.option(
    "--dir",
    "folder",
    default="intake-demo",
    show_default=True,
    type=click.Path(file_okay=False),
    help="Folder for the demo's own database and model.",
)
@json_option
def demo(folder: str, as_json: bool) -> None:
    """Ingest the bundled sample mailbox into a fresh database and print the triage table."""
    run = run_demo(Path(folder))
    try:
        with run.store.session() as session:
            found = views.list_cases(session, run.as_of)
    finally:
        run.store.close()
    if as_json:
        for case in found:
            emit(case.to_dict())
        return
    click.echo(summarize(run.outcomes))
    click.echo(f"Database: {Path(folder) / 'intake.db'}; triage as of {run.as_of:%Y-%m-%d}.\n")
    click.echo(triage_table(found, display_name))
    config = Path(folder) / DEMO_CONFIG
    click.echo(
        f"\nExplore it: {_command()} --config {config} case show ID"
        " (or cases, messages, draft ID, digest --client lumen-home)."
        f"\nThat config keeps every command as of {run.as_of:%Y-%m-%d}, like this table."
    )


def _command() -> str:
    """How the user can run intake again: ``intake`` when that is on PATH, else the script
    they ran (``.venv/bin/intake`` after ``scripts/demo``)."""
    ran = Path(sys.argv[0])
    on_path = shutil.which("intake")
    if ran.name != "intake" or (on_path and Path(on_path).resolve() == ran.resolve()):
        return "intake"
    return str(ran)
