"""How a rendered message leaves: an SMTP server, or a folder of ``.eml`` files.

Both take the message's bytes exactly as the ledger stored them. SMTP uses
TLS from the first byte by default (``ssl``), or ``starttls``; ``plain`` is
refused for anything but a loopback host. Every failure becomes a
``DeliveryError`` naming the server (never the secret), which the ledger
records and retries. A message some recipients got counts as sent (the
refused addresses are logged): retrying it would repeat it to the others.
"""

from __future__ import annotations

import ipaddress
import logging
import re
import smtplib
import ssl
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Protocol

from intake.config import Config, ImapAccount, SmtpConfig
from intake.config.secrets import resolve_credential
from intake.errors import ConfigError, IntakeError
from intake.output_file import write_fresh

log = logging.getLogger(__name__)

_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


class DeliveryError(IntakeError):
    """A digest or alert could not be handed to the SMTP server or written to the folder."""


class Transport(Protocol):
    """Hands one message's bytes to its recipients, or raises ``DeliveryError``."""

    def deliver(self, key: str, sender: str, recipients: list[str], message: bytes) -> None:
        """Deliver ``message`` (the ledger ``key`` names it in errors and file names)."""


@dataclass(frozen=True)
class FolderTransport:
    """Writes each message as ``<key>.eml`` into a folder, atomically (a fresh temporary
    file, then rename: a symlink planted in the folder is never written through)."""

    folder: Path

    def path_for(self, key: str) -> Path:
        """The file a message with ledger ``key`` is written to."""
        return self.folder / f"{_UNSAFE_NAME.sub('_', key)}.eml"

    def deliver(self, key: str, sender: str, recipients: list[str], message: bytes) -> None:
        """Write the file; a second delivery of the same key overwrites the same file."""
        path = self.path_for(key)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            write_fresh(path, message, replace=True)
        except OSError as err:
            raise DeliveryError(f"{key}: cannot write {path} ({err.strerror})") from err


@dataclass(frozen=True)
class SmtpTransport:
    """Sends through one SMTP server per message (a digest run sends only a few)."""

    smtp: SmtpConfig
    password: str = field(default="", repr=False)

    @property
    def where(self) -> str:
        """``host:port`` for messages and logs."""
        return f"{self.smtp.host}:{self.smtp.effective_port}"

    def deliver(self, key: str, sender: str, recipients: list[str], message: bytes) -> None:
        """Connect, secure, log in if configured, send; ``DeliveryError`` on any failure."""
        try:
            with self._connect() as client:
                if self.smtp.username:
                    client.login(self.smtp.username, self.password)
                refused = client.sendmail(sender, recipients, message)
        except smtplib.SMTPAuthenticationError as err:
            raise DeliveryError(f"{key}: SMTP {self.where} refused the login") from err
        except (smtplib.SMTPException, OSError) as err:
            raise DeliveryError(f"{key}: SMTP {self.where}: {_reason(err)}") from err
        if refused:
            # The others have it: raising would make the ledger send it to them again and
            # again. Every address refused raises SMTPRecipientsRefused above instead.
            log.warning(
                "%s: SMTP %s refused %s; sent to the other recipients",
                key,
                self.where,
                ", ".join(sorted(refused)),
            )

    def verify(self) -> None:
        """Connect, secure and log in without sending (``intake doctor``); ``DeliveryError``
        naming the server on any failure."""
        try:
            with self._connect() as client:
                if self.smtp.username:
                    client.login(self.smtp.username, self.password)
                client.noop()
        except smtplib.SMTPAuthenticationError as err:
            raise DeliveryError(f"SMTP {self.where} refused the login") from err
        except (smtplib.SMTPException, OSError) as err:
            raise DeliveryError(f"SMTP {self.where}: {_reason(err)}") from err

    def _connect(self) -> smtplib.SMTP:
        host, port, timeout = self.smtp.host, self.smtp.effective_port, self.smtp.timeout
        if self.smtp.tls == "ssl":
            return smtplib.SMTP_SSL(host, port, timeout=timeout, context=self._context())
        client = smtplib.SMTP(host, port, timeout=timeout)
        if self.smtp.tls == "starttls":
            try:
                client.starttls(context=self._context())
            except BaseException:
                client.close()
                raise
        return client

    def _context(self) -> ssl.SSLContext:
        context = ssl.create_default_context(cafile=self.smtp.ca_file or None)
        if not self.smtp.verify_tls:
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
        return context


def transport_for(config: Config) -> Transport:
    """The configured transport; the SMTP secret is resolved now, as for IMAP."""
    notify = config.notify
    if notify.delivery == "folder":
        return FolderTransport(config.resolve(notify.folder))
    smtp = notify.smtp
    if smtp.tls == "plain" and not is_loopback(smtp.host):
        raise ConfigError(
            f"notify.smtp.tls: plain is allowed only for a loopback host, not {smtp.host!r}"
        )
    if smtp.ca_file:
        smtp = replace(smtp, ca_file=str(config.resolve(smtp.ca_file)))
    return SmtpTransport(smtp, _password(smtp, config))


def _password(smtp: SmtpConfig, config: Config) -> str:
    """The SMTP secret through ``intake.config.secrets`` (same sources and errors as IMAP)."""
    if not smtp.username:
        return ""
    account = ImapAccount(
        name="notify.smtp",
        host=smtp.host,
        username=smtp.username,
        password_env=smtp.password_env,
        password_command=smtp.password_command,
        password_keyring=smtp.password_keyring,
    )
    return resolve_credential(account, config.source).secret


def is_loopback(host: str) -> bool:
    """True for ``localhost`` and loopback IP addresses."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _reason(err: BaseException) -> str:
    if isinstance(err, smtplib.SMTPResponseException):
        reply = err.smtp_error  # bytes from a server, a str when raised by our own code
        text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else reply or ""
        return f"{err.smtp_code} {' '.join(text.split())}".strip()
    if isinstance(err, OSError) and err.strerror:
        return err.strerror
    return str(err).splitlines()[0] if str(err) else type(err).__name__
