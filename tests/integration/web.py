"""Fixtures for the web app: a seeded store, a signed-in test client, a live server.

Two clients (acme, globex), four users (an admin, a consultant for acme, a
seller of each), and mail built by ``MessageBuilder``: two acme listing
cases with ASINs and an order ID (the first flagged for review), and a
globex notice whose subject carries a ``<script>`` tag. Import what a module needs
(``from tests.integration.web import seeded, signed_in  # noqa: F401``).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest

from intake.analyse.classifier import Classifier
from intake.config import Client, Config
from intake.ingest.files import ingest
from intake.ingest.pipeline import IngestContext
from intake.mail.notice import Origin, RawMessage
from intake.store import Store, open_store
from intake.store.labels import update_message
from intake.store.users import add_user
from intake.web.app import create_app
from intake.web.context import WebContext
from intake.web.passwords import hash_password
from tests.builders import MessageBuilder

PASSWORD = "a long enough test password"
SCRIPT_SUBJECT = "Action required <script>alert('x')</script> on your listing"
ORDER_ID = "114-1234567-7654321"
KEY = b"k" * 32


@dataclass(frozen=True)
class Seeded:
    """The seeded store and the ids tests refer to."""

    store: Store
    config: Config
    acme_first: int  # case ids
    acme_second: int
    globex: int
    acme_message: int  # message id of the first acme notice


def notice(
    builder: MessageBuilder, asin: str, day: int, subject: str, extra: str = ""
) -> RawMessage:
    raw = builder.build(
        subject=subject,
        body=f"Hello,\n\nWe removed your listing {asin} because we received a rights owner "
        f"complaint about it.\n{extra}If you believe this is in error, you may appeal from the "
        "Account Health page.\n\nSeller Performance",
        date=datetime(2026, 3, day, 9, tzinfo=UTC),
    )
    return RawMessage(raw=raw, origin=Origin(kind="file", path=f"{asin}-{day}.eml"))


def seed(db_url: str, classifier: Classifier) -> Seeded:
    """Store the mail and the users described in the module docstring."""
    store = open_store(db_url)
    builder = MessageBuilder()
    acme = IngestContext(client="acme", classifier=classifier)
    first = ingest(
        store,
        [
            notice(
                builder,
                "B0AAAAAAA1",
                2,
                "Listing removed",
                f"Order {ORDER_ID} was named in the complaint.\n",
            )
        ],
        acme,
    )[0]
    second = ingest(store, [notice(builder, "B0BBBBBBB2", 3, "Listing removed again")], acme)[0]
    globex = ingest(
        store, [notice(builder, "B0CCCCCCC3", 4, SCRIPT_SUBJECT)],
        IngestContext(client="globex", classifier=classifier),
    )[0]  # fmt: skip
    hashed = hash_password(PASSWORD)
    with store.session() as session:
        # flagged as a low-confidence prediction would be, whatever today's model says
        update_message(session, first.id, {"needs_review": True})
        add_user(session, "boss", "admin", (), hashed)
        add_user(session, "carla", "consultant", ("acme",), hashed)
        add_user(session, "sam", "seller", ("acme",), hashed)
        add_user(session, "gina", "seller", ("globex",), hashed)
    config = Config(clients={"acme": Client(name="Acme Goods"), "globex": Client(name="Globex")})
    return Seeded(store, config, first.case_id, second.case_id, globex.case_id, first.id)


@pytest.fixture
def seeded(db_url: str, classifier: Classifier) -> Iterator[Seeded]:
    """A seeded store on each backend."""
    found = seed(db_url, classifier)
    yield found
    found.store.close()


def make_app(found: Seeded):
    """The Flask app over the seeded store (the real clock: a close must come after intake
    took the mail in, or the mail reopens the case)."""
    return create_app(WebContext(found.config, found.store), KEY)


def csrf_from(html: str) -> str:
    """The CSRF token of the first form in a page."""
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found, "no CSRF field in the page"
    return found.group(1)


class SignedIn:
    """A Flask test client signed in as one user, with the CSRF token at hand."""

    def __init__(self, app, name: str) -> None:
        self.client = app.test_client()
        page = self.client.get("/login").get_data(as_text=True)
        response = self.client.post(
            "/login", data={"name": name, "password": PASSWORD, "csrf_token": csrf_from(page)}
        )
        assert response.status_code == 302, f"{name} could not sign in"
        self.token = csrf_from(self.client.get("/").get_data(as_text=True))

    def get(self, path: str, **kwargs):
        return self.client.get(path, **kwargs)

    def post(self, path: str, data: dict | None = None, **kwargs):
        return self.client.post(path, data={"csrf_token": self.token, **(data or {})}, **kwargs)


@pytest.fixture
def signed_in(seeded: Seeded):
    """``signed_in(name)``: a test client signed in as that seeded user."""
    app = make_app(seeded)
    return lambda name: SignedIn(app, name)


class LiveServer:
    """The app on a free loopback port, served from a thread (werkzeug's threaded server:
    it stops cleanly; ``intake web`` itself runs waitress)."""

    def __init__(self, app) -> None:
        from werkzeug.serving import make_server

        self.server = make_server("127.0.0.1", 0, app, threaded=True)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        return self

    def __exit__(self, *_exc) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)
