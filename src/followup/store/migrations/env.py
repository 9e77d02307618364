"""Alembic's entry point for followup's migrations.

``followup.store.engine`` runs migrations on a connection it has opened and locked, passed in
``config.attributes["connection"]``; the migrations then run inside that caller's transaction. For
writing a new migration, ``engine.alembic_config(url=...)`` sets ``sqlalchemy.url`` instead and this
file connects by itself. Offline (SQL script) mode is not supported.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from followup.store.engine import create_engine_for
from followup.store.tables import metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def _main() -> None:
    if context.is_offline_mode():
        raise RuntimeError("followup's migrations run online only, through followup.store.engine.open_store")
    given = context.config.attributes.get("connection")
    if isinstance(given, Connection):
        _run(given)
        return
    url = context.config.get_main_option("sqlalchemy.url")
    if not url:
        raise RuntimeError("pass a connection or sqlalchemy.url: see followup.store.engine.alembic_config")
    engine = create_engine_for(url)
    try:
        with engine.begin() as connection:
            _run(connection)
    finally:
        engine.dispose()


_main()
