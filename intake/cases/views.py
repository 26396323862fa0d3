"""What listings, timelines, digests and pages show of a stored case and its messages.

Plain frozen dataclasses, so that the pure parts (digests, alerts, rendering) take
them without importing the store; ``intake.store.views`` reads them from the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from intake.cases.state import CaseState


@dataclass(frozen=True)
class MessageView:
    """A stored message as listings and timelines show it."""

    id: int
    client: str
    case_id: int | None
    message_id: str | None
    sender: str
    subject: str
    sent_at: datetime | None
    label: str
    confidence: float
    needs_review: bool
    resent_of: int | None
    outgoing: bool
    status: str
    error: str | None
    facts: dict[str, Any] = field(default_factory=dict)
    authenticity: dict[str, Any] = field(default_factory=dict)
    sources: tuple[str, ...] = ()
    taken_in: datetime | None = None  # when intake stored it
    case_reason: str | None = None  # why it is in its case: "joined case 12: same thread"
    case_uncertain: bool = False  # a near-tie a person should confirm

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        data = dict(vars(self))
        data["confidence"] = round(self.confidence, 4)
        data["sources"] = list(self.sources)
        return data


@dataclass(frozen=True)
class EventView:
    """Something a person recorded on a case (a logged appeal, a merge, a move)."""

    id: int
    case_id: int
    kind: str
    at: datetime | None
    note: str
    message_pk: int | None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return dict(vars(self))


@dataclass(frozen=True)
class CaseView:
    """A case with its derived state."""

    id: int
    client: str
    title: str
    kind: str
    state: CaseState
    message_count: int
    opened_at: datetime | None
    updated_at: datetime | None
    policy: str | None
    marketplace: str | None
    asins: tuple[str, ...]
    amazon_case_ids: tuple[str, ...]
    needs_review: int = 0
    uncertain: int = 0  # messages whose grouping was a near-tie, not yet confirmed

    @property
    def grouping_uncertain(self) -> bool:
        """Whether a person should confirm (``intake case confirm``) or move a message."""
        return self.uncertain > 0

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form, the state's fields inlined."""
        state = self.state
        return {
            "id": self.id,
            "client": self.client,
            "title": self.title,
            "kind": self.kind,
            "status": state.status,
            "latest_label": state.latest_label,
            "denials": state.denials,
            "resent": state.resent,
            "submissions": [when.isoformat() for when in state.submissions],
            "deadline": state.deadline.isoformat() if state.deadline else None,
            "requested": list(state.requested),
            "next_step": state.next_step,
            "reason": state.reason,
            "messages": self.message_count,
            "opened_at": self.opened_at,
            "updated_at": self.updated_at,
            "policy": self.policy,
            "marketplace": self.marketplace,
            "asins": list(self.asins),
            "amazon_case_ids": list(self.amazon_case_ids),
            "needs_review": self.needs_review,
            "grouping_uncertain": self.grouping_uncertain,
        }
