"""A person's actions on a case, each the same library call as the CLI's, recorded with who.

| form | library call (as the CLI) |
|---|---|
| relabel | ``store.labels.relabel`` + ``regrouping.regroup_client`` (``intake relabel``) |
| move | ``casework.move_message`` (``intake case move``) |
| merge | ``casework.merge_cases`` (``intake case merge``) |
| appeal | ``casework.log_appeal`` (``intake case log-appeal``) |
| close / reopen | ``casework.close_case`` / ``reopen_case`` (``intake case close/reopen``) |
| confirm | ``casework.confirm_case`` (``intake case confirm``) |
| draft / to-drafts | ``draft_case`` + ``place_draft`` (``intake draft [--to-imap]``) |
| owner / note | ``store.casenotes`` (web only) |

Every case event these add carries the signed-in user's name
(``casenotes.recorded_by``). A refused action (a case of another client, a
phishing case merged without "force") is shown as a message on the page.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from flask import Blueprint, abort, flash, redirect, request, url_for
from sqlalchemy.orm import Session

import classifiers
from intake.drafts.imap_drafts import place_draft
from intake.drafts.service import draft_case
from intake.errors import InputError, IntakeError
from intake.store import casenotes, casework
from intake.store.labels import message_case
from intake.store.labels import relabel as relabel_message
from intake.store.regrouping import regroup_client
from intake.store.users import users_of
from intake.web.access import case_or_404, current_user, message_client_or_404
from intake.web.context import web

blueprint = Blueprint("actions", __name__)


def relabel_as_person(session: Session, message_pk: int, label: str) -> int | None:
    """``intake relabel``'s calls, then a history line on the case the message ends up in."""
    message_client_or_404(session, message_pk)
    if label not in classifiers.LABELS:
        raise InputError(f"label {label!r}: expected one of {', '.join(classifiers.LABELS)}")
    previous, client_id = relabel_message(session, message_pk, label)
    regroup_client(session, client_id)
    case_id = message_case(session, message_pk)
    if case_id is not None:
        now = web().clock()
        casenotes.record_relabel(session, case_id, message_pk, previous, label, now)
    return case_id


def _number(form, key: str, what: str) -> int:
    try:
        return int(form.get(key, ""))
    except ValueError as err:
        raise InputError(f"choose {what}") from err


def _relabel(session, case_id, form):
    pk = _number(form, "message", "a message")
    moved_to = relabel_as_person(session, pk, form.get("label", ""))
    return f"Message {pk} relabelled {form.get('label')}.", moved_to or case_id


def _move(session, case_id, form):
    pk, target = _number(form, "message", "a message"), _number(form, "target", "a case")
    message_client_or_404(session, pk)
    case_or_404(session, target)
    casework.move_message(session, pk, target)
    return f"Message {pk} moved to case {target}.", target


def _merge(session, case_id, form):
    source = _number(form, "source", "a case to merge in")
    case_or_404(session, source)
    moved = casework.merge_cases(session, case_id, source, form.get("force") == "1")
    return f"Case {source} merged into this case ({moved} message(s) moved).", case_id


def _appeal(session, case_id, form):
    at = _day(form.get("date", "")) or web().clock()
    escalation = form.get("escalation") == "1"
    note = form.get("note", "").strip()
    casework.log_appeal(session, case_id, at, note, escalation, web().clock())
    return f"{'Escalation' if escalation else 'Appeal'} logged.", case_id


def _close(session, case_id, form):
    casework.close_case(session, case_id, web().clock(), form.get("note", "").strip())
    return "Case closed.", case_id


def _reopen(session, case_id, form):
    casework.reopen_case(session, case_id, web().clock(), form.get("note", "").strip())
    return "Case reopened.", case_id


def _confirm(session, case_id, form):
    note = form.get("note", "").strip()[:5000]
    fixed = casework.confirm_case(session, case_id, web().clock(), note)
    return f"Grouping confirmed ({fixed} uncertain message(s) kept in this case).", case_id


def _owner(session, case_id, form):
    found = case_or_404(session, case_id)
    wanted = form.get("user", "")
    allowed = {str(user.id): user for user in users_of(session, {found.client})}
    if wanted and wanted not in allowed:
        raise InputError("that person cannot see this client")
    casenotes.assign_owner(session, case_id, int(wanted) if wanted else None, web().clock())
    return (f"Owner: {allowed[wanted].name}." if wanted else "No owner now."), case_id


def _note(session, case_id, form):
    casenotes.add_note(session, case_id, web().clock(), form.get("note", "")[:5000])
    return "Note added.", case_id


def _draft(session, case_id, form):
    result = draft_case(session, web().config, case_id, web().clock())
    verb = "Draft version" if result.created else "Draft unchanged, version"
    return f"{verb} {result.draft.version}.", case_id


ACTIONS = {"relabel": _relabel, "move": _move, "merge": _merge, "appeal": _appeal,
           "close": _close, "reopen": _reopen, "confirm": _confirm, "owner": _owner,
           "note": _note, "draft": _draft}  # fmt: skip


def _day(text: str) -> datetime | None:
    if not text:
        return None
    try:
        day = date.fromisoformat(text)
    except ValueError as err:
        raise InputError(f"date {text!r}: expected YYYY-MM-DD") from err
    return datetime(day.year, day.month, day.day, 12, tzinfo=UTC)  # as intake case log-appeal


@blueprint.route("/cases/<int:case_id>/<action>", methods=["POST"])
def act(case_id: int, action: str):
    """Run one action on a case the user may see; back to the case (or where it went)."""
    if action == "to-drafts":
        return _to_drafts(case_id)
    handler = ACTIONS.get(action) or abort(404)
    context, goto = web(), case_id
    try:
        with context.store.session() as session:
            case_or_404(session, case_id)
            with casenotes.recorded_by(session, current_user().name):
                message, goto = handler(session, case_id, request.form)
        flash(message, "ok")
    except IntakeError as err:
        flash(str(err), "error")
    return redirect(url_for("case.show", case_id=goto) if goto else url_for("triage.triage"))


def _to_drafts(case_id: int):
    """``intake draft --to-imap``: store the draft version, append it to the Drafts folder."""
    context = web()
    try:
        with context.store.session() as session:
            case_or_404(session, case_id)
            result = draft_case(session, context.config, case_id, context.clock())
        placed = place_draft(context.store, context.config, result, context.clock())
        if placed.earlier is not None:
            flash(f"Already in Drafts since {placed.earlier:%Y-%m-%d %H:%M}.", "ok")
        else:
            flash(f"Put in {placed.folder} of {placed.account}; nothing was sent.", "ok")
    except IntakeError as err:
        flash(str(err), "error")
    return redirect(url_for("case.show", case_id=case_id))
