"""The model file: plain arrays and JSON in a NumPy ``.npz`` archive, never a pickle.

Why not pickle the fitted estimator: unpickling runs whatever the file holds,
and it needs scikit-learn (over a second and ~100 MB per command) just to read
a few arrays. The file holds the vocabulary (UTF-8, one token a line), IDF,
weights, intercepts, the corrections memory, and a JSON document with the
labels, format version, scikit-learn version that trained it, corpus
fingerprint and recipe. It is read with ``allow_pickle=False``; an old pickled
model file is ``IncompatibleModelError`` (retrain), anything unreadable
``CorruptModelError`` (retrain).

Why the scikit-learn version still matters without a pickle: the weights are
what that release's solver found; a model trained by another release would
give slightly different answers than a retrain, so a change of release
retrains (on first use, a few seconds), as before. Reading the version comes
from package metadata, not from importing scikit-learn.
"""

from __future__ import annotations

import json
import logging
import os
import zipfile
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from classifiers import model as model_module
from classifiers.corrections import CorrectionMemory
from classifiers.errors import ClassifierError, CorruptModelError, IncompatibleModelError
from classifiers.model import Model, Recipe, train
from classifiers.types import NoticeText

if TYPE_CHECKING:  # numpy is imported when a model is read, not with the package
    import numpy as np

log = logging.getLogger("classifiers.model")  # one logger name for training and its files

_PICKLE_START = b"\x80"  # pickle protocol 2+ files start with the PROTO opcode
_ARRAYS = (
    "vocabulary",
    "idf",
    "weights",
    "intercept",
    "memory_columns",
    "memory_values",
    "memory_indptr",
    "meta",
)


def save(model: Model, path: Path) -> None:
    """Write the model atomically: a ``.part`` file next to ``path``, then a rename."""
    import numpy as np

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(path.name + ".part")
    tokens = sorted(model.vocabulary, key=model.vocabulary.__getitem__)
    if any("\n" in token for token in tokens):
        raise ClassifierError("a vocabulary token holds a line break; cannot save")
    meta = {
        "format_version": model.format_version,
        "sklearn_version": model.sklearn_version,
        "fingerprint": model.fingerprint,
        "labels": list(model.labels),
        "n_examples": model.n_examples,
        "corpus_dir": model.corpus_dir,
        "recipe": asdict(model.recipe),
        "memory_labels": list(model.memory.labels),
    }
    with open(part, "wb") as handle:
        np.savez(
            handle,
            vocabulary=np.frombuffer("\n".join(tokens).encode("utf-8"), dtype=np.uint8),
            idf=np.asarray(model.idf, dtype=np.float64),
            weights=model.weights,
            intercept=model.intercept,
            memory_columns=model.memory.columns,
            memory_values=model.memory.values,
            memory_indptr=model.memory.indptr,
            meta=np.frombuffer(json.dumps(meta).encode("utf-8"), dtype=np.uint8),
        )
    os.replace(part, path)


def load(path: Path) -> Model | None:
    """The model saved at ``path``; None if there is no file.

    Raises IncompatibleModelError for an old pickled file, another
    FORMAT_VERSION or scikit-learn release; CorruptModelError when the file
    cannot be read.
    """
    path = Path(path)
    if not path.exists():
        return None
    with open(path, "rb") as handle:
        start = handle.read(1)
    if start == _PICKLE_START:
        raise IncompatibleModelError(f"{path} is a pickled model of an older intake; retrain")
    arrays = _read_arrays(path)
    meta = _meta(path, arrays["meta"])
    _check_versions(path, meta)
    return _model(path, arrays, meta)


def _read_arrays(path: Path) -> dict:
    import numpy as np

    try:
        with np.load(path, allow_pickle=False) as archive:
            missing = [name for name in _ARRAYS if name not in archive.files]
            if missing:
                raise CorruptModelError(f"{path}: model file lacks {', '.join(missing)}")
            return {name: archive[name] for name in _ARRAYS}
    except (OSError, ValueError, EOFError, zipfile.BadZipFile, KeyError) as err:
        raise CorruptModelError(f"cannot read model file {path}: {err}") from err


def _meta(path: Path, raw: np.ndarray) -> dict:
    try:
        meta = json.loads(bytes(raw).decode("utf-8"))
    except (UnicodeDecodeError, ValueError, TypeError) as err:
        raise CorruptModelError(f"{path}: unreadable model metadata: {err}") from err
    if not isinstance(meta, dict):
        raise CorruptModelError(f"{path}: model metadata is not an object")
    return meta


def _check_versions(path: Path, meta: dict) -> None:
    found, expected = meta.get("format_version"), model_module.FORMAT_VERSION
    if found != expected:
        raise IncompatibleModelError(f"{path} has format {found}, expected {expected}")
    running = sklearn_version()
    if meta.get("sklearn_version") != running:
        raise IncompatibleModelError(
            f"{path} was trained with scikit-learn {meta.get('sklearn_version')}, running {running}"
        )


def _model(path: Path, arrays: dict, meta: dict) -> Model:
    try:
        text = bytes(arrays["vocabulary"]).decode("utf-8")
        tokens = text.split("\n") if text else []
        labels = tuple(meta["labels"])
        memory = CorrectionMemory(
            labels=tuple(meta["memory_labels"]),
            columns=arrays["memory_columns"],
            values=arrays["memory_values"],
            indptr=arrays["memory_indptr"],
        )
        model = Model(
            format_version=meta["format_version"],
            sklearn_version=meta["sklearn_version"],
            fingerprint=meta["fingerprint"],
            labels=labels,
            vocabulary={token: column for column, token in enumerate(tokens)},
            idf=arrays["idf"].tolist(),
            weights=arrays["weights"],
            intercept=arrays["intercept"],
            n_examples=int(meta["n_examples"]),
            recipe=Recipe(**meta["recipe"]),
            memory=memory,
            corpus_dir=meta.get("corpus_dir"),
        )
    except (KeyError, TypeError, ValueError, UnicodeDecodeError) as err:
        raise CorruptModelError(f"{path}: inconsistent model file: {err}") from err
    shape = (len(tokens), len(labels))
    if model.weights.shape != shape or len(model.idf) != len(tokens) + 1:
        raise CorruptModelError(f"{path}: weights {model.weights.shape} do not fit {shape}")
    return model


def sklearn_version() -> str:
    """The installed scikit-learn's version, without importing it (that takes a second)."""
    from importlib import metadata

    try:
        return metadata.version("scikit-learn")
    except metadata.PackageNotFoundError:
        return "none"


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
    from classifiers.corpus.stamps import digest_cache_path  # with the corpus, when checked

    cache = digest_cache_path(Path(path))
    fresh = train(corpus_dir, previous=model, corrections=corrections, digest_cache=cache)
    if fresh is None:
        assert model is not None
        return model
    save(fresh, path)
    return fresh
