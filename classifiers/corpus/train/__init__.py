"""The classifier's training corpus: a deterministic generator of labelled ``.eml`` files.

``python -m classifiers.corpus.train`` rewrites ``classifiers/corpus/data/train/<label>/``.
Every file depends only on (seed, label, index), so regenerating gives identical bytes.
Each label has several template families (as if Amazon rewrote its templates over the
years) and every family varies its slots: marketplace, reason, scope, IDs, deadline,
greeting, signature, plain/HTML/multipart form, quoted history and forwarding.
About 15 % of each label comes from German, French, Spanish and Italian families
(``FOREIGN``), written for amazon.de/.fr/.es/.it, some in ISO-8859-1 or Windows-1252.
"""

from .assemble import (
    COUNTS,
    DEFAULT_SEED,
    ENGLISH,
    FAMILIES,
    FOREIGN,
    TrainingMail,
    build_corpus,
    compose,
    family_for,
    write_corpus,
)

__all__ = [
    "COUNTS",
    "DEFAULT_SEED",
    "ENGLISH",
    "FAMILIES",
    "FOREIGN",
    "TrainingMail",
    "build_corpus",
    "compose",
    "family_for",
    "write_corpus",
]
