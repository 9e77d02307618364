"""Reading and writing core records: functions that take a ``Session`` and an ``owner`` and speak only
in ``core.model`` and ``core.agenda`` values.

Every statement filters by ``owner``, so one database serves many users who never see each other's rows.
The caller owns the transaction (``Store.transaction()``); nothing here commits.

Writes are per aggregate: ``save_application`` stores one application with its people, interviews
and events (keeping its place in the list), ``save_profile`` the candidate and their settings,
``save_global_events`` the events of no single application, ``replace_agenda`` one application's
agenda rows. ``save_records`` writes a whole ``Records`` in one go. Each writes only the rows that
differ from what is stored (``store.sync``), and a write transaction calls ``lock_owner`` before it
reads. Loads return values equal to what was saved, in the same order.

Rows are written with Core-style statements and read with ``populate_existing``, so a load after a
write in the same session never sees stale objects from the session's identity map.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar, cast

from sqlalchemy import CursorResult, Delete, RowMapping, Select, Table, Update, delete, func, select
from sqlalchemy.orm import Session

from followup.core.model import Application, Event, Profile, Records
from followup.core.plan.agenda import AgendaRow
from followup.store import mapping, sync
from followup.store.mapping import SettingPairs
from followup.store.tables import (
    AgendaRowRecord,
    ApplicationRow,
    Base,
    EventRow,
    InterviewRow,
    MetaRow,
    PersonRow,
    ProfileRow,
)

__all__ = [
    "delete_application",
    "due_agenda",
    "load_agenda",
    "load_application",
    "load_calendar_sequences",
    "load_records",
    "lock_owner",
    "owners",
    "replace_agenda",
    "save_application",
    "save_calendar_sequences",
    "save_global_events",
    "save_profile",
    "save_records",
    "set_history_until",
]

_Row = TypeVar("_Row", bound=Base)
_Grouped = TypeVar("_Grouped")


# --- loading -------------------------------------------------------------------------------------------


def owners(session: Session) -> list[str]:
    """Every owner with a profile, an application or an event stored, by name."""
    found: set[str] = set()
    for table in (ProfileRow, ApplicationRow, EventRow):
        found |= set(session.scalars(select(table.owner).distinct()))
    return sorted(found)


def load_records(session: Session, owner: str) -> Records:
    """Everything ``owner`` has stored; an owner with nothing stored gets an empty ``Records``."""
    profiles = _rows(session, select(ProfileRow).where(ProfileRow.owner == owner))
    applications = _rows(
        session, select(ApplicationRow).where(ApplicationRow.owner == owner).order_by(ApplicationRow.ordinal)
    )
    people = _by_application(
        _rows(session, select(PersonRow).where(PersonRow.owner == owner).order_by(PersonRow.ordinal)),
        lambda row: row.application_id,
    )
    interviews = _by_application(
        _rows(
            session, select(InterviewRow).where(InterviewRow.owner == owner).order_by(InterviewRow.ordinal)
        ),
        lambda row: row.application_id,
    )
    events = _by_application(
        _rows(session, select(EventRow).where(EventRow.owner == owner).order_by(EventRow.ordinal)),
        lambda row: row.application_id,
    )
    return Records(
        profile=mapping.profile_from_row(profiles[0]) if profiles else Profile(),
        settings=mapping.settings_from_json(profiles[0].settings) if profiles else (),
        applications=tuple(
            mapping.application_from_rows(row, people[row.id], interviews[row.id], events[row.id])
            for row in applications
        ),
        events=tuple(mapping.event_from_row(row) for row in events[None]),
    )


def load_application(session: Session, owner: str, application_id: str) -> Application | None:
    """One application of ``owner``, or None."""
    found = _rows(
        session,
        select(ApplicationRow).where(ApplicationRow.owner == owner, ApplicationRow.id == application_id),
    )
    if not found:
        return None
    people = _rows(
        session,
        select(PersonRow)
        .where(PersonRow.owner == owner, PersonRow.application_id == application_id)
        .order_by(PersonRow.ordinal),
    )
    interviews = _rows(
        session,
        select(InterviewRow)
        .where(InterviewRow.owner == owner, InterviewRow.application_id == application_id)
        .order_by(InterviewRow.ordinal),
    )
    events = _rows(
        session,
        select(EventRow)
        .where(EventRow.owner == owner, EventRow.application_id == application_id)
        .order_by(EventRow.ordinal),
    )
    return mapping.application_from_rows(found[0], people, interviews, events)


def load_agenda(session: Session, owner: str) -> list[AgendaRow]:
    """All of ``owner``'s agenda rows, by application and then in the order they were stored."""
    query = (
        select(AgendaRowRecord)
        .where(AgendaRowRecord.owner == owner)
        .order_by(AgendaRowRecord.application_id, AgendaRowRecord.row_id)
    )
    return [mapping.agenda_from_row(row) for row in _rows(session, query)]


def due_agenda(session: Session, owner: str, at: int) -> list[AgendaRow]:
    """The rows whose ``[starts_at, ends_at)`` contains ``at`` (epoch seconds), most urgent first:
    by deadline (rows without one last), then start, application and step."""
    query = (
        select(AgendaRowRecord)
        .where(
            AgendaRowRecord.owner == owner,
            AgendaRowRecord.ends_at > at,
            AgendaRowRecord.starts_at <= at,
        )
        .order_by(
            AgendaRowRecord.deadline_at.is_(None),
            AgendaRowRecord.deadline_at,
            AgendaRowRecord.starts_at,
            AgendaRowRecord.application_id,
            AgendaRowRecord.row_id,
        )
    )
    return [mapping.agenda_from_row(row) for row in _rows(session, query)]


# --- saving --------------------------------------------------------------------------------------------


def save_records(session: Session, owner: str, records: Records) -> None:
    """Make ``owner``'s stored records equal ``records``: applications no longer present are deleted
    (with their agenda rows); the agenda rows of the others are kept. Only the rows that differ are
    written (``store.sync``)."""
    stored = _stored_rows(session, owner, None)
    wanted = {app.id for app in records.applications}
    for application_id in set(stored.applications) - wanted:
        delete_application(session, owner, application_id)
    save_profile(session, owner, records.profile, records.settings)
    for ordinal, app in enumerate(records.applications):
        _write_application(session, owner, app, ordinal, stored)
    _write_events(session, owner, None, records.events, stored.events[None])


def lock_owner(session: Session, owner: str) -> None:
    """Take ``owner``'s write lock for the rest of the transaction: their profile row, ``FOR UPDATE``.

    Call it first in a write transaction, then read: another command writing for the same owner waits
    here until this one commits, and then reads what it wrote, so no change is lost. An owner without a
    profile row gets one holding the defaults (it reads back as ``Profile()``, as no row does), created
    with ``ON CONFLICT DO NOTHING`` so two first writes do not collide. On SQLite ``FOR UPDATE`` is not
    rendered: ``BEGIN IMMEDIATE`` has already locked the whole file."""
    locked = select(ProfileRow.owner).where(ProfileRow.owner == owner).with_for_update()
    if session.scalar(locked) is not None:
        return
    values = _profile_values(owner, Profile(), ())
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects import postgresql

        session.execute(postgresql.insert(_table(ProfileRow)).values(values).on_conflict_do_nothing())
    else:
        from sqlalchemy.dialects import sqlite

        session.execute(sqlite.insert(_table(ProfileRow)).values(values).on_conflict_do_nothing())
    session.scalar(locked)


def save_profile(session: Session, owner: str, profile: Profile, settings: SettingPairs) -> None:
    """Store the candidate and their default settings (an UPDATE of what changed, if anything did)."""
    stored = session.execute(select(_table(ProfileRow)).where(ProfileRow.owner == owner)).mappings().first()
    sync.write_one(session, _table(ProfileRow), stored, _profile_values(owner, profile, settings))


def _profile_values(owner: str, profile: Profile, settings: SettingPairs) -> dict[str, Any]:
    return {
        "owner": owner,
        "name": profile.name,
        "email": profile.email,
        "phone": profile.phone,
        "postal_address": profile.postal_address,
        "tz": profile.tz,
        "country": profile.country,
        "settings": [list(pair) for pair in settings],
        "words": list(profile.words),
    }


def save_application(session: Session, owner: str, app: Application) -> None:
    """Insert or update one application with its people, interviews and events. A new application goes
    last; a stored one keeps its place. Its agenda rows are kept (see ``replace_agenda``)."""
    stored = _stored_rows(session, owner, app.id)
    row = stored.applications.get(app.id)
    if row is not None:
        ordinal = row["ordinal"]
    else:
        last = session.scalar(select(func.max(ApplicationRow.ordinal)).where(ApplicationRow.owner == owner))
        ordinal = 0 if last is None else last + 1
    _write_application(session, owner, app, ordinal, stored)


def delete_application(session: Session, owner: str, application_id: str) -> bool:
    """Delete one application with everything that belongs to it; False if there was none."""
    for table in (AgendaRowRecord, EventRow, InterviewRow, PersonRow):
        _execute(session, delete(table).where(table.owner == owner, table.application_id == application_id))
    deleted = _execute(
        session,
        delete(ApplicationRow).where(ApplicationRow.owner == owner, ApplicationRow.id == application_id),
    )
    return deleted > 0


def save_global_events(session: Session, owner: str, events: Sequence[Event]) -> None:
    """Store the events that belong to no single application (only those that changed are written)."""
    query = select(_table(EventRow)).where(EventRow.owner == owner, EventRow.application_id.is_(None))
    stored = session.execute(query.order_by(EventRow.ordinal, EventRow.row_id)).mappings().all()
    _write_events(session, owner, None, events, stored)


def replace_agenda(session: Session, owner: str, application_id: str, rows: Sequence[AgendaRow]) -> None:
    """Make one application's agenda rows equal ``rows`` (in that order), writing only what differs.
    Every row must name ``application_id``."""
    for row in rows:
        if row.application_id != application_id:
            raise ValueError(
                f"agenda row {row.step_key} belongs to {row.application_id}, not {application_id}"
            )
    table = _table(AgendaRowRecord)
    stored = (
        session.execute(
            select(table)
            .where(AgendaRowRecord.owner == owner, AgendaRowRecord.application_id == application_id)
            .order_by(AgendaRowRecord.row_id)
        )
        .mappings()
        .all()
    )
    wanted = [mapping.agenda_values(owner, row) for row in rows]
    sync.sync_ordered(session, table, stored, wanted, _by_step)


# --- helpers -----------------------------------------------------------------------------------------


def _rows(session: Session, query: Select[_Row]) -> Sequence[_Row]:
    return session.scalars(query.execution_options(populate_existing=True)).all()


def _by_application(
    rows: Sequence[_Grouped], key: Callable[[_Grouped], str | None]
) -> defaultdict[str | None, list[_Grouped]]:
    groups: defaultdict[str | None, list[_Grouped]] = defaultdict(list)
    for row in rows:
        groups[key(row)].append(row)
    return groups


def _execute(session: Session, statement: Delete | Update) -> int:
    """Run a DELETE or UPDATE and return how many rows it touched. Loads use ``populate_existing``, so
    the session's identity map need not be synchronized."""
    result = session.execute(statement, execution_options={"synchronize_session": False})
    return cast(CursorResult[Any], result).rowcount


@dataclass
class _Stored:
    """The rows stored for one owner (or one application of theirs), as the database returns them."""

    applications: dict[str, RowMapping]
    people: defaultdict[str | None, list[RowMapping]]
    interviews: defaultdict[str | None, list[RowMapping]]
    events: defaultdict[str | None, list[RowMapping]]


def _stored_rows(session: Session, owner: str, application_id: str | None) -> _Stored:
    """What is stored of ``owner``'s applications: all of them (``application_id`` None, global events
    included) or one."""

    def rows(model: type[Base], *order: Any) -> list[RowMapping]:
        query = select(_table(model)).where(model.owner == owner)  # type: ignore[attr-defined]
        if application_id is not None:
            query = query.where(model.application_id == application_id)  # type: ignore[attr-defined]
        return list(session.execute(query.order_by(*order)).mappings())

    app_query = select(_table(ApplicationRow)).where(ApplicationRow.owner == owner)
    if application_id is not None:
        app_query = app_query.where(ApplicationRow.id == application_id)
    return _Stored(
        applications={row["id"]: row for row in session.execute(app_query).mappings()},
        people=_by_application(rows(PersonRow, PersonRow.ordinal), lambda row: row["application_id"]),
        interviews=_by_application(
            rows(InterviewRow, InterviewRow.ordinal), lambda row: row["application_id"]
        ),
        events=_by_application(
            rows(EventRow, EventRow.ordinal, EventRow.row_id), lambda row: row["application_id"]
        ),
    )


def _write_application(session: Session, owner: str, app: Application, ordinal: int, stored: _Stored) -> None:
    sync.write_one(
        session,
        _table(ApplicationRow),
        stored.applications.get(app.id),
        mapping.application_values(owner, app, ordinal),
    )
    sync.sync_rows(
        session,
        _table(PersonRow),
        stored.people[app.id],
        [mapping.person_values(owner, app.id, i, p) for i, p in enumerate(app.people)],
        _by_id,
    )
    sync.sync_rows(
        session,
        _table(InterviewRow),
        stored.interviews[app.id],
        [mapping.interview_values(owner, app.id, i, v) for i, v in enumerate(app.interviews)],
        _by_id,
    )
    _write_events(session, owner, app.id, app.events, stored.events[app.id])


def _write_events(
    session: Session,
    owner: str,
    application_id: str | None,
    events: Sequence[Event],
    stored: Sequence[RowMapping],
) -> None:
    wanted = [mapping.event_values(owner, application_id, i, e) for i, e in enumerate(events)]
    sync.sync_rows(session, _table(EventRow), stored, wanted, _by_id)


def _by_id(row: Mapping[Any, Any]) -> Hashable:
    key: Hashable = row["id"]
    return key


def _by_step(row: Mapping[Any, Any]) -> Hashable:
    key: Hashable = row["step_key"]
    return key


def _table(model: type[Base]) -> Table:
    return cast(Table, model.__table__)


SEQUENCES_KEY = "ics_sequences:"


def load_calendar_sequences(session: Session, owner: str) -> dict[str, tuple[str, int]]:
    """What the last calendar export gave each UID: (content hash, SEQUENCE)."""
    import json

    text = session.scalar(select(MetaRow.value).where(MetaRow.key == SEQUENCES_KEY + owner))
    return {uid: (digest, int(seq)) for uid, (digest, seq) in json.loads(text).items()} if text else {}


def save_calendar_sequences(session: Session, owner: str, sequences: dict[str, tuple[str, int]]) -> None:
    import json

    _set_meta(session, SEQUENCES_KEY + owner, json.dumps(sequences, sort_keys=True))


HISTORY_KEY = "history_until:"  # the fast `today` path reads this key (cli/today.py HISTORY_KEY)


AGENDA_VERSION_KEY = "agenda_version:"  # meta key: which version of ``rows_for`` made an owner's rows


def agenda_version(session: Session, owner: str) -> str | None:
    """The ``core.plan.agenda.AGENDA_VERSION`` that made ``owner``'s stored rows (None: before 0.2)."""
    return session.scalar(select(MetaRow.value).where(MetaRow.key == AGENDA_VERSION_KEY + owner))


def set_agenda_version(session: Session, owner: str, version: str) -> None:
    _set_meta(session, AGENDA_VERSION_KEY + owner, version)


def set_history_until(session: Session, owner: str, epoch_seconds: int) -> None:
    """Record the latest moment an owner's records speak of. ``followup today --now`` earlier than that
    cannot be answered from the stored agenda (it already knows later events) and runs the planner."""
    _set_meta(session, HISTORY_KEY + owner, str(epoch_seconds))


def _set_meta(session: Session, key: str, value: str) -> None:
    """Insert or update one meta row, and leave it alone when it already holds ``value``."""
    table = _table(MetaRow)
    stored = session.execute(select(table).where(MetaRow.key == key)).mappings().first()
    sync.write_one(session, table, stored, {"key": key, "value": value})
