"""Poison mail from files against real SQLite and PostgreSQL: nothing blocks, nothing leaks.

A NUL in a decoded subject or body, a 1 MB From or Message-ID, or any value
the database refuses costs only that one message (stored cleaned, or
quarantined with its reason); the rest of its batch is stored. A database
error never shows mail in a traceback, and ``ingest --json`` prints what the
batches before a failure stored.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from pathlib import Path

from sqlalchemy import create_engine, select, text

from intake.store import open_store
from intake.store.models import MessageRow, RawMessageRow
from tests.builders import MessageBuilder
from tests.cli import run_cli

REFUSED = "refused by the test"


def write_config(tmp_path: Path, db_url: str, model_path: Path, extra: str = "") -> Path:
    path = tmp_path / "intake.toml"
    path.write_text(
        f'[database]\nurl = "{db_url}"\n[classifier]\nmodel_path = "{model_path}"\n{extra}'
    )
    return path


def refuse_inserts(db_url: str, column: str, value: str) -> None:
    """Make the database refuse to store a message whose ``column`` is ``value`` (a trigger)."""
    open_store(db_url).close()  # the schema first
    engine = create_engine(db_url)
    with engine.begin() as connection:
        if engine.dialect.name == "sqlite":
            connection.execute(text(
                f"CREATE TRIGGER refuse BEFORE INSERT ON messages WHEN NEW.{column} = '{value}'"
                f" BEGIN SELECT RAISE(ABORT, '{REFUSED}'); END"
            ))  # fmt: skip
        else:
            connection.execute(text(
                "CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN"
                f" IF NEW.{column} = '{value}' THEN RAISE EXCEPTION '{REFUSED}'; END IF;"
                " RETURN NEW; END $$ LANGUAGE plpgsql"
            ))  # fmt: skip
            connection.execute(text(
                "CREATE TRIGGER refuse BEFORE INSERT ON messages FOR EACH ROW"
                " EXECUTE FUNCTION refuse()"
            ))  # fmt: skip
    engine.dispose()


def three_files_one_poison(folder: Path) -> list[bytes]:
    """``0.eml``, ``1.eml`` (subject "poison", for ``refuse_inserts``) and ``2.eml`` in a
    new ``folder``; their bytes in that order."""
    builder = MessageBuilder()
    folder.mkdir()
    files = [builder.build(), builder.build(subject="poison"), builder.build()]
    for n, data in enumerate(files):
        (folder / f"{n}.eml").write_bytes(data)
    return files


def stored(db_url: str) -> list[tuple[MessageRow, bytes]]:
    """Every stored message with its raw bytes, in id order."""
    store = open_store(db_url)
    try:
        with store.session() as session:
            rows = session.execute(
                select(MessageRow, RawMessageRow.data)
                .join(RawMessageRow, RawMessageRow.message_pk == MessageRow.id)
                .order_by(MessageRow.id)
            ).all()
            return [(row, zlib.decompress(data)) for row, data in rows]
    finally:
        store.close()


def poison_files(folder: Path) -> dict[str, bytes]:
    """Good mail around the shapes that failed PostgreSQL; file name -> bytes."""
    builder = MessageBuilder()
    header = b"From: seller-performance@amazon.com\r\nTo: o@seller.test\r\n"
    files = {
        "01-good.eml": builder.build(),
        "02-nul-subject.eml": header
        + b"Subject: =?utf-8?B?ZGVhAGN0aXZhdGVk?=\r\nMessage-ID: <nul-subject@amazon.com>\r\n"
        b"\r\nYour account was deactivated.\r\n",
        "03-nul-body.eml": header
        + b"Subject: Body with a NUL\r\nMessage-ID: <nul-body@amazon.com>\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n"
        b"Content-Transfer-Encoding: quoted-printable\r\n\r\nbefore=00after\r\n",
        "04-raw-nul-header.eml": header
        + b"Subject: raw\x00nul\r\nMessage-ID: <raw-nul@amazon.com>\r\n\r\nHi\x00there\r\n",
        "05-nul-filename.eml": header
        + b"Subject: attachment\r\nMessage-ID: <nul-file@amazon.com>\r\n"
        b'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n'
        b"--b\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n"
        b"--b\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment;"
        b' filename="=?utf-8?B?aW52AG9pY2UucGRm?="\r\n\r\n%PDF\r\n--b--\r\n',
        "06-long-from.eml": b"From: " + b"a" * 1_000_000 + b"@amazon.com\r\nTo: o@seller.test\r\n"
        b"Subject: long from\r\nMessage-ID: <long-from@amazon.com>\r\n\r\nHi\r\n",
        "07-long-message-id.eml": header
        + b"Subject: long id\r\nMessage-ID: <"
        + b"m" * 1_000_000
        + b"@amazon.com>\r\n\r\nHi\r\n",
        "08-good.eml": builder.build(),
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return files


def test_nul_and_over_long_fields_are_stored_cleaned(capsys, tmp_path, db_url, model_path):
    """GIVEN NULs in decoded text and 1 MB header fields WHEN ingested THEN every message is
    stored, text without NULs, fields cut to size with a defect, raw bytes untouched."""
    mail = tmp_path / "mail"
    mail.mkdir()
    files = poison_files(mail)
    config = write_config(tmp_path, db_url, model_path)

    code, out, err = run_cli(capsys, "--config", str(config), "ingest", "--json", str(mail))

    assert code == 0, err
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["error"] for line in lines] == [None] * len(files)
    rows = stored(db_url)
    assert [raw for _, raw in rows] == list(files.values())
    by_id = {row.message_id: row for row, _ in rows}
    assert by_id["<nul-subject@amazon.com>"].subject == "deactivated"
    assert "beforeafter" in by_id["<nul-body@amazon.com>"].text
    assert by_id["<raw-nul@amazon.com>"].subject == "rawnul"
    assert by_id["<nul-file@amazon.com>"].attachments[0]["filename"] == "invoice.pdf"
    for row, _ in rows:
        assert "\x00" not in json.dumps([row.subject, row.text, row.attachments, row.defects])
    nul_defects = by_id["<nul-subject@amazon.com>"].defects
    assert any("subject: NUL" in defect for defect in nul_defects)
    long_from = by_id["<long-from@amazon.com>"]
    assert len(long_from.sender) == 320 and any("From: " in d for d in long_from.defects)
    [long_id] = [row for row, _ in rows if row.subject == "long id"]
    assert len(long_id.message_id) == 500 and long_id.message_id.startswith("<mmm")
    assert any("Message-ID: 1000013 characters" in d for d in long_id.defects)

    code, out, _ = run_cli(capsys, "--config", str(config), "ingest", "--json", str(mail))
    assert code == 0 and all(json.loads(line)["duplicate"] for line in out.splitlines())


def test_a_message_the_database_refuses_is_quarantined_and_the_batch_goes_on(
    capsys, tmp_path, db_url, model_path
):
    """GIVEN a database that refuses one message WHEN its batch is stored THEN that message
    is kept raw as ``quarantined`` with the reason, and the others are stored normally."""
    mail = tmp_path / "mail"
    files = three_files_one_poison(mail)
    refuse_inserts(db_url, "subject", "poison")
    config = write_config(tmp_path, db_url, model_path)

    code, out, err = run_cli(capsys, "--config", str(config), "ingest", "--json", str(mail))

    assert code == 0, err
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["error"] is None for line in lines] == [True, False, True]
    assert REFUSED in lines[1]["error"]
    rows = stored(db_url)
    assert [raw for _, raw in rows] == files
    assert [row.status for row, _ in rows] == ["ok", "quarantined", "ok"]
    assert rows[1][0].needs_review and REFUSED in rows[1][0].error
    assert rows[1][0].case_id is not None


def test_messages_unparseable_lists_the_quarantined_message(capsys, tmp_path, db_url, model_path):
    """The digests count a quarantined message as "could not be read" and send the reader to
    `intake messages --unparseable`: it must be listed there, with its reason."""
    mail = tmp_path / "mail"
    three_files_one_poison(mail)
    refuse_inserts(db_url, "subject", "poison")
    config = write_config(tmp_path, db_url, model_path)
    assert run_cli(capsys, "--config", str(config), "ingest", str(mail))[0] == 0

    code, out, err = run_cli(capsys, "--config", str(config), "messages", "--unparseable", "--json")

    assert code == 0, err
    listed = [json.loads(line) for line in out.splitlines()]
    assert len(listed) == 1 and REFUSED in listed[0]["error"]  # kept raw: no subject read


def test_debug_traceback_of_a_database_error_holds_no_mail(capsys, tmp_path, db_url, model_path):
    """GIVEN a message the database refuses even quarantined WHEN ingested with --debug
    THEN the command fails with a traceback that holds neither its subject nor its body."""
    secret = MessageBuilder().build(subject="Zebra-subject-7731", body="Quokka-body-5520\n")
    (tmp_path / "secret.eml").write_bytes(secret)
    refuse_inserts(db_url, "content_hash", hashlib.sha256(secret).hexdigest())
    config = write_config(tmp_path, db_url, model_path)

    code, out, err = run_cli(
        capsys, "--debug", "--config", str(config), "ingest", str(tmp_path / "secret.eml")
    )

    assert code == 1
    assert "Traceback" in err and REFUSED in err
    for secret_text in ("Zebra-subject-7731", "Quokka-body-5520"):
        assert secret_text not in err and secret_text not in out


def test_ingest_json_prints_the_batches_committed_before_a_failure(
    capsys, tmp_path, db_url, model_path
):
    """GIVEN 51 files, the last one refused outright WHEN ingested (batches of 50) THEN the
    command fails, and --json still prints the 50 messages the first batch stored."""
    builder = MessageBuilder()
    mail = tmp_path / "mail"
    mail.mkdir()
    for n in range(51):
        (mail / f"{n:03d}.eml").write_bytes(builder.build())
    last = (mail / "050.eml").read_bytes()
    refuse_inserts(db_url, "content_hash", hashlib.sha256(last).hexdigest())
    config = write_config(tmp_path, db_url, model_path)

    code, out, err = run_cli(capsys, "--config", str(config), "ingest", "--json", str(mail))

    assert code == 1 and err.splitlines()[-1].startswith("Error: database")
    lines = [json.loads(line) for line in out.splitlines()]
    assert len(lines) == 50 == len(stored(db_url))
    assert lines[-1]["source"].endswith("049.eml")

    code, out, err = run_cli(capsys, "--config", str(config), "ingest", str(mail))
    assert (code, out) == (1, "")
    assert "Before it stopped: 50 message(s) read: 0 stored in 0 case(s), 50 already stored" in err
