"""Where a message of the owner goes through: the mail account's SMTP server (else the FOLLOWUP_SMTP_*
environment), and its Sent folder over IMAP, searched for a message by its Message-ID (how the outbox
settles a message whose fate is uncertain) and given a copy of what was sent when the server filed none.

Kept apart from ``services.outbox`` (the states of a message and their transactions): this module is the
only one of the two that reaches a mail server.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Protocol

from followup.core.errors import InvalidInput
from followup.core.model import MailAccount
from followup.store import outbox as rows

if TYPE_CHECKING:
    from followup.mail.smtp import Mailer
    from followup.services.workspace import Workspace


class SentFolder(Protocol):
    """The user's Sent folder, searched for a message by its Message-ID: True found, False not there,
    None could not look (no mailbox connected, the server down)."""

    def contains(self, message_id: str) -> bool | None: ...


class NoSentFolder:
    """No mailbox connected: nothing can be looked up."""

    def contains(self, message_id: str) -> bool | None:
        return None


def mailer_for(ws: Workspace) -> Mailer:
    """The SMTP server messages of ``ws``'s owner go through: the mail account `followup mail setup`
    recorded, else the FOLLOWUP_SMTP_* environment (``mail.smtp``)."""
    from followup.services.mail_accounts import account_mailer, load_account

    account = load_account(ws)
    if account is not None:
        return account_mailer(account)
    if not os.environ.get("FOLLOWUP_SMTP_HOST"):
        raise InvalidInput(
            "mail account",
            "one set up with `followup mail setup` (docs/mail.md), or a server in FOLLOWUP_SMTP_HOST",
        )
    from followup.mail.smtp import mailer_from_environment

    return mailer_from_environment()


class AccountSentFolder:
    """The account's Sent folder over IMAP, searched for a Message-ID (None when it cannot be reached)."""

    def __init__(self, account: MailAccount) -> None:
        self.account = account

    def contains(self, message_id: str) -> bool | None:
        from followup.mail.servers import ServerError
        from followup.services.mail_accounts import open_account_mailbox

        try:
            with open_account_mailbox(self.account) as mailbox:
                folder = self.account.sent_folder or mailbox.special_folders().sent
                if not folder:
                    return None
                return bool(mailbox.find_message_id(folder, message_id))
        except (ServerError, OSError):
            return None


def sent_folder_for(ws: Workspace) -> SentFolder:
    """Where an uncertain message is looked for: the account's Sent folder, or nowhere without one."""
    from followup.services.mail_accounts import load_account

    account = load_account(ws)
    return AccountSentFolder(account) if account is not None else NoSentFolder()


def copy_to_sent(ws: Workspace, item: rows.Outgoing) -> None:
    """A copy of a sent message in the account's Sent folder (flagged \\Seen) when the folder does not
    hold it already (many servers file what they relay; others keep nothing). Without an account, or when
    the mailbox cannot be reached, nothing: the message went, and the record says so."""
    from followup.mail.servers import ServerError
    from followup.services.mail_accounts import load_account, open_account_mailbox

    account = load_account(ws)
    if account is None:
        return
    try:
        with open_account_mailbox(account) as mailbox:
            folder = account.sent_folder or mailbox.special_folders().sent
            if folder and not mailbox.find_message_id(folder, item.message_id):
                mailbox.append(folder, item.message, flags=("\\Seen",))
    except (ServerError, OSError):
        return
