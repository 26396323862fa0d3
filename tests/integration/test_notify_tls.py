"""SMTP delivery over TLS against aiosmtpd: implicit TLS, STARTTLS with login, refusals.

The server's certificate is made for this test by its own CA; intake trusts
it through ``notify.smtp.ca_file``, and refuses it without.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from intake.config import Config, NotifyConfig, SmtpConfig
from intake.errors import ConfigError
from intake.notify.ledger import envelope
from intake.notify.render import Rendered, compose
from intake.notify.transport import DeliveryError, transport_for
from tests.integration.smtp import make_certificate, running_smtp_server

pytestmark = pytest.mark.smtp

NOW = datetime(2026, 3, 4, 9, 0, tzinfo=UTC)


def message() -> bytes:
    rendered = Rendered("a digest", "text part\n", "<p>html part</p>\n")
    return compose(
        rendered, key="digest:acme:2026-03-04", from_addr="intake@agency.test",
        to=("owner@acme.test",), now=NOW,
    ).as_bytes()  # fmt: skip


def send(smtp: SmtpConfig) -> None:
    data = message()
    sender, recipients = envelope(data)
    transport_for(Config(notify=NotifyConfig(delivery="smtp", smtp=smtp))).deliver(
        "digest:acme:2026-03-04", sender, recipients, data
    )


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    return make_certificate(tmp_path_factory.mktemp("tls"))


def test_implicit_tls_with_private_ca(certificate) -> None:
    """tls = "ssl" (the default) delivers to a server whose CA is given as ca_file."""
    ca, cert, key = certificate
    with running_smtp_server(tls="ssl", certificate=(cert, key)) as server:
        send(SmtpConfig(host="127.0.0.1", port=server.port, tls="ssl", ca_file=str(ca)))
        (received,) = server.received
    assert received.rcpt_tos == ["owner@acme.test"]


def test_starttls_with_login_from_env(certificate, monkeypatch) -> None:
    """STARTTLS, then AUTH with the password from password_env."""
    ca, cert, key = certificate
    monkeypatch.setenv("TEST_SMTP_SECRET", "s3cret")
    with running_smtp_server(
        tls="starttls", certificate=(cert, key), logins={"intake": "s3cret"}
    ) as server:
        send(SmtpConfig(host="127.0.0.1", port=server.port, tls="starttls", ca_file=str(ca),
                        username="intake", password_env="TEST_SMTP_SECRET"))  # fmt: skip
        assert len(server.received) == 1


def test_wrong_password_is_a_delivery_error_without_the_secret(certificate, monkeypatch) -> None:
    """A refused login names the server, never the password."""
    ca, cert, key = certificate
    monkeypatch.setenv("TEST_SMTP_SECRET", "wrong-one")
    with running_smtp_server(
        tls="starttls", certificate=(cert, key), logins={"intake": "s3cret"}
    ) as server:
        with pytest.raises(DeliveryError, match="refused the login") as caught:
            send(SmtpConfig(host="127.0.0.1", port=server.port, tls="starttls",
                            ca_file=str(ca), username="intake",
                            password_env="TEST_SMTP_SECRET"))  # fmt: skip
        assert not server.received
    assert "wrong-one" not in str(caught.value)


def test_unknown_certificate_is_refused(certificate) -> None:
    """Without the CA, the server's certificate fails verification: nothing is sent."""
    _, cert, key = certificate
    with running_smtp_server(tls="ssl", certificate=(cert, key)) as server:
        with pytest.raises(DeliveryError, match="127.0.0.1"):
            send(SmtpConfig(host="127.0.0.1", port=server.port, tls="ssl", timeout=5.0))
        assert not server.received


def test_plain_is_refused_for_a_remote_host() -> None:
    """tls = "plain" is for loopback only: a ConfigError naming the key."""
    with pytest.raises(ConfigError, match="notify.smtp.tls"):
        send(SmtpConfig(host="smtp.example.com", tls="plain"))
