"""A SQLite file has one owner of its own: its records no longer depend on the login name.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05

Until now every command picked its rows by ``$FOLLOWUP_USER`` or the login name, so a cron job, sudo
or another ``LOGNAME`` found an empty file. A SQLite file now names its owner in the ``meta`` row
``owner``, and every command reads that owner's rows whoever runs it; owners remain only on a shared
PostgreSQL server (which gets no such row).

No row is changed or dropped. The file's owner is the first with rows among: the owner the login maps
to (``$FOLLOWUP_USER``, else the login name), the system user who owns the file, then the owner with the
most rows. Rows of any other owner stay where they are, reachable with ``--owner NAME``, and a notice
names them once.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from followup.store.location import file_user, login_owner

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | None = None
depends_on: str | None = None

# A plain INSERT into meta, never a table rebuild (see 0003: a rebuilt table cascades deletes on SQLite).
USER_TABLES = ("profiles", "applications", "people", "interviews", "events", "agenda", "journal")


def upgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name != "sqlite":
        return
    counts = _rows_per_owner(connection)
    path = connection.execute(sa.text("SELECT file FROM pragma_database_list WHERE name = 'main'")).scalar()
    candidates = [login_owner(), file_user(path) if path else ""]
    owner = next((c for c in candidates if c and c in counts), None)
    if owner is None:
        owner = min(counts, key=lambda name: (-counts[name], name)) if counts else login_owner()
    connection.execute(sa.text("INSERT INTO meta (key, value) VALUES ('owner', :owner)"), {"owner": owner})
    others = sorted(set(counts) - {owner})
    config = op.get_context().config
    notices = config.attributes.get("notices") if config is not None else None
    if others and isinstance(notices, list):  # engine.open_store passes them on once committed
        notices.append(
            f"this database is now {owner}'s, whoever runs followup; it also holds the records of "
            f"{', '.join(others)}: reach them with --owner NAME (e.g. `followup --owner {others[0]} list`)"
        )


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        connection.execute(sa.text("DELETE FROM meta WHERE key = 'owner'"))


def _rows_per_owner(connection: sa.Connection) -> dict[str, int]:
    counts: dict[str, int] = {}
    for table in USER_TABLES:
        query = sa.text(f"SELECT owner, COUNT(*) FROM {table} GROUP BY owner")  # table names are our own
        for name, count in connection.execute(query):
            counts[name] = counts.get(name, 0) + count
    return counts
