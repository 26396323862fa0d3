"""How good is the model on mail it has never seen? Leave-one-family-out, first.

The corpus is written family by family (``classifiers.corpus.families``): each
of Amazon's form letters in several variants. A random split puts variants of
one family on both sides, so cross-validation over variants measures memory.
Real mail brings families nobody here wrote, so the headline is
leave-one-family-out: every family is predicted by a model that never saw
any variant of it. With many families that is many fits; above
``family_folds`` families, families are dealt into that many folds (group
K-fold, stratified by label), each tested by a model trained on the others,
which is slightly harder than one family at a time, never easier; the report
says which was done.

From those out-of-family answers come the per-label, per-language and
abstention figures: the review threshold at which at most 3% of the answers
given automatically are wrong, and how many are then given automatically.
Random stratified cross-validation and the held-out split, when the corpus
has one, are reported beside it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from classifiers import features
from classifiers.corpus import CorpusError, Example, default_corpus_dir, load_corpus
from classifiers.model import RECIPE, REVIEW_THRESHOLD, Recipe, fit, predict_tokens
from classifiers.scoring import (
    Abstention,
    LabelScore,
    SplitReport,
    abstention,
    fit_temperature,
    recommend_threshold,
    score_split,
)
from classifiers.types import TEXT_LABELS

__all__ = ["EvalReport", "FamilyReport", "LabelScore", "SplitReport", "evaluate", "score_split"]

TARGET_AUTOMATIC = 0.70  # at least this share decided without a person
TARGET_WRONG = 0.03  # at most this share of those wrong
FAMILY_FOLDS = 20


@dataclass(frozen=True)
class Answer:
    """One out-of-family prediction."""

    example: Example
    label: str  # "" when no model could be trained for its fold
    confidence: float
    readable: bool
    scores: tuple[float, ...] = ()  # every label's probability, in TEXT_LABELS order

    @property
    def correct(self) -> bool:
        return self.label == self.example.label


@dataclass(frozen=True)
class FamilyReport:
    """Leave-one-family-out: overall, per language, and what a review threshold does."""

    scores: SplitReport
    n_families: int
    n_folds: int
    per_language: dict[str, SplitReport]
    current: Abstention  # at the threshold in use
    recommended: Abstention  # the threshold that keeps confident errors <= 3%
    worst_families: tuple[tuple[str, int, int], ...]  # (family, right, total), accuracy < 1
    unreadable: float = 0.0  # share of answers on mail the model could not read (review)
    temperature: float = 1.0  # the recipe's, in use for these answers
    fitted_temperature: float = 1.0  # the one that would have fitted these answers best

    @property
    def method(self) -> str:
        return _method(self.n_families, self.n_folds)

    @property
    def meets_targets(self) -> bool:
        rec = self.recommended
        return rec.automatic >= TARGET_AUTOMATIC and rec.confident_wrong <= TARGET_WRONG

    def format(self) -> str:
        lines = [self.scores.format()]
        lines.append("  per language:")
        for language, report in sorted(self.per_language.items()):
            n = sum(s.support for s in report.per_label)
            lines.append(
                f"    {language:<8} n={n:<5d} macro-F1 {report.macro_f1:.3f}"
                f"  accuracy {report.accuracy:.3f}"
            )
        lines.append(f"  unreadable (too few known words, always reviewed): {self.unreadable:.1%}")
        lines.append(f"  {self.current.format()} (in use)")
        lines.append(
            f"  confidence temperature {self.temperature:.2f} (Recipe.temperature);"
            f" {self.fitted_temperature:.2f} fits these answers best"
        )
        verdict = "meets" if self.meets_targets else "MISSES"
        lines.append(
            f"  recommended review_threshold {self.recommended.threshold:.2f}: "
            f"{self.recommended.automatic:.1%} automatic, {self.recommended.confident_wrong:.1%}"
            f" of those wrong ({verdict} the targets >= {TARGET_AUTOMATIC:.0%} automatic,"
            f" <= {TARGET_WRONG:.0%} wrong)"
        )
        if self.worst_families:
            lines.append("  families most often wrong (right/total):")
            for family, right, total in self.worst_families[:10]:
                lines.append(f"    {family}: {right}/{total}")
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        return {
            "method": self.method,
            "n_families": self.n_families,
            "n_folds": self.n_folds,
            **self.scores.to_dict(),
            "per_language": {k: v.to_dict() for k, v in sorted(self.per_language.items())},
            "current": self.current.to_dict(),
            "recommended": self.recommended.to_dict(),
            "meets_targets": self.meets_targets,
            "unreadable": self.unreadable,
            "temperature": self.temperature,
            "fitted_temperature": self.fitted_temperature,
            "worst_families": [list(row) for row in self.worst_families],
        }


@dataclass(frozen=True)
class EvalReport:
    """Leave-one-family-out (the headline), cross-validation over variants, held-out split."""

    families: FamilyReport | None
    cross_validation: SplitReport | None
    heldout: SplitReport | None

    def format(self) -> str:
        """The headline first, then the secondary figures."""
        parts = []
        if self.families is not None:
            parts.append(self.families.format())
        if self.cross_validation is not None:
            parts.append(
                "secondary, variants of known families (memory):\n" + self.cross_validation.format()
            )
        parts.append(self.heldout.format() if self.heldout else "heldout: no held-out split")
        return "\n\n".join(parts)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready values."""
        return {
            "families": self.families.to_dict() if self.families else None,
            "cross_validation": self.cross_validation.to_dict() if self.cross_validation else None,
            "heldout": self.heldout.to_dict() if self.heldout else None,
        }


#: ``progress(phase, done, total)``: one more fold of ``phase`` is done.
Progress = Callable[[str, int, int], None]


def evaluate(
    corpus_dir: Path | None = None,
    folds: int = 5,
    seed: int = 0,
    *,
    family_folds: int = FAMILY_FOLDS,
    threshold: float = REVIEW_THRESHOLD,
    recipe: Recipe = RECIPE,
    variants: bool = True,
    progress: Progress | None = None,
) -> EvalReport:
    """Leave-one-family-out on the train split, then (``variants``) stratified ``folds``-fold
    cross-validation and the held-out split if there is one.

    ``progress(phase, done, total)`` is called after each fold's fit (a minute or more in
    all on the shipped corpus), so a command can show how far it is."""
    corpus_dir = Path(corpus_dir) if corpus_dir is not None else default_corpus_dir()
    examples = load_corpus(corpus_dir, "train")
    if variants:
        _check_folds(examples, folds)
    tokens = [features.notice_tokens(e.text, recipe.char_grams) for e in examples]
    answers = out_of_family(examples, tokens, recipe, family_folds, seed, progress)
    n_folds = min(family_folds, _family_count(examples))
    families = family_report(answers, threshold, n_folds, recipe.temperature)
    if not variants:
        return EvalReport(families=families, cross_validation=None, heldout=None)
    cv = cross_validation(examples, tokens, recipe, folds, seed, progress)
    heldout = None
    if (corpus_dir / "heldout").is_dir():
        held = load_corpus(corpus_dir, "heldout")
        model = fit(examples, recipe=recipe, token_lists=tokens)
        guesses = [
            predict_tokens(model, features.notice_tokens(e.text, recipe.char_grams)) for e in held
        ]
        heldout = score_split("heldout", held, [guess.label for guess in guesses])
    return EvalReport(families=families, cross_validation=cv, heldout=heldout)


def _check_folds(examples: Sequence[Example], folds: int) -> None:
    counts = Counter(example.label for example in examples)
    scarce = sorted(label for label, count in counts.items() if count < folds)
    if scarce:
        raise CorpusError(
            f"{folds}-fold cross-validation needs at least {folds} examples of each label;"
            f" too few of {', '.join(scarce)} (use --folds or add examples)"
        )


def _family_count(examples: Sequence[Example]) -> int:
    from classifiers.corpus.families import family_of

    return len({family_of(example.path) for example in examples})


def cross_validation(
    examples: Sequence[Example],
    tokens: Sequence[Sequence[str]],
    recipe: Recipe,
    folds: int,
    seed: int,
    progress: Progress | None = None,
) -> SplitReport:
    """Stratified ``folds``-fold cross-validation over variants (families on both sides)."""
    from sklearn.model_selection import StratifiedKFold

    labels = [example.label for example in examples]
    predicted = [""] * len(examples)
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    for done, (train_rows, test_rows) in enumerate(splitter.split(labels, labels), 1):
        for row, answer in zip(
            test_rows, _fold(examples, tokens, train_rows, test_rows, recipe), strict=True
        ):
            predicted[row] = answer.label
        if progress:
            progress("cross-validation", done, folds)
    return score_split(f"cross-validation ({folds} folds)", examples, predicted)


def out_of_family(
    examples: Sequence[Example],
    tokens: Sequence[Sequence[str]],
    recipe: Recipe,
    max_folds: int,
    seed: int,
    progress: Progress | None = None,
) -> list[Answer]:
    """Every example predicted by a model trained without any example of its family."""
    from classifiers.corpus.families import family_of

    groups = [family_of(example.path) for example in examples]
    labels = [example.label for example in examples]
    answers: list[Answer | None] = [None] * len(examples)
    total = min(max_folds, len(set(groups)))
    for done, (train_rows, test_rows) in enumerate(
        _family_splits(labels, groups, max_folds, seed), 1
    ):
        if len({labels[i] for i in train_rows}) >= 2:  # else unanswered (counted wrong)
            for row, answer in zip(
                test_rows, _fold(examples, tokens, train_rows, test_rows, recipe), strict=True
            ):
                answers[row] = answer
        if progress:
            progress("leave-one-family-out", done, total)
    return [a if a is not None else _unanswered(e) for a, e in zip(answers, examples, strict=True)]


def _family_splits(
    labels: Sequence[str], groups: Sequence[str], max_folds: int, seed: int
) -> Iterator[tuple[Any, Any]]:
    """One family out at a time up to ``max_folds`` families; beyond, families dealt into
    ``max_folds`` folds, stratified by label where every label has enough examples."""
    from sklearn.model_selection import GroupKFold, LeaveOneGroupOut, StratifiedGroupKFold

    n_groups = len(set(groups))
    if n_groups < 2:
        raise CorpusError("leave-one-family-out needs at least two families")
    if n_groups <= max_folds:
        return LeaveOneGroupOut().split(labels, labels, groups)
    if min(Counter(labels).values()) >= max_folds:
        splitter = StratifiedGroupKFold(n_splits=max_folds, shuffle=True, random_state=seed)
        return splitter.split(labels, labels, groups)
    return GroupKFold(n_splits=max_folds).split(labels, labels, groups)


def _fold(
    examples: Sequence[Example],
    tokens: Sequence[Sequence[str]],
    train_rows: Sequence[int],
    test_rows: Sequence[int],
    recipe: Recipe,
) -> list[Answer]:
    model = fit(
        [examples[i] for i in train_rows],
        recipe=recipe,
        token_lists=[tokens[i] for i in train_rows],
    )
    found = []
    for row in test_rows:
        prediction = predict_tokens(model, tokens[row], threshold=0.0)
        found.append(
            Answer(
                example=examples[row],
                label=prediction.label,
                confidence=prediction.confidence,
                readable=not prediction.needs_review,  # at threshold 0, only unreadable mail
                scores=tuple(prediction.scores[label] for label in TEXT_LABELS),
            )
        )
    return found


def _unanswered(example: Example) -> Answer:
    return Answer(example, "", 0.0, False)


def family_report(
    answers: Sequence[Answer], threshold: float, n_folds: int, temperature: float = 1.0
) -> FamilyReport:
    """Scores of out-of-family answers: overall, per language, families, thresholds, and the
    confidence temperature that fits them (``temperature`` is the one they were made with)."""
    from classifiers.corpus.families import all_families, family_of

    languages = {family.id: family.language for family in all_families()}
    by_language: dict[str, list[Answer]] = defaultdict(list)
    by_family: dict[str, list[bool]] = defaultdict(list)
    for answer in answers:
        family = family_of(answer.example.path)
        by_language[languages.get(family, "unknown")].append(answer)
        by_family[family].append(answer.correct)
    correct = [a.correct for a in answers]
    confidence = [a.confidence for a in answers]
    readable = [a.readable for a in answers]
    worst = sorted(
        ((family, sum(oks), len(oks)) for family, oks in by_family.items() if not all(oks)),
        key=lambda row: (row[1] / row[2], row[0]),
    )
    method = _method(len(by_family), n_folds)
    return FamilyReport(
        scores=_scores(method, answers),
        n_families=len(by_family),
        n_folds=n_folds,
        per_language={lang: _scores(lang, group) for lang, group in by_language.items()},
        current=abstention(correct, confidence, readable, threshold),
        recommended=recommend_threshold(correct, confidence, readable, TARGET_WRONG),
        worst_families=tuple(worst),
        unreadable=readable.count(False) / len(readable) if readable else 0.0,
        temperature=temperature,
        fitted_temperature=temperature * _temperature_factor(answers),
    )


def _temperature_factor(answers: Sequence[Answer]) -> float:
    """``fit_temperature`` over the answers that have scores (1.0 when none do)."""
    scored = [a for a in answers if a.scores and a.example.label in TEXT_LABELS]
    if not scored:
        return 1.0
    truth = [TEXT_LABELS.index(a.example.label) for a in scored]
    return fit_temperature([a.scores for a in scored], truth)


def _method(n_families: int, n_folds: int) -> str:
    """What was done, honestly: one family at a time, or families dealt into folds."""
    if n_folds >= n_families:
        return f"leave-one-family-out ({n_families} families)"
    return (
        f"leave-families-out ({n_families} families dealt into {n_folds} folds,"
        f" ~{n_families / n_folds:.0f} left out per fit)"
    )


def _scores(name: str, answers: Sequence[Answer]) -> SplitReport:
    return score_split(name, [a.example for a in answers], [a.label for a in answers])
