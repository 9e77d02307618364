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


def upgrade() -> None:
    with op.batch_alter_table("interviews") as batch:
        batch.add_column(sa.Column("uid", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("sequence", sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("interviews") as batch:
        batch.drop_column("sequence")
        batch.drop_column("uid")
