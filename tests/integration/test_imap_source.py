"""The IMAP source against a real, private Dovecot: fetching, filtering, IDLE and failures."""

# ruff: noqa: F811 - pytest fixtures are imported by name and used as arguments

from __future__ import annotations

import threading
import time
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from intake.config import ImapAccount, ImapConfig
from intake.config.secrets import resolve_credential
from intake.errors import AuthError, ConfigError, TLSError, UnreachableError
from intake.sources.imap import (
    Checkpoint,
    FetchedBatch,
    address_domains,
    matches_domain,
    open_mailbox,
)
from tests.builders import MessageBuilder
from tests.integration.dovecot import (  # noqa: F401 - fixtures
    DovecotServer,
    MailUser,
    dovecot,
    session_stats,
    tls_files,
)

pytestmark = pytest.mark.dovecot

# IDLE renewed every 5 s: see SLOW_POLLING in test_daemon.py for why.
TIMING = ImapConfig(connect_timeout=3.0, read_timeout=10.0, idle_timeout=5.0)


def fetch_all(account: ImapAccount, folder: str = "INBOX", **options: object) -> list[FetchedBatch]:
    """Every batch ``fetch_new`` yields for ``folder`` in one session."""
    checkpoint = options.pop("checkpoint", None)
    with open_mailbox(account, TIMING, resolve_credential(account)) as mailbox:
        return list(mailbox.fetch_new(folder, checkpoint, **options))  # type: ignore[arg-type]


def uids(batches: list[FetchedBatch]) -> list[int]:
    return [m.origin.uid for batch in batches for m in batch.messages if m.origin.uid]


@pytest.fixture
def user(dovecot: DovecotServer) -> MailUser:
    return dovecot.add_user("seller1", "s3cret-pass")


def test_first_fetch_yields_every_message_with_its_origin(dovecot, user):
    """GIVEN three notices in INBOX WHEN fetched with no checkpoint THEN all come, bytes intact."""
    builder = MessageBuilder()
    sent = [builder.build() for _ in range(3)]
    delivered = [dovecot.deliver(user, raw) for raw in sent]

    batches = fetch_all(dovecot.account(user))

    messages = [m for batch in batches for m in batch.messages]
    assert [m.raw.replace(b"\r\n", b"\n") for m in messages] == [
        raw.replace(b"\r\n", b"\n") for raw in sent
    ]
    assert [m.origin.uid for m in messages] == delivered
    assert {m.origin.account for m in messages} == {user.name}
    assert {m.origin.uidvalidity for m in messages} == {dovecot.uidvalidity(user)}
    assert all(m.internaldate is not None and m.internaldate.tzinfo for m in messages)
    assert batches[-1].checkpoint.last_uid == delivered[-1]


def test_batches_follow_batch_size_in_uid_order(dovecot, user):
    """GIVEN five notices and batch_size 2 WHEN fetched THEN batches of 2, 2, 1 in UID order."""
    builder = MessageBuilder()
    delivered = [dovecot.deliver(user, builder.build()) for _ in range(5)]

    batches = fetch_all(dovecot.account(user, batch_size=2))

    assert [len(batch.messages) for batch in batches] == [2, 2, 1]
    assert uids(batches) == delivered
    assert [batch.checkpoint.last_uid for batch in batches] == [
        delivered[1],
        delivered[3],
        delivered[4],
    ]
    assert [batch.position for batch in batches] == [2, 4, 5]
    assert {batch.total for batch in batches} == {5}


def test_incremental_fetch_takes_only_mail_above_the_checkpoint(dovecot, user):
    """GIVEN a checkpoint after two messages WHEN two more arrive THEN only those two come."""
    builder = MessageBuilder()
    for _ in range(2):
        dovecot.deliver(user, builder.build())
    account = dovecot.account(user)
    checkpoint = fetch_all(account)[-1].checkpoint
    later = [dovecot.deliver(user, builder.build()) for _ in range(2)]

    batches = fetch_all(account, checkpoint=checkpoint)

    assert uids(batches) == later
    assert not batches[0].resync
    assert fetch_all(account, checkpoint=batches[-1].checkpoint) == []


def test_fetching_changes_no_flag(dovecot, user):
    """GIVEN unread and flagged mail WHEN fetched THEN every flag is as before, no \\Seen."""
    builder = MessageBuilder()
    dovecot.deliver(user, builder.build())
    dovecot.deliver(user, builder.build(), flags=("\\Flagged",))
    dovecot.deliver(user, builder.build(sender="friend@example.org"))
    before = dovecot.flags(user)

    assert len(uids(fetch_all(dovecot.account(user)))) == 2

    after = dovecot.flags(user)
    assert after == before
    assert all(b"\\Seen" not in flags for flags in after.values())


def test_sender_filter_skips_other_mail_without_downloading_it(dovecot, user):
    """GIVEN Amazon and other mail WHEN fetched THEN only Amazon's bodies are downloaded."""
    builder = MessageBuilder()
    first = dovecot.deliver(user, builder.build(sender="notice@marketplace.amazon.co.uk"))
    dovecot.deliver(user, builder.build(sender="news@shopping-deals.test", body="x" * 50_000))
    third = dovecot.deliver(user, builder.build(sender="seller-performance@amazon.de"))
    last = dovecot.deliver(user, builder.build(sender="friend@example.org"))
    account = dovecot.account(user)

    batches = fetch_all(account)

    assert uids(batches) == [first, third]
    assert sum(batch.skipped for batch in batches) == 2
    assert batches[-1].checkpoint.last_uid == last
    # Four delivering sessions (APPEND only) and the fetching one, logged at logout.
    sessions = _wait_for_sessions(dovecot, user, 5)
    assert sum(session["body_count"] for session in sessions) == 2


def test_a_message_over_the_size_limit_comes_as_its_header_and_never_whole(dovecot, user):
    """GIVEN a 300 kB message and one whose size is the limit WHEN fetched THEN the first is
    its header block with its full size, the second whole, and the session sent far less
    than the big body (one FETCH of at most limit + 1 bytes, then the header)."""
    builder = MessageBuilder()
    big = builder.build(body="Hello,\n\n" + "word " * 60_000 + "\n")
    small = builder.build()
    uids = [dovecot.deliver(user, big), dovecot.deliver(user, small)]
    client = dovecot.client(user)
    try:
        client.select_folder("INBOX", readonly=True)
        size = {
            uid: item[b"RFC822.SIZE"] for uid, item in client.fetch(uids, ["RFC822.SIZE"]).items()
        }
    finally:
        client.logout()
    limit = min(size.values())  # the small message's own size
    account = dovecot.account(user)
    with open_mailbox(account, TIMING, resolve_credential(account), limit) as mailbox:
        [batch] = list(mailbox.fetch_new("INBOX", None))

    whole_or_not = [(m.full_size, len(m.raw)) for m in batch.messages]
    assert whole_or_not[0][0] == max(size.values()) and whole_or_not[0][1] < limit
    assert batch.messages[0].raw.endswith(b"\r\n\r\n")
    assert whole_or_not[1] == (None, limit)
    sessions = _wait_for_sessions(dovecot, user, 4)  # two APPENDs, the sizes, the fetch
    assert sessions[-1]["out"] < 3 * limit + 10_000 < max(size.values())


def test_fetching_formats_no_imaplib_trace(dovecot, user):
    """GIVEN a notice WHEN fetched THEN imaplib never formats a trace line (imapclient turns
    its trace on, and the trace is the repr of every body, dropped by a logger at INFO)."""
    dovecot.deliver(user, MessageBuilder().build())
    account = dovecot.account(user)
    traced: list[str] = []
    with open_mailbox(account, TIMING, resolve_credential(account)) as mailbox:
        mailbox._client._imap._mesg = traced.append
        batches = list(mailbox.fetch_new("INBOX", None))

    assert len(batches[0].messages) == 1
    assert traced == []


def _wait_for_sessions(dovecot: DovecotServer, user: MailUser, count: int) -> list[dict[str, int]]:
    """The stats of ``user``'s sessions once ``count`` of them are logged."""
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        stats = session_stats(dovecot, user)
        if len(stats) >= count:
            return stats
        time.sleep(0.05)
    raise AssertionError(f"Dovecot logged fewer than {count} sessions")


def test_sent_folder_is_outgoing_and_filtered_by_recipient(dovecot, user):
    """GIVEN a Sent folder WHEN fetched as outgoing THEN mail to Amazon comes, marked outgoing."""
    builder = MessageBuilder()
    appeal = dovecot.deliver(
        user,
        builder.build(sender="owner@seller.test", to="seller-performance@amazon.com"),
        folder="Sent",
    )
    dovecot.deliver(
        user, builder.build(sender="owner@seller.test", to="friend@example.org"), folder="Sent"
    )

    batches = fetch_all(dovecot.account(user), "Sent", outgoing=True)

    messages = [m for batch in batches for m in batch.messages]
    assert [m.origin.uid for m in messages] == [appeal]
    assert messages[0].outgoing and messages[0].origin.folder == "Sent"


def test_since_limits_a_first_backfill(dovecot, user):
    """GIVEN old and recent mail WHEN fetched since a day THEN only recent; checkpoint past all."""
    builder = MessageBuilder()
    old = datetime(2024, 1, 10, 12, 0, tzinfo=UTC)
    recent = datetime(2026, 3, 5, 12, 0, tzinfo=UTC)
    dovecot.deliver(user, builder.build(), received=old)
    kept = dovecot.deliver(user, builder.build(), received=recent)
    last_old = dovecot.deliver(user, builder.build(), received=old)

    batches = fetch_all(dovecot.account(user), since=date(2026, 1, 1))

    assert uids(batches) == [kept]
    assert batches[-1].checkpoint.last_uid == last_old


def test_uidvalidity_change_is_seen_and_resyncs(dovecot, user):
    """GIVEN a checkpoint WHEN the folder's UIDVALIDITY changes THEN a resync from UID 1 follows."""
    builder = MessageBuilder()
    for _ in range(2):
        dovecot.deliver(user, builder.build())
    account = dovecot.account(user)
    checkpoint = fetch_all(account)[-1].checkpoint

    new_validity = dovecot.reset_uidvalidity(user)

    with open_mailbox(account, TIMING, resolve_credential(account)) as mailbox:
        assert mailbox.folder_state("INBOX").uidvalidity == new_validity != checkpoint.uidvalidity
        batches = list(mailbox.fetch_new("INBOX", checkpoint))
    assert all(batch.resync for batch in batches)
    assert len(uids(batches)) == 2
    assert batches[-1].checkpoint == Checkpoint(new_validity, 2)


def test_idle_wakes_up_on_new_mail_within_seconds(dovecot, user):
    """GIVEN an IDLE wait WHEN a message is appended THEN the wait returns True within seconds."""
    account = dovecot.account(user)
    builder = MessageBuilder()
    late = threading.Timer(0.5, lambda: dovecot.deliver(user, builder.build()))
    with open_mailbox(account, TIMING, resolve_credential(account)) as mailbox:
        assert mailbox.can_idle
        started = time.monotonic()
        late.start()
        woke = mailbox.wait_for_change("INBOX", timeout=60)
        elapsed = time.monotonic() - started
    late.join()
    assert woke  # announced by the server: a timeout returns False
    assert elapsed < 30


def test_idle_returns_false_on_timeout_and_on_stop(dovecot, user):
    """GIVEN no new mail WHEN idling THEN False after the timeout, or soon after a stop request."""
    account = dovecot.account(user)
    with open_mailbox(account, TIMING, resolve_credential(account)) as mailbox:
        assert mailbox.wait_for_change("INBOX", timeout=1.2) is False
        started = time.monotonic()
        assert mailbox.wait_for_change("INBOX", timeout=60, should_stop=lambda: True) is False
        assert time.monotonic() - started < 3
        # The connection is still usable after IDLE ended.
        assert mailbox.folder_state("INBOX").exists == 0


def test_idle_renews_inside_the_server_timeout(dovecot, user):
    """GIVEN a short renewal interval WHEN idling across renewals THEN mail still wakes it."""
    account = dovecot.account(user)
    builder = MessageBuilder()
    timing = replace(TIMING, idle_timeout=1.0)
    late = threading.Timer(2.5, lambda: dovecot.deliver(user, builder.build()))
    with open_mailbox(account, timing, resolve_credential(account)) as mailbox:
        late.start()
        woke = mailbox.wait_for_change("INBOX", timeout=20)
    late.join()
    assert woke


def test_wrong_password_is_one_clear_auth_error(dovecot, user):
    """GIVEN a wrong password WHEN connecting THEN AuthError naming account and host, no secret."""
    account = dovecot.account(user, password="not-the-password")
    with pytest.raises(AuthError) as caught:
        fetch_all(account)
    message = str(caught.value)
    assert "\n" not in message
    assert user.name in message and dovecot.host in message
    assert "not-the-password" not in message


def test_unreachable_port_is_unreachable_error(dovecot, user):
    """GIVEN a port nobody listens on WHEN connecting THEN UnreachableError naming host and port."""
    dovecot.stop()
    account = dovecot.account(user)
    with pytest.raises(UnreachableError, match=f"{dovecot.host}:{dovecot.plain_port}"):
        fetch_all(account)


def test_untrusted_certificate_is_tls_error(dovecot, user):
    """GIVEN a certificate from an unknown CA WHEN connecting over TLS THEN TLSError."""
    account = dovecot.account(user, tls="ssl", port=dovecot.tls_port)
    with pytest.raises(TLSError, match="not trusted"):
        fetch_all(account)


@pytest.mark.parametrize("mode", ["ssl", "starttls"])
def test_ca_file_makes_a_private_certificate_trusted(dovecot, user, tls_files, mode):
    """GIVEN ca_file naming the private CA WHEN connecting with TLS THEN mail is fetched."""
    dovecot.deliver(user, MessageBuilder().build())
    port = dovecot.tls_port if mode == "ssl" else dovecot.plain_port
    account = dovecot.account(user, tls=mode, port=port, ca_file=str(tls_files.ca_cert))
    assert len(uids(fetch_all(account))) == 1


def test_plaintext_to_a_remote_host_is_refused_before_connecting():
    """GIVEN tls = plain for a non-loopback host WHEN connecting THEN ConfigError, no traffic."""
    account = ImapAccount(
        name="remote", host="imap.example.org", username="u", tls="plain", password="p"
    )
    with pytest.raises(ConfigError, match="loopback"):
        fetch_all(account)


def test_idle_returns_at_once_when_mail_came_before_the_wait(dovecot, user):
    """GIVEN mail above the caller's last UID WHEN waiting THEN True at once, no IDLE needed."""
    uid = dovecot.deliver(user, MessageBuilder().build())
    account = dovecot.account(user)
    with open_mailbox(account, TIMING, resolve_credential(account)) as mailbox:
        started = time.monotonic()
        assert mailbox.wait_for_change("INBOX", timeout=30, after_uid=uid - 1)
        assert time.monotonic() - started < 2
        assert mailbox.wait_for_change("INBOX", timeout=0.5, after_uid=uid) is False


@pytest.mark.parametrize(
    ("header", "names", "kept"),
    [
        (b"From: Seller Performance <seller-performance@amazon.com>\r\n", ("FROM",), True),
        (b"From: notice@marketplace.amazon.co.uk\r\n", ("FROM",), True),
        (b"From: Amazon <offers@notamazon.com>\r\n", ("FROM",), False),
        (b'From: "amazon.com" <x@example.org>\r\n', ("FROM",), False),
        (b"From: =?utf-8?q?Amazon?= <SP@AMAZON.DE>\r\n", ("FROM",), True),
        (b"From: undisclosed-recipients:;\r\n", ("FROM",), False),
        (b"From: garbage <<<\r\n", ("FROM",), False),
        (b"To: a@example.org\r\nCc: appeals@amazon.com\r\n", ("TO", "CC", "BCC"), True),
        (b"To: a@example.org\r\n", ("TO", "CC", "BCC"), False),
    ],
)
def test_sender_filter_decision(header, names, kept):
    """GIVEN a header block WHEN matched against Amazon's domains THEN kept only for Amazon."""
    domains = ImapAccount(name="n", host="h", username="u").senders
    found = address_domains(header, names)
    assert any(matches_domain(domain, domains) for domain in found) is kept
