"""Identifiers a notice names: ASINs, order IDs, case and complaint IDs, the seller's token and
store name.

Each is a compiled pattern plus a little cleaning. They read the subject and
the whole body, quoted parts included: an ID quoted from an earlier message
still ties this one to the same case.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from intake.extract.screen import lower_source
from intake.mail.notice import Notice

#: Amazon marketplace IDs: they look like merchant tokens but name a marketplace.
MARKETPLACE_IDS: dict[str, str] = {
    "ATVPDKIKX0DER": "amazon.com",
    "A2EUQ1WTGCTBG2": "amazon.ca",
    "A1AM78C64UM0Y8": "amazon.com.mx",
    "A2Q3Y263D00KWC": "amazon.com.br",
    "A1F83G8C2ARO7P": "amazon.co.uk",
    "A1PA6795UKMFR9": "amazon.de",
    "A13V1IB3VIYZZH": "amazon.fr",
    "APJ6JRA9NG5V4": "amazon.it",
    "A1RKKUPIHCS9HS": "amazon.es",
    "A1805IZSGTT6HS": "amazon.nl",
    "A2NODRKZP88ZB9": "amazon.se",
    "A1C3SOZRARQ6R3": "amazon.pl",
    "AMEN7PMS3EDWL": "amazon.com.be",
    "A33AVAJ2PDY3EV": "amazon.com.tr",
    "ARBP9OOSHTCHU": "amazon.eg",
    "A17E79C6D8DWNP": "amazon.sa",
    "A2VIGQ35RCS4UG": "amazon.ae",
    "A21TJRUUN4KGV": "amazon.in",
    "A1VC38T7YXB528": "amazon.co.jp",
    "A39IBJ37TRP1C6": "amazon.com.au",
    "A19VAU5U5O7RUS": "amazon.sg",
}

# IDs are ASCII; Japanese and Chinese text runs into them without spaces ("ASIN:B0ABCDEF12の"),
# and CJK letters count as word characters, so ``\b`` would not end an ID there.
_START = r"(?<![A-Za-z0-9_])"
_END = r"(?![A-Za-z0-9_])"
_ASIN = re.compile(_START + r"(B0[A-Z0-9]{8})" + _END, re.IGNORECASE)
_LABELLED_ASIN = re.compile(
    r"\bASINs?\s*(?:[:#：]|\bis\b)?\s*([0-9]{9}[0-9X])" + _END, re.IGNORECASE
)
_ORDER_ID = re.compile(r"(?<![\d-])(\d{3}-\d{7}-\d{7})(?![\d-])")
_ID_VALUE = r"\[?#?\s*([A-Z0-9][A-Z0-9-]{4,30}[A-Z0-9])" + _END
_CASE_ID = re.compile(
    r"\b(?:case|reference|ref(?:\.|(?![A-Za-z]))|notification|ticket)"
    r"(?:\s+(?:ID|number|no\.?|num|#))?\s*(?::|#|\bis\b)?\s*"
    + _ID_VALUE
    + r"|\bappeal\s*(?:ID|number|reference)?\s*[:#(]\s*"
    + _ID_VALUE
    # Japanese, Chinese, Portuguese and Dutch labels: ケースID, 案例编号, ID do caso, zaaknummer.
    + r"|(?:ケース|お問い合わせ|案例|案件|个案|參考|参考)\s*(?:ID|番号|编号|編號|号)\s*[:：#]?\s*"
    + _ID_VALUE
    + r"|\b(?:(?:ID|n[úu]mero)\s+do\s+caso|zaak(?:nummer|-ID)|referentienummer)\s*[:#]?\s*"
    + _ID_VALUE,
    re.IGNORECASE,
)
_COMPLAINT_ID = re.compile(
    r"\bcomplaint\s*(?:ID|number|no\.?|reference(?:\s+(?:ID|number))?|#)\s*(?::|#|\bis\b)?\s*"
    + _ID_VALUE,
    re.IGNORECASE,
)
_COMPLAINT_ID_LOWER = re.compile(lower_source(_COMPLAINT_ID.pattern))
_CASE_ID_LOWER = re.compile(lower_source(_CASE_ID.pattern))
#: A "Reference" (German "Referenznummer") naming one notice (Account Health's
#: ``AHR-2602-51177``): lettered, unlike Seller Support's case IDs (numbers), and new in
#: every notice, a re-sent one included.
_REFERENCE_LOWER = re.compile(
    r"\bref(?:erence|erenz(?:nummer)?|\.|(?![a-z]))"
    r"(?:\s+(?:id|number|no\.?|num|#))?\s*(?::|#|\bis\b)?\s*" + lower_source(_ID_VALUE)
)
_TOKEN_LABEL = re.compile(
    r"\b(?:merchant\s+token|merchant\s+ID|seller\s+ID|seller\s+token|merchant\s+identifier)"
    r"\s*(?::|#|\bis\b)?\s*([A-Z0-9]{10,16})" + _END,
    re.IGNORECASE,
)
_TOKEN = re.compile(_START + r"(A[A-Z0-9]{12,13})" + _END)
_STORE_LABEL = re.compile(
    r"^\s*(?:store|seller|business|display|account|brand)[ \t]+(?:display[ \t]+)?name[ \t]*:"
    r"[ \t]*(\S[^\n]{0,80}?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_GREETING = re.compile(r"^\s*(?:Dear|Hello|Hi|Greetings)[ \t]+([^\n,]{2,60}),\s*$", re.MULTILINE)
_GENERIC_GREETING = re.compile(
    r"^(?:(?:valued\s+|amazon\s+)?(?:seller|partner|customer|merchant)s?|sir(?:\s+or\s+madam)?"
    r"|madam|there|team|all|selling\s+partner|friend|user|advertiser|vendor|brand\s+owner"
    r"|from\b.*|.*\b(?:amazon|team|support|performance|investigators?|department)\b.*)$",
    re.IGNORECASE,
)


#: A greeting names a store, not a person, when it has two words or a business marker.
_BUSINESS_LIKE = re.compile(r"\S\s+\S|[&\d]|\b(?:LLC|Ltd|Inc|GmbH|Co|Corp|SARL|SL|SRL)\b")


def _searchable(notice: Notice) -> str:
    return f"{notice.subject}\n{notice.text}"


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


def _has_digit(value: str) -> bool:
    return any(ch.isdigit() for ch in value)


def asins(notice: Notice) -> tuple[str, ...]:
    """ASINs in order of appearance, upper-cased: B0-codes anywhere, book ASINs when labelled."""
    return asins_in(_searchable(notice))


def asins_in(text: str) -> tuple[str, ...]:
    """``asins`` of any text (re-sent detection reads a notice's newest text only)."""
    found = [(m.start(), m.group(1).upper()) for m in _ASIN.finditer(text)]
    found += [(m.start(1), m.group(1).upper()) for m in _LABELLED_ASIN.finditer(text)]
    return _unique(value for _, value in sorted(found))


def order_ids(notice: Notice) -> tuple[str, ...]:
    """Order IDs shaped 123-1234567-1234567, in order of appearance."""
    return _unique(_ORDER_ID.findall(_searchable(notice)))


def _labelled_ids(pattern: re.Pattern[str], text: str) -> list[str]:
    return [value for _, value in _labelled(pattern, text)]


def _labelled(pattern: re.Pattern[str], text: str) -> list[tuple[str, str]]:
    """(the match's first three letters, its ID) of each labelled ID with a digit."""
    found = [
        (m.group(0)[:3], next(g for g in m.groups() if g).upper()) for m in pattern.finditer(text)
    ]
    return [
        (label, v)
        for label, v in found
        if _has_digit(v) and not _ORDER_ID.fullmatch(v) and not _ASIN.fullmatch(v)
    ]


def complaint_ids(notice: Notice) -> tuple[str, ...]:
    """Rights-owner complaint IDs ("Complaint ID: 1234567890")."""
    return _unique(_labelled_ids(_COMPLAINT_ID, _searchable(notice)))


def case_ids(notice: Notice) -> tuple[str, ...]:
    """Amazon case, reference and notification IDs; complaint IDs and notice references
    (``notice_references``) are left to their own fields.

    Read from the lower-cased text (IDs are upper-cased after), the cheaper search.
    """
    text = _COMPLAINT_ID_LOWER.sub(" ", _searchable(notice).lower())
    found = _labelled(_CASE_ID_LOWER, text)
    return _unique(value for label, value in found if not _is_reference(label, value))


def notice_references(notice: Notice, complaints: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Lettered "Reference:" values: Amazon's reference of one notice, not a case ID."""
    text = _searchable(notice).lower()
    found = _labelled_ids(_REFERENCE_LOWER, text)
    return _unique(value for value in found if _has_letter(value) and value not in complaints)


def _is_reference(label: str, value: str) -> bool:
    """Whether a case-ID match is a notice reference: labelled "Reference", lettered."""
    return label == "ref" and _has_letter(value)


def _has_letter(value: str) -> bool:
    return any(ch.isalpha() for ch in value)


def merchant_token(notice: Notice) -> str | None:
    """The seller's merchant token: a labelled one first, else a bare A-token with digits.

    Marketplace IDs (``ATVPDKIKX0DER`` ...) share the shape and are skipped.
    """
    text = _searchable(notice)
    for match in _TOKEN_LABEL.finditer(text):
        value = match.group(1).upper()
        if value.startswith("A") and _has_digit(value) and value not in MARKETPLACE_IDS:
            return value
    for match in _TOKEN.finditer(text):
        value = match.group(1)
        if _has_digit(value[1:]) and value not in MARKETPLACE_IDS:
            return value
    return None


def store_name(notice: Notice) -> str | None:
    """The seller's store or display name: a ``Store name:`` field, else a named greeting.

    A one-word greeting ("Hi Priya,") usually names a person, so it is not taken as a store.
    """
    match = _STORE_LABEL.search(notice.text)
    if match:
        return match.group(1).strip().strip("\"'\u201c\u201d")
    greeting = _GREETING.search(notice.text)
    if greeting:
        name = greeting.group(1).strip().strip("\"'\u201c\u201d")
        if not _GENERIC_GREETING.match(name) and _BUSINESS_LIKE.search(name):
            return name
    return None
