"""Does this code's ``intake classify --json`` print the same bytes as another checkout's?

Run: ``.venv/bin/python bench/classify_same.py BASELINE [PATH...] [--model PATH]``

A speed-up of classify must not change a single verdict: this runs ``intake classify
--json`` of each PATH (default: the shipped corpus, the demo mailboxes and a Maildir of
5,000 ``mailgen`` messages) with ``BASELINE``'s code (another checkout, e.g. ``git archive
main | tar -x -C /tmp/base``) and with this checkout's, with ``--jobs 1`` and ``--jobs 2``,
each in a fresh process with the same model file, and says for each whether stdout is
byte for byte the same. Exits 1 when any differs. Nothing is timed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(HERE))

import classifiers  # noqa: E402  (path set above so a checkout runs without install)
from bench.mailgen import write_maildir  # noqa: E402


def classified(code: Path, config: Path, path: Path, *args: str) -> bytes:
    """stdout of ``intake classify --json`` of ``path`` with the code in ``code``."""
    command = [sys.executable, "-c", "from intake.cli import main; main()", "--config",
               str(config), "classify", "--json", *args, str(path)]  # fmt: skip
    # From the config's folder: ``-c`` puts the working directory first on sys.path.
    env = {**os.environ, "PYTHONPATH": str(code)}
    done = subprocess.run(command, capture_output=True, check=True, env=env, cwd=config.parent)
    return done.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("baseline", type=Path)
    parser.add_argument("paths", type=Path, nargs="*")
    parser.add_argument("--model", type=Path, help="model file (default: trained into a temp dir)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        paths = [path.resolve() for path in args.paths]
        if not paths:
            write_maildir(folder / "Maildir", 5000, seed=7)
            demo = HERE / "intake" / "samples" / "demo"
            paths = [classifiers.default_corpus_dir(), demo, folder / "Maildir"]
        model = folder / "model.npz"
        if args.model:
            shutil.copy(args.model, model)
        else:
            classifiers.save(classifiers.load_or_train(model), model)
        config = folder / "intake.toml"
        config.write_text(f'[classifier]\nmodel_path = "{model}"\n', encoding="utf-8")
        differs = False
        for path in paths:
            before = classified(args.baseline.resolve(), config, path)
            for jobs in ("1", "2"):
                after = classified(HERE, config, path, "--jobs", jobs)
                same = after == before
                differs = differs or not same
                lines = before.count(b"\n")
                print(f"{path} --jobs {jobs}: {'same' if same else 'DIFFERENT'} ({lines} verdicts)")
        sys.exit(1 if differs else 0)


if __name__ == "__main__":
    main()
