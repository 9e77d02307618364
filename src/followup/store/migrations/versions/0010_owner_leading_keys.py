"""On PostgreSQL, the primary keys of the tables keyed by a row number lead with the owner.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05

``agenda``, ``events``, ``journal`` and ``summary_periods`` were keyed by ``row_id`` alone, so on a
shared server the one index of each table that is not per owner was its primary key: every other index
leads with ``owner``, and row-level security adds ``owner = current_user`` to every statement. The key
becomes ``(owner, row_id)``: still unique (``row_id`` alone is), and each person's rows sit together in
every index of the table. ``row_id`` keeps its sequence, and no row changes.

On SQLite (one file, one owner) nothing changes: there ``row_id`` is the table's rowid, which SQLite
keys every table by, and a composite key would take that away.
"""

from __future__ import annotations

from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | None = None
depends_on: str | None = None

TABLES = ("agenda", "events", "journal", "summary_periods")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TABLES:
        op.drop_constraint(f"pk_{table}", table, type_="primary")
        op.create_primary_key(f"pk_{table}", table, ["owner", "row_id"])


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TABLES:
        op.drop_constraint(f"pk_{table}", table, type_="primary")
        op.create_primary_key(f"pk_{table}", table, ["row_id"])
