"""intake's side of the classifier: Notice in, Prediction out, model path from config.

``classifiers`` knows nothing of intake; this module turns a ``Notice`` into
the ``NoticeText`` the model reads, loads (or builds) the model file the
config names, and turns the classifier's own errors into ``ClassifierError``.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import classifiers
from classifiers import NoticeText, Prediction
from intake.errors import ClassifierError, ConfigError
from intake.mail.notice import Notice

log = logging.getLogger(__name__)

# The model file's default name. Until format 4 the file was a pickle named
# "intake-model.pkl"; it is plain arrays now, named for what it is. A config that
# names the old file keeps working (the name does not matter, the content is
# checked); an install on the old default gets a new file and this note once.
MODEL_FILE = "intake-model.npz"
LEGACY_MODEL_FILE = "intake-model.pkl"


@dataclass(frozen=True)
class Classifier:
    """A loaded model and the confidence below which a message needs review."""

    model: classifiers.Model
    threshold: float

    @property
    def version(self) -> str:
        """The model's version string, stored with every label it gives."""
        return self.model.version

    def classify(self, notices: Sequence[Notice]) -> list[Prediction]:
        """One prediction per notice, in order."""
        texts = [notice_text(notice) for notice in notices]
        return classifiers.predict_many(self.model, texts, threshold=self.threshold)


def notice_text(notice: Notice) -> NoticeText:
    """What the model reads of a notice."""
    return NoticeText(subject=notice.subject, sender=notice.sender, body=notice.text)


def legacy_model_note(model_path: Path) -> str | None:
    """A one-line note when ``model_path`` is the default and the old default's file lies
    beside it (unused from now on); None otherwise."""
    legacy = model_path.with_name(LEGACY_MODEL_FILE)
    if model_path.name != MODEL_FILE or not legacy.exists():
        return None
    return f"{legacy} is no longer read (the model file is now {MODEL_FILE}); it may be deleted"


def load_classifier(
    model_path: Path,
    threshold: float,
    corrections: Sequence[tuple[NoticeText, str]] = (),
    corpus_dir: Path | None = None,
) -> Classifier:
    """Load the model at ``model_path``; (re)build it when missing, stale or incompatible.

    ``corrections`` are people's labels from the database: a model trained
    without the current ones is retrained, so a relabel takes effect on the
    next start (or at once with ``intake train``).
    """
    if not model_path.parent.is_dir():
        raise ConfigError(f"classifier.model_path {model_path}: folder does not exist")
    if not model_path.exists():
        log.info("building the classifier model at %s (first use, about a minute)", model_path)
        note = legacy_model_note(model_path)
        if note:
            log.warning("%s", note)
    try:
        model = classifiers.load_or_train(model_path, corpus_dir, corrections)
    except classifiers.ClassifierError as err:
        raise ClassifierError(f"classifier model {model_path}: {err}") from err
    except OSError as err:
        raise ClassifierError(f"classifier model {model_path}: {err.strerror}") from err
    return Classifier(model=model, threshold=threshold)
