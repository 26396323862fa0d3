"""What a reply template may know about a case: one frozen ``DraftContext``.

The context is plain data built from a case (its facts, counts and the
message being answered); templates see it only through ``variables()``, a
fixed set of names that ``intake templates check`` validates overrides
against. Mail text (subject, sender, body) enters here as data and is never
template source.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from classifiers.types import Label
from intake.extract.document_names import document_name

#: Labels intake drafts something for; the last two get a case-file note, not a reply.
DRAFT_LABELS = (
    Label.SUSPENSION,
    Label.RESENT,
    Label.GENERIC_DENIAL,
    Label.NEED_MORE_INFO,
    Label.REDIRECT_CLOSED_QUEUE,
    Label.ACKNOWLEDGEMENT,
    Label.REINSTATEMENT,
)
NOTE_LABELS = frozenset({Label.ACKNOWLEDGEMENT, Label.REINSTATEMENT})
#: Where email is the wrong channel: the draft has no To address.
NO_ADDRESS_LABELS = frozenset({Label.REDIRECT_CLOSED_QUEUE}) | NOTE_LABELS

POLICY_NAMES = {
    "condition": "item condition (used sold as new)",
    "inauthentic": "inauthentic item complaints",
    "intellectual_property": "intellectual property (rights owner) complaints",
    "order_defect_rate": "order defect rate (ODR)",
    "late_shipment": "late shipment rate",
    "cancellation_rate": "pre-fulfilment cancellation rate",
    "valid_tracking": "valid tracking rate",
    "related_accounts": "related accounts",
    "dangerous_goods": "dangerous goods (hazmat)",
    "restricted_products": "restricted products",
    "pricing": "fair pricing",
    "reviews": "customer product reviews",
    "identity_verification": "seller identity verification",
    "product_safety": "product safety",
    "listing_policy": "listing policy",
    "dropshipping": "drop shipping",
    "code_of_conduct": "seller code of conduct",
}


@dataclass(frozen=True)
class AnsweredMessage:
    """The message a draft answers: what the reply headers and the quote need."""

    id: int | None
    label: str
    subject: str
    sender: str
    message_id: str | None
    references: tuple[str, ...] = ()
    sent_at: datetime | None = None
    text: str = ""


@dataclass(frozen=True)
class DraftContext:
    """Everything known about a case when a draft is rendered; ``None``/empty means unknown."""

    case_id: int
    message: AnsweredMessage
    today: date
    client_name: str = ""
    store_name: str | None = None
    merchant_token: str | None = None
    marketplace: str | None = None
    policy: str | None = None
    asins: tuple[str, ...] = ()
    order_ids: tuple[str, ...] = ()
    case_ids: tuple[str, ...] = ()
    complaint_ids: tuple[str, ...] = ()
    notice_references: tuple[str, ...] = ()  # the answered notice's own (AHR-2602-51177)
    rights_owner: str | None = None
    deadline: date | None = None
    requested: tuple[str, ...] = ()
    submissions: tuple[date, ...] = ()
    denials: int = 0
    resent: int = 0
    vague_requests: int = 0
    last_submission: str = ""
    channel: str | None = None  # where to submit instead of a reply (intake.cases.channels)

    @property
    def label(self) -> str:
        """The label of the message answered, which picks the template."""
        return self.message.label


def variables(context: DraftContext) -> dict[str, Any]:
    """The names a template sees. Adding a name here is a change to the template contract."""
    message = context.message
    denials_before = max(0, context.denials - (1 if context.label == Label.GENERIC_DENIAL else 0))
    return {
        "case_id": context.case_id,
        "label": context.label,
        "today": context.today,
        "client_name": context.client_name,
        "store_name": context.store_name or context.client_name or None,
        "merchant_token": context.merchant_token,
        "marketplace": context.marketplace,
        "policy": context.policy,
        "policy_name": POLICY_NAMES.get(context.policy or "", context.policy),
        "asins": list(context.asins),
        "order_ids": list(context.order_ids),
        "case_ids": list(context.case_ids),
        "complaint_ids": list(context.complaint_ids),
        "notice_references": list(context.notice_references),
        "rights_owner": context.rights_owner,
        "deadline": context.deadline,
        "requested": [
            _requested_item(code, bool(context.submissions)) for code in context.requested
        ],
        "submissions": list(context.submissions),
        "submission_count": len(context.submissions),
        "denials": context.denials,
        "earlier_denials": denials_before,
        "resent": context.resent,
        "vague_requests": context.vague_requests,
        "last_submission": context.last_submission,
        "channel": context.channel,
        "message": {
            "subject": message.subject,
            "sender": message.sender,
            "message_id": message.message_id or "",
            "date": message.sent_at.date() if message.sent_at else None,
            "text": message.text,
        },
    }


def _requested_item(code: str, plan_sent: bool) -> dict[str, str]:
    """A requested item by name; a plan of action is "revised" only once one was sent."""
    name = document_name(code)
    if code == "plan_of_action" and not plan_sent:
        name = "Plan of Action"
    return {"code": code, "name": name}


def minimal_context(label: str, today: date = date(2026, 1, 1)) -> DraftContext:
    """A case that knows nothing but its label: every template must render from it."""
    message = AnsweredMessage(id=None, label=label, subject="", sender="", message_id=None)
    return DraftContext(case_id=0, message=message, today=today)
