"""``intake digest``: a seller's or the consultant's digest, previewed, written or sent."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import click

from intake.cli.app import App
from intake.cli.options import app_from, client_option, json_option
from intake.cli.output import emit, printable_lines
from intake.errors import InputError
from intake.notify.ledger import Courier, entry
from intake.notify.render import Rendered, compose, render_digest
from intake.notify.service import collect_digest, queue_message
from intake.notify.transport import DeliveryError, FolderTransport, transport_for

_AGE = re.compile(r"(\d+)\s*([mhdw])")
_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


@click.command("digest")
@client_option("A seller digest for this client (default: the only configured one).")
@click.option("--consultant", is_flag=True, help="The consultant digest across all clients.")
@click.option(
    "--since",
    default="24h",
    show_default=True,
    metavar="AGE|DATE",
    help="Mail taken in since an age (90m, 24h, 7d, 2w) or a date (Y-M-D, UTC).",
)
@click.option(
    "--preview",
    "mode",
    flag_value="preview",
    default=True,
    help="Print the text version (the default).",
)
@click.option("--send", "mode", flag_value="send", help="Send it through [notify] and the ledger.")
@click.option("--out", "out_dir", metavar="DIR", help="Write it as an .eml file into DIR.")
@json_option
@click.pass_context
def digest(
    ctx: click.Context,
    client: str | None,
    consultant: bool,
    since: str,
    mode: str,
    out_dir: str | None,
    as_json: bool,
) -> None:
    """Build a seller's digest (or the consultant's); preview it, write it as .eml, or send it."""
    if out_dir and mode == "send":
        raise InputError("--send and --out: choose one")
    app = app_from(ctx)
    name, start = _who(app, client, consultant), _since(since, app.now)
    with app.store.session() as session:
        rendered = render_digest(collect_digest(session, app.config, name, start, app.now))
    if out_dir:
        result = _write(app, rendered, name, Path(out_dir))
    elif mode == "send":
        result = _send(app, rendered, name)
    else:
        result = {"subject": rendered.subject, "text": rendered.text}
        if not as_json:
            click.echo(printable_lines(rendered.text), nl=False)
            return
    if as_json:
        emit(result)
    elif out_dir:
        click.echo(f"Wrote {result['path']}: {rendered.subject}")
    else:
        click.echo(f"Sent to {result['sent_to']}: {rendered.subject}")


def _who(app: App, client: str | None, consultant: bool) -> str | None:
    """The client's name, or None for the consultant digest."""
    if consultant and client:
        raise InputError("--client and --consultant: choose one")
    if consultant:
        return None
    if client is None and len(app.config.clients) > 1:
        names = ", ".join(sorted(app.config.clients))
        raise InputError(
            f"several clients configured; choose one with --client ({names}),"
            " or --consultant for all of them"
        )
    return app.client(client)[0]


def _since(text: str, now: datetime) -> datetime:
    found = _AGE.fullmatch(text.strip())
    if found:
        try:
            return now - timedelta(**{_UNITS[found.group(2)]: int(found.group(1))})
        except OverflowError as err:
            raise InputError(f"--since {text!r}: too far back") from err
    try:
        start = datetime.strptime(text, "%Y-%m-%d").replace(tzinfo=UTC)
    except ValueError as err:
        raise InputError(f"--since {text!r}: expected an age like 24h or 7d, or a date") from err
    if start > now:  # a typo (2062 for 2026): the digest would say "nothing new", wrongly
        raise InputError(f"--since {text!r}: in the future (now is {now:%Y-%m-%d %H:%M} UTC)")
    return start


def _recipients(app: App, name: str | None) -> tuple[str, ...]:
    if name is None:
        found, key = app.config.notify.consultant_to, "notify.consultant_to"
    else:
        configured = app.config.clients.get(name)
        found, key = (configured.digest_to if configured else ()), f"clients.{name}.digest_to"
    if not found:
        raise InputError(f"{key}: no recipients configured")
    return found


def _key(name: str | None, now: datetime) -> str:
    return f"digest:{name or 'consultant'}:manual:{now.strftime('%Y%m%dT%H%M%S%fZ')}"


def _write(app: App, rendered: Rendered, name: str | None, folder: Path) -> dict[str, object]:
    """Write the .eml (no ledger: nothing is sent)."""
    key = _key(name, app.now)
    to = _recipients(app, name) if _has_recipients(app, name) else ("nobody@invalid.example",)
    message = compose(rendered, key=key, from_addr=app.config.notify.from_addr, to=to, now=app.now)
    transport = FolderTransport(folder)
    transport.deliver(key, "", list(to), message.as_bytes())
    return {"subject": rendered.subject, "path": str(transport.path_for(key))}


def _has_recipients(app: App, name: str | None) -> bool:
    try:
        _recipients(app, name)
    except InputError:
        return False
    return True


def _send(app: App, rendered: Rendered, name: str | None) -> dict[str, object]:
    """Queue under a manual key, deliver it now; exit 1 if it did not go out (it is retried)."""
    to, key = _recipients(app, name), _key(name, app.now)
    config = app.config
    courier = Courier(app.store, transport_for(config), config.notify.retry_base)
    queue_message(
        app.store, config, rendered, key=key, kind="digest", client=name, to=to, now=app.now
    )
    report = courier.deliver_unsent(app.now, keys={key})
    if key not in report.sent:
        with app.store.session() as session:
            found = entry(session, key)
        raise DeliveryError(found.last_error if found and found.last_error else f"{key}: not sent")
    return {"subject": rendered.subject, "key": key, "sent_to": ", ".join(to)}


COMMANDS = (digest,)
