"""Classify messages without storing them: ``intake classify``.

The messages given, in order, are each other's history: a message that
repeats an earlier one to the same recipient address (the account, for
files) is labelled ``resent`` with ``resent_of`` naming the earlier one's
path; it is compared only with earlier notices naming the same ASINs,
policies and documents (``ResentHistory``), so a long mbox costs the same
per message throughout. The same pure stages as the pipeline; nothing touches a database.

Each message's reading (the stages, and the re-send key of a candidate) is
independent of the others, so it runs on every core (``intake.analyse.pool``);
only the look-up in the history, which depends on the order, runs here, in
order, so the verdicts are the same whatever the number of processes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import islice
from typing import Any

import classifiers
from classifiers.types import Label
from intake.analyse.classifier import Classifier, notice_text
from intake.analyse.pool import in_workers
from intake.analyse.stages import RESENT_CANDIDATES, Analysis, analyse
from intake.cases.resent import ResentHistory, resent_key
from intake.extract.authenticity import Verdict as AuthenticityVerdict
from intake.mail.notice import RawMessage
from intake.sources.files import MailFile

#: Messages per batch handed to a worker: big enough that the hand-off is a small
#: share of the work, small enough that the workers share the tail of a run. The
#: first batch is analysed here, before the workers are forked, and is smaller:
#: it builds the lazily compiled pattern tables once, for every worker to inherit.
BATCH_SIZE = 50
FIRST_BATCH_SIZE = 10


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


@dataclass(frozen=True)
class Reading:
    """A message's verdict before the history is consulted, and what to consult it with:
    the key of a re-send candidate (None for the rest) and the account it was sent to."""

    verdict: Verdict
    account: str = ""
    key: classifiers.ResentKey | None = None


def classify_messages(
    raws: Iterable[RawMessage | MailFile], classifier: Classifier, jobs: int = 1
) -> Iterator[Verdict]:
    """A verdict per message, in order; earlier messages are the history of later ones.

    ``jobs`` processes read the messages (this one and forked workers); the verdicts
    are the same for any number. A ``MailFile`` is read by the process that analyses it
    (one that cannot be read gives no verdict, as ``read_messages`` gives no message).
    """
    history: dict[str, ResentHistory[str]] = defaultdict(ResentHistory)
    for readings in in_workers(_batches(raws), classifier, read_batch, jobs):
        for reading in readings:
            yield _settled(reading, history)


def _batches(raws: Iterable[RawMessage | MailFile]) -> Iterator[list[RawMessage | MailFile]]:
    iterator = iter(raws)
    size = FIRST_BATCH_SIZE
    while batch := list(islice(iterator, size)):
        yield batch
        size = BATCH_SIZE


def read_batch(items: Sequence[RawMessage | MailFile], classifier: Classifier) -> list[Reading]:
    """Each message's reading, in order: the part of a verdict that needs no history."""
    opened = (item.read() if isinstance(item, MailFile) else item for item in items)
    raws = [raw for raw in opened if raw is not None]
    return [_reading(analysis) for analysis in analyse(raws, classifier, with_keys=True)]


def _reading(analysis: Analysis) -> Reading:
    path = analysis.raw.origin.path or analysis.raw.origin.describe()
    notice, prediction = analysis.notice, analysis.prediction
    facts, authenticity = analysis.facts.to_dict(), analysis.authenticity.to_dict()
    if notice is None or prediction is None:
        verdict = Verdict(
            path, None, Label.OTHER, 0.0, {}, True, None, facts, authenticity, analysis.error
        )
        return Reading(verdict)
    suspicious = analysis.authenticity.verdict == AuthenticityVerdict.SUSPICIOUS
    verdict = Verdict(
        path=path,
        message_id=notice.message_id,
        label=prediction.label,
        confidence=prediction.confidence,
        scores=dict(prediction.scores),
        needs_review=prediction.needs_review or suspicious,
        resent_of=None,
        facts=facts,
        authenticity=authenticity,
    )
    if prediction.label not in RESENT_CANDIDATES or analysis.outgoing or suspicious:
        return Reading(verdict)
    account = next(iter(notice.recipients), "")
    # ``analyse`` made the key; if that failed, making it again raises here, as it did.
    return Reading(verdict, account, analysis.resent_key or resent_key(notice_text(notice)))


def _settled(reading: Reading, history: dict[str, ResentHistory[str]]) -> Verdict:
    """The verdict once the earlier messages to the same account are known; adds this one."""
    if reading.key is None:
        return reading.verdict
    earlier = history[reading.account]
    found = earlier.find(reading.key)
    earlier.append(reading.verdict.path, reading.key)
    if found is None:
        return reading.verdict
    return replace(reading.verdict, label=Label.RESENT, resent_of=found)
