"""Read new mail from an IMAP account without changing anything in it.

A thin adapter over imapclient: folders are opened read-only (EXAMINE),
bodies are fetched with ``BODY.PEEK[]<0.N>`` (N the size limit), and no flag
is ever set. New mail is found by UID range above a ``Checkpoint``; the sender
filter is decided from the From (or To/Cc) header fetched first, so the body of
skipped mail is never downloaded.
Batches carry the highest UID they cover, skipped mail included, so the
caller can move its checkpoint past mail it did not take.

Usage::

    with open_mailbox(account, config.imap, credential) as mailbox:
        for batch in mailbox.fetch_new("INBOX", checkpoint):
            store(batch.messages); save_checkpoint(batch.checkpoint)

Nothing outside this module (and ``imap_connect``) sees imapclient types.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.parser import BytesHeaderParser
from email.policy import compat32
from email.utils import getaddresses

from imapclient import IMAPClient

from intake.config import DEFAULT_MAX_MESSAGE_BYTES, ImapAccount, ImapConfig
from intake.config.secrets import Credential
from intake.errors import SourceError
from intake.mail.notice import Origin, RawMessage
from intake.sources.imap_connect import connected, describe, translated_errors

log = logging.getLogger(__name__)

IDLE_SLICE = 1.0  # seconds between checks of the stop flag while idling


@dataclass(frozen=True)
class Checkpoint:
    """How far a folder has been taken in: its UIDVALIDITY and the highest UID committed."""

    uidvalidity: int
    last_uid: int


@dataclass(frozen=True)
class FolderState:
    """A folder's identity and size as the server reports them on EXAMINE.

    ``uidnext`` is 0 when the server does not say (then new mail is found by
    searching ``last_uid+1:*``).
    """

    folder: str
    uidvalidity: int
    uidnext: int
    exists: int


@dataclass(frozen=True)
class FetchedBatch:
    """One batch of a folder's new mail, and the checkpoint to commit with it.

    ``checkpoint.last_uid`` covers every UID up to the batch's end, fetched
    or skipped by the sender filter. ``resync`` is True when the folder's
    UIDVALIDITY differs from the caller's checkpoint, so UIDs were counted
    again from 1. ``position``/``total`` count UIDs for progress reports.
    """

    folder: str
    checkpoint: Checkpoint
    messages: tuple[RawMessage, ...]
    skipped: int
    resync: bool
    position: int
    total: int


class Mailbox:
    """A logged-in, read-only view of one account's folders."""

    def __init__(
        self,
        client: IMAPClient,
        account: ImapAccount,
        idle_renew: float,
        max_message_bytes: int = DEFAULT_MAX_MESSAGE_BYTES,
    ) -> None:
        self._client = client
        self._account = account
        self._idle_renew = max(IDLE_SLICE, idle_renew)
        self._max_bytes = max_message_bytes

    @property
    def can_idle(self) -> bool:
        """Whether the server offers IMAP IDLE (else the caller polls)."""
        with translated_errors(describe(self._account)):
            return bool(self._client.has_capability("IDLE"))

    def folder_state(self, folder: str) -> FolderState:
        """EXAMINE ``folder`` (read-only) and report its UIDVALIDITY, UIDNEXT and size."""
        with translated_errors(describe(self._account, folder)):
            reply = self._client.select_folder(folder, readonly=True)
        return FolderState(
            folder=folder,
            uidvalidity=int(reply.get(b"UIDVALIDITY", 0)),
            uidnext=int(reply.get(b"UIDNEXT", 0)),
            exists=int(reply.get(b"EXISTS", 0)),
        )

    def fetch_new(
        self,
        folder: str,
        checkpoint: Checkpoint | None,
        *,
        since: date | None = None,
        outgoing: bool = False,
    ) -> Iterator[FetchedBatch]:
        """Yield batches of mail above ``checkpoint``, in UID order.

        ``since`` limits the search to mail that arrived on or after that
        day (``SEARCH SINCE``). ``outgoing`` marks a Sent folder: messages
        get ``outgoing=True`` and are filtered by recipient, not sender.
        Nothing is yielded when the checkpoint is already current.
        """
        state = self.folder_state(folder)
        resync = checkpoint is not None and checkpoint.uidvalidity != state.uidvalidity
        after = checkpoint.last_uid if checkpoint is not None and not resync else 0
        upper = state.uidnext - 1 if state.uidnext else None
        if upper is not None and upper <= after:
            if checkpoint is None or resync:
                yield self._empty_batch(folder, Checkpoint(state.uidvalidity, after), resync)
            return
        uids = self._search(folder, after, upper, since)
        end = max([upper or 0, *uids[-1:], after])
        if not uids:
            if end > after or checkpoint is None or resync:
                yield self._empty_batch(folder, Checkpoint(state.uidvalidity, end), resync)
            return
        size = max(1, self._account.batch_size)
        for start in range(0, len(uids), size):
            chunk = uids[start : start + size]
            last = end if start + size >= len(uids) else chunk[-1]
            messages = self._fetch_chunk(folder, state.uidvalidity, chunk, outgoing)
            yield FetchedBatch(
                folder=folder,
                checkpoint=Checkpoint(state.uidvalidity, last),
                messages=messages,
                skipped=len(chunk) - len(messages),
                resync=resync,
                position=start + len(chunk),
                total=len(uids),
            )

    def wait_for_change(
        self,
        folder: str,
        timeout: float,
        should_stop: Callable[[], bool] = lambda: False,
        *,
        after_uid: int | None = None,
    ) -> bool:
        """IDLE on ``folder`` until new mail arrives, ``timeout`` passes or ``should_stop()``.

        Returns True when the server announced new mail (EXISTS), or at once
        when the folder already holds UIDs above ``after_uid`` (mail that came
        between the caller's last fetch and this wait). IDLE is re-issued
        every ``idle_timeout`` seconds so the server never drops the session.
        """
        if not self.can_idle:
            raise SourceError(f"{describe(self._account, folder)}: server has no IDLE; poll it")
        state = self.folder_state(folder)
        if after_uid is not None and state.uidnext and state.uidnext - 1 > after_uid:
            return True
        deadline = time.monotonic() + timeout
        with translated_errors(describe(self._account, folder)):
            return self._idle_until(deadline, should_stop)

    def _idle_until(self, deadline: float, should_stop: Callable[[], bool]) -> bool:
        """One IDLE command at a time, ended (DONE) and re-issued on renewal."""
        while (remaining := deadline - time.monotonic()) > 0 and not should_stop():
            if self._idle_once(min(remaining, self._idle_renew), should_stop):
                return True
        return False

    def _idle_once(self, duration: float, should_stop: Callable[[], bool]) -> bool:
        """IDLE for up to ``duration`` seconds; True if EXISTS came before or at DONE."""
        self._client.idle()
        end = time.monotonic() + duration
        responses: list[object] = []
        try:
            while (remaining := end - time.monotonic()) > 0 and not should_stop():
                wait = min(IDLE_SLICE, remaining)
                started = time.monotonic()
                responses = list(self._client.idle_check(timeout=wait))
                if any(_announces_new_mail(reply) for reply in responses):
                    return True
                if not responses and time.monotonic() - started < wait / 2:
                    # A closed socket makes idle_check return at once with
                    # nothing; ending IDLE then raises, which is what we want.
                    break
        finally:
            _, responses = self._client.idle_done()
        return any(_announces_new_mail(reply) for reply in responses)

    def _search(self, folder: str, after: int, upper: int | None, since: date | None) -> list[int]:
        """UIDs above ``after`` (up to ``upper``), optionally only mail since a day."""
        criteria: list[object] = ["UID", f"{after + 1}:{upper if upper else '*'}"]
        if since is not None:
            criteria += ["SINCE", since]
        with translated_errors(describe(self._account, folder)):
            found = self._client.search(criteria)
        # "n:*" matches the last message even when its UID is below n.
        return sorted(uid for uid in found if uid > after)

    def _fetch_chunk(
        self, folder: str, uidvalidity: int, uids: Sequence[int], outgoing: bool
    ) -> tuple[RawMessage, ...]:
        """Fetch the bodies of the UIDs the address filter keeps (peeking, never \\Seen).

        One FETCH per batch, of INTERNALDATE and the first ``max_message_bytes + 1``
        bytes (a partial ``BODY.PEEK[]<0.N>``): no round trip for the sizes first,
        and an oversize message still costs at most that many bytes. A message
        whose bytes run over ``max_message_bytes`` is kept as its header block only,
        fetched again as ``BODY.PEEK[HEADER]`` with its RFC822.SIZE as ``full_size``.
        """
        wanted = self._filtered(folder, uids, outgoing)
        if not wanted:
            return ()
        limit = self._max_bytes
        with translated_errors(describe(self._account, folder)):
            reply = self._client.fetch(wanted, ["INTERNALDATE", f"BODY.PEEK[]<0.{limit + 1}>"])
            bodies = {uid: _body(reply.get(uid)) for uid in wanted}
            over = sorted(uid for uid, data in bodies.items() if data and len(data) > limit)
            big: dict[int, int] = {}  # uid: full size
            if over:
                headers = self._client.fetch(over, ["RFC822.SIZE", "BODY.PEEK[HEADER]"])
                for uid in over:
                    bodies[uid] = _body(headers.get(uid))
                    big[uid] = max(_size(headers.get(uid)), limit + 1)
        messages = []
        for uid in wanted:
            data = bodies.get(uid)
            if data is None:
                log.debug("account %s folder %s uid %d vanished", self._account.name, folder, uid)
                continue
            origin = Origin("imap", self._account.name, folder, uidvalidity, uid)
            received = _as_utc(reply[uid].get(b"INTERNALDATE"))
            messages.append(RawMessage(bytes(data), origin, received, outgoing, big.get(uid)))
        return tuple(messages)

    def _filtered(self, folder: str, uids: Sequence[int], outgoing: bool) -> list[int]:
        """The UIDs whose From (or, when ``outgoing``, To/Cc/Bcc) matches the account's domains.

        Incoming mail from a domain built to pass for Amazon's (``amaz0n-seller.net``)
        is kept too: taken in, it is flagged as likely phishing instead of being
        silently ignored. Only those header lines are fetched (peeking), and they
        are read by the standard library's tolerant parser, so one malformed
        header can never stall the folder.
        """
        domains = tuple(domain.lower().lstrip("@") for domain in self._account.senders)
        if not domains:
            return list(uids)
        # Imported when an account filters (rapidfuzz and the suffix list): one that
        # takes every message does not load them at start-up.
        from intake.extract.domains import imitates_amazon

        names = ("TO", "CC", "BCC") if outgoing else ("FROM",)
        with translated_errors(describe(self._account, folder)):
            reply = self._client.fetch(uids, [f"BODY.PEEK[HEADER.FIELDS ({' '.join(names)})]"])
        kept = []
        for uid in uids:
            header = _body(reply.get(uid))
            if header is not None and any(
                matches_domain(domain, domains) or (not outgoing and imitates_amazon(domain))
                for domain in address_domains(header, names)
            ):
                kept.append(uid)
        return kept

    @staticmethod
    def _empty_batch(folder: str, checkpoint: Checkpoint, resync: bool) -> FetchedBatch:
        return FetchedBatch(folder, checkpoint, (), 0, resync, 0, 0)


def matches_domain(host: str, domains: Sequence[str]) -> bool:
    """True when ``host`` is one of ``domains`` or a subdomain of one.

    ``marketplace.amazon.co.uk`` matches ``amazon.co.uk``; ``notamazon.com``
    does not match ``amazon.com``.
    """
    host = host.lower().rstrip(".")
    return any(host == domain or host.endswith("." + domain) for domain in domains)


@contextmanager
def open_mailbox(
    account: ImapAccount,
    timing: ImapConfig,
    credential: Credential,
    max_message_bytes: int = DEFAULT_MAX_MESSAGE_BYTES,
) -> Iterator[Mailbox]:
    """Connect, log in and yield a read-only ``Mailbox``; log out on exit."""
    with connected(account, timing, credential) as client:
        yield Mailbox(client, account, timing.idle_timeout, max_message_bytes)


def address_domains(header: bytes, names: Sequence[str]) -> list[str]:
    """The domains of the addresses in the named header fields of a header block.

    ``b"From: Seller Performance <sp@amazon.com>"`` gives ``["amazon.com"]``.
    """
    parsed = BytesHeaderParser(policy=compat32).parsebytes(bytes(header))
    values = [str(value) for name in names for value in parsed.get_all(name, [])]
    return [address.rpartition("@")[2] for _, address in getaddresses(values) if "@" in address]


def _size(item: dict | None) -> int:
    """RFC822.SIZE from a FETCH reply item (0 when the server did not say)."""
    value = (item or {}).get(b"RFC822.SIZE", 0)
    return int(value) if isinstance(value, int) else 0


def _body(item: dict | None) -> bytes | None:
    """The section a FETCH reply item carries (``BODY[]<0>``, ``BODY[HEADER]``), if any."""
    return next((value for key, value in (item or {}).items() if key.startswith(b"BODY[")), None)


def _as_utc(value: object) -> datetime | None:
    if not isinstance(value, datetime):
        return None
    return value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)


def _announces_new_mail(reply: object) -> bool:
    """True for an untagged ``* n EXISTS`` among IDLE responses, e.g. ``(3, b'EXISTS')``."""
    return isinstance(reply, tuple) and len(reply) >= 2 and reply[1] == b"EXISTS"
