"""What every response and every form gets: CSRF checks, security headers.

The CSRF token lives in the signed session cookie and is echoed in a hidden
field of every form (``csrf_field()`` in the templates); a POST without the
matching token is refused with 400 before any view runs. The headers forbid
inline scripts and any resource from elsewhere (Content-Security-Policy),
framing and content sniffing.
"""

from __future__ import annotations

import hmac
import secrets

from flask import Flask, Response, abort, request, session
from markupsafe import Markup, escape

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def csrf_token() -> str:
    """This session's CSRF token, made on first use."""
    token = session.get("csrf")
    if not token:
        token = session["csrf"] = secrets.token_urlsafe(32)
    return token


def csrf_field() -> Markup:
    """The hidden form field carrying the token."""
    return Markup('<input type="hidden" name="csrf_token" value="{}">').format(escape(csrf_token()))


def _check_csrf() -> None:
    if request.method in ("GET", "HEAD", "OPTIONS"):
        return
    expected = session.get("csrf")
    given = request.form.get("csrf_token", "")
    if not expected or not hmac.compare_digest(str(expected), given):
        abort(400, description="The form's security token is missing or out of date.")


def _headers(response: Response) -> Response:
    response.headers.update(HEADERS)
    if not request.path.startswith("/static/"):
        response.headers["Cache-Control"] = "no-store"
    return response


def install(app: Flask) -> None:
    """Wire the CSRF check and the headers into ``app``."""
    app.before_request(_check_csrf)
    app.after_request(_headers)
    app.jinja_env.globals["csrf_field"] = csrf_field
