"""Reading local mail: .eml files, folders, mbox files and Maildirs (with their folders)."""

from __future__ import annotations

import mailbox
import os
from email.message import EmailMessage
from pathlib import Path

import pytest

from intake.errors import InputError
from intake.sources.files import read_messages, resolve_sources


def _message(n: int) -> EmailMessage:
    message = EmailMessage()
    message["From"] = "seller-performance@amazon.com"
    message["Subject"] = f"Notice {n}"
    message["Message-ID"] = f"<n{n}@amazon.com>"
    message.set_content(f"Body {n}\n")
    return message


def _ids(paths: list[Path]) -> list[str]:
    found = read_messages(resolve_sources(paths))
    return [
        raw.raw.split(b"Message-ID: ", 1)[1].split(b"\n", 1)[0].decode().strip() for raw in found
    ]


def test_folder_of_eml_files_is_read_in_name_order(tmp_path: Path) -> None:
    for n in (2, 1, 3):
        (tmp_path / f"{n:02d}.eml").write_bytes(bytes(_message(n)))
    (tmp_path / ".hidden.eml").write_bytes(bytes(_message(9)))
    assert _ids([tmp_path]) == ["<n1@amazon.com>", "<n2@amazon.com>", "<n3@amazon.com>"]


def test_mbox_messages_are_read_in_order_with_their_position(tmp_path: Path) -> None:
    box = mailbox.mbox(tmp_path / "export.mbox")
    for n in (1, 2):
        box.add(_message(n))
    box.flush()
    found = list(read_messages(resolve_sources([tmp_path / "export.mbox"])))
    assert [raw.origin.path for raw in found] == [
        f"{tmp_path / 'export.mbox'}#0",
        f"{tmp_path / 'export.mbox'}#1",
    ]
    assert _ids([tmp_path / "export.mbox"]) == ["<n1@amazon.com>", "<n2@amazon.com>"]


def test_maildir_folders_are_read_too(tmp_path: Path) -> None:
    """Maildir++ folders (.Archive) and nested Maildirs (Sent/) hold mail as well."""
    root = mailbox.Maildir(tmp_path / "Mail", create=True)
    root.add(_message(1))
    root.add_folder("Archive").add(_message(2))
    mailbox.Maildir(tmp_path / "Mail" / "Sent", create=True).add(_message(3))
    assert sorted(_ids([tmp_path / "Mail"])) == [
        "<n1@amazon.com>",
        "<n2@amazon.com>",
        "<n3@amazon.com>",
    ]


def test_a_name_that_is_not_utf8_is_shown_with_a_replacement(tmp_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9.eml")
    (tmp_path / name).write_bytes(bytes(_message(1)))
    [raw] = read_messages(resolve_sources([tmp_path]))
    assert raw.origin.path == f"{tmp_path}/caf\ufffd.eml"
    raw.origin.path.encode("utf-8")  # storable


def test_missing_path_is_bad_input(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="nope: no such file or folder"):
        resolve_sources([tmp_path / "nope"])


def test_paths_holding_no_mail_are_named_in_a_warning(tmp_path: Path, caplog) -> None:
    """An empty folder or an "mbox" without a From line yields nothing, and says so."""
    (tmp_path / "empty").mkdir()
    (tmp_path / "export.mbox").write_bytes(bytes(_message(1)))  # one message, not an mbox
    with caplog.at_level("WARNING", logger="intake.sources.files"):
        found = list(read_messages(resolve_sources([tmp_path / "empty", tmp_path / "export.mbox"])))
    assert found == []
    text = caplog.text
    assert "empty: no mail files found" in text
    assert "export.mbox: not an mbox (no 'From ' line first)" in text
