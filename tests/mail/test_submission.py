"""Sending through an account's SMTP server (followup.mail.submission) against real aiosmtpd servers:
STARTTLS, implicit TLS and plain (this machine only), by password or XOAUTH2 token; each failure one
line naming the server."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from followup.mail.servers import Server, ServerError
from followup.mail.smtp import TEMPORARY, SendFailure
from followup.mail.submission import AccountMailer, check_submission
from tests.support.mailservers import Certificate, SmtpServer, free_port


def server_of(smtp: SmtpServer, ca: Certificate, **changes: object) -> Server:
    fields: dict[str, object] = {
        "protocol": "SMTP",
        "host": smtp.host,
        "port": smtp.port,
        "security": smtp.security,
        "user": "alex",
        "ca_file": str(ca.cert),
        "timeout": 5.0,
    }
    fields.update(changes)
    return Server(**fields)  # type: ignore[arg-type]


def note() -> EmailMessage:
    message = EmailMessage()
    message["From"] = "alex@example.com"
    message["To"] = "dana@harbor.example"
    message["Subject"] = "Thank you"
    message["Message-ID"] = "<ty.1@example.com>"
    message.set_content("Thank you for your time.\n")
    return message


@pytest.mark.parametrize("which", ["smtp_starttls", "smtp_tls", "smtp_plain"])
def test_a_message_goes_once_with_our_message_id(
    which: str, request: pytest.FixtureRequest, tls_certificate: Certificate
) -> None:
    smtp: SmtpServer = request.getfixturevalue(which)
    AccountMailer(server_of(smtp, tls_certificate), lambda: "mail-Pa55").send(note())
    [received] = smtp.messages
    assert (received.login, received.rcpt_tos) == ("alex", ("dana@harbor.example",))
    assert b"Message-ID: <ty.1@example.com>" in received.content


def test_xoauth2_logs_in_with_the_token(smtp_starttls: SmtpServer, tls_certificate: Certificate) -> None:
    server = server_of(smtp_starttls, tls_certificate, auth="xoauth2")
    AccountMailer(server, lambda: "tok-XOAUTH2").send(note())
    [received] = smtp_starttls.messages
    assert (received.login, received.mechanism) == ("alex", "XOAUTH2")


def test_a_wrong_xoauth2_token_is_one_line(smtp_starttls: SmtpServer, tls_certificate: Certificate) -> None:
    with pytest.raises(ServerError) as caught:
        check_submission(server_of(smtp_starttls, tls_certificate, auth="xoauth2"), "expired")
    assert caught.value.message == (
        f"SMTP server 127.0.0.1:{smtp_starttls.port}: the server refused the token for 'alex'"
    )


def test_a_wrong_password_is_one_line_and_sends_nothing(
    smtp_starttls: SmtpServer, tls_certificate: Certificate
) -> None:
    # a send's failure says whether the message may have gone: here surely not (the outbox retries it)
    with pytest.raises(SendFailure) as caught:
        AccountMailer(server_of(smtp_starttls, tls_certificate), lambda: "wrong").send(note())
    assert (caught.value.kind, caught.value.message) == (
        TEMPORARY,
        f"SMTP server 127.0.0.1:{smtp_starttls.port}: the server refused the user name or password "
        "for 'alex'",
    )
    assert smtp_starttls.messages == []


def test_a_send_to_a_server_that_is_down_is_temporary(tls_certificate: Certificate) -> None:
    port = free_port()
    server = Server("SMTP", "127.0.0.1", port, "starttls", "alex", ca_file=str(tls_certificate.cert))
    with pytest.raises(SendFailure) as caught:
        AccountMailer(server, lambda: "mail-Pa55").send(note())
    assert caught.value.kind == TEMPORARY
    assert caught.value.message.startswith(f"SMTP server 127.0.0.1:{port}: nothing answers there")


def test_a_server_that_is_down_is_one_line(tls_certificate: Certificate) -> None:
    port = free_port()
    server = Server("SMTP", "127.0.0.1", port, "starttls", "alex", ca_file=str(tls_certificate.cert))
    with pytest.raises(ServerError) as caught:
        check_submission(server, "mail-Pa55")
    assert caught.value.message == (
        f"SMTP server 127.0.0.1:{port}: nothing answers there (is the server down, or the port wrong?)"
    )


def test_an_untrusted_certificate_is_one_line(smtp_tls: SmtpServer, tls_certificate: Certificate) -> None:
    with pytest.raises(ServerError) as caught:
        check_submission(server_of(smtp_tls, tls_certificate, ca_file=""), "mail-Pa55")
    assert caught.value.kind == "tls"
    assert "its TLS certificate is not accepted (self-signed certificate)" in caught.value.message


def test_starttls_to_a_server_without_it_is_one_line(
    smtp_plain: SmtpServer, tls_certificate: Certificate
) -> None:
    with pytest.raises(ServerError) as caught:
        check_submission(server_of(smtp_plain, tls_certificate, security="starttls"), "mail-Pa55")
    assert (
        caught.value.message == f"SMTP server 127.0.0.1:{smtp_plain.port}: the server does not offer STARTTLS"
    )


def test_implicit_tls_to_a_starttls_port_is_one_line(
    smtp_starttls: SmtpServer, tls_certificate: Certificate
) -> None:
    with pytest.raises(ServerError) as caught:
        check_submission(server_of(smtp_starttls, tls_certificate, security="tls", timeout=3.0), "mail-Pa55")
    assert caught.value.kind in ("tls", "timeout")
    assert caught.value.message.startswith(f"SMTP server 127.0.0.1:{smtp_starttls.port}: ")


def test_a_non_ascii_password_is_one_line(smtp_starttls: SmtpServer, tls_certificate: Certificate) -> None:
    with pytest.raises(ServerError, match="characters other than ASCII"):
        check_submission(server_of(smtp_starttls, tls_certificate), "pässwörd")
