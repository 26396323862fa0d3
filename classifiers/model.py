"""The notice model: train, save, load, predict; versioned files and retrain-on-change.

The model is a multinomial logistic regression over hashed tokens
(``classifiers.features``). Why logistic regression's own probabilities and not
``CalibratedClassifierCV``: its log-loss objective already yields probabilities
that track accuracy on held-out notices, it needs no data set aside for
calibration (the corpus is small and every template family counts), and it
trains once instead of once per calibration fold, which keeps first-use
training to seconds.

Prediction skips scikit-learn's per-call validation and scipy's sparse
machinery: per notice it gathers the weight rows of its known tokens, sums
them and takes a softmax, which is exactly what
``LogisticRegression.predict_proba`` computes for the multinomial model, at a
fraction of the per-call cost.
"""

from __future__ import annotations

import hashlib
import logging
import math
import os
import pickle
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from classifiers import features
from classifiers.types import TEXT_LABELS, NoticeText, Prediction

if TYPE_CHECKING:
    import numpy as np

    from classifiers.corpus import Example

log = logging.getLogger(__name__)

# Bump when the file layout, the features or the training recipe change; old files retrain.
# 1: hashed (FeatureHasher) word 1-2-grams of body and subject, sender tokens, char 3-5-grams
#    of the head; multinomial logistic regression with sparse stored weights.
# 2: a training vocabulary instead of hashing (faster), char 4-grams only, negation-scope
#    tokens ("n:restored"); the fitted LogisticRegression is stored as is.
# 3: unknown tokens count in the row norm by their real counts; weights stored transposed
#    beside the estimator for the fast prediction path.
FORMAT_VERSION = 3

# A correction is a person's judgement on a real message: it outweighs one corpus example.
CORRECTION_WEIGHT = 3.0
# Measured on the held-out split: at C=20 every error had confidence < 0.6 (so needs_review)
# while ~80% of right answers did not; larger C gave confident errors, smaller C more reviews.
REGULARISATION_C = 20.0
SEED = 0


# What unpickling a damaged or foreign file can raise.
_UNPICKLING_ERRORS = (
    pickle.UnpicklingError, EOFError, AttributeError, ImportError, IndexError, KeyError,
    TypeError, ValueError, OverflowError, MemoryError,
)  # fmt: skip


class ClassifierError(Exception):
    """Base of every error the classifier raises."""


class IncompatibleModelError(ClassifierError):
    """The model file comes from another FORMAT_VERSION or scikit-learn release: retrain."""


class CorruptModelError(ClassifierError):
    """The model file cannot be read or unpickled: retrain."""


@dataclass(frozen=True)
class Model:
    """A trained model and what it was trained on (format, scikit-learn version, fingerprint)."""

    format_version: int
    sklearn_version: str
    fingerprint: str
    labels: tuple[str, ...]
    vocabulary: dict[str, int]  # token -> column
    weights: np.ndarray  # (len(vocabulary), len(labels)): estimator.coef_ transposed, C order
    intercept: np.ndarray  # (len(labels),)
    estimator: Any  # the fitted sklearn LogisticRegression the weights come from
    n_examples: int
    corpus_dir: str | None = None  # a corpus given with --corpus; None: the shipped one

    @property
    def version(self) -> str:
        """Format version and corpus fingerprint, e.g. "v1-3f9a2c1b7d20"."""
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
) -> Model:
    """Fit a model on examples plus corrections (no change check; see ``train``)."""
    import numpy as np
    import sklearn
    from sklearn.linear_model import LogisticRegression
    from threadpoolctl import threadpool_limits

    fixes = usable_corrections(corrections)
    texts = [example.text for example in examples] + [text for text, _ in fixes]
    labels = [example.label for example in examples] + [label for _, label in fixes]
    if len(set(labels)) < 2:
        raise ClassifierError(f"need at least two labels to train, got {sorted(set(labels))}")
    weight = np.ones(len(texts))
    weight[len(examples) :] = CORRECTION_WEIGHT
    token_lists = [features.notice_tokens(text) for text in texts]
    vocabulary = features.build_vocabulary(token_lists)
    matrix = features.vectorize_tokens(vocabulary, token_lists)
    estimator = LogisticRegression(C=REGULARISATION_C, max_iter=1000, random_state=SEED)
    # One BLAS thread: on a busy two-core machine, spinning BLAS threads made a tiny fit 20x slower.
    with threadpool_limits(limits=1):
        estimator.fit(matrix, labels, sample_weight=weight)
    coef, intercept = estimator.coef_, estimator.intercept_
    if len(estimator.classes_) == 2:  # one logit z for the second label; softmax([0, z]) is it
        coef, intercept = np.vstack([np.zeros_like(coef), coef]), np.array([0.0, intercept[0]])
    return Model(
        format_version=FORMAT_VERSION,
        sklearn_version=sklearn.__version__,
        fingerprint=fingerprint_hex,
        labels=tuple(str(label) for label in estimator.classes_),
        vocabulary=vocabulary,
        weights=np.ascontiguousarray(coef.T),
        intercept=intercept,
        estimator=estimator,
        n_examples=len(texts),
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


def save(model: Model, path: Path) -> None:
    """Write the model atomically: a ``.part`` file next to ``path``, then a rename."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_suffix(".part")
    with open(part, "wb") as handle:
        pickle.dump(model, handle, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(part, path)


def load(path: Path) -> Model | None:
    """The model saved at ``path``; None if there is no file.

    Raises IncompatibleModelError for another FORMAT_VERSION or scikit-learn
    release, CorruptModelError when the file cannot be unpickled.
    """
    import sklearn
    from sklearn.exceptions import InconsistentVersionWarning

    path = Path(path)
    if not path.exists():
        return None
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", InconsistentVersionWarning)
        try:
            model = pickle.loads(path.read_bytes())
        except _UNPICKLING_ERRORS as err:
            raise CorruptModelError(f"cannot read model file {path}: {err}") from err
    if not isinstance(model, Model):
        raise CorruptModelError(f"{path} holds a {type(model).__name__}, not a Model")
    if any(issubclass(w.category, InconsistentVersionWarning) for w in caught):
        raise IncompatibleModelError(f"{path} was pickled by another scikit-learn release")
    found = getattr(model, "format_version", None)
    if found != FORMAT_VERSION:
        raise IncompatibleModelError(f"{path} has format {found}, expected {FORMAT_VERSION}")
    if getattr(model, "sklearn_version", None) != sklearn.__version__:
        raise IncompatibleModelError(
            f"{path} was trained with scikit-learn {model.sklearn_version}, "
            f"running {sklearn.__version__}"
        )
    return model


def load_or_train(
    path: Path,
    corpus_dir: Path | None = None,
    corrections: Sequence[tuple[NoticeText, str]] = (),
) -> Model:
    """The model at ``path``, (re)trained and saved when missing, stale, incompatible or corrupt.

    A model whose fingerprint no longer matches the corpus and corrections is
    retrained too, so corrections take effect on the next start.
    """
    try:
        model = load(path)
        if model is None:
            log.debug("no model file at %s yet; training one from the corpus", path)
    except (IncompatibleModelError, CorruptModelError) as err:
        log.warning("retraining the model: %s", err)
        model = None
    fresh = train(corpus_dir, previous=model, corrections=corrections)
    if fresh is None:
        assert model is not None
        return model
    save(fresh, path)
    return fresh


def predict(model: Model, text: NoticeText, threshold: float = 0.6) -> Prediction:
    """The label of one notice; ``needs_review`` when the confidence is below ``threshold``."""
    return predict_many(model, [text], threshold)[0]


def predict_many(
    model: Model, texts: Sequence[NoticeText], threshold: float = 0.6
) -> list[Prediction]:
    """Labels of many notices; the same as ``predict`` on each."""
    return [_prediction(model.labels, _probabilities(model, text), threshold) for text in texts]


def _probabilities(model: Model, text: NoticeText) -> list[float]:
    """Softmax of the linear scores: what ``LogisticRegression.predict_proba`` computes."""
    columns, values = features.row_weights(model.vocabulary, features.notice_tokens(text))
    logits = (values @ model.weights[columns] if columns else 0.0) + model.intercept
    scores = logits.tolist()
    top = max(scores)
    exps = [math.exp(score - top) for score in scores]
    total = sum(exps)
    return [value / total for value in exps]


def _prediction(labels: tuple[str, ...], row: list[float], threshold: float) -> Prediction:
    scores = dict.fromkeys(TEXT_LABELS, 0.0)
    scores.update(zip(labels, row, strict=True))
    label = max(scores, key=scores.__getitem__)
    confidence = scores[label]
    return Prediction(
        label=label, confidence=confidence, scores=scores, needs_review=confidence < threshold
    )
