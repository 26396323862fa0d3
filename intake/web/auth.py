"""Signing in and out, and the rule that no page shows without a signed-in user.

The session cookie (signed by Flask with the key from ``web.secret_file``)
holds the user's id and a fingerprint of their password hash: a new
password (``intake user passwd``) or a removed user ends every open session
at its next request.
"""

from __future__ import annotations

import hashlib
import time

from flask import Blueprint, Flask, g, redirect, render_template, request, session, url_for
from flask.typing import ResponseReturnValue

from intake.store.users import user_by_id, user_by_name
from intake.web.context import web
from intake.web.passwords import verify_password
from intake.web.throttle import throttle_keys

blueprint = Blueprint("auth", __name__)
OPEN_ENDPOINTS = frozenset({"auth.login", "auth.favicon", "static"})


def _fingerprint(password_hash: str) -> str:
    return hashlib.sha256(password_hash.encode()).hexdigest()[:16]


def _load_user() -> ResponseReturnValue | None:
    g.user = None
    user_id = session.get("uid")
    if user_id is not None:
        with web().store.session() as db:
            found = user_by_id(db, int(user_id))
        if found and session.get("pwv") == _fingerprint(found[1]):
            g.user = found[0]
        else:
            session.clear()
    if g.user is None and request.endpoint not in OPEN_ENDPOINTS:
        return redirect(url_for("auth.login", next=request.full_path.rstrip("?")))
    return None


@blueprint.route("/login", methods=["GET", "POST"])
def login():
    """The sign-in form; throttled per user name and per address."""
    if request.method == "GET":
        return render_template("login.html", error=None, name="")
    name = request.form.get("name", "").strip()
    password = request.form.get("password", "")
    keys = throttle_keys(name, request.remote_addr)
    throttle, now = web().throttle, time.monotonic()
    wait = throttle.wait(keys, now)
    if wait > 0:
        minutes = int(wait // 60) + 1
        error = f"Too many failed sign-ins. Try again in {minutes} minute(s)."
        return render_template("login.html", error=error, name=name), 429
    with web().store.session() as db:
        found = user_by_name(db, name)
    if not verify_password(found[1] if found else None, password):
        throttle.failed(keys, now)
        return render_template("login.html", error="Wrong name or password.", name=name), 401
    throttle.succeeded(keys[0])
    user, password_hash = found
    session.clear()  # a fresh session (and CSRF token) for the signed-in user
    session.permanent = True
    session.update(uid=user.id, pwv=_fingerprint(password_hash))
    return redirect(_safe_next(request.args.get("next")))


@blueprint.route("/favicon.ico")
def favicon():
    """No icon: an empty answer instead of a 404 in every browser's console."""
    return "", 204


@blueprint.route("/logout", methods=["POST"])
def logout():
    """Forget the session."""
    session.clear()
    return redirect(url_for("auth.login"))


def _safe_next(target: str | None) -> str:
    """Only a path on this site: never an open redirect to another one."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return request.script_root + target
    return url_for("triage.triage")


def install(app: Flask) -> None:
    """Register the blueprint and the login check before every request."""
    app.register_blueprint(blueprint)
    app.before_request(_load_user)
