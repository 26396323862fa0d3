"""Checking override folders: file:line and a reason for each problem, none for the shipped set."""

from __future__ import annotations

from pathlib import Path

import pytest

from intake.drafts.check import check_templates, list_templates
from intake.drafts.render import SHIPPED_FOLDER, TemplateSet
from intake.errors import InputError


def _folder(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (tmp_path / name).write_text(text)
    return tmp_path


def _check(tmp_path: Path, name: str, text: str) -> list[str]:
    return [str(problem) for problem in check_templates(_folder(tmp_path, {name: text}))]


def test_shipped_templates_have_no_problems() -> None:
    """The templates intake ships pass their own check."""
    assert check_templates(SHIPPED_FOLDER) == []


def test_syntax_error_is_reported_with_its_line(tmp_path: Path) -> None:
    """An unclosed block is a problem at the line where the template ends."""
    problems = _check(tmp_path, "resent.txt.j2", "Hello\n{% if denials %}\nagain\n")
    assert problems == [
        f"{tmp_path / 'resent.txt.j2'}:3: Unexpected end of template. Jinja was looking for the"
        " following tags: 'elif' or 'else' or 'endif'. The innermost block that needs to be"
        " closed is 'if'."
    ]


def test_unknown_variable_is_reported_with_its_line(tmp_path: Path) -> None:
    """A name the draft context lacks is reported where it is first used."""
    problems = _check(tmp_path, "suspension.txt.j2", "Dear team,\n\n{{ store_nme }}\n")
    assert problems == [f"{tmp_path / 'suspension.txt.j2'}:3: unknown variable 'store_nme'"]


def test_unknown_attribute_fails_the_render_check(tmp_path: Path) -> None:
    """A misspelt field of a known variable is caught by rendering under StrictUndefined."""
    problems = _check(tmp_path, "need_more_info.txt.j2", "A\n{{ message.subjct }}\n")
    assert problems == [
        f"{tmp_path / 'need_more_info.txt.j2'}:2: fails to render:"
        " 'dict object' has no attribute 'subjct'"
    ]


def test_template_that_only_breaks_on_an_empty_case_is_caught(tmp_path: Path) -> None:
    """Rendering from a minimal case finds code that assumes a fact is known."""
    problems = _check(tmp_path, "resent.txt.j2", "x\n{{ submissions[0] | day }}\n")
    assert len(problems) == 1 and ":2: fails to render" in problems[0]


def test_sandbox_limits_are_reported(tmp_path: Path) -> None:
    """An override that would loop a billion times is refused by the sandbox, and reported."""
    problems = _check(tmp_path, "acknowledgement.txt.j2", "{% for x in range(10**9) %}{% endfor %}")
    assert len(problems) == 1 and "Range too big" in problems[0]


def test_endless_recursion_is_reported(tmp_path: Path) -> None:
    """A macro calling itself for ever is one problem line, not a traceback."""
    text = "{% macro f(n) %}{{ f(n) }}{% endmacro %}\n{{ f(1) }}\n"
    problems = _check(tmp_path, "need_more_info.txt.j2", text)
    assert len(problems) == 1 and "recursion" in problems[0]


def test_overrides_may_import_the_shipped_partials(tmp_path: Path) -> None:
    """An override using the shipped macros checks clean."""
    text = '{% import "_common.txt.j2" as common with context %}\n{{ common.signature() }}\n'
    assert _check(tmp_path, "resent.txt.j2", text) == []


def test_an_overridden_partial_that_breaks_shipped_templates_is_reported(tmp_path: Path) -> None:
    """A `_common.txt.j2` without the macros the shipped label templates call breaks them."""
    problems = _check(tmp_path, "_common.txt.j2", "{% macro greeting() %}Hello{% endmacro %}\n")
    assert problems and all("fails to render with" in problem for problem in problems)
    assert all(problem.startswith(str(SHIPPED_FOLDER)) for problem in problems)
    assert any("has no attribute 'identifiers'" in problem for problem in problems)


def test_a_client_folder_is_checked_over_the_install_folder(tmp_path: Path) -> None:
    """A client's template may call a macro that only the install folder's partial adds."""
    install, client = tmp_path / "install", tmp_path / "client"
    install.mkdir()
    client.mkdir()
    shipped = (SHIPPED_FOLDER / "_common.txt.j2").read_text()
    (install / "_common.txt.j2").write_text(shipped + "{% macro footer() %}-- Acme{% endmacro %}\n")
    text = '{% import "_common.txt.j2" as common with context %}\n{{ common.footer() }}\n'
    (client / "resent.txt.j2").write_text(text)
    assert check_templates(client, [install]) == []
    assert check_templates(client) != []  # alone, footer() does not exist


def test_missing_folder_is_bad_input(tmp_path: Path) -> None:
    """Checking a folder that does not exist is an input error, not an empty result."""
    with pytest.raises(InputError, match="not a folder"):
        check_templates(tmp_path / "nope")


def test_list_says_which_templates_are_overridden(tmp_path: Path) -> None:
    """The listing names the winning file for each label and marks overrides."""
    _folder(tmp_path, {"resent.txt.j2": "x\n"})
    found = {info.name: info for info in list_templates(TemplateSet([tmp_path]))}
    assert found["resent.txt.j2"].overridden and found["resent.txt.j2"].path.parent == tmp_path
    assert not found["suspension.txt.j2"].overridden
    assert found["_common.txt.j2"].label is None
