"""The classifier's model-file contract: retrain on change only, versioned, atomic, recoverable.

A small synthetic corpus (written into tmp by ``write_corpus``) keeps these fast;
one slow test trains on the shipped corpus when it is there.
"""

from __future__ import annotations

import dataclasses
import logging
import pickle
import random
import subprocess
import sys
from email.message import EmailMessage
from pathlib import Path

import pytest

import classifiers
import classifiers.corrections
import classifiers.model
from classifiers import (
    TEXT_LABELS,
    CorruptModelError,
    IncompatibleModelError,
    NoticeText,
    default_corpus_dir,
    load,
    load_corpus,
    load_or_train,
    predict,
    predict_many,
    save,
    train,
)
from classifiers.features import notice_tokens

# Per label: (sender, subject words, body sentences); the generator mixes them.
VOICES: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "suspension": (
        "seller-performance@amazon.com",
        ("Your selling privileges have been removed", "Your Amazon account is deactivated"),
        (
            "We have deactivated your selling account because of complaints about authenticity.",
            "Your listings are suspended and your funds will be held.",
            "To reactivate your account, submit a plan of action through the Appeal button.",
            "We removed your selling privileges for violating our policy on restricted products.",
        ),
    ),
    "generic_denial": (
        "seller-performance@amazon.com",
        ("Your appeal was not accepted", "Decision on your appeal"),
        (
            "Your plan of action did not address our concerns.",
            "We reviewed the information you sent and it is insufficient.",
            "You may no longer sell on our marketplace.",
            "We will not respond to further emails on this matter.",
        ),
    ),
    "need_more_info": (
        "seller-performance@amazon.com",
        ("We need more information", "Additional documents required"),
        (
            "Please send invoices from your supplier covering the last 365 days.",
            "Include the supplier name, address, phone number and website.",
            "Please provide a letter of authorization from the rights owner.",
            "Revise your plan of action to explain the root cause in more detail.",
        ),
    ),
    "redirect_closed_queue": (
        "notice-dispute@amazon.com",
        ("This mailbox no longer accepts appeals", "Automatic reply: use Account Health"),
        (
            "This email address is no longer monitored for appeals.",
            "Please submit your appeal from the Account Health page in Seller Central.",
            "Messages sent to this address are not read.",
            "Use the Appeal button next to the affected item instead.",
        ),
    ),
    "reinstatement": (
        "seller-performance@amazon.com",
        ("Your account has been reinstated", "Your listing is active again"),
        (
            "Good news: your selling privileges have been reinstated.",
            "Your listings are active again and funds will be released.",
            "Thank you for your cooperation; we accepted your plan of action.",
            "You can sell again on our marketplace.",
        ),
    ),
    "acknowledgement": (
        "seller-performance@amazon.com",
        ("We received your appeal", "Your submission is under review"),
        (
            "Thank you for your appeal; we have received it.",
            "Our team is reviewing the documents you submitted.",
            "We will contact you when we have finished our review.",
            "Please do not send the same information again.",
        ),
    ),
    "other": (
        "newsletter@shop-supplies.example",
        ("Weekly deals for your store", "Your shipment is on its way"),
        (
            "Save twenty percent on packing tape and labels this week.",
            "Your order has shipped and will arrive on Thursday.",
            "Join our webinar about growing your online business.",
            "Unsubscribe at any time using the link below.",
        ),
    ),
}


def make_eml(sender: str, subject: str, body: str) -> bytes:
    """A real RFC 822 message."""
    message = EmailMessage()
    message["From"] = f"Sender <{sender}>"
    message["To"] = "owner@seller.example"
    message["Subject"] = subject
    message.set_content(body)
    return bytes(message)


def write_corpus(
    root: Path, per_label: int = 10, seed: int = 0, labels: tuple[str, ...] = TEXT_LABELS
) -> Path:
    """Write ``root/train/<label>/*.eml`` from ``VOICES``; deterministic for a seed."""
    rng = random.Random(seed)
    for label in labels:
        sender, subjects, sentences = VOICES[label]
        folder = root / "train" / label
        folder.mkdir(parents=True, exist_ok=True)
        for n in range(per_label):
            picked = rng.sample(sentences, 3)
            body = "Hello,\n\n" + " ".join(picked) + f"\n\nReference {rng.randint(1000, 9999)}\n"
            eml = make_eml(sender, rng.choice(subjects), body)
            (folder / f"{n:03d}.eml").write_bytes(eml)
    return root


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "corpus")


@pytest.fixture
def model(corpus: Path) -> classifiers.Model:
    trained = train(corpus)
    assert trained is not None
    return trained


SUSPENSION = NoticeText(
    subject="Your selling privileges have been removed",
    sender="seller-performance@amazon.com",
    body="Hello,\n\nWe have deactivated your selling account. Your funds will be held.\n",
)


def test_second_train_with_same_data_returns_none(corpus: Path, model: classifiers.Model) -> None:
    """GIVEN a model trained on a corpus WHEN training again on it THEN nothing is done."""
    assert train(corpus, previous=model) is None


def test_changed_corpus_retrains(corpus: Path, model: classifiers.Model) -> None:
    """GIVEN a trained model WHEN one corpus file changes THEN train returns a new model."""
    first = next((corpus / "train" / "other").glob("*.eml"))
    first.write_bytes(make_eml("news@example.org", "Deals", "New deals on tape."))
    retrained = train(corpus, previous=model)
    assert retrained is not None
    assert retrained.version != model.version


def test_corrections_retrain_and_change_fingerprint(corpus: Path, model: classifiers.Model) -> None:
    """GIVEN a trained model WHEN corrections are added THEN it retrains; same again is a no-op."""
    fixes = [(SUSPENSION, "need_more_info")]
    retrained = train(corpus, previous=model, corrections=fixes)
    assert retrained is not None
    assert retrained.fingerprint != model.fingerprint
    assert train(corpus, previous=retrained, corrections=fixes) is None


def test_corrections_teach_the_model(corpus: Path) -> None:
    """A repeated relabel of an odd message moves its prediction to the corrected label."""
    odd = NoticeText("Quarterly marketplace survey", "survey@amazon.com", "Tell us how we did.")
    fixes = [(odd, "acknowledgement")] * 3
    corrected = train(corpus, corrections=fixes)
    assert corrected is not None
    assert predict(corrected, odd).label == "acknowledgement"


def test_version_names_format_and_fingerprint(model: classifiers.Model) -> None:
    assert model.version == f"v{classifiers.FORMAT_VERSION}-{model.fingerprint[:12]}"


def test_save_load_round_trip_gives_identical_predictions(
    tmp_path: Path, corpus: Path, model: classifiers.Model
) -> None:
    path = tmp_path / "model.npz"
    save(model, path)
    loaded = load(path)
    assert loaded is not None
    texts = [example.text for example in load_corpus(corpus)]
    assert predict_many(loaded, texts) == predict_many(model, texts)
    assert not any(p.name.endswith(".part") for p in tmp_path.iterdir())
    assert loaded.memory.labels == model.memory.labels and loaded.recipe == model.recipe


def test_training_is_reproducible(corpus: Path, model: classifiers.Model) -> None:
    again = classifiers.model.fit(load_corpus(corpus))
    assert predict(again, SUSPENSION).scores == predict(model, SUSPENSION).scores


def test_load_missing_file_returns_none(tmp_path: Path) -> None:
    assert load(tmp_path / "absent.pickle") is None


def test_bumped_format_version_is_incompatible_and_rebuilt(
    tmp_path: Path,
    corpus: Path,
    model: classifiers.Model,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """GIVEN a saved model WHEN FORMAT_VERSION is bumped THEN load raises; the policy retrains."""
    path = tmp_path / "model.npz"
    save(model, path)
    monkeypatch.setattr(classifiers.model, "FORMAT_VERSION", classifiers.FORMAT_VERSION + 1)
    with pytest.raises(IncompatibleModelError):
        load(path)
    with caplog.at_level(logging.WARNING, logger="classifiers.model"):
        rebuilt = load_or_train(path, corpus)
    assert rebuilt.format_version == classifiers.FORMAT_VERSION + 1
    assert load(path) is not None
    assert "retraining" in caplog.text


def test_other_sklearn_version_is_incompatible(tmp_path: Path, model: classifiers.Model) -> None:
    import dataclasses

    path = tmp_path / "model.npz"
    save(dataclasses.replace(model, sklearn_version="0.0.1"), path)
    with pytest.raises(IncompatibleModelError):
        load(path)


def test_old_pickled_model_file_means_retrain(
    tmp_path: Path, corpus: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """GIVEN a model file pickled by an older intake WHEN loading THEN it is never unpickled:
    IncompatibleModelError, and the policy retrains over it."""
    path = tmp_path / "model.pkl"
    path.write_bytes(pickle.dumps({"estimator": "anything"}, protocol=pickle.HIGHEST_PROTOCOL))
    with pytest.raises(IncompatibleModelError, match="pickled"):
        load(path)
    with caplog.at_level(logging.WARNING, logger="classifiers.model"):
        rebuilt = load_or_train(path, corpus)
    assert "retraining" in caplog.text
    assert predict(rebuilt, SUSPENSION).label == "suspension"
    assert not path.read_bytes().startswith(b"\x80")


@pytest.mark.parametrize("garbage", [b"", b"not a model at all", b"PK\x03\x04broken zip"])
def test_garbage_file_is_corrupt_and_rebuilt(tmp_path: Path, corpus: Path, garbage: bytes) -> None:
    path = tmp_path / "model.npz"
    path.write_bytes(garbage)
    with pytest.raises(CorruptModelError):
        load(path)
    rebuilt = load_or_train(path, corpus)
    assert load(path) is not None
    assert predict(rebuilt, SUSPENSION).label == "suspension"


def test_truncated_model_file_is_corrupt_and_chained(
    tmp_path: Path, model: classifiers.Model
) -> None:
    path = tmp_path / "model.npz"
    save(model, path)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    with pytest.raises(CorruptModelError) as caught:
        load(path)
    assert caught.value.__cause__ is not None


def test_an_archive_of_other_arrays_is_corrupt(tmp_path: Path) -> None:
    import numpy as np

    path = tmp_path / "model.npz"
    with open(path, "wb") as handle:
        np.savez(handle, weights=np.zeros(3))
    with pytest.raises(CorruptModelError, match="lacks"):
        load(path)


def test_loading_and_predicting_need_neither_sklearn_nor_pickle(
    tmp_path: Path, model: classifiers.Model
) -> None:
    """The saved model is plain arrays: a fresh process loads it and predicts without
    importing scikit-learn or scipy, and numpy refuses pickled objects while reading."""
    path = tmp_path / "model.npz"
    save(model, path)
    code = (
        "import sys, classifiers\n"
        f"m = classifiers.load({str(path)!r})\n"
        "p = classifiers.predict(m, classifiers.NoticeText('Your account is deactivated',"
        " 'seller-performance@amazon.com', 'We have deactivated your selling account.'))\n"
        "print(p.label, sorted(n for n in sys.modules if n.split('.')[0] in ('sklearn', 'scipy')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "suspension []"


def test_load_or_train_keeps_a_current_model(tmp_path: Path, corpus: Path) -> None:
    path = tmp_path / "model.npz"
    first = load_or_train(path, corpus)
    stamp = path.stat().st_mtime_ns
    second = load_or_train(path, corpus)
    assert second.version == first.version
    assert path.stat().st_mtime_ns == stamp


def test_scores_cover_text_labels_and_sum_to_one(model: classifiers.Model) -> None:
    prediction = predict(model, SUSPENSION)
    assert set(prediction.scores) == set(TEXT_LABELS)
    assert sum(prediction.scores.values()) == pytest.approx(1.0)
    assert prediction.label == "suspension"
    assert prediction.confidence == max(prediction.scores.values())


def test_scores_cover_labels_missing_from_the_corpus(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c", labels=("suspension", "other"))
    small = train(corpus)
    assert small is not None
    prediction = predict(small, SUSPENSION)
    assert set(prediction.scores) == set(TEXT_LABELS)
    assert prediction.scores["reinstatement"] == 0.0
    assert sum(prediction.scores.values()) == pytest.approx(1.0)
    assert prediction.label == "suspension"


def test_needs_review_follows_threshold(model: classifiers.Model) -> None:
    confidence = predict(model, SUSPENSION).confidence
    assert predict(model, SUSPENSION, threshold=confidence + 0.01).needs_review
    assert not predict(model, SUSPENSION, threshold=confidence - 0.01).needs_review


def test_label_is_never_resent(corpus: Path) -> None:
    fixes = [(SUSPENSION, "resent")]  # a person's "resent" is history, not text: ignored
    trained = train(corpus, corrections=fixes)
    assert trained is not None
    assert "resent" not in trained.labels


def test_predict_many_matches_predict(corpus: Path, model: classifiers.Model) -> None:
    texts = [example.text for example in load_corpus(corpus)][:15]
    assert predict_many(model, texts) == [predict(model, text) for text in texts]
    assert predict_many(model, []) == []


def test_predicts_the_synthetic_labels(corpus: Path, model: classifiers.Model) -> None:
    for example in load_corpus(corpus):
        assert predict(model, example.text).label == example.label, example.path


def test_newest_text_decides_a_reply_with_history(model: classifiers.Model) -> None:
    body = (
        "Good news: your selling privileges have been reinstated. Your listings are active.\n\n"
        "On Mon, 3 Jun 2024 at 10:00, Seller Performance <seller-performance@amazon.com> wrote:\n"
        "> We have deactivated your selling account. Your funds will be held.\n"
        "> Submit a plan of action through the Appeal button.\n" * 3
    )
    text = NoticeText("RE: Your account", "seller-performance@amazon.com", body)
    assert predict(model, text).label == "reinstatement"


def test_import_does_not_load_intake_or_sklearn() -> None:
    code = (
        "import sys, classifiers; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('intake', 'sklearn')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


@pytest.mark.slow
def test_shipped_corpus_trains_and_predicts(tmp_path: Path) -> None:
    """On the real corpus: training works and predicts its own training notices; mail in a
    language the corpus does not have needs review."""
    corpus_dir = default_corpus_dir()
    if not (corpus_dir / "train").is_dir():
        pytest.skip("the shipped corpus has not been generated")
    trained = load_or_train(tmp_path / "model.pickle", corpus_dir)
    examples = load_corpus(corpus_dir)[::10]
    predictions = predict_many(trained, [example.text for example in examples])
    right = sum(p.label == e.label for p, e in zip(predictions, examples, strict=True))
    assert right / len(examples) > 0.95
    for language, (subject, body) in FOREIGN.items():
        text = NoticeText(subject, "seller-performance@amazon.com", f"Hello,\n\n{body}\n")
        assert predict(trained, text, threshold=0.0).needs_review, language


def _sklearn_probabilities(model: classifiers.Model, corpus: Path, texts: list[NoticeText]):
    """What scikit-learn's own LogisticRegression, fitted on the model's features, says
    (``predict_proba``, with its logits divided by the recipe's temperature)."""
    import numpy as np
    from scipy.special import softmax

    from classifiers.features import vectorize_tokens

    examples = load_corpus(corpus)
    tokens = [notice_tokens(e.text, model.recipe.char_grams) for e in examples]
    matrix = vectorize_tokens(
        model.vocabulary, model.used_idf, tokens, model.recipe.unknown_in_norm
    )
    weights = [1.0] * len(examples)
    estimator, _ = classifiers.model._fit_estimator(
        matrix, [e.label for e in examples], weights, model.recipe
    )
    rows = [notice_tokens(text, model.recipe.char_grams) for text in texts]
    logits = estimator.decision_function(
        vectorize_tokens(model.vocabulary, model.used_idf, rows, model.recipe.unknown_in_norm)
    )
    if logits.ndim == 1:  # two labels: one logit for the second
        logits = np.stack([np.zeros_like(logits), logits], axis=1)
    return softmax(logits / model.recipe.temperature, axis=1)


def test_probabilities_equal_sklearn_predict_proba(corpus: Path, model: classifiers.Model) -> None:
    """The fast path computes what scikit-learn's LogisticRegression itself would say."""
    texts = [example.text for example in load_corpus(corpus)][::7] + [SUSPENSION]
    expected = _sklearn_probabilities(model, corpus, texts)
    got = [[p.scores[label] for label in model.labels] for p in predict_many(model, texts)]
    flat = [value for row in expected.tolist() for value in row]
    assert [value for row in got for value in row] == pytest.approx(flat, abs=1e-9)


def test_two_label_model_matches_sklearn(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c", labels=("suspension", "other"))
    small = train(corpus)
    assert small is not None
    expected = _sklearn_probabilities(small, corpus, [SUSPENSION])[0]
    scores = predict(small, SUSPENSION).scores
    assert [scores[label] for label in small.labels] == pytest.approx(expected.tolist())


FOREIGN = {
    "korean": (
        "판매 계정 비활성화",
        "귀하의 판매 계정이 비활성화되었습니다. 실행 계획을 제출하십시오.",
    ),
    "russian": ("Аккаунт продавца деактивирован", "Мы деактивировали ваш аккаунт продавца."),
    "arabic": ("تم تعطيل حساب البائع", "لقد قمنا بتعطيل حساب البيع الخاص بك بسبب شكاوى العملاء."),
    "thai": ("บัญชีผู้ขายของคุณถูกระงับ", "เราได้ระงับบัญชีผู้ขายของคุณเนื่องจากมีการร้องเรียน"),
    "polish": (
        "Twoje konto sprzedawcy zostało dezaktywowane",
        "Dezaktywowaliśmy Twoje konto z powodu skarg klientów. Prześlij plan działania.",
    ),
}


@pytest.mark.parametrize("language", sorted(FOREIGN))
def test_mail_in_a_language_the_model_does_not_know_needs_review(
    model: classifiers.Model, language: str
) -> None:
    """Another script, or Latin script with almost no known words: needs review whatever
    the scores say (even at threshold 0), never a confident label."""
    subject, body = FOREIGN[language]
    text = NoticeText(subject, "seller-performance@amazon.com", f"Hello,\n\n{body}\n")
    assert predict(model, text, threshold=0.0).needs_review
    assert not predict(model, SUSPENSION, threshold=0.0).needs_review


SURVEY = "Tell us how we did with your seller support case. Rate your experience from one to five."


def test_a_correction_fixes_near_copies_of_its_message(corpus: Path) -> None:
    """A person relabels one survey mail; the next survey (other IDs, a line more) takes the
    person's label too, while unrelated mail keeps its own."""
    first = NoticeText("Seller support survey 1234", "survey@amazon.com", SURVEY + " Case 111.")
    later = NoticeText("Seller support survey 98", "survey@amazon.com", SURVEY + " Thanks, Team.")
    before = train(corpus)
    assert before is not None and predict(before, later).label != "reinstatement"
    corrected = train(corpus, corrections=[(first, "reinstatement")])
    assert corrected is not None
    assert predict(corrected, later).label == "reinstatement"
    assert predict(corrected, SUSPENSION).label == "suspension"
    for example in load_corpus(corpus):
        assert predict(corrected, example.text).label == example.label, example.path


def test_corrections_memory_survives_save_and_load(tmp_path: Path, corpus: Path) -> None:
    odd = NoticeText("Seller support survey", "survey@amazon.com", SURVEY)
    corrected = train(corpus, corrections=[(odd, "acknowledgement")])
    assert corrected is not None and len(corrected.memory) == 1
    save(corrected, tmp_path / "model.npz")
    loaded = load(tmp_path / "model.npz")
    assert loaded is not None and loaded.memory.labels == ("acknowledgement",)
    assert predict(loaded, odd) == predict(corrected, odd)


def test_near_copy_memory_pulls_toward_the_persons_label(corpus: Path) -> None:
    """With the correction weighing no more than a corpus example, the near-copy memory still
    recognises the next survey and gives the person's label at least its similarity."""
    from classifiers.model import Recipe, fit

    first = NoticeText("Seller support survey 1234", "survey@amazon.com", SURVEY + " Case 111.")
    later = NoticeText("Seller support survey 98", "survey@amazon.com", SURVEY + " Thanks, Team.")
    light = fit(
        load_corpus(corpus), [(first, "need_more_info")], recipe=Recipe(correction_weight=1)
    )
    recalled = light.memory.recall(*_row(light, later))
    assert recalled is not None and recalled[0] == "need_more_info" and recalled[1] > 0.4
    forgetful = dataclasses.replace(light, memory=classifiers.model.CorrectionMemory.empty())
    alone = predict(forgetful, later).scores["need_more_info"]
    pulled = predict(light, later).scores["need_more_info"]
    share = classifiers.corrections.pull(recalled[1])
    assert 0.5 <= share <= 1.0
    assert pulled == pytest.approx(share + (1 - share) * alone)
    assert predict(light, later).label == "need_more_info"
    unrelated = NoticeText("Deals", "news@shop.example", "Save on packing tape this week.")
    assert light.memory.recall(*_row(light, unrelated)) is None


def _row(model: classifiers.Model, text: NoticeText) -> tuple[list[int], list[float]]:
    return classifiers.model.identity_row(model.vocabulary, model.idf, notice_tokens(text))
