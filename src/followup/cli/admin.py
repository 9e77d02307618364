"""`followup admin migrate|add-user|adopt`: the administrator's commands for a shared PostgreSQL server
(docs/shared-server.md). Each runs as the role that owns the database's tables (or a superuser)."""

from __future__ import annotations

import sys

import click

from followup.cli.common import Context, db_url, emit, json_option, pass_context
from followup.cli.params import text
from followup.core import fields
from followup.core.errors import InvalidInput
from followup.services import admin as service

NAMES = {  # each table's rows in words: one, several
    "profiles": ("profile", "profiles"),
    "applications": ("application", "applications"),
    "people": ("person", "people"),
    "interviews": ("interview", "interviews"),
    "events": ("event", "events"),
    "agenda": ("agenda row", "agenda rows"),
    "journal": ("undo journal entry", "undo journal entries"),
}


def _db_option(func: click.decorators.FC) -> click.decorators.FC:
    return click.option(
        "--db",
        "db",
        metavar="URL",
        help="The database, as the administrator connects to it (default: followup's --db or $FOLLOWUP_DB).",
    )(func)


@click.group()
def admin() -> None:
    """Set up a shared PostgreSQL server: migrate it, add its people, adopt records stored before.

    On a server each person connects as their own database role, and row-level security lets a role
    see and change only its own records. These commands run as the administrator: the role that owns
    the database's tables, or a superuser (docs/shared-server.md).
    """


@admin.command("migrate")
@_db_option
@json_option
@pass_context
def migrate(context: Context, db: str | None, as_json: bool) -> None:
    """Bring the database's schema up to date and give its people exactly the rights they need.

    People's commands never change the schema of a server; after an upgrade of followup they ask for
    this command. Running it again changes nothing.
    """
    done = service.migrate(db_url(db or context.db))
    before = done["upgraded_from"]
    if before is None:
        news = f"{done['database']} is at schema revision {done['revision']}, up to date"
    else:
        start = f"revision {before}" if before else "empty"
        news = f"Migrated {done['database']} from {start} to revision {done['revision']}"
    if done["people_role"]:
        news += f"; its people belong to the role {done['people_role']}"
    news += "."
    emit(as_json, done, news)


@admin.command("add-user")
@click.argument("name", metavar="NAME", type=text(fields.OWNER))
@click.option(
    "--password-command",
    metavar="COMMAND",
    type=text(fields.SENTENCE),
    help="A command whose first line of output is the new role's password (default: asked for, hidden).",
)
@_db_option
@json_option
@pass_context
def add_user(
    context: Context, name: str, password_command: str | None, db: str | None, as_json: bool
) -> None:
    """Create the login role NAME for one person, who then sees and changes only their own records.

    The role gets CONNECT on the database, USAGE on its schema, and SELECT, INSERT, UPDATE and DELETE on
    followup's tables and sequences, through the database's people role; nothing else. The password is
    never an argument, never printed and never stored: give it at the prompt or by --password-command.
    """
    done = service.add_user(db_url(db or context.db), name, lambda: _password(name, password_command))
    emit(
        as_json,
        done,
        f"Added the role {name} to {done['database']} (in {done['people_role']}): {name} connects with "
        "their own password and sees only their own records.",
    )


def _password(name: str, command: str | None) -> str:
    if command is not None:
        from followup.store.credentials import run_password_command

        return run_password_command(command, "--password-command", f"the password of {name}")
    if not sys.stdin.isatty():
        raise InvalidInput(
            "--password-command",
            f"a command that prints the password of {name} (or run add-user in a terminal to be asked)",
        )
    password: str = click.prompt(f"Password for {name}", hide_input=True, confirmation_prompt=True, err=True)
    if not password:
        raise InvalidInput("password", "a password that is not empty")
    return password


@admin.command("adopt")
@click.argument("owner", metavar="OWNER", type=text(fields.OWNER))
@click.argument("role", metavar="ROLE", type=text(fields.OWNER))
@_db_option
@json_option
@pass_context
def adopt(context: Context, owner: str, role: str, db: str | None, as_json: bool) -> None:
    """Move every record stored under the owner name OWNER (chosen by $FOLLOWUP_USER or a login name
    before roles were the owners) to the person's role ROLE, in one transaction.

    ROLE must be one of the database's people (`followup admin add-user`) with no records yet.
    """
    done = service.adopt(db_url(db or context.db), owner, role)
    counts = ", ".join(
        f"{n} {NAMES.get(table, (table, table))[n != 1]}" for table, n in done["moved"].items() if n
    )
    emit(as_json, done, f"Moved the records of {owner!r} to the role {role}: {counts}.")
