"""intake's configuration: one TOML file read once into frozen dataclasses.

Every key is declared here as a dataclass field; ``load_config`` rejects
unknown keys, wrong types and missing required values with a ``ConfigError``
naming the key path, e.g. ``clients.acme.accounts[1].host: required``.
Relative paths in the file are resolved against the file's folder (against
the working folder when there is no file). ``config.example.toml`` documents
every key.
"""

from __future__ import annotations

import ipaddress
import os
import re
import tomllib
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from email.utils import parseaddr
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from classifiers.types import LABELS, Label
from intake.config.build import build
from intake.errors import ConfigError
from intake.notify.triggers import AlertTrigger

AMAZON_SENDER_DOMAINS: tuple[str, ...] = (
    "amazon.com", "amazon.ca", "amazon.com.mx", "amazon.com.br", "amazon.co.uk", "amazon.de",
    "amazon.fr", "amazon.it", "amazon.es", "amazon.nl", "amazon.se", "amazon.pl", "amazon.com.be",
    "amazon.com.tr", "amazon.ae", "amazon.sa", "amazon.eg", "amazon.in", "amazon.co.jp",
    "amazon.com.au", "amazon.sg",
)  # fmt: skip

DEFAULT_CLIENT = "default"
DEFAULT_MAX_MESSAGE_BYTES = 50 * 1024 * 1024  # ingest.max_message_bytes
#: What can raise an immediate alert: a label, a deadline within 48 hours, likely phishing.
ALERT_TRIGGERS: tuple[str, ...] = (*LABELS, *AlertTrigger)


def _choice(*values: str, default: str) -> Any:
    return field(default=default, metadata={"choices": values})


def _check_time(value: str) -> str | None:
    """A reason when ``value`` is not a 24-hour "HH:MM" time."""
    found = re.fullmatch(r"([01]\d|2[0-3]):([0-5]\d)", value)
    return None if found else f'expected a time like "08:00", got {value!r}'


def _check_timezone(value: str) -> str | None:
    """A reason when ``value`` is not an IANA time zone name (empty means the default)."""
    if not value:
        return None
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        return f'unknown time zone {value!r} (use an IANA name like "Europe/Berlin")'
    return None


def _checked(default: object, check: Any) -> Any:
    return field(default=default, metadata={"check": check})


_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029\x85]")


def address_problem(address: str) -> str | None:
    """Why ``address`` is not a usable email address (``a@b.test``, ``Name <a@b.test>``)."""
    if _CONTROL.search(address):
        return f"address {address!r} holds a control character"
    name, addr = parseaddr(address)
    if not addr or "@" not in addr or addr != address.strip() and not name:
        return f"{address!r} is not an email address"
    return None


def _addresses(default: tuple[str, ...] = ()) -> Any:
    """A list of email addresses, each checked when the config is loaded."""
    return field(default=default, metadata={"item_check": address_problem})


def _positive(default: float) -> Any:
    """A number that must be above zero (a timeout, an interval, a size)."""
    return _checked(default, lambda value: None if value > 0 else f"must be above 0, got {value}")


def _between(default: float, low: float, high: float) -> Any:
    """A number that must lie in ``low..high``."""

    def check(value: float) -> str | None:
        return None if low <= value <= high else f"must be from {low} to {high}, got {value}"

    return _checked(default, check)


@dataclass(frozen=True)
class DatabaseConfig:
    """Where cases and messages are stored: any SQLAlchemy URL."""

    url: str = "sqlite:///intake.db"


@dataclass(frozen=True)
class ClassifierConfig:
    """The notice classifier's model file and review threshold."""

    model_path: str = "intake-model.npz"  # intake.analyse.classifier.MODEL_FILE
    review_threshold: float = _between(0.87, 0.0, 1.0)  # from `intake eval --threshold`


@dataclass(frozen=True)
class LoggingConfig:
    """Log level and format for stderr (and the daemon)."""

    level: str = _choice("DEBUG", "INFO", "WARNING", "ERROR", default="INFO")
    format: str = _choice("text", "json", default="text")


@dataclass(frozen=True)
class DraftsConfig:
    """Reply drafting: whether to draft automatically, and a templates folder overriding ours."""

    auto: bool = False
    templates: str = ""
    include_needs_review: bool = False


def _check_base_url(value: str) -> str | None:
    if value and not value.startswith(("http://", "https://")):
        return "expected an http:// or https:// URL"
    return None


@dataclass(frozen=True)
class WebConfig:
    """``intake web``: where it listens, its public URL behind a proxy, its session key file."""

    host: str = "127.0.0.1"
    port: int = _between(8080, 1, 65535)
    base_url: str = _checked("", _check_base_url)
    secret_file: str = "intake-web.key"


@dataclass(frozen=True)
class IngestConfig:
    """Limits on what is read: a message over ``max_message_bytes`` is never read whole
    (from a file, or fetched by IMAP); its headers are stored with a defect saying so."""

    max_message_bytes: int = _positive(DEFAULT_MAX_MESSAGE_BYTES)


@dataclass(frozen=True)
class ImapConfig:
    """Timing shared by every IMAP account: polling, IDLE, timeouts, backoff."""

    poll_interval: float = _positive(300.0)
    idle_timeout: float = _positive(1500.0)
    connect_timeout: float = _positive(15.0)
    read_timeout: float = _positive(60.0)
    max_backoff: float = _positive(900.0)


@dataclass(frozen=True)
class WorkersConfig:
    """Several ``intake run`` workers on one PostgreSQL database (``intake.daemon.leases``).

    ``lease`` is how long, in seconds, an IMAP account stays a worker's without
    renewal; a dead worker's accounts move to the others within twice that.
    """

    lease: float = _between(30.0, 1.0, 3600.0)


@dataclass(frozen=True)
class ImapAccount:
    """One mailbox to read. The secret never lives in this object's repr."""

    name: str = field(metadata={"required": True})
    host: str = field(metadata={"required": True})
    username: str = field(metadata={"required": True})
    port: int = _between(0, 0, 65535)  # 0: the TLS mode's usual port, 993 for ssl, 143 otherwise
    tls: str = _choice("ssl", "starttls", "plain", default="ssl")
    verify_tls: bool = True
    ca_file: str = ""
    password_env: str = ""
    password_command: str = ""
    password_keyring: bool = False
    password: str = field(default="", repr=False)
    oauth2_token_command: str = ""
    folders: tuple[str, ...] = ("INBOX",)
    sent_folders: tuple[str, ...] = ()
    senders: tuple[str, ...] = AMAZON_SENDER_DOMAINS
    batch_size: int = _positive(100)

    @property
    def effective_port(self) -> int:
        """The port to connect to, defaulting by TLS mode."""
        return self.port or (993 if self.tls == "ssl" else 143)


@dataclass(frozen=True)
class SmtpConfig:
    """The SMTP server digests and alerts go out through; the secret as for IMAP."""

    host: str = "localhost"
    port: int = _between(0, 0, 65535)  # 0: the TLS mode's port, 465 ssl, 587 starttls, 25 plain
    tls: str = _choice("ssl", "starttls", "plain", default="ssl")
    verify_tls: bool = True
    ca_file: str = ""
    username: str = ""
    password_env: str = ""
    password_command: str = ""
    password_keyring: bool = False
    timeout: float = _positive(30.0)

    @property
    def effective_port(self) -> int:
        """The port to connect to, defaulting by TLS mode."""
        return self.port or {"ssl": 465, "starttls": 587}.get(self.tls, 25)


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@dataclass(frozen=True)
class DigestConfig:
    """When digests go out: daily at a local time, or weekly on a weekday, or never."""

    schedule: str = _choice("daily", "weekly", "off", default="daily")
    time: str = _checked("08:00", _check_time)
    weekday: str = _choice(*WEEKDAYS, default="monday")
    timezone: str = _checked("UTC", _check_timezone)


@dataclass(frozen=True)
class AlertsConfig:
    """What is worth an immediate alert: labels, plus the ``AlertTrigger``s."""

    triggers: tuple[str, ...] = field(
        default=(Label.SUSPENSION, AlertTrigger.DEADLINE_48H, AlertTrigger.SUSPICIOUS),
        metadata={"item_choices": ALERT_TRIGGERS},
    )
    max_age_hours: float = _positive(24.0)  # older mail never alerts (a backfill)


@dataclass(frozen=True)
class NotifyConfig:
    """Digests and alerts: where they go, who they come from, how they are retried."""

    delivery: str = _choice("smtp", "folder", default="folder")
    folder: str = "outbox"
    from_addr: str = _checked("intake@localhost", address_problem)
    consultant_to: tuple[str, ...] = _addresses()
    check_interval: float = _positive(10.0)
    retry_base: float = _positive(30.0)
    retry_max: float = _positive(3600.0)
    smtp: SmtpConfig = SmtpConfig()
    digest: DigestConfig = DigestConfig()
    alerts: AlertsConfig = AlertsConfig()


def _check_as_of(value: str) -> str | None:
    """A reason when ``value`` is not an ISO date or date and time (empty: the real time)."""
    if not value:
        return None
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return f'expected a date like "2026-11-24" or "2026-11-24T09:30:00+00:00", got {value!r}'
    return None


@dataclass(frozen=True)
class ClockConfig:
    """A fixed "now" for triage, deadlines, digests and drafts instead of the real time.

    The demo's config sets it, so that exploring the demo's database with other
    commands agrees with the table ``intake demo`` printed; every command that
    uses it says so on stderr.
    """

    as_of: str = _checked("", _check_as_of)

    def now(self) -> datetime | None:
        """The fixed time (UTC when no offset is given; noon for a bare date), or None."""
        if not self.as_of:
            return None
        value = datetime.fromisoformat(self.as_of)
        if len(self.as_of) == 10:
            value = value.replace(hour=12)
        return value if value.tzinfo else value.replace(tzinfo=UTC)


@dataclass(frozen=True)
class Client:
    """A seller business: its display name, mailboxes, templates folder and digest recipients."""

    name: str = ""
    templates: str = ""
    accounts: tuple[ImapAccount, ...] = ()
    digest_to: tuple[str, ...] = _addresses()
    timezone: str = _checked("", _check_timezone)


@dataclass(frozen=True)
class Config:
    """The whole configuration. ``source`` is the file it came from, if any."""

    database: DatabaseConfig = DatabaseConfig()
    classifier: ClassifierConfig = ClassifierConfig()
    logging: LoggingConfig = LoggingConfig()
    drafts: DraftsConfig = DraftsConfig()
    ingest: IngestConfig = IngestConfig()
    imap: ImapConfig = ImapConfig()
    workers: WorkersConfig = WorkersConfig()
    notify: NotifyConfig = NotifyConfig()
    clock: ClockConfig = ClockConfig()
    web: WebConfig = WebConfig()
    clients: dict[str, Client] = field(default_factory=dict)
    source: Path | None = field(default=None, metadata={"internal": True})

    @property
    def base_dir(self) -> Path:
        """The folder relative paths are resolved against."""
        return self.source.parent if self.source else Path.cwd()

    def resolve(self, path: str) -> Path:
        """An absolute path for a path written in the config."""
        candidate = Path(path).expanduser()
        return candidate if candidate.is_absolute() else self.base_dir / candidate

    @property
    def database_url(self) -> str:
        """The database URL with a relative SQLite path resolved against ``base_dir``."""
        url = self.database.url
        prefix = "sqlite:///"
        if url.startswith(prefix) and not url.startswith(prefix + "/") and url != "sqlite://":
            rest = url[len(prefix) :]
            if rest and rest != ":memory:":
                return prefix + str(self.resolve(rest))
        return url

    def client_zone(self, client: str) -> ZoneInfo:
        """The client's time zone: ``clients.NAME.timezone``, else ``[notify.digest] timezone``."""
        configured = self.clients.get(client)
        return ZoneInfo((configured.timezone if configured else "") or self.notify.digest.timezone)

    def client_names(self) -> list[str]:
        """Configured client names, or the single default client."""
        return sorted(self.clients) or [DEFAULT_CLIENT]


def find_config_path(explicit: str | None) -> Path | None:
    """``--config``, else ``$INTAKE_CONFIG``, else ``./intake.toml`` if it exists."""
    if explicit:
        return Path(explicit)
    env = os.environ.get("INTAKE_CONFIG")
    if env:
        return Path(env)
    default = Path("intake.toml")
    return default if default.exists() else None


def load_config(path: Path | None) -> Config:
    """Read and validate the file at ``path``; ``None`` gives the built-in defaults."""
    if path is None:
        return Config()
    try:
        with open(path, "rb") as handle:
            table = tomllib.load(handle)
    except FileNotFoundError as err:
        raise ConfigError(f"{path}: config file not found") from err
    except OSError as err:
        raise ConfigError(f"{path}: cannot read config file ({err.strerror})") from err
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"{path}: invalid TOML: {err}") from err
    except UnicodeDecodeError as err:
        raise ConfigError(f"{path}: not UTF-8 text (byte {err.start})") from err
    try:
        config = build(Config, table, "")
    except ConfigError as err:
        raise ConfigError(problems=[f"{path}: {line}" for line in err.lines()]) from err
    problems = _rule_problems(config)
    if problems:
        raise ConfigError(problems=[f"{path}: {line}" for line in problems])
    return replace(config, source=path.resolve())


RESERVED_CLIENT_NAMES = frozenset({"consultant"})  # the consultant digest's own key
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost"})


def is_loopback_host(host: str) -> bool:
    """True for ``localhost`` and loopback addresses: the only hosts plaintext may go to."""
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _rule_problems(config: Config) -> list[str]:
    """Rules across keys: usable client names, unique account names per client, and no
    plaintext (``tls = "plain"``) to a host that is not loopback, where the password
    would cross the network in clear. Every problem is reported, not just the first."""
    problems = []
    for name, client in config.clients.items():
        if name in RESERVED_CLIENT_NAMES or not _NAME.match(name):
            problems.append(
                f"clients.{name}: not a usable client name (letters, digits, . _ -;"
                f" not {', '.join(sorted(RESERVED_CLIENT_NAMES))})"
            )
        seen: set[str] = set()
        for index, account in enumerate(client.accounts):
            where = f"clients.{name}.accounts[{index}]"
            if account.name in seen:
                problems.append(f"{where}.name: {account.name!r} is used twice")
            seen.add(account.name)
            if account.tls == "plain" and not is_loopback_host(account.host):
                problems.append(f"{where}.tls: {_PLAIN} (host {account.host!r})")
    smtp = config.notify.smtp
    if smtp.tls == "plain" and not is_loopback_host(smtp.host):
        problems.append(f"notify.smtp.tls: {_PLAIN} (host {smtp.host!r})")
    return problems


_PLAIN = "plain is allowed only for a loopback host; use ssl or starttls"
