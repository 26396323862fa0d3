"""XOAUTH2 login (as Gmail and Microsoft 365 use it) against a real Dovecot.

Dovecot checks each access token against a token-info endpoint; here that
endpoint is a tiny HTTP server in the test that accepts one token.
"""

# ruff: noqa: F811 - pytest fixtures are imported by name and used as arguments

from __future__ import annotations

import json
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from intake.config import ImapConfig
from intake.config.secrets import resolve_credential
from intake.errors import AuthError
from intake.sources.imap import open_mailbox
from tests.builders import MessageBuilder
from tests.integration.dovecot import DovecotServer, running_dovecot, tls_files  # noqa: F401

pytestmark = pytest.mark.dovecot

VALID_TOKEN = "ya29.test-access-token"
USER = "seller@acme.test"


class _TokenInfo(BaseHTTPRequestHandler):
    """Answers ``GET ...?access_token=T`` with the token's owner, or 401."""

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        token = parse_qs(urlparse(self.path).query).get("access_token", [""])[0]
        valid = token == VALID_TOKEN
        body = json.dumps({"email": USER} if valid else {"error": "invalid_token"}).encode()
        self.send_response(200 if valid else 401)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args: object) -> None:
        return None


@pytest.fixture
def oauth_dovecot(tls_files) -> Iterator[DovecotServer]:
    """A Dovecot that takes XOAUTH2 tokens, checked by a token-info server of ours."""
    http = HTTPServer(("127.0.0.1", 0), _TokenInfo)
    thread = threading.Thread(target=http.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{http.server_port}/tokeninfo?access_token="
    try:
        with running_dovecot(tls_files, tokeninfo_url=url) as server:
            yield server
    finally:
        http.shutdown()
        http.server_close()


def token_command(tmp_path: Path, token: str) -> str:
    """A command line printing ``token``, as a real token helper would."""
    script = tmp_path / "token.py"
    script.write_text(f"print({token!r})\n")
    return f"{sys.executable} {script}"


def test_xoauth2_token_from_command_logs_in_and_fetches(tmp_path, oauth_dovecot):
    """GIVEN oauth2_token_command WHEN connecting THEN XOAUTH2 login works and mail is fetched."""
    user = oauth_dovecot.add_user(USER, "unused password")
    oauth_dovecot.deliver(user, MessageBuilder().build())
    account = oauth_dovecot.account(
        user, password="", oauth2_token_command=token_command(tmp_path, VALID_TOKEN)
    )
    with open_mailbox(account, ImapConfig(), resolve_credential(account)) as mailbox:
        batches = list(mailbox.fetch_new("INBOX", None))
    assert [len(batch.messages) for batch in batches] == [1]


def test_rejected_token_is_auth_error_without_the_token(tmp_path, oauth_dovecot):
    """GIVEN an expired or wrong token WHEN connecting THEN AuthError, the token not in it."""
    user = oauth_dovecot.add_user(USER, "unused password")
    account = oauth_dovecot.account(
        user, password="", oauth2_token_command=token_command(tmp_path, "ya29.expired")
    )
    credential = resolve_credential(account)
    with pytest.raises(AuthError, match="login refused") as caught:
        open_mailbox(account, ImapConfig(), credential).__enter__()
    assert "ya29" not in str(caught.value)
