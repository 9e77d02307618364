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
from typing import Protocol

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
        if self.username and not self.username.isascii():
            raise InvalidInput(
                "FOLLOWUP_SMTP_USER",
                "a user name in ASCII (Python's SMTP client sends no other)",
                self.username,
            )
        password = self._password() if self.username else ""
        try:
            if self.security == "tls":
                client: smtplib.SMTP = smtplib.SMTP_SSL(
                    self.host, self.port, timeout=30, context=ssl.create_default_context()
                )
            else:
                client = smtplib.SMTP(self.host, self.port, timeout=30)
            with client:
                if self.security == "starttls":
                    client.starttls(context=ssl.create_default_context())
                if self.username:
                    client.login(self.username, password)
                client.send_message(message)
        except smtplib.SMTPAuthenticationError:
            raise MailError(f"the SMTP server {self.host} refused the user name or password") from None
        except (smtplib.SMTPException, OSError, ValueError) as error:
            # The message names the server, never the password (ValueError: text the client cannot encode).
            raise MailError(
                f"could not send through {self.host}:{self.port}: {error.__class__.__name__}"
            ) from None


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
