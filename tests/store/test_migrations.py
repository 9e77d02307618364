"""Opening a database: ours is migrated to the head revision, anything else is refused untouched."""

from __future__ import annotations

import dataclasses
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psycopg
import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, text

from followup.core.errors import StoreError
from followup.core.model import Document
from followup.store.engine import HEAD_REVISION, alembic_config, create_engine_for, open_store
from followup.store.location import default_db_path, default_db_url
from followup.store.repository import load_records, save_records
from followup.store.tables import USER_TABLES, metadata
from tests.support.postgres import PostgresCluster
from tests.support.sample import full_records


def test_the_head_revision_constant_names_the_newest_migration() -> None:
    assert ScriptDirectory.from_config(alembic_config()).get_heads() == [HEAD_REVISION]


def test_after_migrating_the_schema_matches_the_tables(db_url: str) -> None:
    open_store(db_url).close()
    engine = create_engine_for(db_url)
    try:
        with engine.connect() as connection:
            differences = compare_metadata(MigrationContext.configure(connection), metadata)
            revision = MigrationContext.configure(connection).get_current_revision()
    finally:
        engine.dispose()
    assert differences == []
    assert revision == HEAD_REVISION


def test_every_user_table_has_an_owner_column(db_url: str) -> None:
    open_store(db_url).close()
    engine = create_engine_for(db_url)
    try:
        inspector = inspect(engine)
        assert set(USER_TABLES) | {"meta", "alembic_version"} == set(inspector.get_table_names())
        for table in USER_TABLES:
            assert "owner" in {column["name"] for column in inspector.get_columns(table)}, table
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_every_index_of_a_persons_table_leads_with_the_owner_on_a_server(
    postgres_cluster: PostgresCluster,
) -> None:
    """Migration 0010: on PostgreSQL the keys by row number are (owner, row_id), so every index of every
    table with an owner column starts with it (a shared server keeps each person's rows together)."""
    url = postgres_cluster.create_database()
    open_store(url).close()
    with psycopg.connect(url) as connection:
        found = connection.execute(
            "SELECT t.relname, i.relname, a.attname FROM pg_index x "
            "JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid "
            "JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = x.indkey[0] "
            "WHERE t.relname = ANY(%s) ORDER BY 1, 2",
            (list(USER_TABLES),),
        ).fetchall()
    assert {table for table, _, _ in found} == set(USER_TABLES)
    assert [(table, index) for table, index, first in found if first != "owner"] == []
    assert ("agenda", "pk_agenda", "owner") in found


def test_the_migrations_go_down_and_up_again(db_url: str) -> None:
    open_store(db_url).close()
    engine = create_engine_for(db_url)
    try:
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), "base")
            assert inspect(connection).get_table_names() == ["alembic_version"]
            command.upgrade(alembic_config(connection), "head")
    finally:
        engine.dispose()
    with open_store(db_url) as store, store.transaction() as session:
        save_records(session, "alex", full_records())


def test_a_database_of_the_first_release_is_upgraded_with_its_data(db_url: str) -> None:
    engine = create_engine_for(db_url)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "0001")
            connection.execute(text("INSERT INTO meta (key, value) VALUES ('probe', 'kept')"))
    finally:
        engine.dispose()
    with open_store(db_url) as store, store.transaction() as session:  # migrates 0001 -> head
        save_records(session, "alex", full_records())
    engine = create_engine_for(db_url)
    try:
        with engine.connect() as connection:
            assert MigrationContext.configure(connection).get_current_revision() == HEAD_REVISION
            assert connection.execute(text("SELECT value FROM meta WHERE key = 'probe'")).scalar() == "kept"
            indexes = {index["name"] for index in inspect(connection).get_indexes("agenda")}
    finally:
        engine.dispose()
    assert "ix_agenda_owner_ends_at_starts_at_stale_at" in indexes  # 0002, then 0011
    assert {"ix_agenda_owner_ends_at", "ix_agenda_owner_ends_at_starts_at"}.isdisjoint(indexes)
    with open_store(db_url) as store, store.transaction() as session:
        assert load_records(session, "alex") == full_records()


def test_every_upgrade_keeps_every_record_that_was_stored(db_url: str) -> None:
    """Down to the first release with everything stored, then up again: nothing may be lost on the way
    (a table rebuild on SQLite would cascade-delete people, interviews and events)."""
    with open_store(db_url) as store, store.transaction() as session:
        save_records(session, "alex", full_records())
    engine = create_engine_for(db_url)
    try:
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), "0001")
    finally:
        engine.dispose()
    with open_store(db_url) as store, store.transaction() as session:  # upgrades 0001 -> head
        upgraded = load_records(session, "alex")
    expected = full_records()
    # Fields added after 0001 come back empty; everything else is exactly as stored.
    expected = dataclasses.replace(
        expected,
        profile=dataclasses.replace(expected.profile, words=()),
        applications=tuple(
            dataclasses.replace(
                app,
                drafts=(),
                resume=None,
                archived_at=None,
                interviews=tuple(dataclasses.replace(i, uid="", sequence=0) for i in app.interviews),
                # attachments were names before 0005: the name survives, the rest is not known
                events=tuple(
                    dataclasses.replace(e, attachments=tuple(Document(d.name) for d in e.attachments))
                    for e in app.events
                ),
            )
            for app in expected.applications
        ),
    )
    assert upgraded == expected


def test_the_fast_today_path_knows_the_head_revision() -> None:
    from followup.cli.today import SCHEMA_REVISION

    assert SCHEMA_REVISION == HEAD_REVISION


def test_reopening_keeps_the_data(db_url: str) -> None:
    with open_store(db_url) as store, store.transaction() as session:
        save_records(session, "alex", full_records())
    with open_store(db_url) as store, store.transaction() as session:
        assert load_records(session, "alex") == full_records()


def test_first_opens_at_the_same_time_all_succeed(db_url: str) -> None:
    def open_and_close(_: int) -> None:
        open_store(db_url).close()

    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(open_and_close, range(4)))
    with open_store(db_url) as store, store.transaction() as session:
        save_records(session, "alex", full_records())


def test_a_newer_schema_revision_is_refused(db_url: str, tmp_path: Path) -> None:
    open_store(db_url).close()
    engine = create_engine_for(db_url)
    try:
        with engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    finally:
        engine.dispose()
    with pytest.raises(StoreError, match=r"schema revision 9999, newer than this followup knows"):
        open_store(db_url)


def test_a_database_with_other_tables_is_refused(db_url: str) -> None:
    engine = create_engine(db_url.replace("postgresql://", "postgresql+psycopg://"))
    try:
        with engine.begin() as connection:
            connection.execute(text("CREATE TABLE accounts (id INTEGER PRIMARY KEY, balance INTEGER)"))
    finally:
        engine.dispose()
    with pytest.raises(StoreError, match=r"is not a followup database \(it holds other tables: accounts\)"):
        open_store(db_url)


def test_a_foreign_meta_table_is_not_mistaken_for_ours(db_url: str) -> None:
    engine = create_engine(db_url.replace("postgresql://", "postgresql+psycopg://"))
    try:
        with engine.begin() as connection:
            connection.execute(text("CREATE TABLE meta (name TEXT)"))
            connection.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32))"))
    finally:
        engine.dispose()
    with pytest.raises(StoreError, match="is not a followup database"):
        open_store(db_url)


@pytest.fixture
def foreign_sqlite(tmp_path: Path) -> Path:
    path = tmp_path / "budget.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE expenses (day TEXT, amount REAL)")
        connection.execute("INSERT INTO expenses VALUES ('2026-01-01', 12.5)")
    connection.close()
    return path


@pytest.fixture
def text_file(tmp_path: Path) -> Path:
    path = tmp_path / "notes.db"
    path.write_text("groceries: milk, eggs\n")
    return path


@pytest.mark.parametrize(
    ("file", "complaint"),
    [
        ("foreign_sqlite", r"is not a followup database \(it holds other tables: expenses\)"),
        ("text_file", r"is not a followup database \(it is not a SQLite file\)"),
    ],
)
def test_a_file_that_is_not_ours_is_refused_and_left_byte_identical(
    file: str, complaint: str, request: pytest.FixtureRequest
) -> None:
    path: Path = request.getfixturevalue(file)
    before = path.read_bytes()
    siblings = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(StoreError, match=complaint) as refused:
        open_store(f"sqlite:///{path}")
    assert str(path) in refused.value.message
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == siblings


def test_a_missing_directory_is_reported(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        open_store(f"sqlite:///{tmp_path / 'nowhere' / 'followup.db'}")


@pytest.mark.parametrize("url", ["mysql://localhost/followup", "not a url"])
def test_an_unsupported_url_is_refused(url: str) -> None:
    with pytest.raises(StoreError, match=r"SQLite or PostgreSQL|not a database URL"):
        open_store(url)


def test_an_unreachable_server_is_a_store_error() -> None:
    with pytest.raises(StoreError, match=r"127\.0\.0\.1:1/"):
        open_store("postgresql://nobody:secret@127.0.0.1:1/followup")


def test_a_password_is_never_shown() -> None:
    with pytest.raises(StoreError) as refused:
        open_store("postgresql://nobody:hunter2@127.0.0.1:1/followup")
    assert "hunter2" not in refused.value.message


def test_postgresql_urls_use_psycopg_3() -> None:
    engine = create_engine_for("postgresql://u@localhost/db")
    assert engine.dialect.driver == "psycopg"
    assert getattr(engine.dialect.dbapi, "__name__", None) == psycopg.__name__


def test_sqlite_connections_enforce_foreign_keys_and_use_wal(tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path / 'f.db'}") as store, store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_the_default_database_lives_under_followup_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FOLLOWUP_HOME", str(tmp_path / "home"))
    assert default_db_path() == tmp_path / "home" / "followup.db"
    assert (tmp_path / "home").is_dir()
    assert default_db_url() == f"sqlite:///{tmp_path / 'home' / 'followup.db'}"
    open_store().close()
    assert (tmp_path / "home" / "followup.db").is_file()


def test_without_followup_home_the_database_lives_in_the_user_data_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FOLLOWUP_HOME", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_db_path() == tmp_path / "data" / "followup" / "followup.db"


def test_a_new_file_opened_by_several_commands_at_once_is_never_locked(tmp_path: Path) -> None:
    """Four followups opening one new SQLite file together: none may fail with "database is locked"
    (one switching it to WAL while another migrates it is a deadlock SQLite does not wait out)."""
    failures: list[str] = []

    def open_and_close(url: str) -> None:
        try:
            open_store(url, notify=lambda _: None).close()
        except Exception as error:
            failures.append(f"{type(error).__name__}: {error}")

    for round_ in range(40):
        url = f"sqlite:///{tmp_path / f'round-{round_}.db'}"
        with ThreadPoolExecutor(max_workers=4) as pool:
            list(pool.map(open_and_close, [url] * 4))
    assert failures == []
