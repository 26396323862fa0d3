"""Run the web app with waitress: the session key file, the bind address, the proxy prefix."""

from __future__ import annotations

import logging
import os
import secrets
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

from intake.config import Config
from intake.errors import ConfigError, InputError, IntakeError
from intake.store import Store, views
from intake.timeutil import utcnow
from intake.web.app import create_app
from intake.web.context import WebContext

log = logging.getLogger(__name__)


def secret_key(path: Path) -> bytes:
    """The session-signing key in ``path``, created (mode 0600) when missing."""
    try:
        if not path.exists():
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as handle:
                handle.write(secrets.token_hex(32))
            log.info("created the web session key %s", path)
        key = path.read_text(encoding="utf-8").strip()
    except OSError as err:
        raise ConfigError(f"web.secret_file {path}: {err.strerror}") from err
    if len(key) < 32:
        raise ConfigError(f"web.secret_file {path}: key too short (want 32+ characters)")
    return key.encode()


def clock_of(config: Config) -> Callable[[], datetime]:
    """The real time, or ``[clock] as_of`` standing still (the demo's date) as for every
    other command, so the web app shows the deadlines `intake cases` shows."""
    fixed = config.clock.now()
    if fixed is None:
        return utcnow
    return lambda: fixed


def build_app(config: Config, store: Store):
    """The WSGI app for this config; cookies are Secure when ``web.base_url`` is https."""
    secure = urlsplit(config.web.base_url).scheme == "https"
    key = secret_key(config.resolve(config.web.secret_file))
    context = WebContext(config, store, clock=clock_of(config))
    with store.session() as session:
        clients = sorted({*config.clients, *views.client_names(session)})
    context.triage.warm(store, clients, context.clock, config.client_zone)
    return create_app(context, key, secure_cookies=secure)


def serve(config: Config, store: Store, host: str, port: int) -> None:
    """Serve until interrupted; behind a proxy, ``web.base_url``'s path is the URL prefix.

    An address that cannot be listened on is one error line: ``InputError`` for a host
    that is no address, ``IntakeError`` for one that is taken or not this machine's.
    """
    from waitress import create_server

    base = urlsplit(config.web.base_url)
    options = {"host": host, "port": port, "threads": 4, "ident": "intake"}
    if base.path.strip("/"):
        options["url_prefix"] = "/" + base.path.strip("/")
    if base.scheme:
        options.update(
            url_scheme=base.scheme,
            trusted_proxy="127.0.0.1",
            trusted_proxy_headers={"x-forwarded-for"},
            clear_untrusted_proxy_headers=True,
        )
    try:
        server = create_server(build_app(config, store), **options)
    except ValueError as err:
        raise InputError(f"web: cannot listen on {host}:{port}: {err}") from err
    except OSError as err:
        raise IntakeError(f"web: cannot listen on {host}:{port}: {err.strerror}") from err
    log.info("intake web on http://%s:%s/ (public URL %s)", host, port, config.web.base_url or "-")
    server.run()
