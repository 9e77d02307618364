"""What the send and outbox tests share: a real aiosmtpd server on 127.0.0.1 that can be told to refuse
(a 550 or a 451 to a recipient), the messages it received by Message-ID, and reading the outbox table."""

from __future__ import annotations

import email
import sqlite3
from collections.abc import Iterator
from email import policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from tests.mail.conftest import _authenticate, _free_port


class Server:
    """An SMTP server's handler: keeps every message it accepts; ``refuse`` maps an address to the
    reply its RCPT gets ("550 5.1.1 ..." or "451 4.3.0 ...")."""

    def __init__(self) -> None:
        self.messages: list[bytes] = []
        self.refuse: dict[str, str] = {}
        self.hang_up_after_data = False  # take the message, then drop the connection before answering
        self.port = 0

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: list[str]
    ) -> str:
        if address in self.refuse:
            return self.refuse[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(envelope.content)
        if self.hang_up_after_data:
            server.transport.close()
        return "250 OK"

    def parsed(self) -> list[EmailMessage]:
        return [email.message_from_bytes(m, policy=policy.default) for m in self.messages]  # type: ignore[misc]

    def ids(self) -> list[str]:
        return [str(m["Message-ID"]) for m in self.parsed()]


@pytest.fixture
def server() -> Iterator[Server]:
    handler = Server()
    handler.port = _free_port()
    controller = Controller(
        handler, hostname="127.0.0.1", port=handler.port, authenticator=_authenticate, auth_require_tls=False
    )
    controller.start()
    try:
        yield handler
    finally:
        controller.stop()


def outbox_rows(home: Path) -> list[tuple[int, str, str]]:
    """Every row of the outbox as (number, state, message id), read with the standard library."""
    con = sqlite3.connect(f"{(home / 'followup.db').resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [tuple(r) for r in con.execute("SELECT number, state, message_id FROM outbox ORDER BY number")]
    finally:
        con.close()


def sent_events(home: Path) -> list[tuple[str, str, str]]:
    """Every sent event as (kind, subject, body)."""
    con = sqlite3.connect(f"{(home / 'followup.db').resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [tuple(r) for r in con.execute("SELECT kind, subject, body FROM events WHERE type = 'sent'")]
    finally:
        con.close()


def stored_sizes(home: Path) -> list[int]:
    """How many bytes of each message the outbox keeps (its whole copy, attachments included)."""
    con = sqlite3.connect(f"{(home / 'followup.db').resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [int(r[0]) for r in con.execute("SELECT length(message) FROM outbox ORDER BY number")]
    finally:
        con.close()
