"""The planner: records, settings, holiday calendars and now in; the dated, rule-cited plan out.

``schedule`` computes one application's whole plan (every step with its phases over time) from its
records; it does not look at a clock. ``plan`` reads schedules at an instant, after dropping whatever
the records say happened later than that instant, so ``--now`` in the past replays history faithfully
and the same records, settings and now always give the same plan.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from followup.core.codes import State
from followup.core.model import Application, Event, EventType, InboundKind, Interview, Records
from followup.core.plan.business_days import BusinessCalendar
from followup.core.plan.day_of import (
    close_of_interview_notices,
    debrief_steps,
    linkedin_steps,
    paper_steps,
    thank_you_steps,
)
from followup.core.plan.events import (
    exception_steps,
    keep_searching_step,
    preparation_notices,
    rejection_steps,
    response_steps,
)
from followup.core.plan.facts import Facts, PlanInputs
from followup.core.plan.schedule import Notice, PlanView, Schedule, Step, view_schedule
from followup.core.plan.status import (
    agreed_call_steps,
    followup_steps,
    formal_letter_steps,
    moving_on_at,
    status_notices,
)
from followup.core.plan.summary import AppFacts, facts_of, shared_inputs
from followup.core.plan.timeline import BEGINNING, cut
from followup.core.settings import resolve

OUTCOME_STATUS = {
    InboundKind.INVITATION: "invited",
    InboundKind.OFFER: "offer",
    InboundKind.REJECTION: "rejected",
}


def schedule(app: Application, inputs: PlanInputs) -> Schedule:
    """Every step of one application's plan with its phases; independent of the current time.

    Each interview round has its own plan (a new round restarts the playbook, E-01); an earlier round's
    steps close when the next round starts, except the learning items (ANSWER-n, L-01, L-03) and the
    search (KS), which run on.
    """
    rounds = sorted((i for i in app.interviews if not i.cancelled), key=lambda i: i.start)
    if not rounds:
        empty = "cancelled" if app.interviews else "open"
        return Schedule(
            app.id,
            app.company.name,
            app.position,
            app.company.tz or inputs.profile.tz,
            ((BEGINNING, empty),),
        )
    steps: list[Step] = []
    notices: list[Notice] = []
    status: list[tuple[dt.datetime, str]] = []
    for index, interview in enumerate(rounds):
        following = rounds[index + 1] if index + 1 < len(rounds) else None
        f = Facts(app, inputs, interview, until=following.start if following else None)
        round_steps, round_notices = round_plan(f, first=index == 0)
        round_status = list(_status(f, moving_on_at(f)))
        if following is not None:
            start, end = following.start, following.end or following.start
            round_steps = [_earlier_round(step, interview.round, start) for step in round_steps]
            round_notices = [_clip(n, end if n.code == "N-PREP" else start) for n in round_notices]
            round_status = [(at, value) for at, value in round_status if at < start]
        if index > 0:
            round_status[0] = (interview.start, "scheduled")
        steps += round_steps
        notices += round_notices
        status += round_status
    return Schedule(
        application_id=app.id,
        company=app.company.name,
        position=app.position,
        tz=Facts(app, inputs, rounds[-1]).zone.key,
        status=tuple(sorted(status, key=lambda item: item[0])),
        steps=tuple(steps),
        notices=tuple(notices),
    )


def round_plan(f: Facts, *, first: bool) -> tuple[list[Step], list[Notice]]:
    """One interview round's steps and notices."""
    moving_on = moving_on_at(f)
    steps: list[Step] = [*debrief_steps(f), *thank_you_steps(f), *paper_steps(f), *linkedin_steps(f)]
    steps += formal_letter_steps(f, moving_on)
    steps += followup_steps(f, moving_on)
    steps += agreed_call_steps(f)
    steps += response_steps(f)
    rejection, rejection_notices = rejection_steps(f)
    steps += rejection
    steps += exception_steps(f)
    if first:
        steps.append(keep_searching_step(f))
    notices: list[Notice] = close_of_interview_notices(f) + status_notices(f, moving_on) + rejection_notices
    notices += preparation_notices(f)
    steps = _skipped(f, steps)
    final = _final_at(f, moving_on)
    if final is not None:  # I-01: nothing left to learn about the timeline once the application is over
        notices = [n if n.code != "W-NO-TIMELINE" else _clip(n, final) for n in notices]
    return steps, notices


def _final_at(f: Facts, moving_on: dt.datetime | None) -> dt.datetime | None:
    """When the application reached a final state: rejected, withdrawn, offer accepted, or closed with no
    response (E-10). An offer or an invitation to another round is not final."""
    ends = [
        e.at
        for e in f.events
        if (e.type is EventType.INBOUND and e.kind == InboundKind.REJECTION)
        or e.type in (EventType.WITHDRAWAL, EventType.OFFER_ACCEPTED)
    ]
    if moving_on is not None:
        ends.append(moving_on)
    return min(ends, default=None)


RUNS_ON = frozenset({"ANSWER", "KS"})  # learning and searching outlive a round (L-01, L-03, L-04)


def _earlier_round(step: Step, number: int, next_start: dt.datetime) -> Step:
    """An earlier round's step: its own key and label, closed once the next round starts."""
    phases = step.phases
    if step.action not in RUNS_ON and step.at(next_start).state not in (
        State.DONE,
        State.CANCELLED,
        State.NA,
    ):
        phases = cut(phases, next_start, State.CLOSED)
    prefix = f"R{number}:"
    return dataclasses.replace(step, key=prefix + step.key, label=prefix + step.label, phases=phases)


def _clip(notice: Notice, end: dt.datetime) -> Notice:
    return notice if notice.end is not None and notice.end <= end else dataclasses.replace(notice, end=end)


def _skipped(f: Facts, steps: list[Step]) -> list[Step]:
    """The user chose not to do a step: CLOSED from then on (A-09 keeps W-SKIP-FOLLOWUP on a skipped F1)."""
    skips = {e.kind: e.at for e in f.of_type(EventType.SKIP)}
    result = []
    for step in steps:
        at = skips.get(step.key) or skips.get(step.label)
        if at is not None and step.at(at).state not in (State.DONE, State.CANCELLED):
            codes = ("W-SKIP-FOLLOWUP",) if step.action == "F1" and f.outcome is None else ()
            step = dataclasses.replace(
                step, phases=cut(step.phases, at, State.CLOSED, codes), notes=(*step.notes, "skipped by you")
            )
        result.append(step)
    return result


def _status(f: Facts, moving_on: dt.datetime | None) -> tuple[tuple[dt.datetime, str], ...]:
    """scheduled → waiting → an outcome (A-10: never `rejected` without a rejection) or E-10's close."""
    status: list[tuple[dt.datetime, str]] = [(BEGINNING, "scheduled"), (f.end, "waiting")]
    for event in f.events:
        if event.type is EventType.INBOUND and event.kind in OUTCOME_STATUS:
            status.append((event.at, OUTCOME_STATUS[InboundKind(event.kind)]))
        elif event.type is EventType.WITHDRAWAL:
            status.append((event.at, "withdrawn"))
        elif event.type is EventType.OFFER_ACCEPTED:
            status.append((event.at, "accepted"))
    if moving_on is not None:
        status.append((moving_on, "closed_no_response"))
    return tuple(sorted(status, key=lambda item: item[0]))


def as_of(records: Records, now: dt.datetime) -> Records:
    """The records as they stood at ``now``: later events, debriefs and answers are not known yet."""

    def interview_then(interview: Interview) -> Interview:
        debrief = interview.debrief
        if debrief.done_at is not None and debrief.done_at > now:
            debrief = dataclasses.replace(debrief, done_at=None)
        answers = tuple(
            q if q.answered_at is None or q.answered_at <= now else dataclasses.replace(q, answered_at=None)
            for q in debrief.stumbled_questions
        )
        return dataclasses.replace(
            interview, debrief=dataclasses.replace(debrief, stumbled_questions=answers)
        )

    apps = tuple(
        dataclasses.replace(
            app,
            events=tuple(e for e in app.events if e.at <= now),
            interviews=tuple(interview_then(i) for i in app.interviews),
        )
        for app in records.applications
    )
    return dataclasses.replace(
        records, applications=apps, events=tuple(e for e in records.events if e.at <= now)
    )


@dataclass(frozen=True)
class Shared:
    """What every application's plan reads from the others, gathered once (see ``inputs_for``)."""

    offers: tuple[tuple[str, Event], ...]  # (application id, offer); "" for offers from outside (E-04)
    interview_starts: tuple[tuple[dt.datetime, str], ...]
    accepted_at: dt.datetime | None
    accomplishments: tuple[Event, ...]


def shared_facts(records: Records) -> Shared:
    return shared_from({app.id: facts_of(app) for app in records.applications}, records.events)


def shared_from(facts: Mapping[str, AppFacts], events: tuple[Event, ...]) -> Shared:
    """What the plans read of the others, from each application's facts (stored with its summary, so a
    write to one application needs no other application's records) and the events of the whole search."""
    return Shared(*shared_inputs(facts, events))


def inputs_for(
    records: Records, app: Application, calendar: BusinessCalendar, shared: Shared | None = None
) -> PlanInputs:
    """What planning ``app`` needs from the rest of the records (E-02 → E-04, L-01 W-PREP, L-04).
    Pass ``shared`` (``shared_facts(records)``) when planning many applications."""
    shared = shared or shared_facts(records)
    return PlanInputs(
        profile=records.profile,
        settings=resolve(records.settings, app.settings),
        calendar=calendar.with_closures(frozenset(app.company.extra_closures)),
        competing_offers=tuple(offer for owner, offer in shared.offers if owner != app.id),
        accomplishments=shared.accomplishments,
        interview_starts=shared.interview_starts,
        application_id=app.id,
        offer_accepted_at=shared.accepted_at,
    )


def schedules(records: Records, calendars: Mapping[str, BusinessCalendar]) -> list[Schedule]:
    """Schedules of every application, computed from all the records (what the store keeps)."""
    shared = shared_facts(records)
    return [
        schedule(app, inputs_for(records, app, calendars.get(app.id, BusinessCalendar()), shared))
        for app in records.applications
    ]


def plan(records: Records, calendars: Mapping[str, BusinessCalendar], now: dt.datetime) -> list[PlanView]:
    """Every application's plan read at ``now`` (aware), knowing only what had happened by then."""
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    known = as_of(records, now)
    return [view_schedule(s, now) for s in schedules(known, calendars)]


ACTIONABLE_STATES = frozenset({State.DUE, State.OVERDUE})
