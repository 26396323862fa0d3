"""The one way intake builds a Jinja2 environment: sandboxed, strict, HTML escaped.

Drafts and digests both render templates over mail content. Mail content is
only ever a variable, never template source; the sandbox keeps even a hostile
override template from reaching Python internals, ``StrictUndefined`` turns a
missing variable into an error instead of a silent blank, and every template
whose name has an ``.html`` suffix is autoescaped.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment

#: What rendering a (possibly broken) override template can raise besides syntax errors:
#: a missing variable, a bad filter argument, a division by zero, endless recursion, a
#: format string naming a field it is not given (``{{ '{a}'.format() }}``: KeyError).
RENDER_ERRORS = (
    jinja2.TemplateError,
    TypeError,
    ValueError,
    ArithmeticError,
    RecursionError,
    LookupError,
    AttributeError,
)


def explain(err: BaseException) -> str:
    """A render failure in words: a template error's own message, else the Python error's
    name too (a bare KeyError says only ``'a'``)."""
    if isinstance(err, jinja2.TemplateError):
        return str(err)
    return f"{type(err).__name__}: {err}"


def is_html(name: str | None) -> bool:
    """Whether a template's output is HTML (and so must be escaped)."""
    return bool(name) and any(part in (".html", ".htm") for part in Path(name or "").suffixes)


def sandboxed_environment(
    folders: Sequence[Path],
    *,
    filters: Mapping[str, Callable[..., Any]] | None = None,
    functions: Mapping[str, Callable[..., Any]] | None = None,
) -> ImmutableSandboxedEnvironment:
    """An environment loading from ``folders`` (searched in order) with our filters."""
    env = ImmutableSandboxedEnvironment(
        loader=jinja2.FileSystemLoader([str(folder) for folder in folders]),
        undefined=jinja2.StrictUndefined,
        autoescape=is_html,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
    )
    env.filters.update(filters or {})
    env.globals.update(functions or {})
    return env
