"""Rendering a reply draft from a ``DraftContext`` with a sandboxed Jinja2 environment.

Templates are looked up by label name (``suspension.txt.j2``, or an
``.html.j2`` override) in the client's folder, then the install's folder,
then the shipped ``templates/``. The environment is sandboxed and immutable
(a template cannot change the objects it is given or reach Python
internals), uses ``StrictUndefined`` (a misspelt name is an error, never a
silent blank), and escapes every value in HTML templates. Mail text only
ever arrives as a variable's value, so ``{{ 7*7 }}`` in a subject stays
four characters of text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment

import templates as shipped_templates
from intake.drafts.context import (
    NO_ADDRESS_LABELS,
    NOTE_LABELS,
    AnsweredMessage,
    DraftContext,
    variables,
)
from intake.errors import InputError
from intake.extract.domains import forwarded_amazon_sender, is_amazon_domain
from intake.templating import RENDER_ERRORS, explain, is_html, sandboxed_environment

SHIPPED_FOLDER = Path(next(iter(shipped_templates.__path__))).resolve()
TEMPLATE_SUFFIXES = (".txt.j2", ".html.j2")
_REPLY_PREFIX = re.compile(r"^\s*(?:(?:re|aw|sv|fwd?|wg)\s*(?:\[\d+\])?\s*:\s*)+", re.IGNORECASE)
_CONTROL = re.compile(r"[\r\n\t\x00-\x1f\x7f]+")
_BLANK_RUNS = re.compile(r"\n{3,}")


class DraftTemplateError(InputError):
    """A reply template is missing, does not parse, or fails to render (names file and line)."""


@dataclass(frozen=True)
class Draft:
    """A rendered reply (or case-file note) with the headers a mail client needs to thread it.

    ``reply`` is False for notes (acknowledgement, reinstatement): they are
    for the case file and have no recipient or thread headers.
    """

    template: str
    subject: str
    to: str
    in_reply_to: str | None
    references: tuple[str, ...]
    body: str
    reply: bool
    html: bool = False


def placeholder(what: str) -> str:
    """A visible gap for the seller to fill: ``[[what to write]]``."""
    return f"[[{what}]]"


def fill(value: object, what: str) -> object:
    """The value when known (non-empty), else a placeholder saying what to write."""
    if value is None or value == "" or value == [] or value == ():
        return placeholder(what)
    return value


def day(value: date | None) -> str:
    """A date as ISO 8601 (unambiguous in every marketplace); '' for None."""
    return value.isoformat() if value else ""


def quote(text: str) -> str:
    """Mail-style quoting: every line prefixed with ``> ``."""
    return "\n".join(f"> {line}" if line else ">" for line in text.splitlines())


def make_environment(folders: Sequence[Path]) -> ImmutableSandboxedEnvironment:
    """The one sandboxed environment over ``folders`` (searched in order)."""
    return sandboxed_environment(
        folders, filters={"fill": fill, "day": day, "quote": quote}, functions={"ask": placeholder}
    )


class TemplateSet:
    """The reply templates of one install (and client): override folders before the shipped."""

    def __init__(self, overrides: Sequence[Path] = ()) -> None:
        self.folders: tuple[Path, ...] = (*overrides, SHIPPED_FOLDER)
        self.env = make_environment(self.folders)

    def find(self, label: str) -> str:
        """The template file name for ``label``, the first folder having one winning."""
        for folder in self.folders:
            for suffix in TEMPLATE_SUFFIXES:
                if (folder / f"{label}{suffix}").is_file():
                    return f"{label}{suffix}"
        raise DraftTemplateError(f"no template for label {label!r} in {_where(self.folders)}")

    def path_of(self, name: str) -> Path:
        """Where the template ``name`` is read from."""
        for folder in self.folders:
            if (folder / name).is_file():
                return folder / name
        raise DraftTemplateError(f"no template {name!r} in {_where(self.folders)}")


@lru_cache(maxsize=32)
def template_set(overrides: tuple[Path, ...] = ()) -> TemplateSet:
    """A cached ``TemplateSet``, so the environment is built once per set of folders."""
    return TemplateSet(overrides)


def render_draft(context: DraftContext, templates: TemplateSet | None = None) -> Draft:
    """Render the draft for the context's label; ``DraftTemplateError`` names file and line."""
    templates = templates or template_set()
    name = templates.find(context.label)
    try:
        text = templates.env.get_template(name).render(variables(context))
    except jinja2.TemplateSyntaxError as err:
        raise DraftTemplateError(f"{err.filename or name}:{err.lineno}: {err.message}") from err
    except RENDER_ERRORS as err:
        raise DraftTemplateError(f"{error_location(err, name)}: {explain(err)}") from err
    return _draft(context, name, tidy(text))


def _draft(context: DraftContext, name: str, body: str) -> Draft:
    message = context.message
    subject = _CONTROL.sub(" ", message.subject).strip()
    if context.label in NOTE_LABELS:
        title = f"Case {context.case_id} note: {subject or context.label}"
        return Draft(name, title, "", None, (), body, reply=False, html=is_html(name))
    by_mail = context.label not in NO_ADDRESS_LABELS and not context.channel
    to = _recipient(message) if by_mail else ""
    parent = message.message_id
    references = tuple(dict.fromkeys([*message.references, *([parent] if parent else [])]))
    return Draft(name, reply_subject(subject), to, parent, references, body, True, is_html(name))


def _recipient(message: AnsweredMessage) -> str:
    """Who the reply goes to: the sender when Amazon wrote; for a notice the seller or a
    consultant forwarded, the Amazon address in the forwarded block; else nobody, for the
    seller to fill in (never the person who forwarded it)."""
    sender = _CONTROL.sub("", message.sender)
    if is_amazon_domain(sender.rpartition("@")[2].lower()):
        return sender
    return forwarded_amazon_sender(message.text) or ""


def reply_subject(subject: str) -> str:
    """``Re: <subject>``, with one prefix however many the original had."""
    core = _REPLY_PREFIX.sub("", subject).strip()
    return f"Re: {core}" if core else "Re: your message"


def tidy(text: str) -> str:
    """Trailing spaces off, at most one blank line in a row, one newline at the end."""
    lines = "\n".join(line.rstrip() for line in text.splitlines())
    return _BLANK_RUNS.sub("\n\n", lines).strip("\n") + "\n"


def error_location(err: BaseException, fallback: str) -> str:
    """``file:line`` of the innermost template frame in ``err``'s traceback."""
    where = fallback
    trace = err.__traceback__
    while trace is not None:
        filename = trace.tb_frame.f_code.co_filename
        if filename.endswith(".j2"):
            where = f"{Path(filename).name}:{trace.tb_lineno}"
        trace = trace.tb_next
    return where


def _where(folders: Sequence[Path]) -> str:
    return ", ".join(str(folder) for folder in folders)
