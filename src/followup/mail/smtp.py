"""Sending mail the user asked for (a reminder digest to themselves), through their own SMTP server.

Configuration comes from the environment, so that no password ever lands in the database, a log or an
export: ``FOLLOWUP_SMTP_HOST`` (required), ``FOLLOWUP_SMTP_PORT`` (587), ``FOLLOWUP_SMTP_USER``,
``FOLLOWUP_SMTP_SECURITY`` (``starttls``, ``tls`` or ``none``), and the password from
``FOLLOWUP_SMTP_PASSWORD_COMMAND`` (a command that prints it, like msmtp's passwordeval) or
``FOLLOWUP_SMTP_PASSWORD``. Every sender is a ``Mailer``; ``NullMailer`` records instead of sending.
"""

from __future__ import annotations

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

    def _password(self) -> str:
        if self.password_command:
            done = subprocess.run(
                shlex.split(self.password_command), capture_output=True, text=True, check=False
            )
            if done.returncode != 0:
                raise MailError("the SMTP password command failed: check FOLLOWUP_SMTP_PASSWORD_COMMAND")
            return done.stdout.strip()
        return os.environ.get(self.password_variable, "")

    def send(self, message: EmailMessage) -> None:
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
                    client.login(self.username, self._password())
                client.send_message(message)
        except smtplib.SMTPAuthenticationError:
            raise MailError(f"the SMTP server {self.host} refused the user name or password") from None
        except (smtplib.SMTPException, OSError) as error:
            # The message names the server, never the password.
            raise MailError(
                f"could not send through {self.host}:{self.port}: {error.__class__.__name__}"
            ) from None


def mailer_from_environment() -> SmtpMailer:
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
    if not port_text.isdigit():
        raise InvalidInput("FOLLOWUP_SMTP_PORT", "a port number", port_text)
    return SmtpMailer(
        host,
        int(port_text),
        os.environ.get("FOLLOWUP_SMTP_USER", ""),
        security,
        os.environ.get("FOLLOWUP_SMTP_PASSWORD_COMMAND", ""),
    )
