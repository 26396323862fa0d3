"""Choosing the message a draft answers, and the context built from a case."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from intake.cases.state import CaseState
from intake.drafts.compose import CaseMaterial, CaseMessage, NoDraft, build_context, choose_message

STATE = CaseState("denied", "generic_denial", 2, 1, (datetime(2026, 2, 1, 9, tzinfo=UTC),),
                  date(2026, 3, 9), ("invoices",), "", "")  # fmt: skip


def _message(n: int, label: str, **changes: object) -> CaseMessage:
    base = CaseMessage(
        id=n, label=label, outgoing=False, needs_review=False, suspicious=False,
        sent_at=datetime(2026, 2, n, 9, tzinfo=UTC), subject=f"Notice {n}",
        sender="seller-performance@amazon.com", message_id=f"<m{n}@amazon.com>", facts={},
    )  # fmt: skip
    return replace(base, **changes)


def _material(*messages: CaseMessage, kind: str = "notice", **changes: object) -> CaseMaterial:
    material = CaseMaterial(
        case_id=5, kind=kind, client="acme", client_display="Acme Goods", state=STATE,
        policy="inauthentic", marketplace="amazon.com", asins=("B0ABCDEF12",),
        case_ids=("12345678901",), messages=messages,
    )  # fmt: skip
    return replace(material, **changes)


def test_latest_incoming_actionable_message_is_answered() -> None:
    """Outgoing mail and 'other' mail are passed over."""
    chosen = choose_message(_material(
        _message(1, "suspension"), _message(2, "generic_denial"),
        _message(3, "other"), _message(4, "suspension", outgoing=True),
    ))  # fmt: skip
    assert chosen.id == 2


def test_suspicious_latest_message_gets_no_draft() -> None:
    """A phishing look-alike after a real notice blocks drafting, with the reason."""
    material = _material(_message(1, "suspension"), _message(2, "other", suspicious=True))
    with pytest.raises(NoDraft, match="failed authenticity checks"):
        choose_message(material)


def test_suspicious_case_gets_no_draft() -> None:
    """A case opened for suspicious mail is never answered."""
    with pytest.raises(NoDraft, match="phishing"):
        choose_message(_material(_message(1, "suspension"), kind="suspicious"))


def test_needs_review_is_drafted_only_when_configured() -> None:
    """A message needing review is refused by default and drafted with include_needs_review."""
    material = _material(_message(1, "need_more_info", needs_review=True))
    with pytest.raises(NoDraft, match="needs review.*include_needs_review"):
        choose_message(material)
    assert choose_message(material, include_needs_review=True).id == 1


def test_case_without_actionable_mail_gets_no_draft() -> None:
    """Only 'other' mail: nothing to answer."""
    with pytest.raises(NoDraft, match="no message that needs a reply"):
        choose_message(_material(_message(1, "other"), kind="general"))


def test_context_merges_facts_and_counts_logged_appeals() -> None:
    """IDs from every incoming message, latest scalars, submissions from mail and appeals."""
    first = _message(1, "suspension", facts={"order_ids": ["111-1111111-1111111"],
                                             "store_name": "Old Name"})  # fmt: skip
    second = _message(2, "need_more_info", facts={
        "order_ids": ["222-2222222-2222222", "111-1111111-1111111"], "store_name": "Acme Goods",
        "merchant_token": "A1B2C3", "asins": ["B0ZZZZZZZZ"], "requested": ["supplier_contacts"],
    })  # fmt: skip
    sent = _message(3, "other", outgoing=True, text="Our plan.\n")
    material = _material(first, second, sent, appeals=(datetime(2026, 2, 20, 8, tzinfo=UTC),))
    context = build_context(material, second, date(2026, 3, 1))
    assert context.order_ids == ("111-1111111-1111111", "222-2222222-2222222")
    assert context.asins == ("B0ABCDEF12", "B0ZZZZZZZZ")
    assert (context.store_name, context.merchant_token) == ("Acme Goods", "A1B2C3")
    assert context.submissions == (date(2026, 2, 1), date(2026, 2, 20))
    assert context.requested == ("supplier_contacts",)
    assert (context.denials, context.resent, context.deadline) == (2, 1, date(2026, 3, 9))
    assert context.last_submission == "Our plan."


def test_requests_fall_back_to_the_case_when_the_message_names_none() -> None:
    """A vague request keeps the case's last named documents, and is counted as vague."""
    vague = _message(1, "need_more_info")
    context = build_context(_material(vague), vague, date(2026, 3, 1))
    assert context.requested == ("invoices",)
    assert context.vague_requests == 1


def test_the_draft_cites_the_answered_notices_own_reference() -> None:
    """A notice's reference (each notice has its own) is the answered one's, not the case's
    IDs, and it is named as a reference in the reply."""
    from intake.drafts.render import render_draft

    first = _message(1, "suspension", facts={"notice_references": ["AHR-2602-51177"]})
    second = _message(2, "need_more_info", facts={"notice_references": ["AHR-2602-55810"]})
    context = build_context(_material(first, second), second, date(2026, 2, 3))
    assert (context.case_ids, context.notice_references) == (("12345678901",), ("AHR-2602-55810",))
    body = render_draft(context).body
    assert "Case ID(s): 12345678901\n" in body
    assert "Your reference: AHR-2602-55810\n" in body and "AHR-2602-51177" not in body
