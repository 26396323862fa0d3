"""The case page: timeline, deadline, next step, requested documents, draft, actions.

The actions themselves are in ``intake.web.actions``; this module only reads.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from flask import Blueprint, redirect, render_template, url_for

import classifiers
from intake.store import casenotes, views, worklists
from intake.store.drafts import latest_draft
from intake.store.users import users_of
from intake.store.views import EventView, MessageView
from intake.web.access import case_or_404
from intake.web.context import web

blueprint = Blueprint("case", __name__)


@dataclass(frozen=True)
class TimelineItem:
    """A message or a person's event, in date order on the page."""

    at: datetime | None
    message: MessageView | None = None
    event: EventView | None = None
    actor: str | None = None


def timeline(messages: list[MessageView], events: list[EventView], actors: dict[int, str]):
    """Messages and events together, oldest first (undated last)."""
    items = [TimelineItem(m.sent_at, message=m) for m in messages]
    items += [TimelineItem(e.at, event=e, actor=actors.get(e.id)) for e in events]
    return sorted(items, key=lambda item: (item.at is None, item.at or datetime.min))


@blueprint.route("/cases/<int:case_id>")
def show(case_id: int):
    """One case, with every action a person can take on it."""
    context = web()
    with context.store.session() as session:
        found = case_or_404(session, case_id)
        if found.merged_into is not None:
            return redirect(url_for("case.show", case_id=found.merged_into))
        view, messages = views.case_detail(
            session, case_id, context.clock(), context.config.client_zone
        )
        events = views.case_events(session, case_id)
        items = timeline(messages, events, casenotes.event_actors(session, case_id))
        listed = context.triage.ordered(  # the client's triage list, usually cached
            context.store, session, [view.client], context.clock(), context.config.client_zone
        )
        others = [case for case in listed if case.id != case_id]
        page = {
            "case": view,
            "items": items,
            "messages": messages,
            "others": others,
            "draft": latest_draft(session, case_id),
            "texts": worklists.message_texts(session, case_id),
            "owner": casenotes.case_owners(session, [case_id]).get(case_id),
            "people": users_of(session, {view.client}),
            "labels": classifiers.LABELS,
            "today": context.clock().date().isoformat(),
        }
    return render_template("case.html", **page)
