"""Each application in brief: the summaries and the periods `followup list` reads.

Revision ID: 0007
Revises: 0006
Create Date: 2027-01-10

Two tables of derived data, made with the agenda rows (``core.plan.summary``): ``summaries`` holds what
the other applications' plans read of one application (its offers, interview starts, accepted offer),
so a write to one application needs no other's records; ``summary_periods`` holds what `followup list`
shows of it, period by period, so ``list`` is one query.

The tables start empty. The agenda's version (``AGENDA_VERSION`` 3, in the ``meta`` row
``agenda_version:OWNER``) says they are not made yet: the next write makes every application's rows
again, as it did for the agenda's earlier versions, and until then `list` and `today` ask the planner.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | None = None
depends_on: str | None = None


def _application_key(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["owner", "application_id"],
        ["applications.owner", "applications.id"],
        ondelete="CASCADE",
        name=f"fk_{table}_owner_application_id_applications",
    )


def upgrade() -> None:
    op.create_table(
        "summaries",
        sa.Column("owner", sa.String(), nullable=False),
        sa.Column("application_id", sa.String(), nullable=False),
        sa.Column("offers", sa.JSON(), nullable=False),
        sa.Column("interview_starts", sa.JSON(), nullable=False),
        sa.Column("accepted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("reads_offers", sa.Boolean(), nullable=False),
        sa.Column("reads_starts", sa.Boolean(), nullable=False),
        sa.Column("history_at", sa.BigInteger(), nullable=False),
        _application_key("summaries"),
        sa.PrimaryKeyConstraint("owner", "application_id", name=op.f("pk_summaries")),
    )
    op.create_table(
        "summary_periods",
        sa.Column("row_id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("owner", sa.String(), nullable=False),
        sa.Column("application_id", sa.String(), nullable=False),
        sa.Column("starts_at", sa.BigInteger(), nullable=False),
        sa.Column("ends_at", sa.BigInteger(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("next_move", sa.String(), nullable=False),
        sa.Column("next_state", sa.String(), nullable=False),
        sa.Column("next_at", sa.BigInteger(), nullable=True),
        _application_key("summary_periods"),
        sa.PrimaryKeyConstraint("row_id", name=op.f("pk_summary_periods")),
    )
    op.create_index(
        "ix_summary_periods_owner_application_id_starts_at",
        "summary_periods",
        ["owner", "application_id", "starts_at"],
    )


def downgrade() -> None:
    op.drop_index("ix_summary_periods_owner_application_id_starts_at", table_name="summary_periods")
    op.drop_table("summary_periods")
    op.drop_table("summaries")
