"""The README is the CLI reference: every command must be in it and have a docstring."""

from __future__ import annotations

from pathlib import Path

import click

from intake.cli import cli

README = (Path(__file__).resolve().parents[2] / "README.md").read_text()


def _commands(group: click.Group, prefix: str = "intake") -> list[tuple[str, click.Command]]:
    found = []
    for name, command in group.commands.items():
        path = f"{prefix} {name}"
        if isinstance(command, click.Group):
            found.extend(_commands(command, path))
        else:
            found.append((path, command))
    return found


def test_every_command_is_in_the_readme() -> None:
    """Each command appears in the README as `intake NAME ...`."""
    missing = [path for path, _ in _commands(cli) if f"`{path}" not in README]
    assert not missing, f"commands missing from README.md: {missing}"


def test_every_command_has_a_docstring() -> None:
    """Each command has help text (its docstring)."""
    assert all(command.help for _, command in _commands(cli))


def test_quick_start_is_two_commands() -> None:
    """The quick start's first code block holds exactly two commands: demo, then tests."""
    section = README.split("## Quick start", 1)[1]
    block = section.split("```", 2)[1]
    commands = [line for line in block.splitlines()[1:] if line.strip()]
    assert commands == ["scripts/demo", "scripts/test"]
    assert "scripts/test" in (Path(__file__).resolve().parents[2] / ".ci" / "run").read_text()
