"""The pure stages for a batch of messages: parse, classify, extract facts, check authenticity.

No I/O: ``analyse`` is shared by the storing pipeline and by ``intake
classify``, which looks at files without storing anything. Because it is
pure, ``intake.analyse.pool.analysed_ahead`` can run it for the next batch in a
worker process while the caller stores the current one.
"""

from __future__ import annotations

import contextlib
import hashlib
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, replace

import classifiers
from classifiers import Prediction
from classifiers.types import Label
from intake.analyse.classifier import Classifier, notice_text
from intake.cases.resent import resent_key
from intake.errors import ParseError
from intake.extract import Authenticity, Facts, check_authenticity
from intake.extract.authenticity import Verdict
from intake.extract.domains import is_amazon_domain
from intake.extract.facts import facts_and_words
from intake.extract.screen import Found
from intake.mail.notice import Notice, RawMessage
from intake.mail.parse import parse
from intake.mail.storable import clean_text

# Labels whose text is compared against history to catch re-sent notices.
RESENT_CANDIDATES = frozenset(
    {
        Label.SUSPENSION,
        Label.GENERIC_DENIAL,
        Label.NEED_MORE_INFO,
        Label.REDIRECT_CLOSED_QUEUE,
        Label.ACKNOWLEDGEMENT,
    }
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
    raws: Sequence[RawMessage],
    classifier: Classifier,
    *,
    for_storage: bool = False,
    with_keys: bool = False,
) -> list[Analysis]:
    """Parse, classify and extract facts for a batch; no I/O.

    ``for_storage`` also compresses the raw bytes and computes the resent
    key of candidate notices: work the storing step would otherwise do.
    ``with_keys`` computes the resent keys only (``intake classify`` stores nothing):
    made here, with the screen words the facts found, the key costs about half of
    one made later from the notice alone.
    """
    parsed = [_parsed(raw) for raw in raws]
    notices = [notice for _, notice, _ in parsed if notice is not None]
    predictions = iter(_classified(classifier, notices))
    results = []
    for raw, notice, error in parsed:
        prediction = next(predictions) if notice is not None else None
        analysis, words = _analysed(raw, notice, error, prediction)
        if for_storage:
            analysis = _for_storage(analysis, words)
        elif with_keys:
            analysis = _with_key(analysis, words)
        results.append(analysis)
    return results


def _parsed(raw: RawMessage) -> tuple[RawMessage, Notice | None, str | None]:
    """The message parsed, or the reason it cannot be; a headers-only message says so."""
    try:
        notice = parse(raw.raw, message_id_hint=raw.origin.describe())
    except ParseError as err:
        return raw, None, clean_text(str(err))
    except Exception as err:  # noqa: BLE001 - a parser bug hostile mail found: this one only
        return raw, None, f"{raw.origin.describe()}: cannot parse: {type(err).__name__}"
    if raw.full_size is not None:
        defect = (
            f"message of {raw.full_size} bytes is over ingest.max_message_bytes:"
            " only its headers were read"
        )
        notice = replace(notice, defects=(*notice.defects, defect))
    return raw, notice, None


def _classified(classifier: Classifier, notices: list[Notice]) -> list[Prediction | None]:
    """Each notice's prediction; when the batch fails, each notice alone, so one
    message the model chokes on costs only its own prediction (None)."""
    if not notices:
        return []
    try:
        return list(classifier.classify(notices))
    except Exception:  # noqa: BLE001 - hostile mail must not fail its whole batch
        return [_classified_alone(classifier, notice) for notice in notices]


def _classified_alone(classifier: Classifier, notice: Notice) -> Prediction | None:
    try:
        return classifier.classify([notice])[0]
    except Exception:  # noqa: BLE001 - stored unclassified (needs review) instead
        return None


def _analysed(
    raw: RawMessage, notice: Notice | None, error: str | None, prediction: Prediction | None
) -> tuple[Analysis, Found | None]:
    """The analysis of one parsed message, and the screen words its facts were read with.
    If fact extraction or the authenticity check fails on it (a bug hostile mail found),
    it is kept as unanalysable with the reason, and the rest of its batch goes on."""
    content_hash = hashlib.sha256(raw.raw).hexdigest()
    if notice is not None and prediction is None:
        notice, error = None, "analysis failed: cannot classify"
    words: Found | None = None
    try:
        facts, words = facts_and_words(notice) if notice else (Facts(), None)
        authenticity = check_authenticity(notice) if notice else Authenticity(Verdict.OK)
    except Exception as err:  # noqa: BLE001 - one message, not the batch
        notice, prediction, facts, authenticity = None, None, Facts(), Authenticity(Verdict.OK)
        error = f"analysis failed: {type(err).__name__}"
    outgoing = raw.outgoing or (notice is not None and is_outgoing(notice))
    if outgoing and prediction is not None:
        prediction = seller_message(prediction)
    analysis = Analysis(
        raw=raw,
        content_hash=content_hash,
        notice=notice,
        error=error,
        prediction=prediction if notice else None,
        facts=facts,
        authenticity=authenticity,
        outgoing=outgoing,
    )
    return analysis, words


def keyed(analysis: Analysis) -> bool:
    """Whether the message gets a resent key: a notice the model reads as a resent
    candidate, not the seller's own mail, not suspicious (ingest and reprocess alike)."""
    return (
        analysis.notice is not None
        and analysis.prediction is not None
        and not analysis.outgoing
        and analysis.prediction.label in RESENT_CANDIDATES
        and analysis.authenticity.verdict != Verdict.SUSPICIOUS
    )


def _with_key(analysis: Analysis, words: Found | None) -> Analysis:
    """The analysis with the resent key of a candidate notice (None for the rest, or when
    making it fails: whoever needs it makes it again, guarded)."""
    if analysis.notice is None or not keyed(analysis):
        return analysis
    key = None
    with contextlib.suppress(Exception):
        key = resent_key(notice_text(analysis.notice), words)
    return replace(analysis, resent_key=key)


def _for_storage(analysis: Analysis, words: Found | None) -> Analysis:
    analysis = _with_key(analysis, words)
    compressed = analysis.raw.compressed or zlib.compress(analysis.raw.raw, RAW_COMPRESSION)
    return replace(analysis, compressed_raw=compressed)


def seller_message(prediction: Prediction) -> Prediction:
    """The seller's own mail is never an Amazon notice: label ``other``, whatever the text says.

    An appeal quotes the suspension it answers, so the model's reading of it is
    not what matters; the scores are kept for reference.
    """
    return replace(prediction, label=Label.OTHER, confidence=1.0, needs_review=False)


def is_outgoing(notice: Notice) -> bool:
    """Mail the seller sent to Amazon (their appeal), seen in files or a shared folder."""
    if is_amazon_domain(notice.sender_domain):
        return False
    return any(is_amazon_domain(addr.rpartition("@")[2]) for addr in notice.recipients)
