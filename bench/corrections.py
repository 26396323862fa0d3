"""Do a person's corrections move the model? Run: .venv/bin/python bench/corrections.py

For each family the model gets wrong when it has never seen it (trained on
every other family), a person relabels ``--fixes`` (5) of its messages and the
model retrains with them as corrections. Printed per family: accuracy on the
family's other messages before, after with the corrections' training weight
only (near-copy memory switched off), and after as shipped (weight + memory);
and how many of the other families' messages changed label (collateral).

Options: ``--corpus DIR`` (default: the shipped corpus), ``--families N``
(at most N wrong families, the worst first; default 12), ``--fixes K``,
``--only F1,F2`` (these families, without searching for wrong ones).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from classifiers import default_corpus_dir, load_corpus  # noqa: E402
from classifiers.corpus import Example  # noqa: E402
from classifiers.corpus.families import family_of  # noqa: E402
from classifiers.corrections import CorrectionMemory  # noqa: E402
from classifiers.evaluate import FAMILY_FOLDS, out_of_family  # noqa: E402
from classifiers.features import notice_tokens  # noqa: E402
from classifiers.model import RECIPE, Model, fit, predict_tokens  # noqa: E402

MIN_VARIANTS = 3  # a family needs messages left over after the fixes to be judged on


def accuracy(model: Model, tokens: list[list[str]], examples: list[Example]) -> float:
    right = sum(
        predict_tokens(model, t).label == e.label for t, e in zip(tokens, examples, strict=True)
    )
    return right / len(examples) if examples else 0.0


def labels_of(model: Model, tokens: list[list[str]]) -> list[str]:
    return [predict_tokens(model, t).label for t in tokens]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=default_corpus_dir())
    parser.add_argument("--families", type=int, default=12)
    parser.add_argument("--fixes", type=int, default=5)
    parser.add_argument("--only", default="", help="Comma-separated families; skips the search.")
    args = parser.parse_args()
    examples = load_corpus(args.corpus)
    tokens = [notice_tokens(e.text, RECIPE.char_grams) for e in examples]
    rows: dict[str, list[int]] = defaultdict(list)
    for row, example in enumerate(examples):
        rows[family_of(example.path)].append(row)
    judged = {f: r for f, r in rows.items() if len(r) >= args.fixes + MIN_VARIANTS}
    print(
        f"corpus {args.corpus}: {len(examples)} messages, {len(rows)} families, "
        f"{len(judged)} with >= {args.fixes + MIN_VARIANTS} messages"
    )
    started = time.perf_counter()
    if args.only:
        chosen = args.only.split(",")
        wrong = [(f, fit_without(examples, tokens, set(judged[f]))) for f in chosen]
    else:
        wrong = find_wrong_families(examples, tokens, judged)[: args.families]
    report(examples, tokens, judged, wrong, args.fixes)
    print(f"took {time.perf_counter() - started:.0f} s")


def report(
    examples: list[Example],
    tokens: list[list[str]],
    judged: dict[str, list[int]],
    wrong: list[tuple[str, Model]],
    fixes: int,
) -> None:
    """One line per family: before, weight only, shipped, collateral; then the means."""
    print(f"families the model gets wrong unseen (accuracy < 0.8): {len(wrong)} shown")
    print(
        "accuracy on the family's other messages: before, after with training weight only,"
        " after as shipped (weight + near-copy memory); collateral: labels changed among"
        " every 4th message of the other families"
    )
    print(f"{'family':<44} {'label':<22} before  weight  shipped  collateral")
    totals = [0.0, 0.0, 0.0]
    for family, before_model in wrong:
        result = correct_family(examples, tokens, judged[family], before_model, fixes)
        for i, value in enumerate(result[:3]):
            totals[i] += value
        label = examples[judged[family][0]].label
        print(
            f"{family[:44]:<44} {label:<22} {result[0]:6.2f}  {result[1]:6.2f}  {result[2]:7.2f}"
            f"  {result[3]:10d}"
        )
    if wrong:
        n = len(wrong)
        print(f"{'mean':<67} {totals[0] / n:6.2f}  {totals[1] / n:6.2f}  {totals[2] / n:7.2f}")


def find_wrong_families(
    examples: list[Example], tokens: list[list[str]], judged: dict[str, list[int]]
) -> list[tuple[str, Model]]:
    """Families below 0.8 accuracy when unseen, worst first, with a model trained without them.

    Found from the group-fold answers ``intake eval`` gives (20 fits, not one per family);
    each chosen family then gets its own model trained on every other family.
    """
    answers = out_of_family(examples, tokens, RECIPE, FAMILY_FOLDS, seed=0)
    found = []
    for family, held in judged.items():
        score = sum(answers[i].correct for i in held) / len(held)
        if score < 0.8:
            found.append((score, family))
    found.sort()
    return [(family, fit_without(examples, tokens, set(judged[family]))) for _, family in found]


def fit_without(
    examples: list[Example], tokens: list[list[str]], left_out: set[int], fixes=()
) -> Model:
    keep = [i for i in range(len(examples)) if i not in left_out]
    return fit([examples[i] for i in keep], fixes, token_lists=[tokens[i] for i in keep])


def correct_family(
    examples: list[Example], tokens: list[list[str]], held: list[int], before: Model, k: int
) -> tuple[float, float, float, int]:
    """Accuracy on the family's messages not relabelled: before, weight only, shipped; and
    how many other messages change label once the corrections are in."""
    fixed, rest = held[:k], held[k:]
    fixes = [(examples[i].text, examples[i].label) for i in fixed]
    after = fit_without(examples, tokens, set(held), fixes)
    weight_only = replace(after, memory=CorrectionMemory.empty())
    rest_tokens, rest_examples = [tokens[i] for i in rest], [examples[i] for i in rest]
    others = [tokens[i] for i in range(len(examples)) if i not in set(held)][::4]
    changed = sum(
        a != b for a, b in zip(labels_of(before, others), labels_of(after, others), strict=True)
    )
    return (
        accuracy(before, rest_tokens, rest_examples),
        accuracy(weight_only, rest_tokens, rest_examples),
        accuracy(after, rest_tokens, rest_examples),
        changed,
    )


if __name__ == "__main__":
    main()
