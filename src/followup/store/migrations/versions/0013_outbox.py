"""The outbox: messages `followup send` and `followup outbox run` deliver, each step of each recorded.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05

``outbox`` holds one row per message to send, numbered per owner (``number``, the N of `followup outbox
cancel N`), with the whole message as it was confirmed (``message``: RFC 5322 bytes, attachments
included), its state (``core.outbox``: queued, claimed, sending, sent, failed, held, uncertain,
cancelled, dropped), when it is due, who holds it (``claimed_by``, ``lease_until``) and every step it
took (``history``). The table starts empty. On a PostgreSQL server it is guarded as the others are
(migration 0008): a role reads and writes its own rows only.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | None = None
depends_on: str | None = None

POLICY = "owner_only"
ME = "(current_user)::text"


def upgrade() -> None:
    op.create_table(
        "outbox",
        sa.Column("owner", sa.String(), nullable=False),
        sa.Column("number", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("application_id", sa.String(), nullable=False),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("step_key", sa.String(), nullable=False),
        sa.Column("to", sa.JSON(), nullable=False),
        sa.Column("cc", sa.JSON(), nullable=False),
        sa.Column("recipients", sa.JSON(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("attachments", sa.JSON(), nullable=False),
        sa.Column("message_id", sa.String(), nullable=False),
        sa.Column("message", sa.LargeBinary(), nullable=False),
        sa.Column("state", sa.String(), nullable=False),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("retry_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("force_reason", sa.Text(), nullable=False),
        sa.Column("claimed_by", sa.String(), nullable=False),
        sa.Column("lease_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("event_id", sa.String(), nullable=False),
        sa.Column("history", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("owner", "number", name=op.f("pk_outbox")),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE outbox ENABLE ROW LEVEL SECURITY")
        op.execute("ALTER TABLE outbox FORCE ROW LEVEL SECURITY")
        op.execute(f"CREATE POLICY {POLICY} ON outbox USING (owner = {ME}) WITH CHECK (owner = {ME})")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP POLICY {POLICY} ON outbox")
    op.drop_table("outbox")
