"""A reinstatement the model is unsure of does not end its case until a person confirms it."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from sqlalchemy import select

from classifiers.types import Label
from intake.analyse.classifier import Classifier
from intake.analyse.stages import analyse
from intake.ingest.pipeline import IngestContext, store_analyses
from intake.mail.notice import Origin, RawMessage
from intake.store import open_store
from intake.store.labels import relabel
from intake.store.models import MessageRow
from intake.store.regrouping import regroup, regroup_client
from tests.builders import MessageBuilder

SUSPENSION = (
    "Hello,\n\nYour listing was deactivated for authenticity complaints.\n"
    "ASIN: B0CCCCCCC3\n\nSeller Performance\n"
)
REINSTATED = "Hello,\n\nYour listing is active again.\n\nSeller Performance\n"
MORE_INFO = (
    "Hello,\n\nBefore we can go on, please send us the supplier invoices.\n\nSeller Performance\n"
)


def _stored(store, builder: MessageBuilder, classifier: Classifier, mail) -> list[int]:
    """Store (label, needs review, body, day) messages one by one; their case ids."""
    ctx = IngestContext(client="acme", classifier=classifier)
    cases = []
    for n, (label, unsure, body, day) in enumerate(mail):
        raw = builder.build(body=body, date=datetime(2026, 3, day, 9, tzinfo=UTC))
        analysis = analyse([RawMessage(raw, Origin(kind="file", path=f"{n}.eml"))], classifier)[0]
        assert analysis.prediction is not None
        scores = {label: 0.55 if unsure else 0.99, Label.OTHER: 0.01}
        prediction = replace(
            analysis.prediction, label=label, confidence=scores[label], scores=scores,
            needs_review=unsure,
        )  # fmt: skip
        with store.session() as session:
            outcome = store_analyses(session, [replace(analysis, prediction=prediction)], ctx)
        cases.append(outcome.outcomes[0].case_id)
    return cases


def _cases_of(store) -> list[int]:
    with store.session() as session:
        rows = session.execute(select(MessageRow.case_id).order_by(MessageRow.sent_at))
        return [case_id for (case_id,) in rows]


def test_an_unsure_reinstatement_keeps_its_case_open(db_url: str, classifier: Classifier) -> None:
    """GIVEN a suspension, then a reinstatement the model is unsure of (needs review) WHEN a
    follow-up naming nothing comes two days later THEN it joins the same case, when stored and
    after a regroup; once a person confirms the reinstatement, the case is ended for grouping
    and the follow-up is another case's."""
    store = open_store(db_url)
    mail = [
        (Label.SUSPENSION, False, SUSPENSION, 2),
        (Label.REINSTATEMENT, True, REINSTATED, 5),
        (Label.NEED_MORE_INFO, False, MORE_INFO, 7),
    ]
    cases = _stored(store, MessageBuilder(), classifier, mail)
    assert cases[0] == cases[1] == cases[2]
    regroup(store, "acme")
    assert len(set(_cases_of(store))) == 1
    with store.session() as session:
        reinstatement = session.scalars(
            select(MessageRow.id).where(MessageRow.label == Label.REINSTATEMENT)
        ).one()
        _, client_id = relabel(session, reinstatement, Label.REINSTATEMENT)  # a person confirms
        regroup_client(session, client_id)
    first, second, third = _cases_of(store)
    assert first == second != third
    store.close()


def test_a_sure_reinstatement_ends_its_case(db_url: str, classifier: Classifier) -> None:
    """The same mail with a reinstatement the model is sure of: the follow-up is a new case."""
    store = open_store(db_url)
    mail = [
        (Label.SUSPENSION, False, SUSPENSION, 2),
        (Label.REINSTATEMENT, False, REINSTATED, 5),
        (Label.NEED_MORE_INFO, False, MORE_INFO, 7),
    ]
    cases = _stored(store, MessageBuilder(), classifier, mail)
    assert cases[0] == cases[1] != cases[2]
    store.close()
