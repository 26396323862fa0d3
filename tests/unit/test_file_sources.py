"""Reading local mail: .eml files, folders, mbox files and Maildirs (with their folders)."""

from __future__ import annotations

import mailbox
import os
from email.message import EmailMessage
from pathlib import Path

import pytest

from intake.errors import InputError
from intake.sources.files import MailFile, read_messages, resolve_sources, unread_messages


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
    """An empty folder yields nothing and says so; an "mbox" without a From line is named
    in a warning and its bytes are read as one message, never dropped."""
    (tmp_path / "empty").mkdir()
    (tmp_path / "export.mbox").write_bytes(bytes(_message(1)))  # one message, not an mbox
    with caplog.at_level("WARNING", logger="intake.sources.files"):
        found = list(read_messages(resolve_sources([tmp_path / "empty", tmp_path / "export.mbox"])))
    assert [raw.raw for raw in found] == [bytes(_message(1))]
    text = caplog.text
    assert "empty: no mail files found" in text
    assert "export.mbox: not an mbox (no 'From ' line first)" in text


def test_mbox_bytes_are_those_the_standard_library_reads(tmp_path: Path) -> None:
    """Same boundaries as ``mailbox.mbox`` (so content hashes of earlier imports hold),
    including CRLF mail, a message without a blank line before the next, and ">From"."""
    path = tmp_path / "export.mbox"
    box = mailbox.mbox(path)
    for n in (1, 2, 3):
        box.add(_message(n))
    box.flush()
    with open(path, "ab") as handle:
        handle.write(b"From x Mon Mar  2 09:00:00 2026\r\nSubject: crlf\r\n\r\nbody\r\n")
        handle.write(b"From y Mon Mar  2 09:00:00 2026\nSubject: last\n\n>From me\n\n\n")
    reread = mailbox.mbox(path)
    expected = [reread.get_bytes(key) for key in reread.iterkeys()]
    assert [raw.raw for raw in read_messages(resolve_sources([path]))] == expected
    assert resolve_sources([path])[0].count() == 5


def test_bytes_before_the_first_from_line_are_a_message(tmp_path: Path) -> None:
    path = tmp_path / "export.mbox"
    first = bytes(_message(1))
    path.write_bytes(first + b"\nFrom x Mon Mar  2 09:00:00 2026\n" + bytes(_message(2)))
    found = list(read_messages(resolve_sources([path])))
    assert [raw.raw for raw in found] == [first, bytes(_message(2))]
    assert [raw.origin.path for raw in found] == [f"{path}#0", f"{path}#1"]
    assert resolve_sources([path])[0].count() == 2


def test_a_message_over_the_limit_is_read_as_headers_only(tmp_path: Path) -> None:
    """From a file and from an mbox: the header block is kept, with the real size."""
    big = _message(1)
    big.set_content("x" * 5000 + "\n")
    (tmp_path / "big.eml").write_bytes(bytes(big))
    box = mailbox.mbox(tmp_path / "export.mbox")
    box.add(_message(2))
    box.add(big)
    box.flush()
    found = list(read_messages(resolve_sources([tmp_path]), max_bytes=1000))
    assert [raw.full_size is not None for raw in found] == [True, False, True]
    assert found[0].full_size == len(bytes(big))
    for raw in (found[0], found[2]):
        assert raw.raw.endswith(b"\n\n") and b"Message-ID: <n1@amazon.com>" in raw.raw
        assert b"xxxx" not in raw.raw


def test_only_regular_files_are_read(tmp_path: Path, caplog) -> None:
    """A FIFO, a socket, a device, a dangling symlink and a symlink loop are each skipped
    with a warning naming them; a symlinked folder is read once, not followed round."""
    import socket

    (tmp_path / "a.eml").write_bytes(bytes(_message(1)))
    os.mkfifo(tmp_path / "fifo.eml")
    listener = socket.socket(socket.AF_UNIX)
    listener.bind(str(tmp_path / "sock.eml"))
    (tmp_path / "zero.eml").symlink_to("/dev/zero")
    (tmp_path / "gone.eml").symlink_to(tmp_path / "nowhere")
    (tmp_path / "loop.eml").symlink_to(tmp_path / "loop.eml")
    (tmp_path / "again").symlink_to(tmp_path)  # a folder holding itself
    try:
        with caplog.at_level("WARNING", logger="intake.sources.files"):
            found = list(read_messages(resolve_sources([tmp_path])))
    finally:
        listener.close()
    assert [raw.origin.path for raw in found] == [f"{tmp_path}/a.eml"]
    skipped = (("fifo.eml", "a FIFO"), ("sock.eml", "a socket"),
               ("zero.eml", "a character device"), ("gone.eml", "a dangling symlink"),
               ("loop.eml", "cannot read"), ("again", "a folder already read"))  # fmt: skip
    for name, reason in skipped:
        assert any(f"{name}: skipped: " in line and reason in line for line in caplog.messages)


def test_unread_files_read_later_give_the_same_messages(tmp_path: Path, caplog) -> None:
    """`intake classify` leaves .eml and Maildir files for its workers to read: read then,
    they are the messages `read_messages` gives, mbox entries come read, and a file gone
    by then gives no message and a warning naming it."""
    for n in (1, 2):
        (tmp_path / f"{n:02d}.eml").write_bytes(bytes(_message(n)))
    box = mailbox.Maildir(tmp_path / "Maildir")
    box.add(_message(3))
    export = mailbox.mbox(tmp_path / "export.mbox")
    export.add(_message(4))
    export.flush()
    sources = resolve_sources([tmp_path])
    items = list(unread_messages(sources, 1_000))
    assert [type(item).__name__ for item in items] == [
        "MailFile", "MailFile", "MailFile", "RawMessage",
    ]  # fmt: skip
    read_later = [item.read() if isinstance(item, MailFile) else item for item in items]
    assert read_later == list(read_messages(sources, 1_000))
    (tmp_path / "02.eml").unlink()
    assert items[1].read() is None
    assert "02.eml: skipped: cannot read" in caplog.text
