"""How fast do commands start? Run: .venv/bin/python bench/startup.py

Prints, best of ``REPEATS`` runs each (wall clock and the process's own CPU
time, since on a shared machine the wall clock mostly measures the neighbours):

- ``intake --help`` (targets: under 0.3 s);
- loading the model file in a fresh process (import included) and in-process;
- ``intake cases`` on a temporary SQLite database holding 1,000 cases of three
  messages each, written here through the store's own models (target 0.7 s).
"""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
REPEATS = 5
CASES = 1000
INTAKE = [sys.executable, "-c", "import sys; from intake.cli import main; sys.exit(main())"]


def timed(args: list[str], check: bool = True) -> tuple[float, float]:
    """Best wall-clock and best CPU seconds of running ``args`` ``REPEATS`` times."""
    walls, cpus = [], []
    for _ in range(REPEATS):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        quiet = None if check else subprocess.DEVNULL  # an expected failure's one line
        subprocess.run(args, check=check, stdout=subprocess.DEVNULL, stderr=quiet, cwd=ROOT)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return min(walls), min(cpus)


def model_file(folder: Path) -> Path:
    """A model trained on the shipped corpus, saved in ``folder``."""
    from classifiers import save, train

    model = train()
    assert model is not None
    path = folder / "model.npz"
    save(model, path)
    return path


def load_times(path: Path) -> tuple[float, float, float]:
    """Fresh-process load (wall, CPU), with the import of classifiers; in-process load."""
    code = f"import classifiers; classifiers.load({str(path)!r})"
    wall, cpu = timed([sys.executable, "-c", code])
    import classifiers

    best = float("inf")
    for _ in range(REPEATS):
        start = time.perf_counter()
        classifiers.load(path)
        best = min(best, time.perf_counter() - start)
    return wall, cpu, best


def case_database(folder: Path, model: Path) -> Path:
    """A config on a fresh SQLite database with ``CASES`` cases of three messages each."""
    from intake.store import open_store
    from intake.store.models import ClientRow

    url = f"sqlite:///{folder / 'intake.db'}"
    store = open_store(url)
    with store.session() as session:
        client = ClientRow(name="default", display_name="Bench Seller")
        session.add(client)
        session.flush()
        for n in range(CASES):
            add_case(session, client.id, n)
    store.close()
    config = folder / "intake.toml"
    config.write_text(f'[database]\nurl = "{url}"\n[classifier]\nmodel_path = "{model}"\n')
    return config


def add_case(session, client_id: int, n: int) -> None:  # noqa: ANN001
    """Case ``n``: a suspension, a request for documents, a denial, an hour apart per case."""
    from intake.store.models import CaseRow, MessageRow

    opened = datetime(2026, 1, 5, tzinfo=UTC) + timedelta(hours=n)
    asin = f"B0BENCH{n:04d}"
    case = CaseRow(
        client_id=client_id,
        title=f"Listing {asin}",
        kind="notice",
        asins=[asin],
        opened_at=opened,
        updated_at=opened,
    )
    session.add(case)
    session.flush()
    for i, label in enumerate(("suspension", "need_more_info", "generic_denial")):
        session.add(
            MessageRow(
                client_id=client_id,
                case_id=case.id,
                content_hash=f"{n}-{i}",
                message_id=f"<bench-{n}-{i}@amazon.com>",
                label=label,
                sender="seller-performance@amazon.com",
                subject=f"Notice {n}",
                sent_at=opened + timedelta(days=i),
                confidence=0.95,
                facts={"asins": [asin]},
            )
        )


def closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def take_in_config(folder: Path, model: Path) -> Path:
    """A config with one plaintext loopback IMAP account whose server is not there."""
    config = folder / "take-in.toml"
    config.write_text(
        f'[database]\nurl = "sqlite:///{folder / "take-in.db"}"\n'
        f'[classifier]\nmodel_path = "{model}"\n'
        "[imap]\nconnect_timeout = 3.0\n"
        '[clients.bench]\nname = "Bench Seller"\n[[clients.bench.accounts]]\n'
        f'name = "bench-inbox"\nhost = "127.0.0.1"\nport = {closed_port()}\n'
        'tls = "plain"\nusername = "bench"\npassword = "bench"\n'
    )
    config.chmod(0o600)
    return config


def main() -> None:
    wall, cpu = timed([*INTAKE, "--help"])
    print(f"intake --help:                    {wall:5.2f} s wall, {cpu:5.2f} s CPU (target 0.3 s)")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        path = model_file(folder)
        wall, cpu, inside = load_times(path)
        size = path.stat().st_size / 1e6
        print(
            f"model load, fresh process:        {wall:5.2f} s wall, {cpu:5.2f} s CPU"
            f" (file {size:.1f} MB, import included)"
        )
        print(f"model load, in process:           {inside:5.3f} s")
        config = case_database(folder, path)
        wall, cpu = timed([*INTAKE, "--config", str(config), "cases"])
        print(
            f"intake cases, {CASES} cases:       {wall:5.2f} s wall, {cpu:5.2f} s CPU"
            " (target 0.7 s)"
        )
        config = take_in_config(folder, path)
        wall, cpu = timed([*INTAKE, "--config", str(config), "poll", "--take-in-only"], False)
        print(f"intake poll --take-in-only:       {wall:5.2f} s wall, {cpu:5.2f} s CPU (no mail)")
        wall, cpu = timed([*INTAKE, "--config", str(config), "status"])
        print(f"intake status:                    {wall:5.2f} s wall, {cpu:5.2f} s CPU")


if __name__ == "__main__":
    main()
