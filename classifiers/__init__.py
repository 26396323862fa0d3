"""The notice classifier: what kind of Seller Performance message is this?

The public API intake uses; importable without intake, and cheap to import
(scikit-learn loads only when a model is trained; loading and predicting need only NumPy).

>>> model = load_or_train(Path("model.npz"))            # doctest: +SKIP
>>> predict(model, NoticeText(subject, sender, body)).label  # doctest: +SKIP
'suspension'
"""

from __future__ import annotations

from classifiers.corpus import CorpusError, Example, default_corpus_dir, load_corpus
from classifiers.errors import ClassifierError, CorruptModelError, IncompatibleModelError
from classifiers.evaluate import EvalReport, SplitReport, evaluate
from classifiers.model import FORMAT_VERSION, Model, predict, predict_many, train
from classifiers.modelfile import load, load_or_train, save
from classifiers.quoting import newest_text
from classifiers.resent import ResentKey, find_resent
from classifiers.types import LABELS, TEXT_LABELS, Label, NoticeText, Prediction

__all__ = [
    "FORMAT_VERSION",
    "LABELS",
    "TEXT_LABELS",
    "ClassifierError",
    "CorpusError",
    "CorruptModelError",
    "EvalReport",
    "Example",
    "IncompatibleModelError",
    "Label",
    "Model",
    "NoticeText",
    "Prediction",
    "ResentKey",
    "SplitReport",
    "default_corpus_dir",
    "evaluate",
    "find_resent",
    "load",
    "load_corpus",
    "load_or_train",
    "newest_text",
    "predict",
    "predict_many",
    "save",
    "train",
]
