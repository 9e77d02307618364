"""The call times a queued request for a call offers (issue 10, H-15).

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-06

A SCHED message offers three slots. The outbox keeps them beside the message, so that the guard judges them
again when the message goes (a slot that has since come too close is held, not sent) and the sent event
records them (E-09 matches the answer to them). Rows queued before this revision get an empty list.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | None = None
depends_on: str | None = None


# Plain ADD/DROP COLUMN, never a batch table rebuild (see 0003).


def upgrade() -> None:
    op.add_column("outbox", sa.Column("slots", sa.JSON(), nullable=False, server_default=sa.text("'[]'")))


def downgrade() -> None:
    op.drop_column("outbox", "slots")
