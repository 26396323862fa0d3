"""The demo walked again as a seller and a consultant would (second walk): what a command
showed wrong, said nothing about, or answered with a traceback."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli import run_cli


def test_the_demos_drafts_name_amazons_case_id_not_each_notices_reference(
    capsys, demo: str
) -> None:
    """Each Account Health notice of the related-accounts case has its own reference
    (AHR-...): the draft lists the Seller Support case ID only, and the case is titled
    without a notice's reference."""
    code, out, err = run_cli(capsys, "--config", demo, "draft", "2")
    assert code == 0, err
    assert "Case ID(s): 1835520784\n" in out and "AHR-" not in out
    code, out, err = run_cli(capsys, "--config", demo, "case", "show", "2", "--json")
    case = json.loads(out.splitlines()[0])
    assert "AHR-" not in case["title"] and case["amazon_case_ids"] == ["1835520784"]
    firsts = [m for m in case["timeline"] if m["id"] == 2]
    assert firsts[0]["facts"]["notice_references"] == ["AHR-2602-51177"]


def test_digest_without_a_client_names_both_ways_out(capsys, demo: str) -> None:
    """With two clients, `intake digest` alone asks for --client and also names the
    consultant's digest of them all."""
    code, out, err = run_cli(capsys, "--config", demo, "digest")
    assert code == 2 and out == ""
    assert err.splitlines()[-1] == (
        "Error: several clients configured; choose one with --client (lumen-home,"
        " northwind-outdoor), or --consultant for all of them"
    )


def test_the_web_app_of_the_demo_works_as_of_the_demos_date(demo: str) -> None:
    """`intake web` with the demo's config shows what `intake cases` shows: as of its
    `[clock] as_of`, so case 2's deadline is not overdue there either."""
    from intake.config import load_config
    from intake.store import open_store
    from intake.web.serve import build_app

    config = load_config(Path(demo))
    store = open_store(config.database_url)
    try:
        app = build_app(config, store)
        assert app.extensions["intake"].clock() == config.clock.now()
    finally:
        store.close()


def test_draft_out_says_where_the_body_went_and_to_whom(capsys, demo: str) -> None:
    """`draft --out FILE` prints no draft: it says it wrote FILE, with the recipient and
    subject the body alone does not carry (its help says "instead of printing")."""
    out_file = Path(demo).parent / "draft-2.txt"
    code, out, err = run_cli(capsys, "--config", demo, "draft", "2", "--out", str(out_file))
    assert code == 0 and out == ""
    assert out_file.read_text().startswith("Dear Seller Performance Team,")
    assert (
        f"Wrote the body to {out_file} (To: none, email is the wrong channel here; Subject: Re:"
        " Your appeal: further documents required (Case ID: 1835520784))."
    ) in err.splitlines()
    code, helped, _ = run_cli(capsys, "draft", "--help")
    assert "Write the body to FILE instead of printing the draft" in " ".join(helped.split())


def test_moving_a_message_to_the_case_it_is_in_is_an_error(capsys, demo: str) -> None:
    """`case move 8 1` with message 8 in case 1 said "Moved message 8 from case 1 to case 1"
    and recorded a move; now it is exit 2 naming why, nothing recorded."""
    code, out, err = run_cli(capsys, "--config", demo, "case", "move", "1", "1")  # a payout
    assert code == 2 and out == ""
    assert err.splitlines()[-1] == "Error: message 1 is already in case 1"
    code, out, _ = run_cli(capsys, "--config", demo, "case", "show", "1", "--json")
    assert json.loads(out)["events"] == []


def test_an_appeal_dated_in_the_future_is_refused(capsys, demo: str) -> None:
    """A submission made in 2030 is a typo: it would count as the latest submission and
    move the case's status; exit 2 naming the date, nothing recorded. Today is fine."""
    c = ("--config", demo, "case", "log-appeal", "2")
    code, out, err = run_cli(capsys, *c, "--date", "2030-01-01")
    assert code == 2 and out == ""
    assert err.splitlines()[-1] == "Error: date 2030-01-01 is in the future (today is 2026-03-20)"
    code, out, _ = run_cli(capsys, "--config", demo, "case", "show", "2", "--json")
    assert json.loads(out)["events"] == []
    code, _, err = run_cli(capsys, *c, "--date", "2026-03-20")
    assert code == 0, err
