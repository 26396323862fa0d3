"""Turn a notice into the tokens the model weighs: bounded, prefixed, cheap to compute.

Why hand-made tokens and a plain dict instead of ``TfidfVectorizer``: prediction
must run at thousands of messages a second on two cores. One regex pass over a
bounded text gives word unigrams and bigrams; character n-grams (robust to
inflections and odd spellings) are taken only from the subject and the first
lines, where the kind of notice is usually stated. A dict lookup per token maps
tokens to columns (measured faster than ``FeatureHasher``, whose per-token
hashing cost dominated); tokens never seen in training have no weight anyway.

Identifiers (ASINs, order and case IDs, dates, amounts) are dropped by the word
pattern: they say which notice, never what kind.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from classifiers.quoting import newest_text
from classifiers.types import NoticeText

if TYPE_CHECKING:
    from scipy.sparse import csr_matrix

# Bounds on what the model reads (characters). Notices state their kind early.
MAX_INPUT_CHARS = 20_000  # of the raw body, before quoted history is cut
MAX_BODY_CHARS = 3_000  # of the newest text
HEAD_CHARS = 240  # of the newest text, for character n-grams (longer overfits templates)
CHAR_NGRAMS = (4, 4)

# Whole words of letters only: IDs like B0ABC12345 or 114-1234567-1234567 never match.
_WORD = re.compile(r"\b[^\W\d_]{2,}\b")
_NOT = re.compile(r"n['’]t\b")  # "can't", "isn't" -> "ca not", "is not"
# Words that turn what follows around: "not restored" is a denial, "restored" is not.
NEGATIONS = frozenset(
    {"not", "no", "never", "unable", "cannot", "nothing", "neither", "nor", "without",
     "nicht", "kein", "keine", "pas", "non", "ni", "sin"}
)  # fmt: skip
NEGATION_SCOPE = 3  # words after a negation that it applies to
_LOG1P = [math.log1p(count) for count in range(64)]
_SPACE = re.compile(r"\s+")
_AMAZON_DOMAIN = re.compile(r"(^|\.)amazon\.[a-z.]+$")


def notice_tokens(text: NoticeText) -> list[str]:
    """Every token of a notice, prefixed by where it came from ("s:" subject, "f:" sender, ...)."""
    body = newest_text(text.body[:MAX_INPUT_CHARS])[:MAX_BODY_CHARS].lower()
    subject = text.subject.lower()
    words = _WORD.findall(_NOT.sub(" not", body))
    tokens = _word_grams(words, "")
    tokens += negated(words)
    tokens += _word_grams(_WORD.findall(subject), "s:")
    tokens += sender_tokens(text.sender)
    head = _SPACE.sub(" ", subject + " | " + body[:HEAD_CHARS])
    tokens += _char_grams(head, *CHAR_NGRAMS)
    return tokens


def _word_grams(words: list[str], prefix: str) -> list[str]:
    """Unigrams and bigrams, each with ``prefix``."""
    grams = [prefix + word for word in words]
    grams += [f"{prefix}{a} {b}" for a, b in zip(words, words[1:], strict=False)]
    return grams


def negated(words: list[str]) -> list[str]:
    """ "n:"-prefixed copies of the few words after each negation.

    >>> negated(["has", "not", "been", "restored", "today"])
    ['n:been', 'n:restored', 'n:today']
    """
    marked: list[str] = []
    left = 0
    for word in words:
        if word in NEGATIONS:
            left = NEGATION_SCOPE
        elif left:
            marked.append("n:" + word)
            left -= 1
    return marked


def _char_grams(text: str, low: int, high: int) -> list[str]:
    """Character n-grams of ``text`` for every n in ``low..high``, prefixed "c:"."""
    grams = []
    for n in range(low, high + 1):
        grams += ["c:" + text[i : i + n] for i in range(len(text) - n + 1)]
    return grams


def sender_tokens(sender: str) -> list[str]:
    """Who sent it: the local part, the domain, and whether the domain is Amazon's.

    >>> sender_tokens("Seller-Performance@amazon.co.uk")
    ['f:seller-performance', 'fd:amazon.co.uk', 'fa:amazon']
    """
    address = sender.strip().strip("<>").lower()
    local, _, domain = address.rpartition("@")
    if not local:
        return ["f:none"]
    tokens = ["f:" + local, "fd:" + domain]
    tokens.append("fa:amazon" if _AMAZON_DOMAIN.search(domain) else "fa:other")
    return tokens


def build_vocabulary(token_lists: Iterable[Sequence[str]]) -> dict[str, int]:
    """Column of every token seen in training, in sorted order (so it is reproducible)."""
    seen: set[str] = set()
    for tokens in token_lists:
        seen.update(tokens)
    return {token: column for column, token in enumerate(sorted(seen))}


def vectorize(vocabulary: Mapping[str, int], texts: Sequence[NoticeText]) -> csr_matrix:
    """Rows of sublinear (log1p), L2-normalised token counts, one per notice."""
    return vectorize_tokens(vocabulary, [notice_tokens(text) for text in texts])


def vectorize_tokens(
    vocabulary: Mapping[str, int], token_lists: Sequence[Sequence[str]]
) -> csr_matrix:
    """Like ``vectorize`` for already tokenised notices (rows as ``row_weights`` gives them)."""
    import numpy as np
    from scipy.sparse import csr_matrix

    columns: list[int] = []
    values: list[float] = []
    indptr = [0]
    for tokens in token_lists:
        row_columns, row_values = row_weights(vocabulary, tokens)
        columns += row_columns
        values += row_values
        indptr.append(len(columns))
    return csr_matrix(
        (np.array(values), np.array(columns, dtype=np.int32), np.array(indptr)),
        shape=(len(token_lists), len(vocabulary)),
    )


def row_weights(
    vocabulary: Mapping[str, int], tokens: Sequence[str]
) -> tuple[list[int], list[float]]:
    """Columns and values of one notice: log1p of each known token's count, L2-normalised.

    Tokens unknown to the vocabulary have no weight, but they still count in
    the norm: a notice made mostly of unfamiliar words gets small values, so
    low confidence, not a loud guess.
    """
    lookup = vocabulary.get
    columns: list[int] = []
    values: list[float] = []
    squares = 0.0
    for token, count in Counter(tokens).items():
        value = _LOG1P[count] if count < len(_LOG1P) else math.log1p(count)
        squares += value * value
        column = lookup(token)
        if column is not None:
            columns.append(column)
            values.append(value)
    scale = 1.0 / math.sqrt(squares) if squares else 1.0
    return columns, [value * scale for value in values]
