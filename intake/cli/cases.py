"""Commands about cases: the triage list, one case's timeline, and a person's actions on it.

Owners and notes (``case assign``, ``case note``) are the web app's calls
(``intake.store.casenotes``); what the CLI records carries no user name, and
``case show`` and the web app say "by the command line".
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

import click

from intake.cases.kinds import EventKind
from intake.cases.state import STATUSES
from intake.cli.options import app_from, clients_option, json_option
from intake.cli.output import emit, printable, table
from intake.errors import InputError
from intake.store import casenotes, casework, views
from intake.store.labels import find_message
from intake.timeutil import utcnow


@click.command("cases")
@clients_option
@click.option(
    "--status",
    type=click.Choice([status.value for status in STATUSES]),
    metavar="STATUS",
    help="Only cases with this status.",
)
@click.option("--all", "include_general", is_flag=True, help="Include the 'other mail' cases.")
@json_option
@click.pass_context
def cases(ctx: click.Context, clients, status, include_general: bool, as_json: bool) -> None:
    """List cases by urgency: overdue and nearest deadline first, then by status."""
    app = app_from(ctx)
    client = app.client_filter(clients)
    with app.store.session() as session:
        found = views.list_cases(
            session,
            app.now,
            client=client,
            status=status,
            include_general=include_general,
            zone_of=app.config.client_zone,
        )
    if as_json:
        for case in found:
            emit(case.to_dict())
        return
    click.echo(triage_table(found, app.display) if found else "No cases.")


def triage_table(found: list[views.CaseView], display: Callable[[str], str] = str) -> str:
    """The per-case triage table that ``cases`` and ``demo`` print.

    CLIENT is the client's display name (``display``); COUNTS is messages/denials/
    re-sent notices; a ``*`` after the status means some message of the case needs a
    person's review, a ``?`` that its grouping was a near-tie to confirm (``intake case
    confirm``) or correct (``intake case move``).
    """
    rows = [
        (
            c.id,
            display(c.client),
            c.state.status
            + ("*" if c.needs_review else "")
            + ("?" if c.grouping_uncertain else ""),
            c.state.deadline,
            f"{c.message_count}/{c.state.denials}/{c.state.resent}",
            _short(c.title),
            c.state.next_step,
        )
        for c in found
    ]
    return table(("ID", "CLIENT", "STATUS", "DEADLINE", "COUNTS", "CASE", "NEXT STEP"), rows)


def _short(text: str, width: int = 40) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


CASE_HELP = "Cases: show, merge, move, log-appeal, close, reopen, and more."


@click.group("case", short_help=CASE_HELP)
def case() -> None:
    """One case: show it, confirm its grouping, give it an owner or a note, merge two, move a
    message, log an appeal, close or reopen it."""


@case.command("show")
@click.argument("case_id", type=int)
@json_option
@click.pass_context
def show(ctx: click.Context, case_id: int, as_json: bool) -> None:
    """Print a case's state, next step and timeline of messages."""
    app = app_from(ctx)
    with app.store.session() as session:
        view, messages = views.case_detail(session, case_id, app.now, app.config.client_zone)
        events = views.case_events(session, case_id)
        actors = casenotes.event_actors(session, case_id)
        owner = casenotes.case_owners(session, [case_id]).get(case_id)
    if as_json:
        emit(
            {
                **view.to_dict(),
                "owner": owner,
                "timeline": [message.to_dict() for message in messages],
                "events": [{**e.to_dict(), "by": actors.get(e.id)} for e in events],
            }
        )
        return
    state = view.state
    click.echo(printable(f"Case {view.id} ({app.display(view.client)}): {view.title}"))
    click.echo(f"Owner: {owner or 'nobody'}")
    click.echo(f"Status: {state.status}   denials: {state.denials}   resent: {state.resent}")
    click.echo(
        f"Deadline: {state.deadline or '-'}   requested: {', '.join(state.requested) or '-'}"
    )
    click.echo(f"Next step: {state.next_step} ({state.reason})")
    if view.grouping_uncertain:
        click.echo(
            f"Grouping uncertain: {view.uncertain} message(s) marked ? could belong to another"
            f" case; `intake case confirm {view.id}` keeps them, `intake case move` moves one."
        )
    click.echo("")
    rows: list[tuple[Any, ...]] = [
        (
            m.id,
            m.sent_at,
            m.label + ("*" if m.needs_review else "") + ("?" if m.case_uncertain else ""),
            m.confidence,
            "out" if m.outgoing else "in",
            m.authenticity.get("verdict", "-"),
            _short(m.subject, 50),
            m.case_reason or "-",
        )
        for m in messages
    ]
    rows += [
        (
            f"e{e.id}",
            e.at,
            e.kind,
            None,
            "log",
            "-",
            e.note,
            f"by {actors.get(e.id) or 'the command line'}",
        )
        for e in events
    ]
    rows.sort(key=lambda row: (row[1] is None, row[1] or utcnow()))
    click.echo(table(("ID", "DATE", "LABEL", "CONF", "DIR", "AUTH", "SUBJECT", "WHY"), rows))
    for m in messages:  # the evidence, which the AUTH column has no room for
        reasons = m.authenticity.get("reasons") or []
        if m.authenticity.get("verdict") == "suspicious" and reasons:
            click.echo(printable(f"Message {m.id} is likely phishing: " + "; ".join(reasons)))


@case.command("merge")
@click.argument("target", type=int)
@click.argument("source", type=int)
@click.option("--force", is_flag=True, help="Also merge a case of likely phishing.")
@click.pass_context
def merge(ctx: click.Context, target: int, source: int, force: bool) -> None:
    """Merge case SOURCE into case TARGET; automatic grouping will not split them again."""
    app = app_from(ctx)
    with app.store.session() as session:
        moved = casework.merge_cases(session, target, source, force)
    click.echo(f"Merged case {source} into case {target} ({moved} message(s) moved).")


@case.command("move")
@click.argument("message")
@click.argument("case_id", type=int)
@click.pass_context
def move(ctx: click.Context, message: str, case_id: int) -> None:
    """Move MESSAGE (database id or Message-ID) to case CASE_ID, for good."""
    app = app_from(ctx)
    with app.store.session() as session:
        pk = find_message(session, message)
        previous = casework.move_message(session, pk, case_id)
    click.echo(f"Moved message {pk} from case {previous} to case {case_id}.")


@case.command("confirm")
@click.argument("case_id", type=int)
@click.option("--note", default="", help="Why, e.g. 'checked: the denial is about this case'.")
@click.pass_context
def confirm(ctx: click.Context, case_id: int, note: str) -> None:
    """Confirm a case's uncertain grouping: its messages stay in it, for good."""
    app = app_from(ctx)
    with app.store.session() as session:
        fixed = casework.confirm_case(session, case_id, app.now, note)
    click.echo(f"Confirmed case {case_id} ({fixed} uncertain message(s) kept).")


@case.command("assign")
@click.argument("case_id", type=int)
@click.argument("owner", required=False)
@click.option("--none", "nobody", is_flag=True, help="Leave the case without an owner.")
@click.pass_context
def assign(ctx: click.Context, case_id: int, owner: str | None, nobody: bool) -> None:
    """Make OWNER (a web app user who sees the case's client) the case's owner, or --none."""
    if owner is None and not nobody:
        raise click.UsageError("give OWNER or --none")
    if owner is not None and nobody:
        raise click.UsageError("give OWNER or --none, not both")
    app = app_from(ctx)
    with app.store.session() as session:
        changed = casenotes.assign_owner_named(session, case_id, owner, app.now)
    said = f"owner {owner}" if owner else "no owner" + (" now" if changed else "")
    click.echo(f"Case {case_id}: {said}" + ("." if changed else " (unchanged)."))


@case.command("note")
@click.argument("case_id", type=int)
@click.argument("text")
@click.pass_context
def note(ctx: click.Context, case_id: int, text: str) -> None:
    """Add a note (TEXT) to the case's history, as the web app's "Add note" does."""
    app = app_from(ctx)
    with app.store.session() as session:
        casenotes.add_note(session, case_id, app.now, text)
    click.echo(f"Noted on case {case_id}.")


@case.command("log-appeal")
@click.argument("case_id", type=int)
@click.option("--date", "when", metavar="YYYY-MM-DD", help="When it was submitted (default: now).")
@click.option("--note", default="", help="What was submitted, e.g. 'POA via Account Health'.")
@click.option("--escalation", is_flag=True, help="It was an escalation (manager review request).")
@click.pass_context
def log_appeal(ctx: click.Context, case_id: int, when: str | None, note: str, escalation: bool):
    """Record a submission made outside email (Seller Central's appeal form)."""
    app = app_from(ctx)
    at = _parse_date(when) if when else app.now
    with app.store.session() as session:
        casework.log_appeal(session, case_id, at, note, escalation, app.now)
    kind = EventKind.ESCALATION if escalation else EventKind.APPEAL
    click.echo(f"Logged {kind} on case {case_id} at {at:%Y-%m-%d}.")


@case.command("close")
@click.argument("case_id", type=int)
@click.option("--note", default="", help="Why, e.g. 'reinstated' or 'seller gave up'.")
@click.pass_context
def close(ctx: click.Context, case_id: int, note: str) -> None:
    """Close a case: off the open list, digests and alerts until Amazon writes on it again."""
    app = app_from(ctx)
    with app.store.session() as session:
        casework.close_case(session, case_id, app.now, note)
    click.echo(f"Closed case {case_id}.")


@case.command("reopen")
@click.argument("case_id", type=int)
@click.option("--note", default="", help="Why it is open again.")
@click.pass_context
def reopen(ctx: click.Context, case_id: int, note: str) -> None:
    """Reopen a closed case with the status it had before."""
    app = app_from(ctx)
    with app.store.session() as session:
        casework.reopen_case(session, case_id, app.now, note)
    click.echo(f"Reopened case {case_id}.")


def _parse_date(text: str) -> datetime:
    try:
        day = date.fromisoformat(text)
    except ValueError as err:
        raise InputError(f"--date {text!r}: expected YYYY-MM-DD") from err
    return datetime(day.year, day.month, day.day, 12, tzinfo=UTC)
