"""The demo mailbox's German notices, parsed from their files, name their policy and papers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import intake
from intake.extract import Facts, extract_facts
from intake.mail.parse import parse

DEMO = Path(intake.__file__).parent / "samples" / "demo" / "lumen-home"


def _facts(prefix: str) -> Facts:
    (path,) = DEMO.glob(f"{prefix}-*.eml")
    return extract_facts(parse(path.read_bytes()))


@pytest.mark.parametrize(
    ("prefix", "policy", "requested", "deadline"),
    [
        # Listing deactivated for missing product-safety details; 17 days to add them.
        ("11", "product_safety", ("supplier_contacts",), date(2026, 3, 12)),
        # A denial that names no policy and asks for nothing.
        ("16", None, (), None),
        # The documents wanted before the appeal is reviewed further, and their due date.
        ("22", None, ("product_images", "compliance_certificate"), date(2026, 4, 3)),
    ],
)
def test_german_demo_notices(
    prefix: str, policy: str | None, requested: tuple[str, ...], deadline: date | None
) -> None:
    facts = _facts(prefix)
    assert facts.marketplace == "amazon.de"
    assert facts.asins == ("B0CQ9W4R7M",)
    assert (facts.policy, facts.requested, facts.deadline) == (policy, requested, deadline)
