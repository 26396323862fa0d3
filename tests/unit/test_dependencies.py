"""Installs are reproducible: every imported package is declared, every version pinned.

A package that works only because another one happens to pull it in breaks the day
that one drops it; an unpinned formatter fails CI the day it is released.
"""

import ast
import importlib.metadata
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OURS = {"intake", "classifiers", "templates"}


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirement_name(requirement: str) -> str:
    match = re.match(r"[A-Za-z0-9._-]+", requirement)
    assert match, requirement
    return _canonical(match.group(0))


def _declared() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    requirements = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        requirements.extend(extra)
    return {_requirement_name(r) for r in requirements}


def _imported_top_levels(*folders: str) -> set[str]:
    names: set[str] = set()
    for folder in folders:
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    names.update(alias.name.split(".")[0] for alias in node.names)
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names.add(node.module.split(".")[0])
    return names - set(sys.stdlib_module_names) - OURS


def _is_ours(module: str) -> bool:
    """Folders of this repository (bench, tests) and the helper modules in tests/."""
    return (ROOT / module).is_dir() or (ROOT / "tests" / f"{module}.py").exists()


def test_every_imported_package_is_declared():
    distributions = importlib.metadata.packages_distributions()
    declared = _declared()
    undeclared = {}
    for module in _imported_top_levels("intake", "classifiers", "tests"):
        if _is_ours(module):
            continue
        # An optional extra that is not installed here (keyring) goes by its module name.
        owners = {_canonical(d) for d in distributions.get(module, [module])}
        if not owners & declared:
            undeclared[module] = sorted(owners)
    assert undeclared == {}


def test_constraints_pin_every_package_exactly():
    lines = [
        line.strip()
        for line in (ROOT / "constraints.txt").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    loose = [line for line in lines if not re.fullmatch(r"[A-Za-z0-9._-]+==[^\s=<>!~,]+", line)]
    assert loose == []
    pinned = {_requirement_name(line) for line in lines}
    # Everything bootstrap installs from pyproject must be constrained, not only some.
    assert _declared() - {"keyring"} <= pinned


def test_ruff_is_pinned_to_the_constrained_version():
    test_extra = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"][
        "optional-dependencies"
    ]["test"]
    ruff = [r for r in test_extra if _requirement_name(r) == "ruff"]
    assert len(ruff) == 1 and "==" in ruff[0]
    assert ruff[0].replace(" ", "") in (ROOT / "constraints.txt").read_text().splitlines()
