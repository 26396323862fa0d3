"""Make the big pattern tables cheap: skip searches that cannot match, and search plainly.

Python's regex engine tries every alternative of a pattern at every position of the
text, so tables of policy, document and deadline phrases in nine languages cost
about a microsecond per character of mail, even when the mail names none of them
(issue 14: facts took 2.4 ms a message, policy names alone 1.2 ms). Three tools:

- ``required`` reads, from a pattern's own parse tree, the literal words any match
  must contain ("counterfeit", "trademark", "請求書"); a ``Screen`` finds all such
  words of a text in one regex pass over a trie, and ``Screened.may_match`` then
  says from that set alone whether the pattern can match. The answer is the same as
  searching every time: a pattern whose words cannot be worked out (``\\w+`` alone)
  is always searched.
- ``lower_source`` turns a case-insensitive pattern into a plain one for lower-cased
  text, which the engine matches at about half the cost.
- ``word_start_alternation`` puts Latin-script phrases that begin with ``\\b`` under
  one guard, so the engine skips the inside of words at once.

The parse tree comes from ``re._parser`` (the standard library's, since 3.11); should
it change shape, ``required`` gives None and every search runs.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any

# The standard library's regex parser (private, so without type stubs: its nodes are
# untyped and its shape is checked by the tests). A Python without it never screens.
_sre: Any
_sre_parse: Any
try:
    _sre = importlib.import_module("re._constants")
    _sre_parse = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover
    _sre = _sre_parse = None

#: What a match must contain: a word, all of some requirements, or any of them.
Requirement = str | tuple[str, tuple["Requirement", ...]]


def _short(part: Requirement) -> bool:
    return isinstance(part, str) and len(part) < 3 and part.isascii()


def _all(parts: list[Requirement]) -> Requirement | None:
    # Short Latin words ("de", "in") rule out nothing; one or two CJK characters do.
    kept = [p for p in parts if not isinstance(p, str) or len(p) >= 3 or not p.isascii()]
    kept = [p for p in kept if not (isinstance(p, tuple) and all(map(_short, p[1])))]
    kept = kept or parts  # only short words ("RG"): still better than searching every text
    if not kept:
        return None
    return kept[0] if len(kept) == 1 else ("all", tuple(kept))


def _letters(op: object, av: Any) -> list[str] | None:
    """The characters a literal or a small class of literals (``[íi]``) matches, else None."""
    if op is _sre.LITERAL:
        # Words never hold a space: text joined from wrapped lines still contains them.
        return None if chr(av).isspace() else [chr(av).lower()]
    if op is _sre.IN and len(av) <= 4 and all(kind is _sre.LITERAL for kind, _ in av):
        return sorted({chr(code).lower() for _, code in av})
    return None


def _flush(run: list[str]) -> Requirement:
    return run[0] if len(run) == 1 else ("any", tuple(run))


def _sequence(items: Sequence[tuple[object, Any]]) -> Requirement | None:
    """What every match of the sequence ``items`` contains, or None if nothing is sure.

    A run of literals becomes a word; a small class inside it spells each variant
    ("d[íi]as" -> "días" or "dias").
    """
    parts: list[Requirement] = []
    run: list[str] = []
    for op, av in items:
        if op is _sre.AT:
            continue  # a zero-width boundary splits nothing
        letters = _letters(op, av)
        if letters is not None and len(run or [""]) * len(letters) <= 16:
            run = [word + letter for word in (run or [""]) for letter in letters]
            continue
        if run:
            parts.append(_flush(run))
            run = []
        inner = _node(op, av)
        if inner is not None:
            parts.append(inner)
    if run:
        parts.append(_flush(run))
    return _all(parts)


def _node(op: object, av: Any) -> Requirement | None:
    """What one non-literal node requires: groups, alternatives, mandatory repeats."""
    if op is _sre.SUBPATTERN:
        return _sequence(av[-1].data)
    if op is _sre.ATOMIC_GROUP:
        return _sequence(av.data)
    if op is _sre.BRANCH:
        options = []
        for branch in av[1]:
            need = _sequence(branch.data)
            if need is None:
                return None
            options.append(need)
        return ("any", tuple(dict.fromkeys(options)))
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _sequence(av[2].data)
    return None


def required(source: str, flags: int = 0) -> Requirement | None:
    """What any match of ``source`` must contain, as lower-case words, or None if unknown.

    ``required(r"\\bcounterfeit|fake\\s+goods", re.I)`` ->
    ``("any", ("counterfeit", ("all", ("fake", "goods"))))``. Words shorter than three letters are
    left out (they rule out nothing). The words are compared with lower-cased text,
    which is right whether the pattern ignores case or not (an exact match is also a
    lower-cased one); the only misses are letters that ``re.IGNORECASE`` equates and
    ``str.lower`` does not (the long s "ſ" and "s"), which no notice uses.
    """
    if _sre_parse is None:
        return None
    try:
        return _sequence(_sre_parse.parse(source, flags).data)
    except (AttributeError, IndexError, TypeError, ValueError):
        return None


def holds(need: Requirement | None, found: frozenset[str]) -> bool:
    """True unless the words ``found`` in a text lack what ``need`` says every match contains."""
    if need is None:
        return True
    if isinstance(need, str):
        return need in found
    kind, parts = need
    if kind == "all":
        return all(holds(part, found) for part in parts)
    return any(holds(part, found) for part in parts)


def _words(need: Requirement | None) -> set[str]:
    if need is None:
        return set()
    if isinstance(need, str):
        return {need}
    return set().union(*(_words(part) for part in need[1]))


def _trie(words: list[str]) -> str:
    """Regex source matching exactly ``words``, as a trie: the engine rejects a position after
    one character comparison per first letter instead of one attempt per word."""
    branches = []
    for first in sorted({word[0] for word in words}):
        rests = [word[1:] for word in words if word[0] == first]
        tails = [rest for rest in rests if rest]
        inner = _trie(tails) if tails else ""
        if tails and "" in rests:
            inner = f"(?:{inner})?"
        branches.append(re.escape(first) + (f"(?:{inner})" if tails and "" not in rests else inner))
    return "|".join(branches)


Found = frozenset[str]


def within(found: Found, lowered: str) -> Found:
    """The words of ``found`` (those of a whole text) that occur in ``lowered``, a part of it."""
    return frozenset(filter(lowered.__contains__, found))


def _scripts(words: list[str]) -> str:
    """A trie of ``words``, the Latin-script ones first and the rest (Japanese, Chinese) behind
    one character-range test: each CJK word starts with its own character, and trying those
    hundreds of first letters at every position of Latin text doubled the cost of a scan."""
    latin = [word for word in words if ord(word[0]) < 0x250]
    other = [word for word in words if ord(word[0]) >= 0x250]
    parts = [_trie(latin)] if latin else []
    if other:
        parts.append(f"(?=[^\\x00-\\u024f])(?:{_trie(other)})")
    return "|".join(parts)


#: Distinct whitespace-free pieces of text whose screen words a ``Screen`` remembers (a
#: mailbox's own words: a few thousand), and the longest piece remembered.
PIECES_KEPT = 50_000
LONGEST_PIECE_KEPT = 64


class Screen:
    """One scan of a text for every word a table of patterns needs; then ``Screened`` checks.

    ``words_in(lowered)`` finds every listed word occurring anywhere in the text (also
    inside a longer one: "account" in "accounts"). The regex pass that finds them is
    compiled on first use: compiling a trie of thousands of words is most of a screen's
    cost, and some screens are only asked for their ``words``, or never used by a command.

    No listed word holds a space, so every occurrence lies within one whitespace-free
    piece of the text, and the words of a text are those of its pieces. A mailbox is
    made of the same few thousand pieces over and over (only IDs and dates are new), so
    each piece is scanned once and its words remembered (up to ``PIECES_KEPT`` pieces):
    a notice then costs a split and one look-up per distinct piece instead of a regex
    attempt at every character (0.11 ms a message before).
    """

    def __init__(self, needs: Sequence[Requirement | None]) -> None:
        words = sorted(set().union(*(_words(need) for need in needs)))
        #: A word found at a position means every listed word that begins it is there too.
        #: (Each word's own prefixes looked up: comparing every pair of words was a third of
        #: a worker's start-up.)
        listed = frozenset(words)
        self._prefixes = {
            w: frozenset(w[:end] for end in range(1, len(w) + 1) if w[:end] in listed)
            for w in words
        }
        self._words = listed
        self._by_piece = not any(char.isspace() for word in words for char in word)
        self._pieces: dict[str, frozenset[str]] = {}

    @property
    def words(self) -> frozenset[str]:
        """Every word this screen looks for."""
        return self._words

    @cached_property
    def _scan(self) -> re.Pattern[str] | None:
        words = sorted(self._prefixes)
        return re.compile(f"(?=({_scripts(words)}))") if words else None

    def words_in(self, lowered: str) -> frozenset[str]:
        """The listed words that occur in ``lowered`` (a lower-cased text)."""
        if self._scan is None:
            return frozenset()
        if not self._by_piece:
            return self._scanned(lowered)
        pieces = set(lowered.split())
        known = list(map(self._pieces.get, pieces))
        if None in known:
            known = [self._piece_words(piece) for piece in pieces]
        return frozenset().union(*filter(None, known))

    def _piece_words(self, piece: str) -> frozenset[str]:
        found = self._pieces.get(piece)
        if found is None:
            found = self._scanned(piece)
            if len(piece) <= LONGEST_PIECE_KEPT:
                if len(self._pieces) >= PIECES_KEPT:
                    self._pieces.clear()
                self._pieces[piece] = found
        return found

    def _scanned(self, lowered: str) -> frozenset[str]:
        """The listed words in ``lowered``, by one regex pass over it."""
        assert self._scan is not None
        found: set[str] = set()
        for hit in set(self._scan.findall(lowered)):
            found |= self._prefixes[hit]
        return frozenset(found)


def _expression(need: Requirement, sets: list[frozenset[str]]) -> str:
    """``need`` as Python source over ``found`` (a set of words); word sets go into ``sets``."""
    if isinstance(need, str):
        return f"{need!r} in found"
    kind, parts = need
    if kind == "any" and all(isinstance(part, str) for part in parts):
        sets.append(frozenset(part for part in parts if isinstance(part, str)))
        return f"not sets[{len(sets) - 1}].isdisjoint(found)"
    joined = f" {'and' if kind == 'all' else 'or'} ".join(_expression(p, sets) for p in parts)
    return f"({joined})"


def _check(need: Requirement | None) -> Callable[[frozenset[str]], bool]:
    """``holds(need, found)`` compiled to one Python expression: a fifth of the time.

    The source is built from the pattern's own literal words (``repr``), never from mail.
    """
    if need is None:
        return lambda found: True
    sets: list[frozenset[str]] = []
    # A text with none of the words fails at once, by one set operation.
    source = f"lambda found: not every.isdisjoint(found) and {_expression(need, sets)}"
    return eval(source, {"sets": tuple(sets), "every": frozenset(_words(need))})  # noqa: S307 - our own words, quoted by repr


@dataclass(frozen=True, eq=False)
class Screened:
    """A compiled pattern with what its matches must contain (equal only to itself: a table
    of them is a cache key, hashed by identity instead of by its big patterns)."""

    pattern: re.Pattern[str]
    need: Requirement | None

    @classmethod
    def compile(cls, source: str, flags: int = re.IGNORECASE) -> Screened:
        """Compile ``source`` and work out what its matches contain, once."""
        return cls(re.compile(source, flags), required(source, flags))

    @classmethod
    def lowered(cls, pattern: re.Pattern[str]) -> Screened:
        """``pattern`` (case-insensitive) as a plain pattern for lower-cased text, screened."""
        return cls(
            re.compile(lower_source(pattern.pattern)), required(pattern.pattern, pattern.flags)
        )

    @cached_property
    def _holds(self) -> Callable[[frozenset[str]], bool]:
        return _check(self.need)

    def may_match(self, found: frozenset[str]) -> bool:
        """False only when the words ``found`` in a text rule a match out."""
        return self._holds(found)


def names_found(
    screen: Screen, named: tuple[tuple[str, Screened], ...], text: str, words: Found | None = None
) -> frozenset[str]:
    """The names of ``named`` whose pattern matches ``text``, screened by ``screen``'s words.

    ``words``: the screen words of a text ``text`` is part of (line by line, as a notice's
    newest text is of the notice), when a caller scanned for them: the few of them in
    ``text`` are then looked up instead of scanning it again.
    """
    lowered = text.lower()
    found = screen.words_in(lowered) if words is None else within(words & screen.words, lowered)
    return frozenset(
        name for _, name, screened in allowed(named, found) if screened.pattern.search(lowered)
    )


@lru_cache(maxsize=8192)
def allowed(
    named: tuple[tuple[str, Screened], ...], found: Found
) -> tuple[tuple[int, str, Screened], ...]:
    """``(rank, name, screened)`` of the patterns of ``named`` that the words ``found`` in a
    text allow to match, in table order. The same few sets of words come back notice after
    notice, so each set is checked against the table once."""
    return tuple(
        (rank, name, screened)
        for rank, (name, screened) in enumerate(named)
        if screened.may_match(found)
    )


def _starts(items: Sequence[tuple[object, Any]]) -> bool:
    """True when every way through ``items`` begins with a word boundary or the start."""
    if not items:
        return False
    op, av = items[0]
    if op is _sre.AT:
        return av in (_sre.AT_BOUNDARY, _sre.AT_BEGINNING, _sre.AT_BEGINNING_STRING)
    if op is _sre.SUBPATTERN:
        return _starts(av[-1].data)
    if op is _sre.BRANCH:
        return all(_starts(branch.data) for branch in av[1])
    return False


def word_start_alternation(*sources: str, flags: int = re.IGNORECASE) -> str:
    """Alternatives ``sources`` (empty ones dropped), those that begin at a word under one guard.

    Latin-script phrases begin with ``\\b``; Japanese and Chinese ones cannot (their
    letters are word characters with no spaces between them), so they stay outside the
    guard. The alternatives are reordered (guarded first): use it where only whether and
    where a match starts matters, not which alternative made it.
    """
    guarded: list[str] = []
    open_: list[str] = []
    for source in filter(None, sources):
        (guarded if at_word_starts(source, flags) != source else open_).append(source)
    inner = "|".join(f"(?:{source})" for source in guarded)
    parts = ([rf"(?:\b|^)(?:{inner})"] if guarded else []) + [f"(?:{s})" for s in open_]
    return "|".join(parts)


def at_word_starts(source: str, flags: int = 0) -> str:
    """``source`` guarded so that the engine gives up at once inside a word.

    Only when every alternative of ``source`` already begins with ``\\b`` or ``^`` (so
    the guard changes no answer); otherwise ``source`` unchanged. A big alternation
    otherwise tries each of its alternatives at every character of the text.
    """
    try:
        starts = _sre_parse is not None and _starts(_sre_parse.parse(source, flags).data)
    except (AttributeError, IndexError, TypeError, ValueError):
        starts = False
    return rf"(?:\b|^)(?:{source})" if starts else source


def lower_source(source: str) -> str:
    """``source`` with its literal letters lower-cased, for matching lower-cased text.

    Searching ``text.lower()`` with ``lower_source(p)`` finds what ``p`` finds in ``text``
    with ``re.IGNORECASE``, at about half the cost: the engine compares plain characters
    instead of folding both sides of every comparison. Escapes (``\\S``, ``\\W``, ``\\B``)
    and group names are kept as written. Positions in the lower-cased text are those of
    the original except after the rare letters whose lower case is longer ("İ").
    """
    out: list[str] = []
    index = 0
    while index < len(source):
        char = source[index]
        if char == "\\":
            out.append(source[index : index + 2])
            index += 2
            continue
        if source.startswith(("(?P<", "(?P="), index):
            end = source.index(">" if source[index + 3] == "<" else ")", index)
            out.append(source[index : end + 1])
            index = end + 1
            continue
        out.append(char.lower())
        index += 1
    return "".join(out)
