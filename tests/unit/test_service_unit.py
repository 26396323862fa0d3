"""contrib/intake.service matches the README's install: paths, writable folder, hardening."""

from __future__ import annotations

import configparser
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text()


def _service() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # systemd keys are case-sensitive
    parser.read_string((ROOT / "contrib" / "intake.service").read_text())
    return parser["Service"]


def _install_block() -> str:
    section = README.split("### Running the daemon", 1)[1]
    return section.split("```", 2)[1]


def test_unit_runs_the_intake_the_readme_installs() -> None:
    """ExecStart's program is the virtualenv the README's install creates, and the config
    path is the one the README installs the config to."""
    service = _service()
    program = service["ExecStart"].split()[0]
    venv = program.removesuffix("/bin/intake")
    block = _install_block()
    assert program.endswith("/bin/intake") and f"python3 -m venv {venv}" in block
    assert service["ExecStartPre"].split()[0] == program
    config = service["Environment"].removeprefix("INTAKE_CONFIG=")
    assert f" {config}" in block


def test_the_data_folder_is_writable_and_home_is_consistently_hidden() -> None:
    """The working folder (where intake writes) is writable under ProtectSystem=strict, and
    with ProtectHome=true no path the unit uses lies under /home or /root."""
    service = _service()
    writable = service["ReadWritePaths"].split()
    assert service["WorkingDirectory"] in writable
    assert service["ProtectSystem"] == "strict" and service["ProtectHome"] == "true"
    paths = re.findall(r"/[\w./-]+", "\n".join(service.values()))
    assert not [path for path in paths if path.startswith(("/home", "/root"))]
    assert service["WorkingDirectory"] in README.split("### Running the daemon", 1)[1]


def test_reload_sends_sighup() -> None:
    """`systemctl reload intake` re-reads the config (SIGHUP), as the README says."""
    assert "-HUP" in _service()["ExecReload"]
    assert "systemctl reload intake" in README


def test_readme_says_how_to_run_intake_after_the_quick_start() -> None:
    """After `scripts/demo`, the README's commands work as written: it names
    `.venv/bin/intake` or how to put it on PATH."""
    using = README.split("## Using intake", 1)[1].split("###", 1)[0]
    assert ".venv/bin/intake" in using and "source .venv/bin/activate" in using
