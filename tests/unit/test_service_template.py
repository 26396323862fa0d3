"""contrib/intake@.service: N named workers with the single unit's layout and hardening."""

from __future__ import annotations

import configparser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _units() -> tuple[configparser.SectionProxy, configparser.SectionProxy]:
    found = []
    for name in ("intake.service", "intake@.service"):
        parser = configparser.ConfigParser(strict=False, interpolation=None)
        parser.optionxform = str  # systemd keys are case-sensitive
        parser.read_string((ROOT / "contrib" / name).read_text())
        found.append(parser["Service"])
    return found[0], found[1]


def test_each_instance_runs_a_worker_named_after_host_and_instance() -> None:
    single, template = _units()
    assert template["ExecStart"] == f"{single['ExecStart']} --name %H-%i"
    # Workers do not migrate from ExecStartPre: `intake init` runs once, by hand.
    assert "ExecStartPre" not in template


def test_the_template_keeps_the_single_units_paths_and_hardening() -> None:
    single, template = _units()
    same = {
        key: value
        for key, value in single.items()
        if key not in ("ExecStartPre", "ExecStart", "RestartSec")
    }
    assert {key: template.get(key) for key in same} == same
