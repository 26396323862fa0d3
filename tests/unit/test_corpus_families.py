"""The family catalogue is well-formed: every family can be rendered and is sourced."""

from classifiers.corpus.families import Family, all_families, family_of


def test_every_family_is_well_formed() -> None:
    problems = [problem for family in all_families() for problem in family.problems()]
    assert problems == []


def test_a_family_with_an_unknown_slot_or_label_is_reported() -> None:
    family = Family(
        id="x-test",
        label="suspended",
        language="en",
        team="seller-performance",
        marketplaces=("US",),
        senders=("seller-performance@amazon.com",),
        subjects=("Your account {acount}",),
        blocks=(("Hello {seller},",),),
        structure="",
    )
    problems = family.problems()
    assert any("unknown label" in p for p in problems)
    assert any("acount" in p for p in problems)
    assert any("seen_at" in p for p in problems)


def test_family_comes_from_the_file_name() -> None:
    assert family_of("train/suspension/sp-ip-notice--007.eml") == "sp-ip-notice"
    assert family_of("train/other/0012.eml") == "legacy:0012"
