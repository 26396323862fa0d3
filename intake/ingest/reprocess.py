"""Re-classify stored messages with the current model, from their raw bytes.

The same pure stages as ingest (``intake.analyse.stages``), no second code path.
A person's label is never overwritten, and ``resent`` (decided against the
case's history) is kept; everything else the model and extractors derive is
refreshed, the resent key too: a key an older version stored (English-only
policies and documents, say) would never match a notice stored now. With
``dry_run`` nothing is written and the counts say what would change.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from classifiers.types import Label
from intake.analyse.classifier import Classifier, notice_text
from intake.analyse.stages import Analysis, analyse, keyed
from intake.cases.resent import resent_key
from intake.extract.authenticity import Verdict
from intake.mail.notice import Origin, RawMessage
from intake.mail.states import LabelSource
from intake.store import Store
from intake.store.generation import touch_named
from intake.store.labels import StoredRaw, stored_raws, update_message


@dataclass(frozen=True)
class ReprocessResult:
    """How many stored messages were looked at, and how many labels and resent keys changed."""

    checked: int
    changed: int
    dry_run: bool
    keys_changed: int = 0


def reprocess(
    store: Store, classifier: Classifier, *, client: str | None = None, dry_run: bool = False
) -> ReprocessResult:
    """Refresh labels, subjects, facts, authenticity and resent keys of stored messages;
    count changes."""
    checked = changed = keys_changed = 0
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
                if "resent_key" in fields:
                    keys_changed += 1
                if not dry_run:
                    update_message(session, item.id, fields)
        if dry_run:
            session.rollback()
        else:  # labels and resent keys changed: every process reads its clients afresh
            touch_named(session, client)
    return ReprocessResult(
        checked=checked, changed=changed, dry_run=dry_run, keys_changed=keys_changed
    )


def _refreshed(item: StoredRaw, analysis: Analysis, classifier: Classifier) -> dict:
    fields: dict[str, Any] = {
        "facts": analysis.facts.to_dict(),
        "authenticity": analysis.authenticity.to_dict(),
        "model_version": classifier.version,
    }
    if analysis.notice is not None:  # a newer parser decodes what an older one left raw
        fields["subject"] = analysis.notice.subject
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
    key = _resent_key(item, analysis)
    if key != item.resent_key:
        fields["resent_key"] = key
    return fields


def _resent_key(item: StoredRaw, analysis: Analysis) -> dict[str, Any] | None:
    """The key ingest stores for these bytes now (by the model's label, as at ingest);
    the stored one if computing it fails on hostile mail."""
    if analysis.notice is None or not keyed(analysis):
        return None
    try:
        return resent_key(notice_text(analysis.notice)).to_dict()
    except Exception:  # noqa: BLE001 - one message's key, not the whole reprocess
        return item.resent_key
