"""intake's configuration: one TOML file read once into frozen dataclasses.

Every key is declared here as a dataclass field; ``load_config`` rejects
unknown keys, wrong types and missing required values with a ``ConfigError``
naming the key path, e.g. ``clients.acme.accounts[1].host: required``.
Relative paths in the file are resolved against the file's folder (against
the working folder when there is no file). ``config.example.toml`` documents
every key.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field, fields, replace
from email.utils import parseaddr
from pathlib import Path
from types import UnionType
from typing import Any, Union, get_args, get_origin, get_type_hints
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from classifiers.types import LABELS
from intake.errors import ConfigError

AMAZON_SENDER_DOMAINS: tuple[str, ...] = (
    "amazon.com", "amazon.ca", "amazon.com.mx", "amazon.com.br", "amazon.co.uk", "amazon.de",
    "amazon.fr", "amazon.it", "amazon.es", "amazon.nl", "amazon.se", "amazon.pl", "amazon.com.be",
    "amazon.com.tr", "amazon.ae", "amazon.sa", "amazon.eg", "amazon.in", "amazon.co.jp",
    "amazon.com.au", "amazon.sg",
)  # fmt: skip

DEFAULT_CLIENT = "default"
DEADLINE_TRIGGER = "deadline_48h"
SUSPICIOUS_TRIGGER = "suspicious"
#: What can raise an immediate alert: a label, a deadline within 48 hours, likely phishing.
ALERT_TRIGGERS: tuple[str, ...] = (*LABELS, DEADLINE_TRIGGER, SUSPICIOUS_TRIGGER)


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


def _checked(default: str, check: Any) -> Any:
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

    model_path: str = "intake-model.pkl"
    review_threshold: float = _between(0.62, 0.0, 1.0)  # from `intake eval --threshold`


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


@dataclass(frozen=True)
class ImapConfig:
    """Timing shared by every IMAP account: polling, IDLE, timeouts, backoff."""

    poll_interval: float = _positive(300.0)
    idle_timeout: float = _positive(1500.0)
    connect_timeout: float = _positive(15.0)
    read_timeout: float = _positive(60.0)
    max_backoff: float = _positive(900.0)


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
    """What is worth an immediate alert: labels, plus "deadline_48h" and "suspicious"."""

    triggers: tuple[str, ...] = field(
        default=("suspension", "deadline_48h", "suspicious"),
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
    imap: ImapConfig = ImapConfig()
    notify: NotifyConfig = NotifyConfig()
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
        config = _build(Config, table, "")
        _check_names(config)
    except ConfigError as err:
        raise ConfigError(f"{path}: {err}") from err
    return replace(config, source=path.resolve())


RESERVED_CLIENT_NAMES = frozenset({"consultant"})  # the consultant digest's own key
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


def _check_names(config: Config) -> None:
    """Client names are simple identifiers and not reserved; account names unique per client."""
    for name, client in config.clients.items():
        if name in RESERVED_CLIENT_NAMES or not _NAME.match(name):
            raise ConfigError(
                f"clients.{name}: not a usable client name (letters, digits, . _ -;"
                f" not {', '.join(sorted(RESERVED_CLIENT_NAMES))})"
            )
        seen: set[str] = set()
        for index, account in enumerate(client.accounts):
            if account.name in seen:
                raise ConfigError(
                    f"clients.{name}.accounts[{index}].name: {account.name!r} is used twice"
                )
            seen.add(account.name)


def _build(cls: type, table: Any, path: str) -> Any:
    """Build dataclass ``cls`` from a TOML table, checking keys and types."""
    if not isinstance(table, dict):
        raise ConfigError(f"{path or 'top level'}: expected a table")
    hints = get_type_hints(cls)
    known = {f.name: f for f in fields(cls) if not f.metadata.get("internal")}
    for key in table:
        if key not in known:
            raise ConfigError(f"{_join(path, key)}: unknown key")
    values: dict[str, Any] = {}
    for name, spec in known.items():
        key_path = _join(path, name)
        if name not in table:
            if spec.metadata.get("required"):
                raise ConfigError(f"{key_path}: required")
            continue
        values[name] = _convert(hints[name], table[name], key_path, spec.metadata)
    return cls(**values)


def _convert(hint: Any, value: Any, path: str, metadata: Any) -> Any:
    """Check one value against its declared type and convert TOML shapes to ours."""
    origin = get_origin(hint)
    if origin in (Union, UnionType):
        hint = next(arg for arg in get_args(hint) if arg is not type(None))
        origin = get_origin(hint)
    if origin is dict:
        item_type = get_args(hint)[1]
        if not isinstance(value, dict):
            raise ConfigError(f"{path}: expected a table")
        return {key: _build(item_type, item, _join(path, key)) for key, item in value.items()}
    if origin is tuple:
        item_type = get_args(hint)[0]
        if not isinstance(value, list):
            raise ConfigError(f"{path}: expected a list")
        if hasattr(item_type, "__dataclass_fields__"):
            return tuple(_build(item_type, item, f"{path}[{i}]") for i, item in enumerate(value))
        each = {"check": metadata.get("item_check"), "choices": metadata.get("item_choices")}
        return tuple(
            _convert(item_type, item, f"{path}[{i}]", each) for i, item in enumerate(value)
        )
    if hasattr(hint, "__dataclass_fields__"):
        return _build(hint, value, path)
    return _scalar(hint, value, path, metadata)


def _scalar(hint: Any, value: Any, path: str, metadata: Any) -> Any:
    if hint is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if hint is int and isinstance(value, bool) or not isinstance(value, hint):
        raise ConfigError(f"{path}: expected {_type_name(hint)}, got {_type_name(type(value))}")
    choices = metadata.get("choices") if metadata else None
    if choices and value not in choices:
        raise ConfigError(f"{path}: must be one of {', '.join(choices)}, got {value!r}")
    check = metadata.get("check") if metadata else None
    reason = check(value) if check else None
    if reason:
        raise ConfigError(f"{path}: {reason}")
    return value


def _type_name(kind: type) -> str:
    names = {str: "a string", int: "an integer", float: "a number", bool: "true or false"}
    return names.get(kind, {list: "a list", dict: "a table"}.get(kind, kind.__name__))


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key
