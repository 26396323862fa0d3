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
from intake.mail.parse import parse_reason
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
    rows: list[tuple[object, ...]] = []
    for v in verdicts:  # a generator: each is said as it comes
        if v.error:  # as `intake ingest` names them: `Warning: x.eml: no mail headers`
            click.echo(f"Warning: {v.path}: {parse_reason(v.error)}", err=True)
        if as_json:
            emit(v.to_dict())
        elif v.error:
            rows.append((v.path, "unparseable", None, None, None))
        else:
            review = "*" if v.needs_review else ""
            verdict = v.authenticity.get("verdict")
            rows.append((v.path, v.label + review, v.confidence, verdict, v.resent_of))
    if as_json:
        return
    click.echo(table(("PATH", "LABEL", "CONF", "AUTH", "RESENT OF"), rows))
