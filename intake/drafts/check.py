"""Validating template folders before a bad override reaches a seller's draft.

``check_templates(folder)`` reports each problem as ``file:line: reason``:
a syntax error, a name the draft context does not provide, or a failure
when the template is rendered from a minimal case and from a full one
(under ``StrictUndefined``, a misspelt attribute fails here, not in a
draft). ``list_templates`` says which folder each label's template comes from.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import jinja2
from jinja2 import meta

from classifiers.types import Label
from intake.drafts.context import (
    DRAFT_LABELS,
    AnsweredMessage,
    DraftContext,
    minimal_context,
    variables,
)
from intake.drafts.render import (
    SHIPPED_FOLDER,
    TEMPLATE_SUFFIXES,
    TemplateSet,
    error_location,
    make_environment,
)
from intake.errors import InputError
from intake.templating import RENDER_ERRORS, explain


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a template file, where it is and why."""

    file: str
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.reason}"


@dataclass(frozen=True)
class TemplateInfo:
    """A template file in effect: its name, the label it answers (if any), where it is read from."""

    name: str
    label: str | None
    path: Path
    overridden: bool


def check_templates(folder: Path, fallbacks: Sequence[Path] = ()) -> list[Problem]:
    """Every problem in ``folder``'s templates; imports resolve there, then in ``fallbacks``."""
    if not folder.is_dir():
        raise InputError(f"{folder}: not a folder of templates")
    env = make_environment([folder, *fallbacks, SHIPPED_FOLDER])
    known = set(variables(full_context(Label.SUSPENSION))) | set(env.globals)
    problems: list[Problem] = []
    for path in sorted(folder.glob("*.j2")):
        problems.extend(_check_one(env, path, known))
    if not problems:
        problems = _check_inherited(env, folder, [folder, *fallbacks, SHIPPED_FOLDER])
    return problems


def _check_inherited(env: jinja2.Environment, folder: Path, layers: list[Path]) -> list[Problem]:
    """Render the labels ``folder`` does not override: an overridden partial they import
    (``_common.txt.j2`` without a macro they call) breaks them too."""
    problems: list[Problem] = []
    for label in DRAFT_LABELS:
        name = next(
            (
                f"{label}{suffix}"
                for layer in layers
                for suffix in TEMPLATE_SUFFIXES
                if (layer / f"{label}{suffix}").is_file()
            ),
            None,
        )
        if name is None or (folder / name).is_file():
            continue
        failed = _render_failure(env, name, label)
        if failed:
            file, line, error = failed
            found = next((layer / file for layer in layers if (layer / file).is_file()), file)
            reason = f"fails to render with {folder}'s templates: {error}"
            problems.append(Problem(str(found), line, reason))
    return problems


def _render_failure(env: jinja2.Environment, name: str, label: str) -> tuple[str, int, str] | None:
    """(file, line, error) of the first failure rendering ``name`` for a minimal, then a
    full case; None when both render."""
    for context in (minimal_context(label), full_context(label)):
        try:
            env.get_template(name).render(variables(context))
        except RENDER_ERRORS as err:
            file, _, line = error_location(err, f"{name}:1").rpartition(":")
            return file, int(line), explain(err)
    return None


def _check_one(env: jinja2.Environment, path: Path, known: set[str]) -> list[Problem]:
    source = path.read_text(encoding="utf-8", errors="replace")
    try:
        tree = env.parse(source, path.name, str(path))
    except jinja2.TemplateSyntaxError as err:
        return [Problem(str(path), err.lineno, err.message or "syntax error")]
    problems = [
        Problem(str(path), _line_of(source, name), f"unknown variable {name!r}")
        for name in sorted(meta.find_undeclared_variables(tree) - known)
    ]
    label = _label_of(path.name)
    if label is None or problems:
        return problems
    failed = _render_failure(env, path.name, label)
    if failed is None:
        return []
    name, line, error = failed
    return [Problem(str(path) if name == path.name else name, line, f"fails to render: {error}")]


def _label_of(name: str) -> str | None:
    for suffix in TEMPLATE_SUFFIXES:
        if name.endswith(suffix) and name[: -len(suffix)] in DRAFT_LABELS:
            return name[: -len(suffix)]
    return None


def _line_of(source: str, name: str) -> int:
    """The first line using ``name`` inside a Jinja tag (1 when it cannot be found)."""
    pattern = re.compile(rf"(\{{\{{|\{{%)[^}}]*\b{re.escape(name)}\b")
    for number, line in enumerate(source.splitlines(), start=1):
        if pattern.search(line):
            return number
    return 1


def full_context(label: str) -> DraftContext:
    """A case that knows everything, so every branch a template has for data is exercised."""
    message = AnsweredMessage(
        id=1,
        label=label,
        subject="Your account",
        sender="seller-performance@amazon.com",
        message_id="<check@amazon.com>",
        references=("<earlier@amazon.com>",),
        sent_at=datetime(2026, 1, 2, 9, 0, tzinfo=UTC),
        text="Hello,\n\nA notice.\n",
    )
    return DraftContext(
        case_id=1,
        message=message,
        today=date(2026, 1, 3),
        client_name="acme",
        store_name="Acme Goods",
        merchant_token="A1B2C3D4E5F6G7",
        marketplace="amazon.com",
        policy="inauthentic",
        asins=("B0ABCDEF12",),
        order_ids=("111-1234567-1234567",),
        case_ids=("12345678901",),
        complaint_ids=("9876543",),
        notice_references=("AHR-2601-12345",),
        rights_owner="Brand Co",
        deadline=date(2026, 1, 9),
        requested=("invoices", "supplier_contacts"),
        submissions=(date(2025, 12, 1), date(2025, 12, 15)),
        denials=2,
        resent=1,
        vague_requests=1,
        last_submission="Our plan of action.",
    )


def list_templates(templates: TemplateSet) -> list[TemplateInfo]:
    """Each label's template and each shared partial, from the folder that wins."""
    names = [templates.find(label) for label in DRAFT_LABELS]
    partials = sorted({path.name for folder in templates.folders for path in folder.glob("_*.j2")})
    found = []
    for name in [*names, *partials]:
        path = templates.path_of(name)
        label = _label_of(name)
        found.append(TemplateInfo(name, label, path, path.parent != SHIPPED_FOLDER))
    return found
