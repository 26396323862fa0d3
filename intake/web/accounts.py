"""The accounts page: each IMAP account's state, last poll and error; mail waiting for
analysis; digests and the ledger."""

from __future__ import annotations

from dataclasses import dataclass

from flask import Blueprint, render_template

from intake.ingest.poller import account_statuses, configured_accounts
from intake.store import inbox, worklists
from intake.timeutil import utcnow
from intake.web.access import current_user, visible_clients
from intake.web.context import web

blueprint = Blueprint("accounts", __name__)


@dataclass(frozen=True)
class DigestPlan:
    """When a client's digest goes out, and to whom."""

    client: str
    schedule: str
    timezone: str
    recipients: tuple[str, ...]


def digest_plans(visible: list[str]) -> list[DigestPlan]:
    """The digest schedule of each visible configured client."""
    config = web().config
    digest = config.notify.digest
    when = {
        "daily": f"daily at {digest.time}",
        "off": "off",
        "weekly": f"{digest.weekday}s at {digest.time}",
    }[digest.schedule]
    return [
        DigestPlan(name, when, client.timezone or digest.timezone, client.digest_to)
        for name, client in sorted(config.clients.items())
        if name in visible
    ]


@blueprint.route("/accounts")
def accounts():
    """Accounts, the backlog and failed mail, last mail taken in, digest schedules and the
    send ledger, for visible clients."""
    context = web()
    admin = current_user().is_admin
    with context.store.session() as session:
        visible = visible_clients(session)
        targets = [t for t in configured_accounts(context.config) if t.client in visible]
        statuses = account_statuses(session, targets)
        ledger = worklists.ledger_entries(session, visible, consultant=admin)
        taken_in = worklists.latest_taken_in(session, visible)
        backlogs = [b for b in inbox.backlogs(session) if b.client in visible]
        failed = [f for f in inbox.failed(session) if f.client in visible]
    return render_template(
        "accounts.html",
        statuses=statuses,
        ledger=ledger,
        plans=digest_plans(visible),
        taken_in=taken_in,
        consultant_to=context.config.notify.consultant_to if admin else (),
        backlogs=[(b, b.to_dict(utcnow())["oldest_age_seconds"]) for b in backlogs],
        failed=failed,
    )
