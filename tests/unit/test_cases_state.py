"""derive_state: status, counts, deadline and next step from a case's timeline."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from intake.cases.state import TimelineEntry, derive_state, next_step

NOW = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)


def _at(day: int) -> datetime:
    return datetime(2026, 3, day, 9, 0, tzinfo=UTC)


def _state(*entries: TimelineEntry, now: datetime = NOW):
    return derive_state("notice", list(entries), now)


def test_new_suspension_asks_for_a_poa() -> None:
    """A fresh suspension: status suspended, next step a Plan of Action."""
    state = _state(TimelineEntry("suspension", _at(1), requested=("invoices",)))
    assert state.status == "suspended"
    assert "Plan of Action" in state.next_step and "invoices" in state.reason


def test_resent_notice_means_do_not_resend() -> None:
    """After a re-sent notice the advice is to ask for clarification, not resend."""
    state = _state(
        TimelineEntry("suspension", _at(1)),
        TimelineEntry("", _at(2), outgoing=True),
        TimelineEntry("resent", _at(5)),
    )
    assert state.resent == 1
    assert "Do not resend" in state.next_step


def test_second_denial_escalates_with_submission_count() -> None:
    """Two generic denials: escalate; submissions are counted with dates."""
    state = _state(
        TimelineEntry("suspension", _at(1)),
        TimelineEntry("", _at(2), outgoing=True),
        TimelineEntry("generic_denial", _at(4)),
        TimelineEntry("", _at(5), outgoing=True),
        TimelineEntry("generic_denial", _at(8)),
    )
    assert (state.status, state.denials) == ("denied", 2)
    assert state.submissions == (_at(2), _at(5))
    assert state.next_step.startswith("Escalate")
    assert state.reason.endswith("2 earlier submission(s): 2026-03-02, 2026-03-05")


def test_one_denial_improves_the_poa() -> None:
    """A first generic denial: improve the POA rather than escalate."""
    state = _state(TimelineEntry("suspension", _at(1)), TimelineEntry("generic_denial", _at(4)))
    assert "Improve the POA" in state.next_step


def test_deadline_within_48_hours_comes_first() -> None:
    """An imminent deadline overrides every other advice."""
    due = (NOW + timedelta(hours=30)).date()
    state = _state(TimelineEntry("need_more_info", _at(10), deadline=due, requested=("invoices",)))
    assert state.deadline == due
    assert "48 hours" in state.next_step


def test_overdue_deadline_is_flagged() -> None:
    """A deadline in the past says so."""
    state = _state(TimelineEntry("need_more_info", _at(1), deadline=date(2026, 3, 5)))
    assert "passed" in state.next_step


def test_deadline_day_itself_is_not_overdue() -> None:
    """A notice due today may still be answered today; tomorrow it is overdue."""
    entry = TimelineEntry("need_more_info", _at(1), deadline=NOW.date())
    assert "48 hours" in _state(entry).next_step
    assert "passed" in _state(entry, now=NOW + timedelta(days=1)).next_step


def test_reinstatement_closes_deadlines() -> None:
    """Once reinstated there is nothing due."""
    state = _state(
        TimelineEntry(
            "need_more_info", _at(1), deadline=date(2026, 3, 25), requested=("invoices",)
        ),
        TimelineEntry("reinstatement", _at(9)),
    )
    assert state.status == "reinstated" and state.deadline is None and state.requested == ()


def test_redirect_says_resubmit_through_channel() -> None:
    """A closed-queue auto-reply: resubmit through the named channel."""
    state = _state(
        TimelineEntry("suspension", _at(1)), TimelineEntry("redirect_closed_queue", _at(2))
    )
    assert state.status == "redirected" and "Resubmit" in state.next_step


def test_urgency_orders_deadlines_before_statuses() -> None:
    """Cases with a deadline sort before cases without, nearest first."""
    soon = _state(TimelineEntry("need_more_info", _at(1), deadline=date(2026, 3, 22)))
    later = _state(TimelineEntry("need_more_info", _at(1), deadline=date(2026, 4, 22)))
    none = _state(TimelineEntry("suspension", _at(1)))
    ordered = sorted([none, later, soon], key=lambda s: s.urgency(NOW.date()))
    assert ordered == [soon, later, none]


def test_closing_drops_the_deadline_and_reopening_restores_it() -> None:
    """A closed case owes nothing; reopened, it is due again as before."""
    due = date(2026, 3, 21)
    asked = TimelineEntry("need_more_info", _at(1), deadline=due, requested=("invoices",))
    closed = TimelineEntry("other", _at(2), event="closed")
    state = _state(asked, closed)
    assert (state.status, state.deadline) == ("closed", None)
    assert "reopens" in state.next_step
    reopened = _state(asked, closed, TimelineEntry("other", _at(3), event="reopened"))
    assert (reopened.status, reopened.deadline) == ("more_info_requested", due)


def test_a_denial_ends_the_deadline_of_the_request_it_answered() -> None:
    """need_more_info (due 03-05), then two denials: escalate, not "the deadline has passed"."""
    state = _state(
        TimelineEntry("need_more_info", _at(1), deadline=date(2026, 3, 5)),
        TimelineEntry("generic_denial", _at(8)),
        TimelineEntry("generic_denial", _at(12)),
    )
    assert state.deadline is None and state.next_step.startswith("Escalate")


def test_closing_twice_then_reopening_restores_the_status() -> None:
    notice = TimelineEntry("suspension", _at(1))
    close = TimelineEntry("other", _at(2), event="closed")
    again = TimelineEntry("other", _at(3), event="closed")
    reopen = TimelineEntry("other", _at(4), event="reopened")
    assert _state(notice, close, again, reopen).status == "suspended"


def test_the_sellers_own_mail_does_not_reopen_a_closed_or_reinstated_case() -> None:
    thanks = TimelineEntry("other", _at(9), outgoing=True)
    closed = _state(TimelineEntry("suspension", _at(1)), TimelineEntry("other", _at(2),
                    event="closed"), thanks)  # fmt: skip
    reinstated = _state(TimelineEntry("reinstatement", _at(1)), thanks)
    assert (closed.status, reinstated.status) == ("closed", "reinstated")


def test_amazon_mail_taken_in_after_a_close_reopens_it_even_if_dated_before() -> None:
    """A poll that lags, or a backfill: the notice is dated before the close, stored after."""
    closed_at = _at(10)
    late = TimelineEntry(
        "need_more_info",
        _at(9),
        deadline=date(2026, 3, 22),
        taken_in=closed_at + timedelta(hours=1),
    )
    state = _state(TimelineEntry("suspension", _at(1)), late,
                   TimelineEntry("other", closed_at, event="closed"))  # fmt: skip
    assert (state.status, state.deadline) == ("more_info_requested", date(2026, 3, 22))


def test_the_deadline_day_ends_at_midnight_where_the_seller_is() -> None:
    """19:00 in Los Angeles on the deadline day is already the next day in UTC."""
    due = date(2026, 3, 20)
    entry = TimelineEntry("need_more_info", _at(1), deadline=due)
    evening = datetime(2026, 3, 21, 3, 0, tzinfo=UTC)  # 2026-03-20 20:00 in Los Angeles
    in_utc = _state(entry, now=evening)
    in_la = _state(entry, now=evening.astimezone(ZoneInfo("America/Los_Angeles")))
    assert "passed" in in_utc.next_step and (in_utc.urgent, in_utc.overdue) == (True, True)
    assert "48 hours" in in_la.next_step and (in_la.urgent, in_la.overdue) == (True, False)


def test_a_status_without_a_rule_gets_the_fallback_step_instead_of_a_crash():
    # The fallback used to be a tuple that was called like the rules' lambdas.
    step, reason = next_step("general", None, 0, 0, None, (), NOW)
    assert (step, reason) == ("Read the latest message.", "no rule applies")
