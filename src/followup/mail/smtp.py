"""Sending mail the user asked for (a reminder digest to themselves), through their own SMTP server.

Configuration comes from the environment, so that no password ever lands in the database, a log or an
export: ``FOLLOWUP_SMTP_HOST`` (required), ``FOLLOWUP_SMTP_PORT`` (587), ``FOLLOWUP_SMTP_USER``,
``FOLLOWUP_SMTP_SECURITY`` (``starttls``, ``tls`` or ``none``; ``none`` to a server outside this machine
only when the caller allows it, with a warning), and the password from ``FOLLOWUP_SMTP_PASSWORD_COMMAND``
(a command whose first line of output is the password, like msmtp's passwordeval or ``pass show``; it
may take ``FOLLOWUP_SMTP_PASSWORD_TIMEOUT`` seconds, 30 by default) or ``FOLLOWUP_SMTP_PASSWORD``. No
error ever quotes the password or what the command printed. Every sender is a ``Mailer``;
``NullMailer`` records instead of sending.
"""

from __future__ import annotations

import ipaddress
import os
import shlex
import smtplib
import ssl
import subprocess
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Any, Protocol

from followup.core.errors import FollowupError, InvalidInput

SECURITY = ("starttls", "tls", "none")
PASSWORD_COMMAND = "FOLLOWUP_SMTP_PASSWORD_COMMAND"
PASSWORD_TIMEOUT_VARIABLE = "FOLLOWUP_SMTP_PASSWORD_TIMEOUT"
PASSWORD_TIMEOUT = 30.0  # seconds a password command may take (it may wait for a keyring to unlock)


class MailError(FollowupError):
    exit_code = 2


class Mailer(Protocol):
    def send(self, message: EmailMessage) -> None: ...


@dataclass
class NullMailer:
    """Keeps what would have been sent (dry runs, tests of callers)."""

    sent: list[EmailMessage] = field(default_factory=list)

    def send(self, message: EmailMessage) -> None:
        self.sent.append(message)


@dataclass(frozen=True)
class SmtpMailer:
    host: str
    port: int = 587
    username: str = ""
    security: str = "starttls"
    password_command: str = ""
    password_variable: str = "FOLLOWUP_SMTP_PASSWORD"
    password_timeout: float = PASSWORD_TIMEOUT

    @property
    def unencrypted_remote(self) -> bool:
        """Whether mail and password would cross a network in clear text (no TLS, not this machine)."""
        return self.security == "none" and not is_loopback(self.host)

    def _password(self) -> str:
        password = self._run_password_command() if self.password_command else None
        if password is None:
            password = os.environ.get(self.password_variable, "")
        if not password.isascii():
            # smtplib encodes AUTH as ASCII; say so rather than fail with a traceback (never the password)
            raise MailError(
                "the SMTP password has characters other than ASCII, which Python's SMTP client cannot "
                "send; use an ASCII password (many providers offer app passwords)"
            )
        return password

    def _run_password_command(self) -> str:
        """The first line the password command prints (like msmtp's passwordeval, or `pass show`)."""
        where = "check FOLLOWUP_SMTP_PASSWORD_COMMAND"
        try:
            argv = shlex.split(self.password_command)
        except ValueError:
            raise InvalidInput(PASSWORD_COMMAND, "a command line with matching quotes") from None
        if not argv:
            raise InvalidInput(PASSWORD_COMMAND, "a command that prints your SMTP password")
        try:
            done = subprocess.run(
                argv,
                stdin=subprocess.DEVNULL,
                capture_output=True,
                timeout=self.password_timeout,
                check=False,
            )
        except subprocess.TimeoutExpired:
            raise MailError(
                f"the SMTP password command did not finish within {self.password_timeout:g} s; {where} "
                f"(or give it longer with {PASSWORD_TIMEOUT_VARIABLE})"
            ) from None
        except OSError as error:
            raise MailError(
                f"the SMTP password command {argv[0]!r} could not be run ({error.strerror}); {where}"
            ) from None
        if done.returncode != 0:
            # Not its output: whatever it printed may be a secret.
            raise MailError(f"the SMTP password command failed (exit status {done.returncode}); {where}")
        try:
            lines = done.stdout.decode("utf-8").splitlines()
        except UnicodeDecodeError:
            raise MailError(
                f"the SMTP password command printed something that is not text; {where}"
            ) from None
        if not lines or not lines[0]:
            raise MailError(f"the SMTP password command printed no password; {where}")
        return lines[0]

    def send(self, message: EmailMessage) -> None:
        """Hand ``message`` to the server. A failure is a ``SendFailure`` saying whether the message is
        certainly not sent and may be tried again (``temporary``: 4xx, the server down, the password
        refused), certainly not sent and refused for good (``permanent``: a 5xx to the sender, the
        recipients or the message), or possibly sent (``uncertain``: the connection broke after the
        message itself was handed over, before the server said whether it took it)."""
        if self.username and not self.username.isascii():
            raise InvalidInput(
                "FOLLOWUP_SMTP_USER",
                "a user name in ASCII (Python's SMTP client sends no other)",
                self.username,
            )
        password = self._password() if self.username else ""
        where = f"{self.host}:{self.port}"
        client: _TrackedSMTP | _TrackedSMTPSSL | None = None
        try:
            if self.security == "tls":
                client = _TrackedSMTPSSL(
                    self.host, self.port, timeout=30, context=ssl.create_default_context()
                )
            else:
                client = _TrackedSMTP(self.host, self.port, timeout=30)
            if self.security == "starttls":
                client.starttls(context=ssl.create_default_context())
            if self.username:
                client.login(self.username, password)
            client.send_message(message)
        except smtplib.SMTPAuthenticationError:
            raise SendFailure(
                f"the SMTP server {self.host} refused the user name or password", TEMPORARY
            ) from None
        except smtplib.SMTPRecipientsRefused as error:
            codes = [code for code, _ in error.recipients.values()]
            kind = PERMANENT if codes and all(c >= 500 for c in codes) else TEMPORARY
            said = "; ".join(f"{who}: {_reply(c, m)}" for who, (c, m) in error.recipients.items())
            raise SendFailure(f"{where} refused the recipients ({said})", kind) from None
        except (smtplib.SMTPSenderRefused, smtplib.SMTPDataError) as error:
            kind = PERMANENT if error.smtp_code >= 500 else TEMPORARY
            raise SendFailure(
                f"{where} refused the message ({_reply(error.smtp_code, error.smtp_error)})", kind
            ) from None
        except smtplib.SMTPResponseException as error:
            raise SendFailure(
                f"could not send through {where}: {_reply(error.smtp_code, error.smtp_error)}", TEMPORARY
            ) from None
        except (smtplib.SMTPException, OSError, ValueError) as error:
            # The message names the server, never the password (ValueError: text the client cannot encode).
            handed_over = client is not None and client.data_sent
            kind = UNCERTAIN if handed_over and not isinstance(error, ValueError) else TEMPORARY
            raise SendFailure(f"could not send through {where}: {error.__class__.__name__}", kind) from None
        finally:
            if client is not None:
                _close(client)


TEMPORARY, PERMANENT, UNCERTAIN = "temporary", "permanent", "uncertain"


class SendFailure(MailError):
    """The server did not take a message (``kind``: temporary, permanent), or may have (uncertain)."""

    def __init__(self, message: str, kind: str) -> None:
        super().__init__(message)
        self.kind = kind


def _reply(code: int, text: bytes | str) -> str:
    """A server's reply in one line, as it said it (bounded: it is shown to the user)."""
    words = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    return f"{code} {' '.join(words.split())}"[:300]


class _TrackedSMTP(smtplib.SMTP):
    """Knows whether the message itself was handed over (``DATA`` begun): a connection lost after that
    leaves the message's fate unknown."""

    data_sent = False

    def data(self, msg: Any) -> tuple[int, bytes]:
        self.data_sent = True
        return super().data(msg)


class _TrackedSMTPSSL(smtplib.SMTP_SSL):
    data_sent = False

    def data(self, msg: Any) -> tuple[int, bytes]:
        self.data_sent = True
        return super().data(msg)


def _close(client: smtplib.SMTP) -> None:
    """Say goodbye if the server still listens; a message it took stays taken whatever QUIT answers."""
    try:
        client.quit()
    except (smtplib.SMTPException, OSError):
        client.close()


def is_loopback(host: str) -> bool:
    """This machine, by name or address (no lookup: a name could point anywhere)."""
    if host.lower().rstrip(".") == "localhost":
        return True
    try:
        address = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    mapped = address.ipv4_mapped if isinstance(address, ipaddress.IPv6Address) else None
    return (mapped or address).is_loopback


def mailer_from_environment(*, allow_unencrypted: bool = False) -> SmtpMailer:
    """The SMTP server of the environment. ``FOLLOWUP_SMTP_SECURITY=none`` to a server outside this
    machine is refused unless ``allow_unencrypted`` (the caller then warns: ``unencrypted_remote``)."""
    host = os.environ.get("FOLLOWUP_SMTP_HOST", "")
    if not host:
        raise InvalidInput(
            "mail",
            "a server: set FOLLOWUP_SMTP_HOST (and _PORT, _USER, _SECURITY, a password "
            "command in FOLLOWUP_SMTP_PASSWORD_COMMAND); see README",
        )
    security = os.environ.get("FOLLOWUP_SMTP_SECURITY", "starttls")
    if security not in SECURITY:
        raise InvalidInput("FOLLOWUP_SMTP_SECURITY", " or ".join(SECURITY), security)
    port_text = os.environ.get("FOLLOWUP_SMTP_PORT", "465" if security == "tls" else "587")
    if not port_text.isdigit() or not 0 < int(port_text) < 65536:
        raise InvalidInput("FOLLOWUP_SMTP_PORT", "a port number (1 to 65535)", port_text)
    timeout_text = os.environ.get(PASSWORD_TIMEOUT_VARIABLE, "")
    try:
        timeout = float(timeout_text) if timeout_text else PASSWORD_TIMEOUT
    except ValueError:
        timeout = -1.0
    if not 0 < timeout <= 3600:
        raise InvalidInput(
            PASSWORD_TIMEOUT_VARIABLE, "a number of seconds (above 0, at most 3600)", timeout_text
        )
    mailer = SmtpMailer(
        host,
        int(port_text),
        os.environ.get("FOLLOWUP_SMTP_USER", ""),
        security,
        os.environ.get(PASSWORD_COMMAND, ""),
        password_timeout=timeout,
    )
    if mailer.unencrypted_remote and not allow_unencrypted:
        raise InvalidInput(
            "FOLLOWUP_SMTP_SECURITY",
            f"starttls or tls for {host}, a server outside this machine (none sends your password and "
            "mail in clear text; add --allow-unencrypted to do it anyway)",
            security,
        )
    return mailer
