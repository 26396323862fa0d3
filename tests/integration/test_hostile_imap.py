"""Poison mail over IMAP against a real Dovecot, on SQLite and PostgreSQL.

One message whose decoded text holds a NUL (or whose Message-ID is 1 MB)
must never block its account: the rest is stored, the checkpoint moves and
``intake status`` says ``ok``. A message over ``ingest.max_message_bytes``
is fetched as its headers only. A poll that fails part-way reports what
its committed batches stored.
"""

# ruff: noqa: F811 - pytest fixtures are imported by name and used as arguments

from __future__ import annotations

import json
from pathlib import Path

import pytest

from intake.config import load_config
from intake.ingest.poller import PollOptions, configured_accounts, poll_account
from intake.store import open_store
from tests.builders import MessageBuilder
from tests.cli import run_cli
from tests.integration.dovecot import (  # noqa: F401 - fixtures
    DovecotServer,
    MailUser,
    counts,
    dovecot,
    tls_files,
    write_config,
)
from tests.integration.test_hostile_store import poison_files, stored

pytestmark = [pytest.mark.dovecot]


@pytest.fixture
def user(dovecot: DovecotServer) -> MailUser:
    return dovecot.add_user("acme-owner", "open sesame")


def config_on(db_url: str, path: Path) -> Path:
    """The test config with its database replaced by ``db_url``."""
    lines = path.read_text().splitlines()
    lines[1] = f'url = "{db_url}"'
    path.write_text("\n".join(lines) + "\n")
    return path


def server_bytes(server: DovecotServer, user: MailUser, uids: list[int]) -> list[bytes]:
    """The messages as the server holds them (Dovecot turns a raw NUL byte into 0x80)."""
    client = server.client(user)
    try:
        client.select_folder("INBOX", readonly=True)
        found = client.fetch(uids, ["BODY.PEEK[]"])
    finally:
        client.logout()
    return [bytes(found[uid][b"BODY[]"]) for uid in uids]


def test_poison_mail_never_blocks_an_imap_account(
    capsys, tmp_path, dovecot, user, db_url, model_path
):
    """GIVEN NULs and a 1 MB Message-ID among good mail WHEN polled THEN all of it is stored,
    the checkpoint is at the last UID, and status says ok (not new)."""
    mail = tmp_path / "mail"
    mail.mkdir()
    files = poison_files(mail)
    uids = [dovecot.deliver(user, data) for data in files.values()]
    config = config_on(db_url, write_config(tmp_path, dovecot, user, model_path))

    code, out, err = run_cli(capsys, "--config", str(config), "poll", "--json")

    assert code == 0, err
    report = json.loads(out)
    assert (report["state"], report["stored"], report["error"]) == ("ok", len(uids), None)
    found = counts(load_config(config))
    assert found.messages == len(uids)
    assert found.checkpoints == {"INBOX": (dovecot.uidvalidity(user), uids[-1])}
    code, out, _ = run_cli(capsys, "--config", str(config), "status", "--json")
    assert json.loads(out)["state"] == "ok"
    rows = stored(db_url)
    assert [raw for _, raw in rows] == server_bytes(dovecot, user, uids)  # untouched
    assert all("\x00" not in row.subject + row.text for row, _ in rows)


def test_a_message_over_the_size_limit_is_fetched_as_headers_only(
    capsys, tmp_path, dovecot, user, model_path
):
    """GIVEN max_message_bytes = 4000 WHEN a 20 kB notice is polled THEN its headers are
    stored with a defect naming its size, and the small notice beside it whole."""
    builder = MessageBuilder()
    big = builder.build(body="Hello,\n\n" + "word " * 4000 + "\n")
    small = builder.build()
    for data in (big, small):
        dovecot.deliver(user, data)
    config = write_config(
        tmp_path, dovecot, user, model_path, imap="[ingest]\nmax_message_bytes = 4000\n"
    )

    code, out, err = run_cli(capsys, "--config", str(config), "poll", "--json")

    assert code == 0, err
    assert json.loads(out)["stored"] == 2
    (big_row, big_raw), (small_row, small_raw) = stored(load_config(config).database_url)
    assert small_raw == small
    assert big_raw == big[: big.index(b"\r\n\r\n") + 4]
    assert any(f"message of {len(big)} bytes" in defect for defect in big_row.defects)
    assert big_row.message_id == "<test-0001@intake.test>"


def test_a_poll_failing_part_way_reports_the_committed_batches(
    tmp_path, dovecot, user, model_path, classifier
):
    """GIVEN 12 notices in batches of 2 WHEN the server dies after the first batch THEN the
    report says unreachable, with the messages the committed batches stored (those fetched
    ahead before the server died) and the folder's checkpoint, not 0."""
    builder = MessageBuilder()
    dovecot.deliver_many(user, [builder.build() for _ in range(12)])
    config = load_config(
        write_config(tmp_path, dovecot, user, model_path, extra="batch_size = 2\n")
    )
    store = open_store(config.database_url)
    [target] = configured_accounts(config)

    def kill_server(_target, _batch) -> None:
        dovecot.kill()

    try:
        report = poll_account(store, config, target, PollOptions(classifier, on_batch=kill_server))
    finally:
        store.close()

    assert report.state in ("unreachable", "source_error") and report.error
    assert 2 <= report.stored == counts(config).messages < 12
    assert report.to_dict()["folders"] == {"INBOX": report.stored}  # UIDs count from 1
