"""`followup send` through the account `followup mail setup` recorded (issue 10): the message goes through
the account's SMTP server, once, and a copy lands in the account's Sent folder over IMAP when the server
filed none; an uncertain message is looked for in that Sent folder by its Message-ID. Real servers: aiosmtpd
with STARTTLS and Dovecot. Scenario S04: Lumen Bank's F1 to Ben Carter is allowed from Thu 30 Apr 2026."""

from __future__ import annotations

import email
from email import policy
from pathlib import Path

import pytest

from followup.services.mail_route import AccountSentFolder
from followup.services.workspace import Workspace
from tests.cli.conftest import invoke
from tests.mail.conftest import SCENARIOS
from tests.mail.test_draft_to_mailbox import DUE
from tests.support.mailservers import Dovecot, SmtpServer


def test_a_follow_up_sent_through_the_account_arrives_once_and_a_copy_is_filed_in_sent(
    lumen: Dovecot,
    smtp_starttls: SmtpServer,
) -> None:
    result = invoke("send", "F1", "--now", DUE, "--yes", "--json")
    assert (result.code, result.err) == (0, ""), result
    [received] = smtp_starttls.messages
    sent = email.message_from_bytes(received.content, policy=policy.default)
    [(_, flags, filed)] = lumen.messages("Sent")
    assert b"\\Seen" in flags
    copy = email.message_from_bytes(filed, policy=policy.default)
    assert copy["Message-ID"] == sent["Message-ID"]
    assert invoke("send", "F1", "--now", DUE, "--yes").code == 2  # never twice
    assert len(smtp_starttls.messages) == 1 and len(lumen.messages("Sent")) == 1


def test_the_sent_folder_answers_by_message_id_and_says_when_it_cannot_look(lumen: Dovecot) -> None:
    lumen.append(b"Message-ID: <kept-1@example.com>\r\nSubject: x\r\n\r\nbody\r\n", folder="Sent")
    from followup.services.mail_accounts import load_account

    with Workspace() as ws:
        account = load_account(ws)
    assert account is not None
    folder = AccountSentFolder(account)
    assert folder.contains("<kept-1@example.com>") is True
    assert folder.contains("<never@example.com>") is False
    lumen.stop()
    assert folder.contains("<kept-1@example.com>") is None


def test_without_an_account_or_a_server_send_says_how_to_set_one_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FOLLOWUP_HOME", str(tmp_path))
    monkeypatch.delenv("FOLLOWUP_SMTP_HOST", raising=False)
    assert invoke("import", str(SCENARIOS / "S04.json")).code == 0
    assert invoke("init", "--email", "casey@example.com").code == 0
    result = invoke("send", "F1", "--now", DUE, "--yes", "--json")
    assert result.code == 2
    assert result.json()["error"]["message"] == (
        "mail account: expected one set up with `followup mail setup` (docs/mail.md), or a server in "
        "FOLLOWUP_SMTP_HOST"
    )
