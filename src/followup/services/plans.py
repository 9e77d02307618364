"""Reading plans: one application's plan, the list of applications with their next move, and checks."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from followup.core.errors import NotFound
from followup.core.guard import Proposal, Verdict, check
from followup.core.model import Records
from followup.core.plan.planner import plan
from followup.core.plan.schedule import PlanView
from followup.services.workspace import Workspace
from followup.workdays import calendars_for

OPTIONAL = frozenset({"LI", "PAPER", "EXC-NEWS", "FB", "FL"})  # offered, never pressing
URGENCY = {"OVERDUE": 0, "DUE": 1, "BLOCKED": 2, "ALLOWED": 3, "ACTIVE": 4, "NOT_YET": 5}


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
    """Each application with its status and its most urgent open step (`followup list`); archived ones
    only with ``archived``."""
    records, views = plans(ws, now, archived=archived)
    put_away = {a.id for a in records.applications if a.archived_at is not None}
    result = []
    for view in views:
        candidates = [v for v in view.steps if v.state in URGENCY and v.step.action != "KS"]
        candidates.sort(
            key=lambda v: (
                URGENCY[v.state],
                v.step.action in OPTIONAL,
                v.step.deadline or v.step.opens or now,
            )
        )
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


def check_action(ws: Workspace, application_id: str, proposal: Proposal, now: dt.datetime) -> Verdict:
    records = ws.read()
    if records.application(application_id) is None:
        raise NotFound(f"no application {application_id!r}; see `followup list`")
    return check(records, application_id, proposal, calendars_for(records), now)
