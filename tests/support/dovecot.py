"""A real IMAP server for the mailbox tests: Dovecot (Debian's dovecot-imapd) on 127.0.0.1, run as the current
user with a throw-away configuration, a static passwd-file and a maildir in a temporary folder; TLS with a
self-signed certificate made here. Plain IMAP (with STARTTLS) on one port, implicit TLS on another."""

from __future__ import annotations

import grp
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.support.smtp import free_port, self_signed

DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"
USER, PASSWORD = "support@reseller-desk.co.kr", "imap-pass-123"

CONFIG = """\
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
listen = 127.0.0.1
protocols = imap
ssl = yes
ssl_cert = <{cert}
ssl_key = <{key}
ssl_min_protocol = TLSv1.2
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = {internal}
default_internal_group = {group}
default_login_user = {login}
first_valid_uid = {uid}
last_valid_uid = {uid}
first_valid_gid = 0
mail_location = maildir:{store}/mail/%u
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={store}/home/%u
}}
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Handled {{
    auto = create
  }}
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {tls_port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
}}
service auth {{
  user = {me}
}}
service auth-worker {{
  user = {me}
}}
service stats {{
  chroot =
}}
service imap {{
  process_limit = 20
}}
"""


@dataclass
class Dovecot:
    root: Path
    port: int  # plain, STARTTLS offered
    tls_port: int  # implicit TLS
    cert: str
    user: str = USER
    password: str = PASSWORD

    def log(self) -> str:
        path = self.root / "dovecot.log"
        return path.read_text(errors="replace") if path.exists() else ""


def _wait_for(port: int, process: subprocess.Popen, root: Path) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"dovecot stopped: {(root / 'dovecot.log').read_text(errors='replace')}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1) as s:
                if s.recv(100).startswith(b"* OK"):
                    return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError("dovecot did not answer within 20 s")


@contextmanager
def dovecot_server(root: Path) -> Iterator[Dovecot]:
    root.mkdir(parents=True, exist_ok=True)
    for sub in ("run", "state", "mail", "home"):
        (root / sub).mkdir(exist_ok=True)
    cert, key = self_signed(root)
    (root / "passwd").write_text(f"{USER}:{{PLAIN}}{PASSWORD}::::::\n")
    uid, gid = os.getuid(), os.getgid()
    port, tls_port = free_port(), free_port()
    conf = root / "dovecot.conf"
    me = pwd.getpwuid(uid).pw_name
    store = root
    if uid == 0:  # Dovecot keeps no mail as uid 0: under root the maildir belongs to its own user, in a
        # folder it can reach (pytest's temporary folders are private to root)
        mail_user = pwd.getpwnam("dovecot")
        uid, gid = mail_user.pw_uid, mail_user.pw_gid
        store = Path(tempfile.mkdtemp(prefix="dovecot-mail-"))
        os.chmod(store, 0o755)
        for sub in ("mail", "home"):
            (store / sub).mkdir()
            os.chown(store / sub, uid, gid)
    internal, login = ("dovecot", "dovenull") if me == "root" else (me, me)
    conf.write_text(CONFIG.format(root=root, store=store, me=me, cert=cert, key=key, internal=internal, login=login,
                                  group=grp.getgrgid(gid).gr_name, uid=uid, gid=gid, port=port, tls_port=tls_port))
    process = subprocess.Popen([DOVECOT, "-F", "-c", str(conf)], stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    try:
        _wait_for(port, process, root)
        yield Dovecot(root, port, tls_port, cert)
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if store != root:
            shutil.rmtree(store, ignore_errors=True)


@pytest.fixture(scope="session")
def dovecot(tmp_path_factory) -> Iterator[Dovecot]:
    """One Dovecot for the whole run (tests use a folder each), stopped at the end."""
    with dovecot_server(tmp_path_factory.mktemp("dovecot")) as server:
        yield server
