"""Pure parts of the web app: search query building, the login throttle, triage filters."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from werkzeug.datastructures import MultiDict

from intake.cases.state import CaseState
from intake.store.search import case_number, fts5_query, is_search_object
from intake.store.views import CaseView
from intake.web.filters import TriageFilter, apply_filter
from intake.web.passwords import hash_password, verify_password
from intake.web.throttle import LoginThrottle, throttle_keys

TODAY = date(2026, 3, 10)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("B0ABCDEFGH", '"B0ABCDEFGH"'),
        ("114-1234567-7654321", '"114-1234567-7654321"'),
        ('say "hi" OR NEAR(x)', '"say" """hi""" "OR" "NEAR(x)"'),
        ("  - * ", None),
    ],
)
def test_fts5_query_quotes_every_word(words: str, expected: str | None) -> None:
    """Words become quoted phrases, so FTS syntax in a search is plain text."""
    assert fts5_query(words) == expected


def test_case_number_only_for_a_bare_number() -> None:
    """'12' and '#12' name case 12; an order ID does not."""
    assert [case_number(q) for q in ("12", "#12", "114-1234567-1", "B0A")] == [12, 12, None, None]


def test_search_objects_are_kept_out_of_schema_comparison() -> None:
    """The FTS table, its shadow tables and the PostgreSQL index are not model objects."""
    assert is_search_object("message_fts", "table") and is_search_object(
        "message_fts_data", "table"
    )
    assert is_search_object("ix_messages_search", "index")
    assert not is_search_object("messages", "table")


def test_throttle_blocks_after_five_failures_then_forgets() -> None:
    """A name is refused after five failures in the window, and free once they age out."""
    throttle, keys = LoginThrottle(max_failures=5, window=60), throttle_keys("Sam", "10.0.0.1")
    for second in range(5):
        assert throttle.wait(keys, second) == 0
        throttle.failed(keys, second)
    assert throttle.wait(keys, 10) == pytest.approx(50)
    assert throttle.wait(throttle_keys("sam", "10.0.0.2"), 10) > 0  # same name, other address
    assert throttle.wait(throttle_keys("other", "10.0.0.1"), 10) > 0  # same address
    assert throttle.wait(keys, 65) == 0


def test_passwords_hash_and_verify() -> None:
    """An argon2 hash verifies its password only; an unknown user never verifies."""
    hashed = hash_password("correct horse battery")
    assert hashed.startswith("$argon2id$") and "correct" not in hashed
    assert verify_password(hashed, "correct horse battery")
    assert not verify_password(hashed, "wrong horse battery")
    assert not verify_password(None, "correct horse battery")


def _case(
    case_id: int, client: str, status: str, deadline: date | None, review: int = 0, uncertain=0
):
    state = CaseState(status, "suspension", 0, 0, (), deadline, (), "step", "why",
                      overdue=deadline is not None and deadline < TODAY)  # fmt: skip
    now = datetime(2026, 3, 1, tzinfo=UTC)
    return CaseView(case_id, client, f"case {case_id}", "notice", state, 1, now, now, None, None,
                    (), (), needs_review=review, uncertain=uncertain)  # fmt: skip


CASES = [
    _case(1, "acme", "suspended", date(2026, 3, 9)),
    _case(2, "acme", "closed", None),
    _case(3, "globex", "denied", date(2026, 3, 15), review=1),
    _case(4, "globex", "suspended", None, uncertain=2),
]


def _shown(args: dict, owners: dict | None = None, matched=None) -> list[int]:
    chosen = TriageFilter.from_args(MultiDict(args), ["acme", "globex"])
    shown, _ = apply_filter(CASES, chosen, lambda _c: TODAY, owners or {}, matched)
    return [case.id for case in shown]


def test_triage_filters() -> None:
    """Open by default; status, clients, deadline window, review, grouping uncertain, owner and
    search narrow it."""
    assert _shown({}) == [1, 3, 4]
    assert _shown({"status": "any"}) == [1, 2, 3, 4]
    assert _shown(MultiDict([("client", "globex"), ("client", "hidden")])) == [3, 4]
    assert _shown({"deadline": "overdue"}) == [1]
    assert _shown({"deadline": "7d"}) == [1, 3]
    assert _shown({"review": "1"}) == [3]
    assert _shown({"uncertain": "1"}) == [4]
    assert _shown({"owner": "carla"}, owners={4: "carla"}) == [4]
    assert _shown({"owner": "-"}, owners={4: "carla"}) == [1, 3]
    assert _shown({"q": "x"}, matched={2, 3}) == [2, 3]  # a search includes closed cases


def test_filter_query_reproduces_the_filter() -> None:
    """The query pairs (links, CSV) carry every filter chosen, the uncertain one too."""
    args = MultiDict([("client", "acme"), ("review", "1"), ("uncertain", "1"), ("owner", "-")])
    chosen = TriageFilter.from_args(args, ["acme"])
    assert TriageFilter.from_args(MultiDict(chosen.query()), ["acme"]) == chosen
    assert ("uncertain", "1") in chosen.query()


def test_counts_per_client_ignore_the_client_filter() -> None:
    """Counts show what each client would add, whichever clients are ticked."""
    chosen = TriageFilter.from_args(MultiDict([("client", "acme")]), ["acme", "globex"])
    shown, counts = apply_filter(CASES, chosen, lambda _c: TODAY, {}, None)
    assert [c.id for c in shown] == [1] and counts == {"acme": 1, "globex": 2}
