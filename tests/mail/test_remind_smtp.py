"""`followup remind --mail` through a real SMTP server (aiosmtpd) on 127.0.0.1: the digest arrives, the
password comes from a command and never appears in an error; misconfiguration is one clear line."""

from __future__ import annotations

import email
import socket
import sys
from collections.abc import Iterator
from email import policy
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from tests.cli.conftest import invoke

SCENARIOS = Path(__file__).resolve().parents[1] / "scenarios"
SECRET = "s3cret-Pa55"


class Inbox:
    def __init__(self) -> None:
        self.messages: list[bytes] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(envelope.content)
        return "250 OK"


def _authenticate(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
    ok = isinstance(data, LoginPassword) and data.login == b"alex" and data.password == SECRET.encode()
    return AuthResult(success=ok, handled=False)  # handled=False: the server answers 535 itself


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def smtp() -> Iterator[tuple[Inbox, int]]:
    inbox, port = Inbox(), _free_port()
    controller = Controller(
        inbox, hostname="127.0.0.1", port=port, authenticator=_authenticate, auth_require_tls=False
    )
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FOLLOWUP_HOME", str(tmp_path))
    for name in ("FOLLOWUP_SMTP_HOST", "FOLLOWUP_SMTP_PASSWORD", "FOLLOWUP_SMTP_PASSWORD_COMMAND"):
        monkeypatch.delenv(name, raising=False)
    assert invoke("import", str(SCENARIOS / "S01.json")).code == 0
    return tmp_path


def _configure(monkeypatch: pytest.MonkeyPatch, port: int, password: str) -> None:
    monkeypatch.setenv("FOLLOWUP_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("FOLLOWUP_SMTP_PORT", str(port))
    monkeypatch.setenv("FOLLOWUP_SMTP_SECURITY", "none")
    monkeypatch.setenv("FOLLOWUP_SMTP_USER", "alex")
    monkeypatch.setenv("FOLLOWUP_SMTP_PASSWORD_COMMAND", f"{sys.executable} -c \"print('{password}')\"")


def test_the_digest_is_printed_and_mailed_to_yourself(
    store: Path, smtp: tuple[Inbox, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    inbox, port = smtp
    _configure(monkeypatch, port, SECRET)
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
    _configure(monkeypatch, port, "wrong-" + SECRET)
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
