"""Where a mail password (or an XOAUTH2 token) comes from, and where `followup mail setup` keeps it.

Looked up in this order, the first that has one wins:

1. a command (``--password-command`` / ``--token-command``, like msmtp's ``passwordeval`` or ``pass
   show``): the first line it prints. A command that fails is an error, not a reason to look further:
   the user said where the secret is;
2. the environment variable ``FOLLOWUP_MAIL_PASSWORD`` (or ``FOLLOWUP_MAIL_TOKEN`` for a token);
3. the operating system's keyring, through the ``keyring`` package, when it has a real backend (a
   headless server usually has none: keyring then offers only its failing or null backend, and the
   base64 "encrypted" files of ``keyrings.alt`` are not counted as one);
4. a file the user opted into, readable by the user alone (mode 600, refused when looser), holding
   the secret in plain text; saving it there says so.

A secret is never stored in the database, an export or a log, and no error quotes it or what a command
printed. ``keyring`` is imported only when the keyring is asked (it loads entry points: ~50 ms).
"""

from __future__ import annotations

import os
import shlex
import stat
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from followup.core.errors import FollowupError, InvalidInput

PASSWORD_VARIABLE = "FOLLOWUP_MAIL_PASSWORD"
TOKEN_VARIABLE = "FOLLOWUP_MAIL_TOKEN"
KEYRING_SERVICE = "followup-mail"
COMMAND_TIMEOUT = 30.0  # seconds a command may take (it may wait for a keyring or a browser sign-in)
SOURCES = ("command", "environment", "keyring", "file")
# Backends that are no keyring at all: keyring's own placeholders, and keyrings.alt's files (base64 or a
# key kept beside the data: plain text in all but name).
NOT_A_KEYRING = ("keyring.backends.fail", "keyring.backends.null", "keyring.backends.chainer", "keyrings.alt")


class SecretError(FollowupError):
    """A secret cannot be found or kept; the message says where it looked and what to do."""

    exit_code = 2


@dataclass(frozen=True)
class Secret:
    """A password or token, and where it was found (``source``: one of ``SOURCES``; ``where``: in words,
    for `mail setup` and `mail show`). ``repr`` never shows the value."""

    value: str
    source: str
    where: str

    def __repr__(self) -> str:
        return f"Secret(source={self.source!r}, where={self.where!r})"


@dataclass(frozen=True)
class Kept:
    """Where `save_secret` put a secret: ``source`` (``keyring`` or ``file``), ``where`` in words, and a
    warning to show (a plain-text file), or ""."""

    source: str
    where: str
    warning: str = ""


def run_command(command: str, option: str, what: str = "password", timeout: float = COMMAND_TIMEOUT) -> str:
    """The first line ``command`` prints (run without a shell). ``option`` names where the command was
    given, for the error; no error ever contains what the command printed."""
    try:
        argv = shlex.split(command)
    except ValueError:
        raise InvalidInput(option, "a command line with matching quotes") from None
    if not argv:
        raise InvalidInput(option, f"a command that prints your {what}")
    try:
        done = subprocess.run(
            argv, stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired:
        raise SecretError(f"{option}: the {what} command did not finish within {timeout:g} s") from None
    except OSError as error:
        raise SecretError(
            f"{option}: the {what} command {argv[0]!r} could not be run ({error.strerror})"
        ) from None
    if done.returncode != 0:
        # Not its output: whatever it printed may be the secret.
        raise SecretError(f"{option}: the {what} command failed (exit status {done.returncode})")
    try:
        lines = done.stdout.decode("utf-8").splitlines()
    except UnicodeDecodeError:
        raise SecretError(f"{option}: the {what} command printed something that is not text") from None
    if not lines or not lines[0].strip():
        raise SecretError(f"{option}: the {what} command printed no {what} on its first line")
    return lines[0].strip()


def find_secret(
    key: str,
    *,
    command: str = "",
    option: str = "--password-command",
    file: Path | None = None,
    token: bool = False,
    timeout: float = COMMAND_TIMEOUT,
) -> Secret:
    """The secret for ``key`` (the keyring's user name for it), from the first source that has one (the
    module's docstring gives the order); ``SecretError`` naming every place looked when none has."""
    what = "token" if token else "password"
    if command:
        return Secret(
            run_command(command, option, what, timeout), "command", f"the command given by {option}"
        )
    variable = TOKEN_VARIABLE if token else PASSWORD_VARIABLE
    if os.environ.get(variable):
        return Secret(os.environ[variable], "environment", f"the environment variable {variable}")
    backend = keyring_backend()
    if backend is not None:
        value = _keyring_get(backend, key)
        if value:
            return Secret(value, "keyring", f"the keyring ({backend_name(backend)})")
    if file is not None and file.exists():
        return Secret(read_secret_file(file, what), "file", f"the file {file}")
    raise SecretError(
        f"no mail {what} found for {key}: give {option}, set {variable}"
        + (", or keep it in the keyring with `followup mail setup`" if backend is not None else "")
        + ("" if file is None else f", or keep it in {file} with `followup mail setup --password-file`")
    )


def keyring_backend() -> Any | None:
    """The keyring's backend when it is a real one (``PYTHON_KEYRING_BACKEND`` is read each time, so a
    test can change it), else None."""
    try:
        import keyring
        import keyring.core
    except ImportError:  # pragma: no cover - a dependency; a broken install leaves the other sources
        return None
    try:
        name = os.environ.get("PYTHON_KEYRING_BACKEND", "")
        backend = keyring.core.load_keyring(name) if name else keyring.get_keyring()
    except Exception:  # a backend that cannot even load is no keyring (keyring raises many kinds)
        return None
    module = type(backend).__module__
    if any(module == bad or module.startswith(bad + ".") for bad in NOT_A_KEYRING):
        return None
    return backend


def backend_name(backend: Any) -> str:
    name = getattr(backend, "name", "") or type(backend).__name__
    return str(name)


def _keyring_get(backend: Any, key: str) -> str | None:
    try:
        value = backend.get_password(KEYRING_SERVICE, key)
    except Exception:  # a locked or broken keyring: look further
        return None
    return value if isinstance(value, str) else None


def save_secret(key: str, value: str, *, file: Path | None = None, to_file: bool = False) -> Kept:
    """Keep ``value`` for ``key``: in the keyring when there is a real one and ``to_file`` is not asked,
    else in ``file`` (mode 600, written whole; ``to_file`` or no keyring: the caller opted in by giving
    the file). ``SecretError`` when neither is possible."""
    backend = None if to_file else keyring_backend()
    if backend is not None:
        try:
            backend.set_password(KEYRING_SERVICE, key, value)
        except Exception as error:
            raise SecretError(
                f"the keyring ({backend_name(backend)}) would not keep the password "
                f"({error.__class__.__name__}); use --password-command or --password-file"
            ) from None
        return Kept("keyring", f"the keyring ({backend_name(backend)}), as {KEYRING_SERVICE}/{key}")
    if file is None:
        raise SecretError(
            "there is no keyring here to keep the password: use --password-command (a command that "
            f"prints it), set {PASSWORD_VARIABLE}, or opt into a file with --password-file PATH"
        )
    write_secret_file(file, value)
    return Kept(
        "file",
        f"the file {file}",
        f"warning: {file} holds the secret in plain text, readable by you alone (mode 600); "
        "a password command or a keyring is safer",
    )


def forget_secret(key: str, file: Path | None = None) -> list[str]:
    """Remove the secret for ``key`` from the keyring and ``file``; where it was removed from."""
    removed = []
    backend = keyring_backend()
    if backend is not None:
        try:
            if backend.get_password(KEYRING_SERVICE, key) is not None:
                backend.delete_password(KEYRING_SERVICE, key)
                removed.append(f"the keyring ({backend_name(backend)})")
        except Exception:  # nothing there, or a locked keyring: say nothing was removed from it
            pass
    if file is not None and file.exists():
        file.unlink()
        removed.append(f"the file {file}")
    return removed


def read_secret_file(path: Path, what: str = "password") -> str:
    """The first line of ``path``, refused unless the file is the user's alone (no group or other
    permission bits): a secret anyone else can read is no longer one."""
    try:
        mode = path.stat().st_mode
    except OSError as error:
        raise SecretError(f"{path}: cannot read the {what} file ({error.strerror})") from None
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise InvalidInput(
            "password file",
            f"a file only you can read (chmod 600 {path}), not mode {stat.S_IMODE(mode):o}",
            str(path),
        )
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        raise SecretError(f"{path}: the {what} file cannot be read as text") from None
    if not lines or not lines[0].strip():
        raise SecretError(f"{path}: the {what} file is empty")
    return lines[0].strip()


def write_secret_file(path: Path, value: str) -> None:
    """``value`` into ``path``, created mode 600 before anything is written, replaced whole."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    partial = path.with_name(path.name + ".partial")
    partial.unlink(missing_ok=True)
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as out:
        out.write(value + "\n")
    os.replace(partial, path)
