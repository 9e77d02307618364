"""The store's side of privacy: a SQLite file names its owner (migration 0006) and a server does not;
a new file is private; a URL, well formed or not, is shown without its password."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

import pytest
from alembic import command
from hypothesis import given as given_text
from hypothesis import strategies as st
from sqlalchemy import text

from followup.core.errors import InvalidInput, StoreError
from followup.store.engine import alembic_config, create_engine_for, open_store, sqlite_path_of
from followup.store.location import KNOWN_SCHEMES, is_url, redact, to_url


def test_a_new_sqlite_file_belongs_to_the_login_and_a_server_store_to_the_role_connected(
    db_url: str, backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FOLLOWUP_USER", "alex")
    with open_store(db_url) as store:
        assert (store.owner, store.shared) == (("alex", False) if backend == "sqlite" else ("postgres", True))
    monkeypatch.setenv("FOLLOWUP_USER", "bob")
    with open_store(db_url) as store:  # neither the file's owner nor the role follows $FOLLOWUP_USER
        assert store.owner == ("alex" if backend == "sqlite" else "postgres")


def test_migration_0006_goes_down_and_up_without_touching_a_row(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'f.db'}"
    open_store(url).close()
    engine = create_engine_for(url)
    try:
        with engine.begin() as connection:
            before = connection.execute(text("SELECT key, value FROM meta ORDER BY key")).all()
            command.downgrade(alembic_config(connection), "0005")
            assert connection.execute(text("SELECT COUNT(*) FROM meta WHERE key = 'owner'")).scalar() == 0
            command.upgrade(alembic_config(connection), "head")
            assert connection.execute(text("SELECT key, value FROM meta ORDER BY key")).all() == before
    finally:
        engine.dispose()


def test_a_new_file_is_600_whatever_the_umask(tmp_path: Path) -> None:
    saved = os.umask(0)
    try:
        open_store(f"sqlite:///{tmp_path / 'f.db'}").close()
    finally:
        os.umask(saved)
    assert stat.S_IMODE((tmp_path / "f.db").stat().st_mode) == 0o600


def test_a_readable_file_is_made_private_and_said_so_once(tmp_path: Path) -> None:
    path = tmp_path / "f.db"
    open_store(f"sqlite:///{path}").close()
    path.chmod(0o640)
    heard: list[str] = []
    open_store(f"sqlite:///{path}", notify=heard.append).close()
    open_store(f"sqlite:///{path}", notify=heard.append).close()
    assert heard == [f"{path} could be read by other users of this machine; it is now yours alone (mode 600)"]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_the_path_of_a_missing_default_database_does_not_create_its_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FOLLOWUP_HOME", str(tmp_path / "home"))
    assert sqlite_path_of(None) == tmp_path / "home" / "followup.db"
    assert sqlite_path_of("postgresql://u@127.0.0.1/db") is None
    assert not (tmp_path / "home").exists()


def test_a_home_that_is_a_file_is_invalid_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "home").write_text("")
    monkeypatch.setenv("FOLLOWUP_HOME", str(tmp_path / "home"))
    with pytest.raises(InvalidInput, match="FOLLOWUP_HOME: expected a folder for followup's data"):
        sqlite_path_of(None)


@pytest.mark.parametrize(
    ("given", "a_url"),
    [
        ("followup.db", False),
        ("notes:2026.db", False),  # a colon in a file name
        ("C:\\data\\followup.db", False),  # a drive letter is no scheme
        ("sqlite:///x.db", True),
        ("postgresql//u:p@h", True),  # a broken URL stays a URL, to be refused as one (not a folder)
        ("postgresql:u:p@h/db", True),
        (" postgresql://u@h/db", True),
    ],
)
def test_a_db_value_is_a_url_or_a_file(given: str, a_url: bool) -> None:
    assert is_url(given) is a_url
    assert to_url(given) == (given if a_url else f"sqlite:///{given}")


def _is_url_by_pattern(text: str) -> bool:
    """The rule ``is_url`` implements by hand (so that ``followup today`` needs no ``re``), as a pattern."""
    found = re.match(r"\s*([A-Za-z][A-Za-z0-9+.-]*)(:|//)", text)
    return "://" in text or (found is not None and found.group(1).lower().split("+")[0] in KNOWN_SCHEMES)


@given_text(st.text(alphabet=st.sampled_from(list(" \t\nsqlitepgrSQL+.-:/019_@\\éſK")), max_size=24))
def test_is_url_decides_as_the_pattern_does_on_any_text(text: str) -> None:
    assert is_url(text) is _is_url_by_pattern(text)


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("postgresql://alex:pw@h/db", "postgresql://***@h/db"),
        ("postgresql:alex:pw@h/db", "postgresql:***@h/db"),
        ("postgresql//alex:pw@h", "postgresql//***@h"),
        ("postgresql://alex:p@w@h/db", "postgresql://***@h/db"),  # an @ in the password, unencoded
        ("postgresql://h/db?sslmode=require&password=pw", "postgresql://h/db?sslmode=require&password=***"),
        ("  pg:pw@h  ", "pg:***@h"),
        ("sqlite:///x.db", "sqlite:///x.db"),
    ],
)
def test_redact_hides_the_password_however_the_url_is_written(url: str, shown: str) -> None:
    assert redact(url) == shown


def test_a_url_with_a_port_that_is_not_a_number_is_a_store_error_without_its_password() -> None:
    with pytest.raises(StoreError) as refused:
        open_store("postgresql://alex:hunter2@h:port/db")
    assert "hunter2" not in refused.value.message and "its port is not a number" in refused.value.message
    assert refused.value.__cause__ is None and refused.value.__suppress_context__
