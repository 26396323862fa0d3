"""`intake run --jobs 1`: the analysis stays in the worker's own process, with the same results."""

from __future__ import annotations

import os

from intake.analyse.classifier import Classifier
from intake.analyse.pool import analysed_ahead
from intake.analyse.stages import analyse
from tests.builders import MessageBuilder
from tests.integration.processes import descendants
from tests.integration.test_backfill_batches import _raws


def test_without_helper_every_batch_is_analysed_here_alike(classifier: Classifier) -> None:
    raws = _raws(18, MessageBuilder())
    batches = [raws[start : start + 6] for start in range(0, 18, 6)]
    before = descendants(os.getpid())
    ahead = analysed_ahead(batches, classifier, lambda batch: batch, helper=False)
    found = []
    for batch, analyses in ahead:
        assert descendants(os.getpid()) <= before  # no helper process started
        found.append((batch, analyses))
    assert found == [(batch, analyse(batch, classifier)) for batch in batches]
