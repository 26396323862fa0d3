"""Marketplace from sender, Seller Central links or the text; policy and rights owner."""

from __future__ import annotations

import pytest

from intake.extract import extract_facts
from tests.unit.test_extract_helpers import notice

GMAIL = "client@gmail.com"


@pytest.mark.parametrize(
    ("sender", "links", "text", "expected"),
    [
        ("seller-performance@amazon.com", (), "", "amazon.com"),
        ("seller-performance@amazon.co.uk", (), "", "amazon.co.uk"),
        ("notice-dispute@amazon.de", (), "see amazon.fr", "amazon.de"),
        ("performance-notifications@amazon.com.au", (), "", "amazon.com.au"),
        ("seller-notification@marketplace.amazon.co.jp", (), "", "amazon.co.jp"),
        ("no-reply@amazon.com.mx", (), "", "amazon.com.mx"),
        ("x@amazon.in", (), "", "amazon.in"),
        (
            GMAIL,
            (("https://sellercentral.amazon.de/performance/dashboard", "here"),),
            "",
            "amazon.de",
        ),
        (GMAIL, (("https://sellercentral.amazon.ca/help", "Help"),), "", "amazon.ca"),
        (
            GMAIL,
            (("https://sellercentral-europe.amazon.com/x?marketplaceID=A13V1IB3VIYZZH", "x"),),
            "",
            "amazon.fr",
        ),
        (
            GMAIL,
            (("https://sellercentral-europe.amazon.com/hz/appeal", "Appeal"),),
            "",
            "amazon.co.uk",
        ),
        (
            GMAIL,
            (("https://sellercentral-europe.amazon.com/hz/appeal", "Appeal"),),
            "Your listings on Amazon.it were removed.",
            "amazon.it",
        ),
        (GMAIL, (), "Your account on Amazon.co.uk is under review.", "amazon.co.uk"),
        (GMAIL, (), "Go to https://sellercentral.amazon.es/gp/homepage", "amazon.es"),
        (GMAIL, (), "Amazon.com.br marketplace", "amazon.com.br"),
        (GMAIL, (), "Sign in at sellercentral-europe.amazon.com", "amazon.co.uk"),
        (GMAIL, (), "Our invoice for March.", None),
        (GMAIL, (), "Visit amazon.com.security-check.io now", None),
        ("billing@supplier.example", (("https://supplier.example/pay", "Pay"),), "", None),
    ],
)
def test_marketplace(
    sender: str, links: tuple[tuple[str, str], ...], text: str, expected: str | None
) -> None:
    """Sender domain first, then Seller Central links, then text mentions."""
    assert extract_facts(notice(text, sender=sender, links=links)).marketplace == expected


@pytest.mark.parametrize(
    ("subject", "text", "expected"),
    [
        ("Policy Warning: Inauthentic item complaints", "", "inauthentic"),
        ("", "We received a complaint that the item you sold was counterfeit.", "inauthentic"),
        ("", "customers reported the item was not authentic", "inauthentic"),
        ("Notice: Intellectual Property Violations", "", "intellectual_property"),
        ("", "the rights owner reported a trademark infringement", "intellectual_property"),
        ("", "a copyright complaint about your images", "intellectual_property"),
        ("", "Your Order Defect Rate is above our target of 1%.", "order_defect_rate"),
        ("", "Your ODR exceeds the target.", "order_defect_rate"),
        ("", "Your late shipment rate is 9%.", "late_shipment"),
        ("", "Your pre-fulfillment cancel rate is 4%.", "cancellation_rate"),
        ("", "Your cancellation rate exceeds 2.5%.", "cancellation_rate"),
        ("", "Your valid tracking rate fell below 95%.", "valid_tracking"),
        ("", "Your account is related to another account that was deactivated", "related_accounts"),
        ("", "Related accounts were found.", "related_accounts"),
        ("", "This product is a restricted product.", "restricted_products"),
        ("", "This ASIN is regulated as dangerous goods (hazmat).", "dangerous_goods"),
        ("", "Your price violates our Fair Pricing Policy.", "pricing"),
        ("", "We detected manipulation of product reviews.", "reviews"),
        ("", "Customer Reviews policy violation detected.", "reviews"),
        ("", "We need to verify your identity before you can sell.", "identity_verification"),
        ("", "Product safety concerns were reported for ASIN B0AAAAAAA1.", "product_safety"),
        ("", "Customers received used items sold as new.", "condition"),
        ("", "Complaints of Used Sold As New items.", "condition"),
        ("Used Sold as New complaints", "authenticity is not in question", "condition"),
        ("", "Your listing violates our drop shipping policy.", "dropshipping"),
        ("", "You violated the Seller Code of Conduct.", "code_of_conduct"),
        ("Your order has shipped", "Thanks for your purchase.", None),
        ("", "", None),
    ],
)
def test_policy(subject: str, text: str, expected: str | None) -> None:
    """The named policy becomes one short name; the subject speaks first."""
    assert extract_facts(notice(text, subject=subject)).policy == expected


def test_policy_earliest_mention_wins_in_body() -> None:
    """When the body names two policies, the first one named is the one acted on."""
    text = "Late shipment rate is high. See also the Order Defect Rate policy."
    assert extract_facts(notice(text)).policy == "late_shipment"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rights owner: Acme Brands LLC\nComplaint ID: 1234567", "Acme Brands LLC"),
        ("Rights Owner Name: Nordlicht GmbH", "Nordlicht GmbH"),
        ("Complainant: Zephyr Audio", "Zephyr Audio"),
        ("Brand owner: Kettle & Co", "Kettle & Co"),
        (
            "We received a complaint from the rights owner Acme Brands LLC about B0AAAAAAA1.",
            "Acme Brands LLC",
        ),
        ("The rights owner, Orchid Labs, has reported ...", "Orchid Labs"),
        ("Rights Owner Email: legal@acme.example", None),
        ("Contact the rights owner. They may retract the complaint.", None),
        ("the rights owner has filed a complaint", None),
        ("No complaint here.", None),
        ("contact the rights owner\nAffected ASIN: B0AAAAAAA1", None),
        ("please contact the rights owner\n3. Then appeal", None),
    ],
)
def test_rights_owner(text: str, expected: str | None) -> None:
    """A labelled field or a capitalised name right after "rights owner"."""
    assert extract_facts(notice(text)).rights_owner == expected
