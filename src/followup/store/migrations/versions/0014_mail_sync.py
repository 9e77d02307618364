"""What `followup sync` remembers of the mailbox, and the replies it proposes (issue 10, item 4).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05

``mail_folders``: per owner and folder (INBOX, Sent), the folder's UIDVALIDITY and the last UID read, so
the next sync asks only for what came after; a changed UIDVALIDITY starts the folder afresh.

``mail_messages``: each message sync matched to an application, once per Message-ID (a rescan after a
UIDVALIDITY change finds it here and skips it). ``status`` says what became of it: ``proposed`` (an
employer's reply waiting for `inbox accept N` or `inbox dismiss N`), ``accepted``, ``dismissed``,
``recorded`` (an auto-reply logged as it came), ``bounce``, ``sent`` (a draft the user sent from their
mail program). ``number`` is what `inbox` shows. Unmatched mail is not stored.

``mail_failing``: addresses a bounce said cannot be delivered to, with when and why.

On a PostgreSQL server every table is guarded as the others are (migration 0008): a role reads and
writes its own rows only.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | None = None
depends_on: str | None = None

POLICY = "owner_only"
ME = "(current_user)::text"
TABLES = ("mail_folders", "mail_messages", "mail_failing")


def upgrade() -> None:
    op.create_table(
        "mail_folders",
        sa.Column("owner", sa.String(), nullable=False),
        sa.Column("folder", sa.Text(), nullable=False),
        sa.Column("uidvalidity", sa.BigInteger(), nullable=False),
        sa.Column("last_uid", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("owner", "folder", name=op.f("pk_mail_folders")),
    )
    op.create_table(
        "mail_messages",
        sa.Column("owner", sa.String(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.Text(), nullable=False),
        sa.Column("folder", sa.Text(), nullable=False),
        sa.Column("application_id", sa.String(), nullable=False),
        sa.Column("person_id", sa.String(), nullable=False),
        sa.Column("matched_by", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("phrases", sa.Text(), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("sender", sa.Text(), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("event_id", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("owner", "number", name=op.f("pk_mail_messages")),
        sa.UniqueConstraint("owner", "message_id", name=op.f("uq_mail_messages_owner_message_id")),
    )
    op.create_table(
        "mail_failing",
        sa.Column("owner", sa.String(), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("owner", "address", name=op.f("pk_mail_failing")),
    )
    if op.get_bind().dialect.name == "postgresql":
        for table in TABLES:
            op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
            op.execute(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")
            op.execute(f"CREATE POLICY {POLICY} ON {table} USING (owner = {ME}) WITH CHECK (owner = {ME})")


def downgrade() -> None:
    for table in reversed(TABLES):
        if op.get_bind().dialect.name == "postgresql":
            op.execute(f"DROP POLICY {POLICY} ON {table}")
        op.drop_table(table)
