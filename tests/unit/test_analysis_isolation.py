"""One message the analysis chokes on costs only that message, never its batch.

The model here is the real one; only ``classify`` is wrapped to fail on one
message, standing in for a model or extractor bug that hostile mail finds.
"""

from __future__ import annotations

from dataclasses import dataclass

from intake.analyse.classifier import Classifier
from intake.analyse.stages import analyse
from intake.mail.notice import Origin, RawMessage
from tests.builders import MessageBuilder


@dataclass(frozen=True)
class ChokingClassifier(Classifier):
    """The real classifier, except that it raises on any batch holding a poisoned subject."""

    def classify(self, notices):
        if any(notice.subject == "poison" for notice in notices):
            raise RuntimeError("model bug")
        return super().classify(notices)


def test_a_message_the_classifier_fails_on_is_kept_with_its_reason(classifier) -> None:
    builder = MessageBuilder()
    raws = [
        RawMessage(builder.build(subject=subject), Origin("file", path=str(n)))
        for n, subject in enumerate(("Your account", "poison", "Your listing"))
    ]
    choking = ChokingClassifier(classifier.model, classifier.threshold)

    first, poisoned, last = analyse(raws, choking)

    assert first.prediction is not None and last.prediction is not None
    assert (first.error, last.error) == (None, None)
    assert poisoned.notice is None and poisoned.prediction is None
    assert poisoned.error == "analysis failed: cannot classify"


def test_a_headers_only_message_says_how_big_it_was(classifier) -> None:
    raw = MessageBuilder().build()
    head = raw[: raw.index(b"\r\n\r\n") + 4]
    [analysis] = analyse([RawMessage(head, Origin("file", path="x"), full_size=60_000_000)],
                         classifier)  # fmt: skip
    assert analysis.error is None
    assert analysis.notice.defects[-1] == (
        "message of 60000000 bytes is over ingest.max_message_bytes: only its headers were read"
    )
