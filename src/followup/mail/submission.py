"""Sending through the account's SMTP server (message submission, RFC 6409), logged in with a password
(AUTH PLAIN/LOGIN) or an XOAUTH2 token, over TLS, STARTTLS or (to this machine only) neither.

What the other mail features call:

* ``open_submission(server, secret)`` → a logged-in ``smtplib.SMTP``; ``check_submission`` logs in and
  leaves (`followup mail setup` and `mail check`). Every failure is one ``ServerError`` line.
* ``AccountMailer(server, secret)`` is a ``mail.smtp.Mailer``: ``send(message)`` delivers an
  ``EmailMessage`` as it is (its Message-ID untouched), so the outbox can use an account where it
  used the environment's server.
"""

from __future__ import annotations

import smtplib
from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Any

from followup.mail.servers import Server, ServerError, failure, refused_login, xoauth2_string
from followup.mail.smtp import PERMANENT, TEMPORARY, UNCERTAIN, SendFailure


def open_submission(server: Server, secret: str) -> smtplib.SMTP:
    """A connection to ``server``, logged in with ``secret`` (a password or an XOAUTH2 token)."""
    server.check("--smtp")
    if server.auth == "password" and not secret.isascii():
        # smtplib sends AUTH in ASCII only: say so instead of failing inside it
        raise ServerError(
            f"{server.label}: the password has characters other than ASCII, which Python's SMTP client "
            "cannot send (many providers offer app passwords)",
            "auth",
        )
    try:
        if server.security == "tls":
            client: smtplib.SMTP = smtplib.SMTP_SSL(
                server.host, server.port, timeout=server.timeout, context=server.tls_context()
            )
        else:
            client = smtplib.SMTP(server.host, server.port, timeout=server.timeout)
    except (OSError, smtplib.SMTPException, UnicodeError) as error:
        raise _failure(server, error) from None
    try:
        client.ehlo()
        if server.security == "starttls":
            if not client.has_extn("starttls"):
                raise ServerError(f"{server.label}: the server does not offer STARTTLS", "tls")
            client.starttls(context=server.tls_context())
            client.ehlo()
        if server.auth == "xoauth2":
            blob = xoauth2_string(server.user, secret)
            # A refusing server sends a 334 with details and waits for an empty line before its 535.
            client.auth("XOAUTH2", lambda challenge=None: blob if challenge is None else "")
        else:
            client.login(server.user, secret)
    except BaseException as error:
        _close(client)
        if isinstance(error, (OSError, smtplib.SMTPException, EOFError)):
            raise _failure(server, error) from None
        raise
    return client


def check_submission(server: Server, secret: str) -> None:
    """Log in to ``server`` and leave; ``ServerError`` in one line when that fails."""
    _close(open_submission(server, secret))


def _close(client: smtplib.SMTP) -> None:
    try:
        client.quit()
    except (OSError, smtplib.SMTPException):
        client.close()


def _failure(server: Server, error: BaseException) -> ServerError:
    if isinstance(error, smtplib.SMTPAuthenticationError):
        return refused_login(server)
    if isinstance(error, smtplib.SMTPNotSupportedError):
        return ServerError(f"{server.label}: the server does not offer that ({error})", "protocol")
    if isinstance(error, smtplib.SMTPServerDisconnected):
        return ServerError(
            f"{server.label}: the server closed the connection (is it the right port and security?)", "down"
        )
    if isinstance(error, smtplib.SMTPResponseException):
        text = error.smtp_error.decode("utf-8", "replace") if isinstance(error.smtp_error, bytes) else ""
        return ServerError(f"{server.label}: {error.smtp_code} {' '.join(text.split())[:160]}", "protocol")
    if isinstance(error, smtplib.SMTPException):  # an OSError too, but no connection failure
        return ServerError(f"{server.label}: {error.__class__.__name__}", "protocol")
    return failure(server, error)


@dataclass(frozen=True)
class AccountMailer:
    """A ``mail.smtp.Mailer`` for an account's SMTP server; ``secret`` is asked when a message goes (a
    password command runs then, not before)."""

    server: Server
    secret: Callable[[], str]

    def send(self, message: EmailMessage) -> None:
        """Send ``message`` as it is (its Message-ID kept). Every failure is a ``SendFailure`` whose kind
        the outbox acts on: ``temporary`` (not sent: the server down, the login refused, a 4xx),
        ``permanent`` (refused for good: a 5xx) or ``uncertain`` (the connection broke after the message
        was handed over, so it may have gone)."""
        try:
            client = open_submission(self.server, self.secret())
        except ServerError as error:
            raise SendFailure(str(error), TEMPORARY) from None
        handed_over = False
        deliver = client.data

        def data(msg: Any) -> tuple[int, bytes]:
            nonlocal handed_over
            handed_over = True
            return deliver(msg)

        client.data = data  # type: ignore[method-assign]  # (to know whether DATA began)
        try:
            client.send_message(message)
        except smtplib.SMTPRecipientsRefused as error:
            codes = [code for code, _ in error.recipients.values()]
            kind = PERMANENT if codes and all(c >= 500 for c in codes) else TEMPORARY
            who = ", ".join(sorted(error.recipients))
            raise SendFailure(f"{self.server.label}: the server refused the recipients {who}", kind) from None
        except (smtplib.SMTPSenderRefused, smtplib.SMTPDataError) as error:
            kind = PERMANENT if error.smtp_code >= 500 else TEMPORARY
            raise SendFailure(str(_failure(self.server, error)), kind) from None
        except ValueError as error:  # a header the client cannot encode: nothing went
            raise SendFailure(
                f"{self.server.label}: the message cannot be sent as it is ({error})", PERMANENT
            ) from None
        except (OSError, smtplib.SMTPException) as error:
            kind = UNCERTAIN if handed_over else TEMPORARY
            raise SendFailure(str(_failure(self.server, error)), kind) from None
        finally:
            _close(client)
