"""Whole notices through ``extract_facts``: every field together, and the JSON shape."""

from __future__ import annotations

from dataclasses import fields
from datetime import date

from intake.extract import EXTRACTORS, Facts, extract_facts
from tests.unit.test_extract_helpers import notice

REMOVAL = """Hello Acme Goods,

We removed your selling privileges on Amazon.co.uk because we received complaints
about ASIN B0ABCDEF12 (Complaint ID: 7788991122) from the rights owner Nordlicht GmbH
alleging a trademark violation. Order ID: 204-1234567-7654321. Case ID: 14523698741.

How to reactivate: please submit the following by 20/03/2024:
- Invoices from your supplier
- A letter of authorization
If we do not receive your appeal within 7 business days, we may deactivate your account.

Seller Performance Team
"""

INFO_REQUEST = """Dear Seller,

Merchant Token: A3KX9Q2L7P0V1R
Reference ID: 99887766

We reviewed your appeal regarding the Order Defect Rate of your account and need
more information. Please provide:

  * tracking numbers for orders 111-2223334-4445556 and 111-9998887-7776665
  * a revised plan of action that explains the root cause

Please respond by March 15, 2024. We received your previous appeal on March 1, 2024.
"""


def test_removal_notice() -> None:
    """A UK removal names its ASIN, IDs, rights owner, policy, deadline and documents."""
    facts = extract_facts(
        notice(
            REMOVAL,
            sender="seller-performance@amazon.co.uk",
            subject="Your Amazon.co.uk selling privileges have been removed",
        )
    )
    assert facts == Facts(
        asins=("B0ABCDEF12",),
        order_ids=("204-1234567-7654321",),
        case_ids=("14523698741",),
        complaint_ids=("7788991122",),
        rights_owner="Nordlicht GmbH",
        store_name="Acme Goods",
        merchant_token=None,
        marketplace="amazon.co.uk",
        policy="intellectual_property",
        deadline=date(2024, 3, 13),
        requested=("invoices", "letter_of_authorization"),
    )


def test_information_request() -> None:
    """An indented bullet list under "Please provide:" and an explicit deadline."""
    facts = extract_facts(notice(INFO_REQUEST))
    assert facts.to_dict() == {
        "asins": [],
        "order_ids": ["111-2223334-4445556", "111-9998887-7776665"],
        "case_ids": ["99887766"],
        "complaint_ids": [],
        "notice_references": [],
        "rights_owner": None,
        "store_name": None,
        "merchant_token": "A3KX9Q2L7P0V1R",
        "marketplace": "amazon.com",
        "policy": "order_defect_rate",
        "deadline": "2024-03-15",
        "requested": ["tracking_information", "plan_of_action"],
    }


def test_empty_notice_has_empty_facts() -> None:
    """A non-Amazon notice with no text yields the empty Facts."""
    assert extract_facts(notice("", sender="someone@example.org")) == Facts()


def test_registry_covers_every_field_once() -> None:
    """Each Facts field has exactly one extractor, so none is silently left empty."""
    assert [name for name, _ in EXTRACTORS] == [field.name for field in fields(Facts)]


def test_to_dict_keys_and_types() -> None:
    """JSON-ready: keys are the field names, tuples become lists, dates ISO strings."""
    out = extract_facts(notice(REMOVAL, sender="seller-performance@amazon.co.uk")).to_dict()
    assert list(out) == [field.name for field in fields(Facts)]
    assert isinstance(out["asins"], list) and isinstance(out["deadline"], str)
