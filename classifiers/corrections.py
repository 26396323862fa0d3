"""A person's corrections, remembered: mail that is a near-copy of a corrected message
takes the person's label.

Why remember and not only retrain: a handful of corrections drowns in thousands
of corpus examples, and weighting them up in training is a blunt tool (it
moves whole words for every family). Amazon's notices are form letters: the
next notice of a family the model got wrong is a near-copy of the one a person
corrected (same sentences, other IDs, dates, ASINs), so its IDF-weighted word
vector (``classifiers.model.identity_row``) is close to the corrected one's.
When the cosine similarity to a corrected message reaches ``NEAR_COPY``, the
prediction is pulled to the person's label (``pull``): it wins, with a
confidence that grows with the similarity, so a loose match still goes to a
person while a verbatim copy does not. Corrections also join training, with
``Recipe.correction_weight``, for the rest of the family's wording.

Corrections are shared by every client of an installation: a form letter is
Amazon's, not the seller's, and only a label crosses over, never a client's
text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

# Cosine similarity from which a message counts as a near-copy of a corrected one; measured
# with bench/corrections.py (variants of one family vs other families of the same label).
NEAR_COPY = 0.4


def pull(similarity: float) -> float:
    """How much of the prediction a near-copy's correction takes: half at ``NEAR_COPY``
    (so the person's label wins), all of it for an identical message."""
    return 0.5 + 0.5 * (similarity - NEAR_COPY) / (1.0 - NEAR_COPY)


@dataclass(frozen=True)
class CorrectionMemory:
    """Corrected messages as sparse rows (CSR arrays, see ``identity_row``) with labels."""

    labels: tuple[str, ...]
    columns: np.ndarray  # int32, every row's columns one after the other
    values: np.ndarray  # float64, beside ``columns``
    indptr: np.ndarray  # int64, row i is columns[indptr[i]:indptr[i + 1]]

    @classmethod
    def empty(cls) -> CorrectionMemory:
        """A memory of no corrections."""
        return cls.build([], [])

    @classmethod
    def build(
        cls, rows: Sequence[tuple[Sequence[int], Sequence[float]]], labels: Sequence[str]
    ) -> CorrectionMemory:
        """From ``(columns, values)`` rows as ``features.row_weights`` gives them."""
        import numpy as np

        indptr = [0]
        for columns, _ in rows:
            indptr.append(indptr[-1] + len(columns))
        return cls(
            labels=tuple(labels),
            columns=np.array([c for columns, _ in rows for c in columns], dtype=np.int32),
            values=np.array([v for _, values in rows for v in values], dtype=np.float64),
            indptr=np.array(indptr, dtype=np.int64),
        )

    def __len__(self) -> int:
        return len(self.labels)

    def recall(self, columns: Sequence[int], values: Sequence[float]) -> tuple[str, float] | None:
        """The label of the most similar corrected message and the similarity, when it is a
        near-copy (cosine >= ``NEAR_COPY``); else None."""
        if not self.labels or not columns:
            return None
        best = self._index.similarities(columns, values)
        row = int(best.argmax())
        similarity = float(best[row])
        return (self.labels[row], min(similarity, 1.0)) if similarity >= NEAR_COPY else None

    @property
    def _index(self) -> _DenseIndex:
        index = self.__dict__.get("_dense")
        if index is None:
            index = _DenseIndex.of(self)
            object.__setattr__(self, "_dense", index)
        return index


class _DenseIndex:
    """The corrections as a dense matrix over only the columns they use: a few dict
    lookups and one small product per message."""

    def __init__(self, local: dict[int, int], matrix: np.ndarray, norms: np.ndarray) -> None:
        self.local, self.matrix, self.norms = local, matrix, norms

    @classmethod
    def of(cls, memory: CorrectionMemory) -> _DenseIndex:
        import numpy as np

        used = sorted(set(memory.columns.tolist()))
        local = {column: i for i, column in enumerate(used)}
        matrix = np.zeros((len(memory.labels), len(used)))
        for row in range(len(memory.labels)):
            start, end = int(memory.indptr[row]), int(memory.indptr[row + 1])
            for column, value in zip(
                memory.columns[start:end], memory.values[start:end], strict=True
            ):
                matrix[row, local[int(column)]] = value
        norms = np.sqrt((matrix * matrix).sum(axis=1))
        norms[norms == 0] = 1.0
        return cls(local, matrix, norms)

    def similarities(self, columns: Sequence[int], values: Sequence[float]) -> np.ndarray:
        """Cosine similarity of one row (over known columns) with every correction."""
        import numpy as np

        norm = float(np.sqrt(np.dot(values, values))) or 1.0
        local = self.local
        where = [local[c] for c in columns if c in local]
        if not where:
            return np.zeros(len(self.norms))
        amounts = [v for c, v in zip(columns, values, strict=True) if c in local]
        dots = self.matrix[:, where] @ np.asarray(amounts)
        return dots / (self.norms * norm)
