"""Files followup writes because you asked (an export, a calendar, an .eml draft, a PDF letter): checked
before anything is done, written whole or not at all, and yours alone unless you say otherwise.

``check`` runs first, so that a command whose file cannot be written changes nothing: not the file, not
the store (a calendar export keeps its SEQUENCE bookkeeping as it was). ``write`` goes through a
temporary file in the target's own folder, created by ``tempfile.mkstemp`` (a random name opened with
``O_EXCL`` and mode 600, so no other user can predict it, create it first or read it while it fills),
then renamed over the target with ``os.replace``: the real name only ever holds a whole file, and a
symbolic link in its place is replaced, never followed.

Mode 600 by default; ``--mode 644`` (``parse_mode``) when the file is meant for others to read.
"""

from __future__ import annotations

import os
import re
import tempfile
from contextlib import suppress
from pathlib import Path

from followup.core.errors import InvalidInput

__all__ = ["DEFAULT_MODE", "check", "parse_mode", "write"]

DEFAULT_MODE = 0o600
MODE_ACCEPTED = (
    "an octal mode of read and write permissions that lets you read and write the file, "
    "such as 600 (yours alone) or 644 (others may read it)"
)


def parse_mode(text: str, field: str = "--mode") -> int:
    """``600``, ``0644``, ``0o640`` -> the permission bits; refused unless you can read and write the
    file, and with any execute bit (a document is not a program)."""
    found = re.fullmatch(r"(?:0o?)?([0-7]{3})", text.strip())
    mode = int(found.group(1), 8) if found else None
    if mode is None or mode & 0o600 != 0o600 or mode & 0o111:
        raise InvalidInput(field, MODE_ACCEPTED, text)
    return mode


def check(path: Path, field: str) -> Path:
    """Refuse, before anything is done, a target that cannot be written: a folder, a file in a missing
    folder or in one you cannot write to."""
    folder = path.parent
    if path.is_dir():
        raise InvalidInput(field, "a file name, not a folder", str(path))
    if not folder.is_dir():
        why = "is not a folder" if folder.exists() else "does not exist"
        raise InvalidInput(field, f"a file in an existing folder ({folder} {why})", str(path))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise InvalidInput(field, f"a file in a folder you can write to ({folder} is not)", str(path))
    return path


def write(path: Path, data: bytes, *, mode: int = DEFAULT_MODE, field: str = "--out") -> None:
    """Write ``data`` to ``path`` atomically with permissions ``mode`` (not narrowed by the umask)."""
    check(path, field)
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    except OSError as error:
        raise InvalidInput(field, f"a file that can be written ({error.strerror})", str(path)) from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException as error:
        with suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, OSError):
            raise InvalidInput(field, f"a file that can be written ({error.strerror})", str(path)) from None
        raise
