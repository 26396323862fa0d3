"""A client's grouping index and re-send histories, kept in memory across batches (issue 14).

Reading a client's cases, keys and latest notices again for every batch made a
message cost more as the client's history grew. The analysing process keeps
them instead, per database and client, and keeps them up to date with what it
stores itself. Anything else that changes them (a regroup, a person's merge or
move, ``intake reprocess``, another worker storing the same client's mail)
bumps ``clients.generation`` in its transaction (``intake.store.generation``);
a batch compares the generation with the one its kept memory was made at
(``kept``), and reads the client afresh when they differ. The batch's own bump counts only once its
transaction commits: a rolled-back batch leaves memory that is read afresh.
"""

from __future__ import annotations

import bisect
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import event, select
from sqlalchemy.orm import Session

import classifiers
from intake.cases import CaseSummary
from intake.cases.grouping import waiting_on_amazon
from intake.cases.index import BUCKET_LIMIT
from intake.cases.kinds import CaseKind, GroupingState
from intake.cases.resent import ResentHistory
from intake.cases.window import OpenCases
from intake.store.generation import touch
from intake.store.models import CaseKeyRow, CaseRow, ClientRow, MessageRow
from intake.timeutil import as_utc

#: Clients kept per database; the least recently stored one is dropped first.
MAX_CLIENTS = 16
#: Notices of an account a new one is compared with: the latest, by date.
HISTORY = 500

Key = tuple[str, str]


@dataclass
class CaseState:
    """A case's grouping columns, as ``CaseRow`` has them (``grouping.fold`` writes both)."""

    id: int
    kind: str
    grouping_state: str
    policy: str | None = None
    marketplace: str | None = None
    amazon_case_ids: list[Any] = field(default_factory=list)
    asins: list[Any] = field(default_factory=list)
    opened_at: datetime | None = None
    updated_at: datetime | None = None
    team: str | None = None
    last_outgoing_at: datetime | None = None
    last_request_at: datetime | None = None

    def values(self) -> dict[str, Any]:
        """The columns to write back."""
        return {name: getattr(self, name) for name in WRITTEN}

    def open_since(self) -> datetime | None:
        """Its newest mail if it is an open notice case (its place in ``OpenCases``)."""
        if self.kind != CaseKind.NOTICE or self.grouping_state != GroupingState.OPEN:
            return None
        return as_utc(self.updated_at)


#: The grouping columns of a case (``grouping.fold``), written back by the pipeline.
WRITTEN = ("grouping_state", "policy", "marketplace", "amazon_case_ids", "asins", "opened_at",
            "updated_at", "team", "last_outgoing_at", "last_request_at")  # fmt: skip


@dataclass
class _Entry:
    """A stored notice in an account's history: its date and id order it, as SQL does."""

    sent_at: datetime | None
    id: int
    key: classifiers.ResentKey

    @property
    def order(self) -> tuple[bool, datetime, int]:
        return (self.sent_at is not None, self.sent_at or datetime.min, self.id)


class ClientMemory:
    """One client's cases (grouping columns, keys, by key and by date), its messages' thread
    ids and cases, and each account's latest keyed notices."""

    def __init__(self, session: Session, client_id: int, generation: int) -> None:
        self.client_id, self.generation = client_id, generation
        self.pending: Session | None = None  # the session whose uncommitted batch changed it
        self.cases: dict[int, CaseState] = {}
        self.summaries: dict[int, CaseSummary] = {}  # as grouping sees them, made once
        self.keys: dict[int, set[Key]] = {}
        self.kinds: dict[int, set[str]] = {}  # the kinds of each case's keys
        self.buckets: dict[Key, dict[int, None]] = {}  # each key's newest cases, oldest first
        self.open = OpenCases()  # open notice cases by date, team, policy, waiting
        self.general_id: int | None = None
        self.by_message_id: dict[str, tuple[tuple[bool, datetime], int | None]] = {}
        self.messages: dict[int, tuple[int | None, str]] = {}  # id -> (case, sender)
        self._histories: dict[int, _AccountHistory] = {}
        self.accounts: dict[tuple[str, str], int] = {}  # (name, kind) -> account id
        self._load(session)

    def _load(self, session: Session) -> None:
        for row in session.scalars(select(CaseRow).where(CaseRow.client_id == self.client_id)):
            self.put_case(_state(row))
            if row.kind == CaseKind.GENERAL and self.general_id is None:
                self.general_id = row.id
        keys = select(CaseKeyRow.case_id, CaseKeyRow.kind, CaseKeyRow.value).where(
            CaseKeyRow.client_id == self.client_id
        )
        for case_id, kind, value in session.execute(keys.order_by(CaseKeyRow.id)):
            self.add_key(case_id, (kind, value))
        columns = (MessageRow.message_id, MessageRow.sent_at, MessageRow.case_id)
        found = session.execute(
            select(MessageRow.id, *columns, MessageRow.sender).where(
                MessageRow.client_id == self.client_id
            )
        )
        for pk, message_id, sent_at, placed, sender in found:
            self.stored(pk, message_id, as_utc(sent_at), placed, sender or "")

    def put_case(self, case: CaseState) -> None:
        """Add a case, or its new grouping columns after a message joined it."""
        self.cases[case.id] = case
        self.summaries.pop(case.id, None)
        self.keys.setdefault(case.id, set())
        waiting = waiting_on_amazon(as_utc(case.last_outgoing_at), as_utc(case.last_request_at))
        self.open.put(case.id, case.open_since(), case.team, case.policy, waiting)

    def add_key(self, case_id: int, key: Key) -> None:
        """A key row added for a case (kept as the newest of its key's bucket)."""
        self.keys.setdefault(case_id, set()).add(key)
        self.kinds.setdefault(case_id, set()).add(key[0])
        self.summaries.pop(case_id, None)
        bucket = self.buckets.setdefault(key, {})
        bucket[case_id] = None
        if len(bucket) > BUCKET_LIMIT:
            del bucket[next(iter(bucket))]

    def sharing(self, keys: Iterable[Key]) -> Iterator[int]:
        """The cases holding each key, newest first, key by key (as ``case_keys`` gives them)."""
        for key in keys:
            yield from reversed(self.buckets.get(key, {}))

    def complete(self, key: Key) -> bool:
        """Whether ``sharing`` gives every case holding ``key``: its bucket never dropped one
        (it drops the oldest only once past ``BUCKET_LIMIT``)."""
        return len(self.buckets.get(key, ())) < BUCKET_LIMIT

    def stored(
        self,
        pk: int,
        message_id: str | None,
        sent_at: datetime | None,
        case_id: int | None,
        sender: str,
    ) -> None:
        """A message stored for the client: its thread id and its case."""
        self.messages[pk] = (case_id, sender)
        if message_id:
            order = (sent_at is not None, sent_at or datetime.min)
            known = self.by_message_id.get(message_id)
            if known is None or known[0] <= order:
                self.by_message_id[message_id] = (order, case_id)

    def thread_case(self, parents: Iterable[str]) -> int | None:
        """The case of the newest stored message among a thread's parents."""
        found = [self.by_message_id[p] for p in parents if p in self.by_message_id]
        return max(found, key=lambda item: item[0])[1] if found else None

    def history(self, session: Session, account_id: int) -> ResentHistory[int]:
        """The account's latest ``HISTORY`` keyed notices by date, as a ``ResentHistory`` (a
        batch appends its own notices to it; ``keyed`` places them by date for the next)."""
        kept = self._histories.get(account_id)
        if kept is None:
            kept = self._histories[account_id] = _AccountHistory(_read_history(session, account_id))
        return kept.latest()

    def keyed(
        self, account_id: int, pk: int, sent_at: datetime | None, key: classifiers.ResentKey
    ) -> None:
        """A keyed notice stored for the account (after ``history``'s was appended to)."""
        if account_id in self._histories:
            self._histories[account_id].add(_Entry(sent_at, pk, key))


class _AccountHistory:
    """An account's keyed notices by date, and the ``ResentHistory`` of the latest."""

    def __init__(self, entries: list[_Entry]) -> None:
        self.entries = entries
        self.kept: ResentHistory[int] | None = None

    def latest(self) -> ResentHistory[int]:
        """The latest ``HISTORY``: the kept one less its oldest, or made again when mail came
        out of date order."""
        extra = max(0, len(self.entries) - HISTORY)
        dropped, self.entries = self.entries[:extra], self.entries[extra:]
        if self.kept is None:
            self.kept = ResentHistory((entry.id, entry.key) for entry in self.entries)
        for entry in dropped:
            self.kept.drop(entry.id)
        return self.kept

    def add(self, entry: _Entry) -> None:
        if self.entries and self.entries[-1].order > entry.order:
            self.kept = None  # its notices are no longer in date order
        bisect.insort(self.entries, entry, key=lambda item: item.order)


def _read_history(session: Session, account_id: int) -> list[_Entry]:
    rows = session.execute(
        select(MessageRow.id, MessageRow.sent_at, MessageRow.resent_key)
        .where(MessageRow.account_id == account_id, MessageRow.resent_key.is_not(None))
        .order_by(MessageRow.sent_at.desc(), MessageRow.id.desc())
        .limit(HISTORY)
    ).all()
    entries = [
        _Entry(as_utc(sent_at), pk, classifiers.ResentKey.from_dict(key))
        for pk, sent_at, key in reversed(rows)
    ]
    return sorted(entries, key=lambda item: item.order)


def _state(row: CaseRow) -> CaseState:
    return CaseState(
        id=row.id,
        kind=row.kind,
        grouping_state=row.grouping_state,
        policy=row.policy,
        marketplace=row.marketplace,
        amazon_case_ids=list(row.amazon_case_ids or []),
        asins=list(row.asins or []),
        opened_at=as_utc(row.opened_at),
        updated_at=as_utc(row.updated_at),
        team=row.team,
        last_outgoing_at=as_utc(row.last_outgoing_at),
        last_request_at=as_utc(row.last_request_at),
    )


_KEPT: WeakKeyDictionary[Any, OrderedDict[int, ClientMemory]] = WeakKeyDictionary()


def kept(session: Session, client_id: int) -> ClientMemory:
    """The client's memory, read afresh unless the kept one is as the database has it.

    Call with the client locked (``repo.lock_client``): no other writer may then
    change its generation before this transaction ends.
    """
    generation = _generation(session, client_id)
    clients = _KEPT.setdefault(_database(session), OrderedDict())
    memory = clients.pop(client_id, None)
    fresh = memory is not None and memory.generation == generation
    if not fresh or (memory is not None and memory.pending not in (None, session)):
        memory = ClientMemory(session, client_id, generation)
    assert memory is not None
    clients[client_id] = memory
    while len(clients) > MAX_CLIENTS:
        clients.popitem(last=False)
    _pending_until_commit(session, memory)
    return memory


def _pending_until_commit(session: Session, memory: ClientMemory) -> None:
    """The batch changes the memory as it goes: it holds only once the batch commits, so
    one that fails at any point (even mid-way, before ``written``) leaves it read afresh."""
    memory.pending = session

    def committed(_: Session) -> None:
        if memory.pending is session:
            memory.pending = None

    event.listen(session, "after_commit", committed, once=True)


def written(session: Session, memory: ClientMemory) -> None:
    """The batch changed the client: bump its generation (the memory holds once it commits)."""
    memory.generation = touch(session, memory.client_id)


def forget(session: Session, client_id: int) -> None:
    """Drop what is kept of the client (a rolled-back message may have changed it)."""
    _KEPT.get(_database(session), OrderedDict()).pop(client_id, None)


def _generation(session: Session, client_id: int) -> int:
    return session.scalar(select(ClientRow.generation).where(ClientRow.id == client_id)) or 0


def _database(session: Session) -> Any:
    bind = session.get_bind()
    return getattr(bind, "engine", bind)
