"""The [notify] config: defaults, key checks, time and time zone validation."""

from __future__ import annotations

from pathlib import Path

import pytest

from intake.config import load_config
from intake.errors import ConfigError


def load(tmp_path: Path, text: str):
    path = tmp_path / "intake.toml"
    path.write_text(text)
    return load_config(path)


def test_defaults_send_nothing_anywhere(tmp_path: Path) -> None:
    """Without [notify], delivery is a local folder and nobody is a recipient."""
    config = load(tmp_path, "")
    assert config.notify.delivery == "folder" and config.notify.consultant_to == ()
    assert config.notify.alerts.triggers == ("suspension", "deadline_48h", "suspicious")
    assert config.notify.smtp.effective_port == 465


def test_client_recipients_and_zone(tmp_path: Path) -> None:
    """digest_to and timezone are read per client; STARTTLS defaults to port 587."""
    config = load(
        tmp_path,
        '[notify.smtp]\ntls = "starttls"\n'
        '[clients.acme]\ndigest_to = ["o@acme.test"]\ntimezone = "Europe/Berlin"\n',
    )
    assert config.clients["acme"].digest_to == ("o@acme.test",)
    assert config.clients["acme"].timezone == "Europe/Berlin"
    assert config.notify.smtp.effective_port == 587


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[notify.digest]\ntime = "8am"\n', 'notify.digest.time: expected a time like "08:00"'),
        ('[notify.digest]\ntime = "24:00"\n', "notify.digest.time: expected a time"),
        ('[notify.digest]\ntimezone = "Mars/Base"\n', "notify.digest.timezone: unknown time zone"),
        ('[clients.a]\ntimezone = "Nowhere"\n', "clients.a.timezone: unknown time zone"),
        ('[notify.digest]\nweekday = "funday"\n', "notify.digest.weekday: must be one of"),
        ('[notify]\ndelivery = "pigeon"\n', "notify.delivery: must be one of"),
        ('[notify.smtp]\nhots = "x"\n', "notify.smtp.hots: unknown key"),
    ],
)
def test_bad_values_name_the_key(tmp_path: Path, text: str, message: str) -> None:
    """Each bad value is a ConfigError naming its key path."""
    with pytest.raises(ConfigError, match=message.replace(".", r"\.")):
        load(tmp_path, text)
