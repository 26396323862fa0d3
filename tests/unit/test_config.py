"""Config loading: defaults, key-path errors, types, path resolution."""

from __future__ import annotations

from pathlib import Path

import pytest

from intake.config import AMAZON_SENDER_DOMAINS, Config, load_config
from intake.errors import ConfigError

EXAMPLE = Path(__file__).resolve().parents[2] / "config.example.toml"


def _load(tmp_path: Path, body: str) -> Config:
    path = tmp_path / "intake.toml"
    path.write_text(body)
    return load_config(path)


def _error(tmp_path: Path, body: str) -> str:
    with pytest.raises(ConfigError) as caught:
        _load(tmp_path, body)
    return str(caught.value)


def test_no_file_gives_defaults() -> None:
    """Without a config file, intake runs on SQLite in the working folder."""
    config = load_config(None)
    assert config.database.url == "sqlite:///intake.db"
    assert config.classifier.review_threshold == 0.87
    assert config.client_names() == ["default"]


def test_example_config_is_valid() -> None:
    """The documented example loads: every key it shows is a real key."""
    config = load_config(EXAMPLE)
    assert config.clients, "the example shows at least one client"
    account = next(iter(config.clients.values())).accounts[0]
    assert account.tls == "ssl" and account.password_env


def test_account_fields_and_defaults(tmp_path: Path) -> None:
    """Accounts get INBOX, Amazon sender domains and the TLS port by default."""
    config = _load(
        tmp_path,
        '[clients.acme]\nname = "Acme"\n[[clients.acme.accounts]]\n'
        'name = "main"\nhost = "imap.example.com"\nusername = "me"\n',
    )
    account = config.clients["acme"].accounts[0]
    assert account.folders == ("INBOX",)
    assert account.senders == AMAZON_SENDER_DOMAINS
    assert account.effective_port == 993


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("[database]\nurll = 'x'\n", "database.urll: unknown key"),
        ("colour = 'blue'\n", "colour: unknown key"),
        (
            "[classifier]\nreview_threshold = 'high'\n",
            "classifier.review_threshold: expected a number",
        ),
        ("[drafts]\nauto = 1\n", "drafts.auto: expected true or false"),
        ("[logging]\nlevel = 'LOUD'\n", "logging.level: must be one of"),
        ("[imap]\npoll_interval = true\n", "imap.poll_interval: expected a number"),
        (
            "[clients.acme]\n[[clients.acme.accounts]]\nname='a'\nhost='h'\nusername='u'\n"
            "[[clients.acme.accounts]]\nname='b'\nusername='u'\n",
            "clients.acme.accounts[1].host: required",
        ),
        (
            "[clients.acme]\n[[clients.acme.accounts]]\nname='a'\nhost='h'\nusername='u'\n"
            "folders = 'INBOX'\n",
            "clients.acme.accounts[0].folders: expected a list",
        ),
        (
            "[clients.acme]\n[[clients.acme.accounts]]\nname='a'\nhost='h'\nusername='u'\n"
            "port = 'x'\n",
            "clients.acme.accounts[0].port: expected an integer",
        ),
        ("[database\n", "invalid TOML"),
        ("[clients.consultant]\n", "clients.consultant: not a usable client name"),
        ("[clients.'a b']\n", "clients.a b: not a usable client name"),
        (
            "[clients.acme]\n[[clients.acme.accounts]]\nname='a'\nhost='h'\nusername='u'\n"
            "[[clients.acme.accounts]]\nname='a'\nhost='h2'\nusername='u'\n",
            "clients.acme.accounts[1].name: 'a' is used twice",
        ),
        ("[imap]\npoll_interval = 0\n", "imap.poll_interval: must be above 0, got 0"),
        ("[imap]\nmax_backoff = -5\n", "imap.max_backoff: must be above 0, got -5"),
        ("[classifier]\nreview_threshold = 1.5\n", "review_threshold: must be from 0.0 to 1.0"),
        ("[notify.smtp]\nport = 70000\n", "notify.smtp.port: must be from 0 to 65535"),
        ("[notify.alerts]\nmax_age_hours = 0\n", "notify.alerts.max_age_hours: must be above 0"),
        (
            "[notify]\nconsultant_to = ['desk@agency.test', 'Consultant Team']\n",
            "notify.consultant_to[1]: 'Consultant Team' is not an email address",
        ),
        ("[notify]\nfrom_addr = 'intake'\n", "notify.from_addr: 'intake' is not an email address"),
        (
            "[clients.acme]\ndigest_to = ['owner at acme']\n",
            "clients.acme.digest_to[0]: 'owner at acme'",
        ),
        (
            "[notify.alerts]\ntriggers = ['suspension', 'suspenion']\n",
            "notify.alerts.triggers[1]: must be one of suspension,",
        ),
        (
            "[clients.acme]\n[[clients.acme.accounts]]\nname='a'\nhost='h'\nusername='u'\n"
            "batch_size = 0\n",
            "clients.acme.accounts[0].batch_size: must be above 0, got 0",
        ),
    ],
)
def test_errors_name_the_key(tmp_path: Path, body: str, message: str) -> None:
    """Each mistake is one line that names the file and the key path."""
    error = _error(tmp_path, body)
    assert message in error
    assert str(tmp_path / "intake.toml") in error
    assert "\n" not in error


def test_missing_file_is_a_config_error(tmp_path: Path) -> None:
    """A --config path that does not exist is reported, not a traceback."""
    with pytest.raises(ConfigError, match="config file not found"):
        load_config(tmp_path / "nope.toml")


def test_integer_accepted_for_float(tmp_path: Path) -> None:
    """``review_threshold = 1`` is a number, like 1.0."""
    assert (
        _load(tmp_path, "[classifier]\nreview_threshold = 1\n").classifier.review_threshold == 1.0
    )


def test_relative_sqlite_path_resolves_against_config_folder(tmp_path: Path) -> None:
    """A relative database path means: next to the config file, wherever intake runs."""
    config = _load(tmp_path, "[database]\nurl = 'sqlite:///data/intake.db'\n")
    assert config.database_url == f"sqlite:///{tmp_path / 'data' / 'intake.db'}"
    assert config.resolve("model.pkl") == tmp_path / "model.pkl"


def test_password_not_in_repr(tmp_path: Path) -> None:
    """A password written in the file never shows in a repr (logs, tracebacks)."""
    config = _load(
        tmp_path,
        "[clients.a]\n[[clients.a.accounts]]\nname='a'\nhost='h'\nusername='u'\n"
        "password = 's3cret-value'\n",
    )
    assert "s3cret-value" not in repr(config)


def test_every_problem_is_reported_not_just_the_first(tmp_path: Path) -> None:
    """A config with three mistakes names all three, one line each, with the file."""
    with pytest.raises(ConfigError) as caught:
        _load(
            tmp_path,
            "[database]\nurll = 'x'\n[classifier]\nreview_threshold = 7\n"
            "[clients.acme]\n[[clients.acme.accounts]]\nname = 'main'\nusername = 'u'\n",
        )
    lines = caught.value.lines()
    path = tmp_path / "intake.toml"
    assert lines == [
        f"{path}: database.urll: unknown key",
        f"{path}: classifier.review_threshold: must be from 0.0 to 1.0, got 7.0",
        f"{path}: clients.acme.accounts[0].host: required",
    ]


@pytest.mark.parametrize(
    ("body", "key"),
    [
        ("[clients.acme]\n[[clients.acme.accounts]]\nname = 'm'\nhost = 'imap.example.com'\n"
         "username = 'u'\ntls = 'plain'\n", "clients.acme.accounts[0].tls"),
        ("[notify.smtp]\nhost = 'smtp.example.com'\ntls = 'plain'\n", "notify.smtp.tls"),
    ],
)  # fmt: skip
def test_plaintext_to_a_remote_host_is_refused_on_load(tmp_path: Path, body: str, key) -> None:
    """tls = "plain" to a host that is not loopback fails when the config loads, for every
    command, not only when a connection is tried."""
    message = _error(tmp_path, body)
    assert f"{key}: plain is allowed only for a loopback host" in message


def test_plaintext_to_loopback_is_allowed(tmp_path: Path) -> None:
    """A local test server or relay may be plain."""
    config = _load(
        tmp_path,
        "[clients.acme]\n[[clients.acme.accounts]]\nname = 'm'\nhost = '127.0.0.1'\n"
        "username = 'u'\ntls = 'plain'\n[notify.smtp]\nhost = 'localhost'\ntls = 'plain'\n",
    )
    assert config.clients["acme"].accounts[0].tls == "plain"
