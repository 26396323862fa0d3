"""What a digest says, built from case views and the messages taken in since the last one.

Pure: ``build_digest`` takes ``CaseView``s and ``MessageView``s (already read
by ``intake.store.views``) and returns a ``Digest`` that the templates turn
into text and HTML. A seller digest is built for one client and drops
anything belonging to another, so no client ever reads another's cases; the
consultant digest (``client=None``) covers every client.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo

from classifiers.types import Label
from intake.cases.state import FINISHED, CaseStatus
from intake.cases.views import CaseView, MessageView
from intake.extract.authenticity import Verdict
from intake.extract.domains import is_amazon_domain
from intake.mail.states import MessageStatus

#: Cases a digest lists as done: finished ones, and the general case (no matter to follow).
CLOSED_STATUSES = FINISHED | {CaseStatus.GENERAL}
# A suspicious case's mail did not come from Amazon: it is never reported as Amazon's words.
PHISHING_MEANING = (
    "A message made to look like Amazon's failed the authenticity checks: likely phishing."
)

# What each label means for the seller, in plain words (shown instead of Amazon's text).
LABEL_MEANING: dict[str, str] = {
    Label.SUSPENSION: "Amazon suspended or deactivated something (the account, a listing or an"
    " ASIN), or warned that the account is at risk.",
    Label.RESENT: "Amazon sent the same notice again: it still wants something it has not named.",
    Label.GENERIC_DENIAL: "Amazon turned the appeal down without saying exactly why.",
    Label.NEED_MORE_INFO: "Amazon asks for more information or documents.",
    Label.REDIRECT_CLOSED_QUEUE: "The appeal went to an address that no longer takes appeals;"
    " it has to be sent again through Seller Central.",
    Label.REINSTATEMENT: "Amazon restored what it had suspended: the appeal was accepted.",
    Label.ACKNOWLEDGEMENT: "Amazon confirmed it received the appeal and is reviewing it.",
    Label.OTHER: "Mail that is not about a case.",
}
PHISHING = "likely_phishing"  # how suspicious mail is counted, whatever its label
# What a case's draft is, by its latest label: a reply to Amazon, a note for the case
# file (nothing to send), or nothing at all because no reply is needed.
DRAFT_KIND: dict[str, str] = {Label.REINSTATEMENT: "note", Label.ACKNOWLEDGEMENT: "none"}


@dataclass(frozen=True)
class NewMessage:
    """One message taken in since the last digest, as the digest mentions it."""

    id: int
    client: str
    case_id: int | None
    label: str
    meaning: str
    subject: str
    sent_at: datetime | None
    needs_review: bool
    suspicious: bool
    from_amazon: bool = False  # an Amazon sender domain, and it passed the authenticity checks


@dataclass(frozen=True)
class CaseEntry:
    """One case in a digest: what Amazon said, what it asks for, what is due, what to do."""

    id: int
    client: str
    title: str
    status: str
    said: str
    requested: tuple[str, ...]
    deadline: date | None
    urgent: bool
    next_step: str
    reason: str
    draft_ready: bool
    needs_review: bool
    asins: tuple[str, ...]
    amazon_case_ids: tuple[str, ...]
    new: tuple[NewMessage, ...]
    overdue: bool = False
    draft_kind: str = "reply"  # "reply", "note" (for the case file) or "none" (no reply needed)
    client_display: str = ""  # the client's name as people know it
    grouping_uncertain: bool = False  # a message may belong to another case (case confirm)


@dataclass(frozen=True)
class LabelCount:
    """How many new messages of one label a client got (consultant digest)."""

    client: str
    label: str
    count: int
    client_display: str = ""


@dataclass(frozen=True)
class Digest:
    """Everything one digest shows. ``client`` is None for the consultant's digest.

    ``updated`` are the cases with new mail, ``deadlines`` the open cases with
    a deadline (nearest first), ``review`` the cases a person should look at,
    ``open_cases`` every open case by urgency (the consultant's queue).
    """

    client: str | None
    client_display: str
    since: datetime
    now: datetime
    updated: tuple[CaseEntry, ...]
    deadlines: tuple[CaseEntry, ...]
    review: tuple[CaseEntry, ...]
    open_cases: tuple[CaseEntry, ...]
    loose: tuple[NewMessage, ...]
    counts: tuple[LabelCount, ...]
    zone: tzinfo = UTC  # times are shown in it: the client's, or the consultant digest's
    new_from_amazon: int = 0
    phishing: int = 0
    unreadable: int = 0  # could not be parsed, or quarantined: never counted as "other mail"

    @property
    def consultant(self) -> bool:
        """True for the digest across all clients."""
        return self.client is None

    @property
    def new_count(self) -> int:
        """Mail from Amazon taken in since the last digest: an Amazon sender that passed the
        authenticity checks. Likely phishing (``phishing``) and other mail are not in it."""
        return self.new_from_amazon

    def clients(self) -> list[str]:
        """Client names with open cases or new mail, sorted."""
        names = {entry.client for entry in self.open_cases} | {c.client for c in self.counts}
        return sorted(names)


def build_digest(
    cases: Sequence[CaseView],
    messages: Sequence[MessageView],
    *,
    since: datetime,
    now: datetime,
    drafts_ready: Collection[int] = (),
    client: str | None = None,
    client_display: str | None = None,
    names: Mapping[str, str] | None = None,
    zone: tzinfo = UTC,
) -> Digest:
    """The digest for ``client`` (or every client when None) from views read at ``now``.

    ``messages`` are those taken in since ``since``; ``cases`` come ordered by
    urgency (``list_cases``); ``drafts_ready`` holds the ids of cases with a
    stored draft. With a client, views of any other client are dropped.
    ``names`` maps client keys to the display names people know; ``zone`` is the
    time zone the digest's times are shown in.
    """
    names = names or {}
    if client is not None:
        cases = [case for case in cases if case.client == client]
        messages = [message for message in messages if message.client == client]
    incoming = [_new_message(message) for message in messages if not message.outgoing]
    by_case: dict[int, list[NewMessage]] = {}
    for item in incoming:
        if item.case_id is not None:
            by_case.setdefault(item.case_id, []).append(item)
    entries = [
        _entry(case, tuple(by_case.get(case.id, ())), drafts_ready, names.get(case.client))
        for case in cases
    ]
    known = {case.id for case in cases}
    unread = {m.id for m in messages if not m.outgoing and m.status != MessageStatus.OK}
    read = [item for item in incoming if item.id not in unread]  # unread is counted apart
    open_entries = [entry for entry in entries if entry.status not in CLOSED_STATUSES]
    return Digest(
        client=client,
        client_display=(client or "") if client_display is None else client_display,
        since=since,
        now=now,
        updated=tuple(entry for entry in entries if entry.new),
        deadlines=tuple(
            sorted((e for e in open_entries if e.deadline), key=lambda e: (e.deadline, e.id))
        ),
        review=tuple(entry for entry in entries if entry.needs_review),
        open_cases=tuple(open_entries),
        loose=tuple(item for item in read if item.case_id not in known),
        counts=_counts(read, names),
        zone=zone,
        new_from_amazon=sum(1 for item in read if item.from_amazon),
        phishing=sum(1 for item in incoming if item.suspicious),
        unreadable=len(unread),
    )


def _new_message(message: MessageView) -> NewMessage:
    suspicious = message.authenticity.get("verdict") == Verdict.SUSPICIOUS
    return NewMessage(
        id=message.id,
        client=message.client,
        case_id=message.case_id,
        label=message.label,
        meaning=LABEL_MEANING.get(message.label, LABEL_MEANING[Label.OTHER]),
        subject=message.subject,
        sent_at=message.sent_at,
        needs_review=message.needs_review,
        suspicious=suspicious,
        from_amazon=not suspicious and is_amazon_domain(message.sender.rpartition("@")[2]),
    )


def _entry(
    case: CaseView,
    new: tuple[NewMessage, ...],
    drafts_ready: Collection[int],
    display: str | None,
) -> CaseEntry:
    state = case.state
    label = state.latest_label or Label.OTHER
    return CaseEntry(
        id=case.id,
        client=case.client,
        client_display=display or case.client,
        title=case.title or f"case {case.id}",
        status=state.status,
        said=PHISHING_MEANING
        if state.status == CaseStatus.SUSPICIOUS
        else LABEL_MEANING.get(label, LABEL_MEANING[Label.OTHER]),
        requested=state.requested,
        deadline=state.deadline if state.status not in CLOSED_STATUSES else None,
        urgent=state.urgent,
        next_step=state.next_step,
        reason=state.reason,
        draft_ready=case.id in drafts_ready,
        needs_review=state.status == CaseStatus.SUSPICIOUS or any(m.needs_review for m in new),
        asins=case.asins,
        amazon_case_ids=case.amazon_case_ids,
        new=new,
        overdue=state.overdue,
        draft_kind=DRAFT_KIND.get(label, "reply"),
        grouping_uncertain=case.grouping_uncertain,
    )


def _counts(incoming: Sequence[NewMessage], names: Mapping[str, str]) -> tuple[LabelCount, ...]:
    """New mail per client and label; likely phishing is counted as such, not by its label."""
    counted = Counter(
        (item.client, PHISHING if item.suspicious else item.label) for item in incoming
    )
    return tuple(
        LabelCount(client, label, n, names.get(client) or client)
        for (client, label), n in sorted(counted.items())
    )
