"""Who may see what: every page, action and export asks here, on the server.

A seller sees their own client(s), a consultant the clients assigned to
them, an admin every client. A case, message or export of a client the
person may not see answers 404, exactly as if it did not exist.
"""

from __future__ import annotations

from flask import abort, g
from sqlalchemy.orm import Session

from intake.store import views, worklists
from intake.store.users import User
from intake.web.context import web


def current_user() -> User:
    """The signed-in user (every view but the login page runs after the login check)."""
    return g.user


def visible_clients(session: Session, user: User | None = None) -> list[str]:
    """The client names ``user`` may see, sorted."""
    user = user or current_user()
    if user.is_admin:
        return sorted({*web().config.clients, *views.client_names(session)})
    return sorted(user.clients)


def client_or_404(session: Session, client: str | None) -> str:
    """``client`` if the user may see it; 404 otherwise (and for None: nothing found)."""
    if client is None or client not in visible_clients(session):
        abort(404)
    return client


def case_or_404(session: Session, case_id: int) -> worklists.CaseOwnership:
    """A case of a client the user may see; 404 for any other, merged ones included."""
    found = worklists.case_client(session, case_id)
    if found is None:
        abort(404)
    client_or_404(session, found.client)
    return found


def message_client_or_404(session: Session, message_pk: int) -> str:
    """The client of a message the user may see; 404 otherwise."""
    return client_or_404(session, worklists.message_client(session, message_pk))


def display_name(client: str) -> str:
    """A client's display name from the config, else its key."""
    configured = web().config.clients.get(client)
    return (configured.name if configured else "") or client
