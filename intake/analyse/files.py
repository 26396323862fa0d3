"""Classify messages without storing them: ``intake classify``.

The messages given, in order, are each other's history: a message that
repeats an earlier one to the same recipient address (the account, for
files) is labelled ``resent`` with ``resent_of`` naming the earlier one's
path; it is compared only with earlier notices naming the same ASINs,
policies and documents (``ResentHistory``), so a long mbox costs the same
per message throughout. The same pure stages as the pipeline; nothing touches a database.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from classifiers.types import Label
from intake.analyse.classifier import Classifier, notice_text
from intake.analyse.stages import RESENT_CANDIDATES, Analysis, analyse
from intake.cases.resent import ResentHistory, resent_key
from intake.extract.authenticity import Verdict as AuthenticityVerdict
from intake.ingest.files import batched
from intake.mail.notice import RawMessage


@dataclass(frozen=True)
class Verdict:
    """What intake makes of one message; the shape of ``intake classify --json``."""

    path: str
    message_id: str | None
    label: str
    confidence: float
    scores: dict[str, float]
    needs_review: bool
    resent_of: str | None
    facts: dict[str, Any]
    authenticity: dict[str, Any]
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form with rounded probabilities."""
        data = dict(vars(self))
        data["confidence"] = round(self.confidence, 4)
        data["scores"] = {label: round(value, 4) for label, value in self.scores.items()}
        return data


def classify_messages(
    raws: Iterable[RawMessage], classifier: Classifier, batch_size: int = 200
) -> Iterator[Verdict]:
    """A verdict per message, in order; earlier messages are the history of later ones."""
    history: dict[str, ResentHistory[str]] = defaultdict(ResentHistory)
    for batch in batched(raws, batch_size):
        for analysis in analyse(batch, classifier):
            yield _verdict(analysis, history)


def _verdict(analysis: Analysis, history: dict[str, ResentHistory[str]]) -> Verdict:
    path = analysis.raw.origin.path or analysis.raw.origin.describe()
    notice, prediction = analysis.notice, analysis.prediction
    if notice is None or prediction is None:
        return Verdict(
            path,
            None,
            Label.OTHER,
            0.0,
            {},
            True,
            None,
            analysis.facts.to_dict(),
            analysis.authenticity.to_dict(),
            analysis.error,
        )
    label, resent_of = prediction.label, None
    suspicious = analysis.authenticity.verdict == AuthenticityVerdict.SUSPICIOUS
    if label in RESENT_CANDIDATES and not analysis.outgoing and not suspicious:
        account = next(iter(notice.recipients), "")
        key = resent_key(notice_text(notice))
        found = history[account].find(key)
        resent_of = found
        history[account].append(path, key)
        if resent_of is not None:
            label = Label.RESENT
    return Verdict(
        path=path,
        message_id=notice.message_id,
        label=label,
        confidence=prediction.confidence,
        scores=dict(prediction.scores),
        needs_review=prediction.needs_review or suspicious,
        resent_of=resent_of,
        facts=analysis.facts.to_dict(),
        authenticity=analysis.authenticity.to_dict(),
    )
