"""The Flask application: configuration, security wiring and the pages' blueprints."""

from __future__ import annotations

import logging
from datetime import timedelta

from flask import Flask, render_template

from intake.errors import StoreError
from intake.web import accounts, actions, auth, casepage, review, security, triage
from intake.web.access import display_name
from intake.web.context import WebContext

log = logging.getLogger(__name__)
SESSION_HOURS = 12


def create_app(context: WebContext, secret_key: bytes, *, secure_cookies: bool = False) -> Flask:
    """A ready WSGI app over ``context``; cookies are Secure when served over https."""
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=secret_key,
        SESSION_COOKIE_NAME="intake_session",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=secure_cookies,
        PERMANENT_SESSION_LIFETIME=timedelta(hours=SESSION_HOURS),
        MAX_CONTENT_LENGTH=1 << 20,
        TEMPLATES_AUTO_RELOAD=False,
    )
    app.extensions["intake"] = context
    app.jinja_env.globals["client_name"] = display_name
    security.install(app)
    auth.install(app)
    for module in (triage, casepage, actions, review, accounts):
        app.register_blueprint(module.blueprint)
    app.register_error_handler(StoreError, _store_error)
    for code in (400, 404, 405, 429):
        app.register_error_handler(code, _error_page)
    return app


def _error_page(error):
    return render_template("error.html", error=error), error.code


def _store_error(error: StoreError):
    log.error("web request failed: %s", error)
    return render_template("error.html", error=None), 500
