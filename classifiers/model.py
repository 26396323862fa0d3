"""The notice model: train and predict; retrain-on-change. Files: ``classifiers.modelfile``.

The model is a multinomial logistic regression over sublinear (log1p),
L2-normalised counts of word 1-2-grams (Japanese and Chinese as character
bigrams), subject words, sender tokens, negation-scope words and character
4-grams of the subject and the body's first 240 characters
(``classifiers.features``). The recipe was chosen by leave-one-family-out
macro-F1 (``intake eval``) on the corpus as it stood when the recipe was
chosen (2026-12-07: 198 families in nine languages, 2,466 messages; 10
family folds; the shipped corpus has more since, see the README):

=====================================================  ========  ===========  =========
recipe                                                 LOFO F1   auto at <=3%  threshold
=====================================================  ========  ===========  =========
counts, words + char 4-grams of the head, min_df 2        0.764        43%       0.61
same, every token kept, unknown tokens in the norm        0.762        41%       0.59
  (format 3's recipe)
TF-IDF, words + char 4-grams of the head                  0.751        36%       0.59
counts, words only                                        0.665        20%       0.76
TF-IDF word 1-2-grams (the side experiment's pick)        0.629        18%       0.53
=====================================================  ========  ===========  =========

On an earlier cut of that corpus (139 families) the order was the same (0.530,
0.532, 0.486, 0.412, 0.385), and C=5 or C=100 or char n-grams over 1,000
characters did no better than C=20 over 240. IDF hurts across families: it
lifts the rare words one family uses and damps the common phrases that say
what kind of notice it is. Character n-grams carry across inflections and
spellings, which matters most where a language has few families per label.

Why logistic regression's own probabilities and not ``CalibratedClassifierCV``:
its log-loss objective yields probabilities good enough to set a review
threshold from out-of-family answers, it needs no data set aside (every
family counts), and it trains once instead of once per fold.

Prediction needs no scikit-learn or scipy: per notice it gathers the weight
rows of its known tokens, sums them and takes a softmax, which is exactly what
``LogisticRegression.predict_proba`` computes for the multinomial model.
Two things can overrule the linear model: a person's correction of a
near-copy of the notice (``classifiers.corrections``), and mail the model
cannot read (too few known words), which always needs review.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from classifiers import features
from classifiers.corrections import CorrectionMemory, pull
from classifiers.errors import ClassifierError
from classifiers.types import TEXT_LABELS, NoticeText, Prediction

if TYPE_CHECKING:
    import numpy as np

    from classifiers.corpus import Example

# Bump when the file layout, the features or the training recipe change; old files retrain.
# 1: hashed word 1-2-grams, sender tokens, char 3-5-grams of the head; pickled.
# 2: a training vocabulary instead of hashing, char 4-grams only, negation-scope tokens.
# 3: unknown tokens count in the row norm; weights stored transposed beside the estimator.
# 4: no pickle: plain arrays + JSON (classifiers.modelfile); CJK character bigrams; tokens
#    seen once dropped; corrections weighted and remembered for near-copies; too-unfamiliar
#    mail always needs review.
FORMAT_VERSION = 4

# A body whose distinct words are fewer than this share known to the model is mail the
# model cannot read (another language, another script): it needs review whatever it scores.
MIN_KNOWN_WORDS = 0.35
SEED = 0


@dataclass(frozen=True)
class Recipe:
    """How a model is trained: features and regularisation (compared in ``bench/``)."""

    char_grams: int = features.HEAD_CHARS  # characters of the head read as char n-grams; 0: none
    idf: bool = False  # True: TF-IDF (lost on leave-one-family-out, see above)
    unknown_in_norm: bool = False  # True: unknown tokens shrink the known ones
    regularisation_c: float = 20.0
    min_df: int = features.MIN_DOCUMENT_FREQUENCY
    correction_weight: float = 10.0


RECIPE = Recipe()


@dataclass(frozen=True)
class Model:
    """A trained model and what it was trained on (format, scikit-learn version, fingerprint)."""

    format_version: int
    sklearn_version: str
    fingerprint: str
    labels: tuple[str, ...]
    vocabulary: dict[str, int]  # token -> column
    idf: list[float]  # per column, then the unknown-token IDF
    weights: np.ndarray  # (len(vocabulary), len(labels)), C order
    intercept: np.ndarray  # (len(labels),)
    n_examples: int
    recipe: Recipe = RECIPE
    memory: CorrectionMemory = field(default_factory=CorrectionMemory.empty)
    corpus_dir: str | None = None  # a corpus given with --corpus; None: the shipped one

    @property
    def used_idf(self) -> list[float] | None:
        """The IDF the features are weighted by; None when the recipe uses plain counts."""
        return self.idf if self.recipe.idf else None

    @property
    def version(self) -> str:
        """Format version and corpus fingerprint, e.g. "v4-3f9a2c1b7d20"."""
        return f"v{self.format_version}-{self.fingerprint[:12]}"


def fingerprint(digests: Sequence[tuple[str, str]], corrections: Sequence[tuple[str, str]]) -> str:
    """One hash over ``(label, content digest)`` pairs of the corpus and the corrections."""
    total = hashlib.sha256(f"format {FORMAT_VERSION}\n".encode())
    for label, digest in sorted(digests):
        total.update(f"c {label} {digest}\n".encode())
    for label, digest in sorted(corrections):
        total.update(f"x {label} {digest}\n".encode())
    return total.hexdigest()


def text_digest(text: NoticeText) -> str:
    """A content hash of a notice (for fingerprints of corrections)."""
    joined = "\x00".join((text.subject, text.sender, text.body))
    return hashlib.sha256(joined.encode("utf-8", "surrogatepass")).hexdigest()


def usable_corrections(
    corrections: Sequence[tuple[NoticeText, str]],
) -> list[tuple[NoticeText, str]]:
    """Corrections the text model can learn from; "resent" is decided from history, so skipped."""
    kept = []
    for text, label in corrections:
        if label == "resent":
            continue
        if label not in TEXT_LABELS:
            raise ClassifierError(f"correction has unknown label {label!r}")
        kept.append((text, label))
    return kept


def fit(
    examples: Sequence[Example],
    corrections: Sequence[tuple[NoticeText, str]] = (),
    fingerprint_hex: str = "",
    recipe: Recipe = RECIPE,
    token_lists: Sequence[Sequence[str]] | None = None,
) -> Model:
    """Fit a model on examples plus corrections (no change check; see ``train``).

    ``token_lists`` are the examples' tokens when the caller already has them
    (evaluation tokenises each notice once for all its folds).
    """
    fixes = usable_corrections(corrections)
    labels = [example.label for example in examples] + [label for _, label in fixes]
    if len(set(labels)) < 2:
        raise ClassifierError(f"need at least two labels to train, got {sorted(set(labels))}")
    if token_lists is None:
        token_lists = [features.notice_tokens(e.text, recipe.char_grams) for e in examples]
    fix_tokens = [features.notice_tokens(text, recipe.char_grams) for text, _ in fixes]
    all_tokens = [*token_lists, *fix_tokens]
    # A correction's own words count even if no corpus example has them: they are what
    # makes the next message of its family recognisable.
    vocabulary, idf = features.build_vocabulary(all_tokens, recipe.min_df, always=fix_tokens)
    used_idf = idf if recipe.idf else None
    matrix = features.vectorize_tokens(vocabulary, used_idf, all_tokens, recipe.unknown_in_norm)
    weight = [1.0] * len(token_lists) + [recipe.correction_weight] * len(fix_tokens)
    estimator, sklearn_version = _fit_estimator(matrix, labels, weight, recipe)
    memory = CorrectionMemory.build(
        [identity_row(vocabulary, idf, tokens) for tokens in fix_tokens],
        [label for _, label in fixes],
    )
    return _model_from(
        estimator, sklearn_version, vocabulary, idf, memory, recipe, fingerprint_hex, len(labels)
    )


def _fit_estimator(
    matrix: Any, labels: Sequence[str], weight: Sequence[float], recipe: Recipe
) -> tuple[Any, str]:
    """The fitted ``LogisticRegression`` and scikit-learn's version (imported only here)."""
    import numpy as np
    import sklearn
    from sklearn.linear_model import LogisticRegression
    from threadpoolctl import threadpool_limits

    estimator = LogisticRegression(C=recipe.regularisation_c, max_iter=1000, random_state=SEED)
    # One BLAS thread: on a busy two-core machine, spinning BLAS threads made a tiny fit 20x slower.
    with threadpool_limits(limits=1):
        estimator.fit(matrix, labels, sample_weight=np.asarray(weight))
    return estimator, sklearn.__version__


def _model_from(
    estimator: Any,
    sklearn_version: str,
    vocabulary: dict[str, int],
    idf: list[float],
    memory: CorrectionMemory,
    recipe: Recipe,
    fingerprint_hex: str,
    n_examples: int,
) -> Model:
    import numpy as np

    coef, intercept = estimator.coef_, estimator.intercept_
    if len(estimator.classes_) == 2:  # one logit z for the second label; softmax([0, z]) is it
        coef, intercept = np.vstack([np.zeros_like(coef), coef]), np.array([0.0, intercept[0]])
    return Model(
        format_version=FORMAT_VERSION,
        sklearn_version=sklearn_version,
        fingerprint=fingerprint_hex,
        labels=tuple(str(label) for label in estimator.classes_),
        vocabulary=vocabulary,
        idf=idf,
        weights=np.ascontiguousarray(coef.T, dtype=np.float64),
        intercept=np.asarray(intercept, dtype=np.float64),
        n_examples=n_examples,
        recipe=recipe,
        memory=memory,
    )


def train(
    corpus_dir: Path | None = None,
    previous: Model | None = None,
    corrections: Sequence[tuple[NoticeText, str]] = (),
) -> Model | None:
    """A model trained on the corpus's train split plus corrections.

    Returns None when ``previous`` was trained on exactly these examples and
    corrections (same fingerprint, same format): there is nothing to do.
    """
    from dataclasses import replace

    from classifiers.corpus import default_corpus_dir, files_digest, load_corpus

    if corpus_dir is None:
        # A model trained on a corpus of one's own keeps using it (if it is still there)
        # rather than being replaced by the shipped corpus's model at the next start.
        own = getattr(previous, "corpus_dir", None)
        corpus_dir = Path(own) if own and Path(own).is_dir() else None
    corpus_dir = Path(corpus_dir).resolve() if corpus_dir is not None else default_corpus_dir()
    fixes = usable_corrections(corrections)
    current = fingerprint(
        files_digest(corpus_dir), [(label, text_digest(text)) for text, label in fixes]
    )
    if (
        previous is not None
        and previous.fingerprint == current
        and previous.format_version == FORMAT_VERSION
    ):
        return None
    model = fit(load_corpus(corpus_dir), fixes, current)
    if corpus_dir != default_corpus_dir().resolve():
        model = replace(model, corpus_dir=str(corpus_dir))
    return model


def predict(model: Model, text: NoticeText, threshold: float = 0.6) -> Prediction:
    """The label of one notice; ``needs_review`` when the confidence is below ``threshold``
    or the model knows too few of its words."""
    return predict_many(model, [text], threshold)[0]


def predict_many(
    model: Model, texts: Sequence[NoticeText], threshold: float = 0.6
) -> list[Prediction]:
    """Labels of many notices; the same as ``predict`` on each."""
    return [_predict_one(model, text, threshold) for text in texts]


def _predict_one(model: Model, text: NoticeText, threshold: float) -> Prediction:
    return predict_tokens(model, features.notice_tokens(text, model.recipe.char_grams), threshold)


def predict_tokens(model: Model, tokens: Sequence[str], threshold: float = 0.6) -> Prediction:
    """``predict`` for a notice already tokenised with ``features.notice_tokens``."""
    columns, values, known = features.row_weights(
        model.vocabulary, model.used_idf, tokens, model.recipe.unknown_in_norm
    )
    row = _softmax(model, columns, values)
    recalled = None
    if len(model.memory):
        recalled = model.memory.recall(*identity_row(model.vocabulary, model.idf, tokens))
    if recalled is not None:  # a person corrected a near-copy of this notice
        label, similarity = recalled
        share = pull(similarity)
        row = [(1.0 - share) * p for p in row]
        row[model.labels.index(label)] += share
    return _prediction(model.labels, row, threshold, unreadable=known < MIN_KNOWN_WORDS)


def identity_row(
    vocabulary: dict[str, int], idf: list[float], tokens: Sequence[str]
) -> tuple[list[int], list[float]]:
    """What makes a notice this notice rather than its kind: IDF-weighted words, subject
    and sender, without character n-grams; compared with corrected messages.

    Measured on the new corpus (variants of one family against the most similar message
    of another label): at cosine 0.4 this finds 54% of a family's variants and 0.6% of
    other-label messages; the model's own features found 52% and 2.3% at 0.5.
    """
    kept = [token for token in tokens if not token.startswith("c:")]
    columns, values, _ = features.row_weights(vocabulary, idf, kept, unknown_in_norm=False)
    return columns, values


def _softmax(model: Model, columns: list[int], values: list[float]) -> list[float]:
    """Softmax of the linear scores: what ``LogisticRegression.predict_proba`` computes."""
    logits = (values @ model.weights[columns] if columns else 0.0) + model.intercept
    scores = logits.tolist()
    top = max(scores)
    exps = [math.exp(score - top) for score in scores]
    total = sum(exps)
    return [value / total for value in exps]


def _prediction(
    labels: tuple[str, ...], row: list[float], threshold: float, unreadable: bool
) -> Prediction:
    scores: dict[str, float] = dict.fromkeys(TEXT_LABELS, 0.0)
    scores.update(zip(labels, row, strict=True))
    label = max(scores, key=scores.__getitem__)
    confidence = scores[label]
    return Prediction(
        label=label,
        confidence=confidence,
        scores=scores,
        needs_review=unreadable or confidence < threshold,
    )
