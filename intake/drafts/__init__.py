"""Reply drafts: the right next message for a case, rendered from templates per label.

``render_draft(context) -> Draft`` is pure; ``intake.store.drafts`` keeps the
versions, ``intake.drafts.imap_drafts`` puts a draft in the seller's Drafts
folder. Nothing here ever sends mail.
"""

from intake.drafts.context import DRAFT_LABELS, NOTE_LABELS, AnsweredMessage, DraftContext
from intake.drafts.render import Draft, DraftTemplateError, TemplateSet, render_draft

__all__ = [
    "DRAFT_LABELS",
    "NOTE_LABELS",
    "AnsweredMessage",
    "Draft",
    "DraftContext",
    "DraftTemplateError",
    "TemplateSet",
    "render_draft",
]
