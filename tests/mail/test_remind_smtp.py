"""`followup remind --mail` through a real SMTP server (aiosmtpd) on 127.0.0.1: the digest arrives, the
password comes from a command and never appears in an error; misconfiguration is one clear line."""

from __future__ import annotations

import email
from email import policy
from pathlib import Path

import pytest

from tests.cli.conftest import invoke
from tests.mail.conftest import SECRET, Inbox, configure


def test_the_digest_is_printed_and_mailed_to_yourself(
    store: Path, smtp: tuple[Inbox, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    inbox, port = smtp
    configure(monkeypatch, port, SECRET)
    result = invoke("remind", "--mail", "--now", "2026-03-02T14:00")
    assert result.code == 0, result
    assert "TY:Dana Kim" in result.out and "(sent to you by mail)" in result.out
    assert len(inbox.messages) == 1
    message = email.message_from_bytes(inbox.messages[0], policy=policy.default)
    assert message["To"] == "alex.morgan@example.com"
    assert message["Subject"] == "followup: 4 thing(s) to do"
    body = message.get_content()
    assert "Overdue:" in body and "Harbor Analytics · DB" in body and "TA:Priya Shah" in body


def test_a_wrong_password_is_one_line_that_does_not_show_it(
    store: Path, smtp: tuple[Inbox, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    inbox, port = smtp
    configure(monkeypatch, port, "wrong-" + SECRET)
    result = invoke("remind", "--mail", "--now", "2026-03-02T14:00")
    assert result.code == 2
    assert result.err.startswith("followup: ") and len(result.err.splitlines()) == 1
    assert SECRET not in result.err and SECRET not in result.out
    assert inbox.messages == []


def test_without_a_mail_server_it_says_how_to_set_one_up(store: Path) -> None:
    result = invoke("remind", "--mail", "--now", "2026-03-02T14:00")
    assert result.code == 2
    assert "FOLLOWUP_SMTP_HOST" in result.err


def test_the_digest_lists_what_opens_in_the_next_day(store: Path) -> None:
    result = invoke("remind", "--now", "2026-03-03T10:00", "--json")
    assert result.code == 0
    import json

    items = json.loads(result.out)["items"]
    opening = [i for i in items if i["state"] == "OPENS"]
    assert [i["label"] for i in opening] == ["FL:Dana Kim", "FL:Luis Ortega"]  # ALLOWED from Wed 4 Mar
    assert opening[0]["when"] == "2026-03-04T00:00:00-05:00"
