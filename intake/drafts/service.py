"""Drafting a case end to end: snapshot, choose the message, render, keep the version.

``draft_case`` is what ``intake draft`` runs; ``auto_draft`` is what ingest
and the IMAP poller run after each committed batch when ``drafts.auto`` is
on. Both render with the case's client templates, then the install's, then
the shipped ones.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from intake.config import Config
from intake.drafts.compose import NoDraft, build_context, choose_message
from intake.drafts.context import DRAFT_LABELS
from intake.drafts.render import DraftTemplateError, TemplateSet, render_draft, template_set
from intake.errors import ConfigError, IntakeError
from intake.store import Store
from intake.store.drafts import StoredDraft, case_material, message_account, save_draft
from intake.timeutil import utcnow

if TYPE_CHECKING:  # the pipeline loads the fact extractors; `poll --take-in-only` needs none
    from intake.ingest.pipeline import Outcome

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DraftResult:
    """The case's current draft and whether this run stored it as a new version."""

    draft: StoredDraft
    created: bool
    client: str
    account: str | None


def templates_for(config: Config, client: str) -> TemplateSet:
    """The client's templates folder, then the install's, then the shipped templates."""
    configured = config.clients.get(client)
    folders = [
        ("clients." + client + ".templates", configured.templates if configured else ""),
        ("drafts.templates", config.drafts.templates),
    ]
    paths: list[Path] = []
    for key, value in folders:
        if not value:
            continue
        path = config.resolve(value)
        if not path.is_dir():
            raise ConfigError(f"{key}: templates folder {path} does not exist")
        paths.append(path)
    return template_set(tuple(paths))


def draft_case(session: Session, config: Config, case_id: int, now: datetime) -> DraftResult:
    """Render and store the draft for the case's latest actionable message.

    Raises ``NoDraft`` (exit 2) when the case must not be answered, and
    ``DraftTemplateError`` when a template fails.
    """
    material = case_material(session, case_id, now, config.client_zone)
    chosen = choose_message(material, config.drafts.include_needs_review)
    context = build_context(material, chosen, now.date())
    draft = render_draft(context, templates_for(config, material.client))
    stored, created = save_draft(session, case_id, chosen.id, draft)
    return DraftResult(stored, created, material.client, message_account(session, chosen.id))


def drafting_hook(store: Store, config: Config) -> Callable[[list[Outcome]], None] | None:
    """The poller's ``after_commit`` for ``drafts.auto`` (None when drafting is off).

    Mail that came in by IMAP gets its new reply drafts put in that account's
    Drafts folder, where the seller works on them; nothing is sent.
    """
    if not config.drafts.auto:
        return None

    def draft_and_place(outcomes: list[Outcome]) -> None:
        now = utcnow()
        for result in _new_drafts(store, outcomes, config, now):
            if result.account is not None and result.draft.reply:
                _place(store, config, result, now)

    return draft_and_place


def _place(store: Store, config: Config, result: DraftResult, now: datetime) -> None:
    """Append one new draft to Drafts; a failure is logged (``intake draft --to-imap`` retries)."""
    from intake.drafts.imap_drafts import place_draft  # imap_drafts imports this module

    try:
        placed = place_draft(store, config, result, now)
    except IntakeError as err:
        log.warning("case %d: draft not put in Drafts: %s", result.draft.case_id, err)
        return
    log.info("case %d: draft put in %s of %s", result.draft.case_id, placed.folder, placed.account)


def auto_draft(
    store: Store, outcomes: Iterable[Outcome], config: Config, now: datetime
) -> list[StoredDraft]:
    """After a committed batch: draft each case that got a new actionable message.

    Does nothing unless ``drafts.auto``. A case that must not be answered
    (suspicious, needs review) or whose template fails is logged and
    skipped; the mail is stored either way. Returns the new versions.
    """
    return [result.draft for result in _new_drafts(store, outcomes, config, now)]


def _new_drafts(
    store: Store, outcomes: Iterable[Outcome], config: Config, now: datetime
) -> list[DraftResult]:
    """The drafts ``auto_draft`` stored as new versions, with their client and account."""
    if not config.drafts.auto:
        return []
    case_ids = dict.fromkeys(
        outcome.case_id
        for outcome in outcomes
        if outcome.case_id is not None
        and not outcome.duplicate
        and not outcome.error
        and outcome.label in DRAFT_LABELS
    )
    created: list[DraftResult] = []
    for case_id in case_ids:
        try:
            with store.session() as session:
                result = draft_case(session, config, case_id, now)
        except NoDraft as err:
            log.info("auto-draft skipped: %s", err)
            continue
        except (DraftTemplateError, ConfigError) as err:
            log.warning("auto-draft failed for case %d: %s", case_id, err)
            continue
        if result.created:
            log.info("case %d: draft version %d stored", case_id, result.draft.version)
            created.append(result)
    return created
