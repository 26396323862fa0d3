"""How fast is the notice classifier, and how big? Run: .venv/bin/python bench/classifier.py

Prints prediction throughput per CPU second (``predict_many`` in batches and
``predict`` one by one; one core), the same for a naive word+char
``TfidfVectorizer`` pipeline measured in this run (the baseline), their ratio,
the model file size and the training time.
Uses the shipped corpus (train split to train, every split to predict).
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from classifiers import (  # noqa: E402  (path set above so a checkout runs without install)
    NoticeText,
    default_corpus_dir,
    load_corpus,
    predict,
    predict_many,
    save,
    train,
)

BATCH = 256
SINGLE_SAMPLE = 1000


def rate(run: Callable[[], object], count: int, repeats: int = 3) -> float:
    """Messages per CPU second of the best of ``repeats`` runs: this process's CPU time, not
    the wall clock, which on a shared machine mostly measures the neighbours."""
    best = float("inf")
    for _ in range(repeats):
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    return count / best


def batches(texts: Sequence[NoticeText]) -> list[Sequence[NoticeText]]:
    return [texts[i : i + BATCH] for i in range(0, len(texts), BATCH)]


def baseline(train_texts: Sequence[NoticeText], labels: Sequence[str]):  # noqa: ANN201
    """The naive pipeline: word and char TF-IDF over the whole message, logistic regression."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline, make_union

    pipeline = make_pipeline(
        make_union(
            TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True),
            TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True),
        ),
        LogisticRegression(C=20.0, max_iter=1000),
    )
    pipeline.fit([joined(text) for text in train_texts], labels)
    return pipeline


def joined(text: NoticeText) -> str:
    return f"{text.subject}\n{text.sender}\n{text.body}"


def main() -> None:
    corpus_dir = default_corpus_dir()
    examples = load_corpus(corpus_dir)
    texts = [example.text for example in examples]
    if (corpus_dir / "heldout").is_dir():
        texts += [example.text for example in load_corpus(corpus_dir, "heldout")]
    start = time.perf_counter()
    model = train(corpus_dir)
    train_seconds = time.perf_counter() - start
    assert model is not None
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "model.npz"
        save(model, path)
        size_mb = path.stat().st_size / 1e6

    many = rate(lambda: [predict_many(model, batch) for batch in batches(texts)], len(texts))
    single_texts = texts[:SINGLE_SAMPLE]
    single = rate(lambda: [predict(model, text) for text in single_texts], len(single_texts))

    naive = baseline([e.text for e in examples], [e.label for e in examples])
    naive_many = rate(
        lambda: [naive.predict_proba([joined(t) for t in batch]) for batch in batches(texts)],
        len(texts),
    )
    naive_single = rate(
        lambda: [naive.predict_proba([joined(t)]) for t in single_texts], len(single_texts)
    )
    print(f"messages: {len(texts)} (train {len(examples)}), model {model.version}")
    print(f"predict_many (batches of {BATCH}): {many:8.0f} msg/s")
    print(f"predict (one by one):          {single:8.0f} msg/s")
    print(f"baseline TF-IDF word+char, batches: {naive_many:8.0f} msg/s")
    print(f"baseline TF-IDF word+char, single:  {naive_single:8.0f} msg/s")
    print(f"ratio batches {many / naive_many:.1f}x, single {single / naive_single:.1f}x")
    print(f"model file: {size_mb:.2f} MB")
    print(f"training (read corpus + fit): {train_seconds:.1f} s")


if __name__ == "__main__":
    main()
