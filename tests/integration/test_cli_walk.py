"""The demo walked as a seller and a consultant would: each command does what it says.

Found by running every command on `scripts/demo`'s database: a close that did not
close, a digest that called two months of mail new, actions that did nothing and
said they had done it.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli import run_cli


def status(capsys, config: str, case_id: int) -> str:
    code, out, err = run_cli(capsys, "--config", config, "case", "show", str(case_id), "--json")
    assert code == 0, err
    return json.loads(out)["status"]


def events(capsys, config: str, case_id: int) -> list[str]:
    _, out, _ = run_cli(capsys, "--config", config, "case", "show", str(case_id), "--json")
    return [event["kind"] for event in json.loads(out)["events"]]


def test_closing_a_demo_case_closes_it(capsys, demo: str) -> None:
    """GIVEN the demo's reinstated case 3, whose next step says `intake case close` WHEN
    closed THEN its status is closed (the demo's mail counts as taken in when it arrived,
    not after the demo's date), and reopening gives back reinstated."""
    assert status(capsys, demo, 3) == "reinstated"
    code, out, _ = run_cli(capsys, "--config", demo, "case", "close", "3")
    assert (code, out) == (0, "Closed case 3.\n")
    assert status(capsys, demo, 3) == "closed"
    code, _, _ = run_cli(capsys, "--config", demo, "case", "reopen", "3")
    assert code == 0 and status(capsys, demo, 3) == "reinstated"


def test_the_demo_digest_counts_the_last_days_mail(capsys, demo: str) -> None:
    """GIVEN the demo WHEN a seller previews the digest the demo suggests (last 24 hours)
    THEN it counts only the mail of the demo's last day, not all of it."""
    code, out, err = run_cli(capsys, "--config", demo, "digest", "--client", "lumen-home")
    assert code == 0, err
    assert out.splitlines()[0] == "Lumen Home: 1 new from Amazon"
    code, out, _ = run_cli(capsys, "--config", demo, "digest", "--client", "lumen-home",
                           "--since", "60d")  # fmt: skip
    assert out.splitlines()[0] == "Lumen Home: 18 new from Amazon"


def test_closing_a_closed_case_or_reopening_an_open_one_is_an_error(capsys, demo) -> None:
    """GIVEN case 3 closed WHEN closed again THEN exit 2 with one line, nothing recorded;
    WHEN an open case is reopened THEN the same."""
    run_cli(capsys, "--config", demo, "case", "close", "3")
    code, out, err = run_cli(capsys, "--config", demo, "case", "close", "3")
    assert (code, out, err.splitlines()[-1]) == (2, "", "Error: case 3 is already closed")
    assert events(capsys, demo, 3) == ["closed"]
    code, out, err = run_cli(capsys, "--config", demo, "case", "reopen", "2")
    assert (code, out) == (2, "")
    assert err.splitlines()[-1] == "Error: case 2 is not closed (status: more_info_requested)"
    assert events(capsys, demo, 2) == []


@pytest.mark.parametrize(
    ("case_id", "why"), [(1, "other mail"), (11, "likely phishing"), (4, "likely phishing")]
)
def test_other_mail_and_phishing_cases_cannot_be_closed(capsys, demo, case_id, why) -> None:
    """GIVEN the "other mail" case or a case of likely phishing (statuses that closing
    never changed) WHEN closed THEN exit 2 naming why, nothing recorded."""
    code, _, err = run_cli(capsys, "--config", demo, "case", "close", str(case_id))
    assert code == 2 and why in err.splitlines()[-1]
    assert events(capsys, demo, case_id) == []


def test_confirming_a_grouping_that_is_not_uncertain_is_an_error(capsys, demo) -> None:
    """GIVEN a case without `?` WHEN confirmed THEN exit 2 saying there is nothing to
    confirm, and no event is recorded."""
    code, out, err = run_cli(capsys, "--config", demo, "case", "confirm", "4")
    assert (code, out) == (2, "")
    assert err.splitlines()[-1] == (
        "Error: case 4: its grouping is not uncertain; nothing to confirm"
    )
    assert events(capsys, demo, 4) == []


def test_digest_out_says_what_it_wrote_where(capsys, demo, tmp_path: Path) -> None:
    out_dir = tmp_path / "out"
    code, out, err = run_cli(capsys, "--config", demo, "digest", "--client", "lumen-home",
                             "--out", str(out_dir))  # fmt: skip
    assert code == 0, err
    [written] = out_dir.glob("*.eml")
    assert out == f"Wrote {written}: Lumen Home: 1 new from Amazon\n"


def test_digest_send_says_to_whom(capsys, demo: str) -> None:
    config = Path(demo)
    config.write_text(config.read_text().replace(
        'name = "Lumen Home"', 'name = "Lumen Home"\ndigest_to = ["ana@lumenhome.test"]'
    ))  # fmt: skip
    code, out, err = run_cli(capsys, "--config", demo, "digest", "--client", "lumen-home", "--send")
    assert code == 0, err
    assert out == "Sent to ana@lumenhome.test: Lumen Home: 1 new from Amazon\n"


@pytest.mark.parametrize("present", ["intake.db", "intake.toml"])
def test_demo_never_replaces_a_real_installation(capsys, tmp_path: Path, present) -> None:
    """GIVEN a folder holding a database or config `intake demo` did not write WHEN the demo
    is pointed at it THEN exit 2 with one line, and the file is untouched."""
    (tmp_path / present).write_bytes(b"precious")
    code, out, err = run_cli(capsys, "demo", "--dir", str(tmp_path))
    assert (code, out) == (2, "")
    assert err.splitlines()[-1].startswith(f"Error: {tmp_path}: ")
    assert (tmp_path / present).read_bytes() == b"precious"
    assert sorted(path.name for path in tmp_path.iterdir()) == [present]


def test_demo_runs_again_over_its_own_folder(capsys, demo: str) -> None:
    folder = Path(demo).parent
    code, _, err = run_cli(capsys, "demo", "--dir", str(folder))
    assert code == 0, err


def _web(demo: str, *args: str) -> subprocess.CompletedProcess[str]:
    """``intake web ARGS`` in a subprocess that must end by itself (it fails to start)."""
    command = [sys.executable, "-m", "intake", "--config", demo, "web", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


def test_web_on_a_port_in_use_is_one_line(demo: str) -> None:
    """GIVEN the port taken WHEN `intake web` starts THEN exit 1 with one line naming it."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = _web(demo, "--port", str(port))
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.splitlines()[-1].startswith(f"Error: web: cannot listen on 127.0.0.1:{port}")


@pytest.mark.parametrize(
    ("args", "says"),
    [(("--port", "99999"), "--port"), (("--host", "256.1.1.1"), "256.1.1.1")],
)
def test_web_with_an_impossible_address_is_bad_usage(demo: str, args, says) -> None:
    """An impossible port or host is exit 2 naming it: not a traceback, and not a server on
    a port other than the one it announces."""
    done = _web(demo, *args)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert says in done.stderr.splitlines()[-1]


def test_web_port_in_the_config_is_checked(capsys, demo: str) -> None:
    config = Path(demo)
    config.write_text(config.read_text() + "[web]\nport = 0\n")
    code, _, err = run_cli(capsys, "--config", demo, "cases")
    assert code == 2 and "web.port: must be from 1 to 65535, got 0" in err


def test_the_demo_clock_note_comes_only_from_commands_that_use_the_clock(capsys, demo) -> None:
    """`[clock] as_of` changes what `cases` shows, so it says so; `user list` and `templates
    check` do not depend on the time, and a note there would only be noise."""
    for command in (("user", "list"), ("templates", "check")):
        code, _, err = run_cli(capsys, "--config", demo, *command)
        assert code == 0 and "Note: as of" not in err, command
    _, _, err = run_cli(capsys, "--config", demo, "cases")
    assert err.count("Note: as of 2026-03-20") == 1


def test_case_assign_without_owner_or_none_says_which(capsys, demo) -> None:
    code, _, err = run_cli(capsys, "--config", demo, "case", "assign", "2")
    assert code == 2 and err.splitlines()[-1] == "Error: give OWNER or --none"
    code, _, err = run_cli(capsys, "--config", demo, "case", "assign", "2", "ana", "--none")
    assert code == 2 and err.splitlines()[-1] == "Error: give OWNER or --none, not both"


def test_assigning_the_owner_a_case_has_records_nothing(capsys, demo) -> None:
    """GIVEN a case without an owner WHEN assigned to nobody THEN it says so and records no
    event; the same for the owner it already has."""
    code, out, _ = run_cli(capsys, "--config", demo, "case", "assign", "2", "--none")
    assert (code, out) == (0, "Case 2: no owner (unchanged).\n")
    assert events(capsys, demo, 2) == []
    env = {"INTAKE_TEST_PW": "a-long-password-1"}
    with pytest.MonkeyPatch.context() as patch:
        for key, value in env.items():
            patch.setenv(key, value)
        run_cli(capsys, "--config", demo, "user", "add", "ana", "--role", "seller",
                "--client", "lumen-home", "--password-env", "INTAKE_TEST_PW")  # fmt: skip
    run_cli(capsys, "--config", demo, "case", "assign", "2", "ana")
    code, out, _ = run_cli(capsys, "--config", demo, "case", "assign", "2", "ana")
    assert (code, out) == (0, "Case 2: owner ana (unchanged).\n")
    assert events(capsys, demo, 2) == ["owner"]


def test_status_help_names_everything_it_shows(capsys) -> None:
    code, out, _ = run_cli(capsys, "status", "--help")
    assert code == 0
    said = " ".join(out.split())
    for shown in ("IMAP account", "backlog", "failed", "workers", "unsent digests"):
        assert shown in said, shown


def test_relabelling_with_the_same_label_says_it_confirms(capsys, demo) -> None:
    """A person giving the label the message has confirms it (it leaves the review queue
    and joins training): the output says so instead of ``other -> other``."""
    code, out, err = run_cli(capsys, "--config", demo, "relabel", "35", "other")  # phishing
    assert code == 0, err
    assert (
        out == "Message 35: other confirmed, in case 11 (joins the training data on next train).\n"
    )


def test_case_show_says_why_a_message_is_likely_phishing(capsys, demo: str) -> None:
    """GIVEN the demo's phishing case WHEN shown as text THEN each suspicious message's
    reasons are there (they were only in --json and the web app: the text said "failed
    authenticity checks" and no more, so a consultant could not tell a look-alike domain
    from a broken header)."""
    code, out, err = run_cli(capsys, "--config", demo, "case", "show", "11")
    assert code == 0, err
    assert (
        "Message 35 is likely phishing: sender domain amaz0n-seller-support.com imitates an"
        " Amazon domain" in " ".join(out.split())
    )
    _, out, _ = run_cli(capsys, "--config", demo, "case", "show", "2")
    assert "likely phishing" not in out
