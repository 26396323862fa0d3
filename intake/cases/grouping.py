"""Which case a message belongs to: a pure decision, by evidence, with its reason.

``decide_case`` weighs a message's ``Clues`` against the cases that share any
of them (found through an index, never by scanning every case) and the open
cases active near its date (listed, or read lazily through ``RecentCases``: a
rule reads the one or few it could choose, ``intake.cases.window``) and returns
what should change: join a case, or open one. Evidence, strongest first:

1. an Amazon case ID, then a complaint ID, the case names too;
2. the thread: a parent (In-Reply-To/References) in a case, then a reply subject
   (``Re:``, ``AW:``, ``Automatic reply:``...) equal to a case's notice subject;
3. ASINs, then order IDs, shared with an open case (ASINs no open case has: a new case);
4. the same policy as an open case with mail in the last ``RECENT`` days;
5. a follow-up that names nothing (acknowledgement, denial, request, auto-reply,
   reinstatement), or the seller's own mail naming nothing: the open case that is
   waiting on Amazon, i.e. the one the seller last wrote to, else the newest open
   case of the same team; a near-tie joins the likelier and is marked uncertain;
6. mail from the seller or a consultant naming a person or company only one open
   case names ("Harbour Lights").

Mail from Amazon about no case (label ``other``) goes to the client's ``general``
case; a suspicious message gets a ``suspicious`` case of its own. A case a
reinstatement ended, or quiet for ``RECENT``, takes no new matter: a new notice
weeks later is a new case (a reinstatement whose label awaits review ends nothing).
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cached_property
from typing import Protocol

from classifiers.types import Label
from intake.cases.clues import Clues
from intake.cases.kinds import KIND_GENERAL, KIND_NOTICE, KIND_SUSPICIOUS
from intake.extract import Authenticity, Facts
from intake.extract.authenticity import Verdict
from intake.mail.notice import Notice

RECENT = timedelta(days=45)
NEAR_TIE = timedelta(days=2)

REQUESTS = frozenset({Label.SUSPENSION, Label.NEED_MORE_INFO, Label.GENERIC_DENIAL, Label.RESENT})
FOLLOW_UPS = frozenset(
    {
        Label.ACKNOWLEDGEMENT,
        Label.GENERIC_DENIAL,
        Label.NEED_MORE_INFO,
        Label.REDIRECT_CLOSED_QUEUE,
        Label.REINSTATEMENT,
        Label.RESENT,
    }
)


def waiting_on_amazon(wrote: datetime | None, asked: datetime | None) -> bool:
    """Whether the seller wrote (``wrote``) after Amazon last asked something (``asked``)."""
    return wrote is not None and (asked is None or wrote >= asked)


@dataclass(frozen=True)
class CaseSummary:
    """What grouping knows of an existing case: its index keys and its recent life."""

    id: int
    kind: str
    is_open: bool
    keys: frozenset[tuple[str, str]] = frozenset()  # ("asin", "B0..."), ("case", "123")...
    policy: str | None = None
    team: str | None = None  # the Amazon address of its first notice
    last_at: datetime | None = None  # its newest message
    last_outgoing_at: datetime | None = None  # when the seller last wrote on it
    last_request_at: datetime | None = None  # when Amazon last asked something of the seller
    # The kinds of its keys, if the index keeps them (a case with hundreds of order IDs then
    # costs no walk over its keys each time a message joins it); else read from ``keys``.
    kinds: frozenset[str] | None = field(default=None, compare=False, repr=False)

    @property
    def waiting_on_amazon(self) -> bool:
        """The seller wrote after Amazon's last notice, request or denial."""
        return waiting_on_amazon(self.last_outgoing_at, self.last_request_at)

    @cached_property
    def stamps(self) -> tuple[bool, float, float]:
        """Whether it waits on Amazon, and its newest and the seller's last mail as POSIX
        stamps: what ``_likeliest`` ranks each open case by for every message naming
        nothing, made once a summary (a case's summary is kept until a message joins it)."""
        return self.waiting_on_amazon, _stamp(self.last_at), _stamp(self.last_outgoing_at)

    def has_kind(self, kind: str) -> bool:
        """Whether the case has keys of one kind, e.g. any ASIN."""
        return kind in (self.kinds if self.kinds is not None else self._kinds)

    @cached_property
    def _kinds(self) -> frozenset[str]:
        return frozenset(kind for kind, _ in self.keys)


class RecentCases(Protocol):
    """The recently active open notice cases of a message not among its candidates, read
    lazily (``intake.cases.window.Window``): what each rule needs of them, in the order
    they would follow the candidates in, so a decision is the one made with them all."""

    def has(self, case_id: int) -> bool:
        """Whether the case is one of them."""
        ...

    def holding(self, keys: Iterable[tuple[str, str]]) -> list[CaseSummary]:
        """Those holding any of ``keys``."""
        ...

    def policy(self, policy: str, accept: Callable[[CaseSummary], bool]) -> list[CaseSummary]:
        """Those of ``policy`` that ``accept`` takes."""
        ...

    def likeliest(
        self, team: str | None, outgoing: bool, accept: Callable[[CaseSummary], bool]
    ) -> list[CaseSummary]:
        """Of those ``accept`` takes, at least the two likeliest by ``likeliness`` (any more
        only if they rank as high as the second)."""
        ...


@dataclass(frozen=True)
class CaseDecision:
    """Join ``case_id``, or (when it is None) open a case of ``kind`` titled ``title``.

    ``reason`` says why in words a person checks, e.g. ``same complaint ID 5512093871``;
    ``uncertain`` marks a near-tie a person should confirm (``intake case confirm``).
    """

    case_id: int | None
    kind: str
    title: str
    reason: str
    uncertain: bool = False
    identity: bool = False  # joined by an ID, the thread or a reply subject: the strongest

    def describe(self, case_id: int) -> str:
        """The stored reason, with the case it led to: ``joined case 12: same thread``."""
        if self.case_id is not None:
            return f"joined case {case_id}: {self.reason}"
        return f"new case: {self.reason}"


def decide_case(
    clues: Clues,
    label: str,
    authenticity: Authenticity,
    candidates: Sequence[CaseSummary],
    *,
    thread_case_id: int | None = None,
    general_case_id: int | None = None,
    title: str = "",
    subject: str = "",
    recent: RecentCases | None = None,
) -> CaseDecision:
    """Decide the case of one message from its clues and the cases sharing any of them.

    ``recent``, if given, holds the recently active open cases that are not among
    ``candidates`` (which then come first): the decision is the one ``candidates``
    followed by all of those would give, made from the few each rule reads.
    """
    if authenticity.verdict == Verdict.SUSPICIOUS:
        return CaseDecision(
            None,
            KIND_SUSPICIOUS,
            f"Suspicious: {subject[:120]}",
            "failed authenticity checks (likely phishing)",
        )
    real = [case for case in candidates if case.kind == KIND_NOTICE]
    found = _by_identity(clues, real, thread_case_id, recent)
    if found is None and (clues.from_amazon is False or label != Label.OTHER):
        found = _by_listing(clues, real, recent)
    if found is not None:
        return found
    if label == Label.OTHER and clues.from_amazon:
        return CaseDecision(general_case_id, KIND_GENERAL, "Other mail", "not about a case")
    if clues.asins:
        return CaseDecision(None, KIND_NOTICE, title, f"new ASIN {clues.asins[0]}")
    found = _by_policy(clues, label, real, recent) or _follow_up(clues, label, real, recent)
    found = found or (_by_names(clues, real, recent) if label == Label.OTHER else None)
    if found is not None:
        return found
    if label == Label.OTHER and not clues.outgoing:
        return CaseDecision(general_case_id, KIND_GENERAL, "Other mail", "names no open case")
    return CaseDecision(None, KIND_NOTICE, title, _why_new(clues, label))


def with_resent(
    decision: CaseDecision,
    clues: Clues,
    earlier_case: CaseSummary | None,
    earlier: int,
    earlier_team: str | None = None,
) -> tuple[CaseDecision, bool]:
    """A re-sent notice joins the case of the notice it repeats: the decision, and whether it
    is a re-send at all.

    Amazon sends one template for many matters (an auto-reply, a request for
    invoices), so a near-copy is a re-send only when nothing says it is another
    matter's: its own IDs, thread or reply subject point to another case, or it
    names complaint IDs or ASINs that the earlier notice's case does not, comes from
    another team than the earlier notice (``earlier_team``), or that case ended or
    went quiet (the same template months later is another matter's). A copy naming
    nothing that grouping placed anyway stays where grouping put it.
    """
    opens_a_case = decision.case_id is None and decision.kind == KIND_NOTICE
    kinds = ("case", "complaint", "asin") if opens_a_case else ("complaint", "asin")
    if earlier_case is None or conflicts(clues, earlier_case, kinds):
        return decision, False
    if clues.team and earlier_team and clues.team != earlier_team:
        return decision, False
    if not (earlier_case.is_open and _within(earlier_case.last_at, clues.when)):
        return decision, False
    if decision.identity or (decision.case_id is not None and not clues.names_a_matter):
        # its own evidence placed it; a template naming nothing says nothing about which case
        return decision, decision.case_id == earlier_case.id
    return CaseDecision(earlier_case.id, KIND_NOTICE, "", f"re-sends message {earlier}"), True


def conflicts(
    clues: Clues, case: CaseSummary, kinds: Sequence[str] = ("case", "complaint", "asin")
) -> bool:
    """Whether a message names IDs of another matter: IDs of ``kinds`` where the case has
    some of that kind and none of the message's. (Amazon gives an appeal a case ID of its
    own, so only a new notice's case ID says "another matter".)"""
    named = {"case": clues.case_ids, "complaint": clues.complaint_ids, "asin": clues.asins}
    for kind in kinds:
        values = named[kind]
        if values and case.has_kind(kind) and all((kind, v) not in case.keys for v in values):
            return True
    return False


def _holding(
    real: list[CaseSummary], recent: RecentCases | None, kind: str, values: Sequence[str]
) -> list[CaseSummary]:
    """The candidates, then the recent cases holding any of ``values`` of ``kind``."""
    if recent is None or not values:
        return real
    return real + recent.holding((kind, value) for value in values)


def _by_identity(
    clues: Clues,
    real: list[CaseSummary],
    thread_case_id: int | None,
    recent: RecentCases | None = None,
) -> CaseDecision | None:
    """An Amazon case ID, a complaint ID, the thread, a reply to a case's subject."""
    for kind, values in (("case", clues.case_ids), ("complaint", clues.complaint_ids)):
        hit = _shared(_holding(real, recent, kind, values), kind, values, open_only=False)
        if hit:
            case, value, uncertain = hit
            name = "Amazon case ID" if kind == "case" else "complaint ID"
            return CaseDecision(case.id, KIND_NOTICE, "", f"same {name} {value}", uncertain, True)
    if thread_case_id is not None and (
        any(case.id == thread_case_id for case in real)
        or (recent is not None and recent.has(thread_case_id))
    ):
        return CaseDecision(
            thread_case_id, KIND_NOTICE, "", "same thread (a reply to its mail)", identity=True
        )
    if clues.reply and clues.subject:
        subjects = (clues.subject,)
        hit = _shared(
            _holding(real, recent, "subject", subjects), "subject", subjects, open_only=False
        )
        if hit:
            case, _, uncertain = hit
            return CaseDecision(
                case.id, KIND_NOTICE, "", "a reply to its notice's subject", uncertain, True
            )
    return None


def _by_listing(
    clues: Clues, real: list[CaseSummary], recent: RecentCases | None = None
) -> CaseDecision | None:
    """ASINs, then order IDs, shared with an open case."""
    for kind, values in (("asin", clues.asins), ("order", clues.order_ids)):
        hit = _shared(_holding(real, recent, kind, values), kind, values, open_only=True)
        if hit:
            case, value, uncertain = hit
            name = "ASIN" if kind == "asin" else "order ID"
            return CaseDecision(case.id, KIND_NOTICE, "", f"same {name} {value}", uncertain)
    return None


def _shared(
    cases: list[CaseSummary], kind: str, values: Sequence[str], *, open_only: bool
) -> tuple[CaseSummary, str, bool] | None:
    """The case sharing the most ``values`` of ``kind`` (open first, then newest), the first
    shared value, and whether another case shares as many (a near-tie)."""
    if not values:
        return None
    wanted = {(kind, value) for value in values}
    scored = []
    for case in cases:
        if (open_only and not case.is_open) or case.keys.isdisjoint(wanted):
            continue  # most candidates share nothing: a set test in C, no per-kind grouping
        common = wanted & case.keys
        scored.append(((len(common), case.is_open, _stamp(case.last_at)), case, common))
    if not scored:
        return None
    scored.sort(key=lambda item: item[0], reverse=True)
    (rank, case, common), rest = scored[0], scored[1:]
    tie = bool(rest) and rest[0][0][:2] == rank[:2]
    first = next(value for value in values if (kind, value) in common)
    return case, first, tie


def _by_policy(
    clues: Clues, label: str, real: list[CaseSummary], recent: RecentCases | None = None
) -> CaseDecision | None:
    """The same policy as an open case with recent mail (a new notice naming another case
    ID than the case's is another matter)."""
    policy = clues.policy
    if not policy:
        return None

    def accept(c: CaseSummary) -> bool:
        return c.policy == policy and not (label == Label.SUSPENSION and conflicts(clues, c))

    same = [c for c in _recent_open(real, clues.when) if accept(c)]
    if recent is not None:
        same += recent.policy(policy, accept)
    if not same:
        return None
    best, uncertain = _likeliest(same, clues)
    return CaseDecision(
        best.id, KIND_NOTICE, "", f"same policy ({_words(policy)}), recent", uncertain
    )


def _follow_up(
    clues: Clues, label: str, real: list[CaseSummary], recent: RecentCases | None = None
) -> CaseDecision | None:
    """A follow-up (or the seller's own mail) naming nothing: the case waiting on Amazon."""
    if label not in FOLLOW_UPS and not clues.outgoing:
        return None

    def accept(c: CaseSummary) -> bool:
        return not (clues.policy and c.policy and c.policy != clues.policy)

    pool = [c for c in _recent_open(real, clues.when) if accept(c)]
    if recent is not None:
        pool += recent.likeliest(clues.team, clues.outgoing, accept)
    if not pool:
        return None
    best, uncertain = _likeliest(pool, clues)
    if best.waiting_on_amazon and not clues.outgoing:
        why = "names nothing; the open case waiting on Amazon since the seller wrote"
        if clues.team and best.team == clues.team:
            why += f", of {clues.team}"
    elif clues.team and best.team == clues.team:
        why = f"names nothing; the newest open case of {clues.team}"
    else:
        why = "names nothing; the newest open case"
    return CaseDecision(best.id, KIND_NOTICE, "", why, uncertain)


def _by_names(
    clues: Clues, real: list[CaseSummary], recent: RecentCases | None = None
) -> CaseDecision | None:
    """Seller or consultant mail naming a person or company that only one case names, an
    open one with recent mail (the seller's own name is in every case: no evidence)."""
    if clues.from_amazon or not clues.names:
        return None
    active = {case.id for case in _recent_open(real, clues.when)}
    unique = []
    for name in clues.names:
        owners = [case for case in real if ("name", name) in case.keys]
        if recent is not None:
            more = recent.holding([("name", name)])
            owners += more
            active.update(case.id for case in more)
        if len(owners) == 1 and owners[0].id in active:
            unique.append((name, owners[0]))
    if not unique:
        return None
    chosen = {case.id for _, case in unique}
    name, case = unique[0]
    return CaseDecision(
        case.id, KIND_NOTICE, "", f"mentions {name.title()} as its mail does", len(chosen) > 1
    )


def _likeliest(pool: list[CaseSummary], clues: Clues) -> tuple[CaseSummary, bool]:
    """The case waiting on Amazon: of the message's team (when both are known), the one the
    seller last wrote to, else the newest; other teams' cases only after them.

    Uncertain when the runner-up is as likely: same tier, and within ``NEAR_TIE`` of it.
    """

    team, outgoing = clues.team, clues.outgoing

    def rank(case: CaseSummary) -> tuple[int, float]:
        return likeliness(case, team, outgoing)

    # the two first of sorted(pool, key=rank, reverse=True), ties in pool order alike
    best, *rest = heapq.nlargest(2, pool, key=rank)
    if not rest:
        return best, False
    (tier, when), (tier2, when2) = rank(best), rank(rest[0])
    return best, tier == tier2 and when - when2 <= NEAR_TIE.total_seconds()


def likeliness(case: CaseSummary, team: str | None, outgoing: bool) -> tuple[int, float]:
    """How likely an open case is the one a message naming nothing follows up (higher is
    likelier): its tier (2 for the message's team or an unknown one, plus 1 waiting on
    Amazon, unless the seller writes), then the seller's last mail if waiting, else its
    newest."""
    waiting, last, wrote = case.stamps
    same_team = not (team and case.team) or case.team == team
    waiting = waiting and not outgoing
    return 2 * same_team + waiting, wrote if waiting else last


def _recent_open(cases: list[CaseSummary], when: datetime | None) -> list[CaseSummary]:
    if when is None:
        return []
    return [
        case
        for case in cases
        if case.is_open and case.last_at is not None and abs(when - case.last_at) <= RECENT
    ]


def _why_new(clues: Clues, label: str) -> str:
    if clues.policy:
        return f"new matter: {_words(clues.policy)}, no open case of that policy"
    if clues.case_ids:
        return f"new Amazon case ID {clues.case_ids[0]}"
    if clues.outgoing:
        return "the seller's mail names no open case"
    return f"new {_words(label)}, names no open case"


def _words(code: str) -> str:
    return code.replace("_", " ")


def _stamp(when: datetime | None) -> float:
    return when.timestamp() if when is not None else 0.0


def _within(last: datetime | None, when: datetime | None) -> bool:
    return last is not None and when is not None and abs(when - last) <= RECENT


def grouping_open(was_open: bool, label: str, clues: Clues) -> bool:
    """Whether a case still takes new notices after this message (in date order).

    A reinstatement closes it (a later notice about the same ASIN starts a new
    case); any other Amazon notice reopens it. A reinstatement whose label awaits
    review closes nothing until a person confirms it (``intake relabel``, which
    regroups): taken wrongly for one, it would split the case's next follow-up off.
    """
    if clues.outgoing or label in (Label.OTHER, Label.RESENT):
        return was_open
    if label == Label.REINSTATEMENT and clues.label_unsure:
        return was_open
    return label != Label.REINSTATEMENT


def case_title(notice: Notice, facts: Facts) -> str:
    """A short title a consultant recognises: policy and ASINs, else the subject."""
    parts: list[str] = []
    if facts.policy:
        parts.append(facts.policy.replace("_", " "))
    if facts.asins:
        shown = ", ".join(facts.asins[:3]) + (" ..." if len(facts.asins) > 3 else "")
        parts.append(shown)
    elif facts.case_ids:
        parts.append(f"case {facts.case_ids[0]}")
    title = " - ".join(parts) if parts else notice.subject
    return (title or "(no subject)")[:200]
