"""Resent detection: the same notice again is caught; a new notice on the same template is not."""

from __future__ import annotations

import json

from classifiers.resent import ResentKey, find_resent, resent_key
from classifiers.types import NoticeText


def notice(
    *,
    greeting: str = "Hello,",
    date: str = "June 3, 2024",
    case_id: str = "12345678901",
    order_id: str = "114-1234567-1234567",
    asins: tuple[str, ...] = ("B0ABC12345", "B0XYZ98765"),
    documents: str = "invoices from your supplier dated within the last 365 days",
    history: str = "",
) -> NoticeText:
    """A need-more-info style notice whose parts a test can vary one at a time."""
    body = (
        f"{greeting}\n\n"
        f"We reviewed your appeal of {date} (case {case_id}) about order {order_id}.\n"
        "Your listings for these ASINs remain deactivated because we received complaints "
        "about the authenticity of the items:\n\n"
        + "\n".join(f"ASIN: {asin}" for asin in asins)
        + "\n\nTo reactivate these listings, please send us "
        f"{documents}. Make sure the documents are legible and show the quantities "
        "purchased, the supplier name and address, and your store name. "
        "We may ask for more information if needed.\n\n"
        "How do I appeal? Go to Account Health in Seller Central and click Appeal.\n\n"
        f"Sincerely,\nSeller Performance Team\nAmazon.com\n{history}"
    )
    return NoticeText(subject="Your listings", sender="seller-performance@amazon.com", body=body)


def is_resent(later: NoticeText, earlier: NoticeText) -> bool:
    """One table case: is ``later`` found as a re-send of ``earlier``?"""
    return find_resent(resent_key(later), [("earlier", resent_key(earlier))]) == "earlier"


def test_identical_notice_is_resent() -> None:
    assert is_resent(notice(), notice())


def test_changed_dates_ids_and_greeting_are_still_resent() -> None:
    later = notice(
        greeting="Dear Acme Trading LLC,",
        date="July 14, 2024",
        case_id="99887766554",
        order_id="205-7654321-7654321",
    )
    assert is_resent(later, notice())


def test_quoted_history_and_whitespace_are_ignored() -> None:
    history = "\nOn Mon, 3 Jun 2024, Seller <me@example.com> wrote:\n> Here is my appeal.\n"
    later = notice(history=history)
    spaced = NoticeText(later.subject, later.sender, later.body.replace(" ", "  "))
    assert is_resent(spaced, notice())


def test_different_asins_are_not_resent() -> None:
    """The same template about other ASINs is a new notice."""
    assert not is_resent(notice(asins=("B0NEW11111", "B0XYZ98765")), notice())


def test_different_requested_documents_are_not_resent() -> None:
    later = notice(documents="a letter of authorization from the rights owner")
    assert not is_resent(later, notice())


def test_unrelated_notice_is_not_resent() -> None:
    other = NoticeText(
        "Your account is reinstated",
        "seller-performance@amazon.com",
        "Hello,\n\nGood news: your selling privileges have been reinstated.\n\nThank you.",
    )
    assert not is_resent(other, notice())


def test_latest_matching_message_is_returned() -> None:
    key = resent_key(notice())
    history = [
        ("first", resent_key(notice(date="May 1, 2024"))),
        ("unrelated", resent_key(notice(asins=("B0OTHER000",)))),
        ("second", resent_key(notice(date="May 20, 2024"))),
        ("later-unrelated", resent_key(notice(documents="a utility bill"))),
    ]
    assert find_resent(key, history) == "second"


def test_no_history_finds_nothing() -> None:
    assert find_resent(resent_key(notice()), []) is None


def test_key_survives_json() -> None:
    key = resent_key(notice())
    restored = ResentKey.from_dict(json.loads(json.dumps(key.to_dict())))
    assert restored == key


def test_key_names_the_facts() -> None:
    key = resent_key(notice())
    assert key.asins == {"B0ABC12345", "B0XYZ98765"}
    assert "inauthentic" in key.policies
    assert {"invoices", "supplier_information"} <= key.documents


def test_threshold_is_respected() -> None:
    """A partly rewritten notice with the same facts is caught only with a lower threshold."""
    earlier = notice()
    rewritten = NoticeText(
        earlier.subject,
        earlier.sender,
        earlier.body.replace(
            "How do I appeal? Go to Account Health in Seller Central and click Appeal.",
            "You can reach us through the Appeal button in the Account Health dashboard, "
            "where the status of each listing is shown next to its reason.",
        ),
    )
    key, history = resent_key(rewritten), [("earlier", resent_key(earlier))]
    similarity = key.similarity(history[0][1])
    assert 0.5 < similarity < 0.9
    assert find_resent(key, history) is None
    assert find_resent(key, history, threshold=similarity - 0.01) == "earlier"
