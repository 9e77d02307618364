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


# Plain ADD/DROP COLUMN, never a batch table rebuild: on SQLite a rebuild drops the old table, and its
# ON DELETE CASCADE would take every person, interview and event with it (SQLite >= 3.35 drops columns).


def upgrade() -> None:
    op.add_column(
        "applications", sa.Column("drafts", sa.JSON(), nullable=False, server_default=sa.text("'[]'"))
    )
    op.add_column("profiles", sa.Column("words", sa.JSON(), nullable=False, server_default=sa.text("'[]'")))


def downgrade() -> None:
    op.execute("ALTER TABLE profiles DROP COLUMN words")
    op.execute("ALTER TABLE applications DROP COLUMN drafts")
