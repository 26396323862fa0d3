"""Rendering a family and dressing it in a form: deterministic, complete, and each form real."""

from __future__ import annotations

import email
import random
import re
from email import policy
from email.message import EmailMessage

import pytest

from classifiers.corpus import notice_text_from_bytes
from classifiers.corpus.families import Family, all_families
from classifiers.corpus.forms import SHAPES, message_bytes
from classifiers.corpus.generate import variant
from classifiers.corpus.render import render
from classifiers.quoting import newest_text

TOY = Family(
    id="xx-toy-notice",
    label="suspension",
    language="de",
    team="seller-performance",
    marketplaces=("DE",),
    senders=("seller-performance@{domain}",),
    subjects=("Ihr Verkäuferkonto {seller}",),
    blocks=(
        ("Hallo,", "Guten Tag {seller},"),
        ("", "Optional line."),
        (
            "Wir haben Ihr Konto am {date} deaktiviert. Grund: Beschwerden über ASIN {asin}, "
            "siehe https://sellercentral.amazon.de/performance/dashboard für Details.",
        ),
        ("Warum ist das passiert?",),
        ("-- Rechnungen\n-- Lieferantenkontakt",),
        ("Bitte senden Sie die Unterlagen bis {deadline}.",),
        ("Seller Performance Team",),
    ),
    structure="A toy family for tests.",
    seen_at=("https://example.org/toy",),
)


def parse(raw: bytes) -> EmailMessage:
    return email.message_from_bytes(raw, policy=policy.default)  # type: ignore[return-value]


def test_same_seed_gives_the_same_letter_and_bytes() -> None:
    family = all_families()[0]
    assert render(family, random.Random("a")) == render(family, random.Random("a"))
    assert variant(family, 3) == variant(family, 3)
    assert variant(family, 3) != variant(family, 4)


def test_every_family_renders_with_every_slot_filled() -> None:
    for family in all_families():
        for n in (1, 2):
            letter = render(family, random.Random(f"t:{family.id}:{n}"))
            text = "\n".join((letter.subject, letter.sender, *letter.paragraphs))
            assert not re.search(r"\{[a-z_]+\}", text), (family.id, text[:200])
            assert letter.label == family.label and letter.family == family.id


def test_one_wording_per_block_in_order_and_empty_alternatives_drop_out() -> None:
    seen_optional = set()
    for n in range(20):
        letter = render(TOY, random.Random(n))
        assert letter.paragraphs[0] in ("Hallo,", f"Guten Tag {letter.seller},")
        seen_optional.add("Optional line." in letter.paragraphs)
        assert letter.paragraphs[-1] == "Seller Performance Team"
        assert "" not in letter.paragraphs
    assert seen_optional == {True, False}


def test_a_familys_variants_cover_every_shape() -> None:
    family = all_families()[5]
    shapes = {variant(family, n)[0][0] for n in range(1, len(SHAPES) + 1)}
    assert shapes == set(SHAPES)


def toy_message(*forms: str, seed: int = 1) -> tuple[bytes, list[str]]:
    rng = random.Random(seed)
    letter = render(TOY, rng)
    return message_bytes(letter, forms, rng), list(letter.paragraphs)


def test_html_only_has_no_text_part_and_keeps_lists_and_links() -> None:
    raw, _ = toy_message("html")
    message = parse(raw)
    assert message.get_content_type() == "text/html"
    page = message.get_content()
    assert "<li>Rechnungen</li>" in page and '<a href="https://sellercentral' in page
    assert "Warum ist das passiert?" in notice_text_from_bytes(raw).body


def test_alternative_has_a_text_and_an_html_part() -> None:
    message = parse(toy_message("alternative")[0])
    assert [p.get_content_type() for p in message.iter_parts()] == ["text/plain", "text/html"]


def test_forwarded_notice_is_what_the_classifier_reads() -> None:
    raw, paragraphs = toy_message("forwarded")
    message = parse(raw)
    assert message["Subject"].startswith("Fwd: ")
    assert "amazon" not in message["From"]
    body = message.get_content()
    assert "From: seller-performance@amazon.de" in body
    assert paragraphs[2][:40] in newest_text(body)


def test_translated_form_carries_a_translation_note_above_the_notice() -> None:
    body = parse(toy_message("translated")[0]).get_content()
    top = body.split("\n\n", 1)[0].lower()
    assert any(word in top for word in ("deepl", "übersetzt", "translat", "google"))


def test_quoted_form_puts_the_sellers_earlier_mail_below_with_quote_marks() -> None:
    body = parse(toy_message("quoted")[0]).get_content()
    assert re.search(r"^On .+ wrote:$", body, re.MULTILINE)
    assert re.search(r"^> ", body, re.MULTILINE)
    assert "Seller Performance Team" in newest_text(body)


def test_mangled_links_leave_no_whole_seller_central_url() -> None:
    for seed in range(6):
        body = parse(toy_message("plain", "mangled-links", seed=seed)[0]).get_content()
        assert "https://sellercentral.amazon.de/performance/dashboard " not in body
        assert " ... " in body or "safelinks" in body or "[link removed]" in body


def test_cut_short_keeps_only_the_first_part() -> None:
    raw, paragraphs = toy_message("plain", "cut-short", seed=3)
    body = parse(raw).get_content()
    assert "Seller Performance Team" not in body
    assert paragraphs[0] in body


def test_legacy_charset_for_european_mail_still_decodes() -> None:
    raws = [toy_message("plain", "legacy-charset", seed=s)[0] for s in range(4)]
    assert any(b"iso-8859-1" in r or b"windows-1252" in r for r in raws)
    assert all("Verkäuferkonto" in notice_text_from_bytes(r).subject for r in raws)


def test_attachment_form_adds_a_pdf() -> None:
    message = parse(toy_message("plain", "attachment")[0])
    names = [part.get_filename() for part in message.iter_attachments()]
    assert names == ["notice-xx-toy-notice.pdf"]


@pytest.mark.parametrize("shape", SHAPES)
def test_every_shape_parses_back_to_the_family_text(shape: str) -> None:
    raw, paragraphs = toy_message(shape)
    text = notice_text_from_bytes(raw)
    assert "Ihr Verkäuferkonto" in text.subject
    assert paragraphs[2][:30] in text.body
