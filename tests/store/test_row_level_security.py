"""Migration 0008: every table of a PostgreSQL store that holds someone's rows is guarded by row-level
security, and ``meta`` by key; on SQLite the migration changes nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import psycopg
import pytest
from alembic import command

from followup.services.admin import migrate
from followup.store.engine import alembic_config, create_engine_for, open_store
from followup.store.tables import metadata
from tests.support.postgres import PostgresCluster

ME = "((owner)::text = (CURRENT_USER)::text)"
OWNER_POLICY = ("owner_only", "*", ME, ME)


def _guards(url: str) -> dict[str, tuple[bool, bool, list[tuple[str, str, str | None, str | None]]]]:
    """Each table of the public schema: RLS enabled, forced, its policies (name, command, using, check)."""
    with psycopg.connect(url) as connection:
        tables = connection.execute(
            "SELECT c.oid, c.relname, c.relrowsecurity, c.relforcerowsecurity FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r'"
        ).fetchall()
        found = {}
        for oid, name, enabled, forced in tables:
            policies = connection.execute(
                "SELECT polname, polcmd, pg_get_expr(polqual, polrelid), pg_get_expr(polwithcheck, polrelid) "
                "FROM pg_policy WHERE polrelid = %s ORDER BY polname",
                (oid,),
            ).fetchall()
            found[name] = (enabled, forced, policies)
    return found


@pytest.mark.postgres
def test_every_table_with_an_owner_and_meta_are_guarded_and_nothing_else_is_left_open(
    postgres_cluster: PostgresCluster,
) -> None:
    url = postgres_cluster.create_database()
    migrate(url)
    guards = _guards(url)
    owned = sorted(name for name, table in metadata.tables.items() if "owner" in table.c)
    expected = ["profiles", "applications", "people", "interviews", "events", "agenda", "journal"]
    expected += ["summaries", "summary_periods"]  # made by migration 0007
    expected += ["schedules"]  # made by migration 0009
    expected += ["mail_accounts"]  # made by migration 0012
    expected += ["outbox"]  # made by migration 0013
    expected += ["mail_folders", "mail_messages", "mail_failing"]  # made by migration 0014
    assert owned == sorted(expected)
    for name in owned:
        assert guards[name] == (True, True, [OWNER_POLICY]), name
    enabled, forced, policies = guards["meta"]
    assert (enabled, forced) == (True, True)
    assert [(name, cmd) for name, cmd, _, _ in policies] == [
        ("meta_delete", "d"),
        ("meta_insert", "a"),
        ("meta_read", "r"),
        ("meta_update", "w"),
    ]
    # A table a later migration adds must come with its policy: only alembic_version is unguarded.
    assert sorted(name for name, (on, _, _) in guards.items() if not on) == ["alembic_version"]


@pytest.mark.postgres
def test_migration_0008_goes_down_and_up_on_postgresql(postgres_cluster: PostgresCluster) -> None:
    url = postgres_cluster.create_database()
    open_store(url).close()  # the superuser is an administrator: its commands migrate
    before = _guards(url)
    engine = create_engine_for(url)
    try:
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), "0007")
        assert all(on is False and not policies for on, _, policies in _guards(url).values())
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "head")
    finally:
        engine.dispose()
    assert _guards(url) == before


def test_migration_0008_changes_nothing_in_a_sqlite_file(tmp_path: Path) -> None:
    path = tmp_path / "f.db"
    url = f"sqlite:///{path}"
    engine = create_engine_for(url)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "0007")
        schema = _sqlite_schema(path)
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "0008")
    finally:
        engine.dispose()
    assert _sqlite_schema(path) == schema.replace("('0007',)", "('0008',)")


def _sqlite_schema(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        tables = connection.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall()
        rows = connection.execute("SELECT * FROM meta ORDER BY key").fetchall()
        return f"{tables}{rows}{connection.execute('SELECT version_num FROM alembic_version').fetchall()}"
    finally:
        connection.close()
