"""The classifier's errors: every one is a ``ClassifierError``; two of them mean "retrain"."""

from __future__ import annotations


class ClassifierError(Exception):
    """Base of every error the classifier raises."""


class IncompatibleModelError(ClassifierError):
    """The model file comes from another format (an old pickle, another FORMAT_VERSION or
    scikit-learn release): retrain."""


class CorruptModelError(ClassifierError):
    """The model file cannot be read: retrain."""
