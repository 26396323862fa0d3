"""A private Dovecot IMAP server for integration tests.

Import the fixtures into a test module (``from tests.integration.dovecot
import dovecot, tls_files  # noqa: F401``). Each test gets its own Dovecot
(started in about a tenth of a second): own config, passwd-file users,
Maildirs and a certificate signed by a throw-away CA, listening on free
loopback ports in plaintext and implicit TLS, IDLE on. Nothing touches the
system's Dovecot.

When the ``dovecot`` binary is missing the tests are skipped, unless
``INTAKE_REQUIRE_SERVERS=1`` is set (CI), which makes them fail instead.
Install it with ``scripts/install-test-servers``.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

import pytest
from imapclient import IMAPClient
from sqlalchemy import func, select

from intake.config import Config, ImapAccount
from intake.store import open_store
from intake.store.models import CheckpointRow, InboxRow, MessageRow, MessageSourceRow
from tests.integration.dovecot_files import TLSFiles, mail_owner, make_tls_files, render_config

DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"
START_TIMEOUT = 10.0


@dataclass(frozen=True)
class MailUser:
    """A mailbox user on the test server."""

    name: str
    password: str


class DovecotServer:
    """One private Dovecot process tree and the helpers tests need around it."""

    def __init__(
        self, root: Path, tls: TLSFiles, *, idle: bool = True, tokeninfo_url: str = ""
    ) -> None:
        self.root = root
        self.tls = tls
        self.idle = idle
        self.tokeninfo_url = tokeninfo_url
        self.plain_port = _free_port()
        self.tls_port = _free_port()
        self.host = "127.0.0.1"
        self._process: subprocess.Popen[bytes] | None = None
        self._mail_owner = mail_owner()
        self._prepare()

    # -- lifecycle -----------------------------------------------------------

    def start(self) -> None:
        """Start Dovecot in the foreground, in its own session, and wait until it answers."""
        config = self.root / "dovecot.conf"
        log = open(self.root / "dovecot.stdout", "ab")  # noqa: SIM115 - lives with the process
        self._process = subprocess.Popen(
            [DOVECOT, "-F", "-c", str(config)],
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        log.close()
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError(f"dovecot exited at start:\n{self.log_tail()}")
            if _answers(self.host, self.plain_port):
                return
            time.sleep(0.05)
        raise RuntimeError(f"dovecot did not answer within {START_TIMEOUT}s:\n{self.log_tail()}")

    def kill(self) -> None:
        """SIGKILL the whole Dovecot process group: connections drop mid-command."""
        self._signal_group(signal.SIGKILL)

    def stop(self) -> None:
        """Stop Dovecot gracefully (SIGTERM), falling back to SIGKILL."""
        self._signal_group(signal.SIGTERM)

    def restart(self) -> None:
        """Kill and start again on the same ports, with the same mail."""
        self.kill()
        self.start()

    def _signal_group(self, signum: int) -> None:
        process = self._process
        if process is None or process.poll() is not None:
            return
        try:
            os.killpg(process.pid, signum)
        except ProcessLookupError:
            return
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=5)
        self._wait_for_children(process.pid)

    def _wait_for_children(self, pgid: int) -> None:
        """Wait until no live process of the group is left, so the ports are free again.

        Killed children linger as zombies until init reaps them; those hold
        no sockets, so they do not count.
        """
        deadline = time.monotonic() + 5
        while _live_group_members(pgid) and time.monotonic() < deadline:
            time.sleep(0.05)
        for pid in _live_group_members(pgid):
            os.kill(pid, signal.SIGKILL)

    def log_tail(self, lines: int = 20) -> str:
        """The end of Dovecot's log, for failure messages."""
        text = ""
        for name in ("dovecot.log", "dovecot.stdout"):
            path = self.root / name
            if path.exists():
                text += path.read_text(errors="replace")
        return "\n".join(text.splitlines()[-lines:])

    # -- users and mail ------------------------------------------------------

    def add_user(self, name: str, password: str = "correct horse") -> MailUser:
        """Add a passwd-file user (Dovecot rereads the file on change)."""
        with open(self.root / "passwd", "a") as handle:
            handle.write(f"{name}:{{PLAIN}}{password}\n")
        return MailUser(name, password)

    def client(self, user: MailUser) -> IMAPClient:
        """A logged-in imapclient over the plaintext port, for test set-up and checks."""
        client = IMAPClient(self.host, port=self.plain_port, ssl=False, timeout=10)
        client.login(user.name, user.password)
        return client

    def deliver(
        self,
        user: MailUser,
        message: bytes,
        *,
        folder: str = "INBOX",
        flags: tuple[str, ...] = (),
        received: datetime | None = None,
    ) -> int:
        """APPEND ``message`` to ``folder`` (created if missing) and return its UID."""
        client = self.client(user)
        try:
            if folder != "INBOX" and not client.folder_exists(folder):
                client.create_folder(folder)
            reply = client.append(folder, message, flags=flags, msg_time=received)
        finally:
            client.logout()
        match = re.search(rb"APPENDUID \d+ (\d+)", reply)
        assert match, f"no APPENDUID in {reply!r}"
        return int(match.group(1))

    def deliver_many(self, user: MailUser, messages: list[bytes]) -> None:
        """APPEND every message to INBOX over one connection (fast set-up for backfills)."""
        client = self.client(user)
        try:
            for message in messages:
                client.append("INBOX", message)
        finally:
            client.logout()

    def flags(self, user: MailUser, folder: str = "INBOX") -> dict[int, tuple[bytes, ...]]:
        """Every message's flags by UID, read without changing them."""
        client = self.client(user)
        try:
            client.select_folder(folder, readonly=True)
            reply = client.fetch(client.search("ALL"), ["FLAGS"])
        finally:
            client.logout()
        return {uid: tuple(item[b"FLAGS"]) for uid, item in reply.items()}

    def uidvalidity(self, user: MailUser, folder: str = "INBOX") -> int:
        """The folder's current UIDVALIDITY."""
        client = self.client(user)
        try:
            return int(client.folder_status(folder, ["UIDVALIDITY"])[b"UIDVALIDITY"])
        finally:
            client.logout()

    def reset_uidvalidity(self, user: MailUser, folder: str = "INBOX") -> int:
        """Give ``folder`` a new UIDVALIDITY, keeping its messages, as a server rebuild would.

        Stops Dovecot, rewrites the Maildir's ``dovecot-uidlist`` with a new
        UIDVALIDITY and no UID map, drops the index files, and starts again:
        every message gets a new UID under the new UIDVALIDITY.
        """
        old = self.uidvalidity(user, folder)
        self.stop()
        maildir = self.root / "home" / user.name / "Maildir"
        if folder != "INBOX":
            maildir = maildir / f".{folder}"
        for index in maildir.glob("dovecot.index*"):
            index.unlink()
        uidlist = maildir / "dovecot-uidlist"
        uidlist.write_text(f"3 V{old + 1000} N1\n")
        os.chown(uidlist, *self._mail_owner)
        self.start()
        return old + 1000

    def account(self, user: MailUser, **overrides: object) -> ImapAccount:
        """An ``ImapAccount`` for ``user`` over the plaintext loopback port."""
        account = ImapAccount(
            name=user.name,
            host=self.host,
            username=user.name,
            port=self.plain_port,
            tls="plain",
            password=user.password,
        )
        return replace(account, **overrides)

    # -- set-up ----------------------------------------------------------------

    def _prepare(self) -> None:
        for name in ("run", "state", "home"):
            (self.root / name).mkdir()
        os.chown(self.root / "home", *self._mail_owner)
        (self.root / "passwd").touch()
        (self.root / "dovecot.conf").write_text(self._config())

    def _config(self) -> str:
        ports = (self.plain_port, self.tls_port)
        return render_config(
            self.root, self.tls, ports=ports, idle=self.idle, tokeninfo_url=self.tokeninfo_url
        )


def _live_group_members(pgid: int) -> list[int]:
    """PIDs in process group ``pgid`` that are not zombies (Linux /proc)."""
    members = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            members.append(int(stat.parent.name))
    return members


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _answers(host: str, port: int) -> bool:
    """True once the server sends its IMAP greeting."""
    try:
        with socket.create_connection((host, port), timeout=1) as conn:
            return conn.recv(64).startswith(b"* OK")
    except OSError:
        return False


def _require_dovecot() -> None:
    if Path(DOVECOT).exists():
        return
    reason = "dovecot is not installed (run scripts/install-test-servers)"
    if os.environ.get("INTAKE_REQUIRE_SERVERS") == "1":
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> TLSFiles:
    """One throw-away CA and server certificate for the whole test session."""
    _require_dovecot()
    folder = tmp_path_factory.mktemp("dovecot-tls")
    return make_tls_files(folder)


@contextmanager
def running_dovecot(
    tls: TLSFiles, *, idle: bool = True, tokeninfo_url: str = ""
) -> Iterator[DovecotServer]:
    """Start a private Dovecot in a fresh folder; kill it and remove the folder on exit."""
    _require_dovecot()
    # Not under pytest's tmp folder: that is private to us and the mail user must enter it.
    root = Path(tempfile.mkdtemp(prefix="intake-dovecot-"))
    root.chmod(0o755)
    server = DovecotServer(root, tls, idle=idle, tokeninfo_url=tokeninfo_url)
    try:
        server.start()
        yield server
    finally:
        server.kill()
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def dovecot(tls_files: TLSFiles) -> Iterator[DovecotServer]:
    """A running private Dovecot with IDLE; killed and removed after the test."""
    with running_dovecot(tls_files) as server:
        yield server


@pytest.fixture
def dovecot_without_idle(tls_files: TLSFiles) -> Iterator[DovecotServer]:
    """A running private Dovecot that does not offer IDLE."""
    with running_dovecot(tls_files, idle=False) as server:
        yield server


def session_stats(server: DovecotServer, user: MailUser) -> list[dict[str, int]]:
    """Per-session counters Dovecot logs at logout, e.g. ``{"body_count": 2, ...}``.

    ``body_count`` is how many message bodies the session sent: the proof
    that a filtered message's body was never downloaded.
    """
    pattern = re.compile(rf"imap\({re.escape(user.name)}\).*Disconnected.*")
    stats = []
    for line in (server.root / "dovecot.log").read_text(errors="replace").splitlines():
        if pattern.search(line):
            stats.append({key: int(value) for key, value in re.findall(r"(\w+)=(\d+)", line)})
    return stats


# -- intake configs and database counts for tests against this server -------------

CLIENT = "acme"


def write_config(
    folder: Path,
    server: DovecotServer,
    user: MailUser,
    model_path: Path,
    *,
    account: str = "acme-inbox",
    password: str | None = None,
    extra: str = "",
    imap: str = "",
) -> Path:
    """An ``intake.toml`` with one client and one plaintext loopback account on ``server``."""
    path = folder / "intake.toml"
    path.write_text(
        f'[database]\nurl = "sqlite:///{folder / "intake.db"}"\n'
        f'[classifier]\nmodel_path = "{model_path}"\n'
        "[imap]\nconnect_timeout = 3.0\nread_timeout = 10.0\nmax_backoff = 2.0\n"
        f"{imap}"
        f'[clients.{CLIENT}]\nname = "Acme Goods"\n'
        f"[[clients.{CLIENT}.accounts]]\n"
        f'name = "{account}"\nhost = "{server.host}"\nport = {server.plain_port}\n'
        f'tls = "plain"\nusername = "{user.name}"\n'
        f'password = "{password if password is not None else user.password}"\n'
        f"{extra}"
    )
    path.chmod(0o600)
    return path


@dataclass(frozen=True)
class Counts:
    """What the database holds: messages, distinct Message-IDs, IMAP positions, checkpoints,
    and messages taken in and not analysed yet (``waiting``)."""

    messages: int
    distinct_ids: int
    sources: int
    checkpoints: dict[str, tuple[int, int]]
    waiting: int = 0


def counts(config: Config) -> Counts:
    """Read the database behind ``config`` (a separate connection; safe while others write)."""
    store = open_store(config.database_url)
    try:
        with store.session() as session:
            messages = session.scalar(select(func.count(MessageRow.id))) or 0
            distinct = session.scalar(select(func.count(func.distinct(MessageRow.message_id))))
            sources = session.scalar(select(func.count(MessageSourceRow.id))) or 0
            points = {
                row.folder: (row.uidvalidity, row.last_uid)
                for row in session.scalars(select(CheckpointRow))
            }
            waiting = session.scalar(select(func.count(InboxRow.id))) or 0
    finally:
        store.close()
    return Counts(messages, distinct or 0, sources, points, waiting)
