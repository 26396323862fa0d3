"""Libraries' chatter stays out of a user's terminal: mail-parser, whose warnings about
MIME parts it does not handle ("Email content 'mixed' not handled") mean nothing to a
seller, and intake records such problems as defects itself."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from intake.install.demo import demo_mailbox

# An analysis worker started by the fork server (``intake run``, whose threads rule out
# forking) begins with no logging set up, where Python prints any warning bare.
_WORKERS = """
import sys, threading, time
from pathlib import Path
from intake.analyse.classifier import load_classifier
from intake.analyse.files import classify_messages
from intake.logs import configure_logging
from intake.mail.notice import Origin, RawMessage

if __name__ == "__main__":
    configure_logging("INFO", "text")
    threading.Thread(target=time.sleep, args=(60,), daemon=True).start()
    raw = Path(sys.argv[2]).read_bytes()
    raws = [RawMessage(raw, Origin("file", path=f"m{i}")) for i in range(30)]
    classifier = load_classifier(Path(sys.argv[1]), 0.87)
    print(sum(1 for _ in classify_messages(raws, classifier, jobs=2)))
"""


def test_mail_parser_warnings_stay_out_of_an_analysis_workers_stderr(
    tmp_path: Path, model_path: Path
) -> None:
    """Messages mail-parser warns about, analysed in fork-server workers, print nothing."""
    malformed = next((demo_mailbox() / "lumen-home").glob("08-*.eml"))
    script = tmp_path / "workers.py"
    script.write_text(_WORKERS)
    done = subprocess.run(
        [sys.executable, str(script), str(model_path), str(malformed)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "30"
    assert "not handled" not in done.stderr and done.stderr == ""


def test_mail_parser_warnings_stay_out_of_a_library_callers_stderr() -> None:
    """Code that parses mail with intake as a library (a script, ``bench/``) and sets up
    no logging sees no mail-parser warning either; what it sets up later still gets them."""
    malformed = next((demo_mailbox() / "lumen-home").glob("08-*.eml"))
    script = (
        "import logging, sys\n"
        "from pathlib import Path\n"
        "from intake.mail.parse import parse\n"
        "raw = Path(sys.argv[1]).read_bytes()\n"
        "parse(raw)\n"
        "print('quiet', file=sys.stderr)\n"
        "logging.basicConfig(level=logging.WARNING, format='%(name)s %(message)s')\n"
        "parse(raw)\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(malformed)],
                          capture_output=True, text=True, timeout=60, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    before, _, after = done.stderr.partition("quiet\n")
    assert before == ""
    assert "mailparser" in after and "not handled" in after
