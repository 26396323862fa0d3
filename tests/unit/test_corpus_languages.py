"""Every marketplace language has the families a seller's inbox needs, written in its own script."""

import re

import pytest

from classifiers.corpus.families import Family, all_families

CORE = {"suspension", "need_more_info", "generic_denial", "acknowledgement", "reinstatement"}
FULL = CORE | {"redirect_closed_queue", "other"}
REQUIRED: dict[str, set[str]] = {
    "ja": FULL,
    "zh": FULL,
    "de": FULL,
    "fr": FULL,
    "es": FULL,
    "it": FULL,
    "pt": CORE | {"other"},
    "nl": CORE | {"other"},
}
_KANA = re.compile(r"[\u3040-\u30ff]")  # hiragana and katakana: Japanese, never Chinese
_HAN = re.compile(r"[\u4e00-\u9fff]")
_SLOT = re.compile(r"\{[a-z_]+\}")


def _families(language: str) -> list[Family]:
    return [family for family in all_families() if family.language == language]


def _texts(family: Family) -> list[str]:
    """Subjects and non-empty block alternatives, with slots taken out."""
    texts = [*family.subjects, *(alt for block in family.blocks for alt in block if alt)]
    return [_SLOT.sub("", text) for text in texts]


@pytest.mark.parametrize("language", sorted(REQUIRED))
def test_each_language_has_the_labels_it_needs(language: str) -> None:
    labels = {family.label for family in _families(language)}
    assert REQUIRED[language] - labels == set()
    assert len(labels) >= 3, f"{language}: only {sorted(labels)}"


def test_there_are_enough_families_beyond_english() -> None:
    assert len([f for f in all_families() if f.language in REQUIRED]) >= 20


@pytest.mark.parametrize("language", ["de", "fr", "es", "it", "ja", "zh"])
def test_every_label_has_two_families_so_one_can_be_left_out(language: str) -> None:
    """Leave-one-family-out needs a second family of the same label in the same language."""
    counts = {label: 0 for label in FULL}
    for family in _families(language):
        counts[family.label] += 1
    assert {label: n for label, n in counts.items() if n < 2} == {}


@pytest.mark.parametrize("language", ["ja", "zh"])
def test_cjk_families_are_written_in_their_script(language: str) -> None:
    for family in _families(language):
        body = "".join(_texts(family))
        cjk = len(_HAN.findall(body)) + len(_KANA.findall(body))
        latin = len(re.findall(r"[A-Za-z]", body))
        assert cjk > 2 * latin, f"{family.id} reads as romanised: {cjk} CJK vs {latin} Latin"


def test_japanese_families_use_kana_and_chinese_ones_do_not() -> None:
    """Kana tell Japanese from Chinese: a Chinese text labelled ja (or the reverse) is caught."""
    for family in _families("ja"):
        body = "".join(_texts(family))
        assert len(_KANA.findall(body)) >= 0.1 * len(_HAN.findall(body)), family.id
    for family in _families("zh"):
        for text in _texts(family):
            assert not _KANA.search(text), f"{family.id}: kana in Chinese {text[:30]!r}"


def test_the_script_check_catches_a_romanised_family() -> None:
    romaji = Family(
        id="ja-x",
        label="suspension",
        language="ja",
        team="seller-performance",
        marketplaces=("JP",),
        senders=("seller-performance@amazon.co.jp",),
        subjects=("Shuppin-yo akaunto no teishi ni tsuite",),
        blocks=(("Go-tanto-sha sama, akaunto wo teishi shimashita.",),),
        structure="",
    )
    body = "".join(_texts(romaji))
    assert len(_HAN.findall(body)) + len(_KANA.findall(body)) <= 2 * len(
        re.findall(r"[A-Za-z]", body)
    )


@pytest.mark.parametrize("language", sorted(REQUIRED))
def test_families_are_sourced_and_wordings_vary(language: str) -> None:
    for family in _families(language):
        if family.team != "not-amazon":
            assert all(address.startswith("http") for address in family.seen_at), family.id
        assert any(len(block) > 1 for block in family.blocks), f"{family.id}: a single wording"
