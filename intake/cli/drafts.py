"""Commands about replies: ``draft`` a case, and ``templates`` list/show/check."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import click

from intake.cli.options import app_from, client_option, json_option
from intake.cli.output import emit, table
from intake.config import DEFAULT_CLIENT
from intake.drafts.check import check_templates, list_templates
from intake.drafts.imap_drafts import Appended, place_draft
from intake.drafts.render import SHIPPED_FOLDER, DraftTemplateError
from intake.drafts.service import DraftResult, draft_case, templates_for
from intake.errors import InputError
from intake.output_file import write_fresh
from intake.store.drafts import StoredDraft

if TYPE_CHECKING:
    from intake.cli.app import App


@click.command("draft")
@click.argument("case_id", type=int)
@click.option(
    "--out",
    type=click.Path(dir_okay=False),
    help="Write the body to FILE instead of printing the draft (readable by you only).",
)
@click.option("--force", is_flag=True, help="Replace FILE if it exists.")
@click.option("--to-imap", is_flag=True, help="Put it in the account's Drafts folder (not sent).")
@json_option
@click.pass_context
def draft(
    ctx: click.Context, case_id: int, out: str | None, force: bool, to_imap: bool, as_json: bool
) -> None:
    """Draft the reply to a case's latest actionable message; keep it as a new version."""
    app = app_from(ctx)
    if out and not force and os.path.lexists(out):
        raise InputError(f"{out}: already exists (use --force to replace it)")
    with app.store.session() as session:
        result = draft_case(session, app.config, case_id, app.now)
    if out:
        _write(Path(out), result.draft.body, force)
    placed = place_draft(app.store, app.config, result, app.now) if to_imap else None
    if as_json:
        emit(result.draft.to_dict())
        return
    click.echo(_status(result), err=True)
    if placed is not None:
        click.echo(_placed(placed), err=True)
    if out:
        click.echo(_written(out, result.draft), err=True)
    else:
        click.echo(_as_text(result.draft))


def _status(result: DraftResult) -> str:
    kind = "reply" if result.draft.reply else "case-file note (no reply)"
    verb = "stored as" if result.created else "unchanged, still"
    return f"Case {result.draft.case_id}: {kind} {verb} version {result.draft.version}."


def _placed(placed: Appended) -> str:
    if placed.earlier is not None:
        return f"Already put in Drafts on {placed.earlier:%Y-%m-%d %H:%M}; not appended again."
    where = f"{placed.folder} of account {placed.account}"
    return f"Put in {where} (UID {placed.uid or '?'}); nothing was sent."


def _written(path: str, stored: StoredDraft) -> str:
    """What the body in FILE does not carry: whom it goes to, under which subject."""
    to = f"To: {stored.to or 'none, email is the wrong channel here'}; " if stored.reply else ""
    return f"Wrote the body to {path} ({to}Subject: {stored.subject})."


def _as_text(stored: StoredDraft) -> str:
    head = [f"Subject: {stored.subject}"]
    if stored.reply:
        head.insert(0, f"To: {stored.to or '(none: email is the wrong channel here)'}")
        head.append(f"In-Reply-To: {stored.in_reply_to or '-'}")
    return "\n".join(head) + "\n\n" + stored.body.rstrip("\n")


def _write(path: Path, body: str, force: bool) -> None:
    """Through a fresh temporary file renamed onto ``path``: a symlink there is replaced,
    never written through."""
    try:
        write_fresh(path, body.encode("utf-8"), replace=force)
    except FileExistsError as err:
        raise InputError(f"{path}: already exists (use --force to replace it)") from err
    except OSError as err:
        raise InputError(f"{path}: cannot write ({err.strerror})") from err


@click.group("templates")
def templates() -> None:
    """List, show and check reply templates and their overrides."""


@templates.command("list")
@client_option("The client whose templates are listed (default: the only configured one).")
@json_option
@click.pass_context
def list_command(ctx: click.Context, client: str | None, as_json: bool) -> None:
    """List the template in effect for each label and where it is read from."""
    app = app_from(ctx)
    found = list_templates(templates_for(app.config, _templates_client(app, client)))
    if as_json:
        for info in found:
            emit(
                {
                    "name": info.name,
                    "label": info.label,
                    "path": str(info.path),
                    "overridden": info.overridden,
                }
            )
        return
    rows = [(i.name, i.label, "override" if i.overridden else "shipped", i.path) for i in found]
    click.echo(table(("NAME", "LABEL", "FROM", "PATH"), rows))


@templates.command("show")
@click.argument("name")
@client_option("The client whose template is shown (default: the only configured one).")
@click.pass_context
def show(ctx: click.Context, name: str, client: str | None) -> None:
    """Print the source of a template in effect (by label or file name)."""
    app = app_from(ctx)
    found = templates_for(app.config, _templates_client(app, client))
    file_name = name if name.endswith(".j2") else found.find(name)
    click.echo(found.path_of(file_name).read_text(encoding="utf-8"), nl=False)


def _templates_client(app: App, client: str | None) -> str:
    """The client whose templates are meant: --client, or any one when no client has a
    folder of its own (all then read the same templates), else the only one."""
    if client is None and not any(c.templates for c in app.config.clients.values()):
        return next(iter(app.config.clients), DEFAULT_CLIENT)
    return app.client(client)[0]


@templates.command("check")
@click.argument("folder", required=False, type=click.Path(file_okay=False))
@json_option
@click.pass_context
def check(ctx: click.Context, folder: str | None, as_json: bool) -> None:
    """Check templates for syntax errors and unknown names (default: the configured folders)."""
    app = app_from(ctx)
    layered = (
        [(Path(folder), [])]
        if folder
        else configured_template_folders(app.config) or [(SHIPPED_FOLDER, [])]
    )
    folders = [path for path, _ in layered]
    problems = [problem for path, below in layered for problem in check_templates(path, below)]
    for problem in problems:
        if as_json:
            emit(vars(problem))
        else:
            click.echo(str(problem))
    checked = ", ".join(str(path) for path in folders)
    if problems:
        raise DraftTemplateError(f"{len(problems)} problem(s) in {checked}")
    if not as_json:
        click.echo(f"No problems in {checked}.", err=True)


def configured_template_folders(config) -> list[tuple[Path, list[Path]]]:
    """Each configured override folder with the folders below it, as drafting layers them:
    a client's folder falls back on ``[drafts] templates``, which falls back on the shipped."""
    install = [config.resolve(config.drafts.templates)] if config.drafts.templates else []
    layered: list[tuple[Path, list[Path]]] = [(folder, []) for folder in install]
    for value in dict.fromkeys(client.templates for client in config.clients.values()):
        if value and config.resolve(value) not in install:
            layered.append((config.resolve(value), install))
    return layered


COMMANDS = (draft, templates)
