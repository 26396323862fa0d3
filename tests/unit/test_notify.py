"""Digests, alerts, rendering and schedule: pure functions over hand-built case views."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from email import message_from_bytes
from email.policy import SMTP

import pytest

from intake.cases.state import TimelineEntry, derive_state
from intake.config import Client, Config, DigestConfig, NotifyConfig
from intake.errors import ConfigError
from intake.notify.alerts import find_alerts
from intake.notify.digest import build_digest
from intake.notify.render import compose, header_text, render_alert, render_digest
from intake.notify.schedule import due_digests, latest_slot
from intake.notify.service import display_name
from intake.store.views import CaseView, MessageView

NOW = datetime(2026, 3, 4, 9, 0, tzinfo=UTC)
SINCE = NOW - timedelta(hours=24)


def case_view(
    case_id: int, client: str, title: str, label: str, *, deadline: date | None = None,
    requested: tuple[str, ...] = (), asins: tuple[str, ...] = (), kind: str = "notice",
) -> CaseView:  # fmt: skip
    """A case whose one message has ``label`` (and a deadline/requested documents)."""
    entry = TimelineEntry(label, NOW - timedelta(hours=2), deadline=deadline, requested=requested)
    return CaseView(
        id=case_id, client=client, title=title, kind=kind,
        state=derive_state(kind, [entry], NOW), message_count=1, opened_at=NOW,
        updated_at=NOW, policy=None, marketplace=None, asins=asins, amazon_case_ids=(),
    )  # fmt: skip


def message_view(
    message_id: int, client: str, case_id: int | None, label: str, subject: str = "notice",
    *, suspicious: bool = False, needs_review: bool = False,
) -> MessageView:  # fmt: skip
    return MessageView(
        id=message_id, client=client, case_id=case_id, message_id=f"<m{message_id}@x>",
        sender="seller-performance@amazon.com", subject=subject,
        sent_at=NOW - timedelta(hours=2), label=label, confidence=0.9,
        needs_review=needs_review, resent_of=None, outgoing=False, status="ok", error=None,
        authenticity={"verdict": "suspicious"} if suspicious else {},
    )  # fmt: skip


def two_clients() -> tuple[list[CaseView], list[MessageView]]:
    cases = [
        case_view(1, "acme", "Acme kettle listing", "suspension", asins=("B0ACMEAAAA",)),
        case_view(
            2,
            "zenith",
            "Zenith lamp appeal",
            "need_more_info",
            asins=("B0ZENITHZZ",),
            deadline=date(2026, 3, 5),
            requested=("invoices",),
        ),  # fmt: skip
    ]
    messages = [message_view(10, "acme", 1, "suspension"), message_view(11, "zenith", 2, "x")]
    return cases, messages


def test_seller_digest_never_holds_another_clients_case() -> None:
    """Built for acme from views of both clients, the digest names only acme's case."""
    cases, messages = two_clients()
    digest = build_digest(cases, messages, since=SINCE, now=NOW, client="acme")
    rendered = render_digest(digest)
    for part in (rendered.text, rendered.html):
        assert "Acme kettle listing" in part and "B0ACMEAAAA" in part
        assert "Zenith" not in part and "B0ZENITHZZ" not in part


def test_seller_digest_says_what_is_asked_and_due() -> None:
    """The case entry carries the request, the deadline (urgent), the next step, the draft."""
    cases, messages = two_clients()
    digest = build_digest(cases, messages, since=SINCE, now=NOW, client="zenith",
                          drafts_ready={2})  # fmt: skip
    (entry,) = digest.updated
    assert entry.requested == ("invoices",) and entry.deadline == date(2026, 3, 5)
    assert entry.urgent and entry.draft_ready
    text = render_digest(digest).text
    assert "Amazon asks for: Supplier invoices" in text  # plain words, not the code
    assert "2026-03-05 (within 48 hours)" in text
    assert "Draft reply: ready in intake" in text


def test_past_deadline_says_overdue() -> None:
    """A deadline already passed reads "overdue", not "within 48 hours"."""
    case = case_view(3, "acme", "Old request", "need_more_info", deadline=date(2026, 3, 1))
    digest = build_digest([case], [message_view(12, "acme", 3, "need_more_info")], since=SINCE,
                          now=NOW, client="acme")  # fmt: skip
    (entry,) = digest.updated
    assert entry.overdue and entry.urgent
    text = render_digest(digest).text
    assert "2026-03-01 (overdue)" in text and "within 48 hours)" not in text


def test_consultant_digest_counts_per_client_and_label() -> None:
    """All clients, cases by urgency (the due one first), counts per client and label."""
    cases, messages = two_clients()
    digest = build_digest(list(reversed(cases)), messages, since=SINCE, now=NOW)
    assert [(c.client, c.label, c.count) for c in digest.counts] == [
        ("acme", "suspension", 1), ("zenith", "x", 1),
    ]  # fmt: skip
    text = render_digest(digest).text
    assert "- acme: 1 suspension" in text
    assert text.index("[zenith]") < text.index("[acme]")


def test_hostile_subject_is_escaped_in_html_and_literal_in_text() -> None:
    """A script in a notice subject arrives as text in the HTML part, never as markup."""
    hostile = '<script>alert("x")</script><b>bold</b>'
    cases = [case_view(1, "acme", hostile, "suspension")]
    messages = [message_view(10, "acme", 1, "suspension", subject=hostile)]
    (alert,) = find_alerts(messages, cases, ("suspension",), NOW)
    rendered = render_alert(alert, "Acme")
    assert "<script>" not in rendered.html and "<b>bold" not in rendered.html
    assert "&lt;script&gt;" in rendered.html
    assert hostile in rendered.text


def test_header_injection_in_subject_is_folded() -> None:
    """CR/LF in a subject never starts a new header: no Bcc, one Subject."""
    cases = [case_view(1, "acme", "Kettle\r\nBcc: thief@evil.test", "suspension")]
    messages = [message_view(10, "acme", 1, "suspension", subject="x\nBcc: thief@evil.test")]
    (alert,) = find_alerts(messages, cases, ("suspension",), NOW)
    message = compose(render_alert(alert, "Acme\r\nX-Evil: 1"), key=alert.key,
                      from_addr="intake@agency.test", to=("owner@acme.test",), now=NOW)  # fmt: skip
    parsed = message_from_bytes(message.as_bytes(), policy=SMTP)
    assert parsed["Bcc"] is None and parsed["X-Evil"] is None
    assert len(parsed.get_all("Subject")) == 1
    assert "Bcc: thief@evil.test" in parsed["Subject"]
    assert header_text("a\r\nb\x00c") == "a b c"


def test_address_with_crlf_is_refused() -> None:
    """A recipient holding CR/LF is a config error, not a header."""
    rendered = render_digest(build_digest([], [], since=SINCE, now=NOW, client="acme"))
    with pytest.raises(ConfigError, match="control character"):
        compose(rendered, key="k", from_addr="intake@a.test",
                to=("x@a.test\r\nBcc: y@b.test",), now=NOW)  # fmt: skip


def test_message_is_multipart_alternative_with_stable_message_id() -> None:
    """Text then HTML in one message; the same key gives the same Message-ID."""
    rendered = render_digest(build_digest([], [], since=SINCE, now=NOW, client="acme"))
    first = compose(rendered, key="digest:acme:2026-03-04", from_addr="intake@a.test",
                    to=("o@acme.test",), now=NOW)  # fmt: skip
    again = compose(rendered, key="digest:acme:2026-03-04", from_addr="intake@a.test",
                    to=("o@acme.test",), now=NOW + timedelta(hours=1))  # fmt: skip
    assert first.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in first.iter_parts()] == ["text/plain", "text/html"]
    assert first["Message-ID"] == again["Message-ID"]


def test_alert_triggers() -> None:
    """Suspension and suspicious fire per message; a 48-hour deadline fires once per case."""
    cases, messages = two_clients()
    messages.append(message_view(12, "acme", None, "suspension", suspicious=True))
    keys = [a.key for a in find_alerts(messages, cases, ("suspension", "deadline_48h",
                                                        "suspicious"), NOW)]  # fmt: skip
    assert keys == [
        "alert:acme:suspension:message-10",
        "alert:acme:suspicious:message-12",
        "alert:zenith:deadline_48h:case-2:2026-03-05",
    ]
    assert find_alerts(messages, cases, (), NOW) == []


def _config(**digest: str) -> Config:
    return Config(
        notify=NotifyConfig(digest=DigestConfig(**digest), consultant_to=("c@agency.test",)),
        clients={
            "acme": Client(digest_to=("o@acme.test",), timezone="America/New_York"),
            "quiet": Client(),
        },
    )


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (datetime(2026, 3, 4, 12, 59, tzinfo=UTC), "digest:acme:2026-03-03"),  # 07:59 in NY
        (datetime(2026, 3, 4, 13, 0, tzinfo=UTC), "digest:acme:2026-03-04"),  # 08:00 in NY
    ],
)
def test_daily_digest_is_due_at_local_time(now: datetime, expected: str) -> None:
    """Daily at 08:00 in the client's zone; clients without recipients get none."""
    keys = [item.key for item in due_digests(now, _config(), ledger=set())]
    assert keys == [expected, f"digest:consultant:{now.date().isoformat()}"]


def test_due_digest_is_not_due_once_in_the_ledger() -> None:
    """A key in the ledger (any status) is never due again."""
    now = datetime(2026, 3, 4, 14, 0, tzinfo=UTC)
    ledger = {"digest:acme:2026-03-04", "digest:consultant:2026-03-04"}
    assert due_digests(now, _config(), ledger) == []


def test_weekly_slot_is_the_last_configured_weekday() -> None:
    """Weekly on Monday 08:00: on Wednesday the slot is Monday; before 08:00 Monday, last week."""
    schedule = DigestConfig(schedule="weekly", weekday="monday")
    wednesday = datetime(2026, 3, 4, 9, 0, tzinfo=UTC)
    assert latest_slot(wednesday, schedule, UTC).date() == date(2026, 3, 2)
    early_monday = datetime(2026, 3, 2, 7, 0, tzinfo=UTC)
    assert latest_slot(early_monday, schedule, UTC).date() == date(2026, 2, 23)


def test_schedule_off_is_never_due() -> None:
    """schedule = "off" queues nothing."""
    assert due_digests(NOW, _config(schedule="off"), set()) == []


@pytest.mark.parametrize(
    ("config", "client", "greeting", "subject"),
    [
        (Config(), "default", "Hello,", "0 new from Amazon"),
        (Config(clients={"acme": Client(name="Acme Goods")}), "acme", "Hello Acme Goods,",
         "Acme Goods: 0 new from Amazon"),
        (Config(clients={"acme": Client()}), "acme", "Hello acme,", "acme: 0 new from Amazon"),
    ],
)  # fmt: skip
def test_seller_digest_greets_by_display_name(config, client, greeting, subject) -> None:
    """A named client is greeted by name; a single seller's unnamed default is not "default"."""
    display = display_name(config, client)
    digest = build_digest([], [], since=SINCE, now=NOW, client=client, client_display=display)
    rendered = render_digest(digest)
    assert rendered.subject == subject
    assert greeting in rendered.text and greeting in rendered.html


def test_phishing_case_is_never_reported_as_amazon_speaking() -> None:
    """A suspicious case carries a warning, not "What Amazon said", and no draft line."""
    case = case_view(7, "acme", "Suspicious: verify now", "suspension", kind="suspicious")
    message = message_view(70, "acme", 7, "suspension", suspicious=True)
    digest = build_digest([case], [message], since=SINCE, now=NOW, client="acme")
    rendered = render_digest(digest)
    for part in (rendered.text, rendered.html):
        assert "likely phishing" in part and "Warning" in part
        assert "What Amazon said" not in part and "Draft reply" not in part


def test_uncertain_grouping_is_in_the_digest() -> None:
    """A case whose grouping is a near-tie says so in both parts, with the command to run."""
    case = replace(case_view(4, "acme", "Kettle appeal", "generic_denial"), uncertain=1)
    digest = build_digest([case], [message_view(13, "acme", 4, "generic_denial")], since=SINCE,
                          now=NOW, client="acme")  # fmt: skip
    rendered = render_digest(digest)
    assert "Grouping uncertain" in rendered.text and "intake case confirm 4" in rendered.text
    assert "Grouping uncertain" in rendered.html
    plain = build_digest([case_view(5, "acme", "Lamp", "generic_denial")],
                         [message_view(14, "acme", 5, "generic_denial")], since=SINCE, now=NOW,
                         client="acme")  # fmt: skip
    assert "Grouping uncertain" not in render_digest(plain).text


def test_mail_that_could_not_be_read_is_not_called_other_mail() -> None:
    """An unreadable message (empty, no headers, quarantined) may be Amazon's notice in a
    broken shape; the seller's digest counted it among "other message(s) ... not about a
    case". It is named apart, with where to look."""
    cases, messages = two_clients()
    unreadable = [
        replace(message_view(n, "acme", 99, "other"), status=status, error="empty message")
        for n, status in ((20, "parse_error"), (21, "quarantined"))
    ]
    loose = message_view(22, "acme", 99, "other")
    digest = build_digest(cases, [*messages, *unreadable, loose], since=SINCE, now=NOW,
                          client="acme")  # fmt: skip
    assert digest.unreadable == 2 and [item.id for item in digest.loose] == [22]
    rendered = render_digest(digest)
    text = " ".join(rendered.text.split())
    assert "1 other message(s) arrived that are not about a case." in text
    assert "2 message(s) could not be read; `intake messages --unparseable` lists them." in text
    assert "2 message(s) could not be read" in rendered.html
    assert "could not be read" not in render_digest(build_digest(
        cases, messages, since=SINCE, now=NOW, client="acme")).text  # fmt: skip


def test_the_consultant_digest_says_what_could_not_be_read() -> None:
    """As the seller's: mail that could not be read is named apart, with where to look."""
    cases, messages = two_clients()
    broken = replace(message_view(20, "acme", 99, "other"), status="parse_error", error="x")
    digest = build_digest(cases, [*messages, broken], since=SINCE, now=NOW)
    rendered = render_digest(digest)
    said = "1 message(s) could not be read; `intake messages --unparseable` lists them."
    assert said in " ".join(rendered.text.split())
    assert "1 message(s) could not be read" in rendered.html
    assert digest.counts == build_digest(cases, messages, since=SINCE, now=NOW).counts
