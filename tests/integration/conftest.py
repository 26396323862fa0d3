"""Fixtures of the integration tests: the demo's database, made once per module and
copied fresh for each test, to explore as `intake --config intake-demo/intake.toml` does."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from intake.install.demo import run_demo


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory, model_path: Path) -> Path:
    """The demo's folder, made once for the module."""
    folder = tmp_path_factory.mktemp("demo")
    shutil.copy(model_path, folder / "intake-model.npz")
    run_demo(folder).store.close()
    return folder


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> str:
    """A fresh copy of the demo; its config's path."""
    folder = tmp_path / "demo"
    shutil.copytree(demo_template, folder)
    return str(folder / "intake.toml")
