"""What the model reads: tokens from the newest, bounded text; IDs ignored; corpus files read."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from classifiers import CorpusError, NoticeText, load_corpus
from classifiers.corpus import notice_text_from_bytes
from classifiers.features import MAX_BODY_CHARS, notice_tokens, row_weights, vectorize, words

SENDER = "seller-performance@amazon.com"


def tokens_of(body: str, subject: str = "Notice", sender: str = SENDER) -> list[str]:
    return notice_tokens(NoticeText(subject=subject, sender=sender, body=body))


def test_identifiers_make_no_tokens() -> None:
    """ASINs, order IDs and dates never become tokens: they say which notice, not what kind."""
    body = "ASIN B0ABC12345 order 114-1234567-1234567 on 2024-06-03"
    words = [t for t in tokens_of(body) if ":" not in t and " " not in t]
    assert words == ["asin", "order", "on"]


def test_subject_and_sender_tokens_are_prefixed() -> None:
    tokens = tokens_of("body", subject="Account deactivated", sender="Notice-Dispute@amazon.de")
    assert {"s:account", "s:deactivated", "s:account deactivated"} <= set(tokens)
    assert {"f:notice-dispute", "fd:amazon.de", "fa:amazon"} <= set(tokens)
    assert "fa:other" in tokens_of("body", sender="deals@shop.example")


def test_quoted_history_is_not_read() -> None:
    body = "Your account is reinstated.\n\n> We have deactivated your account.\n"
    assert "deactivated" not in tokens_of(body)
    assert "reinstated" in tokens_of(body)


def test_text_beyond_the_bound_is_not_read() -> None:
    body = "word " * (MAX_BODY_CHARS // 5) + "faraway"
    assert "faraway" not in tokens_of(body)


def test_negation_marks_following_words() -> None:
    tokens = tokens_of("Your privileges have not been restored. We can't reinstate them.")
    assert {"n:been", "n:restored", "n:reinstate"} <= set(tokens)
    assert "n:privileges" not in tokens


def test_unfamiliar_words_shrink_the_known_ones() -> None:
    """Unknown tokens count in the norm: a mostly unfamiliar notice has small feature values."""
    vocabulary = {"suspended": 0, "account": 1}
    familiar = NoticeText("", "", "account suspended")
    odd = NoticeText("", "", "account suspended " + "zebra quantum lantern orchid " * 5)
    rows = vectorize(vocabulary, [1.0, 1.0, 1.0], [familiar, odd]).toarray()
    assert rows[0, 0] > 2 * rows[1, 0] > 0


def test_japanese_and_chinese_become_character_bigrams() -> None:
    """Text without spaces is read as overlapping character pairs, beside Latin words."""
    japanese = words("アカウントは停止されました ASIN")
    assert japanese[:7] == ["アカ", "カウ", "ウン", "ント", "トは", "は停", "停止"]
    assert japanese[-2:] == ["した", "asin"]
    assert words("您的账户已被停用") == ["您的", "的账", "账户", "户已", "已被", "被停", "停用"]
    assert words("審") == ["審"]


def test_known_share_counts_body_words_only() -> None:
    """The share of body words the model knows; subject, sender and bigrams do not count."""
    vocabulary = {"account": 0, "suspended": 1}
    tokens = tokens_of("account suspended konto gesperrt", subject="account")
    _, _, known = row_weights(vocabulary, [1.0, 1.0, 1.0], tokens)
    assert known == 0.5
    _, _, known = row_weights(vocabulary, [1.0, 1.0, 1.0], tokens_of("1234"))
    assert known == 1.0  # nothing to judge by: not "unreadable"


def eml(body: str, *, subtype: str = "plain", charset: str = "utf-8") -> bytes:
    message = EmailMessage()
    message["From"] = "Seller Performance <Seller-Performance@Amazon.com>"
    message["Subject"] = "Ihr Konto"
    message.set_content(body, subtype=subtype, charset=charset)
    return bytes(message)


def test_plain_message_becomes_notice_text() -> None:
    text = notice_text_from_bytes(eml("Wir haben Ihr Konto gesperrt.", charset="latin-1"))
    assert text == NoticeText("Ihr Konto", "seller-performance@amazon.com", text.body)
    assert text.body.strip() == "Wir haben Ihr Konto gesperrt."


def test_html_only_message_keeps_quote_marks() -> None:
    html = "<p>Reinstated.</p><blockquote><p>Deactivated.</p></blockquote>"
    assert notice_text_from_bytes(eml(html, subtype="html")).body == "Reinstated.\n\n> Deactivated."


def test_corpus_reads_label_folders_in_order(tmp_path: Path) -> None:
    for label, name in [("other", "b.eml"), ("suspension", "a.eml"), ("other", "a.eml")]:
        folder = tmp_path / "train" / label
        folder.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(eml(f"{label} {name}"))
    examples = load_corpus(tmp_path)
    assert [e.path for e in examples] == [
        "train/other/a.eml",
        "train/other/b.eml",
        "train/suspension/a.eml",
    ]
    assert [e.label for e in examples] == ["other", "other", "suspension"]


def test_unknown_label_folder_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "train" / "spam").mkdir(parents=True)
    with pytest.raises(CorpusError, match="spam"):
        load_corpus(tmp_path)


def test_missing_split_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="heldout"):
        load_corpus(tmp_path, "heldout")


def test_vocabulary_keeps_tokens_several_families_share() -> None:
    """GIVEN "restored" in two families, "zebra" in three notices of one family, and a
    correction's own word WHEN built with min_families 2 THEN only the shared word and the
    correction's word get columns; without families, document frequency alone decides."""
    from classifiers.features import build_vocabulary

    notices = [["restored", "zebra"], ["zebra"], ["restored"], ["once"], ["zebra"]]
    families = ["a", "a", "b", "c", "a"]
    shared, idf = build_vocabulary(
        notices, 2, always=[["fixed"]], families=families, min_families=2
    )
    assert list(shared) == ["restored"]
    assert len(idf) == 2
    with_fix, _ = build_vocabulary(
        [*notices, ["fixed"]], 2, always=[["fixed"]], families=[*families, "x"], min_families=2
    )
    assert list(with_fix) == ["fixed", "restored"]
    assert list(build_vocabulary(notices, 2)[0]) == ["restored", "zebra"]
