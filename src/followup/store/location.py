"""Where the database lives by default. Standard library only (``os``), and no ``pathlib``: the fast
``followup today`` path calls it, and every millisecond of import there counts (benchmarks/today.py).

``$FOLLOWUP_HOME`` if set; otherwise the platform's user data directory, as the XDG Base Directory
specification and the platforms' conventions place it: ``$XDG_DATA_HOME/followup`` or
``~/.local/share/followup`` on Linux, ``~/Library/Application Support/followup`` on macOS,
``%LOCALAPPDATA%\\followup`` on Windows.
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
    """``followup.db`` in ``data_dir()``; neither is created (reading never creates a database)."""
    return os.path.join(data_dir(), DB_FILENAME)


def default_db_path() -> Path:
    """``default_db_file()`` as a Path, its directory created (for opening the store to write)."""
    from pathlib import Path

    path = Path(default_db_file())
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def default_db_url() -> str:
    """The SQLAlchemy URL of ``default_db_path()``."""
    return f"sqlite:///{default_db_path()}"
