"""Compare model recipes by leave-one-family-out, as ``intake eval`` does, without the rest.

Run: ``.venv/bin/python bench/recipes.py [VARIANT...] [--list] [--out DIR]``

Each variant is a way to tokenise, weight and fit (most are one change to format 4's
recipe, ``format4``; ``shipped`` is the current one); all use the family folds of
``classifiers.evaluate`` (same seed, same folds). Per variant it prints macro-F1,
accuracy and the best share decided automatically with at most 3% of those wrong,
for three confidences: the top probability at temperature 1, the margin between the
top two, and the top probability after a temperature fitted on these very answers
(what ships: ``Recipe.temperature`` is that fit, rounded). The
out-of-family probabilities are kept in ``--out`` (``<variant>.npz``) so that
blends can be scored later without refitting (``--blend A B``).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402

from classifiers import features  # noqa: E402
from classifiers.corpus import Example, default_corpus_dir, load_corpus  # noqa: E402
from classifiers.corpus.families import family_of  # noqa: E402
from classifiers.evaluate import FAMILY_FOLDS, _family_splits  # noqa: E402
from classifiers.model import MIN_KNOWN_WORDS, RECIPE, Recipe  # noqa: E402
from classifiers.types import TEXT_LABELS  # noqa: E402

MAX_WRONG = 0.03


@dataclass(frozen=True)
class Variant:
    """A recipe plus what ``Recipe`` cannot say (estimator, weights, tokens)."""

    recipe: Recipe = RECIPE
    tokens: Callable[[Example, Recipe], list[str]] | None = None
    estimator: str = "lr"  # lr, nb, lr+nb (logits summed), svm
    family_weight: bool = False  # each family weighs the same in total
    class_weight: str | None = "recipe"  # "recipe": balanced if the recipe says so
    nb_share: float = 0.5
    min_families: int | None = None  # a token must be in this many families; None: the recipe's
    extra: dict = field(default_factory=dict)


def no_characters(example: Example, recipe: Recipe) -> list[str]:
    """The tokens without single CJK characters (format 4's tokens)."""
    tokens = features.notice_tokens(example.text, recipe.char_grams)
    return [token for token in tokens if not token.startswith("u:")]


# Format 4's recipe: every token of two notices, labels as they come, no CJK characters.
FORMAT_4 = replace(RECIPE, min_families=1, balanced=False, temperature=1.0)


def head_words(example: Example, recipe: Recipe, chars: int = 400) -> list[str]:
    """The shipped tokens plus "h:" copies of the words of the body's first ``chars``."""
    tokens = no_characters(example, recipe)
    body = features.newest_text(example.text.body[: features.MAX_INPUT_CHARS]).lower()
    return tokens + ["h:" + word for word in features.words(body[:chars])]


def no_sender(example: Example, recipe: Recipe) -> list[str]:
    """The shipped tokens without the sender's address (only whether it is Amazon's)."""
    tokens = no_characters(example, recipe)
    return [token for token in tokens if not token.startswith(("f:", "fd:"))]


def cjk_characters(example: Example, recipe: Recipe) -> list[str]:
    """The tokens as they ship: with single CJK characters of the body."""
    return features.notice_tokens(example.text, recipe.char_grams)


def binary(example: Example, recipe: Recipe) -> list[str]:
    """The shipped tokens, each once: presence instead of log counts."""
    return sorted(set(no_characters(example, recipe)))


def trigrams(example: Example, recipe: Recipe) -> list[str]:
    """The shipped tokens plus "t:" word trigrams of the body (formulaic phrases)."""
    tokens = no_characters(example, recipe)
    body = features.newest_text(example.text.body[: features.MAX_INPUT_CHARS])
    found = features.words(body[: features.MAX_BODY_CHARS])
    return tokens + [f"t:{a} {b} {c}" for a, b, c in zip(found, found[1:], found[2:], strict=False)]


def cjk_characters_and_triples(example: Example, recipe: Recipe) -> list[str]:
    """``cjk_characters`` plus CJK character trigrams."""
    tokens = cjk_characters(example, recipe)
    body = features.newest_text(example.text.body[: features.MAX_INPUT_CHARS])
    body = body[: features.MAX_BODY_CHARS]
    runs = features._CJK_RUN.findall(body)
    return tokens + ["u3:" + run[i : i + 3] for run in runs for i in range(len(run) - 2)]


F4 = FORMAT_4
MB3 = replace(F4, min_families=3, balanced=True)  # format 4's tokens, 3 families, balanced
VARIANTS: dict[str, Variant] = {
    "shipped": Variant(),  # RECIPE as it is (format 5)
    "format4": Variant(recipe=F4, tokens=no_characters),
    "c5": Variant(recipe=replace(F4, regularisation_c=5.0), tokens=no_characters),
    "c100": Variant(recipe=replace(F4, regularisation_c=100.0), tokens=no_characters),
    "idf": Variant(recipe=replace(F4, idf=True), tokens=no_characters),
    "family-weight": Variant(recipe=F4, tokens=no_characters, family_weight=True),
    "class-balanced": Variant(recipe=replace(F4, balanced=True), tokens=no_characters),
    "nb": Variant(recipe=F4, tokens=no_characters, estimator="nb"),
    "lr+nb": Variant(recipe=F4, tokens=no_characters, estimator="lr+nb"),
    "head400": Variant(recipe=F4, tokens=head_words),
    "chars400": Variant(recipe=replace(F4, char_grams=400), tokens=no_characters),
    "svm": Variant(recipe=F4, tokens=no_characters, estimator="svm"),
    "minfam2": Variant(recipe=replace(F4, min_families=2), tokens=no_characters),
    "minfam3": Variant(recipe=replace(F4, min_families=3), tokens=no_characters),
    "minfam5": Variant(recipe=replace(F4, min_families=5), tokens=no_characters),
    "minfam3-balanced": Variant(recipe=MB3, tokens=no_characters),
    "minfam3-nosender": Variant(recipe=replace(F4, min_families=3), tokens=no_sender),
    "minfam3-cjk1": Variant(recipe=replace(F4, min_families=3), tokens=cjk_characters),
    "minfam3-c100": Variant(
        recipe=replace(F4, min_families=3, regularisation_c=100.0), tokens=no_characters
    ),
    "mb3-c50": Variant(recipe=replace(MB3, regularisation_c=50.0), tokens=no_characters),
    "mb3-tri": Variant(recipe=MB3, tokens=trigrams),
    "mb3-binary": Variant(recipe=MB3, tokens=binary),
    "mb3-cjk1": Variant(recipe=MB3, tokens=cjk_characters),  # = shipped
    "mb3-cjk13": Variant(recipe=MB3, tokens=cjk_characters_and_triples),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("variants", nargs="*", default=["shipped"])
    parser.add_argument("--out", type=Path, default=Path("/tmp/intake-recipes"))
    parser.add_argument("--blend", nargs="+", help="score the mean log-probability of saved runs")
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    if args.list:
        print("\n".join(VARIANTS))
        return
    examples = load_corpus(default_corpus_dir(), "train")
    labels = [e.label for e in examples]
    groups = [family_of(e.path) for e in examples]
    if args.blend:
        saved = [np.load(args.out / f"{name}.npz") for name in args.blend]
        logp = np.mean([s["logp"] for s in saved], axis=0)
        report("+".join(args.blend), labels, logp, saved[0]["readable"], 0.0)
        return
    args.out.mkdir(parents=True, exist_ok=True)
    for name in args.variants:
        start = time.process_time()
        logp, readable = out_of_family(VARIANTS[name], examples, labels, groups)
        spent = time.process_time() - start
        np.savez(args.out / f"{name}.npz", logp=logp, readable=readable)
        report(name, labels, logp, readable, spent)


def out_of_family(
    variant: Variant, examples: Sequence[Example], labels: list[str], groups: list[str]
) -> tuple[np.ndarray, np.ndarray]:
    """Out-of-family log-probabilities (rows: examples, columns: TEXT_LABELS) and readability."""
    recipe = variant.recipe
    if variant.tokens is None:
        tokens = [features.notice_tokens(e.text, recipe.char_grams) for e in examples]
    else:
        tokens = [variant.tokens(e, recipe) for e in examples]
    logp = np.full((len(examples), len(TEXT_LABELS)), np.log(1e-9))
    readable = np.zeros(len(examples), dtype=bool)
    for train_rows, test_rows in _family_splits(labels, groups, FAMILY_FOLDS, 0):
        train_tokens = [tokens[i] for i in train_rows]
        vocabulary, idf = features.build_vocabulary(train_tokens, recipe.min_df)
        least = recipe.min_families if variant.min_families is None else variant.min_families
        if least > 1:
            vocabulary = shared_tokens(
                vocabulary, train_tokens, [groups[i] for i in train_rows], least
            )
        used = idf if recipe.idf else None
        x_train = features.vectorize_tokens(vocabulary, used, train_tokens, recipe.unknown_in_norm)
        test_tokens = [tokens[i] for i in test_rows]
        x_test = features.vectorize_tokens(vocabulary, used, test_tokens, recipe.unknown_in_norm)
        y = [labels[i] for i in train_rows]
        weight = sample_weights(variant, [groups[i] for i in train_rows])
        classes, fold_logp = fit_predict(variant, x_train, y, weight, x_test)
        for column, label in enumerate(classes):
            logp[test_rows, TEXT_LABELS.index(label)] = fold_logp[:, column]
        for row, row_tokens in zip(test_rows, test_tokens, strict=True):
            known = features.row_weights(vocabulary, used, row_tokens)[2]
            readable[row] = known >= MIN_KNOWN_WORDS
    return logp, readable


def shared_tokens(
    vocabulary: dict[str, int], token_lists: list[list[str]], groups: list[str], least: int
) -> dict[str, int]:
    """The vocabulary cut to tokens seen in at least ``least`` families (columns renumbered)."""
    seen: dict[str, set[str]] = {}
    for tokens, group in zip(token_lists, groups, strict=True):
        for token in set(tokens):
            if token in vocabulary:
                seen.setdefault(token, set()).add(group)
    kept = sorted(token for token, families in seen.items() if len(families) >= least)
    return {token: column for column, token in enumerate(kept)}


def sample_weights(variant: Variant, groups: list[str]) -> np.ndarray:
    if not variant.family_weight:
        return np.ones(len(groups))
    sizes: dict[str, int] = {}
    for group in groups:
        sizes[group] = sizes.get(group, 0) + 1
    mean = len(groups) / len(sizes)
    return np.array([mean / sizes[group] for group in groups])


def fit_predict(variant, x_train, y, weight, x_test):  # noqa: ANN001, ANN201
    from scipy.special import log_softmax
    from sklearn.linear_model import LogisticRegression
    from sklearn.naive_bayes import ComplementNB
    from threadpoolctl import threadpool_limits

    logits = []
    with threadpool_limits(limits=1):
        if variant.estimator in ("lr", "lr+nb"):
            lr = LogisticRegression(
                C=variant.recipe.regularisation_c,
                max_iter=1000,
                random_state=0,
                class_weight=class_weight(variant),
            )
            lr.fit(x_train, y, sample_weight=weight)
            classes = lr.classes_
            logits.append(lr.decision_function(x_test))
        if variant.estimator in ("nb", "lr+nb"):
            nb = ComplementNB(alpha=variant.extra.get("alpha", 0.3))
            nb.fit(x_train, y, sample_weight=weight)
            classes = nb.classes_
            scores = x_test @ nb.feature_log_prob_.T
            logits.append(np.asarray(scores) * variant.extra.get("nb_scale", 20.0))
        if variant.estimator == "svm":
            from sklearn.svm import LinearSVC

            svm = LinearSVC(C=variant.extra.get("svm_c", 1.0))
            svm.fit(x_train, y, sample_weight=weight)
            classes = svm.classes_
            logits.append(svm.decision_function(x_test) * variant.extra.get("svm_scale", 5.0))
    if len(logits) == 2:
        combined = (1 - variant.nb_share) * logits[0] + variant.nb_share * logits[1]
    else:
        combined = logits[0]
    return classes, log_softmax(combined, axis=1)


def class_weight(variant: Variant) -> str | None:
    if variant.class_weight == "recipe":
        return "balanced" if variant.recipe.balanced else None
    return variant.class_weight


def best_automatic(correct: np.ndarray, score: np.ndarray, readable: np.ndarray) -> float:
    """The largest share answered automatically, highest scores first, at <= 3% wrong."""
    order = np.argsort(-np.where(readable, score, -np.inf), kind="stable")
    wrong = np.cumsum(~correct[order])
    taken = np.arange(1, len(order) + 1)
    ok = (wrong <= MAX_WRONG * taken) & readable[order]
    return float(taken[ok].max() / len(order)) if ok.any() else 0.0


def temperature(logp: np.ndarray, truth: np.ndarray) -> float:
    from scipy.optimize import minimize_scalar
    from scipy.special import log_softmax

    def loss(t: float) -> float:
        return -float(np.mean(log_softmax(logp / t, axis=1)[np.arange(len(truth)), truth]))

    return float(minimize_scalar(loss, bounds=(0.05, 20.0), method="bounded").x)


def report(name: str, labels: list[str], logp: np.ndarray, readable, spent: float) -> None:
    from scipy.special import log_softmax
    from sklearn.metrics import f1_score

    truth = np.array([TEXT_LABELS.index(label) for label in labels])
    predicted = logp.argmax(axis=1)
    correct = predicted == truth
    probs = np.exp(logp)
    top2 = np.sort(probs, axis=1)[:, -2:]
    t = temperature(logp, truth)
    scaled = np.exp(log_softmax(logp / t, axis=1)).max(axis=1)
    f1 = f1_score(truth, predicted, average="macro")
    print(
        f"{name:<22} F1 {f1:.3f} acc {correct.mean():.3f}"
        f" | auto@3%: top {best_automatic(correct, top2[:, 1], readable):.1%}"
        f" margin {best_automatic(correct, top2[:, 1] - top2[:, 0], readable):.1%}"
        f" T={t:.2f} {best_automatic(correct, scaled, readable):.1%}"
        f" | {spent:.0f}s",
        flush=True,
    )


if __name__ == "__main__":
    main()
