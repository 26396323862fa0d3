"""Drives messages through parse, classify, extract, resent, case and store.

``process_batch`` is the only place that touches the session for ingest: the
stages before it are pure. A message that fails a pure stage (unparseable
bytes) is stored raw with an error status and does not stop the batch. Each
message is stored under its own SAVEPOINT: when storing one fails (a value
the database refuses, a bug hostile mail found), that message alone is
rolled back and stored again, raw, as ``quarantined`` with the reason, and
the batch goes on. A lost connection, or a message that cannot even be
quarantined, aborts the whole batch (the caller's transaction rolls back,
and no checkpoint moves). A message already stored (same Message-ID or same
bytes for the client) is not stored again; only where it was seen is noted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy.orm import Session

import classifiers
from classifiers.resent import ResentKey
from classifiers.types import Label
from intake.analyse.classifier import Classifier, notice_text
from intake.analyse.stages import RESENT_CANDIDATES, Analysis, analyse
from intake.cases.clues import Clues, clues_of
from intake.cases.resent import ResentHistory, resent_key
from intake.extract import Authenticity, Facts
from intake.extract.authenticity import Verdict
from intake.ingest.quarantine import connection_lost, failure_reason, quarantined_record
from intake.mail.notice import RawMessage
from intake.mail.states import MessageStatus
from intake.mail.storable import storable
from intake.store import clientmemory, repo
from intake.store.grouping import CaseLookup, Placed
from intake.timeutil import as_utc


@dataclass(frozen=True)
class IngestContext:
    """Who the messages belong to: a client, and the IMAP account name when there is one."""

    client: str
    classifier: Classifier
    account: str | None = None
    client_display_name: str = ""


@dataclass(frozen=True)
class Outcome:
    """What happened to one message; the shape of ``intake ingest --json``."""

    id: int
    message_id: str | None
    case_id: int | None
    label: str
    confidence: float
    needs_review: bool
    resent_of: int | None
    source: str
    duplicate: bool = False
    error: str | None = None

    def to_dict(self) -> dict:
        """The JSON object for this message."""
        data = {key: getattr(self, key) for key in _OUTCOME_KEYS}
        data["confidence"] = round(self.confidence, 4)
        return data


_OUTCOME_KEYS = ("id", "message_id", "case_id", "label", "confidence", "needs_review",
                 "resent_of", "source", "duplicate", "error")  # fmt: skip


@dataclass
class BatchResult:
    """Counts and per-message outcomes of one batch.

    ``out_of_order`` is set when a new message is older than one already
    stored for the client: its grouping may then depend on arrival order, and
    the caller should regroup the client (``intake.store.regrouping``).
    """

    outcomes: list[Outcome] = field(default_factory=list)
    out_of_order: bool = False

    @property
    def stored(self) -> int:
        """Messages newly stored."""
        return sum(1 for outcome in self.outcomes if not outcome.duplicate)

    @property
    def duplicates(self) -> int:
        """Messages already in the database."""
        return sum(1 for outcome in self.outcomes if outcome.duplicate)

    @property
    def errors(self) -> int:
        """Messages stored with a parse error."""
        return sum(1 for outcome in self.outcomes if outcome.error)


def process_batch(session: Session, raws: Sequence[RawMessage], ctx: IngestContext) -> BatchResult:
    """Store a batch of messages in the caller's transaction; return what happened to each."""
    return store_analyses(session, analyse(raws, ctx.classifier), ctx)


def store_analyses(
    session: Session, analyses: Sequence[Analysis], ctx: IngestContext, *, guarded: bool = True
) -> BatchResult:
    """The storing half of ``process_batch``, for analyses made elsewhere (another process).

    ``analyse`` is pure, so a caller may run it for the next batch while this
    stores the current one; the result is the same as ``process_batch``'s.
    ``guarded`` False stores the messages without a SAVEPOINT each (about a
    fifth of storing's CPU a message, measured): a message that fails then
    fails the batch, which the caller rolls back and stores again guarded
    (``intake.ingest.drain``).
    """
    client_id = repo.ensure_client(session, ctx.client, ctx.client_display_name)
    repo.lock_client(session, client_id)
    memory = _BatchMemory(session, client_id)
    memory.load_existing(analyses)
    if not guarded and session.get_bind().dialect.name == "postgresql":
        memory.defer_rows(analyses)
    result = BatchResult()
    newest = repo.newest_sent_at(session, client_id)
    store_one = _store_guarded if guarded else _store_one
    for analysis in analyses:
        outcome = store_one(memory, analysis, ctx)
        result.outcomes.append(outcome)
        when = analysis.notice.date if analysis.notice else None
        if when is not None and not outcome.duplicate:
            result.out_of_order |= newest is not None and when < newest
            newest = max(newest, when) if newest else when
    memory.cases.write()
    memory.pending.write(session)
    clientmemory.written(session, memory.kept)
    return result


class _BatchMemory:
    """What a batch reads once and keeps up to date, so a message costs few queries; the
    client's cases and histories come from the memory kept across batches."""

    def __init__(self, session: Session, client_id: int) -> None:
        self.session, self.client_id = session, client_id
        self._histories: dict[int, ResentHistory[int]] = {}
        self.pending = repo.PendingRows()
        self.kept = clientmemory.kept(session, client_id)
        self.cases = CaseLookup(session, self.kept)
        self._by_hash: dict[str, int] = {}
        self._by_message_id: dict[str, int] = {}
        self.ids: list[int] | None = None  # ids of the rows queued, not inserted one by one

    def load_existing(self, analyses: Sequence[Analysis]) -> None:
        """Look up which of the batch's messages are already stored, in one query."""
        hashes = [analysis.content_hash for analysis in analyses]
        ids = [a.notice.message_id for a in analyses if a.notice and a.notice.message_id]
        self._by_hash, self._by_message_id = repo.existing_messages(
            self.session, self.client_id, hashes, ids
        )

    def defer_rows(self, analyses: Sequence[Analysis]) -> None:
        """Queue the new messages' rows, written in one statement with the batch's raw bytes
        (PostgreSQL, without a savepoint per message: a failing row fails the batch either
        way): their ids are taken now, one for each message that ``existing`` will not find.
        """
        hashes, message_ids = set(self._by_hash), set(self._by_message_id)
        new = 0
        for analysis in analyses:
            message_id = analysis.notice.message_id if analysis.notice else None
            if analysis.content_hash in hashes or (message_id and message_id in message_ids):
                continue
            new += 1
            hashes.add(analysis.content_hash)
            if message_id:
                message_ids.add(message_id)
        self.ids = repo.message_ids(self.session, new)[::-1]  # taken from the end, in order

    def insert(self, record: repo.MessageRecord) -> int:
        """Store (or queue) a new message's row; its id."""
        if self.ids is None:
            return repo.insert_message_row(self.session, record)
        message_pk = self.ids.pop() if self.ids else repo.message_ids(self.session, 1)[0]
        self.pending.add_message(self.session, message_pk, record)
        return message_pk

    def existing(self, content_hash: str, message_id: str | None) -> int | None:
        """The stored message with the same bytes or Message-ID (this batch's included)."""
        found = self._by_hash.get(content_hash)
        if found is None and message_id:
            found = self._by_message_id.get(message_id)
        return found

    def remember(self, content_hash: str, message_id: str | None, message_pk: int) -> None:
        """Note a message stored by this batch, so a later copy in it is a duplicate."""
        self._by_hash[content_hash] = message_pk
        if message_id:
            self._by_message_id[message_id] = message_pk

    def account(self, name: str, kind: str) -> int:
        """The id of the client's account ``name``."""
        accounts = self.kept.accounts  # kept across batches: an account is never removed
        if (name, kind) not in accounts:
            accounts[name, kind] = repo.ensure_account(self.session, self.client_id, name, kind)
        return accounts[name, kind]

    def history(self, account_id: int) -> ResentHistory[int]:
        """Earlier notices of the account with their resent keys."""
        if account_id not in self._histories:
            self._histories[account_id] = self.kept.history(self.session, account_id)
        return self._histories[account_id]

    def stored(self, message_pk: int, record: repo.MessageRecord, key: ResentKey | None) -> None:
        """Keep a stored message in the client's memory: its thread id, case and key."""
        fields = record.fields
        sent_at = as_utc(fields.get("sent_at"))
        message_id, sender = fields.get("message_id"), fields.get("sender") or ""
        self.kept.stored(message_pk, message_id, sent_at, record.case_id, sender)
        if key is not None and record.account_id is not None:
            self.history(record.account_id).append(message_pk, key)
            self.kept.keyed(record.account_id, message_pk, sent_at, key)

    def forget_cases(self) -> None:
        """Read cases and histories again: a rolled-back message may have changed them
        (what the batch's earlier messages changed is written first)."""
        self.cases.write()
        clientmemory.forget(self.session, self.client_id)
        self.kept = clientmemory.kept(self.session, self.client_id)
        self.cases = CaseLookup(self.session, self.kept)
        self._histories = {}


def _store_guarded(memory: _BatchMemory, analysis: Analysis, ctx: IngestContext) -> Outcome:
    """Store one message under a SAVEPOINT; if that fails, quarantine it and go on."""
    session, pending = memory.session, memory.pending
    queued = list(pending.raw), list(pending.sources)
    unwritten = memory.cases.unwritten()
    try:
        with session.begin_nested():
            return _store_one(memory, analysis, ctx)
    except Exception as err:  # noqa: BLE001 - one message must not fail its batch
        if connection_lost(err):
            raise
        pending.raw, pending.sources = queued  # rows written in the rolled-back savepoint
        memory.cases.restore(unwritten)
        memory.forget_cases()
        return _quarantine(memory, analysis, ctx, failure_reason(err))


def _quarantine(
    memory: _BatchMemory, analysis: Analysis, ctx: IngestContext, reason: str
) -> Outcome:
    """Store the raw bytes alone, status ``quarantined``, in the client's general case."""
    raw = analysis.raw
    account_id = memory.account(*_account_for(analysis, ctx))
    with memory.session.begin_nested():
        case_id = memory.cases.place(
            None, Facts(), Clues(), Label.OTHER, Authenticity(Verdict.OK)
        ).case_id
        record = quarantined_record(
            memory.client_id, account_id, case_id, analysis, ctx.classifier.version, reason
        )
        message_pk = repo.insert_message_row(memory.session, record)
    memory.pending.add(message_pk, record, raw.origin)
    memory.remember(analysis.content_hash, None, message_pk)
    memory.stored(message_pk, record, None)
    return Outcome(
        message_pk, None, case_id, Label.OTHER, 0.0, True, None, raw.origin.describe(), error=reason
    )


def _store_one(memory: _BatchMemory, analysis: Analysis, ctx: IngestContext) -> Outcome:
    session, client_id = memory.session, memory.client_id
    notice, raw = analysis.notice, analysis.raw
    account_id = memory.account(*_account_for(analysis, ctx))
    message_id = notice.message_id if notice else None
    existing = memory.existing(analysis.content_hash, message_id)
    if existing is not None:
        memory.pending.write(session)  # the sources of this batch's new mail, before the check
        repo.record_source(session, existing, raw.origin, account_id)
        return Outcome(
            existing,
            message_id,
            repo.case_of(session, existing),
            "",
            0.0,
            False,
            None,
            raw.origin.describe(),
            duplicate=True,
        )
    label, confidence, needs_review = _label_of(analysis)
    resent_key, resent_of = _resent(memory, analysis, label, account_id)
    placed = _case_for(memory, analysis, label, resent_of, needs_review)
    case_id = placed.case_id
    if placed.resent:
        label = Label.RESENT
    else:
        resent_of = None
    fields = _message_fields(analysis, label, confidence, needs_review, ctx)
    fields.update(
        resent_of_id=resent_of,
        resent_key=resent_key.to_dict() if resent_key else None,
        case_reason=placed.reason,
        case_uncertain=placed.uncertain,
    )
    record = repo.MessageRecord(
        client_id,
        account_id,
        case_id,
        analysis.content_hash,
        raw.raw,
        fields,
        compressed=analysis.compressed_raw,
    )
    message_pk = memory.insert(record)
    session.flush()  # fail here, inside the message's savepoint
    memory.pending.add(message_pk, record, raw.origin)
    memory.remember(analysis.content_hash, message_id, message_pk)
    memory.stored(message_pk, record, resent_key)
    return Outcome(
        message_pk,
        message_id,
        case_id,
        label,
        confidence,
        needs_review,
        resent_of,
        raw.origin.describe(),
        error=analysis.error,
    )


def _account_for(analysis: Analysis, ctx: IngestContext) -> tuple[str, str]:
    """IMAP mail belongs to its account; file mail to the seller's address in it."""
    if ctx.account:
        return ctx.account, "imap"
    notice = analysis.notice
    if notice is None:
        return "files", "files"
    address = notice.sender if analysis.outgoing else next(iter(notice.recipients), "")
    return (address or "files"), "files"


def _label_of(analysis: Analysis) -> tuple[str, float, bool]:
    if analysis.prediction is None:
        return Label.OTHER, 0.0, True
    prediction = analysis.prediction
    return prediction.label, prediction.confidence, prediction.needs_review


def _resent(
    memory: _BatchMemory, analysis: Analysis, label: str, account_id: int
) -> tuple[classifiers.ResentKey | None, int | None]:
    """The message's resent key, and the earlier message it repeats, if any."""
    if analysis.notice is None or analysis.outgoing or label not in RESENT_CANDIDATES:
        return None, None
    if analysis.authenticity.verdict == Verdict.SUSPICIOUS:
        return None, None
    key = analysis.resent_key or resent_key(notice_text(analysis.notice))
    found = memory.history(account_id).find(key)
    return key, found


def _case_for(
    memory: _BatchMemory, analysis: Analysis, label: str, resent_of: int | None, unsure: bool
) -> Placed:
    """The message's case by evidence, or a re-send's case (``intake.store.grouping``)."""
    notice = analysis.notice
    if notice is None:
        return memory.cases.place(None, Facts(), Clues(), Label.OTHER, Authenticity(Verdict.OK))
    clues = replace(clues_of(notice, analysis.facts, analysis.outgoing), label_unsure=unsure)
    return memory.cases.place(
        notice, analysis.facts, clues, label, analysis.authenticity, earlier=resent_of
    )


def _message_fields(
    analysis: Analysis, label: str, confidence: float, needs_review: bool, ctx: IngestContext
) -> dict:
    notice = analysis.notice
    prediction = analysis.prediction
    # Guarded here: what the stages made of the text. The notice's own fields are not
    # walked again (about 0.1 ms a message): ``parse`` returns it storable (``fitted``).
    fields: dict[str, Any] = storable(
        {
            "status": MessageStatus.OK if notice else MessageStatus.PARSE_ERROR,
            "error": analysis.error,
            "outgoing": analysis.outgoing,
            "label": label,
            "confidence": confidence,
            "needs_review": needs_review or analysis.authenticity.verdict == Verdict.SUSPICIOUS,
            "scores": dict(prediction.scores) if prediction else {},
            "model_version": ctx.classifier.version,
            "facts": analysis.facts.to_dict(),
            "authenticity": analysis.authenticity.to_dict(),
        }
    )
    if notice is not None:
        fields.update(
            message_id=notice.message_id,
            sender=notice.sender,
            sender_name=notice.sender_name,
            recipients=list(notice.recipients),
            subject=notice.subject,
            sent_at=notice.date or analysis.raw.internaldate,
            in_reply_to=notice.in_reply_to,
            references=list(notice.references),
            headers=[list(pair) for pair in notice.headers],
            text=notice.text,
            from_html=notice.from_html,
            attachments=[vars(item) for item in notice.attachments],
            defects=list(notice.defects),
        )
    return fields
