"""The ``intake`` command: a thin layer over the library.

Every command reads the config, calls one or two library functions and
prints the result. Errors cross once: an ``IntakeError`` becomes one line on
stderr and its exit code (2 for bad config or input, 1 for failed work);
``--debug`` adds the traceback.
"""

from __future__ import annotations

import atexit
import gc
import sys
import traceback
from typing import TYPE_CHECKING

import click

from intake import __version__
from intake.cli.lazy import LazyGroup
from intake.errors import IntakeError
from intake.logs import configure_logging

if TYPE_CHECKING:
    from intake.cli.app import App


# Commands are imported when used (intake.cli.lazy): --help needs none of them.
@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--config",
    "config_path",
    metavar="PATH",
    help="Config file (default: $INTAKE_CONFIG, else ./intake.toml, else built-in defaults).",
)
@click.option("--debug", is_flag=True, help="Debug logging, and tracebacks on errors.")
@click.option("--json", "as_json", is_flag=True, help="JSON lines, for commands that have them.")
@click.version_option(__version__, prog_name="intake")
@click.pass_context
def cli(ctx: click.Context, config_path: str | None, debug: bool, as_json: bool) -> None:
    """intake: Amazon seller-performance mail, classified, grouped into cases, answered.

    --config, --debug and --json may also follow the command name.
    """
    configure_logging("INFO", "text", debug)  # until a command reads the config
    ctx.obj = _LazyApp(config_path, debug, as_json)
    ctx.call_on_close(ctx.obj.close)


class _LazyApp:
    """Defers reading the config until a command needs it, so --help always works.

    A command's own ``--config``/``--debug`` (after its name) update these before
    the command first asks for the app.
    """

    def __init__(self, config_path: str | None, debug: bool, as_json: bool = False) -> None:
        self.config_path, self.debug, self.as_json = config_path, debug, as_json
        self._app: App | None = None

    def get(self) -> App:
        if self._app is None:
            from intake.cli.app import App

            self._app = App(self.config_path, self.debug)
        return self._app

    def close(self) -> None:
        if self._app is not None:
            self._app.close()


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the CLI and map errors to one line and an exit code."""
    exit_without_collecting()
    args = sys.argv[1:] if argv is None else argv
    debug = "--debug" in args
    try:
        code = cli.main(args=args, prog_name="intake", standalone_mode=False)
        if isinstance(code, int) and code:
            sys.exit(code)  # a command's ctx.exit(code)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(130)
    except click.ClickException as err:
        err.show()
        sys.exit(err.exit_code)
    except IntakeError as err:
        if debug:
            traceback.print_exc()
        for line in err.lines():
            click.echo(f"Error: {line}", err=True)
        sys.exit(err.exit_code)
    except KeyboardInterrupt:
        click.echo("Interrupted.", err=True)
        sys.exit(130)
    except click.exceptions.Exit as err:
        sys.exit(err.exit_code)


def exit_without_collecting() -> None:
    """Freeze every object at exit, so the exiting interpreter does not collect them.

    Why: as it clears the modules, an exiting interpreter runs the garbage collector
    over every object still alive, several times; after SQLAlchemy's and the models'
    imports that was 0.1-0.2 s of a command's wall clock (``intake poll
    --take-in-only`` of 5,000 messages: about a tenth of it), freeing nothing the
    operating system does not free anyway. Frozen objects are never visited; nothing
    else changes: every exit handler runs (logging's flushes its handlers), the
    standard streams are flushed, and intake has closed its files (``with`` blocks)
    and its database (``App.close``) before. Registered once however often ``main``
    runs in one process.
    """
    atexit.unregister(gc.freeze)
    atexit.register(gc.freeze)
