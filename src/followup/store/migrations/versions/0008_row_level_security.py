"""On a PostgreSQL server the owner is the database role, and the database itself keeps owners apart.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05

Until now every query filtered by an owner name that ``$FOLLOWUP_USER`` chose, and everyone shared one
database login: anyone could read or wipe anyone's rows. Each person now connects as their own role
(``followup admin add-user``), and row-level security holds every role to its own rows:

* each table with an ``owner`` column gets ``ENABLE`` and ``FORCE ROW LEVEL SECURITY`` (FORCE: the
  tables' owner too) and one policy for SELECT, INSERT, UPDATE and DELETE: ``owner = current_user``;
* ``meta`` is keyed ``PREFIX:OWNER`` for what belongs to one owner (``agenda_version:``,
  ``history_until:``, ``ics_sequences:``) and has shared keys without a colon (``schema``,
  ``people_role``). Every role reads the shared keys and its own; it inserts, updates and deletes only
  its own. The owner of a key is what follows its first colon (no prefix holds one).

No row is changed. Rows stored under a name that is no role stay invisible to everyone but the
administrator until ``followup admin adopt OWNER ROLE`` moves them. On SQLite (one file, one owner, the
file's permissions as its boundary) this migration does nothing.

A data migration after this one runs as the tables' owner, whom FORCE holds to the policies:
``store.roles.every_row`` lifts FORCE around every upgrade, within its transaction.
"""

from __future__ import annotations

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | None = None
depends_on: str | None = None

OWNER_TABLES = (
    "profiles",
    "applications",
    "people",
    "interviews",
    "events",
    "agenda",
    "journal",
    "summaries",
    "summary_periods",
)
OWNER_POLICY = "owner_only"
ME = "(current_user)::text"
SHARED_KEY = "strpos(key, ':') = 0"
OWN_KEY = f"(strpos(key, ':') > 0 AND substr(key, strpos(key, ':') + 1) = {ME})"
META_POLICIES = (  # name, command, USING, WITH CHECK
    ("meta_read", "SELECT", f"{SHARED_KEY} OR {OWN_KEY}", None),
    ("meta_insert", "INSERT", None, OWN_KEY),
    ("meta_update", "UPDATE", OWN_KEY, OWN_KEY),
    ("meta_delete", "DELETE", OWN_KEY, None),
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in OWNER_TABLES:
        _guard(table)
        op.execute(f"CREATE POLICY {OWNER_POLICY} ON {table} USING (owner = {ME}) WITH CHECK (owner = {ME})")
    _guard("meta")
    for name, command, using, check in META_POLICIES:
        clauses = (f" USING ({using})" if using else "") + (f" WITH CHECK ({check})" if check else "")
        op.execute(f"CREATE POLICY {name} ON meta FOR {command}{clauses}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, _command, _using, _check in META_POLICIES:
        op.execute(f"DROP POLICY {name} ON meta")
    _unguard("meta")
    for table in OWNER_TABLES:
        op.execute(f"DROP POLICY {OWNER_POLICY} ON {table}")
        _unguard(table)


def _guard(table: str) -> None:
    op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
    op.execute(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")


def _unguard(table: str) -> None:
    op.execute(f"ALTER TABLE {table} NO FORCE ROW LEVEL SECURITY")
    op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
