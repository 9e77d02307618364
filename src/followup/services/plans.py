"""Reading plans: one application's plan, the list of applications with their next move, and checks."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from followup.core.errors import NotFound
from followup.core.guard import Proposal, Verdict, check
from followup.core.model import Records
from followup.core.plan.agenda import still_asked
from followup.core.plan.planner import plan
from followup.core.plan.schedule import PlanView, StepView
from followup.core.urgency import STATE_RANK, urgency
from followup.services.workspace import Workspace
from followup.workdays import calendars_for


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


def _urgency(view: StepView, now: dt.datetime) -> tuple[int, ...]:
    step = view.step
    actionable = view.state in ("DUE", "OVERDUE")
    when = step.deadline or (step.target if actionable else step.opens) or step.opens or now
    return urgency(view.state, step.action, int(when.timestamp()))


def check_action(ws: Workspace, application_id: str, proposal: Proposal, now: dt.datetime) -> Verdict:
    records = ws.read()
    if records.application(application_id) is None:
        raise NotFound(f"no application {application_id!r}; see `followup list`")
    return check(records, application_id, proposal, calendars_for(records), now)
