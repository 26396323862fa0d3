"""``intake web`` and ``intake user``: the browser app and the people who may sign in."""

from __future__ import annotations

import os
import sys

import click

from intake.cli.options import app_from, json_option
from intake.cli.output import emit, table
from intake.errors import InputError
from intake.store import users as user_store
from intake.web.passwords import hash_password


@click.command("web")
@click.option("--host", help="Address to listen on (default: web.host, 127.0.0.1).")
@click.option(
    "--port", type=click.IntRange(1, 65535), help="Port to listen on (default: web.port, 8080)."
)
@click.pass_context
def web(ctx: click.Context, host: str | None, port: int | None) -> None:
    """Serve the web app (triage, cases, review queue, accounts) until interrupted."""
    from intake.web.serve import serve

    app = app_from(ctx)
    with app.store.session() as session:
        if not user_store.list_users(session):
            click.echo("No users yet: add one with `intake user add NAME --role admin`.", err=True)
    _ = app.now  # says so on stderr when the app works as of ``[clock] as_of``
    serve(app.config, app.store, host or app.config.web.host, port or app.config.web.port)


@click.group("user")
def user() -> None:
    """Manage who may sign in to the web app, and which clients they see."""


password_env_option = click.option(
    "--password-env", metavar="VAR", help="Read the password from environment variable VAR."
)
password_stdin_option = click.option(
    "--password-stdin", is_flag=True, help="Read the password from the first line of stdin."
)


def _password(env: str | None, stdin: bool) -> str:
    """The new password from an env var, stdin, or a hidden prompt (never an argument)."""
    if env and stdin:
        raise InputError("give --password-env or --password-stdin, not both")
    if env:
        value = os.environ.get(env)
        if not value:
            raise InputError(f"--password-env {env}: the variable is not set")
        return value
    if stdin:
        line = sys.stdin.readline().rstrip("\r\n")
        if not line:
            raise InputError("--password-stdin: no password on stdin")
        return line
    if not sys.stdin.isatty():
        # Without a terminal the prompt hides nothing: it would warn, read the password
        # from whatever stdin holds (echoed) and likely end in "Aborted."
        raise InputError(
            "no terminal to ask for the password: give --password-env VAR or --password-stdin"
        )
    return click.prompt("Password", hide_input=True, confirmation_prompt=True)


@user.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(user_store.ROLES), required=True, help="What they see.")
@click.option("--client", "clients", multiple=True, metavar="C", help="A client they see (repeat).")
@password_env_option
@password_stdin_option
@click.pass_context
def add(ctx, name: str, role: str, clients: tuple[str, ...], password_env, password_stdin) -> None:
    """Add a user: a seller sees their --client(s), a consultant theirs, an admin all."""
    app = app_from(ctx)
    user_store.check_user(name, role, clients)
    app.client_filter(clients)  # a misspelt client is an error, not a user who sees nothing
    password_hash = hash_password(_password(password_env, password_stdin))
    with app.store.session() as session:
        user_store.add_user(session, name, role, clients, password_hash)
    click.echo(f"Added {role} {name}" + (f" for {', '.join(clients)}." if clients else "."))


@user.command("passwd")
@click.argument("name")
@password_env_option
@password_stdin_option
@click.pass_context
def passwd(ctx, name: str, password_env, password_stdin) -> None:
    """Set a user's password; their open web sessions end."""
    app = app_from(ctx)
    with app.store.session() as session:
        if user_store.user_by_name(session, name) is None:
            raise InputError(f"user {name!r}: no such user")
    password_hash = hash_password(_password(password_env, password_stdin))
    with app.store.session() as session:
        user_store.set_password(session, name, password_hash)
    click.echo(f"Password of {name} changed.")


@user.command("list")
@json_option
@click.pass_context
def list_command(ctx, as_json: bool) -> None:
    """List users, their roles and clients."""
    app = app_from(ctx)
    with app.store.session() as session:
        found = user_store.list_users(session)
    if as_json:
        for person in found:
            emit(person.to_dict())
        return
    rows = [(u.name, u.role, "(all)" if u.is_admin else ", ".join(u.clients)) for u in found]
    click.echo(table(("NAME", "ROLE", "CLIENTS"), rows) if rows else "No users.")


@user.command("remove")
@click.argument("name")
@click.pass_context
def remove(ctx, name: str) -> None:
    """Remove a user; their sessions end and the cases they owned have no owner."""
    app = app_from(ctx)
    with app.store.session() as session:
        user_store.remove_user(session, name)
    click.echo(f"Removed {name}.")


COMMANDS = (web, user)
