"""Turn a notice into the tokens the model weighs: bounded, prefixed, cheap to compute.

Why hand-made tokens and a plain dict instead of ``TfidfVectorizer``: prediction
must run at thousands of messages a second on two cores. One regex pass over a
bounded text gives word unigrams and bigrams, character 4-grams come from the
subject and the first lines only (where the kind of notice is stated); values
are log1p counts, optionally times IDF (``TfidfVectorizer(sublinear_tf=True)``
would give the same), L2-normalised; a dict lookup per token maps tokens to
columns. ``row_weights`` also says how many of a notice's words the model
knows at all, so mail in a language it never saw can be sent to a person.

Japanese and Chinese are written without spaces: a run of kana or CJK
ideographs becomes its overlapping character bigrams ("審査中" -> "審査",
"査中"), the usual way to index such text without a dictionary.

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
# Tokens seen in fewer training notices than this are left out of the vocabulary.
MIN_DOCUMENT_FREQUENCY = 2

# Kana, CJK ideographs (and their compatibility block), half-width katakana.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
_CJK_RUN = re.compile(f"[{_CJK}]+")
# A CJK run, or a whole word of letters: IDs like B0ABC12345 or 114-1234567-1234567 never match.
_TOKEN = re.compile(f"[{_CJK}]+|\\b[^\\W\\d_]{{2,}}\\b")
_NOT = re.compile(r"n['’]t\b")  # "can't", "isn't" -> "ca not", "is not"
# Words that turn what follows around: "not restored" is a denial, "restored" is not.
NEGATIONS = frozenset(
    {"not", "no", "never", "unable", "cannot", "nothing", "neither", "nor", "without",
     "nicht", "kein", "keine", "pas", "non", "ni", "sin", "niet", "geen", "não", "nem"}
)  # fmt: skip
NEGATION_SCOPE = 3  # words after a negation that it applies to
# log1p of every count a token can reach in a bounded text (MAX_BODY_CHARS + subject).
_LOG1P = [math.log1p(count) for count in range(MAX_BODY_CHARS + 2048)]
_SPACE = re.compile(r"\s+")
_AMAZON_DOMAIN = re.compile(r"(^|\.)amazon\.[a-z.]+$")


def words(text: str) -> list[str]:
    """Lower-case words of ``text``; a CJK run becomes its character bigrams.

    >>> words("Your account 審査中です, ASIN B0ABC12345")
    ['your', 'account', '審査', '査中', '中で', 'です', 'asin']
    """
    text = text.lower()
    if _CJK_RUN.search(text):  # set CJK runs apart, so a Latin word beside one is whole
        text = _CJK_RUN.sub(r" \g<0> ", text)
    found: list[str] = []
    for match in _TOKEN.findall(text):
        if match[0] >= "\u3040" and _CJK_RUN.match(match):
            found += [match[i : i + 2] for i in range(len(match) - 1)] or [match]
        else:
            found.append(match)
    return found


def notice_tokens(text: NoticeText, char_grams: int = HEAD_CHARS) -> list[str]:
    """Every token of a notice, prefixed by where it came from ("s:" subject, "f:" sender, ...).

    Unprefixed tokens are body words and word bigrams, "n:" words after a
    negation, "u:" single CJK characters of the body, "c:" character n-grams of the
    subject and the body's first ``char_grams`` characters (none when 0).
    """
    body = newest_text(text.body[:MAX_INPUT_CHARS])[:MAX_BODY_CHARS].lower()
    subject = text.subject.lower()
    body_words = words(_NOT.sub(" not", body))
    tokens = _word_grams(body_words, "")
    tokens += negated(body_words)
    tokens += cjk_characters(body)
    tokens += _word_grams(words(subject), "s:")
    tokens += sender_tokens(text.sender)
    if char_grams:
        head = _SPACE.sub(" ", subject + " | " + body[:char_grams])
        tokens += _char_grams(head, *CHAR_NGRAMS)
    return tokens


def cjk_characters(text: str) -> list[str]:
    """ "u:"-prefixed single kana and ideographs: with few Japanese and Chinese letters
    per label, single characters carry across letters where pairs do not.

    >>> cjk_characters("審査中 ok")
    ['u:審', 'u:査', 'u:中']
    """
    if not _CJK_RUN.search(text):
        return []
    return ["u:" + char for run in _CJK_RUN.findall(text) for char in run]


def _word_grams(found: list[str], prefix: str) -> list[str]:
    """Unigrams and bigrams, each with ``prefix``."""
    grams = [prefix + word for word in found]
    grams += [f"{prefix}{a} {b}" for a, b in zip(found, found[1:], strict=False)]
    return grams


def negated(found: list[str]) -> list[str]:
    """ "n:"-prefixed copies of the few words after each negation.

    >>> negated(["has", "not", "been", "restored", "today"])
    ['n:been', 'n:restored', 'n:today']
    """
    marked: list[str] = []
    left = 0
    for word in found:
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
    address = _SPACE.sub("", sender.strip().strip("<>").lower())
    local, _, domain = address.rpartition("@")
    if not local:
        return ["f:none"]
    tokens = ["f:" + local, "fd:" + domain]
    tokens.append("fa:amazon" if _AMAZON_DOMAIN.search(domain) else "fa:other")
    return tokens


def build_vocabulary(
    token_lists: Iterable[Sequence[str]],
    min_df: int = MIN_DOCUMENT_FREQUENCY,
    always: Iterable[Sequence[str]] = (),
    families: Sequence[str] | None = None,
    min_families: int = 1,
) -> tuple[dict[str, int], list[float]]:
    """Column of every token seen in at least ``min_df`` notices and ``min_families`` of the
    notices' ``families`` (one name per notice), or in any of ``always`` (sorted, so
    reproducible), and each column's smoothed IDF, ``ln((1 + n) / (1 + df)) + 1`` as
    scikit-learn's.

    Why families: a token only one form letter uses says which letter, not what kind;
    given a column, the model learns that letter by heart instead of the words letters
    share, and a letter it never saw has none of it.

    Returns ``(vocabulary, idf)``; ``idf`` has one more entry at the end: the
    weight of an unknown token (df 0) in a row's norm.
    """
    frequency: Counter[str] = Counter()
    by_family: dict[str, set[str]] = {}
    count = 0
    for index, tokens in enumerate(token_lists):
        distinct = set(tokens)
        frequency.update(distinct)
        if families is not None:
            by_family.setdefault(families[index], set()).update(distinct)
        count += 1
    spread: Counter[str] = Counter()
    for family_tokens in by_family.values():
        spread.update(family_tokens)
    least = min_families if families is not None else 1
    wanted = {token for tokens in always for token in tokens}
    kept = sorted(
        token
        for token, df in frequency.items()
        if (df >= min_df and (least <= 1 or spread[token] >= least)) or token in wanted
    )
    idf = [math.log((1 + count) / (1 + frequency[token])) + 1.0 for token in kept]
    idf.append(math.log(1 + count) + 1.0)
    return {token: column for column, token in enumerate(kept)}, idf


def vectorize(
    vocabulary: Mapping[str, int], idf: Sequence[float] | None, texts: Sequence[NoticeText]
) -> csr_matrix:
    """Rows of sublinear TF-IDF, L2-normalised, one per notice (with character n-grams)."""
    return vectorize_tokens(vocabulary, idf, [notice_tokens(text) for text in texts])


def vectorize_tokens(
    vocabulary: Mapping[str, int],
    idf: Sequence[float] | None,
    token_lists: Sequence[Sequence[str]],
    unknown_in_norm: bool = True,
) -> csr_matrix:
    """Rows of sublinear TF-IDF, L2-normalised, one per tokenised notice (as ``row_weights``)."""
    import numpy as np
    from scipy.sparse import csr_matrix

    columns: list[int] = []
    values: list[float] = []
    indptr = [0]
    for tokens in token_lists:
        row_columns, row_values, _ = row_weights(vocabulary, idf, tokens, unknown_in_norm)
        columns += row_columns
        values += row_values
        indptr.append(len(columns))
    return csr_matrix(
        (np.array(values), np.array(columns, dtype=np.int32), np.array(indptr)),
        shape=(len(token_lists), len(vocabulary)),
    )


def row_weights(
    vocabulary: Mapping[str, int],
    idf: Sequence[float] | None,
    tokens: Sequence[str],
    unknown_in_norm: bool = True,
) -> tuple[list[int], list[float], float]:
    """Columns and values of one notice, and the share of its body words the model knows.

    A value is ``log1p(count)``, times ``idf`` of its column when given,
    L2-normalised. With ``unknown_in_norm``, unknown tokens (no column) count
    in the norm too, weighted by ``idf[-1]`` when IDF is used: a notice made
    mostly of unfamiliar words gets small values, so low confidence. Written
    as comprehensions over the distinct tokens: this is the hot loop of
    prediction.
    """
    counts = Counter(tokens)
    keys = list(counts)
    found = list(map(vocabulary.get, keys))
    known = [(key, column) for key, column in zip(keys, found, strict=True) if column is not None]
    unknown = [key for key, column in zip(keys, found, strict=True) if column is None]
    columns = [column for _, column in known]
    log1p = _LOG1P if len(tokens) < len(_LOG1P) else None  # a count is at most len(tokens)
    values = [log1p[counts[key]] if log1p else math.log1p(counts[key]) for key, _ in known]
    if idf is not None:
        values = [value * idf[column] for value, column in zip(values, columns, strict=True)]
    squares = sum([value * value for value in values])
    if unknown_in_norm and unknown:
        weight = idf[-1] if idf is not None else 1.0
        squares += weight * weight * sum([math.log1p(counts[key]) ** 2 for key in unknown])
    scale = 1.0 / math.sqrt(squares) if squares else 1.0
    known_words = sum([1 for key, _ in known if ":" not in key and " " not in key])
    total = known_words + sum([1 for key in unknown if ":" not in key and " " not in key])
    return columns, [value * scale for value in values], known_words / total if total else 1.0
