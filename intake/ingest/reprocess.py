"""Re-classify stored messages with the current model, from their raw bytes.

The same pure stages as ingest (``intake.analyse.stages``), no second code path.
A person's label is never overwritten, and ``resent`` (decided against the
case's history) is kept; everything else the model and extractors derive is
refreshed. With ``dry_run`` nothing is written and the count says what would
change.
"""

from __future__ import annotations

from dataclasses import dataclass

from classifiers.types import Label
from intake.analyse.classifier import Classifier
from intake.analyse.stages import analyse
from intake.extract.authenticity import Verdict
from intake.mail.notice import Origin, RawMessage
from intake.mail.states import LabelSource
from intake.store import Store
from intake.store.labels import StoredRaw, stored_raws, update_message


@dataclass(frozen=True)
class ReprocessResult:
    """How many stored messages were looked at, and how many labels changed."""

    checked: int
    changed: int
    dry_run: bool


def reprocess(
    store: Store, classifier: Classifier, *, client: str | None = None, dry_run: bool = False
) -> ReprocessResult:
    """Refresh labels, facts and authenticity of stored messages; count label changes."""
    checked = changed = 0
    with store.session() as session:
        for chunk in stored_raws(session, client):
            raws = [
                RawMessage(raw=item.raw, origin=Origin(kind="stored", path=str(item.id)))
                for item in chunk
            ]
            for item, analysis in zip(chunk, analyse(raws, classifier), strict=True):
                checked += 1
                fields = _refreshed(item, analysis, classifier)
                if fields.get("label", item.label) != item.label:
                    changed += 1
                if not dry_run:
                    update_message(session, item.id, fields)
        if dry_run:
            session.rollback()
    return ReprocessResult(checked=checked, changed=changed, dry_run=dry_run)


def _refreshed(item: StoredRaw, analysis, classifier: Classifier) -> dict:
    fields = {
        "facts": analysis.facts.to_dict(),
        "authenticity": analysis.authenticity.to_dict(),
        "model_version": classifier.version,
    }
    keep_label = item.label_source == LabelSource.PERSON or item.label == Label.RESENT
    if analysis.prediction is not None and not keep_label:
        prediction = analysis.prediction
        fields.update(
            label=prediction.label,
            confidence=prediction.confidence,
            scores=dict(prediction.scores),
            needs_review=prediction.needs_review
            or analysis.authenticity.verdict == Verdict.SUSPICIOUS,
        )
    return fields
