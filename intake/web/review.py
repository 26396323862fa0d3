"""The review queue: messages a person should check, each confirmed or corrected in one click.

Confirming records the same label as a person's; correcting records the new
one; both are ``intake relabel`` (the correction joins the training data and
the client's cases are regrouped) with a line in the case's history.
"""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for

import classifiers
from intake.errors import IntakeError
from intake.store import casenotes, worklists
from intake.web.access import current_user, visible_clients
from intake.web.actions import relabel_as_person
from intake.web.context import web

blueprint = Blueprint("review", __name__)


@blueprint.route("/review")
def queue():
    """Messages needing review across the person's clients, newest first."""
    with web().store.session() as session:
        found = worklists.review_queue(session, visible_clients(session))
    return render_template("review.html", messages=found, labels=classifiers.LABELS)


@blueprint.route("/review/<int:message_pk>", methods=["POST"])
def decide(message_pk: int):
    """Confirm or correct one message's label."""
    label = request.form.get("label", "")
    try:
        with (
            web().store.session() as session,
            casenotes.recorded_by(session, current_user().name),
        ):
            case_id = relabel_as_person(session, message_pk, label)
        flash(f"Message {message_pk}: {label} (case {case_id}).", "ok")
    except IntakeError as err:
        flash(str(err), "error")
    return redirect(url_for("review.queue"))
