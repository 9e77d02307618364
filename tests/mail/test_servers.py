"""The test servers themselves (tests/support/mailservers.py) do what the mail tests rely on: Dovecot
logs in its users and refuses a wrong password, names Drafts and Sent by special use, keeps what is
appended with its flags (the real message files of ../shared/fixtures/eml too) and changes a folder's
UIDVALIDITY on demand; aiosmtpd takes mail over STARTTLS and implicit TLS after AUTH, by password or
XOAUTH2, and refuses a wrong one."""

from __future__ import annotations

import base64
import imaplib
import smtplib
import ssl

import pytest

from tests.support.mailservers import FIXTURE_EML, Certificate, Dovecot, SmtpServer

MESSAGE = (
    b"From: a@example.com\r\nTo: b@example.com\r\nSubject: hi\r\nMessage-ID: <1@example.com>\r\n\r\nHello\r\n"
)


def test_dovecot_logs_in_its_user_and_refuses_a_wrong_password(dovecot: Dovecot) -> None:
    with dovecot.client() as connection:
        assert connection.state == "AUTH"
    connection = imaplib.IMAP4(dovecot.host, dovecot.port, timeout=10)
    with pytest.raises(imaplib.IMAP4.error, match="AUTHENTICATIONFAILED"):
        connection.login("alex", "wrong")
    connection.shutdown()


def test_dovecot_names_drafts_and_sent_by_special_use(dovecot: Dovecot) -> None:
    with dovecot.client() as connection:
        _typ, data = connection.list()
    lines = {line.decode() for line in data if isinstance(line, bytes)}
    assert any("\\Drafts" in line and line.endswith(" Drafts") for line in lines), lines
    assert any("\\Sent" in line and line.endswith(" Sent") for line in lines), lines


def test_an_appended_message_is_kept_with_its_flags(dovecot: Dovecot) -> None:
    uid = dovecot.append(MESSAGE, "Drafts", flags="(\\Draft)")
    [(found_uid, flags, raw)] = dovecot.messages("Drafts")
    assert (found_uid, flags) == (uid, (b"\\Draft",))
    assert raw.replace(b"\r\n", b"\n") == MESSAGE.replace(b"\r\n", b"\n")


def test_the_real_message_files_arrive_in_the_inbox(dovecot: Dovecot) -> None:
    names = dovecot.append_fixtures()
    assert len(names) == len(list(FIXTURE_EML.glob("*.eml"))) > 0
    assert [uid for uid, _, _ in dovecot.messages("INBOX")] == list(range(1, len(names) + 1))


def test_a_folder_gets_a_new_uidvalidity_and_keeps_its_messages(dovecot: Dovecot) -> None:
    dovecot.append(MESSAGE)
    before = dovecot.uidvalidity("INBOX")
    dovecot.reset_uidvalidity("INBOX")
    assert dovecot.uidvalidity("INBOX") > before
    assert len(dovecot.messages("INBOX")) == 1


def test_dovecot_offers_starttls_with_the_session_certificate(
    dovecot: Dovecot, tls_certificate: Certificate
) -> None:
    connection = imaplib.IMAP4(dovecot.host, dovecot.port, timeout=10)
    connection.starttls(ssl.create_default_context(cafile=str(tls_certificate.cert)))
    connection.login("alex", "mail-Pa55")
    connection.logout()


def test_smtp_takes_mail_over_starttls_after_login(
    smtp_starttls: SmtpServer, tls_certificate: Certificate
) -> None:
    with smtplib.SMTP(smtp_starttls.host, smtp_starttls.port, timeout=10) as client:
        client.starttls(context=ssl.create_default_context(cafile=str(tls_certificate.cert)))
        client.login("alex", "mail-Pa55")
        client.sendmail("a@example.com", ["b@example.com"], MESSAGE)
    [received] = smtp_starttls.messages
    assert (received.login, received.rcpt_tos) == ("alex", ("b@example.com",))
    assert received.content.endswith(b"Hello\r\n")


def test_smtp_refuses_mail_before_starttls(smtp_starttls: SmtpServer) -> None:
    with (
        smtplib.SMTP(smtp_starttls.host, smtp_starttls.port, timeout=10) as client,
        pytest.raises(smtplib.SMTPException),
    ):
        client.login("alex", "mail-Pa55")
    assert smtp_starttls.messages == []


def test_smtp_over_implicit_tls_refuses_a_wrong_password(
    smtp_tls: SmtpServer, tls_certificate: Certificate
) -> None:
    context = ssl.create_default_context(cafile=str(tls_certificate.cert))
    with smtplib.SMTP_SSL(smtp_tls.host, smtp_tls.port, timeout=10, context=context) as client:
        with pytest.raises(smtplib.SMTPAuthenticationError):
            client.login("alex", "wrong")
        client.login("alex", "mail-Pa55")
        client.sendmail("a@example.com", ["b@example.com"], MESSAGE)
    assert len(smtp_tls.messages) == 1


def test_smtp_takes_an_xoauth2_token_and_refuses_another(smtp_plain: SmtpServer) -> None:
    def blob(token: str) -> str:
        return base64.b64encode(f"user=alex\x01auth=Bearer {token}\x01\x01".encode()).decode()

    with smtplib.SMTP(smtp_plain.host, smtp_plain.port, timeout=10) as client:
        client.ehlo()
        code, _ = client.docmd("AUTH", f"XOAUTH2 {blob('not-it')}")
        assert code == 535
        code, _ = client.docmd("AUTH", f"XOAUTH2 {blob('tok-XOAUTH2')}")
        assert code == 235
        client.sendmail("a@example.com", ["b@example.com"], MESSAGE)
    [received] = smtp_plain.messages
    assert (received.login, received.mechanism) == ("alex", "XOAUTH2")
