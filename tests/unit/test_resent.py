"""Resent detection: the same notice again is caught; a new notice on the same template is not."""

from __future__ import annotations

import json

from classifiers import default_corpus_dir
from classifiers.resent import ResentKey, find_resent
from classifiers.types import NoticeText
from intake.analyse.classifier import notice_text
from intake.cases.resent import resent_key
from intake.extract.facts import facts_and_words
from intake.install.demo import demo_mailbox
from intake.mail.parse import parse


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
    assert "invoices" in key.documents


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


def german_notice(
    policy: str, *, date: str = "3. Juni 2024", case_id: str = "12345678901"
) -> NoticeText:
    """A German deactivation notice naming ``policy``; the rest is the same template."""
    body = (
        "Guten Tag,\n\n"
        f"wir haben Ihr Angebot am {date} (Fall {case_id}) überprüft und wegen "
        f"{policy} deaktiviert.\n\n"
        "ASIN: B0ABC12345\n\n"
        "Um das Angebot wieder zu aktivieren, reichen Sie bitte Rechnungen Ihres Lieferanten "
        "ein. Die Unterlagen müssen lesbar sein und die gekauften Mengen, den Namen und die "
        "Anschrift des Lieferanten sowie Ihren Shopnamen zeigen. Wir können weitere "
        "Informationen anfordern. Wenn Sie die Unterlagen nicht innerhalb von 17 Tagen "
        "einreichen, können wir Ihre Verkaufsberechtigung einschränken. Bitte beachten Sie, "
        "dass unvollständige oder unleserliche Unterlagen nicht geprüft werden können.\n\n"
        "Wie lege ich Widerspruch ein? Öffnen Sie Kontozustand in Seller Central, wählen Sie "
        "das betroffene Angebot aus und klicken Sie auf Widerspruch einlegen. Fügen Sie dort "
        "alle angeforderten Unterlagen als Anhang hinzu.\n\n"
        "Mit freundlichen Grüßen\nSeller Performance\nAmazon.de\n"
    )
    return NoticeText(subject="Ihr Angebot", sender="seller-performance@amazon.de", body=body)


def test_german_notices_about_different_policies_are_not_resent() -> None:
    """Produktsicherheit and Markenrechtsverletzung are two notices, however alike the text."""
    safety = german_notice("Bedenken zur Produktsicherheit")
    trademark = german_notice("einer Markenrechtsverletzung")
    assert resent_key(safety).similarity(resent_key(trademark)) >= 0.9  # only the policy differs
    assert not is_resent(trademark, safety)


def test_same_german_notice_sent_again_is_resent() -> None:
    earlier = german_notice("Bedenken zur Produktsicherheit")
    later = german_notice(
        "Bedenken zur Produktsicherheit", date="17. Juli 2024", case_id="99887766554"
    )
    assert resent_key(later).policies == {"product_safety"}
    assert is_resent(later, earlier)


def test_the_key_from_the_facts_screen_words_is_the_key_scanned_afresh() -> None:
    """GIVEN every corpus and demo message WHEN its key is made with the screen words its facts
    found (``facts_and_words``) THEN it is the key made by scanning its newest text again."""
    files = sorted(default_corpus_dir().rglob("*.eml")) + sorted(demo_mailbox().rglob("*.eml"))
    assert len(files) > 500
    for path in files:
        parsed = parse(path.read_bytes())
        _, words = facts_and_words(parsed)
        text = notice_text(parsed)
        assert resent_key(text, words) == resent_key(text), path.name
