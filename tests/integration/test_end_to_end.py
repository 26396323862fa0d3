"""The whole product as a consultant uses it: two clients' mailboxes, poll, triage, drafts,
digests, and the daemon's IDLE pick-up and alert.

One installation is built for the module (a private Dovecot with one user per
demo client, an aiosmtpd server, a config with ``drafts.auto``), the demo
mailbox is delivered and ``intake poll`` run once; each test then checks one
step of the consultant's day through the real commands. The tests run in file
order: the digest and daemon steps add mail to the SMTP server.
"""

from __future__ import annotations

import shutil
import signal
import subprocess
import time
from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from intake.drafts.context import DRAFT_LABELS, NOTE_LABELS
from intake.store import open_store
from intake.store.labels import update_message
from tests.integration.consultant import (
    CLIENTS,
    DESK,
    DIGEST_TO,
    Installation,
    deliver_demo,
    drafts_in,
    inbox_flags,
    new_suspension,
    sample_of,
    wait_until,
    write_installation_config,
)
from tests.integration.dovecot import running_dovecot, tls_files  # noqa: F401 - fixture
from tests.integration.dovecot_files import TLSFiles
from tests.integration.smtp import running_smtp_server

pytestmark = [pytest.mark.dovecot, pytest.mark.smtp]

LABEL_AGREEMENT = 0.9
REPLY_LABELS = frozenset(DRAFT_LABELS) - NOTE_LABELS
NEW_ASIN = "B0E7TQ4ZR2"


@pytest.fixture(scope="module")
def installation(
    tls_files: TLSFiles,  # noqa: F811 - the imported fixture
    model_path: Path,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Installation]:
    """Two clients' demo mail delivered to Dovecot and taken in by one ``intake poll``."""
    root = tmp_path_factory.mktemp("consultant")
    with running_dovecot(tls_files) as dovecot, running_smtp_server() as smtp:
        users = {
            client: dovecot.add_user(f"{client}-owner", f"{client} secret") for client in CLIENTS
        }
        model = root / "intake-model.npz"  # own copy: a relabel retrains it
        shutil.copyfile(model_path, model)
        config = write_installation_config(root, dovecot, smtp, users, model)
        setup = Installation(root, dovecot, smtp, users, config)
        setup.samples.extend(deliver_demo(dovecot, users))
        setup.inbox_flags = {c: inbox_flags(dovecot.flags(users[c])) for c in CLIENTS}
        setup.poll = setup.cli("poll", "--json")
        yield setup


def _stored(setup: Installation) -> list[dict[str, Any]]:
    return setup.json_lines("messages")


def _cases(setup: Installation, *args: str) -> list[dict[str, Any]]:
    return setup.json_lines("cases", *args)


# -- 1. poll: every message once, labels, cases, status ---------------------------------


def test_poll_stores_every_demo_message_exactly_once(installation: Installation) -> None:
    """GIVEN both mailboxes delivered WHEN polled THEN each demo message is stored once."""
    code, _, err = installation.poll
    assert code == 0, err
    stored = _stored(installation)
    matched = defaultdict(list)
    for message in stored:
        sample = sample_of(installation.samples, message)
        assert sample is not None, f"stored message matches no demo file: {message['subject']!r}"
        matched[sample.path].append(message["id"])
    missing = [s.path for s in installation.samples if s.path not in matched]
    twice = {path: ids for path, ids in matched.items() if len(ids) > 1}
    assert not missing and not twice, f"missing: {missing}; stored twice: {twice}"
    assert len(stored) == len(installation.samples)
    again = installation.json_lines("poll")
    assert [(a["state"], a["stored"]) for a in again] == [("ok", 0)] * len(CLIENTS), again


def test_labels_match_the_manifest_and_mismatches_need_review(installation: Installation) -> None:
    """GIVEN the manifest WHEN labels are compared THEN >=90% agree; each miss needs review."""
    rows = [(sample_of(installation.samples, m), m) for m in _stored(installation)]
    misses = [(s, m) for s, m in rows if s is not None and m["label"] != s.label]
    listing = "\n".join(
        f"  {s.path}: manifest {s.label}, intake {m['label']} ({m['confidence']:.2f})"
        f"{' needs review' if m['needs_review'] else ' NOT flagged'}"
        for s, m in misses
    )
    assert 1 - len(misses) / len(rows) >= LABEL_AGREEMENT, f"label mismatches:\n{listing}"
    assert all(m["needs_review"] for _, m in misses), f"unflagged mismatches:\n{listing}"


def test_cases_group_messages_as_the_manifest_says(installation: Installation) -> None:
    """GIVEN the manifest's cases WHEN the stored cases are compared THEN same partitions."""
    for client in CLIENTS:
        got, want = _partitions(installation, client, leave_out=frozenset())
        assert got == want, f"{client}: cases differ from the manifest"


def test_seller_mail_naming_no_ids_joins_its_case(installation: Installation) -> None:
    """GIVEN the seller telling the consultant the documents are uploaded THEN it joins the case."""
    got, want = _partitions(installation, "lumen-home", leave_out=frozenset())
    assert got == want


def _partitions(
    setup: Installation, client: str, leave_out: frozenset[str]
) -> tuple[list[list[str]], list[list[str]]]:
    """(intake's cases, the manifest's cases) of ``client`` as sorted lists of demo paths.

    The manifest's caseless mail is one group (intake's "Other mail"); the
    phishing message, and the malformed one (its From lacks the closing `>`, so its
    Amazon address proves nothing), may instead sit alone in a suspicious case.
    """
    status = {case["id"]: case["status"] for case in _cases(setup, "--all")}
    actual: dict[int, set[str]] = defaultdict(set)
    for message in _stored(setup):
        sample = sample_of(setup.samples, message)
        if sample is not None and sample.client == client and sample.path not in leave_out:
            actual[message["case_id"]].add(sample.path)
    expected: dict[str | None, set[str]] = defaultdict(set)
    for sample in setup.samples:
        if sample.client == client and sample.path not in leave_out:
            expected[sample.case].add(sample.path)
    for kind in ("phishing", "malformed"):
        alone = {s.path for s in setup.samples if kind in s.notes and s.client == client}
        for case_id, paths in actual.items():
            if alone and paths == alone and status.get(case_id) == "suspicious":
                expected[None] -= paths
                expected[kind] = set(paths)
    want = sorted(sorted(paths) for paths in expected.values() if paths)
    return sorted(sorted(paths) for paths in actual.values()), want


def test_status_shows_both_accounts_ok(installation: Installation) -> None:
    """GIVEN a successful poll WHEN `intake status --json` THEN both accounts are ok."""
    accounts = [line for line in installation.json_lines("status") if "account" in line]
    states = {(a["client"], a["account"]): a["state"] for a in accounts}
    assert states == {(c, f"{c}-inbox"): "ok" for c in CLIENTS}


# -- 2. triage -------------------------------------------------------------------------------


def test_triage_lists_deadlines_first_phishing_suspicious_clients_apart(
    installation: Installation,
) -> None:
    """GIVEN the polled cases WHEN `intake cases --json` THEN deadlines first, phishing flagged."""
    cases = _cases(installation)
    with_deadline = [case["deadline"] is not None for case in cases]
    assert any(with_deadline), "no case has a deadline, yet the demo names several"
    first_without = with_deadline.index(False) if False in with_deadline else len(cases)
    assert all(with_deadline[:first_without]) and not any(with_deadline[first_without:]), [
        (case["id"], case["deadline"], case["status"]) for case in cases
    ]
    deadlines = [case["deadline"] for case in cases[:first_without]]
    assert deadlines == sorted(deadlines)
    phishing = _phishing_message(installation)
    suspicious = [case for case in cases if case["id"] == phishing["case_id"]]
    assert [case["status"] for case in suspicious] == ["suspicious"]
    for message in _stored(installation):
        sample = sample_of(installation.samples, message)
        assert sample is not None and sample.client == message["client"]
    clients_of_case: dict[int, set[str]] = defaultdict(set)
    for message in _stored(installation):
        clients_of_case[message["case_id"]].add(message["client"])
    assert all(len(clients) == 1 for clients in clients_of_case.values())
    assert {case["client"] for case in cases} == set(CLIENTS)


def _phishing_message(setup: Installation) -> dict[str, Any]:
    (sample,) = [s for s in setup.samples if "phishing" in s.notes]
    (message,) = [m for m in _stored(setup) if sample_of([sample], m) is not None]
    return message


# -- 3. drafts in the seller's Drafts folder; INBOX untouched -----------------------------


def test_auto_drafts_land_in_drafts_folder_as_replies(installation: Installation) -> None:
    """GIVEN drafts.auto WHEN polled THEN Drafts holds \\Draft replies, none to phishing.

    Only northwind has a case whose latest notice is sure enough to answer
    at once; every open lumen case waits on a message flagged for review.
    """
    drafts = drafts_in(installation, "northwind-outdoor")
    assert drafts, f"no draft in Drafts; poll log:\n{installation.poll[2]}"
    for client in CLIENTS:
        _assert_replies(installation, client, drafts_in(installation, client))


def test_confirmed_label_lets_the_consultant_draft_into_drafts(
    installation: Installation,
) -> None:
    """GIVEN a case waiting on review WHEN the label is confirmed THEN `draft --to-imap` lands.

    Whatever the model's confidence: the case is chosen by its state (its latest incoming
    message is one to answer, by intake's label and the manifest's) and that message is
    flagged for review first, as a low-confidence prediction would be. Then `draft` is held
    back; after `relabel`, the reply to that message is in Drafts exactly once (put there
    now, or at poll time before the flag, never twice).
    """
    client = "lumen-home"
    case, latest, sample = _answerable_case(installation, client)
    store = open_store(f"sqlite:///{installation.root / 'intake.db'}")
    try:
        with store.session() as session:
            update_message(session, latest["id"], {"needs_review": True})
    finally:
        store.close()
    code, _, err = installation.cli("draft", str(case["id"]))
    assert code == 2 and "needs review" in err, err
    code, _, err = installation.cli("relabel", str(latest["id"]), sample.label)
    assert code == 0, err
    (draft,) = installation.json_lines("draft", str(case["id"]), "--to-imap")
    assert draft["in_reply_to"] == latest["message_id"]
    drafts = drafts_in(installation, client)
    replies = [m for _, m in drafts if str(m["In-Reply-To"] or "").strip() == draft["in_reply_to"]]
    assert len(replies) == 1
    _assert_replies(installation, client, drafts)


def _answerable_case(setup: Installation, client: str):
    """The client's first case (by id) whose latest incoming message is one to answer with
    a reply: (case, that message, its demo sample)."""
    for case in sorted(_cases(setup, "--client", client), key=lambda found: found["id"]):
        if case["kind"] != "notice":
            continue
        shown = setup.json_lines("case", "show", str(case["id"]))[0]
        latest = [m for m in shown["timeline"] if not m["outgoing"]][-1]
        sample = sample_of(setup.samples, latest)
        if sample and {latest["label"], sample.label} <= REPLY_LABELS:
            return case, latest, sample
    raise AssertionError(f"{client}: no case whose latest incoming message needs a reply")


def _assert_replies(setup: Installation, client: str, drafts: list) -> None:
    """Each draft is flagged \\Draft and replies to a real message of this client."""
    stored_ids = {m["message_id"]: m["client"] for m in _stored(setup)}
    phishing_id = _phishing_message(setup)["message_id"]
    for flags, message in drafts:
        assert b"\\Draft" in flags
        in_reply_to = str(message["In-Reply-To"] or "").strip()
        assert in_reply_to, f"{client}: draft {message['Subject']!r} is not a reply"
        assert stored_ids.get(in_reply_to) == client, "a draft answers another client's mail"
        assert in_reply_to != phishing_id, "a draft answers the phishing message"


def test_inbox_flags_are_unchanged(installation: Installation) -> None:
    """GIVEN the delivered INBOX flags WHEN intake polled and drafted THEN no flag changed."""
    for client in CLIENTS:
        now = inbox_flags(installation.dovecot.flags(installation.users[client]))
        assert now == installation.inbox_flags[client], f"{client}: intake changed INBOX flags"


# -- 4. digests by SMTP -------------------------------------------------------------------


def test_digests_go_to_each_client_and_the_consultant(installation: Installation) -> None:
    """GIVEN two clients WHEN `intake digest --send` THEN one each, naming only their own cases."""
    smtp = installation.smtp
    before = len(smtp.received)
    cases = _cases(installation)
    for client in CLIENTS:
        code, _, err = installation.cli("digest", "--client", client, "--since", "7d", "--send")
        assert code == 0, err
    code, _, err = installation.cli("digest", "--consultant", "--since", "7d", "--send")
    assert code == 0, err
    sent = smtp.received[before:]
    assert sorted(r.rcpt_tos[0] for r in sent) == sorted([*DIGEST_TO.values(), DESK])
    for client in CLIENTS:
        (digest,) = [r.message for r in sent if r.rcpt_tos == [DIGEST_TO[client]]]
        text = digest.get_body(("plain",)).get_content()
        own = [case for case in cases if case["client"] == client]
        other = [case for case in cases if case["client"] != client]
        assert any(case["title"] in text for case in own), f"{client}: its cases are missing"
        leaked = [c["title"] for c in other if c["title"] in text]
        leaked += [a for c in other for a in c["asins"] if a in text]
        assert not leaked, f"{client}'s digest names another client's cases: {leaked}"
        _assert_subject_names_overdue(str(digest["Subject"]), own)
    (desk,) = [r.message for r in sent if r.rcpt_tos == [DESK]]
    desk_text = desk.get_body(("plain",)).get_content()
    assert all(any(c["title"] in desk_text for c in cases if c["client"] == x) for x in CLIENTS)


def _assert_subject_names_overdue(subject: str, cases: list[dict[str, Any]]) -> None:
    """An overdue deadline is called overdue, not "due within 48 hours"."""
    today = datetime.now(UTC).date()
    deadlines = [date.fromisoformat(c["deadline"]) for c in cases if c["deadline"]]
    overdue = sum(1 for day in deadlines if day < today)
    soon = sum(1 for day in deadlines if today <= day <= today + timedelta(days=2))
    if overdue:
        assert f"{overdue} overdue" in subject, subject
    if not soon:
        assert "48 hours" not in subject, subject


def test_manual_digest_is_sent_on_each_request(installation: Installation) -> None:
    """`intake digest --send` is a manual send: a second run sends again, on purpose.

    The once-per-slot guarantee belongs to the scheduled digests of
    ``intake run``; the daemon test checks that across a restart.
    """
    before = len(installation.smtp.received)
    client = CLIENTS[0]
    for _ in range(2):
        code, _, err = installation.cli("digest", "--client", client, "--send")
        assert code == 0, err
    assert len(installation.smtp.received) - before == 2


# -- 5. the daemon: IDLE pick-up, alert, scheduled digests once, SIGTERM --------------------


def _keys(setup: Installation, prefix: str) -> list[str]:
    """Ledger keys (``X-Intake-Key``) of what the SMTP server received, by prefix."""
    keys = [str(r.message.get("X-Intake-Key", "")) for r in setup.smtp.received]
    return [key for key in keys if key.startswith(prefix)]


def _alerts_about(setup: Installation, text: str) -> list[EmailMessage]:
    found = []
    for received in setup.smtp.received:
        message = received.message
        if str(message.get("X-Intake-Key", "")).startswith("alert:"):
            body = message.get_body(("plain",)).get_content()
            if text in body or text in str(message["Subject"]):
                found.append(message)
    return found


def _scheduled_digests(setup: Installation) -> list[str]:
    """Keys of the digests the daemon sent on schedule (``digest:<who>:<date>``)."""
    return [key for key in _keys(setup, "digest:") if ":manual:" not in key]


def test_daemon_takes_in_a_new_suspension_by_idle_and_alerts(installation: Installation) -> None:
    """GIVEN `intake run` WHEN a suspension arrives THEN stored, cased and alerted in seconds.

    The daily digests (due since 00:00) go out once, also across a restart.
    """
    log = installation.root / "run.log"
    process = installation.daemon(log)
    try:
        assert wait_until(lambda: log.read_text().count("connected (IDLE)") >= 2, 60), (
            log.read_text()
        )
        started = time.monotonic()
        installation.dovecot.deliver(
            installation.users["northwind-outdoor"],
            new_suspension("marcus@northwindoutdoor.com", NEW_ASIN),
        )
        assert wait_until(lambda: _new_notice(installation) is not None, 30), log.read_text()
        assert wait_until(lambda: bool(_alerts_about(installation, NEW_ASIN)), 30), (
            f"no alert {time.monotonic() - started:.1f}s after delivery:\n{log.read_text()}"
        )
        assert wait_until(lambda: len(_scheduled_digests(installation)) == 3, 30)
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=15) == 0, log.read_text()
    finally:
        _stop(process)
    message = _new_notice(installation)
    assert message["client"] == "northwind-outdoor" and message["label"] == "suspension"
    (case,) = [c for c in _cases(installation) if c["id"] == message["case_id"]]
    assert NEW_ASIN in case["asins"] and case["client"] == "northwind-outdoor"
    assert len(_alerts_about(installation, NEW_ASIN)) == 1
    assert "daemon: stopped" in log.read_text()


def test_restarted_daemon_sends_no_digest_or_alert_twice(installation: Installation) -> None:
    """GIVEN the daemon already sent today's digests WHEN it runs again THEN nothing repeats."""
    digests, alerts = _scheduled_digests(installation), _keys(installation, "alert:")
    assert sorted(key.split(":")[1] for key in digests) == sorted([*CLIENTS, "consultant"])
    log = installation.root / "rerun.log"
    process = installation.daemon(log)
    try:
        assert wait_until(lambda: log.read_text().count("connected (IDLE)") >= 2, 60)
        assert wait_until(lambda: "notify: started" in log.read_text(), 30)
        time.sleep(2.0)  # several notify passes (check_interval 0.5 s)
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=15) == 0, log.read_text()
    finally:
        _stop(process)
    assert _scheduled_digests(installation) == digests
    assert _keys(installation, "alert:") == alerts


def _new_notice(setup: Installation) -> dict[str, Any] | None:
    found = [m for m in _stored(setup) if NEW_ASIN in m["subject"]]
    return found[0] if found else None


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.kill()
        process.wait()


def test_backfilled_old_notices_raise_no_alert(installation: Installation) -> None:
    """GIVEN the demo backfill (Jan-Mar 2026) WHEN the daemon ran THEN only fresh mail alerted.

    Reads the alerts the daemon tests above made the SMTP server receive.
    """
    sent_at = {m["id"]: m["sent_at"] for m in _stored(installation)}
    keys = [key for key in _keys(installation, "alert:") if ":message-" in key]
    assert keys, "the daemon test should have raised the new suspension's alert"
    oldest = datetime.now(UTC) - timedelta(hours=24)
    stale = [
        key
        for key in keys
        if (when := sent_at[int(key.rsplit("-", 1)[1])]) and datetime.fromisoformat(when) < oldest
    ]
    assert not stale, f"alerts for mail sent long ago: {stale}"
