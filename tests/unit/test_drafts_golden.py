"""Golden drafts: one representative case per template, compared exactly with a reviewed file.

The files in ``tests/golden/drafts/`` were written once by this test
(``INTAKE_UPDATE_GOLDEN=1``), read and corrected by hand, and are now the
reference: a template change shows up here as a diff to review.
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from intake.drafts.context import AnsweredMessage, DraftContext
from intake.drafts.render import Draft, render_draft

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "drafts"
TODAY = date(2026, 3, 3)


def _message(label: str, subject: str, text: str, day: int = 2) -> AnsweredMessage:
    return AnsweredMessage(
        id=10, label=label, subject=subject, sender="seller-performance@amazon.com",
        message_id=f"<{label}-{day}@amazon.com>", references=("<appeal-1@acme.test>",),
        sent_at=datetime(2026, 3, day, 9, 30, tzinfo=UTC), text=text,
    )  # fmt: skip


def _case(label: str, subject: str, text: str, **facts: object) -> DraftContext:
    base: dict[str, object] = dict(
        case_id=12, today=TODAY, client_name="acme", store_name="Acme Goods",
        merchant_token="A1ACMEGOODS77", marketplace="amazon.com", asins=("B0ACME1234",),
        case_ids=("17000042",),
    )  # fmt: skip
    base.update(facts)
    return DraftContext(message=_message(label, subject, text), **base)  # type: ignore[arg-type]


CASES: dict[str, DraftContext] = {
    "suspension_ip": _case(
        "suspension",
        "Listing removed: intellectual property complaint",
        "Hello,\n\nWe removed your listing after a trademark complaint.\nComplaint ID: 5550101\n",
        policy="intellectual_property",
        rights_owner="Northfield Brands",
        complaint_ids=("5550101",),
        requested=("letter_of_authorization",),
        deadline=date(2026, 3, 9),
    ),
    "suspension_odr": _case(
        "suspension",
        "Your selling privileges have been removed",
        "Hello,\n\nYour order defect rate is above our target.\n",
        policy="order_defect_rate",
        asins=(),
        order_ids=("111-2223334-4445556", "111-9998887-7776665"),
    ),
    "resent": _case(
        "resent",
        "Your selling privileges have been removed",
        "Hello,\n\nWe still need a plan of action.\n",
        policy="inauthentic",
        resent=2,
        submissions=(date(2026, 2, 10), date(2026, 2, 24)),
        denials=1,
    ),
    "generic_denial_escalation": _case(
        "generic_denial",
        "Update on your appeal",
        "Hello,\n\nYour plan of action does not address our concerns.\n",
        policy="inauthentic",
        denials=3,
        resent=1,
        vague_requests=1,
        submissions=(date(2026, 1, 20), date(2026, 2, 3), date(2026, 2, 18)),
    ),
    "generic_denial_first": _case(
        "generic_denial",
        "Update on your appeal",
        "Hello,\n\nWe cannot accept your appeal at this time.\n",
        policy="late_shipment",
        asins=(),
        denials=1,
        submissions=(date(2026, 2, 20),),
    ),
    "need_more_info": _case(
        "need_more_info",
        "Additional information needed",
        "Hello,\n\nPlease send invoices, supplier contact details and evidence of the fix.\n",
        policy="inauthentic",
        requested=("invoices", "supplier_contacts", "proof_of_fix"),
        deadline=date(2026, 3, 12),
        submissions=(date(2026, 2, 25),),
    ),
    "redirect_closed_queue": _case(
        "redirect_closed_queue",
        "Re: Appeal for B0ACME1234",
        "This address no longer accepts appeals. Use the Account Health page.\n",
        policy="inauthentic",
        submissions=(date(2026, 3, 1),),
        last_submission="Dear Seller Performance Team,\n\nOur plan of action follows.",
    ),
    "acknowledgement": _case(
        "acknowledgement",
        "We have received your appeal",
        "We are reviewing your appeal.\n",
        submissions=(date(2026, 3, 1),),
    ),
    "reinstatement": _case(
        "reinstatement",
        "Your listing has been reinstated",
        "Your listing is active again.\n",
        submissions=(date(2026, 2, 10), date(2026, 2, 24)),
        denials=1,
    ),
}


def _as_text(draft: Draft) -> str:
    headers = [
        f"template: {draft.template}", f"reply: {draft.reply}", f"to: {draft.to}",
        f"subject: {draft.subject}", f"in-reply-to: {draft.in_reply_to}",
        f"references: {' '.join(draft.references)}",
    ]  # fmt: skip
    return "\n".join(headers) + "\n---\n" + draft.body


@pytest.mark.parametrize("name", sorted(CASES))
def test_draft_matches_the_reviewed_golden_file(name: str) -> None:
    """The rendered draft, headers and body, equals the reviewed file byte for byte."""
    actual = _as_text(render_draft(CASES[name]))
    path = GOLDEN / f"{name}.txt"
    if os.environ.get("INTAKE_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual)
    assert actual == path.read_text()


def test_every_label_has_a_golden_case() -> None:
    """No template goes without a reviewed example."""
    from intake.drafts.context import DRAFT_LABELS

    assert {context.label for context in CASES.values()} == set(DRAFT_LABELS)
