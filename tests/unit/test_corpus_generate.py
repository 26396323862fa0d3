"""The shipped corpus and FAMILIES.md are exactly what the family data generates."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from classifiers.corpus import default_corpus_dir
from classifiers.corpus.catalogue import PATH as CATALOGUE
from classifiers.corpus.catalogue import render_catalogue
from classifiers.corpus.families import all_families, family_of
from classifiers.corpus.forms import FORMS
from classifiers.corpus.generate import (
    MAX_VARIANTS,
    MIN_VARIANTS,
    file_name,
    variant,
    variant_counts,
    write_corpus,
)
from classifiers.types import TEXT_LABELS

TRAIN = default_corpus_dir() / "train"
REGENERATE = "regenerate with python -m classifiers.corpus.generate"


def shipped() -> dict[str, bytes]:
    return {p.relative_to(TRAIN).as_posix(): p.read_bytes() for p in TRAIN.glob("*/*.eml")}


def test_committed_files_are_exactly_what_the_generator_writes() -> None:
    on_disk = shipped()
    families = all_families()
    counts = variant_counts(families)
    expected = {
        file_name(family, n): family for family in families for n in range(1, counts[family.id] + 1)
    }
    assert sorted(on_disk) == sorted(expected), REGENERATE
    stale = [
        name
        for name, family in expected.items()
        if on_disk[name] != variant(family, int(name[-7:-4]))[1]
    ]
    assert not stale, f"{REGENERATE}: {stale[:3]}"


def test_file_names_carry_the_family_and_folders_its_label() -> None:
    by_id = {family.id: family for family in all_families()}
    for name in shipped():
        label, _ = name.split("/")
        assert by_id[family_of(f"train/{name}")].label == label


def test_every_family_of_every_module_is_rendered() -> None:
    rendered = Counter(family_of(name) for name in shipped())
    assert rendered == Counter(variant_counts(all_families()))


def test_variant_counts_keep_labels_balanced() -> None:
    families = all_families()
    counts = variant_counts(families)
    assert all(MIN_VARIANTS <= n <= MAX_VARIANTS for n in counts.values())
    per_label = Counter()
    for family in families:
        per_label[family.label] += counts[family.id]
    assert set(per_label) == set(TEXT_LABELS)
    assert max(per_label.values()) <= 2 * min(per_label.values()), per_label


def test_english_catalogue_covers_every_label_with_at_least_forty_families() -> None:
    english = [family for family in all_families() if family.language == "en"]
    assert len(english) >= 40
    assert {family.label for family in english} == set(TEXT_LABELS)
    for family in english:
        assert family.team == "not-amazon" or family.seen_at, family.id


def test_write_corpus_replaces_stale_files(tmp_path: Path) -> None:
    stale = tmp_path / "train" / "other" / "0001.eml"
    stale.parent.mkdir(parents=True)
    stale.write_bytes(b"old")
    families = all_families()[:2]
    written = write_corpus(tmp_path, families=families)
    files = sorted(p.relative_to(tmp_path / "train").as_posix() for p in tmp_path.rglob("*.eml"))
    assert not stale.exists()
    assert written == len(files) == sum(variant_counts(families).values())
    assert all(family_of(f) in {f.id for f in families} for f in files)


def test_families_md_is_current() -> None:
    text = render_catalogue(all_families())
    assert CATALOGUE.read_text(encoding="utf-8") == text, (
        "stale: run python -m classifiers.corpus.catalogue"
    )


def test_catalogue_has_the_forms_and_a_section_per_family() -> None:
    text = render_catalogue(all_families())
    for form in FORMS:
        assert f"| {form.name} | {form.kind} |" in text
    for family in all_families():
        assert f"\n## {family.id}\n" in text
        assert f"- label: `{family.label}`" in text
