"""The IMAP layer (followup.mail.imap) against a real Dovecot: logging in (and each way it fails, one
line each), finding Drafts and Sent by special use and by name, appending a draft flagged \\Draft,
finding a message by its Message-ID, and reading new mail incrementally across a UIDVALIDITY change."""

from __future__ import annotations

import socket

import pytest

from followup.core.errors import InvalidInput
from followup.mail.imap import Mailbox, decode_folder_name, open_mailbox
from followup.mail.servers import Server, ServerError
from tests.support.mailservers import FIXTURE_EML, Certificate, Dovecot, free_port

PASSWORD = "mail-Pa55"


def message(n: int, message_id: str = "") -> bytes:
    mid = message_id or f"<m{n}@example.com>"
    return (
        f"From: dana@harbor.example\r\nTo: alex@example.com\r\nSubject: note {n}\r\nMessage-ID: {mid}\r\n"
        f"\r\nBody {n}\r\n"
    ).encode()


def server_of(dovecot: Dovecot, **changes: object) -> Server:
    fields: dict[str, object] = {
        "protocol": "IMAP",
        "host": dovecot.host,
        "port": dovecot.port,
        "security": "none",
        "user": "alex",
        "timeout": 5.0,
    }
    fields.update(changes)
    return Server(**fields)  # type: ignore[arg-type]


def test_drafts_and_sent_are_found_by_special_use(dovecot: Dovecot) -> None:
    with open_mailbox(server_of(dovecot), PASSWORD) as mailbox:
        folders = mailbox.special_folders()
    assert (folders.drafts, folders.sent) == ("Drafts", "Sent")


@pytest.mark.parametrize(
    ("folders", "drafts", "sent"),
    [
        ({"Brouillons": "", "Sent Items": ""}, "Brouillons", "Sent Items"),
        ({"[Gmail]/Drafts": "", "[Gmail]/Sent Mail": ""}, "[Gmail]/Drafts", "[Gmail]/Sent Mail"),
        ({"Entwürfe": "", "Gesendet": ""}, "Entw&APw-rfe", "Gesendet"),
        ({"Notes": "", "Archive": ""}, None, None),
    ],
    ids=["french-and-outlook", "gmail", "german", "none"],
)
def test_without_special_use_the_common_names_tell(
    tls_certificate: Certificate, folders: dict[str, str], drafts: str | None, sent: str | None
) -> None:
    server = Dovecot(certificate=tls_certificate, folders=folders)
    server.start()
    try:
        with open_mailbox(server_of(server), PASSWORD) as mailbox:
            found = mailbox.special_folders()
            assert all(not {"\\Drafts", "\\Sent"} & set(f.flags) for f in mailbox.folders())
    finally:
        server.stop()
    assert (found.drafts, found.sent) == (drafts, sent)


def test_a_draft_is_appended_flagged_draft_and_found_by_its_message_id(dovecot: Dovecot) -> None:
    with open_mailbox(server_of(dovecot), PASSWORD) as mailbox:
        uid = mailbox.append_draft("Drafts", message(1, "<ours.1@example.com>"))
        assert mailbox.find_message_id("Drafts", "<ours.1@example.com>") == [uid]
        assert mailbox.find_message_id("Drafts", "<other@example.com>") == []
    [(found_uid, flags, raw)] = dovecot.messages("Drafts")
    assert found_uid == uid
    assert set(flags) == {b"\\Draft", b"\\Seen"}
    assert b"Message-ID: <ours.1@example.com>" in raw


def test_a_message_id_with_a_quote_or_a_line_break_is_refused(dovecot: Dovecot) -> None:
    with open_mailbox(server_of(dovecot), PASSWORD) as mailbox, pytest.raises(InvalidInput) as caught:
        mailbox.find_message_id("INBOX", '<a"@b> OR ALL')
    assert caught.value.message.startswith("Message-ID: expected <local@domain> without spaces or quotes")


def test_new_mail_is_read_incrementally(dovecot: Dovecot) -> None:
    for n in (1, 2):
        dovecot.append(message(n))
    with open_mailbox(server_of(dovecot), PASSWORD) as mailbox:
        first = mailbox.fetch_new("INBOX", None, 0)
        assert (first.rescan, [m.uid for m in first.messages], first.last_uid) == (False, [1, 2], 2)
        assert first.messages[0].raw.replace(b"\r\n", b"\n") == message(1).replace(b"\r\n", b"\n")
        nothing = mailbox.fetch_new("INBOX", first.uidvalidity, first.last_uid)
        assert (nothing.messages, nothing.last_uid) == ((), 2)
    dovecot.append(message(3))
    with open_mailbox(server_of(dovecot), PASSWORD) as mailbox:
        later = mailbox.fetch_new("INBOX", first.uidvalidity, 2)
    assert (later.rescan, [m.uid for m in later.messages], later.last_uid) == (False, [3], 3)


def test_a_changed_uidvalidity_asks_for_a_rescan_with_every_message(dovecot: Dovecot) -> None:
    for n in (1, 2, 3):
        dovecot.append(message(n))
    with open_mailbox(server_of(dovecot), PASSWORD) as mailbox:
        first = mailbox.fetch_new("INBOX", None, 0)
    dovecot.reset_uidvalidity("INBOX")
    with open_mailbox(server_of(dovecot), PASSWORD) as mailbox:
        again = mailbox.fetch_new("INBOX", first.uidvalidity, first.last_uid)
    assert again.rescan and again.uidvalidity != first.uidvalidity
    assert len(again.messages) == 3 and again.last_uid == max(m.uid for m in again.messages)


def test_the_real_message_files_are_read_back_whole(dovecot: Dovecot) -> None:
    dovecot.append_fixtures()
    with open_mailbox(server_of(dovecot), PASSWORD) as mailbox:
        fetched = mailbox.fetch_new("INBOX", None, 0)
    files = sorted(FIXTURE_EML.glob("*.eml"))
    assert len(fetched.messages) == len(files)
    for path, got in zip(files, fetched.messages, strict=True):
        assert got.raw.replace(b"\r\n", b"\n").rstrip() == path.read_bytes().replace(b"\r\n", b"\n").rstrip()


def test_starttls_with_the_servers_certificate_logs_in(
    dovecot: Dovecot, tls_certificate: Certificate
) -> None:
    server = server_of(dovecot, security="starttls", ca_file=str(tls_certificate.cert))
    with open_mailbox(server, PASSWORD) as mailbox:
        assert isinstance(mailbox, Mailbox)


def test_a_wrong_password_is_one_line(dovecot: Dovecot) -> None:
    with pytest.raises(ServerError) as caught:
        open_mailbox(server_of(dovecot), "wrong")
    assert (caught.value.kind, caught.value.message) == (
        "auth",
        f"IMAP server 127.0.0.1:{dovecot.port}: the server refused the user name or password for 'alex'",
    )


def test_a_server_that_is_down_is_one_line(dovecot: Dovecot) -> None:
    port = free_port()
    with pytest.raises(ServerError) as caught:
        open_mailbox(server_of(dovecot, port=port), PASSWORD)
    assert (caught.value.kind, caught.value.message) == (
        "down",
        f"IMAP server 127.0.0.1:{port}: nothing answers there (is the server down, or the port wrong?)",
    )


def test_an_untrusted_certificate_is_one_line(dovecot: Dovecot) -> None:
    with pytest.raises(ServerError) as caught:
        open_mailbox(server_of(dovecot, security="starttls"), PASSWORD)
    assert caught.value.kind == "tls"
    assert caught.value.message == (
        f"IMAP server 127.0.0.1:{dovecot.port}: its TLS certificate is not accepted (self-signed "
        "certificate); for a server with its own certificate give --ca-file"
    )


def test_tls_to_a_plain_port_is_one_line(dovecot: Dovecot, tls_certificate: Certificate) -> None:
    with pytest.raises(ServerError) as caught:
        open_mailbox(server_of(dovecot, security="tls", ca_file=str(tls_certificate.cert)), PASSWORD)
    assert caught.value.kind == "tls"
    assert caught.value.message.startswith(f"IMAP server 127.0.0.1:{dovecot.port}: TLS failed (")


def test_an_unknown_host_is_one_line(dovecot: Dovecot) -> None:
    # a label longer than 63 characters (DNS allows 63): refused before any name server is asked, so
    # the test never leaves this machine
    host = "x" * 64 + ".example"
    with pytest.raises(ServerError) as caught:
        open_mailbox(server_of(dovecot, host=host, security="starttls"), PASSWORD)
    assert (caught.value.kind, caught.value.message) == (
        "host",
        f"IMAP server {host}:{dovecot.port}: unknown host {host!r} (check the name)",
    )
    with pytest.raises(UnicodeError):  # Python's own check, before the resolver
        socket.getaddrinfo(host, 1)


def test_no_encryption_is_refused_for_a_server_outside_this_machine() -> None:
    server = Server("IMAP", "imap.example.com", 143, "none", "alex")
    with pytest.raises(InvalidInput) as caught:
        open_mailbox(server, PASSWORD)
    assert caught.value.field == "--imap-security"


def test_folder_names_in_modified_utf7_are_decoded() -> None:
    assert decode_folder_name("Entw&APw-rfe") == "Entwürfe"
    assert decode_folder_name("&AMk-l&AOk-ments envoy&AOk-s") == "Éléments envoyés"
    assert decode_folder_name("Tom &- Jerry") == "Tom & Jerry"


def test_xoauth2_logs_in_with_the_token_and_a_wrong_one_is_one_line(dovecot: Dovecot) -> None:
    server = server_of(dovecot, auth="xoauth2")
    with open_mailbox(server, "tok-XOAUTH2") as mailbox:
        assert mailbox.special_folders().drafts == "Drafts"
    with pytest.raises(ServerError) as caught:
        open_mailbox(server, "expired-token")
    assert (caught.value.kind, caught.value.message) == (
        "auth",
        f"IMAP server 127.0.0.1:{dovecot.port}: the server refused the token for 'alex'",
    )
