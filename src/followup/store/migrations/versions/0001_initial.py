"""The initial schema: the candidate's profile, applications with their people, interviews and events,
the stored agenda, and the ``meta`` marker that makes a database recognizably followup's.

Revision ID: 0001
Revises:
Create Date: 2026-11-24

Written out in full rather than derived from ``tables.metadata``: a migration records the schema as it
was at this revision, whatever tables.py says later.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None

UTC_DATETIME = sa.DateTime(timezone=True)


def _owner_application_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["owner", "application_id"],
        ["applications.owner", "applications.id"],
        name=f"fk_{table}_owner_application_id_applications",
        ondelete="CASCADE",
    )


def upgrade() -> None:
    meta = op.create_table(
        "meta",
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_meta"),
    )
    op.bulk_insert(meta, [{"key": "schema", "value": "followup"}])

    op.create_table(
        "profiles",
        sa.Column("owner", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("email", sa.String(), nullable=False),
        sa.Column("phone", sa.String(), nullable=False),
        sa.Column("postal_address", sa.Text(), nullable=False),
        sa.Column("tz", sa.String(), nullable=False),
        sa.Column("country", sa.String(), nullable=False),
        sa.Column("settings", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("owner", name="pk_profiles"),
    )

    op.create_table(
        "applications",
        sa.Column("owner", sa.String(), nullable=False),
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("company_name", sa.String(), nullable=False),
        sa.Column("company_country", sa.String(), nullable=False),
        sa.Column("company_subdivision", sa.String(), nullable=False),
        sa.Column("company_tz", sa.String(), nullable=False),
        sa.Column("company_has_hr", sa.Boolean(), nullable=False),
        sa.Column("company_culture", sa.String(), nullable=False),
        sa.Column("company_preferred", sa.Boolean(), nullable=False),
        sa.Column("company_extra_closures", sa.JSON(), nullable=False),
        sa.Column("position", sa.String(), nullable=False),
        sa.Column("main_contact", sa.String(), nullable=False),
        sa.Column("designated_contact", sa.String(), nullable=False),
        sa.Column("contact_means", sa.String(), nullable=True),
        sa.Column("arranger", sa.String(), nullable=False),
        sa.Column("decision_stated_text", sa.Text(), nullable=False),
        sa.Column("decision_date", sa.Date(), nullable=True),
        sa.Column("decision_fill_date", sa.Date(), nullable=True),
        sa.Column("settings", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("owner", "id", name="pk_applications"),
    )

    op.create_table(
        "people",
        sa.Column("owner", sa.String(), nullable=False),
        sa.Column("application_id", sa.String(), nullable=False),
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("first", sa.String(), nullable=False),
        sa.Column("last", sa.String(), nullable=False),
        sa.Column("honorific", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("on_panel", sa.Boolean(), nullable=False),
        sa.Column("email", sa.String(), nullable=False),
        sa.Column("phone", sa.String(), nullable=False),
        sa.Column("postal_address", sa.Text(), nullable=False),
        sa.Column("tz", sa.String(), nullable=False),
        sa.Column("first_name_ok", sa.Boolean(), nullable=False),
        sa.Column("permission_to_name", sa.Boolean(), nullable=False),
        sa.Column("talking_points", sa.JSON(), nullable=False),
        _owner_application_fk("people"),
        sa.PrimaryKeyConstraint("owner", "application_id", "id", name="pk_people"),
    )

    op.create_table(
        "interviews",
        sa.Column("owner", sa.String(), nullable=False),
        sa.Column("application_id", sa.String(), nullable=False),
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("start", UTC_DATETIME, nullable=False),
        sa.Column("end", UTC_DATETIME, nullable=True),
        sa.Column("tz", sa.String(), nullable=False),
        sa.Column("format", sa.String(), nullable=False),
        sa.Column("round", sa.Integer(), nullable=False),
        sa.Column("location", sa.Text(), nullable=False),
        sa.Column("link", sa.Text(), nullable=False),
        sa.Column("cancelled", sa.Boolean(), nullable=False),
        sa.Column("debrief_done_at", UTC_DATETIME, nullable=True),
        sa.Column("debrief_with_friend", sa.Boolean(), nullable=False),
        sa.Column("debrief_quiet_place", sa.Boolean(), nullable=False),
        sa.Column("debrief_takeaways", sa.JSON(), nullable=False),
        sa.Column("debrief_concerns", sa.JSON(), nullable=False),
        sa.Column("debrief_excitements", sa.JSON(), nullable=False),
        sa.Column("debrief_team_fit", sa.String(), nullable=True),
        sa.Column("debrief_open_questions", sa.JSON(), nullable=False),
        sa.Column("debrief_went_well", sa.JSON(), nullable=False),
        sa.Column("debrief_to_improve", sa.JSON(), nullable=False),
        sa.Column("debrief_stumbled_questions", sa.JSON(), nullable=False),
        sa.Column("debrief_no_stumbles", sa.Boolean(), nullable=False),
        sa.Column("debrief_fit_statement", sa.Text(), nullable=False),
        sa.Column("debrief_emphasized", sa.JSON(), nullable=False),
        sa.Column("debrief_to_supplement", sa.JSON(), nullable=False),
        sa.Column("debrief_self_rating", sa.Integer(), nullable=True),
        _owner_application_fk("interviews"),
        sa.PrimaryKeyConstraint("owner", "application_id", "id", name="pk_interviews"),
    )

    op.create_table(
        "events",
        sa.Column("row_id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("owner", sa.String(), nullable=False),
        sa.Column("application_id", sa.String(), nullable=True),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("type", sa.String(), nullable=False),
        sa.Column("at", UTC_DATETIME, nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("channel", sa.String(), nullable=True),
        sa.Column("to", sa.JSON(), nullable=False),
        sa.Column("cc", sa.JSON(), nullable=False),
        sa.Column("from_person", sa.String(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("attachments", sa.JSON(), nullable=False),
        sa.Column("call_outcome", sa.String(), nullable=True),
        sa.Column("handwritten", sa.Boolean(), nullable=False),
        sa.Column("with_note", sa.Boolean(), nullable=False),
        sa.Column("new_date", sa.Date(), nullable=True),
        sa.Column("stated_text", sa.Text(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("slot", UTC_DATETIME, nullable=True),
        sa.Column("proposed_slots", sa.JSON(), nullable=False),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("relevant", sa.Boolean(), nullable=False),
        sa.Column("hooks", sa.JSON(), nullable=False),
        sa.Column("override_codes", sa.JSON(), nullable=False),
        sa.Column("override_reason", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        _owner_application_fk("events"),
        sa.PrimaryKeyConstraint("row_id", name="pk_events"),
    )
    op.create_index("ix_events_owner_application_id", "events", ["owner", "application_id"])

    op.create_table(
        "agenda",
        sa.Column("row_id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("owner", sa.String(), nullable=False),
        sa.Column("application_id", sa.String(), nullable=False),
        sa.Column("step_key", sa.String(), nullable=False),
        sa.Column("label", sa.String(), nullable=False),
        sa.Column("company", sa.String(), nullable=False),
        sa.Column("position", sa.String(), nullable=False),
        sa.Column("state", sa.String(), nullable=False),
        sa.Column("starts_at", sa.BigInteger(), nullable=False),
        sa.Column("ends_at", sa.BigInteger(), nullable=False),
        sa.Column("target_at", sa.BigInteger(), nullable=True),
        sa.Column("deadline_at", sa.BigInteger(), nullable=True),
        sa.Column("channel", sa.String(), nullable=False),
        sa.Column("recipients", sa.Text(), nullable=False),
        sa.Column("codes", sa.Text(), nullable=False),
        sa.Column("rules", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        _owner_application_fk("agenda"),
        sa.PrimaryKeyConstraint("row_id", name="pk_agenda"),
    )
    op.create_index("ix_agenda_owner_ends_at", "agenda", ["owner", "ends_at"])
    op.create_index("ix_agenda_owner_application_id", "agenda", ["owner", "application_id"])


def downgrade() -> None:
    for table in ("agenda", "events", "interviews", "people", "applications", "profiles", "meta"):
        op.drop_table(table)
