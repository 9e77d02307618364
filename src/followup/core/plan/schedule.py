"""The plan's values: steps with their phases, application-level notices, and the plan read at a moment.

``Schedule`` is what the planner computes from the records (independent of now); ``PlanView`` is a
schedule read at one instant: every step with its state and codes then. ``to_data`` gives the stable
JSON shape documented in docs/json-output.md.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from followup.core.codes import Finding, State, finding, severity_of
from followup.core.plan.call_times import CallTimes
from followup.core.plan.sheet import stored_moment
from followup.core.plan.timeline import Phase, state_at
from followup.core.playbook import RULES

OPEN = frozenset({State.ALLOWED, State.DUE, State.OVERDUE})  # states in which a step may be done


@dataclass(frozen=True)
class Step:
    key: str  # unique within the application: "TY:p2", "F1", "RSP:e7"
    action: str  # the §1.9 identifier: DB, TY, TA, TY-FWD, PAPER, LI, FL, F1, F2, F3, CALL, RSP, ...
    label: str  # "TY:Dana Kim"
    phases: tuple[Phase, ...]
    rules: tuple[str, ...]
    reason: str
    person: str = ""  # the person the step is about (id)
    channel: str = ""
    to: tuple[str, ...] = ()
    cc: tuple[str, ...] = ()
    opens: dt.datetime | None = None
    target: dt.datetime | None = None
    due_from: dt.datetime | None = None
    deadline: dt.datetime | None = None  # end of the recommended window
    closes: dt.datetime | None = None  # end of an optional window
    remind_at: dt.datetime | None = None
    notes: tuple[str, ...] = ()  # requirements and facts: "final note (C-19)", "routed via main contact"
    windows: tuple[tuple[str, dt.date, dt.date], ...] = ()  # (state, first day, last day) for display
    call_times: CallTimes | None = None  # a call: when it may start (H-14, K5, E-09)

    def at(self, now: dt.datetime) -> Phase:
        return state_at(self.phases, now)

    def call_from(self, now: dt.datetime) -> dt.datetime | None:
        """A call: the first moment from ``now`` on when the step is open (ALLOWED, DUE or OVERDUE) and
        the call may start (H-14, K5); None when it is no call or will not be open again."""
        if self.call_times is None:
            return None
        for index, phase in enumerate(self.phases):
            end = self.phases[index + 1].start if index + 1 < len(self.phases) else None
            if phase.state not in OPEN or (end is not None and end <= now):
                continue
            moment = self.call_times.next_start(max(now, phase.start))
            if end is None or moment < end:
                return moment
        return None


@dataclass(frozen=True)
class Notice:
    """A code that holds for the whole application during [start, end)."""

    code: str
    rule: str
    message: str
    start: dt.datetime
    end: dt.datetime | None = None

    def active(self, now: dt.datetime) -> bool:
        return self.start <= now and (self.end is None or now < self.end)


@dataclass(frozen=True)
class Schedule:
    application_id: str
    company: str
    position: str
    tz: str
    status: tuple[tuple[dt.datetime, str], ...]  # (from, status) pairs in time order
    steps: tuple[Step, ...] = ()
    notices: tuple[Notice, ...] = ()

    def status_at(self, now: dt.datetime) -> str:
        current = self.status[0][1] if self.status else "open"
        for start, status in self.status:
            if start <= now:
                current = status
        return current

    def step(self, key: str) -> Step | None:
        return next((s for s in self.steps if s.key == key), None)


@dataclass(frozen=True)
class StepView:
    step: Step
    state: str
    codes: tuple[str, ...]
    call_from: dt.datetime | None = None  # a call: the next permitted start (recipient-local)


@dataclass(frozen=True)
class PlanView:
    schedule: Schedule
    now: dt.datetime
    status: str
    steps: tuple[StepView, ...]
    notices: tuple[Finding, ...] = field(default=())

    def view(self, label_or_key: str) -> StepView | None:
        return next((v for v in self.steps if label_or_key in (v.step.label, v.step.key)), None)

    def to_data(self, names: dict[str, str], tz: dt.tzinfo) -> dict[str, Any]:
        return {
            "application": self.schedule.application_id,
            "company": self.schedule.company,
            "position": self.schedule.position,
            "now": iso(self.now, tz),
            "status": self.status,
            "notices": [n.to_data() for n in self.notices],
            "steps": [step_data(v, names, tz) for v in self.steps],
        }


def view_schedule(schedule: Schedule, now: dt.datetime) -> PlanView:
    views = []
    for step in schedule.steps:
        phase = step.at(now)
        views.append(StepView(step, phase.state.value, phase.codes, step.call_from(now)))
    notices = tuple(finding(n.code, n.rule, n.message) for n in schedule.notices if n.active(now))
    return PlanView(schedule, now, schedule.status_at(now), tuple(views), notices)


def iso(moment: dt.datetime | None, tz: dt.tzinfo) -> str | None:
    return moment.astimezone(tz).isoformat() if moment else None


def step_data(view: StepView, names: dict[str, str], tz: dt.tzinfo) -> dict[str, Any]:
    step = view.step
    return {
        "key": step.key,
        "action": step.action,
        "label": step.label,
        "person": names.get(step.person, step.person) if step.person else None,
        "state": view.state,
        "codes": list(view.codes),
        "rules": list(step.rules),
        "sources": {rule: RULES[rule].sources for rule in step.rules if rule in RULES},
        "reason": step.reason,
        "channel": step.channel or None,
        "to": [names.get(p, p) for p in step.to],
        "cc": [names.get(p, p) for p in step.cc],
        "opens": iso(step.opens, tz),
        "target": iso(step.target, tz),
        "due_from": iso(step.due_from, tz),
        "deadline": iso(step.deadline, tz),
        "closes": iso(step.closes, tz),
        "windows": [{"state": s, "from": a.isoformat(), "to": b.isoformat()} for s, a, b in step.windows],
        "call_from": view.call_from.isoformat() if view.call_from else None,
        "call_tz": step.call_times.zone if step.call_times else None,
        "notes": list(step.notes),
        "phases": [
            {
                "from": iso(p.start, tz) if p.start.year > 1970 else None,
                "state": p.state.value,
                "codes": list(p.codes),
            }
            for p in step.phases
        ],
    }


ACTIONABLE = frozenset({State.DUE, State.OVERDUE})


def sheet_of(schedule: Schedule, names: dict[str, str]) -> dict[str, Any]:
    """``schedule`` as plain data (``sheet``): what `followup plan` shows of it at any moment, people by
    their ``names`` (id → name), stored beside the agenda rows so the fast `plan APP` needs no planner."""
    severities: dict[str, str] = {}
    for step in schedule.steps:
        for phase in step.phases:
            severities |= {code: severity_of(code).value for code in phase.codes}
    return {
        "application": schedule.application_id,
        "company": schedule.company,
        "position": schedule.position,
        "status": [[stored_moment(start), status] for start, status in schedule.status],
        "notices": [
            [
                n.code,
                severity_of(n.code).value,
                n.rule,
                n.message,
                stored_moment(n.start),
                stored_moment(n.end),
            ]
            for n in schedule.notices
        ],
        "severity": severities,
        "steps": [_step_sheet(step, names) for step in schedule.steps],
    }


def _step_sheet(step: Step, names: dict[str, str]) -> dict[str, Any]:
    call = step.call_times
    return {
        "key": step.key,
        "action": step.action,
        "label": step.label,
        "person": names.get(step.person, step.person) if step.person else None,
        "rules": list(step.rules),
        "sources": {rule: RULES[rule].sources for rule in step.rules if rule in RULES},
        "reason": step.reason,
        "channel": step.channel,
        "to": [names.get(p, p) for p in step.to],
        "cc": [names.get(p, p) for p in step.cc],
        "opens": stored_moment(step.opens),
        "target": stored_moment(step.target),
        "due_from": stored_moment(step.due_from),
        "deadline": stored_moment(step.deadline),
        "closes": stored_moment(step.closes),
        "windows": [[state, first.isoformat(), last.isoformat()] for state, first, last in step.windows],
        "notes": list(step.notes),
        "phases": [[stored_moment(p.start), p.state.value, list(p.codes)] for p in step.phases],
        "call": None
        if call is None
        else {
            "zone": call.zone,
            "windows": [[start.isoformat(), end.isoformat()] for start, end in call.windows],
            "weekend": sorted(call.calendar.weekend),
            "holidays": sorted(day.isoformat() for day in call.calendar.holidays),
        },
    }
