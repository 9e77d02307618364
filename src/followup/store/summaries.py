"""Reading and writing the derived data a scoped write and `followup list` stand on: each application's
summary (``core.plan.summary.AppFacts``) and its periods, and the parts of the records a scoped
transaction loads instead of everything (the profile, the settings, the events of the whole search, the
applications' ids).

Like ``repository``, every function takes a ``Session`` and an ``owner``, filters by the owner and never
commits. Statements are Core-style and read plain rows (no ORM objects): a write at 10,000 applications
reads every application's summary, and only that.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import delete, func, insert, select, union
from sqlalchemy.orm import Session

from followup.core import codec
from followup.core.model import Event, Records
from followup.core.plan.summary import AppFacts, Period
from followup.store import mapping
from followup.store.tables import (
    AgendaRowRecord,
    ApplicationRow,
    EventRow,
    PersonRow,
    ProfileRow,
    SummaryPeriodRow,
    SummaryRow,
)


def application_ids(session: Session, owner: str) -> list[str]:
    """The ids of ``owner``'s applications, in their stored order."""
    query = select(ApplicationRow.id).where(ApplicationRow.owner == owner).order_by(ApplicationRow.ordinal)
    return list(session.scalars(query))


def application_companies(session: Session, owner: str) -> list[tuple[str, str]]:
    """Each of ``owner``'s applications as (id, company name), in their stored order: what a reference
    (``--application``) is matched against, without loading any application."""
    query = (
        select(ApplicationRow.id, ApplicationRow.company_name)
        .where(ApplicationRow.owner == owner)
        .order_by(ApplicationRow.ordinal)
    )
    return [(app_id, company) for app_id, company in session.execute(query)]


def record_names(session: Session, owner: str) -> list[str]:
    """The names recorded in every application of ``owner``: each company's, each person's first and
    last name (the words the spell checker accepts, K15), each once, and nothing else of those rows."""
    query = union(
        select(ApplicationRow.company_name).where(ApplicationRow.owner == owner),
        select(PersonRow.first).where(PersonRow.owner == owner),
        select(PersonRow.last).where(PersonRow.owner == owner),
    )
    return list(session.scalars(query))


def load_base(session: Session, owner: str) -> Records:
    """``owner``'s profile, settings and events of the whole search, without any application."""
    profile = session.scalars(
        select(ProfileRow).where(ProfileRow.owner == owner).execution_options(populate_existing=True)
    ).first()
    events = session.scalars(
        select(EventRow)
        .where(EventRow.owner == owner, EventRow.application_id.is_(None))
        .order_by(EventRow.ordinal)
        .execution_options(populate_existing=True)
    ).all()
    return Records(
        profile=mapping.profile_from_row(profile) if profile else Records().profile,
        settings=mapping.settings_from_json(profile.settings) if profile else (),
        events=tuple(mapping.event_from_row(row) for row in events),
    )


def load_facts(session: Session, owner: str) -> dict[str, AppFacts]:
    """Every stored summary of ``owner``, by application id."""
    columns = (
        SummaryRow.application_id,
        SummaryRow.offers,
        SummaryRow.interview_starts,
        SummaryRow.accepted_at,
        SummaryRow.reads_offers,
        SummaryRow.reads_starts,
        SummaryRow.history_at,
    )
    found = {}
    for app_id, offers, starts, accepted, reads_offers, reads_starts, history in session.execute(
        select(*columns).where(SummaryRow.owner == owner)
    ):
        found[app_id] = AppFacts(
            application_id=app_id,
            offers=_events_from_json(offers),
            interview_starts=tuple(dt.datetime.fromisoformat(s).astimezone(dt.UTC) for s in starts),
            accepted_at=accepted,
            reads_offers=bool(reads_offers),
            reads_starts=bool(reads_starts),
            history_at=int(history),
        )
    return found


def replace_summary(session: Session, owner: str, facts: AppFacts, periods: Sequence[Period]) -> None:
    """Replace one application's summary and periods."""
    delete_summary(session, owner, facts.application_id)
    session.execute(
        insert(SummaryRow).values(
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
        session.execute(insert(SummaryPeriodRow), rows)


def delete_summary(session: Session, owner: str, application_id: str) -> None:
    for table in (SummaryPeriodRow, SummaryRow):
        session.execute(
            delete(table).where(table.owner == owner, table.application_id == application_id),
            execution_options={"synchronize_session": False},
        )


def latest_history(session: Session, owner: str) -> int:
    """The latest moment any application's summary speaks of (epoch seconds; 0 for none)."""
    value = session.scalar(select(func.max(SummaryRow.history_at)).where(SummaryRow.owner == owner))
    return int(value or 0)


def list_rows(
    session: Session, owner: str, at: int
) -> list[tuple[str, str, str, str, str, str, int | None, bool]] | None:
    """`followup list` at ``at`` (epoch µs) from the stored periods, in the applications' order: (id,
    company, position, status, next move, its state, its date in µs, archived). None when an application
    has no period holding ``at`` (its summary was never made)."""
    period = (
        select(SummaryPeriodRow)
        .where(
            SummaryPeriodRow.owner == owner,
            SummaryPeriodRow.starts_at <= at,
            SummaryPeriodRow.ends_at > at,
        )
        .subquery()
    )
    query = (
        select(
            ApplicationRow.id,
            ApplicationRow.company_name,
            ApplicationRow.position,
            period.c.status,
            period.c.next_move,
            period.c.next_state,
            period.c.next_at,
            ApplicationRow.archived_at.is_not(None),
        )
        .outerjoin(period, period.c.application_id == ApplicationRow.id)
        .where(ApplicationRow.owner == owner)
        .order_by(ApplicationRow.ordinal)
    )
    rows = [tuple(row) for row in session.execute(query)]
    if any(row[3] is None for row in rows):
        return None
    return rows


def derived_rows(session: Session, owner: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every stored row of derived data of ``owner`` (agenda, summaries, periods), without their row ids,
    in a fixed order: what `followup doctor` compares with the rows the records give."""
    tables: dict[str, Any] = {
        "agenda": AgendaRowRecord,
        "summaries": SummaryRow,
        "summary_periods": SummaryPeriodRow,
    }
    found: dict[str, list[tuple[Any, ...]]] = {}
    for name, table in tables.items():
        columns = [c for c in table.__table__.columns if c.name not in ("row_id", "owner")]
        rows = session.execute(select(*columns).where(table.owner == owner))
        found[name] = sorted((tuple(_comparable(v) for v in row) for row in rows), key=repr)
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


def history_mark(session: Session, owner: str) -> str | None:
    """The stored ``history_until`` of ``owner`` (``repository.set_history_until``), as text."""
    from followup.store.repository import HISTORY_KEY
    from followup.store.tables import MetaRow

    return session.scalar(select(MetaRow.value).where(MetaRow.key == HISTORY_KEY + owner))
