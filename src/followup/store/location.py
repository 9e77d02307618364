"""Where the database lives, whose it is, and how a database URL is shown. Standard library only (``os``,
``re`` on demand), and no ``pathlib``: the fast ``followup today`` path calls it, and every millisecond
of import there counts (benchmarks/today.py).

``$FOLLOWUP_HOME`` if set; otherwise the platform's user data directory, as the XDG Base Directory
specification and the platforms' conventions place it: ``$XDG_DATA_HOME/followup`` or
``~/.local/share/followup`` on Linux, ``~/Library/Application Support/followup`` on macOS,
``%LOCALAPPDATA%\\followup`` on Windows. The folder is created (mode 700, yours alone) only when
something is written: reading a missing home creates nothing.

A ``--db`` value is a file path or a URL. ``is_url`` tells them apart, and ``redact`` is the only way a
URL (well formed or not) reaches a message: it never contains the password.
"""

from __future__ import annotations

import os
import sys

# mypy treats a name TYPE_CHECKING as true wherever it comes from: ``typing`` (and the ``re`` and ``enum``
# it loads) stays off the fast path.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path

DB_FILENAME = "followup.db"
HOME_VARIABLE = "FOLLOWUP_HOME"
OWNER_VARIABLE = "FOLLOWUP_USER"
FOLDER_MODE = 0o700
# Schemes a --db value may name. Anything else with a "//" or one of these before a ":" is a URL, never
# a file path: "postgresql//u:pw@h" must be refused as a broken URL, not created as a folder.
KNOWN_SCHEMES = ("sqlite", "postgresql", "postgres", "mysql", "mariadb", "oracle", "mssql")


def data_dir() -> str:
    """The directory for followup's data (not created)."""
    home = os.environ.get(HOME_VARIABLE)
    if home:
        return os.path.expanduser(home)
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or os.path.expanduser(r"~\AppData\Local")
    elif sys.platform == "darwin":
        base = os.path.expanduser("~/Library/Application Support")
    else:
        base = os.environ.get("XDG_DATA_HOME") or os.path.expanduser("~/.local/share")
    return os.path.join(base, "followup")


def default_db_file() -> str:
    """``followup.db`` in ``data_dir()``; neither is created (reading never creates a database).

    Raises ``InvalidInput`` when the data folder is a file: nothing could ever be stored there."""
    folder = data_dir()
    if os.path.exists(folder) and not os.path.isdir(folder):
        _bad_home(folder, "a folder for followup's data, not a file")
    return os.path.join(folder, DB_FILENAME)


def default_db_path() -> Path:
    """``default_db_file()`` as a Path, its folder created (mode 700) for opening the store to write.

    Raises ``InvalidInput`` when the folder cannot be created or written to."""
    from pathlib import Path

    path = Path(default_db_file())
    folder = path.parent
    if not folder.is_dir():
        try:
            folder.parent.mkdir(parents=True, exist_ok=True)
            folder.mkdir(mode=FOLDER_MODE)
            os.chmod(folder, FOLDER_MODE)  # mkdir's mode passes through the umask; this does not
        except FileExistsError:
            pass  # another followup made it a moment ago
        except OSError as error:
            _bad_home(str(folder), f"a folder followup can create ({error.strerror})")
    if not os.access(folder, os.W_OK | os.X_OK):
        _bad_home(str(folder), "a folder you can write to")
    return path


def default_db_url() -> str:
    """The SQLAlchemy URL of ``default_db_path()``."""
    return f"sqlite:///{default_db_path()}"


def _bad_home(folder: str, accepted: str) -> None:
    from followup.core.errors import InvalidInput

    field = HOME_VARIABLE if os.environ.get(HOME_VARIABLE) else "data folder"
    raise InvalidInput(field, accepted, folder)


# --- whose records --------------------------------------------------------------------------------------


def login_owner() -> str:
    """The owner a login maps to: ``$FOLLOWUP_USER``, else the login name: the owner a new SQLite file is
    given (``meta`` row ``owner``, migration 0006). On a PostgreSQL server the owner is the database
    role connected, whatever this says."""
    found = os.environ.get(OWNER_VARIABLE)
    if found:
        return found
    import getpass

    try:
        return getpass.getuser() or "local"
    except (KeyError, OSError):  # no login name and no passwd entry (a bare container)
        return "local"


def file_user(path: str) -> str:
    """The login name of the system user who owns ``path``, or "" when it cannot be told."""
    try:
        import pwd

        return pwd.getpwuid(os.stat(path).st_uid).pw_name
    except (ImportError, KeyError, OSError):
        return ""


# --- URLs -----------------------------------------------------------------------------------------------


def is_url(text: str) -> bool:
    """Whether a ``--db`` value is meant as a URL (well formed or not) rather than a file path."""
    # By hand rather than with ``re``, whose import costs ``followup today --db FILE`` a third of its time:
    # leading white space, then a scheme ([A-Za-z][A-Za-z0-9+.-]*) followed by ":" or "//".
    if "://" in text:
        return True
    rest = text.lstrip()
    end = 0
    while end < len(rest) and (rest[end].isascii() and (rest[end].isalnum() or rest[end] in "+.-")):
        end += 1
    scheme = rest[:end]
    if not scheme or not (scheme[0].isascii() and scheme[0].isalpha()):
        return False
    if not (rest[end : end + 1] == ":" or rest[end : end + 2] == "//"):
        return False
    return scheme.lower().split("+")[0] in KNOWN_SCHEMES


def to_url(db: str) -> str:
    """A ``--db`` value as a URL: URLs as given, file paths as ``sqlite:///PATH``."""
    return db if is_url(db) else f"sqlite:///{os.path.expanduser(db)}"


def redact(url: str) -> str:
    """``url`` as it may be shown: whatever stands between the scheme and the last ``@`` (user and
    password, however mangled), and any password in the query, become ``***``."""
    import re

    text = url.strip()
    if "@" in text:
        scheme = re.match(r"[A-Za-z][A-Za-z0-9+.-]*(:/*|//)?", text)
        head = scheme.group(0) if scheme else ""
        text = f"{head}***@{text.rsplit('@', 1)[1]}"
    return redact_query(text)


def redact_query(url: str) -> str:
    """``url`` with any password given as a query parameter (``?password=...``) shown as ``***``."""
    import re

    return re.sub(r"(?i)((?:password|passwd|pwd|sslpassword)=)[^&]*", r"\1***", url)
