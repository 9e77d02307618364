"""Where the database lives by default. Standard library and platformdirs only, so that fast paths
(``followup today`` reading the agenda with ``sqlite3``) can find the file without importing SQLAlchemy.
"""

from __future__ import annotations

import os
from pathlib import Path

DB_FILENAME = "followup.db"
HOME_VARIABLE = "FOLLOWUP_HOME"


def default_db_path() -> Path:
    """``followup.db`` under ``$FOLLOWUP_HOME`` if set, else under the platform's user data directory.

    The directory is created if it does not exist; the file is not.
    """
    home = os.environ.get(HOME_VARIABLE)
    if home:
        directory = Path(home).expanduser()
    else:
        import platformdirs  # only here: the environment variable path needs nothing else

        directory = Path(platformdirs.user_data_dir("followup"))
    directory.mkdir(parents=True, exist_ok=True)
    return directory / DB_FILENAME


def default_db_url() -> str:
    """The SQLAlchemy URL of ``default_db_path()``."""
    return f"sqlite:///{default_db_path()}"
