"""The bundled sample mailbox and a fresh, self-contained demo installation.

``run_demo`` ingests every client folder of the sample mailbox into a new
SQLite database in a folder of its own, so a first-time user sees real
output without writing a config. The model file is kept between runs. Each
message counts as taken in when it was sent, as if intake had been running all
along: the demo's config works as of the day after the newest message, and mail
taken in "later" than that would be news in every digest and outlast every close.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from importlib import resources
from pathlib import Path

import classifiers
from intake.analyse.classifier import MODEL_FILE, load_classifier
from intake.errors import InputError
from intake.ingest.files import ingest
from intake.ingest.pipeline import IngestContext, Outcome
from intake.sources.files import read_messages, resolve_sources
from intake.store import Store, open_store, repo, views

DEMO_DB = "intake.db"
DEMO_MODEL = MODEL_FILE
DEMO_CONFIG = "intake.toml"
_MARK = "# Written by `intake demo`"  # the first line of the demo's config


@dataclass(frozen=True)
class DemoRun:
    """The demo's database, what ingest did, and the day the triage is computed for."""

    store: Store
    outcomes: list[Outcome]
    as_of: datetime


def demo_mailbox() -> Path:
    """The sample mailbox shipped with intake: one sub-folder of .eml files per client."""
    return Path(str(resources.files("intake") / "samples" / "demo"))


def run_demo(folder: Path, threshold: float = classifiers.REVIEW_THRESHOLD) -> DemoRun:
    """Ingest the sample mailbox into a fresh database under ``folder``.

    The demo's database and config are replaced on each run; a folder holding a
    database or config the demo did not write is refused, untouched.
    """
    _check_is_the_demos(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob(DEMO_DB + "*"):
        stale.unlink()
    store = open_store(f"sqlite:///{folder / DEMO_DB}")
    classifier = load_classifier(folder / DEMO_MODEL, threshold)
    outcomes: list[Outcome] = []
    client_dirs = sorted(path for path in demo_mailbox().iterdir() if path.is_dir())
    for client_dir in client_dirs:
        display = _display(client_dir.name)
        ctx = IngestContext(
            client=client_dir.name, client_display_name=display, classifier=classifier
        )
        outcomes.extend(ingest(store, read_messages(resolve_sources([client_dir])), ctx))
    with store.session() as session:
        dates = [m.sent_at for m in views.list_messages(session) if m.sent_at is not None]
    newest = max(dates) if dates else datetime.now().astimezone()
    with store.session() as session:
        repo.taken_in_when_sent(session, min(dates, default=newest))
    as_of = newest + timedelta(days=1)
    _write_config(folder, [(path.name, _display(path.name)) for path in client_dirs], as_of)
    return DemoRun(store=store, outcomes=outcomes, as_of=as_of)


def _check_is_the_demos(folder: Path) -> None:
    """``InputError`` when ``folder`` holds an intake database or config not the demo's."""
    config, database = folder / DEMO_CONFIG, folder / DEMO_DB
    try:
        ours = config.read_text(encoding="utf-8", errors="replace").startswith(_MARK)
    except FileNotFoundError:
        ours = False
    except OSError as err:
        raise InputError(f"{config}: cannot read ({err.strerror})") from err
    if (config.exists() or database.exists()) and not ours:
        raise InputError(
            f"{folder}: holds an intake database or config that `intake demo` did not write;"
            " choose another --dir (nothing was changed)"
        )


def display_name(client: str) -> str:
    """The demo client's display name, as its config gives it: ``Lumen Home``."""
    return _display(client)


def _display(client: str) -> str:
    return client.replace("-", " ").title()


def _write_config(folder: Path, clients: list[tuple[str, str]], as_of: datetime) -> None:
    """A config naming the demo's database, model and clients, so that every other
    command can explore the demo: ``intake --config intake-demo/intake.toml cases``.

    ``[clock] as_of`` keeps those commands on the demo's "as of" time, so they agree
    with the table ``intake demo`` printed (the sample mail does not move with today).
    """
    lines = [
        f"{_MARK}; relative paths are relative to this folder.",
        f'[database]\nurl = "sqlite:///{DEMO_DB}"',
        f'[classifier]\nmodel_path = "{DEMO_MODEL}"',
        "# Every command run with this config works as of the demo's date, not today;"
        " delete\n# these two lines to see the demo as of the real time.",
        f'[clock]\nas_of = "{as_of.isoformat()}"',
    ]
    lines += [f'[clients.{name}]\nname = "{display}"' for name, display in clients]
    (folder / DEMO_CONFIG).write_text("\n".join(lines) + "\n", encoding="utf-8")
