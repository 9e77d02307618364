"""A bounce of a message `followup send` delivered (issue 10, item 2): the send is marked failed with the
server's reason and the step is due again, against a real aiosmtpd (STARTTLS) and Dovecot. Scenario S04:
Lumen Bank's F1 to Ben Carter (HR) is allowed from Thu 30 Apr 2026."""

from __future__ import annotations

import email
from email import policy
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from followup.services.bounces import is_failure, message_ids, reason_of
from tests.cli.conftest import invoke, ok
from tests.mail.test_draft_to_mailbox import DUE
from tests.support.mailservers import Dovecot, SmtpServer

FIXTURES = Path(__file__).resolve().parents[2].parent / "shared" / "fixtures" / "eml"
LATER = "2026-04-30T16:00"
IN_WINDOW = "2026-05-07T10:00"  # F1 is DUE bd(D,5) – bd(D,10), D = Wed 29 Apr (S04)


def notification(
    returned: str, *, action: str = "failed", status: str = "5.1.1", diagnostic: str = ""
) -> bytes:
    """A Postfix-style delivery status notification to Alex about Ben's address, returning ``returned``
    (the headers of the message it could not deliver, or nothing)."""
    code = f"Diagnostic-Code: smtp; {diagnostic}\r\n" if diagnostic else ""
    parts = (
        "--B\r\nContent-Type: text/plain\r\n\r\nThis is the mail system at host mx.lumen.example.\r\n"
        "I'm sorry to have to inform you that your message could not be delivered.\r\n"
        "--B\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.lumen.example\r\n\r\n"
        f"Final-Recipient: rfc822; ben.carter@lumen.example\r\nAction: {action}\r\nStatus: {status}\r\n{code}"
    )
    if returned:
        parts += f"--B\r\nContent-Type: text/rfc822-headers\r\n\r\n{returned}"
    head = (
        "From: Mail Delivery System <MAILER-DAEMON@mx.lumen.example>\r\nTo: alex@example.com\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\nDate: Thu, 30 Apr 2026 14:05:00 +0000\r\n"
        "Message-ID: <dsn-1@mx.lumen.example>\r\nAuto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="B"\r\n\r\n'
    )
    return (head + parts + "--B--\r\n").encode()


def f1_state(now: str) -> str:
    steps = ok("plan", "--now", now, "--all", "--json").json()["applications"][0]["steps"]
    return str(next(s for s in steps if s["key"].split(":")[0] == "F1")["state"])


def send_f1(smtp: SmtpServer) -> tuple[str, str]:
    """Send F1 through the account; its Message-ID and the headers as they arrived."""
    result = invoke("send", "F1", "--now", DUE, "--yes", "--json")
    assert (result.code, result.err) == (0, ""), result
    [received] = smtp.messages
    sent = email.message_from_bytes(received.content, policy=policy.default)
    headers = received.content.split(b"\r\n\r\n", 1)[0].decode() + "\r\n"
    return str(sent["Message-ID"]), headers


def test_a_bounce_naming_our_message_fails_the_send_and_puts_f1_back_to_due(
    lumen: Dovecot, smtp_starttls: SmtpServer
) -> None:
    message_id, headers = send_f1(smtp_starttls)
    assert f1_state(LATER) == "DONE"
    lumen.append(notification(headers, diagnostic="550 5.1.1 <ben.carter@lumen.example>: User unknown"))
    result = ok("sync", "--now", LATER, "--json").json()
    reason = "550 5.1.1 <ben.carter@lumen.example>: User unknown"
    assert result["undelivered"] == [
        {"application": "lumen", "action": "F1", "to": ["ben"], "outbox": 1, "reason": reason}
    ]
    assert (f1_state(LATER), f1_state(IN_WINDOW)) == ("ALLOWED", "DUE")  # as if never sent
    [row] = ok("outbox", "--json").json()
    assert (row["state"], row["reason"]) == ("failed", f"bounced: {reason}")
    sent_f1 = [e["at"] for e in ok("events", "-a", "lumen", "--json").json() if e["kind"] == "F1"]
    assert sent_f1 == ["2026-05-07T11:00:00-04:00"]  # the scenario's later F1 only: ours came out
    text = ok("outbox").out
    assert "bounced: 550 5.1.1" in text, text
    assert message_id  # the match was by this id, returned in the notification's headers


def test_the_user_can_undo_a_bounce_that_was_wrong_and_f1_is_done_again(
    lumen: Dovecot, smtp_starttls: SmtpServer
) -> None:
    _, headers = send_f1(smtp_starttls)
    lumen.append(notification(headers))
    ok("sync", "--now", LATER)
    assert f1_state(LATER) == "ALLOWED"
    ok("undo")
    assert f1_state(LATER) == "DONE"
    [row] = ok("outbox", "--json").json()
    assert row["state"] == "sent"  # and so `undo` of the send itself is refused again: mail cannot be unsent
    assert "mail cannot be unsent" in invoke("undo").err


def test_a_bounce_that_returns_no_headers_is_matched_by_the_address_it_failed_for(
    lumen: Dovecot, smtp_starttls: SmtpServer
) -> None:
    send_f1(smtp_starttls)
    lumen.append(notification(""))
    out = ok("sync", "--now", LATER).out
    said = "F1 to Ben Carter (lumen) never arrived: no such mailbox at that address (status 5.1.1)."
    assert f"  {said} It is due again; check the address (`followup person edit ben -a lumen" in out, out
    assert f1_state(LATER) == "ALLOWED"


def test_a_delay_notice_changes_nothing(lumen: Dovecot, smtp_starttls: SmtpServer) -> None:
    _, headers = send_f1(smtp_starttls)
    lumen.append(notification(headers, action="delayed", status="4.4.1"))
    result = ok("sync", "--now", LATER, "--json").json()
    assert (result["undelivered"], result["bounces"]) == ([], [])
    assert f1_state(LATER) == "DONE"
    assert ok("inbox", "--json").json()["failing"] == []


def test_the_notification_is_read_for_ids_reasons_and_actions() -> None:
    report = (FIXTURES / "rubymail__report_422.eml").read_bytes()
    assert reason_of(report, "x") == "452 4.2.2 <fraser@oooooooo.com.au>... Mailbox full"
    assert "<15655788.13.1200472642578.JavaMail.Administrator@mail.ttttt.com.au>" in message_ids(report)
    assert "<ceaa681bbcb6c7f6.1200501653@sssssss.net.au>" not in message_ids(report)  # Resent-Message-ID
    assert is_failure(report) is False  # "Action: delayed": the server is still trying
    assert reason_of(b"Status: 5.2.2\r\n", "Undeliverable") == "the mailbox is full (status 5.2.2)"
    assert reason_of(b"Status: 5.9.9\r\n", "Undeliverable") == "Undeliverable (status 5.9.9)"
    assert reason_of(b"", "") == "undeliverable"
    assert is_failure(b"Action: delayed\r\nAction: delivered\r\n") is False


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000), st.text(max_size=80))
def test_any_bytes_read_as_a_notification_give_ids_a_reason_and_a_verdict(raw: bytes, subject: str) -> None:
    ids = message_ids(raw)
    assert all(i.startswith("<") and i.endswith(">") for i in ids)
    reason = reason_of(raw, subject)
    assert 0 < len(reason) <= 200
    assert is_failure(raw) in (True, False)
