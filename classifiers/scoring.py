"""Scores of one set of predictions: per label, macro-F1, accuracy, confusion (sklearn.metrics).

Also what a review threshold does to them: how many answers it lets through
automatically and how many of those are wrong.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from classifiers.corpus import Example
from classifiers.types import TEXT_LABELS


@dataclass(frozen=True)
class LabelScore:
    """Precision, recall and F1 of one label, and how many true examples it had."""

    label: str
    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True)
class SplitReport:
    """Scores of one evaluation; ``confusion[i][j]`` counts true ``labels[i]`` predicted ``j``.

    ``errors`` lists ``(path, true label, predicted label)`` for every miss.
    """

    name: str
    labels: tuple[str, ...]
    per_label: tuple[LabelScore, ...]
    macro_f1: float
    accuracy: float
    confusion: tuple[tuple[int, ...], ...]
    errors: tuple[tuple[str, str, str], ...]

    def format(self) -> str:
        """An aligned text table: per-label scores, macro-F1, then the confusion matrix."""
        width = max((len(label) for label in self.labels), default=5)
        lines = [f"{self.name}: macro-F1 {self.macro_f1:.3f}, accuracy {self.accuracy:.3f}"]
        lines.append(f"  {'label':<{width}}  precision  recall     f1  support")
        for s in self.per_label:
            lines.append(
                f"  {s.label:<{width}}  {s.precision:9.3f}  {s.recall:6.3f}  {s.f1:5.3f}"
                f"  {s.support:7d}"
            )
        short = [label[:6] for label in self.labels]
        lines.append("  confusion (rows: true, columns: predicted)")
        lines.append(f"  {'':<{width}}  " + " ".join(f"{name:>6}" for name in short))
        for label, row in zip(self.labels, self.confusion, strict=True):
            lines.append(f"  {label:<{width}}  " + " ".join(f"{n:6d}" for n in row))
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready values."""
        return {
            "name": self.name,
            "labels": list(self.labels),
            "per_label": {s.label: _score_dict(s) for s in self.per_label},
            "macro_f1": self.macro_f1,
            "accuracy": self.accuracy,
            "confusion": [list(row) for row in self.confusion],
            "errors": [list(error) for error in self.errors],
        }


def _score_dict(score: LabelScore) -> dict[str, float | int]:
    return {
        "precision": score.precision,
        "recall": score.recall,
        "f1": score.f1,
        "support": score.support,
    }


def score_split(name: str, examples: Sequence[Example], predicted: Sequence[str]) -> SplitReport:
    """Scores of predictions against the examples' labels (labels with no examples are left out
    of macro-F1 unless something was predicted as them)."""
    from sklearn.metrics import accuracy_score, confusion_matrix, precision_recall_fscore_support

    truth = [example.label for example in examples]
    present = [label for label in TEXT_LABELS if label in truth or label in predicted]
    if not truth:
        return SplitReport(name, (), (), 0.0, 0.0, (), ())
    precision, recall, f1, support = precision_recall_fscore_support(
        truth, predicted, labels=present, zero_division=0
    )
    per_label = tuple(
        LabelScore(label, float(p), float(r), float(f), int(n))
        for label, p, r, f, n in zip(present, precision, recall, f1, support, strict=True)
    )
    matrix = confusion_matrix(truth, predicted, labels=present)
    errors = tuple(
        (example.path, t, p)
        for example, t, p in zip(examples, truth, predicted, strict=True)
        if t != p
    )
    return SplitReport(
        name=name,
        labels=tuple(present),
        per_label=per_label,
        macro_f1=float(f1.mean()) if len(present) else 0.0,
        accuracy=float(accuracy_score(truth, predicted)),
        confusion=tuple(tuple(int(n) for n in row) for row in matrix),
        errors=errors,
    )


# Below an even chance, another label may be about as likely as the one given: never automatic.
MIN_THRESHOLD = 0.5


@dataclass(frozen=True)
class Abstention:
    """What a review threshold does: the share of messages decided automatically (confident
    and readable) and the share of those that are wrong."""

    threshold: float
    automatic: float
    confident_wrong: float

    def format(self) -> str:
        return (
            f"at threshold {self.threshold:.2f}: {self.automatic:.1%} decided automatically,"
            f" {self.confident_wrong:.1%} of those wrong"
        )

    def to_dict(self) -> dict[str, float]:
        return {
            "threshold": self.threshold,
            "automatic": self.automatic,
            "confident_wrong": self.confident_wrong,
        }


def abstention(
    correct: Sequence[bool], confidence: Sequence[float], readable: Sequence[bool], threshold: float
) -> Abstention:
    """The automatic-decision and confident-wrong rates of answers at ``threshold``."""
    answers = zip(correct, confidence, readable, strict=True)
    decided = [ok for ok, conf, read in answers if read and conf >= threshold]
    wrong = sum(1 for ok in decided if not ok)
    return Abstention(
        threshold=threshold,
        automatic=len(decided) / len(correct) if correct else 0.0,
        confident_wrong=wrong / len(decided) if decided else 0.0,
    )


def recommend_threshold(
    correct: Sequence[bool],
    confidence: Sequence[float],
    readable: Sequence[bool],
    max_wrong: float = 0.03,
) -> Abstention:
    """The lowest threshold (in steps of 0.01, so it reads well in a config, and never below
    ``MIN_THRESHOLD``) at which at most ``max_wrong`` of the automatic answers are wrong:
    as many automatic answers as that allows.

    Whether that also decides enough automatically (the target is 70%) is for
    the caller to report; honesty about errors comes first.
    """
    for step in range(round(MIN_THRESHOLD * 100), 100):
        found = abstention(correct, confidence, readable, step / 100)
        if found.confident_wrong <= max_wrong:
            return found
    return abstention(correct, confidence, readable, 0.99)


def fit_temperature(probabilities: Sequence[Sequence[float]], truth: Sequence[int]) -> float:
    """The factor ``t`` (0.05..20) by which dividing the log-probabilities gives the least
    log-loss on these answers: below 1, the answers were right more often than their
    confidence said (multiply the recipe's temperature by it).

    Right three times in four at 0.6: the fitted factor makes those 0.6s into 0.75s.

    >>> round(fit_temperature([[0.6, 0.4], [0.6, 0.4], [0.4, 0.6], [0.6, 0.4]], [0, 0, 1, 1]), 2)
    0.37
    """
    import numpy as np
    from scipy.optimize import minimize_scalar
    from scipy.special import log_softmax

    logp = np.log(np.clip(np.asarray(probabilities, dtype=np.float64), 1e-12, 1.0))
    rows = np.arange(len(truth))

    def loss(t: float) -> float:
        return -float(np.mean(log_softmax(logp / t, axis=1)[rows, np.asarray(truth)]))

    found = minimize_scalar(loss, bounds=(0.05, 20.0), method="bounded")
    return float(found.x)
