"""The open cases' window (``intake.cases.window``): ``decide_case`` reading the few cases each
rule needs from it decides as it does with every recently active open case listed, and the
sorted lists follow a case as it changes (team, policy, waiting, date, closed)."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from classifiers.types import Label
from intake.cases import KIND_NOTICE, CaseSummary, decide_case
from intake.cases.clues import Clues
from intake.cases.grouping import RECENT, conflicts, waiting_on_amazon
from intake.cases.window import OpenCases
from intake.extract import Authenticity
from intake.extract.authenticity import Verdict

T0 = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)
OK = Authenticity(Verdict.OK)
TEAMS = (None, "seller-performance@amazon.com", "notice-dispute@amazon.com", "a@amazon.de")
POLICIES = (None, "inauthentic", "pricing")
LABELS = (
    Label.GENERIC_DENIAL,
    Label.ACKNOWLEDGEMENT,
    Label.NEED_MORE_INFO,
    Label.SUSPENSION,
    Label.OTHER,
    Label.REINSTATEMENT,
)
KEYS = [("asin", f"B0000000A{n}") for n in range(4)] + [("order", "111-1111111-1111111")]
KEYS += [("case", "1234567890"), ("complaint", "5512093871"), ("subject", "notice: pricing")]
KEYS += [("name", "Harbour Lights"), ("name", "Ada Lovelace")]
NAMES = [("name", f"Person Number{n}") for n in range(60)]  # most named by one case or none


def _day(rng: random.Random, span: int = 120) -> datetime:
    # whole days and half days: many cases share a date, so ties are tried
    return T0 + timedelta(hours=12 * rng.randrange(2 * span))


def _random_case(rng: random.Random, case_id: int, span: int = 120) -> CaseSummary:
    last = _day(rng, span)
    wrote = last - timedelta(days=rng.randrange(3)) if rng.random() < 0.4 else None
    asked = last - timedelta(days=rng.randrange(3)) if rng.random() < 0.6 else None
    return CaseSummary(
        case_id,
        KIND_NOTICE,
        rng.random() < 0.85,
        keys=frozenset(rng.sample(KEYS, rng.randrange(4)) + rng.sample(NAMES, 1)),
        policy=rng.choice(POLICIES),
        team=rng.choice(TEAMS),
        last_at=last,
        last_outgoing_at=wrote,
        last_request_at=asked,
    )


def _random_clues(rng: random.Random, span: int = 120) -> Clues:
    keys = rng.sample(KEYS, rng.randrange(3)) + rng.sample(NAMES, rng.randrange(2))
    values = {kind: tuple(v for k, v in keys if k == kind) for kind, _ in KEYS + NAMES}
    outgoing = rng.random() < 0.2
    return Clues(
        case_ids=values["case"],
        complaint_ids=values["complaint"],
        asins=values["asin"] if rng.random() < 0.3 else (),
        order_ids=values["order"],
        subject=values["subject"][0] if values["subject"] else "",
        reply=bool(values["subject"]),
        team=rng.choice(TEAMS),
        policy=rng.choice(POLICIES),
        names=values["name"],
        when=_day(rng, span),
        outgoing=outgoing,
        from_amazon=not outgoing and rng.random() < 0.6,
    )


def _put(cases: OpenCases, case: CaseSummary) -> None:
    waiting = waiting_on_amazon(case.last_outgoing_at, case.last_request_at)
    last = case.last_at if case.is_open else None
    cases.put(case.id, last, case.team, case.policy, waiting)


class _Index:
    """Cases with key buckets of ``limit`` as ``ClientMemory`` keeps them, and the old way
    of listing candidates (every open case of the window after the key-sharing ones)."""

    def __init__(self, cases: list[CaseSummary], limit: int) -> None:
        self.cases = {case.id: case for case in cases}
        self.open = OpenCases()
        self.limit = limit
        for case in cases:
            _put(self.open, case)

    def holders(self, key: tuple[str, str]) -> list[int]:
        return [case.id for case in self.cases.values() if key in case.keys]

    def sharing(self, clues: Clues) -> dict[int, None]:
        found: dict[int, None] = {}
        for key in clues.index_keys():
            if (key[0] != "subject" or clues.reply) and (key[0] != "name" or not clues.from_amazon):
                found.update(dict.fromkeys(reversed(self.holders(key)[-self.limit :])))
        return found

    def complete(self, clues: Clues, key: tuple[str, str]) -> bool:
        return key in clues.index_keys() and len(self.holders(key)) < self.limit

    def both_ways(self, clues: Clues, label: str, thread: int | None, window_limit: int) -> tuple:
        assert clues.when is not None
        ids = self.sharing(clues)
        listed = [self.cases[case_id] for case_id in ids]
        entries = self.open.between(clues.when - RECENT, clues.when + RECENT, window_limit)
        every = listed + [self.cases[i] for _, i in entries if i not in ids]
        window = self.open.window(
            clues.when,
            window_limit,
            ids,
            self.cases.get,
            lambda key: self.complete(clues, key),
        )
        old = decide_case(clues, label, OK, every, thread_case_id=thread, general_case_id=99)
        new = decide_case(
            clues, label, OK, listed, thread_case_id=thread, general_case_id=99, recent=window
        )
        return old, new


def test_the_window_decides_as_every_open_case_listed() -> None:
    """Thousands of random messages against random cases (shared dates, teams, policies,
    cases waiting on Amazon, full key buckets, a capped window): the same decision, reason,
    doubt and case either way."""
    rng = random.Random(14)
    reasons: dict[str, int] = {}
    for _ in range(120):
        # few cases or many, over weeks (many share a date) or months
        size, span = rng.choice((8, 25, 80)), rng.choice((10, 120))
        made = [_random_case(rng, n, span) for n in range(1, size)]
        index = _Index(made, limit=rng.choice((3, 50)))
        for _ in range(40):
            clues = _random_clues(rng, span)
            thread = rng.choice((None, rng.randrange(1, size)))
            consultant = not (clues.from_amazon or clues.outgoing) and rng.random() < 0.7
            label = Label.OTHER if consultant else rng.choice(LABELS)
            clues = replace(clues, policy=None) if consultant else clues
            old, new = index.both_ways(clues, label, thread, rng.choice((12, 200)))
            assert new == old, clues
            reason = old.reason.split(" (")[0].split(";")[0].rstrip("0123456789 B")
            reason = (
                reason.split(", ")[0].split(" ")[0] if reason.startswith("mentions") else reason
            )
            reasons[reason] = reasons.get(reason, 0) + 1
            if rng.random() < 0.3:  # a case changes: date, team, waiting, closed
                changed = _random_case(rng, rng.randrange(1, size), span)
                index.cases[changed.id] = changed
                _put(index.open, changed)
    rules = ("same Amazon case ID", "same complaint ID", "same thread", "same ASIN B0000000A")
    rules += ("same order ID 111-1111111-", "a reply to its notice's subject", "same policy")
    rules += ("names nothing", "mentions")
    assert all(reasons.get(rule, 0) >= 20 for rule in rules), [reasons.get(r) for r in rules]


def test_a_case_moves_between_lists_as_it_changes() -> None:
    """A case put again leaves its old team's, policy's and waiting lists; closed, it leaves
    them all."""
    cases = OpenCases()
    cases.put(1, T0, "a@amazon.com", "pricing", waiting=True)
    cases.put(2, T0 + timedelta(days=1), "a@amazon.com", None)
    cases.put(1, T0 + timedelta(days=2), "b@amazon.com", "inauthentic", waiting=False)
    assert cases.all == [(T0 + timedelta(days=1), 2), (T0 + timedelta(days=2), 1)]
    assert cases.by_team["a@amazon.com"] == [(T0 + timedelta(days=1), 2)]
    assert cases.by_team["b@amazon.com"] == [(T0 + timedelta(days=2), 1)]
    assert cases.by_policy["pricing"] == [] and cases.waiting == []
    assert cases.waiting_by_team["a@amazon.com"] == []
    cases.put(1, None)
    assert cases.all == [(T0 + timedelta(days=1), 2)] and cases.by_team["b@amazon.com"] == []


def test_the_window_is_capped_from_its_oldest_case() -> None:
    """At most ``limit`` cases from the oldest within ``RECENT``; ``has`` agrees."""
    cases = OpenCases()
    for n in range(10):
        cases.put(n + 1, T0 + timedelta(days=n), "a@amazon.com")
    when = T0 + RECENT + timedelta(days=3)  # days 3.. are within RECENT
    window = cases.window(when, 4, (), lambda _: None, lambda _: True)
    assert [case_id for _, case_id in window.entries] == [4, 5, 6, 7]
    assert [window.has(n) for n in (3, 4, 7, 8)] == [False, True, True, False]


def test_the_newest_of_the_team_is_found_past_other_teams() -> None:
    """``likeliest`` gives the message's team's newest two (and none of another team's
    newer ones), the window order kept."""
    made = {}
    cases = OpenCases()
    for n, team in enumerate(["a@amazon.com", "b@amazon.com"] * 5, start=1):
        made[n] = CaseSummary(n, KIND_NOTICE, True, team=team, last_at=T0 + timedelta(days=n))
        cases.put(n, made[n].last_at, team)
    window = cases.window(T0 + timedelta(days=11), 200, (), made.get, lambda _: True)
    found = window.likeliest("a@amazon.com", False, lambda _: True)
    assert [case.id for case in found] == [7, 9]


def _decide_through_window(made: dict[int, CaseSummary], clues: Clues) -> tuple[int | None, bool]:
    cases = OpenCases()
    for case in made.values():
        waiting = waiting_on_amazon(case.last_outgoing_at, case.last_request_at)
        cases.put(case.id, case.last_at, case.team, case.policy, waiting)
    assert clues.when is not None
    window = cases.window(clues.when, 200, (), made.get, lambda _: True)
    decision = decide_case(clues, Label.GENERIC_DENIAL, OK, [], recent=window)
    return decision.case_id, decision.uncertain


def test_three_newest_at_the_same_moment_join_the_first_in_window_order() -> None:
    """Three open cases of the team with mail at the same moment: a denial joins the one the
    window lists first (the lowest id), as with every case listed, though the newest-first
    reading meets it last."""
    team = "seller-performance@amazon.com"
    made = {n: CaseSummary(n, KIND_NOTICE, True, team=team, last_at=T0) for n in (1, 2, 3)}
    assert _decide_through_window(made, Clues(team=team, when=T0)) == (1, True)


def test_waiting_cases_tied_on_the_sellers_mail_join_the_first_in_window_order() -> None:
    """Three cases waiting on Amazon since the seller wrote at the same moment, two of the
    team and (listed first, its newest mail the oldest) one of no known team: the denial
    joins that one."""
    team = "seller-performance@amazon.com"
    wrote = T0 - timedelta(days=1)
    made = {
        n: CaseSummary(
            n, KIND_NOTICE, True, team=who, last_at=T0 + timedelta(hours=n), last_outgoing_at=wrote
        )  # fmt: skip
        for n, who in ((1, None), (2, team), (3, team))
    }
    assert _decide_through_window(made, Clues(team=team, when=T0 + timedelta(days=1))) == (1, True)


def test_conflicts_reads_the_kinds_the_index_keeps_as_the_keys_say() -> None:
    """``conflicts`` (a message naming IDs of another matter) answers alike whether the case's
    key kinds come from the index or from its keys, and as the rule says: the case has IDs of
    that kind, and none of the message's."""
    rng = random.Random(5)
    for _ in range(2000):
        case = _random_case(rng, 1)
        kept = replace(case, kinds=frozenset(kind for kind, _ in case.keys))
        clues = _random_clues(rng)
        named = {"case": clues.case_ids, "complaint": clues.complaint_ids, "asin": clues.asins}
        expected = any(
            named[kind]
            and any(k == kind for k, _ in case.keys)
            and not any((kind, v) in case.keys for v in named[kind])
            for kind in named
        )
        assert conflicts(clues, case) == conflicts(clues, kept) == expected
