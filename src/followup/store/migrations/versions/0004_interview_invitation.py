"""Interviews remember the calendar invitation they came from (UID and SEQUENCE).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24

An updated invitation (same UID, higher SEQUENCE) reschedules the interview it created instead of adding
another one; existing interviews get an empty UID and sequence 0.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | None = None
depends_on: str | None = None


# Plain ADD/DROP COLUMN, never a batch rebuild (see 0003: a rebuilt table cascades deletes on SQLite).


def upgrade() -> None:
    op.add_column("interviews", sa.Column("uid", sa.Text(), nullable=False, server_default=""))
    op.add_column("interviews", sa.Column("sequence", sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    op.execute("ALTER TABLE interviews DROP COLUMN sequence")
    op.execute("ALTER TABLE interviews DROP COLUMN uid")
