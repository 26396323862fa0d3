"""Grouping F1 on a generated seller's mailbox (bench/sellerbox.py), in date and reverse order.

The mailbox has several matters at once, follow-ups naming nothing, re-sent requests,
months between matters, order and phishing mail beside them; the mail goes through the
real storing pipeline into SQLite (in reverse, the pipeline then regroups the client).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.grouping import grouping_f1
from bench.sellerbox import mailbox, pairwise_f1

TARGET = 0.95


@pytest.mark.parametrize("reverse", [False, True], ids=["date order", "reverse order"])
def test_grouping_f1_on_a_fixed_mailbox(tmp_path: Path, reverse: bool) -> None:
    """GIVEN a fixed generated mailbox WHEN taken in THEN pairwise F1 >= 0.95."""
    mails = mailbox(seed=1, matters=14)
    assert len({m.case for m in mails if m.case}) >= 10, "several matters"
    assert grouping_f1(mails, reverse, tmp_path, "box") >= TARGET


def test_pairwise_f1_counts_splits_and_joins() -> None:
    """A split and a wrong join both cost; mail in no case counts as alone."""
    truth = ["a", "a", "a", "b", None]
    assert pairwise_f1(truth, [1, 1, 1, 2, None]) == 1.0
    assert pairwise_f1(truth, [1, 1, 2, 3, None]) == pytest.approx(0.5)  # 1 of 3 pairs kept
    assert pairwise_f1(truth, [1, 1, 1, 1, 1]) == pytest.approx(2 * 0.3 * 1 / 1.3)
