"""decide_case: which case a message joins, in the documented order."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from intake.cases import KIND_GENERAL, KIND_NOTICE, KIND_SUSPICIOUS, CaseSummary, decide_case
from intake.extract import Authenticity, Facts
from intake.notice import Notice

WHEN = datetime(2026, 3, 2, tzinfo=UTC)
OK = Authenticity("ok")


def _notice(subject: str = "Notice") -> Notice:
    return Notice(
        message_id="<m@x>", sender="seller-performance@amazon.com", subject=subject, date=WHEN
    )


def _case(case_id: int, **kw) -> CaseSummary:
    kw.setdefault("kind", KIND_NOTICE)
    kw.setdefault("is_open", True)
    return CaseSummary(id=case_id, **kw)


def _decide(facts: Facts, cases, label="suspension", thread=None, auth=OK, outgoing=False):
    return decide_case(
        _notice(), label, facts, auth, thread_case_id=thread, cases=cases, outgoing=outgoing
    )


def test_amazon_case_id_wins_over_asins() -> None:
    """A shared Amazon case ID decides, even when ASINs point elsewhere."""
    cases = [
        _case(1, asins=frozenset({"B0AAAAAAA1"})),
        _case(2, amazon_case_ids=frozenset({"123"})),
    ]
    decision = _decide(Facts(asins=("B0AAAAAAA1",), case_ids=("123",)), cases)
    assert decision.case_id == 2 and decision.reason == "same Amazon case ID"


def test_thread_before_asins() -> None:
    """A reply in a thread joins the thread's case."""
    cases = [_case(1, asins=frozenset({"B0AAAAAAA1"})), _case(2)]
    assert _decide(Facts(asins=("B0AAAAAAA1",)), cases, thread=2).case_id == 2


def test_shared_asin_joins_open_case_only() -> None:
    """Overlapping ASINs join an open case, never a reinstated one."""
    asin = frozenset({"B0AAAAAAA1"})
    assert _decide(Facts(asins=("B0AAAAAAA1",)), [_case(1, asins=asin)]).case_id == 1
    closed = _decide(Facts(asins=("B0AAAAAAA1",)), [_case(1, asins=asin, is_open=False)])
    assert closed.case_id is None and closed.kind == KIND_NOTICE


def test_same_policy_within_window() -> None:
    """The same policy recently joins that case; long ago it opens a new one."""
    recent = _case(1, policy="order_defect_rate", last_at=WHEN - timedelta(days=10))
    old = _case(1, policy="order_defect_rate", last_at=WHEN - timedelta(days=200))
    assert _decide(Facts(policy="order_defect_rate"), [recent]).case_id == 1
    assert _decide(Facts(policy="order_defect_rate"), [old]).case_id is None


def test_other_mail_goes_to_the_general_case() -> None:
    """An order notice with no case facts joins the client's general case."""
    general = _case(9, kind=KIND_GENERAL)
    decision = _decide(Facts(), [general], label="other")
    assert (decision.case_id, decision.kind) == (9, KIND_GENERAL)
    assert _decide(Facts(), [], label="other").kind == KIND_GENERAL


def test_suspicious_never_joins_a_real_case() -> None:
    """A phishing message with a real case's ASIN still gets a case of its own."""
    cases = [_case(1, asins=frozenset({"B0AAAAAAA1"}))]
    decision = _decide(
        Facts(asins=("B0AAAAAAA1",)), cases, auth=Authenticity("suspicious", ("look-alike domain",))
    )
    assert decision.case_id is None and decision.kind == KIND_SUSPICIOUS


def test_new_case_title_names_policy_and_asins() -> None:
    """A new case is titled by its policy and ASINs."""
    decision = _decide(Facts(asins=("B0AAAAAAA1",), policy="intellectual_property"), [])
    assert decision.title == "intellectual property - B0AAAAAAA1"


def test_same_template_other_asins_is_a_new_case() -> None:
    """Two notices of one policy about different ASINs are two cases."""
    case = _case(1, asins=frozenset({"B0AAAAAAA1"}), policy="inauthentic", last_at=WHEN)
    decision = _decide(Facts(asins=("B0BBBBBBB2",), policy="inauthentic"), [case])
    assert decision.case_id is None and decision.reason == "new ASINs"


def test_follow_up_without_ids_joins_recent_account_case() -> None:
    """An acknowledgement naming no ASIN or known ID joins the open account-level case."""
    account = _case(1, policy="related_accounts", last_at=WHEN - timedelta(days=3))
    listing = _case(2, asins=frozenset({"B0AAAAAAA1"}), last_at=WHEN - timedelta(days=1))
    assert (
        _decide(Facts(case_ids=("555",)), [account, listing], label="acknowledgement").case_id == 1
    )


def test_follow_up_with_other_policy_does_not_join() -> None:
    """A late-shipment warning does not join a related-accounts case."""
    account = _case(1, policy="related_accounts", last_at=WHEN - timedelta(days=3))
    decision = _decide(Facts(policy="late_shipment"), [account], label="need_more_info")
    assert decision.case_id is None


def test_new_suspension_never_joins_by_recency() -> None:
    """A suspension with nothing in common with open cases opens a new case."""
    account = _case(1, last_at=WHEN - timedelta(days=3))
    assert _decide(Facts(), [account], label="suspension").case_id is None
