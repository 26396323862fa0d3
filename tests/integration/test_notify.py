"""Digests and alerts against a real database and a real SMTP server (aiosmtpd).

Cases and messages are written straight into the database as the pipeline
stores them, for two clients whose titles and ASINs differ, so labels do not
depend on the model. Each test drives ``run_due_notifications`` (the daemon's
pass) or the CLI, and counts what the SMTP server received.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
import time
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from intake.config import Client, Config, NotifyConfig, SmtpConfig
from intake.notify.ledger import Courier, entry, unsent_entries
from intake.notify.notifier import Notifier
from intake.notify.schedule import due_digests
from intake.notify.service import collect_digest, queue_digest, run_due_notifications
from intake.notify.transport import transport_for
from intake.store import Store, open_store
from intake.store.models import CaseRow, ClientRow, DraftRow, MessageRow, SendLedgerRow
from tests.cli import run_cli as run
from tests.integration.smtp import SmtpServer, running_smtp_server

pytestmark = pytest.mark.smtp

# 08:30 in New York on 2026-03-04: acme's 08:00 digest is due; the mail came in just before.
NOW = datetime(2026, 3, 4, 13, 30, tzinfo=UTC)
ACME = ("Acme kettle listing", "B0ACMEAAAA")
ZENITH = ("Zenith lamp appeal", "B0ZENITHZZ")


def seed(
    store: Store, client: str, title: str, asin: str, label: str,
    sent_at: datetime = NOW - timedelta(hours=1), **facts: object,
) -> int:  # fmt: skip
    """A client with one case holding one incoming message; the message's id."""
    with store.session() as session:
        row = session.scalar(select(ClientRow).where(ClientRow.name == client))
        if row is None:
            row = ClientRow(name=client, display_name=client.title())
            session.add(row)
            session.flush()
        case = CaseRow(client_id=row.id, title=title, asins=[asin], amazon_case_ids=[])
        session.add(case)
        session.flush()
        message = MessageRow(
            client_id=row.id, case_id=case.id, label=label, subject=f"About {asin}",
            content_hash=hashlib.sha256(f"{client}{title}{label}".encode()).hexdigest(),
            sent_at=sent_at, created_at=NOW - timedelta(minutes=40),
            sender="seller-performance@amazon.com", facts=dict(facts),
            authenticity={"verdict": "pass"},
        )  # fmt: skip
        session.add(message)
        session.flush()
        return message.id


def make_config(server: SmtpServer, **notify: object) -> Config:
    smtp = SmtpConfig(host=server.host, port=server.port, tls="plain", timeout=5.0)
    settings = dict(delivery="smtp", from_addr="intake@agency.test", smtp=smtp,
                    consultant_to=("desk@agency.test",), retry_base=60.0)  # fmt: skip
    settings.update(notify)
    return Config(
        notify=NotifyConfig(**settings),
        clients={
            "acme": Client(
                name="Acme Goods", digest_to=("owner@acme.test",), timezone="America/New_York"
            ),  # fmt: skip
            "zenith": Client(
                name="Zenith Lamps", digest_to=("boss@zenith.test",), timezone="America/New_York"
            ),  # fmt: skip
        },
    )


@pytest.fixture
def smtp():
    """The real SMTP server of this test."""
    with running_smtp_server() as server:
        yield server


@pytest.fixture
def store(db_url: str):
    """Two clients' cases on SQLite and on PostgreSQL."""
    opened = open_store(db_url)
    seed(opened, "acme", *ACME, "suspension")
    seed(opened, "zenith", *ZENITH, "need_more_info", deadline="2026-03-05",
         requested=["invoices"])  # fmt: skip
    yield opened
    opened.close()


def courier(store: Store, config: Config) -> Courier:
    """A fresh courier: what a restarted daemon would build."""
    return Courier(store, transport_for(config), config.notify.retry_base, config.notify.retry_max)


def digests_to(server: SmtpServer, address: str) -> list:
    return [
        r.message for r in server.received
        if address in r.rcpt_tos and r.message["Subject"].find("alert") < 0
    ]  # fmt: skip


def body(message) -> tuple[str, str]:
    text = message.get_body(("plain",)).get_content()
    return text, message.get_body(("html",)).get_content()


def test_scheduled_digests_arrive_once_with_their_own_cases(store, smtp) -> None:
    """Each seller gets one digest naming only its own case; the consultant one with both."""
    config = make_config(smtp, alerts=replace(NotifyConfig().alerts, triggers=()))
    run_due_notifications(store, config, NOW, courier(store, config))
    run_due_notifications(store, config, NOW + timedelta(minutes=5), courier(store, config))
    (acme,) = digests_to(smtp, "owner@acme.test")
    (zenith,) = digests_to(smtp, "boss@zenith.test")
    (desk,) = digests_to(smtp, "desk@agency.test")
    for part in body(acme):
        assert ACME[0] in part and ACME[1] in part
        assert ZENITH[0] not in part and ZENITH[1] not in part
    zenith_text, _ = body(zenith)
    assert "Amazon asks for: Supplier invoices" in zenith_text and "2026-03-05" in zenith_text
    assert ACME[1] not in zenith_text
    desk_text, _ = body(desk)
    assert re.search(r"\[Acme Goods\] case \d+: " + ACME[0], desk_text)
    assert re.search(r"\[Zenith Lamps\] case \d+: " + ZENITH[0], desk_text)
    assert acme.get_content_type() == "multipart/alternative"


def test_restart_does_not_send_a_sent_digest_again(store, smtp) -> None:
    """After the digest went out, a new process (fresh store and courier) sends nothing more."""
    config = make_config(smtp, alerts=replace(NotifyConfig().alerts, triggers=()))
    run_due_notifications(store, config, NOW, courier(store, config))
    count = len(smtp.received)
    reopened = open_store(store.engine.url.render_as_string(hide_password=False))
    report = run_due_notifications(reopened, config, NOW, courier(reopened, config))
    reopened.close()
    assert report.digests == () and report.delivery.sent == ()
    assert len(smtp.received) == count == 3


def test_crash_after_queueing_sends_once_on_restart(store, smtp) -> None:
    """A pending row written before a crash is sent once by the next process, never twice."""
    config = make_config(smtp, alerts=replace(NotifyConfig().alerts, triggers=()))
    (due, *_) = due_digests(NOW, config, ledger=set())
    assert queue_digest(store, config, due, NOW)  # the process "crashes" here, before sending
    with store.session() as session:
        assert entry(session, due.key).status == "pending"
    for _ in range(2):  # two restarts
        run_due_notifications(store, config, NOW, courier(store, config))
    assert len(digests_to(smtp, "owner@acme.test")) == 1
    with store.session() as session:
        sent = entry(session, due.key)
    assert sent.status == "sent" and sent.attempts == 1


def test_smtp_down_then_up_delivers_once_and_failure_is_visible(
    store, smtp, capsys, tmp_path
) -> None:
    """Server down: the digest is failed with its error and shown by status; back up: sent once."""
    config = make_config(smtp, alerts=replace(NotifyConfig().alerts, triggers=()))
    carrier = courier(store, config)
    smtp.stop()
    report = run_due_notifications(store, config, NOW, carrier)
    assert len(report.delivery.failed) == 3 and report.delivery.sent == ()
    with store.session() as session:
        failed = unsent_entries(session)
    assert {f.status for f in failed} == {"failed"} and all(f.attempts == 1 for f in failed)
    assert all("SMTP 127.0.0.1" in (f.last_error or "") for f in failed)
    code, out = run_status(capsys, tmp_path, store, smtp)
    assert code == 0 and "digest:acme:2026-03-04" in out and "failed" in out

    smtp.start()
    early = run_due_notifications(store, config, NOW + timedelta(seconds=10), carrier)
    assert early.delivery.sent == ()  # still backing off
    later = run_due_notifications(store, config, NOW + timedelta(minutes=2), carrier)
    assert len(later.delivery.sent) == 3
    run_due_notifications(store, config, NOW + timedelta(minutes=10), carrier)
    assert len(digests_to(smtp, "owner@acme.test")) == 1
    with store.session() as session:
        assert unsent_entries(session) == []
        row = session.scalar(select(SendLedgerRow).where(SendLedgerRow.key.like("digest:acme%")))
    assert row.attempts == 2 and row.last_error and row.sent_at is not None


def test_recipient_refused_by_the_server_costs_no_repeat_to_the_others(store, smtp) -> None:
    """GIVEN one consultant address the server refuses WHEN passes run for hours
    THEN each digest reached the accepted address once and nothing is retried."""
    smtp.handler.refuse.add("gone@agency.test")
    config = make_config(
        smtp,
        consultant_to=("desk@agency.test", "gone@agency.test"),
        alerts=replace(NotifyConfig().alerts, triggers=()),
    )
    carrier = courier(store, config)
    for hours in (0, 2, 4):
        run_due_notifications(store, config, NOW + timedelta(hours=hours), carrier)
    assert len(digests_to(smtp, "desk@agency.test")) == 1
    assert len(digests_to(smtp, "owner@acme.test")) == 1
    assert all("gone@agency.test" not in r.rcpt_tos for r in smtp.received)
    with store.session() as session:
        assert unsent_entries(session) == []


def test_suspension_alert_arrives_once(store, smtp) -> None:
    """A new suspension alerts the seller and the consultant at once, once."""
    config = make_config(smtp, digest=replace(NotifyConfig().digest, schedule="off"))
    for minutes in (0, 1):
        run_due_notifications(store, config, NOW + timedelta(minutes=minutes),
                              courier(store, config))  # fmt: skip
    subjects = sorted(r.message["Subject"] for r in smtp.received)
    assert len([s for s in subjects if "a new suspension" in s]) == 1
    assert len([s for s in subjects if "within 48 hours" in s]) == 1  # zenith's deadline
    (alert,) = [r for r in smtp.received if "a new suspension" in r.message["Subject"]]
    assert sorted(alert.rcpt_tos) == ["desk@agency.test", "owner@acme.test"]


def test_backfilled_old_suspension_raises_no_alert(store, smtp) -> None:
    """A suspension taken in just now but sent months ago (a first backfill) does not alert."""
    seed(store, "zenith", "Zenith old fan", "B0ZENITHOL", "suspension",
         sent_at=NOW - timedelta(days=90))  # fmt: skip
    only_suspensions = replace(NotifyConfig().alerts, triggers=("suspension",))
    config = make_config(smtp, digest=replace(NotifyConfig().digest, schedule="off"),
                         alerts=only_suspensions)  # fmt: skip
    run_due_notifications(store, config, NOW, courier(store, config))
    subjects = [r.message["Subject"] for r in smtp.received]
    assert len(subjects) == 1 and ACME[0] in subjects[0], subjects


def test_notifier_thread_alerts_within_seconds(store, smtp) -> None:
    """The daemon's notifier thread sends a new suspension's alert within seconds."""
    config = make_config(smtp, check_interval=0.2,
                         digest=replace(NotifyConfig().digest, schedule="off"),
                         alerts=replace(NotifyConfig().alerts, max_age_hours=10**6))  # fmt: skip
    stop = threading.Event()
    thread = threading.Thread(target=Notifier(store, config, stop).run)
    thread.start()
    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and not smtp.received:
            time.sleep(0.1)
    finally:
        stop.set()
        thread.join(5)
    assert any("a new suspension" in r.message["Subject"] for r in smtp.received)


def add_draft(store: Store, title: str) -> int:
    """A draft answering the newest message of the case titled ``title``; the case id."""
    with store.session() as session:
        case_id = session.scalar(select(CaseRow.id).where(CaseRow.title == title))
        answered = session.scalars(
            select(MessageRow.id).where(MessageRow.case_id == case_id).order_by(MessageRow.id)
        ).all()[-1]
        session.add(
            DraftRow(case_id=case_id, message_pk=answered, version=1, template="suspension.txt.j2")
        )
    return case_id


@pytest.mark.parametrize("newer_notice", [False, True])
def test_draft_ready_is_reported_only_for_the_newest_notice(store, smtp, newer_notice) -> None:
    """A stored draft is "ready" in the digest while it answers the case's newest notice;
    once Amazon wrote again, it answers the wrong message and is not offered."""
    add_draft(store, ACME[0])
    if newer_notice:
        with store.session() as session:
            case = session.scalar(select(CaseRow).where(CaseRow.title == ACME[0]))
            session.add(
                MessageRow(
                    client_id=case.client_id, case_id=case.id, label="need_more_info",
                    subject="More information needed", content_hash="f" * 64,
                    sent_at=NOW - timedelta(minutes=30), created_at=NOW - timedelta(minutes=20),
                    sender="seller-performance@amazon.com", facts={},
                    authenticity={"verdict": "pass"},
                )
            )  # fmt: skip
    config = make_config(smtp, alerts=replace(NotifyConfig().alerts, triggers=()))
    run_due_notifications(store, config, NOW, courier(store, config))
    (acme,) = digests_to(smtp, "owner@acme.test")
    expected = "Draft reply: not yet" if newer_notice else "Draft reply: ready in intake"
    assert expected in body(acme)[0]


# --- the CLI ---------------------------------------------------------------------------------


def write_config(tmp_path: Path, store: Store, server: SmtpServer) -> Path:
    path = tmp_path / "intake.toml"
    path.write_text(
        f'[database]\nurl = "{store.engine.url.render_as_string(hide_password=False)}"\n'
        '[notify]\ndelivery = "smtp"\nfrom_addr = "intake@agency.test"\n'
        'consultant_to = ["desk@agency.test"]\n'
        f'[notify.smtp]\nhost = "127.0.0.1"\nport = {server.port}\ntls = "plain"\ntimeout = 5.0\n'
        '[clients.acme]\nname = "Acme Goods"\ndigest_to = ["owner@acme.test"]\n'
        '[clients.zenith]\nname = "Zenith Lamps"\ndigest_to = ["boss@zenith.test"]\n'
    )
    return path


def run_status(capsys, tmp_path: Path, store: Store, server: SmtpServer) -> tuple[int, str]:
    code, out, _ = run(capsys, "--config", str(write_config(tmp_path, store, server)), "status")
    return code, out


def test_cli_preview_out_and_send(store, smtp, capsys, tmp_path: Path) -> None:
    """--preview prints text; --out writes a multipart .eml; --send delivers once via SMTP."""
    config = str(write_config(tmp_path, store, smtp))
    code, out, _ = run(capsys, "--config", config, "digest", "--client", "acme", "--since", "9999d")
    assert code == 0 and ACME[0] in out and ZENITH[0] not in out
    assert not smtp.received
    code, out, _ = run(capsys, "--config", config, "digest", "--consultant", "--since", "9999d",
                       "--out", str(tmp_path / "out"), "--json")  # fmt: skip
    path = Path(json.loads(out)["path"])
    assert code == 0 and path.is_file() and b"multipart/alternative" in path.read_bytes()
    code, out, _ = run(capsys, "--config", config, "digest", "--client", "zenith", "--since",
                       "9999d", "--send")  # fmt: skip
    assert code == 0 and len(smtp.received) == 1
    assert smtp.received[0].rcpt_tos == ["boss@zenith.test"]


def test_cli_send_with_server_down_exits_1_and_status_shows_it(
    store, smtp, capsys, tmp_path: Path
) -> None:
    """--send against a stopped server: exit 1, one line naming the server; status lists it."""
    config = str(write_config(tmp_path, store, smtp))
    smtp.stop()
    code, _, err = run(capsys, "--config", config, "digest", "--client", "acme", "--send")
    last = err.strip().splitlines()[-1]
    assert code == 1 and last.startswith("Error: digest:acme:manual:") and "127.0.0.1" in last
    code, out, _ = run(capsys, "--config", config, "status", "--json")
    sends = [json.loads(line) for line in out.splitlines() if '"send"' in line]
    assert [(s["status"], s["attempts"]) for s in sends] == [("failed", 1)]


def test_cli_rejects_client_and_consultant_together(store, smtp, capsys, tmp_path) -> None:
    """--client with --consultant is bad usage: exit 2."""
    config = str(write_config(tmp_path, store, smtp))
    code, _, err = run(capsys, "--config", config, "digest", "--client", "acme", "--consultant")
    assert code == 2 and "choose one" in err


def test_deadline_fact_shapes_the_state(store) -> None:
    """Guard for the seed: zenith's case carries the deadline the tests rely on."""
    with store.session() as session:
        facts = session.scalars(select(MessageRow.facts)).all()
    assert {"deadline": "2026-03-05", "requested": ["invoices"]} in facts
    assert date.fromisoformat("2026-03-05") - NOW.date() == timedelta(days=1)


def test_notifier_alerts_on_mail_stored_after_its_last_pass(store, smtp) -> None:
    """The notifier's skip of unchanged state does not hide mail stored between passes."""
    config = make_config(smtp, digest=replace(NotifyConfig().digest, schedule="off"),
                         alerts=replace(NotifyConfig().alerts, max_age_hours=10**6,
                                        triggers=("suspension",)))  # fmt: skip
    notifier = Notifier(store, config, threading.Event())
    notifier.guarded_pass()
    notifier.guarded_pass()
    assert len(smtp.received) == 1
    seed(store, "zenith", "Zenith desk fan", "B0ZENITHFN", "suspension")
    notifier.guarded_pass()
    subjects = [r.message["Subject"] for r in smtp.received]
    assert len(subjects) == 2 and "Zenith desk fan" in subjects[1]


def test_folder_delivery_writes_each_message_once(store, tmp_path: Path) -> None:
    """delivery = "folder": one .eml per ledger key, the same files after a second pass."""
    config = Config(
        notify=NotifyConfig(
            delivery="folder", folder=str(tmp_path / "outbox"), from_addr="intake@agency.test"
        ),  # fmt: skip
        clients={"acme": Client(digest_to=("owner@acme.test",))},
    )
    for minutes in (0, 5):
        run_due_notifications(store, config, NOW + timedelta(minutes=minutes),
                              courier(store, config))  # fmt: skip
    names = sorted(path.name for path in (tmp_path / "outbox").iterdir())
    assert names == ["alert_acme_suspension_message-1.eml", "digest_acme_2026-03-04.eml"]


@pytest.mark.parametrize(("zone", "overdue"), [("America/New_York", False), ("UTC", True)])
def test_deadline_day_ends_at_midnight_in_the_clients_time_zone(store, smtp, zone, overdue):
    """Zenith is due 2026-03-05; at 22:00 that day in New York (03:00 UTC on the 6th) its
    digest still says "within 48 hours", unless the client's time zone is UTC."""
    config = make_config(smtp)
    config = replace(config, clients={**config.clients, "zenith": replace(
        config.clients["zenith"], timezone=zone)})  # fmt: skip
    evening = datetime(2026, 3, 6, 3, 0, tzinfo=UTC)
    with store.session() as session:
        digest = collect_digest(session, config, "zenith", evening - timedelta(days=7), evening)
    (entry,) = digest.deadlines
    assert (entry.urgent, entry.overdue) == (True, overdue)
