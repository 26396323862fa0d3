"""Connecting and logging in to an IMAP server, and what its failures mean.

This is the one place that builds an ``IMAPClient`` (the seam a test can
replace, as imapclient's own tests replace ``_create_IMAP4``) and the one
place that turns imapclient, socket and ssl exceptions into intake's
``AuthError`` / ``UnreachableError`` / ``TLSError`` / ``SourceError``. Every
message names the account, host and port (and the folder when there is one),
never the secret.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import ssl
from collections.abc import Iterator
from contextlib import contextmanager

from imapclient import IMAPClient, SocketTimeout
from imapclient.exceptions import (
    CapabilityError,
    IMAPClientAbortError,
    IMAPClientError,
    LoginError,
)

from intake.config import ImapAccount, ImapConfig
from intake.config.secrets import Credential
from intake.errors import AuthError, ConfigError, SourceError, TLSError, UnreachableError

log = logging.getLogger(__name__)

LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost"})


def describe(account: ImapAccount, folder: str | None = None) -> str:
    """The prefix of every IMAP error: ``account 'work' (imap.example.com:993) folder INBOX``."""
    where = f"account {account.name!r} ({account.host}:{account.effective_port})"
    return f"{where} folder {folder}" if folder else where


def is_loopback(host: str) -> bool:
    """True for ``localhost`` and loopback addresses, where plaintext IMAP is allowed."""
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def tls_context(account: ImapAccount) -> ssl.SSLContext:
    """A verifying TLS context, trusting ``ca_file`` too when set.

    ``verify_tls = false`` turns checks off entirely: an explicit escape
    hatch for a test server, logged as a warning on every connection.
    """
    try:
        context = ssl.create_default_context(cafile=account.ca_file or None)
    except (OSError, ssl.SSLError) as err:
        raise ConfigError(f"{describe(account)}: cannot load ca_file {account.ca_file}") from err
    if not account.verify_tls:
        log.warning("account %s: TLS certificate verification is OFF", account.name)
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


def create_client(account: ImapAccount, timing: ImapConfig) -> IMAPClient:
    """Connect (and for ``starttls`` upgrade) without logging in.

    Raises ``ConfigError`` for plaintext to a non-loopback host, and the
    mapped ``SourceError`` subclasses for network and TLS failures.
    """
    if account.tls == "plain" and not is_loopback(account.host):
        raise ConfigError(
            f"{describe(account)}: tls = 'plain' is allowed only for loopback hosts; "
            "use 'ssl' or 'starttls'"
        )
    context = tls_context(account) if account.tls != "plain" else None
    timeout = SocketTimeout(connect=timing.connect_timeout, read=timing.read_timeout)
    with translated_errors(describe(account)):
        client = IMAPClient(
            account.host,
            port=account.effective_port,
            ssl=account.tls == "ssl",
            ssl_context=context,
            timeout=timeout,
            use_uid=True,
        )
    client.normalise_times = False
    _untraced(client)
    _keep_alive(client.socket())
    if account.tls == "starttls":
        try:
            with translated_errors(describe(account)):
                client.starttls(context)
        except SourceError:
            _quietly_close(client)
            raise
    return client


def _untraced(client: IMAPClient) -> None:
    """Turn off imaplib's trace, which imapclient turns on (``debug = 5``) to feed its logger.

    intake keeps that logger at INFO (``intake.logs``: the trace holds mail bodies and
    secrets), yet imaplib formats each reply before the logger drops it: ``repr`` of
    every body, twice, which was four fifths of the CPU of fetching 5,000 messages
    (callgrind, ``bench/imap_backfill.py``'s mailbox).
    """
    client._imap.debug = 0


def _keep_alive(sock: socket.socket) -> None:
    """Turn on TCP keepalive for the connection.

    A NAT or firewall that silently drops an idle connection is then noticed
    within about two minutes of IDLE instead of at the next command.
    """
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
        for option, value in (("TCP_KEEPIDLE", 60), ("TCP_KEEPINTVL", 15), ("TCP_KEEPCNT", 4)):
            if hasattr(socket, option):  # Linux names; other systems keep their defaults
                sock.setsockopt(socket.IPPROTO_TCP, getattr(socket, option), value)
    except OSError as err:
        log.debug("TCP keepalive not set: %s", err.strerror)


def login(client: IMAPClient, account: ImapAccount, credential: Credential) -> None:
    """Authenticate with a password or an XOAUTH2 token; refusals become ``AuthError``."""
    with translated_errors(describe(account)):
        if credential.kind == "xoauth2":
            client.oauth2_login(account.username, credential.secret)
        else:
            client.login(account.username, credential.secret)


@contextmanager
def connected(
    account: ImapAccount, timing: ImapConfig, credential: Credential
) -> Iterator[IMAPClient]:
    """A logged-in client that is logged out (or at least closed) on exit."""
    client = create_client(account, timing)
    try:
        login(client, account, credential)
        yield client
    finally:
        _quietly_close(client)


def _quietly_close(client: IMAPClient) -> None:
    """Log out; if the connection is already broken, shut the socket down."""
    try:
        client.logout()
    except (IMAPClientError, OSError):
        try:
            client.shutdown()
        except (IMAPClientError, OSError) as err:
            log.debug("closing IMAP connection failed: %s", type(err).__name__)


@contextmanager
def translated_errors(where: str) -> Iterator[None]:
    """Re-raise low-level failures as intake's source errors, chained ``from err``.

    Order matters: ``ssl.SSLError`` and ``socket.timeout`` are ``OSError``
    subclasses, and ``LoginError`` is an ``IMAPClientError``.
    """
    try:
        yield
    except LoginError as err:
        raise AuthError(f"{where}: login refused; check the username and secret") from err
    except CapabilityError as err:
        raise TLSError(f"{where}: server lacks a required capability ({err})") from err
    except ssl.SSLCertVerificationError as err:
        reason = err.verify_message or err.reason or "certificate rejected"
        raise TLSError(f"{where}: TLS certificate not trusted ({reason})") from err
    except ssl.SSLError as err:
        raise TLSError(f"{where}: TLS failed ({err.reason or type(err).__name__})") from err
    except IMAPClientAbortError as err:
        raise UnreachableError(f"{where}: connection dropped ({err})") from err
    except TimeoutError as err:
        raise UnreachableError(f"{where}: timed out") from err
    except socket.gaierror as err:
        raise UnreachableError(f"{where}: host not found ({err.strerror})") from err
    except ConnectionRefusedError as err:
        raise UnreachableError(f"{where}: connection refused") from err
    except OSError as err:
        reason = err.strerror or type(err).__name__
        raise UnreachableError(f"{where}: network error ({reason})") from err
    except IMAPClientError as err:
        raise SourceError(f"{where}: server refused: {_server_text(err)}") from err


def _server_text(err: Exception) -> str:
    """The server's reply, one line and bounded, for an error message."""
    text = str(err).replace("\r", " ").replace("\n", " ")
    return text if len(text) <= 200 else text[:197] + "..."
