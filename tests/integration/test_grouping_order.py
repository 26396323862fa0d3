"""Grouping does not depend on arrival order: the same messages give the same cases."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from intake.analyse.classifier import Classifier
from intake.ingest.files import ingest
from intake.ingest.pipeline import IngestContext
from intake.install.demo import demo_mailbox
from intake.sources.files import read_messages, resolve_sources
from intake.store import open_store, views
from intake.timeutil import utcnow

NOW = utcnow()


def _partition(db_url: str, files: list[Path], classifier: Classifier, client: str):
    """Ingest ``files`` in the given order: cases (file names, title), resent pairs, labels."""
    store = open_store(db_url)
    ctx = IngestContext(client=client, classifier=classifier)
    outcomes = ingest(store, read_messages(resolve_sources(files)), ctx, batch_size=7)
    name = {o.id: Path(o.source.removeprefix("file:")).name for o in outcomes}
    with store.session() as session:
        messages = views.list_messages(session)
        titles = {c.id: c.title for c in views.list_cases(session, NOW, include_general=True)}
    store.close()
    cases: dict[int, set[str]] = {}
    for message in messages:
        cases.setdefault(message.case_id, set()).add(name[message.id])
    resent = {(name[m.id], name[m.resent_of]) for m in messages if m.resent_of}
    labels = {name[m.id]: m.label for m in messages}
    named = {(frozenset(members), titles[case_id]) for case_id, members in cases.items()}
    return named, resent, labels


@pytest.mark.parametrize("client", ["northwind-outdoor", "lumen-home"])
def test_any_order_gives_the_same_cases(
    tmp_path: Path, classifier: Classifier, client: str
) -> None:
    """GIVEN a client's mail WHEN ingested in file order, reversed and shuffled THEN the same
    cases with the same titles, re-sends and labels (the seller's own mail stays "other")."""
    files = sorted((demo_mailbox() / client).glob("*.eml"))
    shuffled = files[:]
    random.Random(7).shuffle(shuffled)
    runs = [
        _partition(f"sqlite:///{tmp_path / f'{i}.db'}", order, classifier, client)
        for i, order in enumerate([files, files[::-1], shuffled])
    ]
    forward, backward, mixed = runs
    assert forward[0] == backward[0] == mixed[0]
    assert forward[1] == backward[1] == mixed[1]
    assert forward[2] == backward[2] == mixed[2]
    assert forward[1], "the demo mailbox has re-sent notices"


def test_late_original_makes_the_copy_resent(tmp_path: Path, classifier: Classifier) -> None:
    """A re-sent notice that arrives before its original is still the one marked resent."""
    folder = demo_mailbox() / "northwind-outdoor"
    original, copy = (
        folder / "08-need-info-ip-invoices.eml",
        folder / "15-need-info-ip-invoices-resent.eml",
    )
    _, resent, _ = _partition(f"sqlite:///{tmp_path / 'x.db'}", [copy, original], classifier, "nw")
    assert resent == {(copy.name, original.name)}


def test_id_lookups_in_small_slices_give_the_same_result(
    tmp_path: Path, classifier: Classifier, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Slicing long id lists (PostgreSQL's parameter limit) loses no message, source or case."""
    files = sorted((demo_mailbox() / "lumen-home").glob("*.eml"))[::-1]  # out of order: regroups
    whole = _partition(f"sqlite:///{tmp_path / 'whole.db'}", files, classifier, "lumen")
    monkeypatch.setattr("intake.store.chunks.CHUNK", 3)
    sliced = _partition(f"sqlite:///{tmp_path / 'sliced.db'}", files, classifier, "lumen")
    assert sliced == whole
    store = open_store(f"sqlite:///{tmp_path / 'sliced.db'}")
    with store.session() as session:
        messages = views.list_messages(session)
    store.close()
    assert len(messages) == len(files) and all(m.sources for m in messages)
