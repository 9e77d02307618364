"""The user's mail account (issue 10, item 1): set it up by logging in to both servers before anything
is saved, show it, check it again, forget it.

The account's settings are stored in the database (``store.mail_accounts``); its password or XOAUTH2
token never is (``mail.secrets``: a command, the environment, the keyring, or a 600 file the user opted
into). What the outbox and sync call: ``load_account(ws)``, ``imap_server(account)``,
``smtp_server(account)``, ``account_secret(account)``, ``open_account_mailbox(account)`` and
``account_mailer(account)``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from followup.core.errors import InvalidInput, NotFound
from followup.core.model import MailAccount
from followup.mail.imap import decode_folder_name
from followup.mail.secrets import Kept, Secret, find_secret, forget_secret, keyring_backend, save_secret
from followup.mail.servers import Server, ServerError
from followup.services.workspace import Workspace
from followup.store import mail_accounts as rows

if TYPE_CHECKING:
    from followup.mail.imap import Mailbox
    from followup.mail.submission import AccountMailer


@dataclass(frozen=True)
class SetUp:
    """What `mail setup` did: the account saved, where its secret is (``secret``: where it was found;
    ``kept``: where a typed password was put, with a warning for a plain-text file)."""

    account: MailAccount
    secret_where: str
    kept: Kept | None


@dataclass(frozen=True)
class Checked:
    """One server's answer to `mail check`: ``problem`` is "" when it logged in, else the one line,
    ``kind`` how it failed (``ServerError.kind``)."""

    protocol: str
    server: str
    problem: str = ""
    kind: str = ""


def imap_server(account: MailAccount) -> Server:
    return Server(
        "IMAP", account.imap_host, account.imap_port, account.imap_security, account.imap_user, account.auth,
        account.ca_file,
    )  # fmt: skip


def smtp_server(account: MailAccount) -> Server:
    return Server(
        "SMTP", account.smtp_host, account.smtp_port, account.smtp_security, account.smtp_user, account.auth,
        account.ca_file,
    )  # fmt: skip


def secret_option(account: MailAccount) -> str:
    return "--token-command" if account.auth == "xoauth2" else "--password-command"


def account_secret(account: MailAccount) -> Secret:
    """The account's password or token, from where ``mail.secrets`` finds it (the keyring's entry is
    the account's address)."""
    return find_secret(
        account.address,
        command=account.secret_command,
        option=secret_option(account),
        file=Path(account.secret_file) if account.secret_file else None,
        token=account.auth == "xoauth2",
    )


def open_account_mailbox(account: MailAccount) -> Mailbox:
    """The account's mailbox, logged in (``mail.imap.Mailbox``)."""
    from followup.mail.imap import open_mailbox

    return open_mailbox(imap_server(account), account_secret(account).value)


def account_mailer(account: MailAccount) -> AccountMailer:
    """A ``Mailer`` through the account's SMTP server; the secret is found when a message goes."""
    from followup.mail.submission import AccountMailer

    return AccountMailer(smtp_server(account), lambda: account_secret(account).value)


def load_account(ws: Workspace) -> MailAccount | None:
    if ws.missing:
        return None
    with ws.store.read() as session:
        return rows.load_account(session, ws.owner)


def require_account(ws: Workspace) -> MailAccount:
    account = load_account(ws)
    if account is None:
        raise NotFound("no mail account yet: set one up with `followup mail setup`")
    return account


def set_up(
    ws: Workspace,
    account: MailAccount,
    typed: str | None = None,
    password_file: Path | None = None,
) -> SetUp:
    """Check ``account`` by logging in to its IMAP and SMTP servers, find its Drafts and Sent folders
    (those it names are checked to exist), keep a ``typed`` password (the keyring, or ``password_file``
    when given or when there is no keyring) and save the account. Nothing is saved or kept when a login
    fails. Without ``typed``, the secret is found as ``account_secret`` finds it."""
    from followup.mail.imap import open_mailbox
    from followup.mail.submission import check_submission

    imap, smtp = imap_server(account), smtp_server(account)
    imap.check("--imap")
    smtp.check("--smtp")
    if typed is not None and password_file is None and keyring_backend() is None:
        # Refused before any login: a password that could not be kept would be asked for again each time.
        raise InvalidInput(
            "--password-file",
            "a file to keep the password in (there is no keyring here), or give --password-command "
            "or set FOLLOWUP_MAIL_PASSWORD instead of typing it",
        )
    if typed is not None:
        secret = Secret(typed, "typed", "typed")
    else:
        with_file = (
            account if password_file is None else dataclasses.replace(account, secret_file=str(password_file))
        )
        secret = account_secret(with_file)
        if secret.source == "file":
            account = with_file
    with open_mailbox(imap, secret.value) as mailbox:
        found = mailbox.special_folders()
        # a folder named as people read it (Éléments envoyés) or as the server does (&AMk-l&AOk-ments...)
        names = {f.display: f.name for f in mailbox.folders()} | {f.name: f.name for f in mailbox.folders()}
    drafts = _folder(account.drafts_folder, found.drafts, names, "--drafts-folder")
    sent = _folder(account.sent_folder, found.sent, names, "--sent-folder")
    check_submission(smtp, secret.value)
    account = dataclasses.replace(account, drafts_folder=drafts, sent_folder=sent)
    kept = None
    if typed is not None:
        kept = save_secret(account.address, typed, file=password_file, to_file=password_file is not None)
        if kept.source == "file" and password_file is not None:
            account = dataclasses.replace(account, secret_file=str(password_file))
    with ws.locked() as session:
        rows.save_account(session, ws.owner, account)
    where = kept.where if kept is not None else secret.where
    return SetUp(account, where, kept)


def _folder(asked: str, found: str | None, names: dict[str, str], option: str) -> str:
    """The folder the user named (as the server names it), else the one found, else ""."""
    if asked:
        if asked not in names:
            shown = sorted({decode_folder_name(n) for n in names.values()})
            raise InvalidInput(option, f"a folder of this mailbox: {', '.join(shown)}", asked)
        return names[asked]
    return found or ""


def check(ws: Workspace) -> list[Checked]:
    """Log in to both servers of the account again: one ``Checked`` each (a missing secret is the
    problem of both)."""
    from followup.mail.imap import open_mailbox
    from followup.mail.secrets import SecretError
    from followup.mail.submission import check_submission

    account = require_account(ws)
    imap, smtp = imap_server(account), smtp_server(account)
    try:
        secret = account_secret(account).value
    except SecretError as error:
        return [Checked(s.protocol, s.label, error.message, "secret") for s in (imap, smtp)]
    results = []
    try:
        open_mailbox(imap, secret).close()
        results.append(Checked("IMAP", imap.label))
    except ServerError as error:
        results.append(Checked("IMAP", imap.label, error.message, error.kind))
    try:
        check_submission(smtp, secret)
        results.append(Checked("SMTP", smtp.label))
    except ServerError as error:
        results.append(Checked("SMTP", smtp.label, error.message, error.kind))
    return results


def forget(ws: Workspace) -> tuple[MailAccount, list[str]]:
    """Remove the account and its secret (the keyring's entry, the 600 file); the account that was, and
    where a secret was removed from. A password command is the user's own and stays."""
    account = require_account(ws)
    removed = forget_secret(account.address, Path(account.secret_file) if account.secret_file else None)
    with ws.locked() as session:
        rows.delete_account(session, ws.owner)
    return account, removed
