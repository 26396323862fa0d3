"""classify, train, eval, relabel, reprocess through the ``intake`` command."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from classifiers import TEXT_LABELS, default_corpus_dir
from intake.analyse import files
from intake.install.demo import demo_mailbox
from intake.store import open_store
from intake.store.models import CaseRow, CorrectionRow, MessageRow
from tests.cli import run_cli as run

CLASSIFY_KEYS = {"path", "message_id", "label", "confidence", "scores", "needs_review", "resent_of"}


@pytest.fixture
def small_corpus(tmp_path: Path) -> Path:
    """A few shipped examples per label from several families: 12 to train on, 4 held out."""
    root = tmp_path / "corpus"
    for label in TEXT_LABELS:
        files = sorted((default_corpus_dir() / "train" / label).glob("*.eml"))
        spread = files[:: max(1, len(files) // 16)][:16]
        for split, chosen in (("train", spread[:12]), ("heldout", spread[12:])):
            target = root / split / label
            target.mkdir(parents=True, exist_ok=True)
            for source in chosen:
                shutil.copy(source, target / source.name)
    return root


@pytest.fixture
def config(tmp_path: Path, model_path: Path) -> Path:
    """A config on a fresh SQLite database with a private copy of the trained model."""
    model = tmp_path / "model.npz"
    shutil.copy(model_path, model)
    path = tmp_path / "intake.toml"
    path.write_text(
        f'[database]\nurl = "sqlite:///{tmp_path / "intake.db"}"\n'
        f'[classifier]\nmodel_path = "{model}"\n'
    )
    return path


def test_classify_json_stores_nothing_and_finds_resent(
    capsys, config: Path, tmp_path: Path
) -> None:
    """classify --json gives every field; a later copy of a notice is resent of the earlier file;
    the database the config names, which does not exist, is not created to read corrections."""
    folder = demo_mailbox() / "northwind-outdoor"
    files = [
        folder / "08-need-info-ip-invoices.eml",
        folder / "15-need-info-ip-invoices-resent.eml",
    ]
    code, out, err = run(capsys, "--config", str(config), "classify", "--json", *map(str, files))
    assert code == 0, err
    first, second = (json.loads(line) for line in out.splitlines())
    assert set(first) >= CLASSIFY_KEYS and set(first["scores"]) == set(TEXT_LABELS)
    assert first["label"] == "need_more_info" and first["resent_of"] is None
    assert second["label"] == "resent" and second["resent_of"] == str(files[0])
    assert {"asins", "deadline", "requested"} <= set(first["facts"])
    assert first["authenticity"]["verdict"] == "ok"
    assert not (tmp_path / "intake.db").exists()


def test_relabel_then_train_then_up_to_date(capsys, config: Path, small_corpus: Path) -> None:
    """A relabel is applied and recorded; train includes it once, then reports up to date."""
    run(capsys, "--config", str(config), "ingest", str(demo_mailbox() / "lumen-home"))
    code, out, err = run(capsys, "--config", str(config), "relabel", "1", "need_more_info")
    assert code == 0, err
    assert "-> need_more_info" in out
    store = open_store(f"sqlite:///{config.parent / 'intake.db'}")
    with store.session() as session:
        row = session.get(MessageRow, 1)
        assert (row.label, row.label_source) == ("need_more_info", "person")
        assert session.query(CorrectionRow).count() == 1
    store.close()
    args = ("--config", str(config), "train", "--corpus", str(small_corpus))
    code, out, err = run(capsys, *args)
    assert code == 0 and "Trained model" in out and "(1 correction(s))" in out, err
    code, out, _ = run(capsys, *args)
    assert code == 0 and "up to date" in out


def test_relabel_moves_the_message_to_the_case_its_label_calls_for(capsys, config: Path) -> None:
    """A payment notice relabelled as a suspension leaves "Other mail" for a case of its own,
    and goes back when relabelled "other"; a re-send link does not survive a new label."""
    run(capsys, "--config", str(config), "ingest", str(demo_mailbox() / "lumen-home"))
    database = f"sqlite:///{config.parent / 'intake.db'}"

    def placed(pk: int) -> tuple[str, int, int | None]:
        store = open_store(database)
        with store.session() as session:
            row = session.get(MessageRow, pk)
            kind = session.get(CaseRow, row.case_id).kind
            found = (kind, row.case_id, row.resent_of_id)
        store.close()
        return found

    general = placed(1)
    assert general[0] == "general"
    code, out, _ = run(capsys, "--config", str(config), "relabel", "1", "suspension")
    moved = placed(1)
    assert code == 0 and moved[0] == "notice" and f"in case {moved[1]}" in out
    run(capsys, "--config", str(config), "relabel", "1", "other")
    assert placed(1) == general
    _, out, _ = run(capsys, "--config", str(config), "messages", "--label", "resent", "--json")
    resent = json.loads(out.splitlines()[0])
    assert resent["resent_of"] is not None
    run(capsys, "--config", str(config), "relabel", str(resent["id"]), "need_more_info")
    assert placed(resent["id"])[2] is None


def test_relabel_unknown_message_is_exit_2(capsys, config: Path) -> None:
    """Relabelling a message that does not exist names it and exits 2."""
    code, _, err = run(capsys, "--config", str(config), "relabel", "<nope@x>", "other")
    assert code == 2 and "message <nope@x>: no such message" in err


def test_reprocess_keeps_person_labels_and_dry_run_writes_nothing(capsys, config: Path) -> None:
    """reprocess --dry-run counts; a real run rewrites model labels but never a person's."""
    run(capsys, "--config", str(config), "ingest", str(demo_mailbox() / "lumen-home"))
    run(capsys, "--config", str(config), "relabel", "5", "reinstatement")
    code, out, _ = run(capsys, "--config", str(config), "reprocess", "--dry-run")
    # the model, taught the person's label, reads message 5 as a reinstatement now: ingest
    # would store no resent key for it, so reprocess drops the one stored
    assert code == 0 and "would change 0 label(s), 1 resent key(s)" in out
    store = open_store(f"sqlite:///{config.parent / 'intake.db'}")
    with store.session() as session:
        session.get(MessageRow, 2).label = "other"  # as if an older model had said so
    code, out, _ = run(capsys, "--config", str(config), "reprocess", "--dry-run")
    assert "would change 1 label(s)" in out
    with store.session() as session:
        assert session.get(MessageRow, 2).label == "other"
    code, out, _ = run(capsys, "--config", str(config), "reprocess")
    assert code == 0 and "changed 1 label(s)" in out
    with store.session() as session:
        assert session.get(MessageRow, 2).label == "suspension"
        assert session.get(MessageRow, 5).label == "reinstatement"
        assert session.get(MessageRow, 5).resent_key is None
    store.close()


def test_eval_json_reports_both_splits(capsys, small_corpus: Path) -> None:
    """eval --json has per-label scores, macro-F1 and a confusion matrix for both splits."""
    code, out, err = run(capsys, "eval", "--corpus", str(small_corpus), "--folds", "3", "--json")
    assert code == 0, err
    report = json.loads(out)
    text = json.dumps(report)
    assert "macro_f1" in text and "confusion" in text
    assert len(out.splitlines()) == 1


def test_eval_with_too_few_examples_says_so(capsys, small_corpus: Path) -> None:
    """More folds than examples of a label: one line naming the fix, exit 2, no traceback."""
    code, out, err = run(capsys, "eval", "--corpus", str(small_corpus), "--folds", "13")
    assert code == 2 and out == ""
    assert "13-fold cross-validation needs at least 13 examples of each label" in err
    assert len(err.strip().splitlines()) == 1


def test_corpus_folder_without_a_train_split_is_bad_input(capsys, tmp_path: Path) -> None:
    code, _, err = run(capsys, "eval", "--corpus", str(tmp_path))
    assert code == 2 and err.startswith("Error: --corpus: ")


def test_a_model_trained_on_an_own_corpus_stays_in_use(
    capsys, config: Path, small_corpus: Path
) -> None:
    """After `train --corpus DIR`, later commands keep that model instead of rebuilding the
    shipped corpus's one behind the seller's back."""
    code, out, err = run(capsys, "--config", str(config), "train", "--corpus", str(small_corpus))
    assert code == 0 and "Trained model" in out, err
    trained = out.split("Trained model ", 1)[1].split(" ", 1)[0]
    sample = demo_mailbox() / "lumen-home" / "02-suspension-related-accounts.eml"
    code, _, err = run(capsys, "--config", str(config), "classify", str(sample))
    assert code == 0, err
    code, out, _ = run(capsys, "--config", str(config), "train", "--dry-run")
    assert code == 0 and f"Model {trained} is up to date" in out


def test_eval_threshold_prints_the_recommended_review_threshold(capsys, small_corpus: Path) -> None:
    """eval --threshold prints one number, the one --json gives with its two rates."""
    code, out, err = run(capsys, "eval", "--corpus", str(small_corpus), "--threshold")
    assert code == 0, err
    threshold = float(out.strip())
    assert 0.5 <= threshold < 1.0 and len(out.splitlines()) == 1
    args = ("eval", "--corpus", str(small_corpus), "--threshold", "--json")
    code, out, err = run(capsys, *args)
    found = json.loads(out)
    assert found["threshold"] == threshold
    assert 0.0 <= found["automatic"] <= 1.0 and found["confident_wrong"] <= 0.03


def test_eval_headline_is_leave_one_family_out(capsys, small_corpus: Path) -> None:
    code, out, err = run(capsys, "eval", "--corpus", str(small_corpus), "--folds", "3")
    assert code == 0, err
    # one family at a time, or (more families than --family-folds) families dealt into folds
    first = out.splitlines()[0]
    assert first.startswith(("leave-one-family-out (", "leave-families-out (")), first
    assert "recommended review_threshold" in out and "per language:" in out
    assert out.index("-out (") < out.index("cross-validation (3 folds)")


def test_old_default_model_file_gets_a_note_and_a_new_file(
    tmp_path: Path, small_corpus: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """GIVEN an install on the old default, intake-model.pkl, WHEN the classifier loads with
    the new default THEN a model is built at intake-model.npz and one warning says the old
    file is no longer read (doctor says it too before the build)."""
    import logging

    from intake.analyse.classifier import MODEL_FILE, legacy_model_note, load_classifier
    from intake.config import ClassifierConfig, Config
    from intake.install.doctor import check_model

    (tmp_path / "intake-model.pkl").write_bytes(b"\x80 an old pickled model")
    path = tmp_path / MODEL_FILE
    assert MODEL_FILE == "intake-model.npz"
    assert legacy_model_note(tmp_path / "elsewhere.npz") is None
    config = Config(classifier=ClassifierConfig(model_path=str(path)))
    check = check_model(config)
    assert not check.ok and "intake-model.pkl is no longer read" in check.detail
    with caplog.at_level(logging.WARNING, logger="intake.analyse.classifier"):
        classifier = load_classifier(path, 0.6, corpus_dir=small_corpus)
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    old = tmp_path / "intake-model.pkl"
    assert warnings == [
        f"{old} is no longer read (the model file is now {MODEL_FILE}); it may be deleted"
    ]
    assert path.exists() and classifier.model.n_examples > 0


def test_classify_gives_the_same_output_on_every_number_of_processes(
    capsys, config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--jobs 2 (forked workers) prints byte for byte what --jobs 1 prints, in the same order,
    re-sends included: small batches put a notice and its re-send in different workers."""
    monkeypatch.setattr(files, "BATCH_SIZE", 7)
    corpus = sorted((default_corpus_dir() / "train").rglob("*.eml"))[::25]
    paths = [str(demo_mailbox()), *map(str, corpus)]
    code, one, err = run(capsys, "--config", str(config), "classify", "--json", "--jobs", "1",
                         *paths)  # fmt: skip
    assert code == 0, err
    code, two, err = run(capsys, "--config", str(config), "classify", "--json", "--jobs", "2",
                         *paths)  # fmt: skip
    assert code == 0, err
    verdicts = [json.loads(line) for line in one.splitlines()]
    assert len(verdicts) == 49 + len(corpus)
    assert sum(verdict["resent_of"] is not None for verdict in verdicts) >= 2
    assert two == one


def test_classify_names_each_file_it_could_not_read(capsys, config: Path, tmp_path: Path) -> None:
    """An empty file or one without mail headers used to be a row like any other
    (`other*  0.00  ok`) with no word of why. Now each gets one `Warning:` line naming it
    and why, as `intake ingest` says it, and its row says `unparseable`, not a verdict."""
    (tmp_path / "empty.eml").write_bytes(b"")
    (tmp_path / "notes.eml").write_bytes(b"\x00\x01 not mail at all\n")
    good = demo_mailbox() / "northwind-outdoor" / "08-need-info-ip-invoices.eml"
    paths = [str(tmp_path / "empty.eml"), str(tmp_path / "notes.eml"), str(good)]
    code, out, err = run(capsys, "--config", str(config), "classify", *paths)
    assert code == 0, err
    assert f"Warning: {paths[0]}: empty message" in err.splitlines()
    assert f"Warning: {paths[1]}: no mail headers" in err.splitlines()
    rows = {line.split()[0]: line.split()[1:] for line in out.splitlines()[1:]}
    assert rows[paths[0]] == ["unparseable", "-", "-", "-"]
    assert rows[paths[1]] == ["unparseable", "-", "-", "-"]
    assert rows[str(good)][0] == "need_more_info"
    code, out, err = run(capsys, "--config", str(config), "classify", "--json", paths[0])
    assert json.loads(out)["error"] and f"Warning: {paths[0]}: empty message" in err


def test_eval_on_a_terminal_shows_how_far_it_is(capsys, monkeypatch, small_corpus: Path) -> None:
    """eval fits a model per fold, a minute or more on the shipped corpus, and said nothing
    meanwhile; on a terminal a progress line counts the folds (and is cleared at the end)."""
    import sys

    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    code, out, err = run(capsys, "eval", "--corpus", str(small_corpus), "--folds", "3")
    assert code == 0, err
    assert "\reval: leave-one-family-out, fold 1 of " in err
    assert "\reval: cross-validation, fold 3 of 3" in err and err.endswith("\r\x1b[K")
    assert "\r" not in out
    monkeypatch.setattr(sys.stderr, "isatty", lambda: False)
    _, _, err = run(capsys, "eval", "--corpus", str(small_corpus), "--folds", "3")
    assert "fold" not in err
