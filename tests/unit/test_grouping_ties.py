"""Grouping's tie-breaks among candidates, which its quicker ranking must keep: equal ranks go
to the candidate the index gave first, and more shared IDs beat a newer case."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from classifiers.types import Label
from intake.cases import KIND_NOTICE, CaseSummary, decide_case
from intake.cases.clues import Clues
from intake.extract import Authenticity
from intake.extract.authenticity import Verdict

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
TEAM = "seller-performance@amazon.com"
OK = Authenticity(Verdict.OK)


def _case(case_id: int, days: float, **fields: object) -> CaseSummary:
    return CaseSummary(
        case_id, KIND_NOTICE, True, team=TEAM, last_at=T0 + timedelta(days=days), **fields
    )  # type: ignore[arg-type]


def test_equal_ranks_join_the_first_candidate_and_are_uncertain() -> None:
    """Two open cases of the team, mail at the same moment: a denial naming nothing joins the
    one listed first, uncertain, whichever order they come in."""
    denial = Clues(team=TEAM, when=T0 + timedelta(days=1))
    one, two = _case(1, 0), _case(2, 0)
    for pool in ([one, two], [two, one]):
        decision = decide_case(denial, Label.GENERIC_DENIAL, OK, pool)
        assert decision.case_id == pool[0].id
        assert decision.uncertain


def test_the_case_waiting_on_amazon_beats_a_newer_one() -> None:
    """The seller wrote on the older case after its notice: a follow-up joins it, not the
    newer case of the same team, and with no doubt (another tier)."""
    waiting = _case(1, 0, last_outgoing_at=T0 + timedelta(days=1))
    newer = _case(2, 2)
    denial = Clues(team=TEAM, when=T0 + timedelta(days=3))
    for pool in ([waiting, newer], [newer, waiting]):
        decision = decide_case(denial, Label.GENERIC_DENIAL, OK, pool)
        assert (decision.case_id, decision.uncertain) == (1, False)


def test_more_shared_asins_beat_a_newer_case() -> None:
    """A notice naming two ASINs joins the case holding both, not a newer one holding one;
    the reason names the first ASIN the notice and that case share."""
    both = _case(1, 0, keys=frozenset({("asin", "B0AAAAAAA1"), ("asin", "B0BBBBBBB2")}))
    one = _case(2, 5, keys=frozenset({("asin", "B0BBBBBBB2"), ("name", "Harbour Lights")}))
    notice = Clues(asins=("B0CCCCCCC3", "B0BBBBBBB2", "B0AAAAAAA1"), team=TEAM, when=T0)
    decision = decide_case(notice, Label.SUSPENSION, OK, [one, both])
    assert (decision.case_id, decision.uncertain) == (1, False)
    assert decision.reason == "same ASIN B0BBBBBBB2"
