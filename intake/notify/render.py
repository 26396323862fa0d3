"""Digests and alerts as one multipart/alternative email: plain text plus escaped HTML.

The templates live in the shipped ``templates/notify/`` folder
(``digest_seller``, ``digest_consultant`` and ``alert``, each ``.txt.j2``
and ``.html.j2``). The Jinja2 environment is sandboxed, uses
``StrictUndefined`` and escapes every value in the HTML templates, so a
subject holding ``<script>`` arrives as text. Mail content never becomes
template source.

Headers are built with ``email.message.EmailMessage`` from values with every
control character (CR and LF included) folded to a space, so a subject cannot
inject a header; addresses holding CR/LF are refused.
"""

from __future__ import annotations

import hashlib
import re
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, parseaddr
from functools import lru_cache
from pathlib import Path

from jinja2.sandbox import ImmutableSandboxedEnvironment

import templates as shipped_templates
from intake.config import address_problem
from intake.errors import ConfigError
from intake.extract.document_names import document_name
from intake.notify.alerts import Alert
from intake.notify.digest import Digest
from intake.templating import sandboxed_environment

NOTIFY_FOLDER = Path(next(iter(shipped_templates.__path__))).resolve() / "notify"
SUBJECT_LIMIT = 180
WIDTH = 78  # text digests and alerts wrap here, as mail readers expect
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029\x85]+")


@dataclass(frozen=True)
class Rendered:
    """A digest or alert ready to become a message: subject, text part, HTML part."""

    subject: str
    text: str
    html: str


def header_text(value: str, limit: int = SUBJECT_LIMIT) -> str:
    """``value`` safe for a header: control characters (CR, LF, ...) become one space."""
    flat = " ".join(_CONTROL.sub(" ", value).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def check_address(address: str, where: str) -> str:
    """A bare ``user@domain`` address, or ``ConfigError`` naming ``where``."""
    problem = address_problem(address)
    if problem:
        raise ConfigError(f"{where}: {problem}")
    return address.strip()


@lru_cache(maxsize=1)
def environment() -> ImmutableSandboxedEnvironment:
    """The one sandboxed environment over the shipped notify templates."""
    return sandboxed_environment(
        [NOTIFY_FOLDER],
        filters={
            "day": _day,
            "when": _when,
            "label": _label_name,
            "document": document_name,
            "wrap": _wrap,
        },
    )


def _wrap(text: str, width: int = WIDTH, indent: int = 0, first: int = 0) -> str:
    """``text`` folded into lines of at most ``width`` columns. The first line starts
    ``first`` columns in (after its label); the others are indented ``indent`` spaces.
    Words are never cut (a very long one, a URL, stands alone on its line)."""
    lines = textwrap.wrap(
        " ".join(str(text).split()),
        width=width,
        initial_indent="x" * first,
        subsequent_indent=" " * indent,
        break_long_words=False,
        break_on_hyphens=False,
    )
    if lines:
        lines[0] = lines[0][first:]
    return "\n".join(lines)


def _day(value) -> str:
    return value.isoformat() if value else ""


def _when(value: datetime | None, zone: tzinfo | None = None) -> str:
    """A time as the reader's clock shows it: in ``zone`` (the client's), named."""
    if not value:
        return "unknown date"
    return value.astimezone(zone or UTC).strftime("%Y-%m-%d %H:%M %Z")


def _label_name(label: str) -> str:
    return label.replace("_", " ")


def render_digest(digest: Digest) -> Rendered:
    """The digest's subject and both parts (seller or consultant templates)."""
    name = "digest_consultant" if digest.consultant else "digest_seller"
    phishing = f", {digest.phishing} likely phishing" if digest.phishing else ""
    if digest.consultant:
        subject = (
            f"intake digest: {digest.new_count} new from Amazon{phishing},"
            f" {len(digest.open_cases)} open cases"
        )
    else:
        # An overdue case is "urgent" too, but calling it "due within 48 hours" misleads.
        overdue = sum(1 for entry in digest.deadlines if entry.overdue)
        soon = sum(1 for entry in digest.deadlines if entry.urgent and not entry.overdue)
        subject = f"{digest.new_count} new from Amazon{phishing}"
        if digest.client_display:
            subject = f"{digest.client_display}: {subject}"
        if overdue:
            subject += f", {overdue} overdue"
        if soon:
            subject += f", {soon} due within 48 hours"
    return _render(name, header_text(subject), {"digest": digest, "zone": digest.zone})


def render_alert(alert: Alert, client_display: str, zone: tzinfo = UTC) -> Rendered:
    """The alert's subject and both parts; the notice's subject is only ever quoted.

    Times are shown in ``zone``, the client's time zone; the case number is in the
    subject and the first line, as ``intake case show N`` knows it.
    """
    case_id = alert.case.id if alert.case else (alert.message.case_id if alert.message else None)
    about = alert.case.title if alert.case else (alert.message.subject if alert.message else "")
    subject = f"intake alert{' for ' + client_display if client_display else ''}: {alert.headline}"
    if case_id is not None:
        subject += f", case {case_id}"
    if about:
        subject += f" ({about})"
    variables = {"alert": alert, "client": client_display, "zone": zone, "case_id": case_id}
    return _render("alert", header_text(subject), variables)


def _render(name: str, subject: str, variables: dict) -> Rendered:
    env = environment()
    text = env.get_template(f"{name}.txt.j2").render(subject=subject, **variables)
    html = env.get_template(f"{name}.html.j2").render(subject=subject, **variables)
    return Rendered(subject, text, html)


def compose(
    rendered: Rendered, *, key: str, from_addr: str, to: Sequence[str], now: datetime
) -> EmailMessage:
    """One multipart/alternative message; its Message-ID is derived from the ledger ``key``.

    A deterministic Message-ID means a message sent again after a crash
    (between the send and its record) is recognisably the same message.
    """
    if not to:
        raise ConfigError(f"{key}: no recipients")
    sender = check_address(from_addr, "notify.from_addr")
    message = EmailMessage(policy=SMTP)
    message["From"] = sender
    message["To"] = ", ".join(check_address(address, key) for address in to)
    message["Subject"] = header_text(rendered.subject)
    message["Date"] = format_datetime(now)
    domain = parseaddr(sender)[1].rpartition("@")[2] or "intake.invalid"
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]
    message["Message-ID"] = f"<{digest}@{domain}>"
    message["Auto-Submitted"] = "auto-generated"
    message["X-Intake-Key"] = header_text(key, 300)
    message.set_content(rendered.text)
    message.add_alternative(rendered.html, subtype="html")
    return message
