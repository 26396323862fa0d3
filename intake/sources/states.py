"""The states of an IMAP account, as ``intake status`` shows them and ``accounts.state`` stores.

Pure (no IMAP import), so the CLI, the web app and the daemon can name a state
without loading a source.
"""

from __future__ import annotations

from enum import StrEnum


class AccountState(StrEnum):
    """The outcome of an account's last poll."""

    NEW = "new"  # never polled
    OK = "ok"
    UIDVALIDITY_RESET = "uidvalidity_reset"  # the server renumbered a folder: a resync happened
    AUTH_FAILED = "auth_failed"
    UNREACHABLE = "unreachable"
    TLS_ERROR = "tls_error"
    SOURCE_ERROR = "source_error"  # the server refused a command, e.g. a missing folder
    CONFIG_ERROR = "config_error"  # the account's config cannot work: waits for a reload
