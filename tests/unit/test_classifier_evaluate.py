"""Evaluation: scores computed right, both splits reported, tables readable, dicts JSON-ready."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from classifiers import NoticeText, evaluate
from classifiers.corpus import Example
from classifiers.evaluate import score_split
from tests.unit.test_classifier import write_corpus


def examples(labels: list[str]) -> list[Example]:
    return [Example(NoticeText("", "", ""), label, f"train/{label}/{n}.eml") for n, label in
            enumerate(labels)]  # fmt: skip


def test_scores_match_hand_counts() -> None:
    """Two suspensions (one missed as other) and two others: counts worked out by hand."""
    report = score_split(
        "t",
        examples(["suspension", "suspension", "other", "other"]),
        ["suspension", "other", "other", "other"],
    )
    scores = {s.label: s for s in report.per_label}
    assert (scores["suspension"].precision, scores["suspension"].recall) == (1.0, 0.5)
    assert scores["other"].precision == pytest.approx(2 / 3)
    assert scores["other"].f1 == pytest.approx(0.8)
    assert report.macro_f1 == pytest.approx((2 / 3 + 0.8) / 2)
    assert report.accuracy == 0.75
    assert report.labels == ("suspension", "other")
    assert report.confusion == ((1, 1), (0, 2))
    assert report.errors == (("train/suspension/1.eml", "suspension", "other"),)


def test_evaluate_reports_cv_and_heldout(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c", per_label=6, seed=1)
    write_corpus(tmp_path / "h", per_label=3, seed=2)
    shutil.move(tmp_path / "h" / "train", corpus / "heldout")
    report = evaluate(corpus, folds=3)
    assert report.cross_validation.macro_f1 > 0.9
    assert report.heldout is not None
    assert report.heldout.macro_f1 > 0.9
    assert sum(s.support for s in report.heldout.per_label) == 21
    assert sum(map(sum, report.cross_validation.confusion)) == 42


def test_evaluate_without_heldout(tmp_path: Path) -> None:
    report = evaluate(write_corpus(tmp_path / "c", per_label=6), folds=3)
    assert report.heldout is None
    assert "no held-out split" in report.format()


def test_format_and_to_dict(tmp_path: Path) -> None:
    report = evaluate(write_corpus(tmp_path / "c", per_label=6), folds=3)
    table = report.format()
    assert table.splitlines()[0].startswith("cross-validation (3 folds): macro-F1")
    assert "redirect_closed_queue" in table
    stored = json.loads(json.dumps(report.to_dict()))
    assert stored["cross_validation"]["macro_f1"] == report.cross_validation.macro_f1
    assert set(stored["cross_validation"]["per_label"]) == {
        s.label for s in report.cross_validation.per_label
    }


@pytest.mark.slow
def test_shipped_corpus_meets_quality_targets() -> None:
    """The acceptance test: macro-F1 >= 0.97 in cross-validation and >= 0.90 on held-out."""
    from classifiers import default_corpus_dir

    corpus = default_corpus_dir()
    if not (corpus / "train").is_dir() or not (corpus / "heldout").is_dir():
        pytest.skip("the shipped corpus has not been generated")
    report = evaluate(corpus)
    assert report.cross_validation.macro_f1 >= 0.97, report.format()
    assert report.heldout is not None
    assert report.heldout.macro_f1 >= 0.90, report.format()
