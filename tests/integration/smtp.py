"""A real SMTP server for tests: aiosmtpd on a free loopback port, collecting what it receives.

``SmtpServer`` can be stopped and started again on the same port, which is
how the outage tests take the server down and bring it back. The
``smtp_server`` fixture yields a running server and stops it afterwards.
"""

from __future__ import annotations

import logging
import socket
import ssl
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

import pytest

try:
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult, LoginPassword
except ImportError:  # pragma: no cover - aiosmtpd is a test dependency
    Controller = None


@dataclass
class Received:
    """One message as the server took it: envelope and parsed content."""

    mail_from: str
    rcpt_tos: list[str]
    message: EmailMessage


@dataclass
class _Collector:
    """aiosmtpd handler keeping every message it is given."""

    received: list[Received] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    refuse: set[str] = field(default_factory=set)  # recipients answered 550

    async def handle_RCPT(self, server, session, envelope, address, options) -> str:  # noqa: N802
        if address in self.refuse:
            return "550 5.1.1 No such user"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope) -> str:  # noqa: N802 - aiosmtpd hook
        parsed = message_from_bytes(envelope.original_content or envelope.content, policy=SMTP)
        with self.lock:
            self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos), parsed))
        return "250 Message accepted"


def free_port() -> int:
    """A TCP port on 127.0.0.1 nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def make_certificate(folder: Path) -> tuple[Path, Path, Path]:
    """(CA certificate, server certificate, server key) for 127.0.0.1/localhost, via openssl."""
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    names = ("ca.key", "ca.pem", "srv.key", "srv.csr", "srv.pem")
    ca_key, ca, key, csr, cert = (folder / name for name in names)
    ext = folder / "srv.ext"
    ext.write_text("subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n")
    steps = [
        ["req", "-x509", *ec, "-keyout", ca_key, "-out", ca, "-days", "2", "-subj", "/CN=test CA"],
        ["req", *ec, "-keyout", key, "-out", csr, "-subj", "/CN=localhost"],
        ["x509", "-req", "-in", csr, "-CA", ca, "-CAkey", ca_key, "-CAcreateserial",
         "-out", cert, "-days", "2", "-extfile", ext],
    ]  # fmt: skip
    for step in steps:
        try:
            subprocess.run(["openssl", *map(str, step)], check=True, capture_output=True)
        except (OSError, subprocess.CalledProcessError) as err:
            pytest.skip(f"openssl cannot make a test certificate: {err}")
    return ca, cert, key


class SmtpServer:
    """aiosmtpd on 127.0.0.1:<port>; ``stop()`` and ``start()`` keep the port and the mail.

    ``tls`` is "plain", "starttls" (STARTTLS required before MAIL) or "ssl"
    (TLS from the first byte), with ``certificate`` = (cert, key) files;
    ``logins`` maps user to password and makes AUTH required.
    """

    host = "127.0.0.1"

    def __init__(
        self,
        tls: str = "plain",
        certificate: tuple[Path, Path] | None = None,
        logins: dict[str, str] | None = None,
    ) -> None:
        self.port = free_port()
        self.handler = _Collector()
        self.tls, self.certificate, self.logins = tls, certificate, logins
        self._controller = None

    def _options(self) -> dict:
        options: dict = {}
        if self.tls != "plain" and self.certificate:
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(*map(str, self.certificate))
            key = "ssl_context" if self.tls == "ssl" else "tls_context"
            options[key] = context
            options["require_starttls"] = self.tls == "starttls"
        if self.logins is not None:
            options.update(authenticator=self._authenticate, auth_required=True)
        return options

    def _authenticate(self, server, session, envelope, mechanism, auth_data) -> AuthResult:
        ok = (
            isinstance(auth_data, LoginPassword)
            and self.logins.get(auth_data.login.decode()) == auth_data.password.decode()
        )
        return AuthResult(success=ok, handled=False)

    @property
    def received(self) -> list[Received]:
        """Everything received so far, across restarts."""
        with self.handler.lock:
            return list(self.handler.received)

    def start(self) -> None:
        """Listen (again) on the same port."""
        self._controller = Controller(
            self.handler, hostname=self.host, port=self.port, **self._options()
        )
        self._controller.start()

    def stop(self) -> None:
        """Stop listening: connections are refused until ``start()``."""
        if self._controller is not None:
            self._controller.stop()
            self._controller = None


@contextmanager
def running_smtp_server(**options) -> Iterator[SmtpServer]:
    """A started ``SmtpServer(**options)``, stopped on exit; skips when aiosmtpd is missing."""
    if Controller is None:
        pytest.skip("aiosmtpd is not installed (pip install aiosmtpd)")
    quiet = logging.getLogger("mail.log")  # aiosmtpd logs every connection at INFO
    level = quiet.level
    quiet.setLevel(logging.WARNING)
    server = SmtpServer(**options)
    server.start()
    try:
        yield server
    finally:
        server.stop()
        quiet.setLevel(level)


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    """A running SMTP server collecting messages, stopped after the test."""
    with running_smtp_server() as server:
        yield server
