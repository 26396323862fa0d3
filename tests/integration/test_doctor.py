"""`intake doctor` against a real Dovecot and a real SMTP server (aiosmtpd)."""

# ruff: noqa: F811 - pytest fixtures are imported by name and used as arguments

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli import run_cli as run
from tests.integration.dovecot import dovecot, tls_files, write_config  # noqa: F401
from tests.integration.smtp import make_certificate, running_smtp_server


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    return make_certificate(tmp_path_factory.mktemp("tls"))


def _notify(server, ca: Path, password: str) -> str:
    return (
        '[notify]\ndelivery = "smtp"\n'
        f'[notify.smtp]\nhost = "{server.host}"\nport = {server.port}\ntls = "starttls"\n'
        f'ca_file = "{ca}"\nusername = "intake"\npassword_env = "DOCTOR_SMTP_SECRET"\n'
        "timeout = 5.0\n"
    )


@pytest.mark.dovecot
@pytest.mark.smtp
def test_doctor_passes_a_working_install(
    capsys, tmp_path, dovecot, model_path, certificate, monkeypatch
):
    """GIVEN an initialised install with a working IMAP account and SMTP login WHEN doctor
    runs THEN one ok line per check and exit 0."""
    ca, cert, key = certificate
    monkeypatch.setenv("DOCTOR_SMTP_SECRET", "s3cret")
    user = dovecot.add_user("acme-owner", "open sesame")
    with running_smtp_server(
        tls="starttls", certificate=(cert, key), logins={"intake": "s3cret"}
    ) as server:
        path = write_config(tmp_path, dovecot, user, model_path,
                            extra=_notify(server, ca, "s3cret"))  # fmt: skip
        assert run(capsys, "--config", str(path), "init")[0] == 0
        code, out, err = run(capsys, "doctor", "--config", str(path))
    assert code == 0, out + err
    names = [line.split(":", 1)[0] for line in out.splitlines()]
    assert names == ["ok    config", "ok    database", "ok    model",
                     "ok    imap acme/acme-inbox", "ok    smtp", "ok    templates"]  # fmt: skip
    assert "login ok; INBOX (0 messages)" in out
    assert len(server.received) == 0  # a check sends nothing


@pytest.mark.dovecot
@pytest.mark.smtp
def test_doctor_names_every_failure_and_exits_1(
    capsys, tmp_path, dovecot, model_path, certificate, monkeypatch
):
    """GIVEN a wrong IMAP password, a second account with a missing folder, a refused SMTP
    login, no database yet and a broken template override WHEN doctor runs THEN each is
    its own FAIL line and the exit code is 1."""
    ca, cert, key = certificate
    monkeypatch.setenv("DOCTOR_SMTP_SECRET", "wrong")
    user = dovecot.add_user("acme-owner", "open sesame")
    other = dovecot.add_user("acme-other", "pw")
    overrides = tmp_path / "templates"
    overrides.mkdir()
    (overrides / "suspension.txt.j2").write_text("Hello {{ no_such_name }\n")
    second = (
        f'[[clients.acme.accounts]]\nname = "archive"\nhost = "{dovecot.host}"\n'
        f'port = {dovecot.plain_port}\ntls = "plain"\nusername = "{other.name}"\n'
        f'password = "pw"\nfolders = ["INBOX", "NoSuchFolder"]\n'
    )
    with running_smtp_server(
        tls="starttls", certificate=(cert, key), logins={"intake": "s3cret"}
    ) as server:
        path = write_config(
            tmp_path, dovecot, user, model_path, password="wrong",
            extra=second + f'[drafts]\ntemplates = "{overrides}"\n' + _notify(server, ca, ""),
        )  # fmt: skip
        code, out, _ = run(capsys, "--config", str(path), "doctor", "--json")
    assert code == 1
    checks = {item["check"]: item for item in map(json.loads, out.splitlines())}
    assert checks["config"]["ok"]
    assert not checks["database"]["ok"] and "intake init" in checks["database"]["detail"]
    assert not checks["imap acme/acme-inbox"]["ok"]
    assert not checks["imap acme/archive"]["ok"]
    assert "NoSuchFolder" in checks["imap acme/archive"]["detail"]
    assert not checks["smtp"]["ok"] and "refused the login" in checks["smtp"]["detail"]
    assert not checks["templates"]["ok"] and "suspension.txt.j2" in checks["templates"]["detail"]
    assert not (tmp_path / "intake.db").exists()  # doctor creates nothing


def test_doctor_reports_a_broken_config_one_line_per_problem(capsys, tmp_path):
    """A config that does not load is the failed check, every problem on its own line."""
    path = tmp_path / "intake.toml"
    path.write_text("[database]\nurll = 1\n[imap]\npoll_interval = -1\n")
    code, out, _ = run(capsys, "doctor", "--config", str(path))
    assert code == 1
    assert out.splitlines() == [
        f"FAIL  config: {path}: database.urll: unknown key",
        f"FAIL  config: {path}: imap.poll_interval: must be above 0, got -1.0",
    ]
