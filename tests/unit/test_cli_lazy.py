"""The lazy command table agrees with the command modules, and --help imports none of them."""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys

import click

import intake.cli
import intake.cli.lazy
from intake.cli.lazy import COMMANDS, load_command

NOT_COMMAND_MODULES = {"app", "lazy", "options", "output"}


def _defined_commands() -> set[tuple[str, str]]:
    """(module, command name) of every top-level command the CLI modules define."""
    found = set()
    for info in pkgutil.iter_modules(intake.cli.__path__):
        if info.name in NOT_COMMAND_MODULES:
            continue
        module = importlib.import_module(f"intake.cli.{info.name}")
        commands = [v for v in vars(module).values() if isinstance(v, click.Command)]
        nested = {
            id(c) for g in commands if isinstance(g, click.Group) for c in g.commands.values()
        }
        found |= {(module.__name__, c.name) for c in commands if id(c) not in nested}
    return found


def test_table_names_every_command_of_the_modules() -> None:
    assert {(module, name) for name, (module, _, _) in COMMANDS.items()} == _defined_commands()


def test_table_help_is_each_commands_own() -> None:
    for name, (_, _, short) in COMMANDS.items():
        command = load_command(name)
        assert command.name == name
        assert command.get_short_help_str(limit=10_000) == short, name


def test_help_imports_no_command_module() -> None:
    code = (
        "import sys\nfrom click.testing import CliRunner\nfrom intake.cli import cli\n"
        "out = CliRunner().invoke(cli, ['--help']).output\n"
        "heavy = sorted(m for m in sys.modules if m.startswith(('intake.store', 'sqlalchemy',"
        " 'intake.cli.', 'numpy', 'jinja2', 'imapclient')) and m != 'intake.cli.lazy')\n"
        "print('reprocess' in out, heavy)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "True []"


def test_commands_mapping_loads_on_access() -> None:
    """``cli.commands`` behaves like the dict click fills eagerly (tests and tools read it)."""
    assert "cases" in intake.cli.cli.commands
    assert intake.cli.cli.commands["cases"].name == "cases"
    assert intake.cli.cli.commands.get("nope") is None
    assert {name for name, _ in intake.cli.cli.commands.items()} == set(COMMANDS)


def test_a_command_added_the_eager_way_is_listed_too() -> None:
    """``add_command`` still works (a command outside the table shows its own help)."""
    from click.testing import CliRunner

    @click.command("hello-bench")
    def hello() -> None:
        """Say hello for this test."""

    group = intake.cli.lazy.LazyGroup("intake")
    group.add_command(hello)
    out = CliRunner().invoke(group, ["--help"]).output
    assert "hello-bench  Say hello for this test." in out and "reprocess" in out
