"""A person's case decisions (merge, move, logged appeals) on a real database."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from intake.analyse.classifier import Classifier
from intake.errors import InputError
from intake.ingest.files import ingest
from intake.ingest.pipeline import IngestContext
from intake.mail.notice import Origin, RawMessage
from intake.store import casework, open_store, views
from intake.store.regrouping import regroup
from intake.timeutil import utcnow
from tests.builders import MessageBuilder

NOW = datetime(2026, 3, 30, tzinfo=UTC)


def _notice(
    builder: MessageBuilder, asin: str, day: int, subject: str = "Listing removed"
) -> RawMessage:
    raw = builder.build(
        subject=subject,
        body=f"Hello,\n\nWe removed your listing {asin} because of a rights owner complaint.\n"
        "You may appeal from the Account Health page.\n\nSeller Performance",
        date=datetime(2026, 3, day, 9, tzinfo=UTC),
    )
    return RawMessage(raw=raw, origin=Origin(kind="file", path=f"{asin}-{day}.eml"))


@pytest.fixture
def two_cases(db_url: str, classifier: Classifier):
    """A store with two listing cases of client acme (different ASINs)."""
    store = open_store(db_url)
    builder = MessageBuilder()
    ctx = IngestContext(client="acme", classifier=classifier)
    first = ingest(store, [_notice(builder, "B0AAAAAAA1", 2)], ctx)[0]
    second = ingest(store, [_notice(builder, "B0BBBBBBB2", 3)], ctx)[0]
    assert first.case_id != second.case_id
    yield store, builder, ctx, first, second
    store.close()


def test_merge_moves_messages_and_keeps_them_together(two_cases) -> None:
    """After a merge the source case is gone and its ASIN's later mail joins the target."""
    store, builder, ctx, first, second = two_cases
    with store.session() as session:
        assert casework.merge_cases(session, first.case_id, second.case_id) == 1
    later = ingest(store, [_notice(builder, "B0BBBBBBB2", 9, "Listing still removed")], ctx)[0]
    assert later.case_id == first.case_id
    with store.session() as session:
        listed = [case.id for case in views.list_cases(session, NOW)]
        assert second.case_id not in listed and first.case_id in listed
        view, messages = views.case_detail(session, first.case_id, NOW)
        assert len(messages) == 3 and view.message_count == 3
        with pytest.raises(InputError, match="merged into case"):
            views.case_detail(session, second.case_id, NOW)


def test_move_is_a_person_decision_and_drops_empty_case(two_cases) -> None:
    """A moved message leaves an empty automatic case behind, which is removed."""
    store, _, _, first, second = two_cases
    with store.session() as session:
        assert casework.move_message(session, second.id, first.case_id) == second.case_id
    with store.session() as session:
        assert [case.id for case in views.list_cases(session, NOW)] == [first.case_id]
        _, messages = views.case_detail(session, first.case_id, NOW)
        assert {m.id for m in messages} == {first.id, second.id}


def test_logged_appeal_and_escalation_change_status(two_cases) -> None:
    """A logged appeal counts as a submission; an escalation sets status escalated."""
    store, _, _, first, _ = two_cases
    with store.session() as session:
        casework.log_appeal(session, first.case_id, datetime(2026, 3, 4, tzinfo=UTC), "POA")
    with store.session() as session:
        view, _ = views.case_detail(session, first.case_id, NOW)
        assert view.state.status == "appealed"
        assert view.state.submissions == (datetime(2026, 3, 4, tzinfo=UTC),)
        casework.log_appeal(
            session, first.case_id, datetime(2026, 3, 20, tzinfo=UTC), escalation=True
        )
    with store.session() as session:
        view, _ = views.case_detail(session, first.case_id, NOW)
        assert view.state.status == "escalated" and len(view.state.submissions) == 2


def test_cross_client_merge_is_refused(two_cases, classifier: Classifier) -> None:
    """A case of one client can never be merged with another client's."""
    store, builder, _, first, _ = two_cases
    other = ingest(
        store,
        [_notice(builder, "B0CCCCCCC3", 5)],
        IngestContext(client="zeta", classifier=classifier),
    )[0]
    with store.session() as session, pytest.raises(InputError, match="different clients"):
        casework.merge_cases(session, first.case_id, other.case_id)


def test_closed_case_reopens_by_hand_or_when_amazon_writes_again(two_cases) -> None:
    """A closed case leaves the open statuses; reopening restores its status; so does new
    mail from Amazon on it, since the case is evidently not over."""
    store, builder, ctx, first, _ = two_cases

    def status() -> str:
        with store.session() as session:
            return views.case_detail(session, first.case_id, NOW)[0].state.status

    was = status()
    with store.session() as session:
        casework.close_case(session, first.case_id, utcnow(), "done")  # after the mail came in
    assert status() == "closed" and was != "closed"
    with store.session() as session:
        casework.reopen_case(session, first.case_id, utcnow())
    assert status() == was
    with store.session() as session:
        casework.close_case(session, first.case_id, utcnow())
        assert [c.state.status for c in views.list_cases(session, NOW, status="closed")] == [
            "closed"
        ]
    later = ingest(store, [_notice(builder, "B0AAAAAAA1", 9, "Listing still removed")], ctx)[0]
    assert later.case_id == first.case_id
    assert status() == was


def test_closing_an_unknown_case_is_an_input_error(two_cases) -> None:
    store, *_ = two_cases
    with store.session() as session, pytest.raises(InputError, match="case 999: no such case"):
        casework.close_case(session, 999, NOW)


def test_merging_likely_phishing_needs_force(two_cases, classifier: Classifier) -> None:
    """A case of mail that failed authenticity checks is merged only when forced."""
    store, _, ctx, first, _ = two_cases
    forged = MessageBuilder(domain="amaz0n-seller-review.net").build(
        sender="seller-performance@amaz0n-seller-review.net",
        subject="Your account will be deactivated",
        body="Verify your identity within 24 hours at http://amaz0n-seller-review.net/verify",
    )
    phishing = ingest(store, [RawMessage(raw=forged, origin=Origin(kind="file"))], ctx)[0]
    with store.session() as session:
        assert views.case_detail(session, phishing.case_id, NOW)[0].state.status == "suspicious"
        with pytest.raises(InputError, match="likely phishing"):
            casework.merge_cases(session, first.case_id, phishing.case_id)
    with store.session() as session:
        assert casework.merge_cases(session, first.case_id, phishing.case_id, force=True) == 1


@pytest.mark.parametrize("decision", ["merge", "move"])
def test_a_regroup_keeps_what_a_person_put_together(two_cases, decision) -> None:
    """After a merge (or a move), regrouping the client (out-of-order mail, a relabel)
    leaves the target case whole: its own earlier messages do not split off."""
    store, _, _, first, second = two_cases
    with store.session() as session:
        if decision == "merge":
            casework.merge_cases(session, first.case_id, second.case_id)
        else:
            casework.move_message(session, second.id, first.case_id)
    regroup(store, "acme")
    with store.session() as session:
        _, messages = views.case_detail(session, first.case_id, NOW)
        assert {m.id for m in messages} == {first.id, second.id}
        assert [c.id for c in views.list_cases(session, NOW)] == [first.case_id]


def _denial(builder: MessageBuilder, day: int) -> RawMessage:
    raw = builder.build(
        subject="Update on your appeal",
        body="Hello,\n\nWe reviewed your appeal. It did not address our concerns, and your"
        " listing remains removed.\n\nSeller Performance",
        date=datetime(2026, 3, day, 9, tzinfo=UTC),
    )
    return RawMessage(raw=raw, origin=Origin(kind="file", path=f"denial-{day}.eml"))


def test_an_uncertain_grouping_is_shown_and_a_person_confirms_it(two_cases) -> None:
    """GIVEN two open cases a day apart WHEN a denial naming nothing arrives THEN it joins the
    newer, both it and the case say "uncertain" with the reason; `confirm` clears it for good
    (a regroup keeps it there)."""
    store, builder, ctx, first, second = two_cases
    denial = ingest(store, [_denial(builder, 4)], ctx)[0]
    assert denial.case_id == second.case_id
    with store.session() as session:
        view, messages = views.case_detail(session, second.case_id, NOW)
        listed = {case.id: case for case in views.list_cases(session, NOW)}
    assert view.grouping_uncertain and listed[second.case_id].to_dict()["grouping_uncertain"]
    assert not listed[first.case_id].grouping_uncertain
    placed = next(m for m in messages if m.id == denial.id)
    assert placed.case_uncertain
    assert placed.case_reason == f"joined case {second.case_id}: names nothing; the newest open" \
        " case of seller-performance@amazon.com"  # fmt: skip
    assert next(m for m in messages if m.id != denial.id).case_reason.startswith("new case: ")
    with store.session() as session:
        assert casework.confirm_case(session, second.case_id, NOW) == 1
    regroup(store, "acme")
    with store.session() as session:
        view, messages = views.case_detail(session, second.case_id, NOW)
        events = views.case_events(session, second.case_id)
    assert not view.grouping_uncertain and denial.id in {m.id for m in messages}
    assert [event.kind for event in events] == ["confirmed"]
