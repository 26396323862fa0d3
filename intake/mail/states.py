"""How a stored message was taken in, and who decided its label and its case.

Members are the strings stored in ``messages.status``, ``label_source`` and
``case_source``: comparing a row's column with a member needs no conversion.
"""

from __future__ import annotations

from enum import StrEnum


class MessageStatus(StrEnum):
    """Whether a message could be read."""

    OK = "ok"
    PARSE_ERROR = "parse_error"  # stored with the reason; its bytes are kept
    QUARANTINED = "quarantined"  # analysis failed on it (hostile mail); kept for a person


class LabelSource(StrEnum):
    """Who gave a message its label: a person's relabel is never overwritten."""

    MODEL = "model"
    PERSON = "person"


class CaseSource(StrEnum):
    """Who put a message in its case: regrouping never moves a person's choice."""

    AUTO = "auto"
    PERSON = "person"
