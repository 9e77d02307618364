"""A mail server as the account names it (host, port, security, user, how to log in), the TLS context
that checks it, and every way connecting to it fails as one line (``ServerError``).

Shared by the IMAP layer (``mail.imap``) and the SMTP session (``mail.submission``). Security is
``tls`` (TLS from the first byte: IMAPS 993, SMTPS 465), ``starttls`` (plain, then upgraded: IMAP 143,
submission 587) or ``none``, which is refused for any host but this machine: the password would cross
a network in clear text. ``ca_file`` trusts one more certificate authority (a self-signed server's own
certificate); the system's authorities stay trusted and host names are always checked.
"""

from __future__ import annotations

import socket
import ssl
from dataclasses import dataclass

from followup.core.errors import FollowupError, InvalidInput

SECURITY = ("tls", "starttls", "none")
AUTH = ("password", "xoauth2")
TIMEOUT = 30.0  # seconds for a connection or one answer


class ServerError(FollowupError):
    """A server could not be used; ``kind`` says how (``auth``, ``down``, ``host``, ``tls``,
    ``timeout``, ``protocol``), the message says it in one line naming the server."""

    exit_code = 2

    def __init__(self, message: str, kind: str) -> None:
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True)
class Server:
    """One server of an account: ``protocol`` is ``IMAP`` or ``SMTP`` (for messages)."""

    protocol: str
    host: str
    port: int
    security: str
    user: str
    auth: str = "password"
    ca_file: str = ""
    timeout: float = TIMEOUT

    @property
    def label(self) -> str:
        return f"{self.protocol} server {self.host}:{self.port}"

    def check(self, option_prefix: str) -> None:
        """Refuse what can never work or is unsafe, before connecting (``option_prefix``: ``--imap``)."""
        from followup.mail.smtp import is_loopback  # not at import: it loads smtplib

        if self.security not in SECURITY:
            raise InvalidInput(f"{option_prefix}-security", " or ".join(SECURITY), self.security)
        if self.auth not in AUTH:
            raise InvalidInput("--auth", " or ".join(AUTH), self.auth)
        if self.security == "none" and not is_loopback(self.host):
            raise InvalidInput(
                f"{option_prefix}-security",
                f"tls or starttls for {self.host}, a server outside this machine (none would send your "
                "password and mail in clear text)",
                self.security,
            )
        if not 0 < self.port < 65536:
            raise InvalidInput(f"{option_prefix}-port", "a port number (1 to 65535)", str(self.port))

    def tls_context(self) -> ssl.SSLContext:
        try:
            return ssl.create_default_context(cafile=self.ca_file or None)
        except (OSError, ssl.SSLError) as error:
            reason = getattr(error, "strerror", None) or error.__class__.__name__
            raise InvalidInput("--ca-file", f"a PEM file of certificates ({reason})", self.ca_file) from None


def failure(server: Server, error: BaseException) -> ServerError:
    """``error`` (raised while connecting to or talking with ``server``) as one line naming the server;
    never a password (none of these errors carries one)."""
    where = server.label
    if isinstance(error, ServerError):
        return error
    if isinstance(error, (socket.gaierror, UnicodeError)):  # UnicodeError: no possible host name
        return ServerError(f"{where}: unknown host {server.host!r} (check the name)", "host")
    if isinstance(error, ssl.SSLCertVerificationError):
        reason = error.verify_message or "not trusted"
        return ServerError(
            f"{where}: its TLS certificate is not accepted ({reason}); for a server with its own "
            "certificate give --ca-file",
            "tls",
        )
    if isinstance(error, ssl.SSLError):
        reason = error.reason or error.__class__.__name__
        hint = ""
        if reason in ("WRONG_VERSION_NUMBER", "UNKNOWN_PROTOCOL", "RECORD_LAYER_FAILURE"):
            hint = " (does this port speak TLS from the start? try the other security: starttls or tls)"
        return ServerError(f"{where}: TLS failed ({reason}){hint}", "tls")
    if isinstance(error, (TimeoutError, socket.timeout)):
        return ServerError(f"{where}: no answer within {server.timeout:g} s", "timeout")
    if isinstance(error, ConnectionRefusedError):
        return ServerError(f"{where}: nothing answers there (is the server down, or the port wrong?)", "down")
    if isinstance(error, (ConnectionResetError, EOFError, BrokenPipeError)):
        return ServerError(
            f"{where}: the server closed the connection (is it the right port and security?)", "down"
        )
    if isinstance(error, OSError):
        return ServerError(
            f"{where}: could not connect ({error.strerror or error.__class__.__name__})", "down"
        )
    return ServerError(f"{where}: {error.__class__.__name__}", "protocol")


def refused_login(server: Server) -> ServerError:
    what = "token" if server.auth == "xoauth2" else "user name or password"
    return ServerError(f"{server.label}: the server refused the {what} for {server.user!r}", "auth")


def xoauth2_string(user: str, token: str) -> str:
    """The SASL XOAUTH2 initial response (before base64), as Google and Microsoft define it."""
    return f"user={user}\x01auth=Bearer {token}\x01\x01"
