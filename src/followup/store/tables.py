"""The database schema: one ``Table`` per table, holding every field of ``core.model`` losslessly.

Each table that holds a user's data has an ``owner`` column that is part of its key or of its leading
index, and every query of the repository filters by it: one PostgreSQL database can serve many users
without any of them seeing another's rows. On a server the database enforces it too: row-level security
(migration 0008) holds each role to the rows it owns, so a new table with an ``owner`` column needs its
policy in the migration that creates it (tests/store/test_row_level_security.py fails without). The
``meta`` table is the database's own: its ``schema`` row (``followup``) is how ``engine`` recognizes a
database as ours.

Choices worth knowing:

* Enumerations are stored as their text values (no native ENUM types), so adding a member needs no
  migration of column types.
* Times are aware datetimes in UTC both ways (``UTCDateTime``); lists of plain values (talking points,
  recipients, closure dates) are JSON arrays, so a record reads back in one row.
* People, interviews, events and applications carry an ``ordinal`` so that a load returns them in the
  order they were saved.
* ``agenda`` holds times as whole epoch seconds (``core.agenda``), indexed for "what is due now".
* The tables keyed by a row number (``agenda``, ``events``, ``journal``, ``summary_periods``) declare
  ``row_id`` as their key here and keep it so on SQLite, where it is the rowid; on PostgreSQL migration
  0010 makes the key ``(owner, row_id)``, so that every index there leads with the owner (Alembic's
  comparison does not look at primary keys).
* SQLAlchemy Core only, no ORM: statements read plain rows, and a command never imports
  ``sqlalchemy.orm`` (tens of milliseconds and megabytes on every write; tests/cli/test_imports.py).
  A table's columns are ``Table.c`` (``tables.people.c.owner``).

The Alembic migrations (``migrations/versions``) create this schema explicitly; a test checks that the
two agree on SQLite and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Dialect,
    Float,
    ForeignKeyConstraint,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_N_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

SCHEMA_MARKER = "followup"  # meta.value of key "schema" in every followup database


class UTCDateTime(TypeDecorator[dt.datetime]):
    """An aware datetime stored as UTC and read back as an aware UTC datetime on every backend.

    SQLite has no time zones, so the value is stored there as naive UTC; PostgreSQL gets a
    ``timestamp with time zone``. A naive datetime is refused: the model's times are always aware.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"a naive datetime cannot be stored: {value.isoformat()}")
        utc = value.astimezone(dt.UTC)
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def process_result_value(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


metadata = MetaData(naming_convention=NAMING_CONVENTION)


# Facts about the database itself (``schema`` = ``followup``), and per-owner facts.
#
# A per-owner key is ``PREFIX:OWNER`` (``agenda_version:alex``) and a shared key has no colon: on a
# PostgreSQL server row-level security reads the owner after the first colon (migration 0008), so a
# role reads the shared keys and its own, and writes only its own.
meta = Table(
    "meta",
    metadata,
    Column("key", String(), primary_key=True),
    Column("value", Text(), nullable=False),
)


# The candidate (``Profile``) and their default settings (``Records.settings``), one row per owner.
profiles = Table(
    "profiles",
    metadata,
    Column("owner", String(), primary_key=True),
    Column("name", String(), nullable=False),
    Column("email", String(), nullable=False),
    Column("phone", String(), nullable=False),
    Column("postal_address", Text(), nullable=False),
    Column("tz", String(), nullable=False),
    Column("country", String(), nullable=False),
    Column("settings", JSON(), nullable=False),  # [[name, value], ...] in the saved order
    Column("words", JSON(), nullable=False),  # the personal dictionary (migration 0003)
)


# An ``Application`` with its ``Company`` and ``Decision`` flattened into prefixed columns.
applications = Table(
    "applications",
    metadata,
    Column("owner", String(), primary_key=True),
    Column("id", String(), primary_key=True),
    Column("ordinal", Integer(), nullable=False),
    Column("company_name", String(), nullable=False),
    Column("company_country", String(), nullable=False),
    Column("company_subdivision", String(), nullable=False),
    Column("company_tz", String(), nullable=False),
    Column("company_has_hr", Boolean(), nullable=False),
    Column("company_culture", String(), nullable=False),
    Column("company_preferred", Boolean(), nullable=False),
    Column("company_extra_closures", JSON(), nullable=False),  # ISO dates
    Column("position", String(), nullable=False),
    Column("main_contact", String(), nullable=False),
    Column("designated_contact", String(), nullable=False),
    Column("contact_means", String(), nullable=True),
    Column("arranger", String(), nullable=False),
    Column("decision_stated_text", Text(), nullable=False),
    Column("decision_date", Date(), nullable=True),
    Column("decision_fill_date", Date(), nullable=True),
    Column("settings", JSON(), nullable=False),  # per-application overrides, [[name, value], ...]
    Column("notes", Text(), nullable=False),
    Column("drafts", JSON(), nullable=False),  # SavedDraft values as JSON objects (migration 0003)
    Column("resume", JSON(), nullable=True),  # a Document as a JSON object (migration 0005)
    Column("archived_at", UTCDateTime(), nullable=True),  # migration 0005
)


def _application_key(table: str) -> ForeignKeyConstraint:
    return ForeignKeyConstraint(
        ["owner", "application_id"],
        ["applications.owner", "applications.id"],
        ondelete="CASCADE",
        name=f"fk_{table}_owner_application_id_applications",
    )


# A ``Person`` of one application.
people = Table(
    "people",
    metadata,
    Column("owner", String(), primary_key=True),
    Column("application_id", String(), primary_key=True),
    Column("id", String(), primary_key=True),
    Column("ordinal", Integer(), nullable=False),
    Column("first", String(), nullable=False),
    Column("last", String(), nullable=False),
    Column("honorific", String(), nullable=False),
    Column("title", String(), nullable=False),
    Column("role", String(), nullable=False),
    Column("on_panel", Boolean(), nullable=False),
    Column("email", String(), nullable=False),
    Column("phone", String(), nullable=False),
    Column("postal_address", Text(), nullable=False),
    Column("tz", String(), nullable=False),
    Column("first_name_ok", Boolean(), nullable=False),
    Column("permission_to_name", Boolean(), nullable=False),
    Column("talking_points", JSON(), nullable=False),
    _application_key("people"),
)


# An ``Interview`` of one application, with its ``Debrief`` in ``debrief_`` columns.
interviews = Table(
    "interviews",
    metadata,
    Column("owner", String(), primary_key=True),
    Column("application_id", String(), primary_key=True),
    Column("id", String(), primary_key=True),
    Column("ordinal", Integer(), nullable=False),
    Column("start", UTCDateTime(), nullable=False),
    Column("end", UTCDateTime(), nullable=True),
    Column("tz", String(), nullable=False),
    Column("format", String(), nullable=False),
    Column("round", Integer(), nullable=False),
    Column("location", Text(), nullable=False),
    Column("link", Text(), nullable=False),
    Column("cancelled", Boolean(), nullable=False),
    Column("uid", Text(), nullable=False),  # migration 0004
    Column("sequence", Integer(), nullable=False),  # migration 0004
    Column("debrief_done_at", UTCDateTime(), nullable=True),
    Column("debrief_with_friend", Boolean(), nullable=False),
    Column("debrief_quiet_place", Boolean(), nullable=False),
    Column("debrief_takeaways", JSON(), nullable=False),
    Column("debrief_concerns", JSON(), nullable=False),
    Column("debrief_excitements", JSON(), nullable=False),
    Column("debrief_team_fit", String(), nullable=True),
    Column("debrief_open_questions", JSON(), nullable=False),
    Column("debrief_went_well", JSON(), nullable=False),
    Column("debrief_to_improve", JSON(), nullable=False),  # [{"text", "kind"}]
    Column("debrief_stumbled_questions", JSON(), nullable=False),  # [{"question", "answer", "answered_at"}]
    Column("debrief_no_stumbles", Boolean(), nullable=False),
    Column("debrief_fit_statement", Text(), nullable=False),
    Column("debrief_emphasized", JSON(), nullable=False),
    Column("debrief_to_supplement", JSON(), nullable=False),
    Column("debrief_self_rating", Integer(), nullable=True),
    _application_key("interviews"),
)


# An ``Event``, of one application or (``application_id`` NULL) of the whole search.
events = Table(
    "events",
    metadata,
    Column("row_id", Integer(), primary_key=True, autoincrement=True),
    Column("owner", String(), nullable=False),
    Column("application_id", String(), nullable=True),
    Column("ordinal", Integer(), nullable=False),
    Column("id", String(), nullable=False),
    Column("type", String(), nullable=False),
    Column("at", UTCDateTime(), nullable=False),
    Column("kind", String(), nullable=False),
    Column("channel", String(), nullable=True),
    Column("to", JSON(), nullable=False),
    Column("cc", JSON(), nullable=False),
    Column("from_person", String(), nullable=False),
    Column("subject", Text(), nullable=False),
    Column("body", Text(), nullable=False),
    Column("attachments", JSON(), nullable=False),  # Document values as JSON objects (migration 0005)
    Column("call_outcome", String(), nullable=True),
    Column("handwritten", Boolean(), nullable=False),
    Column("with_note", Boolean(), nullable=False),
    Column("new_date", Date(), nullable=True),
    Column("stated_text", Text(), nullable=False),
    Column("deadline", Date(), nullable=True),
    Column("slot", UTCDateTime(), nullable=True),
    Column("proposed_slots", JSON(), nullable=False),  # ISO datetimes in UTC
    Column("source", String(), nullable=False),
    Column("status", String(), nullable=False),
    Column("relevant", Boolean(), nullable=False),
    Column("hooks", JSON(), nullable=False),
    Column("override_codes", JSON(), nullable=False),
    Column("override_reason", Text(), nullable=False),
    Column("note", Text(), nullable=False),
    _application_key("events"),
    Index("ix_events_owner_application_id", "owner", "application_id"),
)


# One stored ``AgendaRow``: a step's DUE or OVERDUE phase, ``[starts_at, ends_at)`` in epoch seconds.
agenda = Table(
    "agenda",
    metadata,
    Column("row_id", Integer(), primary_key=True, autoincrement=True),
    Column("owner", String(), nullable=False),
    Column("application_id", String(), nullable=False),
    Column("step_key", String(), nullable=False),
    Column("label", String(), nullable=False),
    Column("company", String(), nullable=False),
    Column("position", String(), nullable=False),
    Column("state", String(), nullable=False),
    Column("starts_at", BigInteger(), nullable=False),
    Column("ends_at", BigInteger(), nullable=False),
    Column("target_at", BigInteger(), nullable=True),
    Column("deadline_at", BigInteger(), nullable=True),
    Column("channel", String(), nullable=False),
    Column("recipients", Text(), nullable=False),
    Column("codes", Text(), nullable=False),
    Column("rules", Text(), nullable=False),
    Column("reason", Text(), nullable=False),
    Column("stale_at", BigInteger(), nullable=True),  # migration 0005
    _application_key("agenda"),
    Index("ix_agenda_owner_ends_at_starts_at_stale_at", "owner", "ends_at", "starts_at", "stale_at"),
    Index("ix_agenda_owner_application_id", "owner", "application_id"),
)


# One application in brief (``core.plan.summary.AppFacts``): what the other applications' plans read
# of it, so that a write to one application needs no other's records (migration 0007). Derived data,
# made with the agenda rows (``AGENDA_VERSION``); ``followup doctor --rebuild`` makes it again.
summaries = Table(
    "summaries",
    metadata,
    Column("owner", String(), primary_key=True),
    Column("application_id", String(), primary_key=True),
    Column("offers", JSON(), nullable=False),  # offers it received, as the export format's events
    Column("interview_starts", JSON(), nullable=False),  # its live interviews' starts, ISO datetimes in UTC
    Column("accepted_at", UTCDateTime(), nullable=True),
    Column("reads_offers", Boolean(), nullable=False),
    Column("reads_starts", Boolean(), nullable=False),
    Column("history_at", BigInteger(), nullable=False),  # epoch seconds
    _application_key("summaries"),
)


# What `followup list` shows of one application during ``[starts_at, ends_at)``, in epoch microseconds
# (``core.plan.summary.Period``; migration 0007).
summary_periods = Table(
    "summary_periods",
    metadata,
    Column("row_id", Integer(), primary_key=True, autoincrement=True),
    Column("owner", String(), nullable=False),
    Column("application_id", String(), nullable=False),
    Column("starts_at", BigInteger(), nullable=False),
    Column("ends_at", BigInteger(), nullable=False),
    Column("status", String(), nullable=False),
    Column("next_move", String(), nullable=False),
    Column("next_state", String(), nullable=False),
    Column("next_at", BigInteger(), nullable=True),
    _application_key("summary_periods"),
    Index("ix_summary_periods_owner_application_id_starts_at", "owner", "application_id", "starts_at"),
)


# One write command as it can be undone: what the records it changed looked like before it ran.
#
# ``changes`` holds the earlier state of each part the command changed, in the export format's JSON
# (``core.codec``): ``{"profile": ..., "settings": ..., "events": ..., "applications": {id: app or
# null}, "order": [id, ...]}`` with only the parts that changed (null: the application did not exist;
# ``order``: the ids before, when applications came or went). ``undone_at`` is set when ``followup
# undo`` has put them back. Rows are ordered by ``row_id`` (``services.journal``, ``store.journal``).
journal = Table(
    "journal",
    metadata,
    Column("row_id", Integer(), primary_key=True, autoincrement=True),
    Column("owner", String(), nullable=False),
    Column("at", UTCDateTime(), nullable=False),
    Column("command", Text(), nullable=False),
    Column("undone_at", UTCDateTime(), nullable=True),
    Column("changes", JSON(), nullable=False),
    Index("ix_journal_owner_row_id", "owner", "row_id"),
)


# --- schedules (migration 0009): each application's plan as a sheet, for the fast `plan APP` -----------
# One application's schedule as plain JSON text (``core.plan.sheet``: steps with their phases, codes, rules,
# windows, recipients, notices), made with its agenda rows (``AGENDA_VERSION``) so that `followup plan APP`
# reads it at any moment without the planner; ``followup doctor --rebuild`` makes it again.
schedules = Table(
    "schedules",
    metadata,
    Column("owner", String(), primary_key=True),
    Column("application_id", String(), primary_key=True),
    Column("sheet", Text(), nullable=False),
    _application_key("schedules"),
)
# --- end of schedules ----------------------------------------------------------------------------------


# --- mail_accounts (migration 0012): the owner's mail account, never a secret ------------------------------
# The SMTP and IMAP servers `followup mail setup` checked (``services.mail_accounts``), one row per owner.
# ``secret_command``: the command printing the password or XOAUTH2 token, when given; ``secret_file``: the
# 600 file the user opted to keep it in; there is no password column (``mail.secrets``).
mail_accounts = Table(
    "mail_accounts",
    metadata,
    Column("owner", String(), primary_key=True),
    Column("name", String(), nullable=False),
    Column("address", String(), nullable=False),
    Column("smtp_host", String(), nullable=False),
    Column("smtp_port", Integer(), nullable=False),
    Column("smtp_security", String(), nullable=False),
    Column("smtp_user", String(), nullable=False),
    Column("imap_host", String(), nullable=False),
    Column("imap_port", Integer(), nullable=False),
    Column("imap_security", String(), nullable=False),
    Column("imap_user", String(), nullable=False),
    Column("auth", String(), nullable=False),
    Column("secret_command", Text(), nullable=False),
    Column("secret_file", Text(), nullable=False),
    Column("ca_file", Text(), nullable=False),
    Column("drafts_folder", Text(), nullable=False),
    Column("sent_folder", Text(), nullable=False),
)
# --- end of mail_accounts ---------------------------------------------------------------------------------
# --- outbox (migration 0013): messages to send, each step of each recorded (``core.outbox``) ----------
# ``number`` is the N of `followup outbox cancel N`, per owner. ``message`` is the whole RFC 5322 message as
# built when it was queued (attachments included), so a later send is exactly what the user confirmed and
# a resend carries the same Message-ID. No foreign key to ``applications``: an import that rewrites an
# application must not take queued mail with it (a message whose application is gone is held).
outbox = Table(
    "outbox",
    metadata,
    Column("owner", String(), primary_key=True),
    Column("number", Integer(), primary_key=True, autoincrement=False),
    Column("application_id", String(), nullable=False),
    Column("action", String(), nullable=False),
    Column("step_key", String(), nullable=False),
    Column("to", JSON(), nullable=False),  # person ids
    Column("cc", JSON(), nullable=False),
    Column("recipients", JSON(), nullable=False),  # "Name <address>" as shown when it was confirmed
    Column("subject", Text(), nullable=False),
    Column("body", Text(), nullable=False),
    Column("attachments", JSON(), nullable=False),  # Document values, as the events table keeps them
    Column("slots", JSON(), nullable=False),  # a SCHED's call times, ISO in UTC (migration 0015)
    Column("message_id", String(), nullable=False),
    Column("message", LargeBinary(), nullable=False),
    Column("state", String(), nullable=False),
    Column("due_at", UTCDateTime(), nullable=False),
    Column("retry_at", UTCDateTime(), nullable=True),
    Column("attempts", Integer(), nullable=False),
    Column("reason", Text(), nullable=False),  # why it is held, failed, waiting or uncertain
    Column("force_reason", Text(), nullable=False),  # a send now the user forced past a BLOCK (§1.6)
    Column("claimed_by", String(), nullable=False),  # host:pid:token of the runner holding it
    Column("lease_until", UTCDateTime(), nullable=True),  # the machine's clock
    Column("created_at", UTCDateTime(), nullable=False),
    Column("updated_at", UTCDateTime(), nullable=False),
    Column("sent_at", UTCDateTime(), nullable=True),
    Column("event_id", String(), nullable=False),  # the sent event it was recorded as
    Column("history", JSON(), nullable=False),  # [[state, ISO time, note], ...]: every step it took
)
# --- end of outbox -------------------------------------------------------------------------------------


# --- mail sync (migration 0014): what `followup sync` remembers and proposes --------------------------------
# ``mail_folders``: a folder's UIDVALIDITY and the last UID read. ``mail_messages``: each matched message once
# per Message-ID, with what became of it (``status``: proposed, accepted, dismissed, recorded, bounce, sent,
# bounced: a sent one that a bounce later said never arrived) and the number `followup inbox` shows.
# ``mail_failing``: addresses a bounce said are failing.
mail_folders = Table(
    "mail_folders",
    metadata,
    Column("owner", String(), primary_key=True),
    Column("folder", Text(), primary_key=True),
    Column("uidvalidity", BigInteger(), nullable=False),
    Column("last_uid", BigInteger(), nullable=False),
)
mail_messages = Table(
    "mail_messages",
    metadata,
    Column("owner", String(), primary_key=True),
    Column("number", Integer(), primary_key=True, autoincrement=False),
    Column("message_id", Text(), nullable=False),
    Column("folder", Text(), nullable=False),
    Column("application_id", String(), nullable=False),
    Column("person_id", String(), nullable=False),
    Column("matched_by", String(), nullable=False),
    Column("status", String(), nullable=False),
    Column("kind", String(), nullable=False),
    Column("confidence", Float(), nullable=False),
    Column("phrases", Text(), nullable=False),
    Column("date", Date(), nullable=True),
    Column("subject", Text(), nullable=False),
    Column("sender", Text(), nullable=False),
    Column("sent_at", UTCDateTime(), nullable=False),
    Column("text", Text(), nullable=False),
    Column("event_id", String(), nullable=False),
    UniqueConstraint("owner", "message_id"),
)
mail_failing = Table(
    "mail_failing",
    metadata,
    Column("owner", String(), primary_key=True),
    Column("address", Text(), primary_key=True),
    Column("at", UTCDateTime(), nullable=False),
    Column("reason", Text(), nullable=False),
)
# --- end of mail sync -------------------------------------------------------------------------------------


USER_TABLES = (
    "profiles",
    "applications",
    "people",
    "interviews",
    "events",
    "agenda",
    "journal",
    "summaries",
    "summary_periods",
    "schedules",
    "mail_accounts",
    "outbox",
    "mail_folders",
    "mail_messages",
    "mail_failing",
)
