"""The triage page: open cases across the person's clients, most urgent first, and its CSV.

The order is ``intake cases``'s (``views.list_cases``): overdue and nearest
deadline first, then by status. The CSV holds every case the filters keep,
not only the page on screen.
"""

from __future__ import annotations

import csv
import io
from datetime import date

from flask import Blueprint, Response, render_template, request
from sqlalchemy.orm import Session

import classifiers
from intake.cases.state import STATUSES
from intake.store import casenotes, search, views
from intake.store.users import users_of
from intake.web.access import visible_clients
from intake.web.context import web
from intake.web.filters import DEADLINE_WINDOWS, TriageFilter, apply_filter

blueprint = Blueprint("triage", __name__)
PAGE_SIZE = 100
CSV_HEADERS = ("id", "client", "status", "needs_review", "deadline", "latest_label", "messages",
               "denials", "resent", "owner", "title", "next_step")  # fmt: skip


def load_cases(session: Session, visible: list[str]) -> list[views.CaseView]:
    """Every case of the visible clients in ``intake cases`` order."""
    context = web()
    return context.triage.ordered(
        context.store, session, visible, context.clock(), context.config.client_zone
    )


def _today_of():
    context, days = web(), {}
    now = context.clock()

    def today(client: str) -> date:
        if client not in days:
            days[client] = now.astimezone(context.config.client_zone(client)).date()
        return days[client]

    return today


def filtered(session: Session):
    """The filter asked for, the cases it keeps, counts per client, and owners."""
    visible = visible_clients(session)
    chosen = TriageFilter.from_args(request.args, visible)
    matched = None
    if chosen.q:
        matched = search.matching_cases(session, chosen.q, chosen.clients or visible)
    owners = casenotes.case_owners(session)
    cases = load_cases(session, visible) if matched is None or matched else []
    shown, counts = apply_filter(cases, chosen, _today_of(), owners, matched)
    return visible, chosen, shown, counts, owners


@blueprint.route("/")
def triage():
    """The triage list with its filters, counts per client, and paging."""
    with web().store.session() as session:
        visible, chosen, shown, counts, owners = filtered(session)
        people = sorted(user.name for user in users_of(session, set(visible)))
    page = max(1, request.args.get("page", 1, type=int) or 1)
    rows = shown[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    return render_template(
        "triage.html",
        chosen=chosen,
        rows=rows,
        total=len(shown),
        page=page,
        pages=max(1, -(-len(shown) // PAGE_SIZE)),
        counts=counts,
        visible=visible,
        owners=owners,
        people=people,
        statuses=STATUSES,
        labels=classifiers.LABELS,
        windows=DEADLINE_WINDOWS,
        query=chosen.query(),
    )


@blueprint.route("/cases.csv")
def export_csv():
    """Every case the filters keep, as CSV (cells that a spreadsheet would run are defused)."""
    with web().store.session() as session:
        _, _, shown, _, owners = filtered(session)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_HEADERS)
    for case in shown:
        writer.writerow([_cell(value) for value in _csv_row(case, owners.get(case.id))])
    stamp = web().clock().strftime("%Y%m%d-%H%M")
    return Response(
        out.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="intake-cases-{stamp}.csv"'},
    )


def _csv_row(case: views.CaseView, owner: str | None) -> tuple:
    state = case.state
    return (
        case.id,
        case.client,
        state.status,
        case.needs_review,
        state.deadline or "",
        state.latest_label or "",
        case.message_count,
        state.denials,
        state.resent,
        owner or "",
        case.title,
        state.next_step,
    )


def _cell(value) -> str:
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
