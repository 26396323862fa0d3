"""Documents the notice asks for, normalised to short names."""

from __future__ import annotations

import pytest

from intake.extract import extract_facts
from tests.unit.test_extract_helpers import notice


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Please provide invoices from your supplier.", ("invoices",)),
        ("Please send us copies of your invoices.", ("invoices",)),
        (
            "We require a letter of authorization from the rights owner.",
            ("letter_of_authorization",),
        ),
        ("Please submit a Plan of Action (POA).", ("plan_of_action",)),
        ("Please respond by April 20 with a plan of action.", ("plan_of_action",)),
        ("Reply to this email with your plan of action.", ("plan_of_action",)),
        (
            "Please respond by April 20 with a plan of action. You must also provide "
            "invoices from your supplier.",
            ("plan_of_action", "invoices"),
        ),
        ("You must upload a valid government-issued photo ID.", ("identity_document",)),
        (
            "Please provide a copy of your passport and a utility bill.",
            ("identity_document", "utility_bill"),
        ),
        ("We need a recent bank account statement.", ("bank_statement",)),
        ("Please attach the Safety Data Sheet (SDS) for this product.", ("safety_data_sheet",)),
        ("Please upload images of the product packaging.", ("product_images",)),
        ("Please provide your business license.", ("business_license",)),
        ("Please provide proof that the listing was corrected.", ("proof_of_fix",)),
        ("Please send tracking numbers for the affected orders.", ("tracking_information",)),
        ("Please provide a test report from an accredited laboratory.", ("test_report",)),
        ("A Children's Product Certificate (CPC) is required.", ("compliance_certificate",)),
        (
            "Please provide the following:\n- Invoices for the last 365 days\n"
            "- Supplier contact information (name, address, phone, website)\n"
            "- A revised plan of action\n",
            ("invoices", "supplier_contacts", "plan_of_action"),
        ),
        (
            "To reinstate your account, submit the following documents:\n"
            "1. Letter of authorization\n2. Invoices\n",
            ("letter_of_authorization", "invoices"),
        ),
        (
            "Required documents:\n* Utility bill\n* Bank statement\n",
            ("utility_bill", "bank_statement"),
        ),
        (
            "Please provide invoices, supplier contact details, and an LOA.",
            ("invoices", "supplier_contacts", "letter_of_authorization"),
        ),
        (
            "Please provide invoices.\nPlease provide invoices again.",
            ("invoices",),
        ),
        ("- Please provide your invoices\n", ("invoices",)),
        ("Please update your plan of action.", ("plan_of_action",)),
        ("Send a single updated plan that includes this point.", ("plan_of_action",)),
        ("Resubmit the complete plan with this point added.", ("plan_of_action",)),
        (
            "What we need: the name, address, phone number and website of each supplier.",
            ("supplier_contacts",),
        ),
        ("The supplier's address and phone number are missing.", ("supplier_contacts",)),
        (
            "Please provide evidence of the changes described in your plan of action:\n"
            "- photos of the corrected label\n",
            ("proof_of_fix", "product_images"),
        ),
        (
            "Documents requested\n\nWe are reviewing your appeal and need more information.\n\n"
            "- supplier invoices dated within the last 365 days\n\n"
            "- product safety test reports from an accredited laboratory\n",
            ("invoices", "test_report"),
        ),
        (
            "Please send us:\n\n  -- Invoices from your supplier, dated within the last 365\n"
            "     days, that show your business name.\n"
            "  -- Photos of the product, its packaging and its labels.\n",
            ("invoices", "product_images"),
        ),
        (
            "Before we can make a decision, please send:\n\n"
            "-- A bank statement for the account linked to your seller account.\n"
            "-- A colour copy of the passport or driving licence of each director.\n",
            ("bank_statement", "identity_document"),
        ),
        (
            "Please provide:\n\n  1. A utility bill for your business premises.\n"
            "  2. A signed statement about your relationship with Harbour Lights\n"
            "     Trading (Merchant Token: A3HBL9T2WXC7VE), including shared people.\n"
            "  3. Your Companies House registration certificate.\n",
            ("utility_bill", "business_license"),
        ),
    ],
)
def test_requested_documents(text: str, expected: tuple[str, ...]) -> None:
    """Asked-for documents come out in order of mention, each once."""
    assert extract_facts(notice(text)).requested == expected


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for the invoices you provided.",
        "We reviewed your invoices and plan of action.",
        "Your passport was verified.",
        "Please find attached invoice 4471 for your order.",
        "Please do not send invoices by email.",
        "We do not accept pro forma invoices.",
        "Invoices are one of the ways to show authenticity.",
        "Your account has been reinstated. Thank you for your plan of action.",
        "Our records:\n- Invoices received\n- Plan of action received\n",
        "",
    ],
)
def test_mentions_without_a_request_ask_for_nothing(text: str) -> None:
    """Naming a document is not asking for it; refusals ask for nothing."""
    assert extract_facts(notice(text)).requested == ()


def test_bullets_after_a_request_stop_at_the_next_paragraph() -> None:
    """Bullets belong to the request above them, not to a later statement."""
    text = (
        "Please provide:\n- Invoices\n\n"
        "Documents we already reviewed:\n- Passport\n- Utility bill\n"
    )
    assert extract_facts(notice(text)).requested == ("invoices",)


def test_refused_bullet_is_skipped() -> None:
    """A "do not send" bullet under a request is left out."""
    text = (
        "Please provide the following:\n- Invoices\n- Do not send order screenshots or receipts\n"
    )
    assert extract_facts(notice(text)).requested == ("invoices",)


def test_request_and_refusal_in_one_sentence() -> None:
    """A semicolon separates what is asked from what is refused."""
    text = "Please provide invoices; do not send a passport."
    assert extract_facts(notice(text)).requested == ("invoices",)


def test_quoted_request_from_earlier_mail_is_ignored() -> None:
    """A request inside quoted earlier mail was already answered."""
    text = "We have received your documents.\n> Please provide invoices."
    assert extract_facts(notice(text)).requested == ()
