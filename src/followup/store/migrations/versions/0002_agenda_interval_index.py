"""The agenda's "due now" index covers both ends of a row's interval.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24

`followup today` asks for rows with ``ends_at > now AND starts_at <= now``. An index on
``(owner, ends_at)`` alone finds every row that has not ended, future ones included, and fetches each
from the table to test ``starts_at``; with ``starts_at`` in the index those tests need no table access
(measured on 10,000 applications: 9.0 ms to 2.3 ms for the query, benchmarks/today.py).
"""

from __future__ import annotations

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.drop_index("ix_agenda_owner_ends_at", table_name="agenda")
    op.create_index("ix_agenda_owner_ends_at_starts_at", "agenda", ["owner", "ends_at", "starts_at"])


def downgrade() -> None:
    op.drop_index("ix_agenda_owner_ends_at_starts_at", table_name="agenda")
    op.create_index("ix_agenda_owner_ends_at", "agenda", ["owner", "ends_at"])
