"""Headless Chromium from Debian's packages, driven by Playwright, for the browser tests.

The browser is the system's (``/usr/bin/chromium``, installed by
``scripts/install-test-servers``); Playwright never downloads one. When it
or the ``playwright`` package is missing the tests are skipped, unless
``INTAKE_REQUIRE_SERVERS=1`` (CI) makes that a failure. ``INTAKE_CHROMIUM``
names another browser binary. Each test gets a
live ``intake web`` (waitress, in a thread) over a seeded SQLite database.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from intake.analyse.classifier import Classifier
from intake.config import DraftsConfig
from tests.conftest import servers_required
from tests.integration.web import PASSWORD, LiveServer, Seeded, make_app, seed

CHROMIUM = os.environ.get("INTAKE_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"


def _missing(reason: str) -> None:
    if servers_required():
        pytest.fail(f"{reason} (INTAKE_REQUIRE_SERVERS=1); run scripts/install-test-servers")
    pytest.skip(f"{reason}; run scripts/install-test-servers")


@pytest.fixture(scope="session")
def chromium() -> Iterator[object]:
    """One headless Chromium for the session."""
    if not Path(CHROMIUM).exists():
        _missing(f"Chromium not found at {CHROMIUM}")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("the playwright package is not installed")
    driver = sync_playwright().start()
    browser = driver.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
    yield browser
    browser.close()
    driver.stop()


@pytest.fixture
def site(chromium, tmp_path: Path, classifier: Classifier) -> Iterator[tuple[str, Seeded]]:
    """A live server over a seeded SQLite store: its base URL and the seed (no browser, no
    server: the skip comes before the seeding)."""
    found = seed(f"sqlite:///{tmp_path / 'intake.db'}", classifier)
    found = replace(
        found, config=replace(found.config, drafts=DraftsConfig(include_needs_review=True))
    )
    with LiveServer(make_app(found)) as server:
        yield server.url, found
    found.store.close()


@pytest.fixture
def page(chromium):
    """A fresh browser context (no cookies) and page per test."""
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    yield context.new_page()
    context.close()


def sign_in(page, url: str, name: str, password: str = PASSWORD) -> None:
    """Open the site and sign in through the form."""
    page.goto(url + "/")
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", password)
    page.click("form.login button[type=submit]")
