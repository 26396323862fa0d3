"""Documents a notice asks the seller for, as short names.

Only requests count: a sentence that asks ("please provide", "we require",
"you must submit", "send us", "the following documents") and the bullets that
follow it. "Thank you for the invoices you sent" names a document but asks for
nothing, and "do not send screenshots" asks for the opposite. German, French,
Spanish and Italian requests and refusals ("Bitte reichen Sie ... ein",
"veuillez fournir", "no es necesario") count the same way.
"""

from __future__ import annotations

import re
from functools import lru_cache

from intake.extract.languages import document_words, either, sources
from intake.extract.screen import (
    Found,
    Screen,
    Screened,
    names_found,
    within,
    word_start_alternation,
)
from intake.extract.sentences import is_bullet, paragraphs, split_sentences
from intake.mail.notice import Notice

#: Short document name -> pattern (English first, then the other notice languages' words);
#: the names are what drafts and checklists use.
DOCUMENT_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(either(pattern, *document_words(name)), re.IGNORECASE))
    for name, pattern in (
        (
            "invoices",
            r"\binvoices?\b|proof\s+of\s+purchase|purchase\s+receipts?|receipts?\s+of\s+purchase",
        ),
        (
            "supplier_contacts",
            r"supplier'?s?'?\s+(?:contact|name|address|phone|e-?mail|website|information|details)"
            r"|contact\s+(?:information|details)\s+(?:for|of)\s+(?:your\s+)?"
            r"(?:suppliers?|manufacturers?|distributors?)"
            r"|(?:manufacturer|distributor)'?s?\s+contact"
            r"|\b(?:name|address|phone|contact\w*|website)\b[\w\s,]{0,60}\b(?:of|for)\s+"
            r"(?:each|every|your|the|all)?\s*suppliers?",
        ),
        (
            "letter_of_authorization",
            r"letters?\s+of\s+authori[sz]ation|\bLOA\b|authori[sz]ation\s+letter"
            r"|permission\s+from\s+the\s+(?:rights|brand)\s+owner",
        ),
        (
            "plan_of_action",
            r"(?<!in\syour\s)(?<!of\syour\s)(?<!in\sthe\s)"
            r"(?:plan\s+of\s+action|\bPOA\b|action\s+plan"
            r"|(?:updated|revised|complete|new)\s+plan\b)",
        ),
        (
            "identity_document",
            r"identity\s+document|proof\s+of\s+identity"
            r"|government[\s-]+issued\s+(?:photo\s+)?(?:ID|identification)"
            r"|\bpassport|driver'?s?\s+licen[cs]e|driving\s+licen[cs]e|national\s+(?:ID|identity)\s+card|\bphoto\s+ID\b",
        ),
        ("utility_bill", r"utility\s+bills?|proof\s+of\s+address"),
        ("bank_statement", r"bank\s+(?:account\s+)?statements?|credit\s+card\s+statements?"),
        ("safety_data_sheet", r"safety\s+data\s+sheets?|\bM?SDS\b"),
        ("test_report", r"test(?:ing)?\s+reports?|lab(?:oratory)?\s+(?:test\s+)?reports?"),
        (
            "compliance_certificate",
            r"certificates?\s+of\s+(?:conformity|compliance)"
            r"|\bCPC\b|children'?s\s+product\s+certificate"
            r"|declaration\s+of\s+conformity",
        ),
        (
            "product_images",
            r"(?:product|item|packaging|label)\s+(?:images?|photos?|pictures?)"
            r"|(?:images?|photos?|pictures?)\s+of\s+(?:the\s+|your\s+)?(?:\w+\s+)?"
            r"(?:products?|items?|packaging|labels?)",
        ),
        (
            "business_license",
            r"business\s+licen[cs]e|business\s+registration|certificate\s+of\s+incorporation"
            r"|company\s+registration|articles\s+of\s+incorporation"
            r"|registration\s+certificate|companies\s+house",
        ),
        (
            "proof_of_fix",
            r"(?:proof|evidence)\s+of\s+(?:the\s+)?(?:fix|corrections?|changes?)"
            r"|proof\s+that\s+.{0,40}(?:fixed|corrected|resolved|updated)"
            r"|evidence\s+that\s+.{0,40}(?:fixed|corrected|resolved|updated)",
        ),
        (
            "tracking_information",
            r"tracking\s+(?:numbers?|information|IDs?|details)|proof\s+of\s+delivery",
        ),
        ("distribution_agreement", r"distribution\s+agreement|distributor\s+agreement"),
    )
)

_ENGLISH_REQUEST = (
    r"\bplease\s+(?:\w+\s+){0,2}?(?:provide|send|submit|upload|attach|include|share|forward"
    r"|supply|update|revise|resubmit|correct)\b"
    r"|^\s*(?:send|submit|provide|upload|resubmit|include|attach)\b"
    r"|\bneed\s+(?:more|additional|further)\s+(?:information|documents?)|\b(?:is|are)\s+missing\b"
    r"|\b(?:documents?|information)\s+(?:requested|required|needed)\b"
    r"|\bwe\s+(?:require|need|request|ask\s+(?:you|that\s+you))|\b(?:is|are)\s+required"
    r"|\byou\s+(?:must|need\s+to|should|will\s+need\s+to|are\s+required\s+to)\s+"
    r"(?:\w+\s+)?(?:provide|submit|send|upload|include|attach)"
    r"|\bsend\s+us|\bprovide\s+(?:us\s+with|the\s+following|all\s+of\s+the\s+following)"
    r"|\b(?:submit|provide|upload|include|need|require)\s*:"
    r"|\bthe\s+following\s+(?:documents?|information|items)"
    r"|\b(?:required|requested|missing)\s+(?:documents?|information)\b"
    r"|\b(?:respond|reply)\b[^.;!?]{0,40}?\bwith\b"
)
_ENGLISH_REFUSAL = (
    r"\b(?:do\s+not|don'?t|never|no\s+need\s+to|not\s+required|not\s+needed|not\s+accept\w*)\b"
)
# Request and refusal phrases in Latin script begin at a word: one guard makes the engine
# skip the inside of words at once instead of trying each phrase there.
_REQUEST = re.compile(word_start_alternation(_ENGLISH_REQUEST, *sources("request")), re.IGNORECASE)
_REFUSAL = re.compile(word_start_alternation(_ENGLISH_REFUSAL, *sources("refusal")), re.IGNORECASE)
#: Where a sentence splits into clauses that ask or refuse on their own.
#: The rest of a wrapped sentence that the paragraph splitter took for a field label.
_WRAPPED_LABEL = re.compile(r"^[^.!?:]{1,40}:$")
_CLAUSE_BREAK = re.compile(
    ";|" + word_start_alternation(r"\bbut\b", *sources("clause_break"), flags=0)
)


# The patterns below run on lower-cased clauses (``screen.lower_source``: half the cost),
# each only when the clause holds the words a match needs.
_REQUEST_NEED = Screened.lowered(_REQUEST)
_REFUSAL_NEED = Screened.lowered(_REFUSAL)
_DOCUMENTS_NEED = tuple((name, Screened.lowered(pattern)) for name, pattern in DOCUMENT_PATTERNS)
#: The words request and document detection screen by (``facts`` scans for all at once).
NEEDS = (_REQUEST_NEED.need, *(screened.need for _, screened in _DOCUMENTS_NEED))
_SCREEN = Screen(NEEDS)
_REQUEST_WORDS = Screen([_REQUEST_NEED.need]).words
_DOCUMENT_WORDS = Screen([screened.need for _, screened in _DOCUMENTS_NEED]).words


# A mailbox's notices repeat most of their paragraphs and clauses (only those naming IDs
# or dates are new): what the patterns say of each is worked out once and kept.
_KEPT = 8192


@lru_cache(maxsize=_KEPT)
def _refuses(clause: str) -> bool:
    return bool(_REFUSAL_NEED.pattern.search(clause.lower()))


def _asks(clause: str, found: Found) -> bool:
    """True when the clause asks for something and does not refuse it.

    The request pattern runs only when the clause holds its words (of ``found``, the
    notice's): most clauses of a notice ask for nothing and cost a few substring tests.
    """
    lowered = clause.lower()
    if not _REQUEST_NEED.may_match(within(found, lowered)):
        return False
    return _asking(lowered)


@lru_cache(maxsize=_KEPT)
def _asking(lowered: str) -> bool:
    return bool(_REQUEST_NEED.pattern.search(lowered)) and not _REFUSAL_NEED.pattern.search(lowered)


@lru_cache(maxsize=_KEPT)
def _clauses(paragraph: str) -> tuple[str, ...]:
    """Sentences cut again at semicolons and "but": each can ask or refuse on its own."""
    return tuple(
        clause
        for sentence in split_sentences(paragraph)
        for clause in _CLAUSE_BREAK.split(sentence)
    )


def _requested_clauses(notice: Notice, found: Found) -> list[str]:
    """Clauses that ask for something, plus the bullets listed under a request.

    A request cut by the line wrap just before its ``Word:`` ending ("... benötigen wir
    folgende" / "Unterlagen:") reads as a field line; it still introduces the bullets.
    """
    asked: list[str] = []
    listing = unfinished = False
    for paragraph in paragraphs(notice):
        if is_bullet(paragraph):
            asked += [
                c for c in _clauses(paragraph) if (listing and not _refuses(c)) or _asks(c, found)
            ]
            continue
        if listing and unfinished and _WRAPPED_LABEL.match(paragraph):
            unfinished = False
            continue
        listing = False
        for clause in _clauses(paragraph):
            if _asks(clause, found):
                asked.append(clause)
                listing = True
        unfinished = not paragraph.rstrip().endswith((".", "!", "?", ":"))
    return asked


def requested(notice: Notice, found: Found | None = None) -> tuple[str, ...]:
    """Short names of the documents requested, in order of first mention, each once.

    ``found``: the screen words in the notice when the caller has scanned for them.
    """
    if found is None:
        found = _SCREEN.words_in(f"{notice.subject}\n{notice.text}".lower())
    if not _REQUEST_NEED.may_match(found):
        return ()  # no request phrase anywhere: nothing to split into clauses
    names: list[str] = []
    document_words = found & _DOCUMENT_WORDS
    for clause in _requested_clauses(notice, found & _REQUEST_WORDS):
        lowered = clause.lower()
        names += _named_in(lowered, within(document_words, lowered))
    return tuple(dict.fromkeys(names))


@lru_cache(maxsize=_KEPT)
def _named_in(lowered: str, words: Found) -> tuple[str, ...]:
    """The documents a lower-cased clause names, in order, screened by its ``words``."""
    hits = sorted(
        (match.start(), name)
        for name, screened in _DOCUMENTS_NEED
        if screened.may_match(words) and (match := screened.pattern.search(lowered))
    )
    return tuple(name for _, name in hits)


def documents_named(text: str, words: Found | None = None) -> frozenset[str]:
    """Every document ``text`` names, asked for or not (re-sent detection's facts)."""
    return names_found(_SCREEN, _DOCUMENTS_NEED, text, words)
