"""Retake the README's pictures of the web app (docs/web-triage.png, docs/web-case.png).

Run: .venv/bin/python scripts/screenshots.py [--case N]

Builds the demo (``intake demo``) in a folder under /tmp, adds a consultant who sees
both demo clients, serves ``intake web`` on a free loopback port and photographs the
triage page and one case in Debian's headless Chromium (``scripts/install-test-servers``
installs it; ``INTAKE_CHROMIUM`` names another binary). Retake them whenever the demo's
cases or the pages change, so the README shows what a new user sees.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
INTAKE = [sys.executable, "-m", "intake"]
CHROMIUM = os.environ.get("INTAKE_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
WIDTH = 1100
PASSWORD = "screenshots-only-password"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(port: int, server: subprocess.Popen, seconds: float = 30.0) -> None:
    """Until ``intake web`` accepts connections; its own error if it exits first."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit(f"intake web exited with {server.returncode}")
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    sys.exit(f"intake web did not listen on port {port} within {seconds:.0f} s")


def photograph(url: str, case: int, out: Path) -> None:
    """Sign in as the consultant, then the triage page and the case with a draft, each cut
    to its top."""
    with sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": WIDTH, "height": 900})
        page.goto(url + "/")
        page.fill("input[name=name]", "carla")
        page.fill("input[name=password]", PASSWORD)
        page.click("form.login button[type=submit]")
        page.wait_for_load_state()
        page.screenshot(path=out / "web-triage.png", clip=_clip(520))
        page.goto(f"{url}/cases/{case}")
        page.get_by_role("button", name="Draft reply").click()  # as a consultant would first
        page.wait_for_load_state()
        page.screenshot(path=out / "web-case.png", clip=_clip(860))
        browser.close()


def _clip(height: int) -> dict[str, int]:
    return {"x": 0, "y": 0, "width": WIDTH, "height": height}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--case", type=int, default=12, help="the case to photograph (the demo's order defect case)"
    )
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    args = parser.parse_args()
    if not Path(CHROMIUM).exists():
        sys.exit(f"Chromium not found at {CHROMIUM}: run scripts/install-test-servers")
    folder = Path(tempfile.mkdtemp(prefix="intake-screenshots-"))
    try:
        demo = folder / "demo"
        subprocess.run(  # its table is not wanted; its errors are
            [*INTAKE, "demo", "--dir", str(demo)], check=True, stdout=subprocess.DEVNULL
        )
        config = ["--config", str(demo / "intake.toml")]
        env = {**os.environ, "INTAKE_SCREENSHOT_PASSWORD": PASSWORD}
        subprocess.run(
            [*INTAKE, *config, "user", "add", "carla", "--role", "consultant",
             "--client", "northwind-outdoor", "--client", "lumen-home",
             "--password-env", "INTAKE_SCREENSHOT_PASSWORD"],
            check=True, env=env,
        )  # fmt: skip
        port = free_port()
        server = subprocess.Popen([*INTAKE, *config, "web", "--port", str(port)])
        try:
            wait_for(port, server)
            photograph(f"http://127.0.0.1:{port}", args.case, args.out)
        finally:
            server.terminate()
            server.wait(timeout=10)
        print(f"wrote {args.out / 'web-triage.png'} and {args.out / 'web-case.png'}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
