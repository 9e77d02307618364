"""`followup mail setup|show|check|forget`: the mail account (issue 10, item 1; docs/mail.md).

`setup` logs in to both servers before it saves anything, finds Drafts and Sent, and says where the
password went; `show` never shows a secret; `check` logs in again, one line per server; `forget` removes
the account and the secret followup kept (a password command is the user's own and stays).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from followup.cli.common import Context, emit, json_option, pass_context
from followup.cli.params import text
from followup.core import fields
from followup.core.errors import InvalidInput
from followup.core.model import MailAccount

SECURITY = ("tls", "starttls", "none")
PORTS = {
    "SMTP": {"tls": 465, "starttls": 587, "none": 587},
    "IMAP": {"tls": 993, "starttls": 143, "none": 143},
}


@click.group()
def mail() -> None:
    """Your mail account: set it up, show it, check it, forget it."""


def _interactive() -> bool:
    return sys.stdin.isatty() and sys.stdout.isatty()


def _ask(value: str, option: str, question: str, default: str = "", *, accepted: str) -> str:
    """``value``, else the answer to ``question`` in a terminal, else ``default``, else refused."""
    if value:
        return value
    if _interactive():
        answer: str = click.prompt(question, default=default or None, show_default=bool(default))
        return answer.strip()
    if default:
        return default
    raise InvalidInput(option, accepted)


@mail.command("setup")
@click.option(
    "--name", type=text(fields.NAME), default="", help="Your name as senders see it (default: profile)."
)
@click.option(
    "--address", type=text(fields.EMAIL), default="", help="Your address (default: your profile's)."
)
@click.option("--smtp-host", type=text(fields.HOST), default="", help="The server that sends your mail.")
@click.option("--smtp-port", type=click.IntRange(1, 65535), help="Default: 465 for tls, 587 otherwise.")
@click.option("--smtp-security", type=click.Choice(SECURITY), default="starttls", show_default=True)
@click.option("--imap-host", type=text(fields.HOST), default="", help="The server that holds your mailbox.")
@click.option("--imap-port", type=click.IntRange(1, 65535), help="Default: 993 for tls, 143 otherwise.")
@click.option("--imap-security", type=click.Choice(SECURITY), default="tls", show_default=True)
@click.option(
    "--user", type=text(fields.MAIL_USER), default="", help="Your user name on both (default: address)."
)
@click.option("--smtp-user", type=text(fields.MAIL_USER), default="", help="The SMTP user, when it differs.")
@click.option("--imap-user", type=text(fields.MAIL_USER), default="", help="The IMAP user, when it differs.")
@click.option("--auth", type=click.Choice(("password", "xoauth2")), default="password", show_default=True)
@click.option(
    "--password-command",
    type=text(fields.COMMAND),
    default="",
    help="A command that prints the password (e.g. 'pass show mail'); kept, run at each use.",
)
@click.option(
    "--token-command",
    type=text(fields.COMMAND),
    default="",
    help="With --auth xoauth2: a command that prints a fresh access token; kept, run at each use.",
)
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input's first line.")
@click.option(
    "--password-file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Keep the password in this file (plain text, mode 600) instead of the keyring.",
)
@click.option(
    "--ca-file",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    help="Also trust this certificate (PEM), for a server with its own.",
)
@click.option("--drafts-folder", type=text(fields.FOLDER), default="", help="Default: found on the server.")
@click.option("--sent-folder", type=text(fields.FOLDER), default="", help="Default: found on the server.")
@json_option
@pass_context
def setup_command(
    context: Context,
    /,
    name: str,
    address: str,
    smtp_host: str,
    smtp_port: int | None,
    smtp_security: str,
    imap_host: str,
    imap_port: int | None,
    imap_security: str,
    user: str,
    smtp_user: str,
    imap_user: str,
    auth: str,
    password_command: str,
    token_command: str,
    password_stdin: bool,
    password_file: Path | None,
    ca_file: Path | None,
    drafts_folder: str,
    sent_folder: str,
    as_json: bool,
) -> None:
    """Set up your mail account: log in to both servers, find Drafts and Sent, then save it.

    The password is never stored in followup's database. It comes from --password-command (run each
    time), the FOLLOWUP_MAIL_PASSWORD environment variable, or, when you type it (or give
    --password-stdin), it is kept in your system's keyring, or in --password-file (plain text, mode 600)
    where there is no keyring. With --auth xoauth2, --token-command prints an access token (docs/mail.md).
    """
    from followup.core.codec import check_email
    from followup.services.mail_accounts import set_up

    profile = context.ws.read_base().profile
    if auth == "xoauth2" and password_command:
        raise InvalidInput("--password-command", "--token-command with --auth xoauth2")
    if auth == "password" and token_command:
        raise InvalidInput("--token-command", "--password-command, or --auth xoauth2 with a token command")
    address = _ask(address, "--address", "Your address", profile.email, accepted="your email address")
    check_email(address, "--address")
    name = name or profile.name
    smtp_host = _ask(smtp_host, "--smtp-host", "SMTP server", accepted="the host name of your SMTP server")
    imap_host = _ask(imap_host, "--imap-host", "IMAP server", accepted="the host name of your IMAP server")
    user = user or address
    account = MailAccount(
        name=name,
        address=address,
        smtp_host=smtp_host,
        smtp_port=smtp_port or PORTS["SMTP"][smtp_security],
        smtp_security=smtp_security,
        smtp_user=smtp_user or user,
        imap_host=imap_host,
        imap_port=imap_port or PORTS["IMAP"][imap_security],
        imap_security=imap_security,
        imap_user=imap_user or user,
        auth=auth,
        secret_command=token_command if auth == "xoauth2" else password_command,
        ca_file=str(ca_file.resolve()) if ca_file else "",
        drafts_folder=drafts_folder,
        sent_folder=sent_folder,
    )
    typed = _typed_password(account, password_stdin)
    done = set_up(context.ws, account, typed, password_file.resolve() if password_file else None)
    if done.kept is not None and done.kept.warning and not as_json:
        click.echo(done.kept.warning, err=True)
    saved = done.account
    data = {
        "account": account_data(saved),
        "checked": {"imap": "ok", "smtp": "ok"},
        "secret": {"where": done.secret_where, "warning": done.kept.warning if done.kept else ""},
    }
    what = "token" if saved.auth == "xoauth2" else "password"
    lines = [
        f"Mail account for {saved.address} saved: logged in to {saved.imap_host} (IMAP) and "
        f"{saved.smtp_host} (SMTP).",
        f"Drafts: {_folder(saved.drafts_folder) or 'not found (drafts cannot go to your mailbox)'}; "
        f"Sent: {_folder(saved.sent_folder) or 'not found'}.",
        f"The {what} is read from {done.secret_where}" + (" each time." if done.kept is None else "."),
    ]
    emit(as_json, data, "\n".join(lines))


def _typed_password(account: MailAccount, from_stdin: bool) -> str | None:
    """A password given on standard input or typed at a prompt (to be kept), or None: then it is found
    where ``mail.secrets`` looks (a command, the environment, the keyring, a file)."""
    import os

    from followup.mail.secrets import PASSWORD_VARIABLE, TOKEN_VARIABLE

    what = "token" if account.auth == "xoauth2" else "password"
    if from_stdin:
        line = sys.stdin.readline().rstrip("\r\n")
        if not line:
            raise InvalidInput("--password-stdin", f"the {what} on the first line of standard input")
        return line
    variable = TOKEN_VARIABLE if account.auth == "xoauth2" else PASSWORD_VARIABLE
    if account.secret_command or os.environ.get(variable) or not _interactive():
        return None
    if account.auth == "xoauth2":
        raise InvalidInput("--token-command", "a command that prints an access token (docs/mail.md)")
    typed: str = click.prompt(f"Password for {account.smtp_user}", hide_input=True)
    return typed


def _folder(name: str) -> str:
    """A folder's name as people read it (the server's is modified UTF-7: ``Entw&APw-rfe``)."""
    from followup.mail.imap import decode_folder_name

    return decode_folder_name(name)


def account_data(account: MailAccount) -> dict[str, Any]:
    """The account as `mail show --json` gives it: every setting, never a secret."""
    return {
        "name": account.name,
        "address": account.address,
        "smtp": {
            "host": account.smtp_host,
            "port": account.smtp_port,
            "security": account.smtp_security,
            "user": account.smtp_user,
        },
        "imap": {
            "host": account.imap_host,
            "port": account.imap_port,
            "security": account.imap_security,
            "user": account.imap_user,
        },
        "auth": account.auth,
        "secret_command": account.secret_command,
        "secret_file": account.secret_file,
        "ca_file": account.ca_file,
        "drafts_folder": account.drafts_folder,
        "sent_folder": account.sent_folder,
    }


@mail.command("show")
@json_option
@pass_context
def show_command(context: Context, /, as_json: bool) -> None:
    """Show your mail account's settings (never its password or token)."""
    from followup.services.mail_accounts import require_account

    a = require_account(context.ws)
    lines = [
        f"{a.name} <{a.address}>" if a.name else a.address,
        f"SMTP  {a.smtp_host}:{a.smtp_port} ({a.smtp_security}) as {a.smtp_user}",
        f"IMAP  {a.imap_host}:{a.imap_port} ({a.imap_security}) as {a.imap_user}",
        f"Login by {a.auth}"
        + (f", from the command {a.secret_command!r}" if a.secret_command else "")
        + (f", kept in {a.secret_file}" if a.secret_file else ""),
        f"Drafts: {_folder(a.drafts_folder) or '-'}   Sent: {_folder(a.sent_folder) or '-'}",
    ]
    if a.ca_file:
        lines.append(f"Trusts the certificate in {a.ca_file}")
    emit(as_json, {"account": account_data(a)}, "\n".join(lines))


@mail.command("check")
@json_option
@pass_context
def check_command(context: Context, /, as_json: bool) -> None:
    """Log in to your IMAP and SMTP servers again: one line each. Exit status 2 when one fails."""
    from followup.services.mail_accounts import check

    results = check(context.ws)
    data = {
        "servers": [
            {
                "protocol": r.protocol,
                "ok": not r.problem,
                "problem": r.problem or None,
                "kind": r.kind or None,
            }
            for r in results
        ]
    }
    lines = [
        f"{r.protocol}  ok ({r.server})" if not r.problem else f"{r.protocol}  FAILED: {r.problem}"
        for r in results
    ]
    emit(as_json, data, "\n".join(lines))
    if any(r.problem for r in results):
        raise click.exceptions.Exit(2)


@mail.command("forget")
@json_option
@pass_context
def forget_command(context: Context, /, as_json: bool) -> None:
    """Remove your mail account, and the password or token followup kept for it (keyring or file)."""
    from followup.services.mail_accounts import forget

    account, removed = forget(context.ws)
    where = "; removed the secret from " + " and ".join(removed) if removed else ""
    emit(
        as_json,
        {"forgotten": account.address, "secret_removed_from": removed},
        f"Forgot the mail account for {account.address}{where}.",
    )
