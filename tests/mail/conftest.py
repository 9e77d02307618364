"""A real SMTP server (aiosmtpd) on 127.0.0.1 that accepts the user "alex" with ``SECRET``, and a store
holding scenario S01 whose profile mails to alex.morgan@example.com."""

from __future__ import annotations

import socket
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from tests.cli.conftest import invoke, ok
from tests.support.mailservers import Certificate, Dovecot, SmtpServer

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
    for name in (
        "FOLLOWUP_SMTP_HOST",
        "FOLLOWUP_SMTP_USER",
        "FOLLOWUP_SMTP_SECURITY",
        "FOLLOWUP_SMTP_PASSWORD",
        "FOLLOWUP_SMTP_PASSWORD_COMMAND",
        "FOLLOWUP_SMTP_PASSWORD_TIMEOUT",
    ):
        monkeypatch.delenv(name, raising=False)
    assert invoke("import", str(SCENARIOS / "S01.json")).code == 0
    return tmp_path


def configure(monkeypatch: pytest.MonkeyPatch, port: int, password: str) -> None:
    monkeypatch.setenv("FOLLOWUP_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("FOLLOWUP_SMTP_PORT", str(port))
    monkeypatch.setenv("FOLLOWUP_SMTP_SECURITY", "none")
    monkeypatch.setenv("FOLLOWUP_SMTP_USER", "alex")
    monkeypatch.setenv("FOLLOWUP_SMTP_PASSWORD_COMMAND", f"{sys.executable} -c \"print('{password}')\"")


@pytest.fixture
def lumen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dovecot: Dovecot, smtp_starttls: SmtpServer,
    tls_certificate: Certificate,
) -> Dovecot:  # fmt: skip
    """Scenario S04 (Lumen Bank) with a mail account on the test Dovecot and the STARTTLS SMTP server."""
    monkeypatch.setenv("FOLLOWUP_HOME", str(tmp_path))
    monkeypatch.delenv("FOLLOWUP_MAIL_PASSWORD", raising=False)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    assert invoke("import", str(SCENARIOS / "S04.json")).code == 0
    ok(
        "mail", "setup", "--name", "Alex Morgan", "--address", "alex@example.com", "--user", "alex",
        "--smtp-host", "127.0.0.1", "--smtp-port", str(smtp_starttls.port), "--imap-host", "127.0.0.1",
        "--imap-port", str(dovecot.port), "--imap-security", "starttls",
        "--ca-file", str(tls_certificate.cert),
        "--password-command", f"{sys.executable} -c \"print('mail-Pa55')\"", "--json",
    )  # fmt: skip
    return dovecot
