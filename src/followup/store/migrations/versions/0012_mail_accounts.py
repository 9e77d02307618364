"""Each owner's mail account: the SMTP and IMAP servers `followup mail setup` checked, never a secret.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-05

``mail_accounts`` holds one row per owner: the display name and address, each server's host, port,
security (``tls``, ``starttls`` or ``none``) and user, how to log in (``password`` or ``xoauth2``), the
command that prints the password or token when the user gave one, the file the secret was put in when
the user opted into a file, a CA file for a server with its own certificate, and the Drafts and Sent
folders found on the IMAP server. There is no password column: a secret lives in a command, the
environment, the keyring or the user's 600 file (``mail.secrets``). On a PostgreSQL server the table is
guarded as the others are (migration 0008): a role reads and writes its own row only.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | None = None
depends_on: str | None = None

POLICY = "owner_only"
ME = "(current_user)::text"


def upgrade() -> None:
    op.create_table(
        "mail_accounts",
        sa.Column("owner", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("address", sa.String(), nullable=False),
        sa.Column("smtp_host", sa.String(), nullable=False),
        sa.Column("smtp_port", sa.Integer(), nullable=False),
        sa.Column("smtp_security", sa.String(), nullable=False),
        sa.Column("smtp_user", sa.String(), nullable=False),
        sa.Column("imap_host", sa.String(), nullable=False),
        sa.Column("imap_port", sa.Integer(), nullable=False),
        sa.Column("imap_security", sa.String(), nullable=False),
        sa.Column("imap_user", sa.String(), nullable=False),
        sa.Column("auth", sa.String(), nullable=False),
        sa.Column("secret_command", sa.Text(), nullable=False),
        sa.Column("secret_file", sa.Text(), nullable=False),
        sa.Column("ca_file", sa.Text(), nullable=False),
        sa.Column("drafts_folder", sa.Text(), nullable=False),
        sa.Column("sent_folder", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("owner", name=op.f("pk_mail_accounts")),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE mail_accounts ENABLE ROW LEVEL SECURITY")
        op.execute("ALTER TABLE mail_accounts FORCE ROW LEVEL SECURITY")
        op.execute(f"CREATE POLICY {POLICY} ON mail_accounts USING (owner = {ME}) WITH CHECK (owner = {ME})")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP POLICY {POLICY} ON mail_accounts")
    op.drop_table("mail_accounts")
