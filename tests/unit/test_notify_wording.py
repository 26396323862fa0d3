"""Digests and alerts that count what they say, name people and cases, and read cleanly."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from zoneinfo import ZoneInfo

from intake.notify.alerts import find_alerts
from intake.notify.digest import build_digest
from intake.notify.render import render_alert, render_digest
from tests.unit.test_notify import NOW, SINCE, case_view, message_view

NAMES = {"acme": "Acme Goods", "zenith": "Zenith Lighting"}


def _mixed_mail():
    """One real Amazon notice, a supplier's mail, a phishing look-alike, an unparseable one."""
    cases = [case_view(1, "acme", "Kettle listing", "suspension", asins=("B0ACMEAAAA",))]
    supplier = replace(message_view(11, "acme", None, "other"), sender="sales@supplier.test")
    phishing = replace(
        message_view(12, "acme", None, "suspension", suspicious=True),
        sender="seller-performance@amaz0n-security.test",
    )
    broken = replace(message_view(13, "acme", None, "other"), sender="", status="parse_error")
    return cases, [message_view(10, "acme", 1, "suspension"), supplier, phishing, broken]


def test_new_from_amazon_counts_only_authentic_amazon_mail() -> None:
    """Of four new messages only one is from Amazon and authentic: "1 new from Amazon",
    and the phishing one is counted as such."""
    cases, messages = _mixed_mail()
    digest = build_digest(cases, messages, since=SINCE, now=NOW, client="acme",
                          client_display="Acme Goods")  # fmt: skip
    rendered = render_digest(digest)
    assert rendered.subject == "Acme Goods: 1 new from Amazon, 1 likely phishing"
    assert "likely phishing" in rendered.text and "likely phishing" in rendered.html


def test_consultant_counts_phishing_as_phishing_not_other() -> None:
    """Per client and label, the look-alike is "likely phishing", not its label or "other"."""
    cases, messages = _mixed_mail()
    digest = build_digest(cases, messages, since=SINCE, now=NOW, names=NAMES)
    counts = {(c.client, c.label): c.count for c in digest.counts}
    assert counts[("acme", "likely_phishing")] == 1 and counts[("acme", "suspension")] == 1
    text = render_digest(digest).text
    assert "- Acme Goods: 1 likely phishing" in text
    assert render_digest(digest).subject.startswith("intake digest: 1 new from Amazon, 1 likely")


def test_consultant_digest_shows_display_names_and_case_numbers() -> None:
    """Text and HTML name each client as configured and each case by its number."""
    cases = [
        case_view(7, "acme", "Kettle listing", "suspension"),
        case_view(9, "zenith", "Lamp appeal", "need_more_info", deadline=date(2026, 3, 5)),
    ]
    messages = [message_view(10, "acme", 7, "suspension"), message_view(11, "zenith", 9, "x")]
    rendered = render_digest(build_digest(cases, messages, since=SINCE, now=NOW, names=NAMES))
    assert "[Zenith Lighting] case 9: Lamp appeal" in rendered.text
    assert "[Acme Goods] case 7: Kettle listing" in rendered.text
    assert "[Acme Goods] case 7: Kettle listing" in rendered.html
    assert "- Acme Goods: 1 suspension" in rendered.text
    assert "[acme]" not in rendered.text and "[zenith]" not in rendered.html


def test_seller_digest_lines_carry_case_numbers_and_local_times() -> None:
    """Every case line of a seller digest names the case number; times are in the client's
    time zone, named."""
    case = case_view(4, "zenith", "Lamp appeal", "need_more_info", deadline=date(2026, 3, 5))
    messages = [message_view(10, "zenith", 4, "need_more_info", needs_review=True)]
    digest = build_digest([case], messages, since=SINCE, now=NOW, client="zenith",
                          zone=ZoneInfo("America/New_York"))  # fmt: skip
    text = render_digest(digest).text
    assert "* Case 4: Lamp appeal" in text
    assert "- 2026-03-05: case 4, Lamp appeal (within 48 hours)" in text
    assert "- Case 4, Lamp appeal:" in text
    assert "2026-03-04 02:00 EST" in text and "UTC" not in text  # 07:00 UTC, in New York


def test_alert_carries_case_number_local_time_and_says_it_once() -> None:
    """An alert names the case number, shows the time in the client's zone, and does not
    repeat "What Amazon said" after saying what happened."""
    cases = [case_view(3, "acme", "Kettle listing", "suspension")]
    (alert,) = find_alerts([message_view(10, "acme", 3, "suspension")], cases,
                           ("suspension",), NOW)  # fmt: skip
    rendered = render_alert(alert, "Acme Goods", ZoneInfo("Europe/Berlin"))
    assert "case 3" in rendered.subject
    assert "Acme Goods: a new suspension, case 3." in rendered.text
    assert "* Case 3: Kettle listing" in rendered.text
    assert "2026-03-04 08:00 CET" in rendered.text
    for part in (rendered.text, rendered.html):
        assert "What Amazon said" not in part
        assert part.count("Amazon suspended or deactivated") == 1


def test_reinstated_case_has_a_case_file_note_and_acknowledgement_needs_no_reply() -> None:
    """A reinstatement's draft is a note for the case file; an acknowledgement needs no
    reply: neither reads "Draft reply"."""
    cases = [case_view(1, "acme", "Restored", "reinstatement"),
             case_view(2, "acme", "Under review", "acknowledgement")]  # fmt: skip
    messages = [message_view(10, "acme", 1, "reinstatement"),
                message_view(11, "acme", 2, "acknowledgement")]  # fmt: skip
    digest = build_digest(cases, messages, since=SINCE, now=NOW, client="acme",
                          drafts_ready={1})  # fmt: skip
    for part in (render_digest(digest).text, render_digest(digest).html):
        assert "Draft reply" not in part
        assert "Note for the case file" in part and "ready in intake" in part
        assert "none needed" in part
    consultant = render_digest(build_digest(cases, messages, since=SINCE, now=NOW)).text
    assert "Draft: no reply needed" in consultant


def test_long_lines_wrap_at_78_columns() -> None:
    """Long titles, ASIN lists, subjects, names and next steps wrap; no text line is wider
    than 78 columns, in seller and consultant digests and in alerts."""
    title = "A very long case title about a kettle listing " * 3
    asins = tuple(f"B0ACME{i:04d}" for i in range(9))
    cases = [case_view(1, "acme", title, "suspension", asins=asins,
                       requested=("invoices", "supplier_contacts", "letter_of_authorization"),
                       deadline=date(2026, 3, 5))]  # fmt: skip
    messages = [message_view(10, "acme", 1, "suspension", subject="Subject " * 20,
                             needs_review=True)]  # fmt: skip
    names = {"acme": "Acme Goods International Trading Company of Faraway Places " * 2}
    texts = [
        render_digest(build_digest(cases, messages, since=SINCE, now=NOW, client="acme",
                                   client_display=names["acme"])).text,
        render_digest(build_digest(cases, messages, since=SINCE, now=NOW, names=names)).text,
        *(render_alert(a, names["acme"]).text
          for a in find_alerts(messages, cases, ("suspension", "deadline_48h"), NOW)),
    ]  # fmt: skip
    for text in texts:
        wide = [line for line in text.splitlines() if len(line) > 78]
        assert not wide, wide
    assert "B0ACME0008" in texts[0] and "Case 1: A very long case title" in texts[0]


def test_a_digest_with_nothing_new_names_its_own_start_not_a_last_digest() -> None:
    """A seller's digest with nothing new (a preview by hand as much as a scheduled one) says
    nothing arrived since the moment it covers from, not "since the last digest", which a
    preview or a first digest has not had."""
    digest = build_digest([], [], since=SINCE, now=NOW, client="acme", client_display="Acme")
    rendered = render_digest(digest)
    for text in (rendered.text, rendered.html):
        assert "since the last digest" not in text
        assert "Nothing new about your cases arrived since then." in text
