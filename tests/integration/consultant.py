"""A consultant's installation for the end-to-end test: two clients, Dovecot, aiosmtpd.

Each demo client gets its own IMAP user on the private Dovecot, its own
``digest_to`` address, and the consultant a ``consultant_to`` desk. The
helpers read back what intake printed (``--json`` lines) and what the demo
manifest expects, keyed so the two can be compared message by message.
"""

from __future__ import annotations

import email
import io
import json
import subprocess
import sys
import time
from collections.abc import Callable
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any

from intake.cli import main
from tests.cli import kept_logging
from tests.integration.dovecot import DovecotServer, MailUser
from tests.integration.smtp import SmtpServer

DEMO = Path(__file__).resolve().parents[2] / "intake" / "samples" / "demo"
CLIENTS = ("lumen-home", "northwind-outdoor")
DIGEST_TO = {client: f"owner@{client}.test" for client in CLIENTS}
DESK = "desk@clearpath.test"


@dataclass(frozen=True)
class Sample:
    """One demo message as the manifest describes it, and where it was delivered."""

    path: str
    client: str
    label: str
    case: str | None
    notes: str
    message_id: str | None
    uid: int


@dataclass
class Installation:
    """Everything the steps share: servers, users, the config file and the delivered samples."""

    root: Path
    dovecot: DovecotServer
    smtp: SmtpServer
    users: dict[str, MailUser]
    config: Path
    samples: list[Sample] = field(default_factory=list)
    inbox_flags: dict[str, dict[int, set[bytes]]] = field(default_factory=dict)
    poll: tuple[int, str, str] = (-1, "", "not polled")

    def cli(self, *args: str) -> tuple[int, str, str]:
        """``intake --config CONFIG ARGS`` in-process: exit code, stdout, stderr."""
        return run_captured("--config", str(self.config), *args)

    def json_lines(self, *args: str) -> list[dict[str, Any]]:
        """The command's ``--json`` objects; fails with its stderr when it did not exit 0."""
        code, out, err = self.cli(*args, "--json")
        assert code == 0, f"intake {' '.join(args)} exited {code}:\n{err}"
        return [json.loads(line) for line in out.splitlines() if line.strip()]

    def daemon(self, log: Path) -> subprocess.Popen[bytes]:
        """``intake run`` as a separate process, its stderr in ``log``."""
        with open(log, "ab") as handle:
            return subprocess.Popen(
                [sys.executable, "-m", "intake", "--config", str(self.config), "run"],
                stdout=subprocess.DEVNULL,
                stderr=handle,
            )


def run_captured(*args: str) -> tuple[int, str, str]:
    """``intake ARGS`` in-process with stdout and stderr captured (usable outside a test)."""
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err), kept_logging():
        try:
            main(list(args))
            code = 0
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else 1
    return code, out.getvalue(), err.getvalue()


def write_installation_config(
    root: Path, dovecot: DovecotServer, smtp: SmtpServer, users: dict[str, MailUser], model: Path
) -> Path:
    """The consultant's ``intake.toml``: auto drafts, SMTP, a daily digest already due today."""
    text = (
        f'[database]\nurl = "sqlite:///{root / "intake.db"}"\n'
        f'[classifier]\nmodel_path = "{model}"\n'
        # A cautious desk (above the default): the relabel-then-draft step needs a case
        # waiting on review, and a better shipped model is sure of more of the demo mail.
        "review_threshold = 0.8\n"
        "[drafts]\nauto = true\n"
        "[imap]\nconnect_timeout = 3.0\nread_timeout = 10.0\nmax_backoff = 2.0\n"
        "poll_interval = 120.0\n"  # long: only IDLE explains a quick pick-up
        "idle_timeout = 5.0\n"  # renewal recovers what a Dovecot without inotify missed
        '[notify]\ndelivery = "smtp"\nfrom_addr = "intake@clearpath.test"\n'
        f'consultant_to = ["{DESK}"]\ncheck_interval = 0.5\nretry_base = 1.0\n'
        f'[notify.smtp]\nhost = "{smtp.host}"\nport = {smtp.port}\ntls = "plain"\n'
        "timeout = 5.0\n"
        '[notify.digest]\nschedule = "daily"\ntime = "00:00"\ntimezone = "UTC"\n'
    )
    for client in CLIENTS:
        user = users[client]
        text += (
            f'[clients.{client}]\nname = "{client.replace("-", " ").title()}"\n'
            f'digest_to = ["{DIGEST_TO[client]}"]\n'
            f"[[clients.{client}.accounts]]\n"
            f'name = "{client}-inbox"\nhost = "{dovecot.host}"\nport = {dovecot.plain_port}\n'
            f'tls = "plain"\nusername = "{user.name}"\npassword = "{user.password}"\n'
            # Take every sender: the demo holds the seller's own mail, the consultant's
            # forward and a look-alike phishing domain, all of which must be seen.
            "senders = []\n"
        )
    path = root / "intake.toml"
    path.write_text(text)
    path.chmod(0o600)
    return path


def manifest() -> list[dict[str, Any]]:
    """The demo manifest, in file order."""
    return json.loads((DEMO / "manifest.json").read_text(encoding="utf-8"))


def parsed(path: str) -> EmailMessage:
    """A demo file read by the standard library, independent of intake's parser."""
    return email.message_from_bytes((DEMO / path).read_bytes(), policy=policy.default)


def deliver_demo(dovecot: DovecotServer, users: dict[str, MailUser]) -> list[Sample]:
    """APPEND every demo message to its client's INBOX, in file order."""
    samples = []
    for entry in manifest():
        client = entry["client"]
        uid = dovecot.deliver(users[client], (DEMO / entry["path"]).read_bytes())
        raw_id = parsed(entry["path"])["Message-ID"]
        samples.append(
            Sample(
                path=entry["path"],
                client=client,
                label=entry["label"],
                case=entry["case"],
                notes=entry["notes"],
                message_id=str(raw_id).strip() if raw_id else None,
                uid=uid,
            )  # fmt: skip
        )
    return samples


def sample_of(samples: list[Sample], message: dict[str, Any]) -> Sample | None:
    """The demo sample a stored message (``intake messages --json``) came from."""
    for sample in samples:
        if sample.client != message["client"]:
            continue
        if sample.message_id and sample.message_id == message["message_id"]:
            return sample
        uids = {int(source.rsplit("/", 1)[1]) for source in message["sources"]}
        if sample.message_id is None and message["message_id"] is None and sample.uid in uids:
            return sample
    return None


def wait_until(condition: Callable[[], bool], timeout: float, step: float = 0.1) -> bool:
    """Poll ``condition`` until it holds or ``timeout`` passes; whether it held."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(step)
    return condition()


def inbox_flags(found: dict[int, tuple[bytes, ...]]) -> dict[int, set[bytes]]:
    """Flags by UID without ``\\Recent``, which only says which session saw a message first."""
    return {uid: set(flags) - {b"\\Recent"} for uid, flags in found.items()}


def drafts_in(setup: Installation, client: str) -> list[tuple[tuple[bytes, ...], EmailMessage]]:
    imap = setup.dovecot.client(setup.users[client])
    try:
        folders = [name for _flags, _sep, name in imap.list_folders()]
        if "Drafts" not in folders:
            return []
        imap.select_folder("Drafts", readonly=True)
        reply = imap.fetch(imap.search("ALL"), ["FLAGS", "BODY.PEEK[]"])
    finally:
        imap.logout()
    return [
        (tuple(item[b"FLAGS"]), message_from_bytes(item[b"BODY[]"], policy=policy.default))
        for item in reply.values()
    ]


def new_suspension(to: str, asin: str) -> bytes:
    """A fresh suspension notice for northwind about a new ASIN, dated now."""
    message = EmailMessage()
    message["From"] = "Seller Performance <seller-performance@amazon.com>"
    message["To"] = to
    message["Subject"] = (
        f"Action required: listing deactivated for authenticity complaints ({asin})"
    )
    message["Date"] = format_datetime(datetime.now(UTC))
    message["Message-ID"] = make_msgid(domain="email.amazonses.com")
    message.set_content(
        "Hello,\n\n"
        "We removed a listing from your account after buyers reported that the units\n"
        "they received did not look genuine.\n\n"
        f"ASIN: {asin}\n"
        "Title: Trailmark Folding Camp Chair, Aluminium Frame\n"
        "Order ID(s) with complaints: 113-4408127-5502931\n\n"
        "How do I reactivate my listing?\n"
        "Send us a plan of action that explains what caused the complaints, what you\n"
        "did about them and how you will stop them happening again. Include supplier\n"
        "invoices for the last 365 days of purchases of this ASIN.\n\n"
        "To appeal, open Account Health and click Appeal next to the ASIN:\n"
        "https://sellercentral.amazon.com/performance/account/health\n\n"
        "If we do not receive an acceptable plan of action within 17 days, we may\n"
        "remove your inventory of this ASIN from our fulfilment centres.\n\n"
        "Sincerely,\nSeller Performance Team\nAmazon.com\n"
    )
    return message.as_bytes()
