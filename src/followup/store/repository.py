"""Reading and writing core records: functions that take a ``session`` (a Core ``Connection`` in a
transaction) and an ``owner`` and speak only in ``core.model`` and ``core.agenda`` values.

Every statement filters by ``owner``, so one database serves many users who never see each other's rows.
The caller owns the transaction (``Store.transaction()``); nothing here commits.

Writes are per aggregate: ``save_application`` stores one application with its people, interviews
and events (keeping its place in the list), ``save_profile`` the candidate and their settings,
``save_global_events`` the events of no single application, ``replace_agenda`` one application's
agenda rows. ``save_records`` writes a whole ``Records`` in one go. Each writes only the rows that
differ from what is stored (``store.sync``), and a write transaction calls ``lock_owner`` before it
reads. Loads return values equal to what was saved, in the same order.

Statements are SQLAlchemy Core and read plain rows (``mapping`` turns them into values): no ORM, which
would cost every command its import and its identity map.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Connection, Delete, Row, RowMapping, Select, Table, Update, delete, func, select

from followup.core.model import Application, Event, Profile, Records
from followup.core.plan.agenda import AgendaRow
from followup.store import mapping, sync, tables
from followup.store.mapping import SettingPairs

__all__ = [
    "StoredRows",
    "delete_application",
    "due_agenda",
    "load_agenda",
    "load_application",
    "load_calendar_sequences",
    "load_records",
    "lock_owner",
    "owners",
    "read_application",
    "replace_agenda",
    "save_application",
    "save_calendar_sequences",
    "save_global_events",
    "save_profile",
    "save_records",
    "set_history_until",
]

_Grouped = TypeVar("_Grouped")


# --- loading -------------------------------------------------------------------------------------------


def owners(session: Connection) -> list[str]:
    """Every owner with a profile, an application or an event stored, by name."""
    found: set[str] = set()
    for table in (tables.profiles, tables.applications, tables.events):
        found |= set(session.scalars(select(table.c.owner).distinct()))
    return sorted(found)


def load_records(session: Connection, owner: str) -> Records:
    """Everything ``owner`` has stored; an owner with nothing stored gets an empty ``Records``."""
    profiles = _rows(session, select(tables.profiles).where(tables.profiles.c.owner == owner))
    applications = _rows(
        session,
        select(tables.applications)
        .where(tables.applications.c.owner == owner)
        .order_by(tables.applications.c.ordinal),
    )
    people = _by_application(
        _rows(
            session,
            select(tables.people).where(tables.people.c.owner == owner).order_by(tables.people.c.ordinal),
        ),
        lambda row: row.application_id,
    )
    interviews = _by_application(
        _rows(
            session,
            select(tables.interviews)
            .where(tables.interviews.c.owner == owner)
            .order_by(tables.interviews.c.ordinal),
        ),
        lambda row: row.application_id,
    )
    events = _by_application(
        _rows(
            session,
            select(tables.events).where(tables.events.c.owner == owner).order_by(tables.events.c.ordinal),
        ),
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


def load_application(session: Connection, owner: str, application_id: str) -> Application | None:
    """One application of ``owner``, or None."""
    found = read_application(session, owner, application_id)
    return found[0] if found is not None else None


def read_application(
    session: Connection, owner: str, application_id: str
) -> tuple[Application, StoredRows] | None:
    """One application of ``owner`` and its rows as read, or None. Inside a write transaction that took
    ``lock_owner`` first, the rows are what ``save_application`` would read again: pass them to it."""
    found = _rows(
        session,
        select(tables.applications).where(
            tables.applications.c.owner == owner, tables.applications.c.id == application_id
        ),
    )
    if not found:
        return None
    people = _rows(
        session,
        select(tables.people)
        .where(tables.people.c.owner == owner, tables.people.c.application_id == application_id)
        .order_by(tables.people.c.ordinal),
    )
    interviews = _rows(
        session,
        select(tables.interviews)
        .where(tables.interviews.c.owner == owner, tables.interviews.c.application_id == application_id)
        .order_by(tables.interviews.c.ordinal),
    )
    events = _rows(
        session,
        select(tables.events)
        .where(tables.events.c.owner == owner, tables.events.c.application_id == application_id)
        .order_by(tables.events.c.ordinal, tables.events.c.row_id),
    )
    stored = StoredRows(
        applications={application_id: found[0]._mapping},
        people=defaultdict(list, {application_id: [row._mapping for row in people]}),
        interviews=defaultdict(list, {application_id: [row._mapping for row in interviews]}),
        events=defaultdict(list, {application_id: [row._mapping for row in events]}),
    )
    return mapping.application_from_rows(found[0], people, interviews, events), stored


def load_agenda(session: Connection, owner: str) -> list[AgendaRow]:
    """All of ``owner``'s agenda rows, by application and then in the order they were stored."""
    query = (
        select(tables.agenda)
        .where(tables.agenda.c.owner == owner)
        .order_by(tables.agenda.c.application_id, tables.agenda.c.row_id)
    )
    return [mapping.agenda_from_row(row) for row in _rows(session, query)]


def due_agenda(session: Connection, owner: str, at: int) -> list[AgendaRow]:
    """The rows whose ``[starts_at, ends_at)`` contains ``at`` (epoch seconds), most urgent first:
    by deadline (rows without one last), then start, application and step."""
    query = (
        select(tables.agenda)
        .where(
            tables.agenda.c.owner == owner,
            tables.agenda.c.ends_at > at,
            tables.agenda.c.starts_at <= at,
        )
        .order_by(
            tables.agenda.c.deadline_at.is_(None),
            tables.agenda.c.deadline_at,
            tables.agenda.c.starts_at,
            tables.agenda.c.application_id,
            tables.agenda.c.row_id,
        )
    )
    return [mapping.agenda_from_row(row) for row in _rows(session, query)]


# --- saving --------------------------------------------------------------------------------------------


def save_records(session: Connection, owner: str, records: Records) -> None:
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


def lock_owner(session: Connection, owner: str) -> None:
    """Take ``owner``'s write lock for the rest of the transaction: their profile row, ``FOR UPDATE``.

    Call it first in a write transaction, then read: another command writing for the same owner waits
    here until this one commits, and then reads what it wrote, so no change is lost. An owner without a
    profile row gets one holding the defaults (it reads back as ``Profile()``, as no row does), created
    with ``ON CONFLICT DO NOTHING`` so two first writes do not collide. On SQLite ``FOR UPDATE`` is not
    rendered: ``BEGIN IMMEDIATE`` has already locked the whole file."""
    locked = select(tables.profiles.c.owner).where(tables.profiles.c.owner == owner).with_for_update()
    if session.scalar(locked) is not None:
        return
    values = _profile_values(owner, Profile(), ())
    if session.dialect.name == "postgresql":
        from sqlalchemy.dialects import postgresql

        session.execute(postgresql.insert(tables.profiles).values(values).on_conflict_do_nothing())
    else:
        from sqlalchemy.dialects import sqlite

        session.execute(sqlite.insert(tables.profiles).values(values).on_conflict_do_nothing())
    session.scalar(locked)


def save_profile(session: Connection, owner: str, profile: Profile, settings: SettingPairs) -> None:
    """Store the candidate and their default settings (an UPDATE of what changed, if anything did)."""
    stored = (
        session.execute(select(tables.profiles).where(tables.profiles.c.owner == owner)).mappings().first()
    )
    sync.write_one(session, tables.profiles, stored, _profile_values(owner, profile, settings))


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


def save_application(
    session: Connection, owner: str, app: Application, stored: StoredRows | None = None
) -> None:
    """Insert or update one application with its people, interviews and events. A new application goes
    last; a stored one keeps its place. Its agenda rows are kept (see ``replace_agenda``).

    ``stored``: its rows as ``read_application`` read them in this transaction, under the owner's write
    lock, and not written since (they are then not read again); by default they are read here."""
    if stored is None or app.id not in stored.applications:
        stored = _stored_rows(session, owner, app.id)
    row = stored.applications.get(app.id)
    if row is not None:
        ordinal = row["ordinal"]
    else:
        last = session.scalar(
            select(func.max(tables.applications.c.ordinal)).where(tables.applications.c.owner == owner)
        )
        ordinal = 0 if last is None else last + 1
    _write_application(session, owner, app, ordinal, stored)


def delete_application(session: Connection, owner: str, application_id: str) -> bool:
    """Delete one application with everything that belongs to it; False if there was none."""
    for table in (tables.agenda, tables.events, tables.interviews, tables.people):
        _execute(
            session, delete(table).where(table.c.owner == owner, table.c.application_id == application_id)
        )
    deleted = _execute(
        session,
        delete(tables.applications).where(
            tables.applications.c.owner == owner, tables.applications.c.id == application_id
        ),
    )
    return deleted > 0


def save_global_events(session: Connection, owner: str, events: Sequence[Event]) -> None:
    """Store the events that belong to no single application (only those that changed are written)."""
    query = select(tables.events).where(
        tables.events.c.owner == owner, tables.events.c.application_id.is_(None)
    )
    stored = session.execute(query.order_by(tables.events.c.ordinal, tables.events.c.row_id)).mappings().all()
    _write_events(session, owner, None, events, stored)


def replace_agenda(session: Connection, owner: str, application_id: str, rows: Sequence[AgendaRow]) -> None:
    """Make one application's agenda rows equal ``rows`` (in that order), writing only what differs.
    Every row must name ``application_id``."""
    for row in rows:
        if row.application_id != application_id:
            raise ValueError(
                f"agenda row {row.step_key} belongs to {row.application_id}, not {application_id}"
            )
    table = tables.agenda
    stored = (
        session.execute(
            select(table)
            .where(table.c.owner == owner, table.c.application_id == application_id)
            .order_by(table.c.row_id)
        )
        .mappings()
        .all()
    )
    wanted = [mapping.agenda_values(owner, row) for row in rows]
    sync.sync_ordered(session, table, stored, wanted, _by_step)


# --- helpers -----------------------------------------------------------------------------------------


def _rows(session: Connection, query: Select[Any]) -> Sequence[Row[Any]]:
    return session.execute(query).all()


def _by_application(
    rows: Sequence[_Grouped], key: Callable[[_Grouped], str | None]
) -> defaultdict[str | None, list[_Grouped]]:
    groups: defaultdict[str | None, list[_Grouped]] = defaultdict(list)
    for row in rows:
        groups[key(row)].append(row)
    return groups


def _execute(session: Connection, statement: Delete | Update) -> int:
    """Run a DELETE or UPDATE and return how many rows it touched."""
    return session.execute(statement).rowcount


@dataclass(frozen=True)
class StoredRows:
    """The rows stored for one owner (or one application of theirs), as the database returns them."""

    applications: dict[str, RowMapping]
    people: defaultdict[str | None, list[RowMapping]]
    interviews: defaultdict[str | None, list[RowMapping]]
    events: defaultdict[str | None, list[RowMapping]]


def _stored_rows(session: Connection, owner: str, application_id: str | None) -> StoredRows:
    """What is stored of ``owner``'s applications: all of them (``application_id`` None, global events
    included) or one."""

    def rows(table: Table, *order: Any) -> list[RowMapping]:
        query = select(table).where(table.c.owner == owner)
        if application_id is not None:
            query = query.where(table.c.application_id == application_id)
        return list(session.execute(query.order_by(*order)).mappings())

    app_query = select(tables.applications).where(tables.applications.c.owner == owner)
    if application_id is not None:
        app_query = app_query.where(tables.applications.c.id == application_id)
    return StoredRows(
        applications={row["id"]: row for row in session.execute(app_query).mappings()},
        people=_by_application(
            rows(tables.people, tables.people.c.ordinal), lambda row: row["application_id"]
        ),
        interviews=_by_application(
            rows(tables.interviews, tables.interviews.c.ordinal), lambda row: row["application_id"]
        ),
        events=_by_application(
            rows(tables.events, tables.events.c.ordinal, tables.events.c.row_id),
            lambda row: row["application_id"],
        ),
    )


def _write_application(
    session: Connection, owner: str, app: Application, ordinal: int, stored: StoredRows
) -> None:
    sync.write_one(
        session,
        tables.applications,
        stored.applications.get(app.id),
        mapping.application_values(owner, app, ordinal),
    )
    sync.sync_rows(
        session,
        tables.people,
        stored.people[app.id],
        [mapping.person_values(owner, app.id, i, p) for i, p in enumerate(app.people)],
        _by_id,
    )
    sync.sync_rows(
        session,
        tables.interviews,
        stored.interviews[app.id],
        [mapping.interview_values(owner, app.id, i, v) for i, v in enumerate(app.interviews)],
        _by_id,
    )
    _write_events(session, owner, app.id, app.events, stored.events[app.id])


def _write_events(
    session: Connection,
    owner: str,
    application_id: str | None,
    events: Sequence[Event],
    stored: Sequence[RowMapping],
) -> None:
    wanted = [mapping.event_values(owner, application_id, i, e) for i, e in enumerate(events)]
    sync.sync_rows(session, tables.events, stored, wanted, _by_id)


def _by_id(row: Mapping[Any, Any]) -> Hashable:
    key: Hashable = row["id"]
    return key


def _by_step(row: Mapping[Any, Any]) -> Hashable:
    key: Hashable = row["step_key"]
    return key


SEQUENCES_KEY = "ics_sequences:"


def load_calendar_sequences(session: Connection, owner: str) -> dict[str, tuple[str, int]]:
    """What the last calendar export gave each UID: (content hash, SEQUENCE)."""
    import json

    text = session.scalar(select(tables.meta.c.value).where(tables.meta.c.key == SEQUENCES_KEY + owner))
    return {uid: (digest, int(seq)) for uid, (digest, seq) in json.loads(text).items()} if text else {}


def save_calendar_sequences(session: Connection, owner: str, sequences: dict[str, tuple[str, int]]) -> None:
    import json

    _set_meta(session, SEQUENCES_KEY + owner, json.dumps(sequences, sort_keys=True))


HISTORY_KEY = "history_until:"  # the fast `today` path reads this key (cli/today.py HISTORY_KEY)


AGENDA_VERSION_KEY = "agenda_version:"  # meta key: which version of ``rows_for`` made an owner's rows


def agenda_version(session: Connection, owner: str) -> str | None:
    """The ``core.plan.agenda.AGENDA_VERSION`` that made ``owner``'s stored rows (None: before 0.2)."""
    return session.scalar(select(tables.meta.c.value).where(tables.meta.c.key == AGENDA_VERSION_KEY + owner))


def set_agenda_version(session: Connection, owner: str, version: str) -> None:
    _set_meta(session, AGENDA_VERSION_KEY + owner, version)


def set_history_until(session: Connection, owner: str, epoch_seconds: int) -> None:
    """Record the latest moment an owner's records speak of. ``followup today --now`` earlier than that
    cannot be answered from the stored agenda (it already knows later events) and runs the planner."""
    _set_meta(session, HISTORY_KEY + owner, str(epoch_seconds))


def _set_meta(session: Connection, key: str, value: str) -> None:
    """Insert or update one meta row, and leave it alone when it already holds ``value``."""
    table = tables.meta
    stored = session.execute(select(table).where(table.c.key == key)).mappings().first()
    sync.write_one(session, table, stored, {"key": key, "value": value})
