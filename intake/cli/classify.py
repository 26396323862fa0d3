"""``intake classify``: verdicts on mail files, nothing stored.

Apart from the model's other commands (``intake.cli.model``), whose database and
re-processing imports it does not need at start-up.
"""

from __future__ import annotations

import os

import click

from intake.analyse.files import classify_messages
from intake.cli.options import app_from, json_option
from intake.cli.output import emit, table
from intake.sources.files import resolve_sources, unread_messages


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option(
    "--jobs",
    type=click.IntRange(min=1),
    help="Processes reading the mail (default: one per core); the output is the same.",
)
@json_option
@click.pass_context
def classify(ctx: click.Context, paths: tuple[str, ...], jobs: int | None, as_json: bool) -> None:
    """Classify .eml files, folders, mbox files and Maildirs without storing anything."""
    app = app_from(ctx)
    sources = resolve_sources(paths)
    messages = unread_messages(sources, app.config.ingest.max_message_bytes)
    verdicts = classify_messages(messages, app.classifier, jobs or len(os.sched_getaffinity(0)))
    if as_json:
        for verdict in verdicts:
            emit(verdict.to_dict())
        return
    rows = [
        (
            v.path,
            v.label + ("*" if v.needs_review else ""),
            v.confidence,
            v.authenticity.get("verdict"),
            v.resent_of,
        )
        for v in verdicts
    ]
    click.echo(table(("PATH", "LABEL", "CONF", "AUTH", "RESENT OF"), rows))
