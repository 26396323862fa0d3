"""The files a private test Dovecot needs: its config and a throw-away TLS certificate.

``render_config`` writes the whole ``dovecot.conf`` for a root folder (works
as root, where mail is stored as the ``mail`` user, and unprivileged, where
everything runs as the current user); ``make_tls_files`` makes a CA and a
server certificate it signed, with ``openssl``.
"""

from __future__ import annotations

import grp
import os
import pwd
import subprocess
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class TLSFiles:
    """A CA certificate and a server key pair it signed, for ``localhost``/127.0.0.1."""

    ca_cert: Path
    server_cert: Path
    server_key: Path


def render_config(
    root: Path,
    tls: TLSFiles,
    *,
    ports: tuple[int, int],
    idle: bool = True,
    tokeninfo_url: str = "",
) -> str:
    """``dovecot.conf`` for a server living in ``root``, on (plaintext, TLS) ``ports``.

    ``idle=False`` hides IDLE from clients; ``tokeninfo_url`` turns on XOAUTH2
    checked against that URL (and writes the oauth2 settings file it needs).
    """
    uid, gid = mail_owner()
    extra = ""
    if os.getuid() != 0:
        user = pwd.getpwuid(os.getuid()).pw_name
        extra += _UNPRIVILEGED.format(user=user, group=grp.getgrgid(os.getgid()).gr_name)
    if not idle:
        extra += _NO_IDLE
    if tokeninfo_url:
        settings = root / "oauth2.conf.ext"
        settings.write_text(f"tokeninfo_url = {tokeninfo_url}\nusername_attribute = email\n")
        extra += _OAUTH2.format(settings=settings)
    return _CONFIG.format(
        root=root, cert=tls.server_cert, key=tls.server_key, uid=uid, gid=gid,
        plain_port=ports[0], tls_port=ports[1], extra=extra,
    )  # fmt: skip


def mail_owner() -> tuple[int, int]:
    """The uid/gid mail is stored as: ``mail`` when root (Dovecot refuses root), else us."""
    if os.getuid() != 0:
        return os.getuid(), os.getgid()
    entry = pwd.getpwnam("mail")
    return entry.pw_uid, entry.pw_gid


_CONFIG = """\
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <{cert}
ssl_key = <{key}
disable_plaintext_auth = no
auth_mechanisms = plain login
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/home/%u
}}
mail_location = maildir:~/Maildir
first_valid_uid = {uid}
first_valid_gid = {gid}
imap_idle_notify_interval = 2 mins
# IDLE learns of new mail from inotify; when a busy machine has no inotify instance left,
# Dovecot falls back to checking every mailbox_idle_check_interval (30 s by default).
mailbox_idle_check_interval = 1 secs
# No per-IP auth penalty: a test's wrong password must not slow its other logins.
auth_failure_delay = 0
service anvil {{
  chroot =
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {plain_port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {tls_port}
    ssl = yes
  }}
}}
{extra}
"""

# When not root, every service runs as the current user and nothing chroots.
_UNPRIVILEGED = """\
default_internal_user = {user}
default_internal_group = {group}
default_login_user = {user}
service imap-login {{
  chroot =
}}
"""


# XOAUTH2 next to passwords, as Gmail and Microsoft 365 offer it.
_OAUTH2 = """\
auth_mechanisms = plain login xoauth2
passdb {{
  driver = oauth2
  mechanisms = xoauth2
  args = {settings}
}}
"""

# A server without IDLE, so clients must fall back to polling.
_NO_IDLE = """\
imap_capability = IMAP4rev1 LITERAL+ SASL-IR LOGIN-REFERRALS ID ENABLE UIDPLUS NAMESPACE UNSELECT
"""


def _openssl(*args: str) -> None:
    subprocess.run(["openssl", *args], check=True, capture_output=True)


def make_tls_files(folder: Path) -> TLSFiles:
    """A CA and a server certificate for localhost/127.0.0.1 it signed (EC keys: fast)."""
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    ca_key, ca_cert = folder / "ca.key", folder / "ca.pem"
    key, csr, cert = folder / "server.key", folder / "server.csr", folder / "server.pem"
    _openssl(
        "req",
        "-x509",
        *ec,
        "-keyout",
        str(ca_key),
        "-out",
        str(ca_cert),
        "-days",
        "2",
        "-subj",
        "/CN=intake test CA",
    )
    _openssl("req", *ec, "-keyout", str(key), "-out", str(csr), "-subj", "/CN=localhost")
    extensions = folder / "server.ext"
    extensions.write_text(
        "subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\n"
        "keyUsage=digitalSignature\nextendedKeyUsage=serverAuth\n"
    )
    _openssl(
        "x509", "-req", "-in", str(csr), "-CA", str(ca_cert), "-CAkey", str(ca_key),
        "-CAcreateserial", "-out", str(cert), "-days", "2", "-extfile", str(extensions),
    )  # fmt: skip
    return TLSFiles(ca_cert, cert, key)
