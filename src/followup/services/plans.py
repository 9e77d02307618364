"""Reading plans: one application's plan, the list of applications with their next move, and checks."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from followup.core.errors import NotFound
from followup.core.guard import Proposal, Verdict, check
from followup.core.model import Application, Records
from followup.core.plan.agenda import AGENDA_VERSION, AgendaRow, still_asked
from followup.core.plan.planner import as_of, inputs_for, plan, schedule, shared_facts, shared_from
from followup.core.plan.schedule import PlanView, StepView, view_schedule
from followup.core.plan.summary import facts_of, micros
from followup.core.urgency import STATE_RANK, urgency
from followup.services.workspace import Workspace
from followup.store import repository
from followup.store import summaries as stored
from followup.workdays import calendars_for

if TYPE_CHECKING:
    from sqlalchemy import Connection


def plans(
    ws: Workspace, now: dt.datetime, application_id: str | None = None, *, archived: bool = False
) -> tuple[Records, list[PlanView]]:
    """Every application's plan at ``now``, or the one named. Archived applications are left out unless
    named or ``archived`` (their events still reach the others' plans)."""
    records = ws.read()
    if application_id is not None and records.application(application_id) is None:
        known = ", ".join(a.id for a in records.applications) or "none yet"
        raise NotFound(f"no application {application_id!r} (known: {known})")
    views = plan(records, calendars_for(records), now)
    if application_id is not None:
        views = [v for v in views if v.schedule.application_id == application_id]
    elif not archived:
        put_away = {a.id for a in records.applications if a.archived_at is not None}
        views = [v for v in views if v.schedule.application_id not in put_away]
    return records, views


def stored_current(session: Connection, owner: str, at: int) -> bool:
    """Whether ``owner``'s stored derived data can answer for the moment ``at`` (epoch seconds): made by
    this version (``AGENDA_VERSION``), and no event recorded after ``at`` (the planner would then replay
    history from every record)."""
    if repository.agenda_version(session, owner) != AGENDA_VERSION:
        return False
    return at >= int(stored.history_mark(session, owner) or "0")


def plan_of(ws: Workspace, now: dt.datetime, application_id: str) -> tuple[Records, PlanView] | None:
    """One application's plan at ``now``, from its own records and the stored summaries of the others
    (what their plans share with it: offers, interview starts, an accepted offer); the records hold the
    profile, settings, events of the whole search and this application alone. None when the stored
    summaries cannot stand in for the others (made by an older followup, or ``now`` earlier than the last
    recorded event: the planner then replays history from every record), or there is no such id."""
    if ws.missing:
        return None
    with ws.store.read() as session:  # a read never takes the write lock
        if not stored_current(session, ws.owner, int(now.timestamp())):
            return None
        app = repository.load_application(session, ws.owner, application_id)
        if app is None:
            return None
        base = stored.load_base(session, ws.owner)
        facts = stored.load_facts(session, ws.owner)
    facts[app.id] = facts_of(app)
    records = dataclasses.replace(base, applications=(app,))
    calendar = calendars_for(records, [app])[app.id]
    inputs = inputs_for(records, app, calendar, shared_from(facts, base.events))
    return records, view_schedule(schedule(app, inputs), now)


def each_plan(ws: Workspace, now: dt.datetime) -> Iterator[tuple[Application, PlanView]]:
    """Every application in view (not archived) with its plan at ``now``, one at a time, in their order
    (`followup plan`): printed as each is planned, so memory stays flat however many there are. When the
    stored summaries can stand in for the others (as ``plan_of``), each application's records are read
    alone, in one read transaction; otherwise every record is read and history replayed, as ``plans``."""
    if ws.missing:
        return
    with ws.store.read() as session:  # one snapshot; a read never takes the write lock
        if stored_current(session, ws.owner, int(now.timestamp())):
            base = stored.load_base(session, ws.owner)
            # The stored facts are every application's own (derived data of this version), so what the
            # plans share is gathered once.
            shared = shared_from(stored.load_facts(session, ws.owner), base.events)
            for application_id in stored.application_ids(session, ws.owner):
                app = repository.load_application(session, ws.owner, application_id)
                if app is None or app.archived_at is not None:
                    continue
                records = dataclasses.replace(base, applications=(app,))
                calendar = calendars_for(records, [app])[app.id]
                yield app, view_schedule(schedule(app, inputs_for(records, app, calendar, shared)), now)
            return
    records = ws.read()
    known = as_of(records, now)
    shared = shared_facts(known)
    for app, then in zip(records.applications, known.applications, strict=True):
        if app.archived_at is None:
            calendar = calendars_for(records, [app])[app.id]  # as ``plans``: from the records as stored
            yield then, view_schedule(schedule(then, inputs_for(known, then, calendar, shared)), now)


@dataclass(frozen=True)
class Summary:
    application_id: str
    company: str
    position: str
    status: str
    next_move: str
    next_state: str
    when: dt.datetime | None
    archived: bool = False


def summaries(ws: Workspace, now: dt.datetime, *, archived: bool = False) -> list[Summary]:
    """Each application with its status and the move that matters first (`followup list`): the open
    step first in ``core.urgency``'s order, the one `followup today` lists in, among the steps the
    application still asks of you at its status (``agenda.still_asked``); archived ones only with
    ``archived``."""
    records, views = plans(ws, now, archived=archived)
    put_away = {a.id for a in records.applications if a.archived_at is not None}
    result = []
    for view in views:
        candidates = [
            v
            for v in view.steps
            if v.state in STATE_RANK and v.step.action != "KS" and still_asked(view.status, v.step.action)
        ]
        candidates.sort(key=lambda v: _urgency(v, now))
        best = candidates[0] if candidates else None
        when = None
        if best is not None:
            when = best.step.deadline if best.state in ("DUE", "OVERDUE") else best.step.opens
        result.append(
            Summary(
                view.schedule.application_id,
                view.schedule.company,
                view.schedule.position,
                view.status,
                best.step.label if best else "",
                best.state if best else "",
                when,
                view.schedule.application_id in put_away,
            )
        )
    return result


def stored_summaries(
    ws: Workspace, now: dt.datetime, *, archived: bool = False
) -> tuple[list[Summary], int] | None:
    """``summaries`` from the stored periods in one query (any backend), with the number of archived
    applications; None when they cannot answer: made by another version, ``now`` earlier than the last
    recorded event (the planner replays history), or an application without its summary."""
    if ws.missing:
        return None
    with ws.store.read() as session:  # a read never takes the write lock
        if not stored_current(session, ws.owner, int(now.timestamp())):
            return None
        rows, put_away = stored.listed(session, ws.owner, micros(now), archived)
    if any(row[3] is None for row in rows):
        return None
    return [
        Summary(r[0], r[1], r[2], r[3], r[4], r[5], None if r[6] is None else from_micros(r[6]), bool(r[7]))
        for r in rows
    ], put_away


def stored_agenda(ws: Workspace, at: int) -> list[AgendaRow] | None:
    """The stored agenda rows holding ``at`` (epoch seconds), most urgent first, in one query on any
    backend (`followup today` where its ``sqlite3`` path cannot go: a server); None when they cannot
    answer: made by another version, or ``at`` earlier than the last recorded event."""
    if ws.missing:
        return None
    with ws.store.read() as session:  # a read never takes the write lock
        if not stored_current(session, ws.owner, at):
            return None
        return repository.due_agenda(session, ws.owner, at)


def from_micros(value: int) -> dt.datetime:
    return dt.datetime(1970, 1, 1, tzinfo=dt.UTC) + dt.timedelta(microseconds=value)


def _urgency(view: StepView, now: dt.datetime) -> tuple[int, ...]:
    step = view.step
    actionable = view.state in ("DUE", "OVERDUE")
    when = step.deadline or (step.target if actionable else step.opens) or step.opens or now
    return urgency(view.state, step.action, int(when.timestamp()))


def check_action(ws: Workspace, application_id: str, proposal: Proposal, now: dt.datetime) -> Verdict:
    """The guard on ``proposal``, reading this application alone and what the others give its plan from
    their stored summaries (``Workspace.read_scoped``; every record when those cannot stand in)."""
    reading = ws.read_scoped(application_id, proposal.at or now)
    records = reading.records
    app = records.application(application_id)
    if app is None:
        raise NotFound(f"no application {application_id!r}; see `followup list`")
    return check(records, application_id, proposal, calendars_for(records, [app]), now, reading.shared)
