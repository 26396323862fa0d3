"""The classifier's public data types. Importable without intake."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

LABELS: tuple[str, ...] = (
    "suspension",
    "resent",
    "generic_denial",
    "need_more_info",
    "redirect_closed_queue",
    "reinstatement",
    "acknowledgement",
    "other",
)

# ``resent`` is decided against a case's history (classifiers.resent), never
# from one message's text, so the text model learns the other seven.
TEXT_LABELS: tuple[str, ...] = tuple(label for label in LABELS if label != "resent")


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
