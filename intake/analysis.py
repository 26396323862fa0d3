"""The pure stages for a batch of messages: parse, classify, extract facts, check authenticity.

No I/O: ``analyse`` is shared by the storing pipeline and by ``intake
classify``, which looks at files without storing anything. Because it is
pure, ``intake.workers.analysed_ahead`` can run it for the next batch in a
worker process while the caller stores the current one.
"""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, replace

import classifiers
from classifiers import Prediction
from intake.classify import Classifier, notice_text
from intake.errors import ParseError
from intake.extract import Authenticity, Facts, check_authenticity, extract_facts
from intake.extract.domains import is_amazon_domain
from intake.notice import Notice, RawMessage
from intake.parse import parse

# Labels whose text is compared against history to catch re-sent notices.
RESENT_CANDIDATES = frozenset(
    {"suspension", "generic_denial", "need_more_info", "redirect_closed_queue", "acknowledgement"}
)
# zlib level for stored raw bytes: on the benchmark mailbox level 1 keeps 64.7% of the
# bytes and level 6 63.5%, at 15% more time; attachments barely shrink at any level.
RAW_COMPRESSION = 1


@dataclass(frozen=True)
class Analysis:
    """The pure stages' verdict on one message."""

    raw: RawMessage
    content_hash: str
    notice: Notice | None
    error: str | None
    prediction: Prediction | None
    facts: Facts
    authenticity: Authenticity
    outgoing: bool
    # Filled by ``analyse(..., for_storage=True)`` so a worker does this CPU work too.
    compressed_raw: bytes | None = None
    resent_key: classifiers.ResentKey | None = None


def analyse(
    raws: Sequence[RawMessage], classifier: Classifier, *, for_storage: bool = False
) -> list[Analysis]:
    """Parse, classify and extract facts for a batch; no I/O.

    ``for_storage`` also compresses the raw bytes and computes the resent
    key of candidate notices: work the storing step would otherwise do.
    """
    parsed: list[tuple[RawMessage, Notice | None, str | None]] = []
    for raw in raws:
        try:
            parsed.append((raw, parse(raw.raw, message_id_hint=raw.origin.describe()), None))
        except ParseError as err:
            parsed.append((raw, None, str(err)))
    notices = [notice for _, notice, _ in parsed if notice is not None]
    predictions = iter(classifier.classify(notices)) if notices else iter(())
    results = []
    for raw, notice, error in parsed:
        prediction = next(predictions) if notice is not None else None
        outgoing = raw.outgoing or (notice is not None and is_outgoing(notice))
        if outgoing and prediction is not None:
            prediction = seller_message(prediction)
        results.append(
            Analysis(
                raw=raw,
                content_hash=hashlib.sha256(raw.raw).hexdigest(),
                notice=notice,
                error=error,
                prediction=prediction,
                facts=extract_facts(notice) if notice else Facts(),
                authenticity=check_authenticity(notice) if notice else Authenticity("ok"),
                outgoing=outgoing,
            )
        )
    return [_for_storage(result) for result in results] if for_storage else results


def _for_storage(analysis: Analysis) -> Analysis:
    notice, prediction = analysis.notice, analysis.prediction
    key = None
    if (
        notice is not None
        and prediction is not None
        and not analysis.outgoing
        and prediction.label in RESENT_CANDIDATES
        and analysis.authenticity.verdict != "suspicious"
    ):
        key = classifiers.resent_key(notice_text(notice))
    compressed = zlib.compress(analysis.raw.raw, RAW_COMPRESSION)
    return replace(analysis, compressed_raw=compressed, resent_key=key)


def seller_message(prediction: Prediction) -> Prediction:
    """The seller's own mail is never an Amazon notice: label ``other``, whatever the text says.

    An appeal quotes the suspension it answers, so the model's reading of it is
    not what matters; the scores are kept for reference.
    """
    return replace(prediction, label="other", confidence=1.0, needs_review=False)


def is_outgoing(notice: Notice) -> bool:
    """Mail the seller sent to Amazon (their appeal), seen in files or a shared folder."""
    if is_amazon_domain(notice.sender_domain):
        return False
    return any(is_amazon_domain(addr.rpartition("@")[2]) for addr in notice.recipients)
