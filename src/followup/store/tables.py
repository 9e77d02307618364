"""The database schema: one declarative class per table, holding every field of ``core.model`` losslessly.

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

The Alembic migrations (``migrations/versions``) create this schema explicitly; a test checks that the
two agree on SQLite and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Dialect,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

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


class Base(DeclarativeBase):
    metadata = metadata
    type_annotation_map = {  # noqa: RUF012 - SQLAlchemy reads this class attribute
        str: String(),
        bool: Boolean(),
        int: Integer(),
        dt.date: Date(),
        dt.datetime: UTCDateTime(),
        list[str]: JSON(),
        list[list[str]]: JSON(),
        list[dict[str, Any]]: JSON(),
        dict[str, Any]: JSON(),
    }


class MetaRow(Base):
    """Facts about the database itself (``schema`` = ``followup``), and per-owner facts.

    A per-owner key is ``PREFIX:OWNER`` (``agenda_version:alex``) and a shared key has no colon: on a
    PostgreSQL server row-level security reads the owner after the first colon (migration 0008), so a
    role reads the shared keys and its own, and writes only its own."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ProfileRow(Base):
    """The candidate (``Profile``) and their default settings (``Records.settings``), one row per owner."""

    __tablename__ = "profiles"

    owner: Mapped[str] = mapped_column(primary_key=True)
    name: Mapped[str]
    email: Mapped[str]
    phone: Mapped[str]
    postal_address: Mapped[str] = mapped_column(Text)
    tz: Mapped[str]
    country: Mapped[str]
    settings: Mapped[list[list[str]]]  # [[name, value], ...] in the saved order
    words: Mapped[list[str]]  # the personal dictionary (migration 0003)


class ApplicationRow(Base):
    """An ``Application`` with its ``Company`` and ``Decision`` flattened into prefixed columns."""

    __tablename__ = "applications"

    owner: Mapped[str] = mapped_column(primary_key=True)
    id: Mapped[str] = mapped_column(primary_key=True)
    ordinal: Mapped[int]
    company_name: Mapped[str]
    company_country: Mapped[str]
    company_subdivision: Mapped[str]
    company_tz: Mapped[str]
    company_has_hr: Mapped[bool]
    company_culture: Mapped[str]
    company_preferred: Mapped[bool]
    company_extra_closures: Mapped[list[str]]  # ISO dates
    position: Mapped[str]
    main_contact: Mapped[str]
    designated_contact: Mapped[str]
    contact_means: Mapped[str | None]
    arranger: Mapped[str]
    decision_stated_text: Mapped[str] = mapped_column(Text)
    decision_date: Mapped[dt.date | None]
    decision_fill_date: Mapped[dt.date | None]
    settings: Mapped[list[list[str]]]  # per-application overrides, [[name, value], ...]
    notes: Mapped[str] = mapped_column(Text)
    drafts: Mapped[list[dict[str, Any]]]  # SavedDraft values as JSON objects (migration 0003)
    resume: Mapped[dict[str, Any] | None]  # a Document as a JSON object (migration 0005)
    archived_at: Mapped[dt.datetime | None]  # migration 0005


def _application_key(table: str) -> ForeignKeyConstraint:
    return ForeignKeyConstraint(
        ["owner", "application_id"],
        ["applications.owner", "applications.id"],
        ondelete="CASCADE",
        name=f"fk_{table}_owner_application_id_applications",
    )


class PersonRow(Base):
    """A ``Person`` of one application."""

    __tablename__ = "people"
    __table_args__ = (_application_key("people"),)

    owner: Mapped[str] = mapped_column(primary_key=True)
    application_id: Mapped[str] = mapped_column(primary_key=True)
    id: Mapped[str] = mapped_column(primary_key=True)
    ordinal: Mapped[int]
    first: Mapped[str]
    last: Mapped[str]
    honorific: Mapped[str]
    title: Mapped[str]
    role: Mapped[str]
    on_panel: Mapped[bool]
    email: Mapped[str]
    phone: Mapped[str]
    postal_address: Mapped[str] = mapped_column(Text)
    tz: Mapped[str]
    first_name_ok: Mapped[bool]
    permission_to_name: Mapped[bool]
    talking_points: Mapped[list[str]]


class InterviewRow(Base):
    """An ``Interview`` of one application, with its ``Debrief`` in ``debrief_`` columns."""

    __tablename__ = "interviews"
    __table_args__ = (_application_key("interviews"),)

    owner: Mapped[str] = mapped_column(primary_key=True)
    application_id: Mapped[str] = mapped_column(primary_key=True)
    id: Mapped[str] = mapped_column(primary_key=True)
    ordinal: Mapped[int]
    start: Mapped[dt.datetime]
    end: Mapped[dt.datetime | None]
    tz: Mapped[str]
    format: Mapped[str]
    round: Mapped[int]
    location: Mapped[str] = mapped_column(Text)
    link: Mapped[str] = mapped_column(Text)
    cancelled: Mapped[bool]
    uid: Mapped[str] = mapped_column(Text)  # migration 0004
    sequence: Mapped[int]  # migration 0004
    debrief_done_at: Mapped[dt.datetime | None]
    debrief_with_friend: Mapped[bool]
    debrief_quiet_place: Mapped[bool]
    debrief_takeaways: Mapped[list[str]]
    debrief_concerns: Mapped[list[str]]
    debrief_excitements: Mapped[list[str]]
    debrief_team_fit: Mapped[str | None]
    debrief_open_questions: Mapped[list[str]]
    debrief_went_well: Mapped[list[str]]
    debrief_to_improve: Mapped[list[dict[str, Any]]]  # [{"text", "kind"}]
    debrief_stumbled_questions: Mapped[list[dict[str, Any]]]  # [{"question", "answer", "answered_at"}]
    debrief_no_stumbles: Mapped[bool]
    debrief_fit_statement: Mapped[str] = mapped_column(Text)
    debrief_emphasized: Mapped[list[str]]
    debrief_to_supplement: Mapped[list[str]]
    debrief_self_rating: Mapped[int | None]


class EventRow(Base):
    """An ``Event``, of one application or (``application_id`` NULL) of the whole search."""

    __tablename__ = "events"
    __table_args__ = (
        _application_key("events"),
        Index("ix_events_owner_application_id", "owner", "application_id"),
    )

    row_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    owner: Mapped[str]
    application_id: Mapped[str | None]
    ordinal: Mapped[int]
    id: Mapped[str]
    type: Mapped[str]
    at: Mapped[dt.datetime]
    kind: Mapped[str]
    channel: Mapped[str | None]
    to: Mapped[list[str]]
    cc: Mapped[list[str]]
    from_person: Mapped[str]
    subject: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    attachments: Mapped[list[dict[str, Any]]]  # Document values as JSON objects (migration 0005)
    call_outcome: Mapped[str | None]
    handwritten: Mapped[bool]
    with_note: Mapped[bool]
    new_date: Mapped[dt.date | None]
    stated_text: Mapped[str] = mapped_column(Text)
    deadline: Mapped[dt.date | None]
    slot: Mapped[dt.datetime | None]
    proposed_slots: Mapped[list[str]]  # ISO datetimes in UTC
    source: Mapped[str]
    status: Mapped[str]
    relevant: Mapped[bool]
    hooks: Mapped[list[str]]
    override_codes: Mapped[list[str]]
    override_reason: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text)


class AgendaRowRecord(Base):
    """One stored ``AgendaRow``: a step's DUE or OVERDUE phase, ``[starts_at, ends_at)`` in epoch seconds."""

    __tablename__ = "agenda"
    __table_args__ = (
        _application_key("agenda"),
        Index("ix_agenda_owner_ends_at_starts_at", "owner", "ends_at", "starts_at"),
        Index("ix_agenda_owner_application_id", "owner", "application_id"),
    )

    row_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    owner: Mapped[str]
    application_id: Mapped[str]
    step_key: Mapped[str]
    label: Mapped[str]
    company: Mapped[str]
    position: Mapped[str]
    state: Mapped[str]
    starts_at: Mapped[int] = mapped_column(BigInteger)
    ends_at: Mapped[int] = mapped_column(BigInteger)
    target_at: Mapped[int | None] = mapped_column(BigInteger)
    deadline_at: Mapped[int | None] = mapped_column(BigInteger)
    channel: Mapped[str]
    recipients: Mapped[str] = mapped_column(Text)
    codes: Mapped[str] = mapped_column(Text)
    rules: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    stale_at: Mapped[int | None] = mapped_column(BigInteger)  # migration 0005


class SummaryRow(Base):
    """One application in brief (``core.plan.summary.AppFacts``): what the other applications' plans read
    of it, so that a write to one application needs no other's records (migration 0007). Derived data,
    made with the agenda rows (``AGENDA_VERSION``); ``followup doctor --rebuild`` makes it again."""

    __tablename__ = "summaries"
    __table_args__ = (_application_key("summaries"),)

    owner: Mapped[str] = mapped_column(primary_key=True)
    application_id: Mapped[str] = mapped_column(primary_key=True)
    offers: Mapped[list[dict[str, Any]]]  # offers it received, as the export format's events
    interview_starts: Mapped[list[str]]  # its live interviews' starts, ISO datetimes in UTC
    accepted_at: Mapped[dt.datetime | None]
    reads_offers: Mapped[bool]
    reads_starts: Mapped[bool]
    history_at: Mapped[int] = mapped_column(BigInteger)  # epoch seconds


class SummaryPeriodRow(Base):
    """What `followup list` shows of one application during ``[starts_at, ends_at)``, in epoch microseconds
    (``core.plan.summary.Period``; migration 0007)."""

    __tablename__ = "summary_periods"
    __table_args__ = (
        _application_key("summary_periods"),
        Index("ix_summary_periods_owner_application_id_starts_at", "owner", "application_id", "starts_at"),
    )

    row_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    owner: Mapped[str]
    application_id: Mapped[str]
    starts_at: Mapped[int] = mapped_column(BigInteger)
    ends_at: Mapped[int] = mapped_column(BigInteger)
    status: Mapped[str]
    next_move: Mapped[str]
    next_state: Mapped[str]
    next_at: Mapped[int | None] = mapped_column(BigInteger)


# --- schedules (migration 0009): each application's plan as a sheet, for the fast `plan APP` -----------
class ScheduleRow(Base):
    """One application's schedule as plain JSON text (``core.plan.sheet``: steps with their phases, codes,
    rules, windows, recipients, notices), made with its agenda rows (``AGENDA_VERSION``) so that
    `followup plan APP` reads it at any moment without the planner; ``followup doctor --rebuild`` makes it
    again."""

    __tablename__ = "schedules"
    __table_args__ = (_application_key("schedules"),)

    owner: Mapped[str] = mapped_column(primary_key=True)
    application_id: Mapped[str] = mapped_column(primary_key=True)
    sheet: Mapped[str] = mapped_column(Text)


# --- end of schedules ----------------------------------------------------------------------------------


class JournalRow(Base):
    """One write command as it can be undone: what the records it changed looked like before it ran.

    ``changes`` holds the earlier state of each part the command changed, in the export format's JSON
    (``core.codec``): ``{"profile": ..., "settings": ..., "events": ..., "applications": {id: app or
    null}, "order": [id, ...]}`` with only the parts that changed (null: the application did not exist;
    ``order``: the ids before, when applications came or went). ``undone_at`` is set when ``followup
    undo`` has put them back. Rows are ordered by ``row_id`` (``services.journal``, ``store.journal``).
    """

    __tablename__ = "journal"
    __table_args__ = (Index("ix_journal_owner_row_id", "owner", "row_id"),)

    row_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    owner: Mapped[str]
    at: Mapped[dt.datetime]
    command: Mapped[str] = mapped_column(Text)
    undone_at: Mapped[dt.datetime | None]
    changes: Mapped[dict[str, Any]]


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
)
