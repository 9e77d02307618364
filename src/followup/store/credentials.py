"""A PostgreSQL password from a command, never from the database, an argument or a log.

libpq already finds a password the URL leaves out in ``PGPASSWORD`` or the password file (``~/.pgpass``,
or ``PGPASSFILE``), and the host, port, database and role in ``PGHOST``, ``PGPORT``, ``PGDATABASE`` and
``PGUSER``: followup passes such a URL on as it is. What libpq lacks is a password from a command, as
``FOLLOWUP_SMTP_PASSWORD_COMMAND`` gives one for mail: ``FOLLOWUP_PG_PASSWORD_COMMAND`` (``pass show
followup``, ``secret-tool lookup ...``) is run when the URL has no password, and the first line it prints
is the password. ``followup admin add-user --password-command`` reads a new role's password the same way.

No message ever quotes the password or anything the command printed: a failure names the setting to
check, in one line.
"""

from __future__ import annotations

import os
import shlex
import subprocess

from followup.core.errors import InvalidInput, StoreError

PASSWORD_COMMAND = "FOLLOWUP_PG_PASSWORD_COMMAND"
TIMEOUT = 30.0  # seconds: the command may wait for a keyring to unlock


def password_from_environment() -> str | None:
    """The password ``$FOLLOWUP_PG_PASSWORD_COMMAND`` prints, or None when it is not set."""
    command = os.environ.get(PASSWORD_COMMAND, "")
    if not command.strip():
        return None
    return run_password_command(command, PASSWORD_COMMAND, "the PostgreSQL password")


def run_password_command(command: str, field: str, what: str) -> str:
    """The first line ``command`` prints (run without a shell, standard input closed).

    ``field`` is where the command came from (a variable or an option) and ``what`` the password it
    gives, as the messages name them. Raises ``InvalidInput`` for a command line that does not parse and
    ``StoreError`` when the command cannot give a password."""
    check = f"check {field}"
    try:
        argv = shlex.split(command)
    except ValueError:
        raise InvalidInput(field, "a command line with matching quotes") from None
    if not argv:
        raise InvalidInput(field, f"a command that prints {what}")
    try:
        done = subprocess.run(
            argv, stdin=subprocess.DEVNULL, capture_output=True, timeout=TIMEOUT, check=False
        )
    except subprocess.TimeoutExpired:
        raise StoreError(f"the command for {what} did not finish within {TIMEOUT:g} s; {check}") from None
    except OSError as error:
        raise StoreError(
            f"the command for {what}, {argv[0]!r}, could not be run ({error.strerror}); {check}"
        ) from None
    if done.returncode != 0:  # not its output: whatever it printed may be the secret
        raise StoreError(f"the command for {what} failed (exit status {done.returncode}); {check}")
    try:
        lines = done.stdout.decode("utf-8").splitlines()
    except UnicodeDecodeError:
        raise StoreError(f"the command for {what} printed something that is not text; {check}") from None
    if not lines or not lines[0]:
        raise StoreError(f"the command for {what} printed no password; {check}")
    return lines[0]
