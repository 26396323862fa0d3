"""The ``Facts`` a notice names, and the ordered registry of extractors that fill them.

Each extractor is a pure function for one field. They run in registry order
and each sees the facts found so far, so the deadline can read dates the way
the already-found marketplace writes them. Each also gets the words of the
notice that the policy, document and deadline patterns screen by, found in one
scan for all of them (``screen``), so no extractor scans the text for its own.
Only the notice's first ``bounded.ANALYSED_CHARS`` are read. Adding a fact means
adding a field and one registry row.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from intake.extract import deadlines, documents, ids, marketplace, policy
from intake.extract.bounded import bounded
from intake.extract.screen import Found, Screen
from intake.mail.notice import Notice


@dataclass(frozen=True)
class Facts:
    """What one notice says about its case; empty tuples and None mean "not named".

    ``to_dict()`` is JSON-ready, e.g.::

        {"asins": ["B0ABCDEF12"], "order_ids": [], "case_ids": ["12345678901"],
         "complaint_ids": [], "notice_references": [], "rights_owner": None,
         "store_name": "Acme Goods", "merchant_token": "A1B2C3D4E5F6G7",
         "marketplace": "amazon.co.uk", "policy": "inauthentic", "deadline": "2024-03-20",
         "requested": ["invoices"]}
    """

    asins: tuple[str, ...] = ()
    order_ids: tuple[str, ...] = ()
    case_ids: tuple[str, ...] = ()
    complaint_ids: tuple[str, ...] = ()
    notice_references: tuple[str, ...] = ()  # one notice's own reference: AHR-2602-51177
    rights_owner: str | None = None
    store_name: str | None = None
    merchant_token: str | None = None
    marketplace: str | None = None
    policy: str | None = None
    deadline: date | None = None
    requested: tuple[str, ...] = ()

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Facts:
        """The inverse of ``to_dict`` (for facts read back from the database)."""
        values: dict[str, Any] = {}
        for name in cls.__dataclass_fields__:
            value = data.get(name)
            if isinstance(value, list):
                value = tuple(value)
            elif name == "deadline" and value:
                value = date.fromisoformat(value)
            if value is not None:
                values[name] = value
        return cls(**values)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON types: dates as ISO strings, tuples as lists."""
        out: dict[str, Any] = {}
        for key in self.__dataclass_fields__:  # not ``asdict``: its deep copy cost 0.05 ms
            value = getattr(self, key)
            if isinstance(value, date):
                value = value.isoformat()
            elif isinstance(value, tuple):
                value = list(value)
            out[key] = value
        return out


#: One extractor: the notice, the facts found so far and the screen words the notice holds
#: (``screen``: what the policy, document and deadline patterns need) -> one field's value.
Extractor = Callable[[Notice, Facts, Found], Any]

#: Field name and extractor, in the order they run.
EXTRACTORS: tuple[tuple[str, Extractor], ...] = (
    ("asins", lambda notice, _, __: ids.asins(notice)),
    ("order_ids", lambda notice, _, __: ids.order_ids(notice)),
    ("case_ids", lambda notice, _, __: ids.case_ids(notice)),
    ("complaint_ids", lambda notice, _, __: ids.complaint_ids(notice)),
    (
        "notice_references",
        lambda notice, facts, _: ids.notice_references(notice, facts.complaint_ids),
    ),
    ("rights_owner", lambda notice, _, __: policy.rights_owner(notice)),
    ("store_name", lambda notice, _, __: ids.store_name(notice)),
    ("merchant_token", lambda notice, _, __: ids.merchant_token(notice)),
    ("marketplace", lambda notice, _, __: marketplace.marketplace(notice)),
    ("policy", lambda notice, _, words: policy.policy(notice, words)),
    (
        "deadline",
        lambda notice, facts, words: deadlines.deadline(notice, facts.marketplace, words),
    ),
    ("requested", lambda notice, _, words: documents.requested(notice, words)),
)

#: Every word any screened pattern needs: one scan of a notice serves them all.
_VOCABULARY = Screen((*policy.NEEDS, *documents.NEEDS, *deadlines.NEEDS))


def extract_facts(notice: Notice) -> Facts:
    """Run every registered extractor over ``notice`` (its analysed prefix) and collect them."""
    return facts_and_words(notice)[0]


def facts_and_words(notice: Notice) -> tuple[Facts, Found]:
    """``extract_facts``, and the screen words the notice holds: the resent key reads its
    policies and documents in part of the same text, so it need not scan for them again."""
    notice = bounded(notice)
    words = _VOCABULARY.words_in(f"{notice.subject}\n{notice.text}".lower())
    found = Facts()
    for name, extractor in EXTRACTORS:
        value = extractor(notice, found, words)
        if value != getattr(found, name):  # most fields stay empty: no copy for them
            found = replace(found, **{name: value})
    return found, words
