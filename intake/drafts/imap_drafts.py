"""Putting a draft in the seller's own Drafts folder, as a reply in the right thread.

The draft is APPENDed with the ``\\Draft`` (and ``\\Seen``) flag, so the
seller opens it in their mail client, edits the ``[[placeholders]]`` and
sends it from there. intake itself never sends anything: this module only
appends to the Drafts folder (found by SPECIAL-USE ``\\Drafts``, else by its
usual names, else created as ``Drafts``).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid

from imapclient import DRAFT, SEEN, IMAPClient

from intake.config import Config, ImapAccount
from intake.config.secrets import resolve_credential
from intake.drafts.service import DraftResult
from intake.errors import InputError
from intake.ingest.poller import resolved_account
from intake.sources.imap_connect import connected, describe, translated_errors
from intake.store import Store
from intake.store.drafts import StoredDraft, mark_appended

log = logging.getLogger(__name__)

DRAFTS_NAMES = ("Drafts", "Draft", "[Gmail]/Drafts", "INBOX.Drafts", "INBOX/Drafts")
_CONTROL = re.compile(r"[\r\n\x00-\x1f\x7f]+")


@dataclass(frozen=True)
class Appended:
    """Where a draft landed: the account, the folder, and its UID when the server says.

    ``earlier`` is set (and nothing was appended) when this version was
    already put in Drafts, so running ``intake draft --to-imap`` twice
    leaves one copy.
    """

    account: str
    folder: str
    uid: int | None
    earlier: datetime | None = None


def draft_bytes(draft: StoredDraft, sender: str, now: datetime) -> bytes:
    """The draft as an RFC 822 reply: ``Re:`` subject, In-Reply-To and References set."""
    message = EmailMessage(policy=SMTP)
    if "@" in sender:
        message["From"] = _clean(sender)
    if draft.to:
        message["To"] = _clean(draft.to)
    message["Subject"] = _clean(draft.subject)
    message["Date"] = format_datetime(now)
    message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or "intake.invalid")
    if draft.in_reply_to:
        message["In-Reply-To"] = _clean(draft.in_reply_to)
    if draft.references:
        message["References"] = " ".join(_clean(ref) for ref in draft.references)
    message["X-Intake-Case"] = f"{draft.case_id} (draft version {draft.version})"
    subtype = "html" if draft.template.endswith((".html.j2", ".htm.j2")) else "plain"
    message.set_content(draft.body, subtype=subtype, cte="quoted-printable")
    return message.as_bytes()


def _clean(value: str) -> str:
    return _CONTROL.sub(" ", value).strip()


def drafts_folder(client: IMAPClient) -> str:
    """The SPECIAL-USE ``\\Drafts`` folder, else one with a usual name, else a new ``Drafts``."""
    listing = client.list_folders()
    for flags, _delimiter, name in listing:
        if b"\\Drafts" in flags or "\\Drafts" in flags:
            return name
    by_lower = {name.lower(): name for _flags, _delimiter, name in listing}
    for candidate in DRAFTS_NAMES:
        if candidate.lower() in by_lower:
            return by_lower[candidate.lower()]
    client.create_folder("Drafts")
    log.info("created the Drafts folder")
    return "Drafts"


def append_draft(
    account: ImapAccount, config: Config, draft: StoredDraft, now: datetime
) -> Appended:
    """APPEND ``draft`` to ``account``'s Drafts folder with the ``\\Draft`` flag."""
    if not draft.reply:
        raise InputError(
            f"case {draft.case_id}: a case-file note is not a reply; not put in Drafts"
        )
    account = resolved_account(config, account)
    credential = resolve_credential(account, config.source)
    data = draft_bytes(draft, account.username, now)
    with connected(account, config.imap, credential) as client:
        with translated_errors(describe(account)):
            folder = drafts_folder(client)
        with translated_errors(describe(account, folder)):
            reply = client.append(folder, data, flags=(DRAFT, SEEN), msg_time=now)
    match = re.search(rb"APPENDUID \d+ (\d+)", reply or b"")
    return Appended(account.name, folder, int(match.group(1)) if match else None)


def account_for(config: Config, client: str, account_name: str | None) -> ImapAccount:
    """The IMAP account the answered message came in by, else the client's only account."""
    configured = config.clients.get(client)
    accounts = configured.accounts if configured else ()
    for account in accounts:
        if account.name == account_name:
            return account
    if len(accounts) == 1:
        return accounts[0]
    if not accounts:
        raise InputError(f"client {client!r} has no IMAP account to put the draft in")
    names = ", ".join(account.name for account in accounts)
    raise InputError(f"client {client!r}: cannot tell which account to use ({names})")


def place_draft(store: Store, config: Config, result: DraftResult, now: datetime) -> Appended:
    """Append the case's draft to the right account's Drafts folder and note when."""
    account = account_for(config, result.client, result.account)
    if result.draft.appended_at is not None:
        return Appended(account.name, "", None, earlier=result.draft.appended_at)
    placed = append_draft(account, config, result.draft, now)
    with store.session() as session:
        mark_appended(session, result.draft.case_id, result.draft.version, now)
    return placed
