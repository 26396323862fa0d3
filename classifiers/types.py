"""The classifier's public data types. Importable without intake."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum


class Label(StrEnum):
    """What kind of Seller Performance message this is; members are their stored strings."""

    SUSPENSION = "suspension"
    RESENT = "resent"
    GENERIC_DENIAL = "generic_denial"
    NEED_MORE_INFO = "need_more_info"
    REDIRECT_CLOSED_QUEUE = "redirect_closed_queue"
    REINSTATEMENT = "reinstatement"
    ACKNOWLEDGEMENT = "acknowledgement"
    OTHER = "other"


LABELS: tuple[Label, ...] = tuple(Label)

# ``resent`` is decided against a case's history (classifiers.resent), never
# from one message's text, so the text model learns the other seven.
TEXT_LABELS: tuple[Label, ...] = tuple(label for label in LABELS if label != Label.RESENT)


@dataclass(frozen=True)
class NoticeText:
    """What the classifier reads of a message: subject, sender address, body text."""

    subject: str
    sender: str
    body: str


@dataclass(frozen=True)
class Prediction:
    """A label with its probability, every label's probability, and whether a person should look.

    Example: ``Prediction(label="suspension", confidence=0.94,
    scores={"suspension": 0.94, "other": 0.01, ...}, needs_review=False)``
    """

    label: str
    confidence: float
    scores: Mapping[str, float]
    needs_review: bool
