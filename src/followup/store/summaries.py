"""Reading and writing the derived data a scoped write and `followup list` stand on: each application's
summary (``core.plan.summary.AppFacts``) and its periods, and the parts of the records a scoped
transaction loads instead of everything (the profile, the settings, the events of the whole search, the
applications' ids).

Like ``repository``, every function takes a ``session`` (a Core ``Connection`` in a transaction) and an
``owner``, filters by the owner and never commits. Statements read plain rows: a write at 10,000
applications reads every application's summary, and only that.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, text, union

from followup.core import codec
from followup.core.model import Event, Records
from followup.core.plan.summary import AppFacts, Period
from followup.store import mapping, tables


def application_ids(session: Connection, owner: str) -> list[str]:
    """The ids of ``owner``'s applications, in their stored order."""
    query = (
        select(tables.applications.c.id)
        .where(tables.applications.c.owner == owner)
        .order_by(tables.applications.c.ordinal)
    )
    return list(session.scalars(query))


def application_companies(session: Connection, owner: str) -> list[tuple[str, str]]:
    """Each of ``owner``'s applications as (id, company name), in their stored order: what a reference
    (``--application``) is matched against, without loading any application."""
    query = (
        select(tables.applications.c.id, tables.applications.c.company_name)
        .where(tables.applications.c.owner == owner)
        .order_by(tables.applications.c.ordinal)
    )
    return [(app_id, company) for app_id, company in session.execute(query)]


def record_names(session: Connection, owner: str) -> list[str]:
    """The names recorded in every application of ``owner``: each company's, each person's first and
    last name (the words the spell checker accepts, K15), each once, and nothing else of those rows."""
    query = union(
        select(tables.applications.c.company_name).where(tables.applications.c.owner == owner),
        select(tables.people.c.first).where(tables.people.c.owner == owner),
        select(tables.people.c.last).where(tables.people.c.owner == owner),
    )
    return list(session.scalars(query))


def load_base(session: Connection, owner: str) -> Records:
    """``owner``'s profile, settings and events of the whole search, without any application."""
    profile = session.execute(select(tables.profiles).where(tables.profiles.c.owner == owner)).first()
    events = session.execute(
        select(tables.events)
        .where(tables.events.c.owner == owner, tables.events.c.application_id.is_(None))
        .order_by(tables.events.c.ordinal)
    ).all()
    return Records(
        profile=mapping.profile_from_row(profile) if profile else Records().profile,
        settings=mapping.settings_from_json(profile.settings) if profile else (),
        events=tuple(mapping.event_from_row(row) for row in events),
    )


# The columns as stored text: a write at 10,000 applications reads every summary, and SQLAlchemy's JSON
# type decoded each one (300 ms); most hold no offer, and their starts are read with ``fromisoformat``.
FACTS = text(
    "SELECT application_id, CAST(offers AS TEXT), CAST(interview_starts AS TEXT), accepted_at, "
    "reads_offers, reads_starts, history_at FROM summaries WHERE owner = :owner"
)


def load_facts(session: Connection, owner: str) -> dict[str, AppFacts]:
    """Every stored summary of ``owner``, by application id."""
    found = {}
    utc, parse = dt.UTC, dt.datetime.fromisoformat
    for app_id, offers, starts, accepted, reads_offers, reads_starts, history in session.execute(
        FACTS, {"owner": owner}
    ):
        found[app_id] = AppFacts(
            application_id=app_id,
            offers=() if offers in ("[]", "", None) else _events_from_json(json.loads(offers)),
            interview_starts=tuple(parse(s).astimezone(utc) for s in _strings(starts)),
            accepted_at=_moment(accepted),
            reads_offers=bool(reads_offers),
            reads_starts=bool(reads_starts),
            history_at=int(history),
        )
    return found


def _strings(stored: str | None) -> list[str]:
    """A stored JSON list of ISO timestamps: ``["2026-10-21T15:00:00+00:00", ...]``. Split by hand (a
    timestamp holds no comma or quote); ``json`` reads anything else."""
    if stored in ("[]", "", None):
        return []
    assert stored is not None
    inner = stored.strip()
    if inner.startswith('["') and inner.endswith('"]') and "\\" not in inner:
        return [piece.strip().strip('"') for piece in inner[1:-1].split(",")]
    return [str(v) for v in json.loads(inner)]


def _moment(value: object) -> dt.datetime | None:
    """``accepted_at`` as a raw query gives it: naive UTC text on SQLite, an aware datetime on PostgreSQL."""
    if value is None:
        return None
    moment = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))
    return moment.astimezone(dt.UTC) if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def replace_summary(session: Connection, owner: str, facts: AppFacts, periods: Sequence[Period]) -> None:
    """Replace one application's summary and periods."""
    delete_summary(session, owner, facts.application_id)
    session.execute(
        insert(tables.summaries).values(
            owner=owner,
            application_id=facts.application_id,
            offers=_events_to_json(facts.offers),
            interview_starts=[s.astimezone(dt.UTC).isoformat() for s in facts.interview_starts],
            accepted_at=facts.accepted_at,
            reads_offers=facts.reads_offers,
            reads_starts=facts.reads_starts,
            history_at=facts.history_at,
        )
    )
    rows = [_period_values(owner, facts.application_id, p) for p in periods]
    if rows:
        session.execute(insert(tables.summary_periods), rows)


def delete_summary(session: Connection, owner: str, application_id: str) -> None:
    for table in (tables.summary_periods, tables.summaries):
        session.execute(delete(table).where(table.c.owner == owner, table.c.application_id == application_id))


def latest_history(session: Connection, owner: str) -> int:
    """The latest moment any application's summary speaks of (epoch seconds; 0 for none)."""
    value = session.scalar(
        select(func.max(tables.summaries.c.history_at)).where(tables.summaries.c.owner == owner)
    )
    return int(value or 0)


def list_rows(
    session: Connection, owner: str, at: int
) -> list[tuple[str, str, str, str, str, str, int | None, bool]] | None:
    """`followup list` at ``at`` (epoch µs) from the stored periods, in the applications' order: (id,
    company, position, status, next move, its state, its date in µs, archived). None when an application
    has no period holding ``at`` (its summary was never made)."""
    period = (
        select(tables.summary_periods)
        .where(
            tables.summary_periods.c.owner == owner,
            tables.summary_periods.c.starts_at <= at,
            tables.summary_periods.c.ends_at > at,
        )
        .subquery()
    )
    query = (
        select(
            tables.applications.c.id,
            tables.applications.c.company_name,
            tables.applications.c.position,
            period.c.status,
            period.c.next_move,
            period.c.next_state,
            period.c.next_at,
            tables.applications.c.archived_at.is_not(None),
        )
        .outerjoin(period, period.c.application_id == tables.applications.c.id)
        .where(tables.applications.c.owner == owner)
        .order_by(tables.applications.c.ordinal)
    )
    rows = [tuple(row) for row in session.execute(query)]
    if any(row[3] is None for row in rows):
        return None
    return rows


def derived_rows(session: Connection, owner: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every stored row of derived data of ``owner`` (agenda, summaries, periods), without their row ids,
    in a fixed order: what `followup doctor` compares with the rows the records give."""
    found: dict[str, list[tuple[Any, ...]]] = {}
    for table in (tables.agenda, tables.summaries, tables.summary_periods):
        columns = [c for c in table.columns if c.name not in ("row_id", "owner")]
        rows = session.execute(select(*columns).where(table.c.owner == owner))
        found[table.name] = sorted((tuple(_comparable(v) for v in row) for row in rows), key=repr)
    return found


def _comparable(value: Any) -> Any:
    """A column's value in a form that compares and sorts the same on every backend."""
    if isinstance(value, (list, dict)):
        import json

        return json.dumps(value, sort_keys=True)
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat()
    return value


def _period_values(owner: str, application_id: str, period: Period) -> dict[str, Any]:
    return {
        "owner": owner,
        "application_id": application_id,
        "starts_at": period.starts_at,
        "ends_at": period.ends_at,
        "status": period.status,
        "next_move": period.next_move,
        "next_state": period.next_state,
        "next_at": period.next_at,
    }


def _events_to_json(events: Iterable[Event]) -> list[dict[str, Any]]:
    return [codec.event_to_data(event) for event in events]


def _events_from_json(data: list[dict[str, Any]]) -> tuple[Event, ...]:
    return tuple(codec.data_to_event(item) for item in data)


def history_mark(session: Connection, owner: str) -> str | None:
    """The stored ``history_until`` of ``owner`` (``repository.set_history_until``), as text."""
    from followup.store.repository import HISTORY_KEY

    return session.scalar(select(tables.meta.c.value).where(tables.meta.c.key == HISTORY_KEY + owner))


# `followup list` from the stored periods, on any backend: each application in order with the period that
# holds the moment asked (``cli.listing`` runs the same query with ``sqlite3`` before SQLAlchemy loads).
LISTED = text(
    "SELECT a.id, a.company_name, a.position, p.status, p.next_move, p.next_state, p.next_at, "
    "a.archived_at IS NOT NULL FROM applications AS a LEFT JOIN summary_periods AS p "
    "ON p.owner = a.owner AND p.application_id = a.id AND p.starts_at <= :at AND p.ends_at > :at "
    "WHERE a.owner = :owner AND (:everything OR a.archived_at IS NULL) ORDER BY a.ordinal"
)
ARCHIVED = text("SELECT count(*) FROM applications WHERE owner = :owner AND archived_at IS NOT NULL")


def listed(session: Connection, owner: str, at: int, archived: bool) -> tuple[list[tuple[Any, ...]], int]:
    """(id, company, position, status, next move, its state, its time in epoch µs, archived) of every
    application (archived ones with ``archived``) at ``at`` (epoch µs), and how many are archived. A
    status of None: that application has no stored summary."""
    found = [
        tuple(row) for row in session.execute(LISTED, {"at": at, "owner": owner, "everything": archived})
    ]
    put_away = int(session.scalar(ARCHIVED, {"owner": owner}) or 0)
    return found, put_away
