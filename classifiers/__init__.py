"""The notice classifier: what kind of Seller Performance message is this?

The public API intake uses; importable without intake, and cheap to import
(scikit-learn loads only when a model is trained; loading and predicting need only NumPy).

>>> model = load_or_train(Path("model.npz"))            # doctest: +SKIP
>>> predict(model, NoticeText(subject, sender, body)).label  # doctest: +SKIP
'suspension'
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from classifiers.errors import ClassifierError, CorruptModelError, IncompatibleModelError
from classifiers.types import LABELS, TEXT_LABELS, Label, NoticeText, Prediction

if TYPE_CHECKING:
    from classifiers.corpus import CorpusError, Example, default_corpus_dir, load_corpus
    from classifiers.evaluate import EvalReport, SplitReport, evaluate
    from classifiers.model import (
        FORMAT_VERSION,
        REVIEW_THRESHOLD,
        Model,
        predict,
        predict_many,
        train,
    )
    from classifiers.modelfile import load, load_or_train, save
    from classifiers.quoting import newest_text
    from classifiers.resent import ResentKey, find_resent

# The rest of the API, by the module that defines it, imported on first use: the types
# are all that storing labels needs (``intake status``, taking mail in), while the corpus,
# model and evaluation modules cost a tenth of a second to import.
_LAZY = {
    "CorpusError": "corpus", "Example": "corpus", "default_corpus_dir": "corpus",
    "load_corpus": "corpus",
    "EvalReport": "evaluate", "SplitReport": "evaluate", "evaluate": "evaluate",
    "FORMAT_VERSION": "model", "REVIEW_THRESHOLD": "model", "Model": "model",
    "predict": "model", "predict_many": "model", "train": "model",
    "load": "modelfile", "load_or_train": "modelfile", "save": "modelfile",
    "newest_text": "quoting",
    "ResentKey": "resent", "find_resent": "resent",
}  # fmt: skip


def __getattr__(name: str) -> Any:
    """``classifiers.load`` imports ``classifiers.modelfile`` then."""
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"classifiers.{_LAZY[name]}"), name)
    # Bound once, as an eager import binds it: later reads skip this hook and keep the
    # value first seen even if the submodule's is patched (tests do).
    globals()[name] = value
    return value


__all__ = [
    "FORMAT_VERSION",
    "LABELS",
    "REVIEW_THRESHOLD",
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
