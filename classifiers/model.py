"""The notice model: train and predict; retrain-on-change. Files: ``classifiers.modelfile``.

The model is a multinomial logistic regression over sublinear (log1p),
L2-normalised counts of word 1-2-grams (Japanese and Chinese as character
bigrams and single characters), subject words, sender tokens, negation-scope
words and character 4-grams of the subject and the body's first 240 characters
(``classifiers.features``). Only tokens that at least three form-letter
families use get a column, each label weighs the same in training, and the
logits are divided by a temperature before the softmax. The recipe was chosen
by leave-one-family-out (``bench/recipes.py``, the folds of ``intake eval``)
on the corpus of 2026-12-07 (255 families in nine languages, 3,472 messages,
20 family folds). "auto" is the largest share of messages decided
automatically with at most 3% of those wrong, ranked by the top probability:

recipe (an indented line changes the unindented one above)  LOFO F1  auto
format 4: counts, words + char 4-grams of head, C=20            0.873  62.8%
  C=5; C=100                                                0.858, 0.874  58%, 66%
  labels balanced                                                0.877  65.6%
  "h:" copies of the first 400 characters' words                 0.871  64.5%
  complement naive Bayes; its logits added to LR's          0.669, 0.688   3%, 1%
  tokens of >= 2; 3; 5 families only                 0.879, 0.878, 0.858  68%, 68%, 59%
>= 3 families, labels balanced                                   0.880  70.2%
  without the sender's address                                   0.873  67.2%
  C=50                                                           0.882  70.7%
  word trigrams; presence instead of counts                 0.876, 0.881  68%, 69%
  single CJK characters (format 5, shipped)                      0.891  71.1%
    and CJK character trigrams (not kept: more tokens, same)     0.891  71.1%

Why tokens of one family are cut: the corpus has many variants of each letter,
and a token only one letter uses lets the model learn that letter by heart
instead of the phrases letters share; a letter it never saw has none of it.
(Earlier, on 198 families: TF-IDF 0.751 and word-only TF-IDF 0.629 against 0.764
for counts with character 4-grams; IDF lifts the rare words one family uses.)

Why a temperature (``Recipe.temperature``, 0.45): fitted by least log-loss on
the out-of-family answers (``intake eval`` prints the one that fits), it makes
a confidence say how often such an answer is right on a letter the model never
saw, and ranks answers better for the review threshold: 72.9% automatic
instead of 71.1% at the same <= 3% wrong (the margin between the top two
labels ranks about as well, 72.7%, but is no probability). It needs no data set
aside and no refit, unlike ``CalibratedClassifierCV``.

Prediction needs no scikit-learn or scipy: per notice it gathers the weight
rows of its known tokens, sums them and takes a softmax of the tempered sums,
which is ``LogisticRegression.predict_proba`` at temperature 1.
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
# 5: tokens only one family uses get no column; labels balanced; single CJK characters;
#    logits divided by a temperature fitted out of family.
FORMAT_VERSION = 5

# A body whose distinct words are fewer than this share known to the model is mail the
# model cannot read (another language, another script): it needs review whatever it scores.
MIN_KNOWN_WORDS = 0.35
# The review threshold ``intake eval`` recommends for this recipe on the shipped corpus:
# at most 3% wrong among the answers given without review (intake's default too).
REVIEW_THRESHOLD = 0.87
SEED = 0


@dataclass(frozen=True)
class Recipe:
    """How a model is trained: features and regularisation (compared in ``bench/``)."""

    char_grams: int = features.HEAD_CHARS  # characters of the head read as char n-grams; 0: none
    idf: bool = False  # True: TF-IDF (lost on leave-one-family-out, see above)
    unknown_in_norm: bool = False  # True: unknown tokens shrink the known ones
    regularisation_c: float = 20.0
    min_df: int = features.MIN_DOCUMENT_FREQUENCY
    min_families: int = 3  # a token gets a column only if this many families use it
    balanced: bool = True  # each label weighs the same in training, however many examples
    correction_weight: float = 10.0
    # Logits are divided by this before the softmax: fitted (least log-loss) on the
    # out-of-family answers of ``intake eval``, so a confidence says how often such an
    # answer is right on a family the model never saw. 1.0: scikit-learn's probabilities.
    temperature: float = 0.45


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
    vocabulary, idf = features.build_vocabulary(
        all_tokens,
        recipe.min_df,
        always=fix_tokens,
        families=[*_families(examples), *(f"correction:{n}" for n in range(len(fix_tokens)))],
        min_families=recipe.min_families,
    )
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


def _families(examples: Sequence[Example]) -> list[str]:
    """The form-letter family of each example, from its file name (a file of its own when
    the name says none)."""
    from classifiers.corpus.families import family_of

    return [family_of(example.path) for example in examples]


def _fit_estimator(
    matrix: Any, labels: Sequence[str], weight: Sequence[float], recipe: Recipe
) -> tuple[Any, str]:
    """The fitted ``LogisticRegression`` and scikit-learn's version (imported only here)."""
    import numpy as np
    import sklearn
    from sklearn.linear_model import LogisticRegression
    from threadpoolctl import threadpool_limits

    estimator = LogisticRegression(
        C=recipe.regularisation_c,
        max_iter=1000,
        random_state=SEED,
        class_weight="balanced" if recipe.balanced else None,
    )
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
    digest_cache: Path | None = None,
) -> Model | None:
    """A model trained on the corpus's train split plus corrections.

    Returns None when ``previous`` was trained on exactly these examples and
    corrections (same fingerprint, same format): there is nothing to do.
    ``digest_cache``: a file keeping the corpus files' digests by stat
    (``classifiers.corpus.stamps``), so the check re-hashes only changed files.
    """
    from dataclasses import replace

    from classifiers.corpus import default_corpus_dir, files_digest, load_corpus
    from classifiers.corpus.stamps import cached_files_digest

    if corpus_dir is None:
        # A model trained on a corpus of one's own keeps using it (if it is still there)
        # rather than being replaced by the shipped corpus's model at the next start.
        own = getattr(previous, "corpus_dir", None)
        corpus_dir = Path(own) if own and Path(own).is_dir() else None
    corpus_dir = Path(corpus_dir).resolve() if corpus_dir is not None else default_corpus_dir()
    fixes = usable_corrections(corrections)
    digests = (
        files_digest(corpus_dir)
        if digest_cache is None
        else cached_files_digest(corpus_dir, digest_cache)
    )
    current = fingerprint(digests, [(label, text_digest(text)) for text, label in fixes])
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


def predict(model: Model, text: NoticeText, threshold: float = REVIEW_THRESHOLD) -> Prediction:
    """The label of one notice; ``needs_review`` when the confidence is below ``threshold``
    or the model knows too few of its words."""
    return predict_many(model, [text], threshold)[0]


def predict_many(
    model: Model, texts: Sequence[NoticeText], threshold: float = REVIEW_THRESHOLD
) -> list[Prediction]:
    """Labels of many notices; the same as ``predict`` on each."""
    return [_predict_one(model, text, threshold) for text in texts]


def _predict_one(model: Model, text: NoticeText, threshold: float) -> Prediction:
    return predict_tokens(model, features.notice_tokens(text, model.recipe.char_grams), threshold)


def predict_tokens(
    model: Model, tokens: Sequence[str], threshold: float = REVIEW_THRESHOLD
) -> Prediction:
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
    """Softmax of the linear scores over the temperature (at 1, what
    ``LogisticRegression.predict_proba`` computes)."""
    logits = (values @ model.weights[columns] if columns else 0.0) + model.intercept
    scale = 1.0 / model.recipe.temperature
    scores = [score * scale for score in logits.tolist()]
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
