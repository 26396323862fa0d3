"""The words German, French, Spanish, Italian, Portuguese, Dutch, Japanese and Chinese
notices use for each fact.

Sellers on amazon.de, .fr, .es, .it, .com.br, .nl and .co.jp get their notices in the
store's language, and sellers in China often read them in Chinese. Each language is one
module holding a ``Lexicon`` (regex source only); the fact modules (``policy``,
``documents``, ``deadlines``) add these words as alternatives to their English tables,
so a notice is read the same way whatever its language and a mixed-language notice
still works. English patterns stay first and unchanged: English mail is read exactly as before.
"""

from __future__ import annotations

from collections.abc import Iterable

from intake.extract.languages import de, es, fr, it, ja, nl, pt, zh
from intake.extract.languages.lexicon import Lexicon, either

__all__ = [
    "LEXICONS", "Lexicon", "combined", "document_words", "either", "policy_words", "sources",
]  # fmt: skip

#: Every non-English lexicon, in the order their alternatives are tried.
LEXICONS: tuple[Lexicon, ...] = (
    de.LEXICON, fr.LEXICON, es.LEXICON, it.LEXICON, pt.LEXICON, nl.LEXICON, ja.LEXICON, zh.LEXICON,
)  # fmt: skip


def policy_words(name: str) -> Iterable[str]:
    """Each language's pattern for the policy ``name`` (empty where it has none)."""
    return (lexicon.policies.get(name, "") for lexicon in LEXICONS)


def document_words(name: str) -> Iterable[str]:
    """Each language's pattern for the document ``name`` (empty where it has none)."""
    return (lexicon.documents.get(name, "") for lexicon in LEXICONS)


def sources(attribute: str) -> list[str]:
    """One language field (``request``, ``refusal`` ...) of every lexicon, as a list."""
    return [getattr(lexicon, attribute) for lexicon in LEXICONS]


def combined(attribute: str) -> str:
    """One language field (``request``, ``refusal`` ...) of every lexicon, as alternatives."""
    return either(*(getattr(lexicon, attribute) for lexicon in LEXICONS))
