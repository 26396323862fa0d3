"""ASINs, order IDs, case and complaint IDs, merchant token and store name."""

from __future__ import annotations

import pytest

from intake.extract import extract_facts
from tests.unit.test_extract_helpers import notice


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ASIN: B07XJ8C8F5", ("B07XJ8C8F5",)),
        ("asin b07xj8c8f5 was removed", ("B07XJ8C8F5",)),
        ("ASINs: B0AAAAAAA1, B0BBBBBBB2 and B0AAAAAAA1 again", ("B0AAAAAAA1", "B0BBBBBBB2")),
        ("- B0CCCCCCC3\n- B0DDDDDDD4\n", ("B0CCCCCCC3", "B0DDDDDDD4")),
        ("(ASIN B09ZZZZZZ9)", ("B09ZZZZZZ9",)),
        ("ASIN: 0316769487 (a book)", ("0316769487",)),
        ("ASIN 043942089X", ("043942089X",)),
        ("Listing https://www.amazon.com/dp/B08QWERTY1 was closed", ("B08QWERTY1",)),
        ("No identifiers here, just B0 and B0ABC.", ()),
        ("The code B0123456789 has eleven characters", ()),
        ("Call 0316769487 now", ()),
    ],
)
def test_asins(text: str, expected: tuple[str, ...]) -> None:
    """ASINs come out upper-case, unique and in order; unlabelled digit runs are not ASINs."""
    assert extract_facts(notice(text)).asins == expected


def test_asins_in_subject_come_first() -> None:
    """The subject is read before the body."""
    facts = extract_facts(notice("Also B0BBBBBBB2.", subject="Listing B0AAAAAAA1 removed"))
    assert facts.asins == ("B0AAAAAAA1", "B0BBBBBBB2")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Order ID: 112-1234567-7654321", ("112-1234567-7654321",)),
        (
            "Orders 114-0000001-0000001, 205-9999999-1111111; 114-0000001-0000001",
            ("114-0000001-0000001", "205-9999999-1111111"),
        ),
        ("order #403-7777777-1234567.", ("403-7777777-1234567",)),
        ("phone 1112-1234567-1234567 is not an order", ()),
        ("112-123456-1234567 is too short", ()),
    ],
)
def test_order_ids(text: str, expected: tuple[str, ...]) -> None:
    """Only the exact 3-7-7 digit shape is an order ID."""
    assert extract_facts(notice(text)).order_ids == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Case ID: 14523698741", ("14523698741",)),
        ("Your case 9876543210 has been updated.", ("9876543210",)),
        ("Reference ID: 4455667788", ("4455667788",)),
        ("Reference number 55512340", ("55512340",)),
        ("Notification ID: 7f3a9b21c4", ("7F3A9B21C4",)),
        ("[Case #11223344556] follow-up", ("11223344556",)),
        ("Case ID 111111111 and Ticket ID 222222222", ("111111111", "222222222")),
        ("In case of questions, contact us.", ()),
        ("Reference: your appeal", ()),
        ("We are reviewing your appeal (NTC-9S16H2MX) now.", ("NTC-9S16H2MX",)),
        ("Appeal ID: 55512340", ("55512340",)),
        ("You may appeal B0AAAAAAA1 in Seller Central.", ()),
        ("Case ID: 14523698741. Case ID: 14523698741.", ("14523698741",)),
    ],
)
def test_case_ids(text: str, expected: tuple[str, ...]) -> None:
    """A case/reference/notification label followed by an ID containing digits."""
    assert extract_facts(notice(text)).case_ids == expected


@pytest.mark.parametrize(
    ("text", "references", "cases"),
    [
        ("Reference: AHR-2602-51177", ("AHR-2602-51177",), ()),
        ("Re: Reference AHR-2602-51177.", ("AHR-2602-51177",), ()),
        ("Reference ID: ABC-12345-XY", ("ABC-12345-XY",), ()),
        (
            "Case ID: 1835520784\nReference: NDR-20260121-7734",
            ("NDR-20260121-7734",),
            ("1835520784",),
        ),  # fmt: skip
        ("Reference number 55512340", (), ("55512340",)),
        ("Referenznummer: PS-DE-2026-0318-5102", ("PS-DE-2026-0318-5102",), ()),
        ("Re: Angebot - Referenz PS-DE-2026-0219-4470", ("PS-DE-2026-0219-4470",), ()),
        ("Your refunded2024 order", (), ()),
        ("Complaint reference number: IP-2024-7788", (), ()),
        ("We are reviewing your appeal (NTC-9S16H2MX) now.", (), ("NTC-9S16H2MX",)),
    ],
)
def test_lettered_references_name_a_notice_not_a_case(
    text: str, references: tuple[str, ...], cases: tuple[str, ...]
) -> None:
    """A lettered "Reference" (AHR-2602-51177: each notice has its own, a re-sent one a new
    one) is the notice's reference, not a Seller Support case ID, which is a number."""
    facts = extract_facts(notice(text))
    assert (facts.notice_references, facts.case_ids) == (references, cases)


@pytest.mark.parametrize(
    ("text", "complaints", "cases"),
    [
        ("Complaint ID: 8812345670", ("8812345670",), ()),
        ("complaint id 1234567", ("1234567",), ()),
        ("Complaint reference number: IP-2024-7788", ("IP-2024-7788",), ()),
        ("Case ID: 5555555555\nComplaint ID: 6666666666", ("6666666666",), ("5555555555",)),
        ("We received a complaint about ASIN B0AAAAAAA1.", (), ()),
    ],
)
def test_complaint_ids_are_not_case_ids(
    text: str, complaints: tuple[str, ...], cases: tuple[str, ...]
) -> None:
    """Complaint IDs fill their own field and never leak into case IDs."""
    facts = extract_facts(notice(text))
    assert (facts.complaint_ids, facts.case_ids) == (complaints, cases)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Merchant Token: A1B2C3D4E5F6G7", "A1B2C3D4E5F6G7"),
        ("merchant token a3kx9q2l7p0v1r", "A3KX9Q2L7P0V1R"),
        ("Seller ID: A2ZQ8W5E3R7T9Y", "A2ZQ8W5E3R7T9Y"),
        ("Account A3KX9Q2L7P0V1R (Acme Goods)", "A3KX9Q2L7P0V1R"),
        ("ADMINISTRATORS reviewed your ACKNOWLEDGEMENT", None),
        ("Marketplace ATVPDKIKX0DER and A1F83G8C2ARO7P", None),
        ("Marketplace A1PA6795UKMFR9, seller A3KX9Q2L7P0V1R", "A3KX9Q2L7P0V1R"),
        ("no token here", None),
    ],
)
def test_merchant_token(text: str, expected: str | None) -> None:
    """A labelled token wins; bare tokens need digits; marketplace IDs are not tokens."""
    assert extract_facts(notice(text)).merchant_token == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Store name: Acme Goods\nCase ID: 123456", "Acme Goods"),
        ('Seller display name: "Blue Lake Outfitters"', "Blue Lake Outfitters"),
        ("Business name: Kettle & Co Ltd", "Kettle & Co Ltd"),
        ("Hello Acme Goods,\n\nWe removed your listing.", "Acme Goods"),
        ("Dear Rivera Home Supplies,\nYour account...", "Rivera Home Supplies"),
        ("Hello,\n\nWe removed your listing.", None),
        ("Dear Seller,\nYour account...", None),
        ("Dear Amazon Seller,\n", None),
        ("Hello from Amazon,\n", None),
        ("Dear Sir or Madam,\n", None),
        ("Dear Seller Performance Team,\nWe appeal.", None),
        ("Hello Account Health team,\n", None),
        ("Hello advertiser,\n", None),
        ("Hi Priya,\n\nThank you for your plan.", None),
        ("Hello Zest&Co,\n", "Zest&Co"),
    ],
)
def test_store_name(text: str, expected: str | None) -> None:
    """A store-name field, else a greeting that names someone; generic greetings name nobody."""
    assert extract_facts(notice(text)).store_name == expected
