"""Real mail servers for tests, on 127.0.0.1 only: a throwaway Dovecot IMAP server and aiosmtpd SMTP
servers (plain, STARTTLS, implicit TLS) with AUTH PLAIN/LOGIN and XOAUTH2.

``Dovecot`` runs a private instance from its own configuration in a temporary directory: plain-password
users in a passwd file, maildir, Drafts (``\\Drafts``) and Sent (``\\Sent``) special-use folders, its
own process group (killed whole afterwards). As root it runs its helpers as the ``dovecot``/``dovenull``
system users and the mail belongs to ``nobody``; otherwise everything runs as whoever runs the tests.
``append`` puts a message in a folder over IMAP (as a client would, and as the incoming mail of a
sync test arrives); ``reset_uidvalidity`` makes a folder's UIDVALIDITY change (as a server does when it
rebuilds a folder).

``SmtpServer`` is aiosmtpd with a certificate made for the session (``certificate``: the ``openssl``
command); it keeps every message it accepted (``messages``) with its envelope.

The fixtures (``dovecot``, ``smtp_starttls``, ``smtp_tls``, ``smtp_plain``, ``tls_certificate``) are
registered in tests/conftest.py, so any test directory can use them.
"""

from __future__ import annotations

import base64
import contextlib
import imaplib
import os
import pwd
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

HOW_TO_INSTALL = "run `make system-deps` (as root: apt-get install dovecot-imapd)"
DOVECOT = "/usr/sbin/dovecot"
FIXTURE_EML = Path(__file__).resolve().parents[3] / "shared" / "fixtures" / "eml"


class MailServerUnavailable(RuntimeError):
    """The server cannot be started here; the message says why and what to do."""


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def dovecot_binary() -> str:
    found = shutil.which("dovecot") or (DOVECOT if Path(DOVECOT).exists() else None)
    if found is None:
        raise MailServerUnavailable(f"dovecot is not installed; {HOW_TO_INSTALL}")
    return found


# --- a self-signed certificate for the session --------------------------------------------------------


@dataclass(frozen=True)
class Certificate:
    """A self-signed certificate for 127.0.0.1 and localhost, with its key: ``cert`` is also the CA file
    a client trusts (``--ca-file``)."""

    cert: Path
    key: Path

    def server_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(self.cert, self.key)
        return context


def make_certificate(directory: Path) -> Certificate:
    openssl = shutil.which("openssl")
    if openssl is None:
        raise MailServerUnavailable("the openssl command is missing (apt-get install openssl)")
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(
        [
            openssl,
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-subj",
            "/CN=localhost",
            "-addext",
            "subjectAltName=DNS:localhost,IP:127.0.0.1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    return Certificate(cert, key)


# --- Dovecot --------------------------------------------------------------------------------------------


@dataclass
class Dovecot:
    """A private Dovecot IMAP server: ``start()``, ``stop()``; ``users`` maps names to passwords.

    ``tls``: also offer STARTTLS with ``certificate`` (plain login stays allowed without it, as on
    127.0.0.1 nothing crosses a network)."""

    users: dict[str, str] = field(default_factory=lambda: {"alex": "mail-Pa55"})
    certificate: Certificate | None = None
    tokens: dict[str, str] = field(default_factory=dict)  # user → XOAUTH2 bearer token it accepts
    # Folders made for every user, with their special-use attribute ("" for none: a server that marks
    # nothing, where only the names tell)
    folders: dict[str, str] = field(default_factory=lambda: {"Drafts": "\\Drafts", "Sent": "\\Sent"})
    directory: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="followup-dovecot-")))
    port: int = field(default_factory=free_port)
    _process: subprocess.Popen[bytes] | None = None
    _introspection: Any = None

    host = "127.0.0.1"

    def _oauth2_lines(self) -> str:
        """With ``tokens``: XOAUTH2 through Dovecot's oauth2 passdb, which asks a token introspection
        endpoint (RFC 7662) on 127.0.0.1, served here from ``tokens``."""
        if not self.tokens:
            return ""
        self._introspection = _introspection_server(self.tokens)
        port = self._introspection.server_address[1]
        conf = self.directory / "oauth2.conf.ext"
        conf.write_text(
            f"introspection_mode = post\nintrospection_url = http://127.0.0.1:{port}/introspect\n"
            "username_attribute = username\nactive_attribute = active\nactive_value = true\n"
        )
        os.chmod(conf, 0o644)
        return f"""passdb {{
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = {conf}
}}
"""

    def _mailbox_lines(self) -> str:
        lines = []
        for name, use in self.folders.items():
            quoted = '"' + name.replace('"', '\\"') + '"'
            lines.append(
                f"  mailbox {quoted} {{\n"
                + (f"    special_use = {use}\n" if use else "")
                + "    auto = subscribe\n  }\n"
            )
        return "".join(lines)

    def start(self, timeout: float = 20.0) -> None:
        binary = dovecot_binary()
        root = os.geteuid() == 0
        me = pwd.getpwuid(os.geteuid()).pw_name
        group = _group_name(os.getegid())
        internal_user, internal_group, login_user = (
            ("dovecot", "dovecot", "dovenull") if root else (me, group, me)
        )
        owner = pwd.getpwnam("nobody") if root else pwd.getpwuid(os.geteuid())
        d = self.directory
        os.chmod(d, 0o755)
        for sub in ("mail", "home", "base", "state"):
            (d / sub).mkdir(exist_ok=True)
        for sub in ("mail", "home"):
            os.chown(d / sub, owner.pw_uid, owner.pw_gid)
        passwd = d / "passwd"
        passwd.write_text("".join(f"{name}:{{PLAIN}}{password}\n" for name, password in self.users.items()))
        os.chmod(passwd, 0o644)
        ssl_lines = "ssl = no\n"
        if self.certificate is not None:
            ssl_lines = f"ssl = yes\nssl_cert = <{self.certificate.cert}\nssl_key = <{self.certificate.key}\n"
        config = d / "dovecot.conf"
        config.write_text(
            f"""protocols = imap
listen = 127.0.0.1
base_dir = {d}/base
state_dir = {d}/state
log_path = {d}/dovecot.log
info_log_path = {d}/dovecot.log
{ssl_lines}disable_plaintext_auth = no
auth_mechanisms = plain login{" xoauth2 oauthbearer" if self.tokens else ""}
default_internal_user = {internal_user}
default_internal_group = {internal_group}
default_login_user = {login_user}
mail_location = maildir:{d}/mail/%u
{self._oauth2_lines()}passdb {{
  driver = passwd-file
  mechanisms = plain login
  args = scheme=PLAIN username_format=%u {passwd}
}}
userdb {{
  driver = static
  args = uid={owner.pw_uid} gid={owner.pw_gid} home={d}/home/%u
}}
namespace inbox {{
  inbox = yes
  separator = /
{self._mailbox_lines()}}}
service anvil {{
  chroot =
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {self.port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service stats {{
  unix_listener stats-reader {{
    mode = 0666
  }}
  unix_listener stats-writer {{
    mode = 0666
  }}
}}
"""
        )
        log = (d / "stdout.log").open("wb")
        self._process = subprocess.Popen(
            [binary, "-F", "-c", str(config)],
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: stop() kills the whole group
        )
        log.close()
        deadline = time.monotonic() + timeout
        while not self._listening():
            if self._process.poll() is not None:
                raise MailServerUnavailable(f"dovecot exited at start: {self._log_tail()}")
            if time.monotonic() > deadline:
                self.stop()
                raise MailServerUnavailable(
                    f"dovecot was not ready within {timeout:.0f} s: {self._log_tail()}"
                )
            time.sleep(0.02)

    def _listening(self) -> bool:
        try:
            with socket.create_connection((self.host, self.port), timeout=0.5) as s:
                return s.recv(64).startswith(b"* OK")
        except OSError:
            return False

    def _log_tail(self) -> str:
        lines: list[str] = []
        for name in ("stdout.log", "dovecot.log"):
            with contextlib.suppress(OSError):
                lines += (self.directory / name).read_text(errors="replace").strip().splitlines()[-5:]
        return " | ".join(lines) or "(no log)"

    def stop(self) -> None:
        if self._introspection is not None:
            self._introspection.shutdown()
            self._introspection.server_close()
            self._introspection = None
        if self._process is not None:
            if self._process.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self._process.pid, signal.SIGKILL)
            self._process.wait(timeout=10)
        self._process = None
        shutil.rmtree(self.directory, ignore_errors=True)

    # --- what a test does to the mailbox, as a mail client would -----------------------------------

    def client(self, user: str = "alex") -> imaplib.IMAP4:
        connection = imaplib.IMAP4(self.host, self.port, timeout=10)
        connection.login(user, self.users[user])
        return connection

    def append(self, message: bytes, folder: str = "INBOX", user: str = "alex", flags: str = "") -> int:
        """Put ``message`` in ``folder`` by IMAP APPEND; its UID there."""
        with self.client(user) as connection:
            typ, data = connection.append(folder, flags or None, None, message)  # type: ignore[arg-type]
            assert typ == "OK", data
            code = data[-1].decode() if isinstance(data[-1], bytes) else str(data[-1])
            # "[APPENDUID <uidvalidity> <uid>] Append completed."
            return int(code.split("APPENDUID", 1)[1].split()[1].rstrip("]"))

    def append_fixtures(self, folder: str = "INBOX", user: str = "alex") -> list[str]:
        """Every real message file of ../shared/fixtures/eml in ``folder``; their names."""
        names = []
        for path in sorted(FIXTURE_EML.glob("*.eml")):
            self.append(path.read_bytes(), folder, user)
            names.append(path.name)
        return names

    def messages(self, folder: str, user: str = "alex") -> list[tuple[int, tuple[bytes, ...], bytes]]:
        """Every message of ``folder``: (UID, its lasting flags, raw bytes), by UID."""
        found = []
        with self.client(user) as connection:
            connection.select(_quoted(folder), readonly=True)
            _, data = connection.uid("SEARCH", "ALL")
            uids = [int(u) for u in data[0].split()] if data and data[0] else []
            for uid in uids:
                _typ, fetched = connection.uid("FETCH", str(uid), "(FLAGS BODY.PEEK[])")
                head = fetched[0]
                assert isinstance(head, tuple)
                flags = tuple(f for f in imaplib.ParseFlags(head[0]) if f != b"\\Recent")  # a session's flag
                found.append((uid, flags, head[1]))
        return found

    def uidvalidity(self, folder: str, user: str = "alex") -> int:
        with self.client(user) as connection:
            _typ, data = connection.status(_quoted(folder), "(UIDVALIDITY)")
            text = data[0].decode() if isinstance(data[0], bytes) else str(data[0])
            return int(text.rsplit("UIDVALIDITY", 1)[1].strip(" )"))

    def reset_uidvalidity(self, folder: str, user: str = "alex") -> None:
        """Make ``folder``'s UIDVALIDITY change, keeping its messages: Dovecot's UID list is deleted, so
        it numbers the folder afresh with a new UIDVALIDITY (as after a server rebuilds a folder)."""
        before = self.uidvalidity(folder, user)
        base = self.directory / "mail" / user
        where = base if folder.upper() == "INBOX" else base / f".{folder.replace('/', '.')}"
        for name in ("dovecot-uidlist", "dovecot.index", "dovecot.index.cache", "dovecot.index.log"):
            (where / name).unlink(missing_ok=True)
        # UIDVALIDITY is a time in seconds: wait for the clock to move past the old one
        while int(time.time()) <= before:
            time.sleep(0.05)
        assert self.uidvalidity(folder, user) != before

    def delete_folder(self, folder: str, user: str = "alex") -> None:
        with self.client(user) as connection:
            connection.delete(_quoted(folder))


def _introspection_server(tokens: dict[str, str]) -> Any:
    """An RFC 7662 token introspection endpoint on 127.0.0.1, in a thread: a token of ``tokens`` is
    active for its user, any other is not."""
    import json
    import threading
    import urllib.parse
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    users = {token: user for user, token in tokens.items()}

    class Introspect(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            form = urllib.parse.parse_qs(self.rfile.read(length).decode())
            token = (form.get("token") or [""])[0]
            user = users.get(token)
            body = json.dumps({"active": True, "username": user} if user else {"active": False}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:  # quiet
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Introspect)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def _quoted(folder: str) -> str:
    return '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _group_name(gid: int) -> str:
    import grp

    return grp.getgrgid(gid).gr_name


def dovecot_problem() -> str:
    """Why Dovecot cannot run here ("" when it can)."""
    try:
        dovecot_binary()
    except MailServerUnavailable as error:
        return str(error)
    return ""


# --- SMTP -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Received:
    mail_from: str
    rcpt_tos: tuple[str, ...]
    content: bytes
    login: str  # who logged in ("" when nobody did)
    mechanism: str


class _Handler:
    def __init__(self, server: SmtpServer) -> None:
        self.server = server

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        data = session.auth_data
        login = data.login.decode() if isinstance(data, LoginPassword) else ""
        self.server.messages.append(
            Received(
                envelope.mail_from,
                tuple(envelope.rcpt_tos),
                envelope.content,
                login,
                getattr(session, "auth_mechanism", "") or "",
            )
        )
        return "250 OK"


class _XOAuth2SMTP(SMTP):
    """aiosmtpd's server with AUTH XOAUTH2 (RFC 7628's bearer token, as Gmail and Microsoft 365 take
    it): ``user=NAME^Aauth=Bearer TOKEN^A^A``, checked against the server's tokens."""

    async def auth_XOAUTH2(self, server: Any, args: list[bytes]) -> AuthResult:
        owner: SmtpServer = self._followup  # type: ignore[attr-defined]
        if len(args) > 1:
            blob = args[1]
        else:
            blob = await self.challenge_auth("", encode_to_b64=False, log_client_response=False)
            if not isinstance(blob, bytes):
                return AuthResult(success=False, handled=False)
        try:
            text = base64.b64decode(blob, validate=True).decode("utf-8")
        except ValueError:
            return AuthResult(success=False, handled=False)
        parts = dict(p.split("=", 1) for p in text.split("\x01") if "=" in p)
        user, auth = parts.get("user", ""), parts.get("auth", "")
        ok = auth.startswith("Bearer ") and owner.tokens.get(user) == auth.removeprefix("Bearer ")
        if ok:
            self.session.auth_mechanism = "XOAUTH2"  # type: ignore[attr-defined]
        return AuthResult(success=ok, handled=False, auth_data=LoginPassword(user.encode(), b""))


class _Controller(Controller):
    def __init__(self, owner: SmtpServer, **kwargs: Any) -> None:
        self._owner = owner
        super().__init__(**kwargs)

    def factory(self) -> SMTP:
        server = _XOAuth2SMTP(self.handler, **self.SMTP_kwargs)
        server._followup = self._owner  # type: ignore[attr-defined]
        return server


@dataclass
class SmtpServer:
    """aiosmtpd on 127.0.0.1: ``security`` is ``starttls``, ``tls`` (implicit TLS) or ``none``; it logs
    in ``users`` (name → password) by PLAIN or LOGIN and ``tokens`` (name → bearer token) by XOAUTH2, and
    keeps every message it accepted."""

    security: str = "starttls"
    certificate: Certificate | None = None
    users: dict[str, str] = field(default_factory=lambda: {"alex": "mail-Pa55"})
    tokens: dict[str, str] = field(default_factory=dict)
    port: int = field(default_factory=free_port)
    messages: list[Received] = field(default_factory=list)
    _controller: Controller | None = None

    host = "127.0.0.1"

    def start(self) -> None:
        kwargs: dict[str, Any] = {
            "hostname": self.host,
            "port": self.port,
            "authenticator": self._authenticate,
            "auth_require_tls": False,
        }
        if self.security == "starttls":
            assert self.certificate is not None
            kwargs["tls_context"] = self.certificate.server_context()
            kwargs["require_starttls"] = True
        elif self.security == "tls":
            assert self.certificate is not None
            kwargs["ssl_context"] = self.certificate.server_context()
        self._controller = _Controller(self, handler=_Handler(self), **kwargs)
        if self.security == "tls":
            self._controller._trigger_server = self._trigger_tls  # type: ignore[method-assign]
        self._controller.start()

    def _trigger_tls(self) -> None:
        # aiosmtpd's readiness probe speaks plain text; over implicit TLS it must wrap the socket first
        assert self.certificate is not None
        context = ssl.create_default_context(cafile=str(self.certificate.cert))
        with (
            socket.create_connection((self.host, self.port), timeout=5) as raw,
            context.wrap_socket(raw, server_hostname=self.host) as s,
        ):
            s.recv(1024)

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
        self._controller = None

    def _authenticate(
        self, server: Any, session: Any, envelope: Any, mechanism: str, data: Any
    ) -> AuthResult:
        ok = isinstance(data, LoginPassword) and self.users.get(data.login.decode()) == data.password.decode()
        if ok:
            session.auth_mechanism = mechanism
        # handled=False: the server answers 235 or 535 itself
        return AuthResult(success=ok, handled=False, auth_data=data if ok else None)
