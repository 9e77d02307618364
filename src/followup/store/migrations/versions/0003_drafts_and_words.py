"""Saved drafts on applications and the personal dictionary on profiles.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24

A draft is kept with its application as a JSON list (the text the user last left for a plan step, so
that logging the step as sent keeps exactly that text); the words the user taught the spell checker
are kept with the profile. Existing rows get empty lists.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    with op.batch_alter_table("applications") as batch:
        batch.add_column(sa.Column("drafts", sa.JSON(), nullable=False, server_default=sa.text("'[]'")))
    with op.batch_alter_table("profiles") as batch:
        batch.add_column(sa.Column("words", sa.JSON(), nullable=False, server_default=sa.text("'[]'")))


def downgrade() -> None:
    with op.batch_alter_table("profiles") as batch:
        batch.drop_column("words")
    with op.batch_alter_table("applications") as batch:
        batch.drop_column("drafts")
