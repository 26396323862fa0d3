"""How good is the model? Cross-validation on the train split, and the held-out split.

Cross-validation says how well the model learns the training templates; the
held-out split (other template families, written separately) says how well it
carries over to wording it has never seen, which is closer to real mail.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from classifiers.corpus import CorpusError, Example, default_corpus_dir, load_corpus
from classifiers.model import fit, predict_many
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
        width = max(len(label) for label in self.labels)
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


@dataclass(frozen=True)
class EvalReport:
    """Cross-validation on the train split and, when present, train-all/test-held-out."""

    cross_validation: SplitReport
    heldout: SplitReport | None

    def format(self) -> str:
        """Both tables, one after the other."""
        parts = [self.cross_validation.format()]
        parts.append(self.heldout.format() if self.heldout else "heldout: no held-out split")
        return "\n\n".join(parts)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready values."""
        return {
            "cross_validation": self.cross_validation.to_dict(),
            "heldout": self.heldout.to_dict() if self.heldout else None,
        }


def _score_dict(score: LabelScore) -> dict[str, float | int]:
    return {
        "precision": score.precision,
        "recall": score.recall,
        "f1": score.f1,
        "support": score.support,
    }


def evaluate(corpus_dir: Path | None = None, folds: int = 5, seed: int = 0) -> EvalReport:
    """Stratified ``folds``-fold CV on the train split, plus the held-out split if there is one."""
    from sklearn.model_selection import StratifiedKFold

    corpus_dir = Path(corpus_dir) if corpus_dir is not None else default_corpus_dir()
    examples = load_corpus(corpus_dir, "train")
    labels = [example.label for example in examples]
    counts = Counter(labels)
    scarce = sorted(label for label, count in counts.items() if count < folds)
    if scarce:
        raise CorpusError(
            f"{folds}-fold cross-validation needs at least {folds} examples of each label;"
            f" too few of {', '.join(scarce)} (use --folds or add examples)"
        )
    predicted = [""] * len(examples)
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    for train_rows, test_rows in splitter.split(labels, labels):
        model = fit([examples[i] for i in train_rows])
        guesses = predict_many(model, [examples[i].text for i in test_rows])
        for row, guess in zip(test_rows, guesses, strict=True):
            predicted[row] = guess.label
    cv = score_split(f"cross-validation ({folds} folds)", examples, predicted)
    heldout = None
    if (Path(corpus_dir) / "heldout").is_dir():
        held = load_corpus(corpus_dir, "heldout")
        model = fit(examples)
        guesses = predict_many(model, [example.text for example in held])
        heldout = score_split("heldout", held, [guess.label for guess in guesses])
    return EvalReport(cross_validation=cv, heldout=heldout)


def score_split(name: str, examples: Sequence[Example], predicted: Sequence[str]) -> SplitReport:
    """Scores of predictions against the examples' labels (labels with no examples are left out
    of macro-F1 unless something was predicted as them)."""
    truth = [example.label for example in examples]
    present = [label for label in TEXT_LABELS if label in truth or label in predicted]
    per_label = tuple(_label_score(label, truth, predicted) for label in present)
    confusion = tuple(
        tuple(
            sum(1 for t, p in zip(truth, predicted, strict=True) if t == row and p == col)
            for col in present
        )
        for row in present
    )
    errors = tuple(
        (example.path, t, p)
        for example, t, p in zip(examples, truth, predicted, strict=True)
        if t != p
    )
    correct = sum(1 for t, p in zip(truth, predicted, strict=True) if t == p)
    return SplitReport(
        name=name,
        labels=tuple(present),
        per_label=per_label,
        macro_f1=sum(s.f1 for s in per_label) / len(per_label) if per_label else 0.0,
        accuracy=correct / len(truth) if truth else 0.0,
        confusion=confusion,
        errors=errors,
    )


def _label_score(label: str, truth: Sequence[str], predicted: Sequence[str]) -> LabelScore:
    pairs = list(zip(truth, predicted, strict=True))
    hits = sum(1 for t, p in pairs if t == label and p == label)
    claimed = sum(1 for _, p in pairs if p == label)
    support = sum(1 for t, _ in pairs if t == label)
    precision = hits / claimed if claimed else 0.0
    recall = hits / support if support else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return LabelScore(label, precision, recall, f1, support)
