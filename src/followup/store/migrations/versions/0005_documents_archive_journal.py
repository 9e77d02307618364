"""Documents (a résumé per application, attachments as files known by their hash), archived applications,
the undo journal, and the moment an agenda row goes stale.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05

Attachments were stored as names; each becomes a document with that name and no hash yet
(``{"name": ..., "sha256": "", "size": 0, "modified": null, "recorded_at": null}``), so no record is lost.
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | None = None
depends_on: str | None = None

# Plain ADD/DROP COLUMN, never a batch rebuild (see 0003: a rebuilt table cascades deletes on SQLite).


def upgrade() -> None:
    op.add_column("applications", sa.Column("resume", sa.JSON(), nullable=True))
    op.add_column("applications", sa.Column("archived_at", sa.DateTime(timezone=True), nullable=True))
    op.add_column("agenda", sa.Column("stale_at", sa.BigInteger(), nullable=True))
    op.create_table(
        "journal",
        sa.Column("row_id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("owner", sa.String(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("command", sa.Text(), nullable=False),
        sa.Column("undone_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("row_id", name=op.f("pk_journal")),
    )
    op.create_index("ix_journal_owner_row_id", "journal", ["owner", "row_id"])
    _rewrite_attachments(to_documents=True)


def downgrade() -> None:
    _rewrite_attachments(to_documents=False)
    op.drop_index("ix_journal_owner_row_id", table_name="journal")
    op.drop_table("journal")
    op.execute("ALTER TABLE agenda DROP COLUMN stale_at")
    op.execute("ALTER TABLE applications DROP COLUMN archived_at")
    op.execute("ALTER TABLE applications DROP COLUMN resume")


def _rewrite_attachments(*, to_documents: bool) -> None:
    """Each event's attachments: names become documents (upgrade), documents become names (downgrade)."""
    connection = op.get_bind()
    events = sa.table("events", sa.column("row_id", sa.Integer()), sa.column("attachments", sa.JSON()))
    rows = connection.execute(sa.select(events.c.row_id, events.c.attachments)).all()
    for row_id, stored in rows:
        items = json.loads(stored) if isinstance(stored, str) else stored
        if not items:
            continue
        if to_documents:
            new = [item if isinstance(item, dict) else _document(item) for item in items]
        else:
            new = [item["name"] if isinstance(item, dict) else item for item in items]
        connection.execute(sa.update(events).where(events.c.row_id == row_id).values(attachments=new))


def _document(name: str) -> dict[str, object]:
    return {"name": name, "sha256": "", "size": 0, "modified": None, "recorded_at": None}
