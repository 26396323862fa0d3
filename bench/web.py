"""How fast are the web app's triage page and search? Run: .venv/bin/python bench/web.py

Builds a database of ``--clients`` clients, ``--cases`` cases and ``--messages``
messages (rows written directly, not through the pipeline: this measures the
web app, not ingestion), then times, server side (Flask's test client, no
network), the triage page as an admin (every case of every client, first
page of 100 rows) once cold and then with its per-client cache warm
(``intake.web.triagecache``), the triage page of a consultant of one
client, and searches by ASIN, by order ID and by two common words (which
match every message). SQLite by default;
``--db-url postgresql+psycopg://...`` for PostgreSQL (an empty database).
Prints the median and best of ``--repeats`` runs.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert  # noqa: E402  (path set above so a checkout runs without install)

from intake.config import Client, Config  # noqa: E402
from intake.store import open_store  # noqa: E402
from intake.store.models import CaseRow, ClientRow, MessageRow  # noqa: E402
from intake.store.users import add_user  # noqa: E402
from intake.web.app import create_app  # noqa: E402
from intake.web.context import WebContext  # noqa: E402
from intake.web.passwords import hash_password  # noqa: E402

PASSWORD = "benchmark password"
LABELS = ("suspension", "need_more_info", "generic_denial", "resent", "acknowledgement",
          "redirect_closed_queue", "reinstatement", "other")  # fmt: skip
WORDS = ("listing", "removed", "complaint", "invoice", "supplier", "authenticity", "appeal",
         "account", "health", "policy", "review", "documents", "performance", "order")  # fmt: skip
START = datetime(2026, 1, 1, tzinfo=UTC)


def asin(n: int) -> str:
    return f"B0{n:08d}"


def order_id(n: int) -> str:
    return f"{100 + n % 900}-{n % 10_000_000:07d}-{(n * 7) % 10_000_000:07d}"


def build(url: str, clients: int, cases: int, messages: int) -> None:
    """Write the clients, cases and messages in bulk."""
    store = open_store(url)
    rng = random.Random(7)
    with store.session() as session:
        session.execute(insert(ClientRow), [{"id": c + 1, "name": f"client{c:02d}",
                                             "display_name": f"Client {c}"}
                                            for c in range(clients)])  # fmt: skip
        session.execute(insert(CaseRow), [
            {"id": k + 1, "client_id": k % clients + 1, "title": f"listing - {asin(k)}",
             "kind": "notice", "grouping_state": "open", "asins": [asin(k)], "amazon_case_ids": [],
             "opened_at": START, "updated_at": START}
            for k in range(cases)
        ])  # fmt: skip
        for first in range(0, messages, 5000):
            session.execute(insert(MessageRow), [
                _message(m, m % cases, clients, rng)
                for m in range(first, min(messages, first + 5000))
            ])  # fmt: skip
        add_user(session, "admin", "admin", (), hash_password(PASSWORD))
        add_user(session, "carla", "consultant", ("client00",), hash_password(PASSWORD))
    store.close()


def _message(m: int, case: int, clients: int, rng: random.Random) -> dict:
    label = LABELS[m % len(LABELS)]
    words = " ".join(rng.choice(WORDS) for _ in range(120))
    sent = START + timedelta(minutes=m)
    facts = {"asins": [asin(case)], "order_ids": [order_id(m)], "case_ids": [f"C{m:09d}"],
             "deadline": (sent + timedelta(days=10)).date().isoformat()
             if label == "need_more_info" else None, "requested": []}  # fmt: skip
    return {
        "client_id": case % clients + 1, "case_id": case + 1, "content_hash": f"{m:064d}",
        "message_id": f"<m{m}@bench>", "sender": "seller-performance@amazon.com",
        "subject": f"Notice about {asin(case)}", "sent_at": sent, "text": words,
        "label": label, "confidence": 0.9, "needs_review": m % 50 == 0, "facts": facts,
        "authenticity": {"verdict": "ok", "reasons": []}, "created_at": sent,
    }  # fmt: skip


def timed(client, path: str, repeats: int) -> tuple[float, float, int]:
    """Median and best milliseconds of GET ``path`` (after one untimed run), and the status."""
    times, status = [], 0
    client.get(path)
    for _ in range(repeats):
        start = time.perf_counter()
        response = client.get(path)
        times.append((time.perf_counter() - start) * 1000)
        status = response.status_code
    return statistics.median(times), min(times), status


def signed_in(app, name: str):
    client = app.test_client()
    page = client.get("/login").get_data(as_text=True)
    token = page.split('name="csrf_token" value="')[1].split('"')[0]
    client.post("/login", data={"name": name, "password": PASSWORD, "csrf_token": token})
    return client


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--cases", type=int, default=20_000)
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--db-url", default="")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = args.db_url or f"sqlite:///{Path(folder) / 'bench.db'}"
        started = time.perf_counter()
        build(url, args.clients, args.cases, args.messages)
        print(f"built {args.clients} clients, {args.cases} cases, {args.messages} messages "
              f"in {time.perf_counter() - started:.1f} s ({url.split(':')[0]})")  # fmt: skip
        store = open_store(url)
        config = Config(clients={f"client{c:02d}": Client() for c in range(args.clients)})
        app = create_app(WebContext(config, store), b"b" * 32)
        admin, carla = signed_in(app, "admin"), signed_in(app, "carla")
        start = time.perf_counter()
        admin.get("/")
        cold = (time.perf_counter() - start) * 1000
        print(f"{'triage, admin, first request (cache cold)':48s} {cold:8.1f} ms")
        probes = [
            ("triage, admin, all clients, cache warm", admin, "/"),
            ("triage, consultant, one client", carla, "/"),
            ("search by ASIN, admin", admin, f"/?q={asin(12345)}"),
            ("search by order ID, admin", admin, f"/?q={order_id(54321)}"),
            ("search by a common word, admin", admin, "/?q=invoice+supplier"),
        ]
        for name, client, path in probes:
            median, best, status = timed(client, path, args.repeats)
            print(f"{name:48s} median {median:8.1f} ms   best {best:8.1f} ms   ({status})")
        store.close()


if __name__ == "__main__":
    main()
