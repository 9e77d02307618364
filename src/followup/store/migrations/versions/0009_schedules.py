"""Each application's plan as a sheet: the table the fast `followup plan APP` reads.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05

``schedules`` holds, per application, its schedule as JSON text (``core.plan.sheet``: every step with
its phases, codes, rules, windows and recipients, the application's notices, a call's business days),
made with the agenda rows whenever the application is planned. `followup plan APP` then reads one row and
prints it at any moment, without the planner.

The table starts empty. The agenda's version (``AGENDA_VERSION`` 4, in the ``meta`` row
``agenda_version:OWNER``) says it is not made yet: the next write, or ``followup doctor --rebuild``, makes
every application's rows again, and until then `plan`, `list` and `today` ask the planner. On a
PostgreSQL server the table is guarded as the others are (migration 0008): a role reads and writes its
own rows only.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | None = None
depends_on: str | None = None

POLICY = "owner_only"
ME = "(current_user)::text"


def upgrade() -> None:
    op.create_table(
        "schedules",
        sa.Column("owner", sa.String(), nullable=False),
        sa.Column("application_id", sa.String(), nullable=False),
        sa.Column("sheet", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["owner", "application_id"],
            ["applications.owner", "applications.id"],
            ondelete="CASCADE",
            name="fk_schedules_owner_application_id_applications",
        ),
        sa.PrimaryKeyConstraint("owner", "application_id", name=op.f("pk_schedules")),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE schedules ENABLE ROW LEVEL SECURITY")
        op.execute("ALTER TABLE schedules FORCE ROW LEVEL SECURITY")
        op.execute(f"CREATE POLICY {POLICY} ON schedules USING (owner = {ME}) WITH CHECK (owner = {ME})")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP POLICY {POLICY} ON schedules")
    op.drop_table("schedules")
