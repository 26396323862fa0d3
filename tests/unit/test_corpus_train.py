"""The training-corpus generator: deterministic, complete, parseable and varied."""

from __future__ import annotations

import email
import random
import re
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from pathlib import Path

import pytest

from classifiers.corpus.train import (
    COUNTS,
    FAMILIES,
    FOREIGN,
    TrainingMail,
    build_corpus,
    compose,
    family_for,
    write_corpus,
)
from classifiers.corpus.train.abroad import language_of, local_date, localize
from classifiers.corpus.train.variety import new_scene

DATA = Path(__file__).resolve().parents[2] / "classifiers" / "corpus" / "data" / "train"
MINIMUMS = {
    "suspension": 200,
    "generic_denial": 180,
    "need_more_info": 180,
    "redirect_closed_queue": 170,
    "reinstatement": 80,
    "acknowledgement": 80,
    "other": 280,
}
NOTICE_LABELS = tuple(label for label in MINIMUMS if label != "other")


@pytest.fixture(scope="module")
def corpus() -> tuple[TrainingMail, ...]:
    """The full corpus, generated once for this module."""
    return build_corpus()


def test_same_seed_gives_identical_bytes() -> None:
    """Two runs of the generator produce byte-identical files."""
    small = {label: 6 for label in MINIMUMS}
    assert build_corpus(counts=small) == build_corpus(counts=small)


def test_other_seed_gives_other_bytes() -> None:
    """The seed really drives the content (the output is not a constant)."""
    assert compose("suspension", 3, seed=1).raw != compose("suspension", 3, seed=2).raw


def test_counts_meet_the_minimums(corpus: tuple[TrainingMail, ...]) -> None:
    """Each label has at least the required number of messages, named 0001.eml onwards."""
    counts = Counter(mail.label for mail in corpus)
    assert set(counts) == set(MINIMUMS)
    for label, minimum in MINIMUMS.items():
        assert counts[label] >= minimum, label
        names = [m.name for m in corpus if m.label == label]
        assert names[0] == "0001.eml" and names[-1] == f"{counts[label]:04d}.eml"


def test_committed_files_match_the_generator(corpus: tuple[TrainingMail, ...]) -> None:
    """The .eml files in the repository are exactly what the generator writes now."""
    on_disk = {(p.parent.name, p.name): p.read_bytes() for p in DATA.glob("*/*.eml")}
    generated = {(m.label, m.name): m.raw for m in corpus}
    assert on_disk.keys() == generated.keys()
    stale = [key for key, raw in generated.items() if on_disk[key] != raw]
    assert not stale, f"regenerate with python -m classifiers.corpus.train: {stale[:3]}"


def test_committed_data_stays_small() -> None:
    """The generated data stays under 6 MB."""
    assert sum(p.stat().st_size for p in DATA.glob("*/*.eml")) < 6_000_000


def test_no_two_files_are_identical(corpus: tuple[TrainingMail, ...]) -> None:
    """Every file differs from every other."""
    assert len({mail.raw for mail in corpus}) == len(corpus)


@dataclass(frozen=True)
class Seen:
    """What the tests look at in one parsed message, read once."""

    sender: str
    sender_domain: str
    to: str
    subject: str
    year: int
    message_id: str
    content_type: str
    body: str
    pdfs: tuple[bytes, ...]
    headers_present: bool
    defects: int
    charsets: tuple[str, ...]


def _body(msg: EmailMessage) -> str:
    """All text and HTML parts joined, decoded."""
    return "\n".join(
        part.get_content()
        for part in msg.walk()
        if part.get_content_type() in ("text/plain", "text/html") and part.get_filename() is None
    )


def _see(raw: bytes) -> Seen:
    msg = email.message_from_bytes(raw, policy=policy.default)
    names = ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version")
    return Seen(
        sender=str(msg["From"]),
        sender_domain=msg["From"].addresses[0].domain,
        to=str(msg["To"]),
        subject=str(msg["Subject"]),
        year=parsedate_to_datetime(msg["Date"]).year,
        message_id=str(msg["Message-ID"]),
        content_type=msg.get_content_type(),
        body=_body(msg),
        pdfs=tuple(
            part.get_content()
            for part in msg.iter_attachments()
            if part.get_filename() == "invoice.pdf"
        ),
        headers_present=all(msg[name] for name in names),
        defects=len(msg.defects),
        charsets=tuple(
            str(part.get_content_charset())
            for part in msg.walk()
            if part.get_content_maintype() == "text" and part.get_filename() is None
        ),
    )


@pytest.fixture(scope="module")
def parsed(corpus: tuple[TrainingMail, ...]) -> dict[str, list[Seen]]:
    """Every generated message parsed once by the stdlib, grouped by label."""
    groups: dict[str, list[Seen]] = {}
    for mail in corpus:
        groups.setdefault(mail.label, []).append(_see(mail.raw))
    return groups


def test_every_file_has_the_required_headers(parsed: dict[str, list[Seen]]) -> None:
    """Each message parses cleanly with From, To, Subject, Date, Message-ID, MIME-Version."""
    seen = [m for messages in parsed.values() for m in messages]
    assert all(m.headers_present and not m.defects for m in seen)
    assert all(2019 <= m.year <= 2026 for m in seen)
    assert len({m.message_id for m in seen}) == len(seen)


def test_dates_spread_over_the_years(parsed: dict[str, list[Seen]]) -> None:
    """Send dates cover every year from 2019 to 2026."""
    assert {m.year for ms in parsed.values() for m in ms} == set(range(2019, 2027))


def test_each_label_has_text_and_html(parsed: dict[str, list[Seen]]) -> None:
    """Every label has plain-text-only, HTML-only and multipart messages."""
    for label, messages in parsed.items():
        kinds = {m.content_type for m in messages}
        assert {"text/plain", "text/html"} <= kinds, label
        assert kinds & {"multipart/alternative", "multipart/mixed"}, label


def test_each_label_has_several_families_and_subjects(parsed: dict[str, list[Seen]]) -> None:
    """At least four template families per label, and many different subjects."""
    for label, messages in parsed.items():
        assert len(FAMILIES[label]) >= 4, label
        assert len({m.subject for m in messages}) >= 20, label


def test_notices_come_from_several_marketplaces(parsed: dict[str, list[Seen]]) -> None:
    """Each notice label is sent from at least six Amazon marketplace domains."""
    for label in NOTICE_LABELS:
        domains = {m.sender_domain for m in parsed[label] if "amazon." in m.sender_domain}
        assert len(domains) >= 6, (label, domains)


def test_notices_arrive_quoted_and_forwarded(parsed: dict[str, list[Seen]]) -> None:
    """Each notice label has quoted history, and forwards sent by people (not Amazon)."""
    for label in NOTICE_LABELS:
        quoted = [m for m in parsed[label] if re.search(r"wrote:|Original Message", m.body)]
        assert quoted, label
        forwards = [m for m in parsed[label] if re.match(r"(Fwd|FW|Fw): ", m.subject)]
        assert forwards, label
        assert all("amazon." not in m.sender_domain for m in forwards), label
        assert all("Amazon" in m.body or "amazon." in m.body for m in forwards), label


def test_notices_carry_ids_links_and_deadlines(parsed: dict[str, list[Seen]]) -> None:
    """ASINs, order IDs, Seller Central links and several deadline forms appear."""
    text = "\n".join(m.body for ms in parsed.values() for m in ms)
    assert re.search(r"\bB0[A-Z0-9]{8}\b", text)
    assert re.search(r"\b\d{3}-\d{7}-\d{7}\b", text)
    assert "sellercentral.amazon.co.jp" in text and "sellercentral-europe.amazon.com" in text
    assert re.search(r"within \d+ days", text)
    assert re.search(r"by \d{2}/\d{2}/\d{4}", text)
    assert re.search(r"by \d{1,2} [A-Z][a-z]+ \d{4}", text)
    assert re.search(r"by [A-Z][a-z]+ \d{1,2}, \d{4}", text)


def test_some_messages_carry_a_pdf_attachment(parsed: dict[str, list[Seen]]) -> None:
    """Some messages attach invoice.pdf with a PDF-looking payload."""
    pdfs = [pdf for ms in parsed.values() for m in ms for pdf in m.pdfs]
    assert len(pdfs) >= 10
    assert all(p.startswith(b"%PDF-") for p in pdfs)


def test_other_includes_outside_and_outgoing_mail(parsed: dict[str, list[Seen]]) -> None:
    """``other`` has non-Amazon senders, and sellers writing to Amazon with a notice quoted."""
    outside = [m for m in parsed["other"] if "amazon." not in m.sender_domain]
    assert len(outside) >= 60
    assert any("amazon." in m.to and "\n> " in m.body for m in outside)


def test_write_corpus_replaces_stale_files(tmp_path: Path) -> None:
    """Writing the corpus removes .eml files the generator no longer makes."""
    mails = build_corpus(counts={"other": 2, "suspension": 1})
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "0099.eml").write_bytes(b"old")
    counts = write_corpus(tmp_path, mails)
    assert counts == {"other": 2, "suspension": 1}
    assert sorted(p.name for p in (tmp_path / "other").iterdir()) == ["0001.eml", "0002.eml"]
    assert (tmp_path / "suspension" / "0001.eml").read_bytes() == mails[-1].raw


# Words that only a letter written in that language uses several of (case-sensitive),
# and the sign-offs that close such a letter.
_MARKERS = {
    "de": {"Sie", "Ihr", "Ihre", "Ihren", "wurde", "bitte", "Bitte", "und", "nicht", "wir", "Wir"},
    "fr": {"vous", "Vous", "votre", "Votre", "vos", "nous", "Nous", "été", "pour", "les", "est"},
    "es": {"su", "sus", "Su", "hemos", "Hemos", "cuenta", "para", "los", "ha", "de", "la"},
    "it": {"Suo", "Sua", "Suoi", "abbiamo", "Abbiamo", "della", "non", "il", "è", "Il", "di"},
}
_SIGN_OFFS = {
    "de": ("mit freundlichen grüßen", "freundliche grüße", "vielen dank", "beste grüße"),
    "fr": ("cordialement", "salutations", "merci de votre compréhension"),
    "es": ("saludos", "atentamente", "gracias,"),
    "it": ("cordiali saluti", "distinti saluti", "grazie,", "un saluto"),
}


def _language(body: str) -> str:
    """The language of the letter: four marker words, or two and a local sign-off; else "en"."""
    words = set(re.findall(r"[^\W\d_]+", body))
    lowered = body.lower()
    for language, markers in _MARKERS.items():
        hits = len(words & markers)
        signed = any(s in lowered for s in _SIGN_OFFS[language])
        if hits >= 4 or (hits >= 2 and signed):
            return language
    return "en"


def test_every_label_has_german_french_spanish_and_italian(parsed: dict[str, list[Seen]]) -> None:
    """Each label has letters in all four languages, from that language's marketplace."""
    homes = {"de": ("amazon.de",), "fr": ("amazon.fr",), "es": ("amazon.es", "amazon.com.mx")}
    homes["it"] = ("amazon.it",)
    for label, messages in parsed.items():
        by_language = Counter(_language(m.body) for m in messages)
        for language, domains in homes.items():
            assert by_language[language] >= 5, (label, language, by_language)
            if label != "other":
                senders = {m.sender_domain for m in messages if _language(m.body) == language}
                assert senders & set(domains), (label, language, senders)


def test_non_english_share_is_about_fifteen_percent(parsed: dict[str, list[Seen]]) -> None:
    """Between 10 % and 22 % of each label is not in English."""
    for label, messages in parsed.items():
        share = sum(_language(m.body) != "en" for m in messages) / len(messages)
        assert 0.10 <= share <= 0.22, (label, share)


def test_local_date_formats_appear(parsed: dict[str, list[Seen]]) -> None:
    """German, French, Spanish and Italian long dates are written the local way."""
    text = "\n".join(m.body for ms in parsed.values() for m in ms)
    assert re.search(r"\b\d{1,2}\. (Januar|Februar|März|April|Mai|Juni|Juli|August) \d{4}", text)
    assert re.search(r"\b\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août) \d{4}", text)
    assert re.search(r"\b\d{1,2} de [a-z]+ de \d{4}", text)
    assert re.search(r"\b\d{1,2} (gennaio|febbraio|marzo|aprile|maggio|giugno) \d{4}", text)
    assert "Mit freundlichen Grüßen" in text and "Cordiali saluti" in text


def test_some_messages_are_latin1_or_windows1252(parsed: dict[str, list[Seen]]) -> None:
    """Some non-English notices are sent as ISO-8859-1 or Windows-1252 and still decode."""
    legacy = [
        m for ms in parsed.values() for m in ms if {"iso-8859-1", "windows-1252"} & set(m.charsets)
    ]
    assert len(legacy) >= 30
    assert {"iso-8859-1", "windows-1252"} <= {c for m in legacy for c in m.charsets}
    accented = [m for m in legacy if re.search(r"[äöüßéèàçñíóúò]", m.body)]
    assert len(accented) >= 20
    for label in NOTICE_LABELS:
        assert any(m in legacy for m in parsed[label]), label


def test_foreign_families_take_three_slots_in_twenty() -> None:
    """``family_for`` gives 15 % of indices to foreign families and cycles through all of them."""
    for label, count in COUNTS.items():
        chosen = [family_for(label, index) for index in range(count)]
        foreign = [f for f in chosen if language_of(f) != "en"]
        assert abs(len(foreign) / count - 0.15) < 0.01, label
        assert set(foreign) == set(FOREIGN[label]), label
        assert set(chosen) == set(FAMILIES[label]), label
        languages = {language_of(f) for f in FOREIGN[label]}
        assert languages == {"de", "fr", "es", "it"}, label
        german = [f for f in FOREIGN[label] if language_of(f) == "de"]
        assert len(german) >= 2, label


def test_local_dates_for_the_third_of_april() -> None:
    """One day written the German, French, Spanish and Italian way."""
    scene = new_scene(random.Random(7))
    day = datetime(2026, 4, 3)
    written = {
        lang: local_date(localize(scene, lang), day, "long") for lang in ("de", "fr", "es", "it")
    }
    assert written == {
        "de": "3. April 2026",
        "fr": "3 avril 2026",
        "es": "3 de abril de 2026",
        "it": "3 aprile 2026",
    }
    assert local_date(localize(scene, "de"), day, "numeric") == "03.04.2026"


def test_localize_moves_marketplace_not_moment() -> None:
    """A localized scene keeps the seller and the instant, on a marketplace of that language."""
    scene = new_scene(random.Random(11))
    for lang in ("de", "fr", "es", "it"):
        moved = localize(scene, lang)
        assert moved.market.language == lang and moved.seller == scene.seller
        assert moved.when == scene.when
