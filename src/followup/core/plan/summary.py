"""One application in brief, stored beside its agenda rows: what `followup list` shows of it at any
moment, and what the other applications' plans read from it.

Both are derived data, computed from the application's records and its schedule whenever it is
replanned (``services.workspace``), so that:

* `followup list` is one query: each application's status and the move that matters first are stored as
  ``Period`` values, ``[starts_at, ends_at)`` in epoch microseconds, each holding what ``list`` would show
  at any moment inside it (the answer changes only where a phase, a status or an urgency's date does);
* a write to one application replans it and the others whose plans depend on it without loading their
  records: ``AppFacts`` holds what the cross-application rules read of one application (its offers for
  E-04, its interview starts for W-PREP, L-01, its accepted offer for L-04), and which of those its own
  plan reads from the others (``reads_offers``, ``reads_starts``). ``dependents`` says whom a change moves.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from followup.core.model import Application, Event, EventType
from followup.core.plan.agenda import FOREVER, still_asked
from followup.core.plan.events import offers_made
from followup.core.plan.schedule import Schedule
from followup.core.urgency import STATE_RANK, urgency

EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
MICROSECOND = dt.timedelta(microseconds=1)
NEVER_US = FOREVER * 1_000_000  # an open-ended period's end, in microseconds


def micros(moment: dt.datetime) -> int:
    """Epoch microseconds: exact for every stored time (events logged at the clock carry microseconds)."""
    return (moment - EPOCH) // MICROSECOND


def from_micros(value: int) -> dt.datetime:
    return EPOCH + dt.timedelta(microseconds=value)


@dataclass(frozen=True)
class AppFacts:
    """What the cross-application rules read of one application, and what its plan reads of the others."""

    application_id: str
    offers: tuple[Event, ...] = ()  # offers it received: competing offers for the others (E-02 → E-04)
    interview_starts: tuple[dt.datetime, ...] = ()  # its live interviews (W-PREP, L-01)
    accepted_at: dt.datetime | None = None  # its first accepted offer: the search ends (L-04)
    reads_offers: bool = False  # a preferred employer with an interview: others' offers reach it (E-04)
    reads_starts: bool = False  # stumbled questions: another application's next interview (W-PREP)
    history_at: int = 0  # the latest moment its records speak of (epoch seconds)


def facts_of(app: Application) -> AppFacts:
    live = tuple(i for i in app.interviews if not i.cancelled)
    accepted = [e.at for e in app.events if e.type is EventType.OFFER_ACCEPTED]
    moments = [e.at for e in app.events]
    for interview in app.interviews:
        debrief = interview.debrief
        moments += [debrief.done_at] if debrief.done_at else []
        moments += [q.answered_at for q in debrief.stumbled_questions if q.answered_at]
    return AppFacts(
        application_id=app.id,
        offers=offers_made(app.events),
        interview_starts=tuple(i.start for i in live),
        accepted_at=min(accepted, default=None),
        reads_offers=app.company.preferred and bool(live),
        reads_starts=any(i.debrief.stumbled_questions for i in live),
        history_at=int(max(moments).timestamp()) if moments else 0,
    )


def accepted_at(facts: Iterable[AppFacts], events: Iterable[Event]) -> dt.datetime | None:
    """When the search ended (L-04): the first accepted offer, in any application or of the whole search."""
    found = [e.at for e in events if e.type is EventType.OFFER_ACCEPTED]
    found += [f.accepted_at for f in facts if f.accepted_at is not None]
    return min(found, default=None)


def dependents(before: AppFacts | None, after: AppFacts | None, others: Iterable[AppFacts]) -> set[str]:
    """The other applications whose plans a change of one application (``before`` → ``after``; None: it
    did not exist, or no longer does) can move. A change of the accepted offer moves every plan (L-04):
    the caller compares ``accepted_at`` over all applications."""
    offers = (before.offers if before else ()) != (after.offers if after else ())
    starts = (before.interview_starts if before else ()) != (after.interview_starts if after else ())
    if not offers and not starts:
        return set()
    one = after or before
    me = one.application_id if one is not None else ""
    return {
        f.application_id
        for f in others
        if f.application_id != me and ((offers and f.reads_offers) or (starts and f.reads_starts))
    }


@dataclass(frozen=True)
class Period:
    """What `followup list` shows of one application from ``starts_at`` until ``ends_at`` (epoch µs)."""

    starts_at: int
    ends_at: int
    status: str
    next_move: str  # the step's label, "" when nothing is left to do
    next_state: str
    next_at: int | None  # its deadline (DUE, OVERDUE) or opening, epoch µs


def periods(schedule: Schedule) -> tuple[Period, ...]:
    """The schedule read by `followup list` at every moment, as periods of one answer each.

    The answer at a moment is the step first in ``core.urgency``'s order among those the application still
    asks of you (``still_asked``), KS left out. It can change only where a status or a phase starts, or
    where the clock passes a step's date (a step with no date is ranked by the moment it is read at), so
    it is read at each of those instants and equal neighbours are merged."""
    instants = {0}
    instants |= {micros(at) for at, _ in schedule.status}
    for step in schedule.steps:
        instants |= {micros(p.start) for p in step.phases}
        for moment in (step.deadline, step.target, step.opens):
            if moment is not None:  # urgency compares whole seconds: a dateless step ties, then follows
                second = int(moment.timestamp()) * 1_000_000
                instants |= {second, second + 1_000_000}
    points = sorted(i for i in instants if i >= 0)
    result: list[Period] = []
    for index, start in enumerate(points):
        end = points[index + 1] if index + 1 < len(points) else NEVER_US
        status, move, state, at = answer_at(schedule, from_micros(start))
        answer = (status, move, state, at)
        if result and _answer(result[-1]) == answer:
            start = result.pop().starts_at
        result.append(Period(start, end, status, move, state, at))
    return tuple(result)


def _answer(period: Period) -> tuple[str, str, str, int | None]:
    return period.status, period.next_move, period.next_state, period.next_at


def answer_at(schedule: Schedule, now: dt.datetime) -> tuple[str, str, str, int | None]:
    """(status, next move's label, its state, its date in µs) as `followup list` shows them at ``now``."""
    status = schedule.status_at(now)
    best: tuple[tuple[int, ...], str, str, dt.datetime | None] | None = None
    for step in schedule.steps:
        state = step.at(now).state.value
        if state not in STATE_RANK or step.action == "KS" or not still_asked(status, step.action):
            continue
        actionable = state in ("DUE", "OVERDUE")
        when = step.deadline or (step.target if actionable else step.opens) or step.opens or now
        key = urgency(state, step.action, int(when.timestamp()))
        if best is None or key < best[0]:
            shown = step.deadline if actionable else step.opens
            best = (key, step.label, state, shown)
    if best is None:
        return status, "", "", None
    return status, best[1], best[2], None if best[3] is None else micros(best[3])


def shared_inputs(
    facts: Mapping[str, AppFacts], events: Iterable[Event]
) -> tuple[
    tuple[tuple[str, Event], ...],
    tuple[tuple[dt.datetime, str], ...],
    dt.datetime | None,
    tuple[Event, ...],
]:
    """(offers, interview starts, accepted at, accomplishments) gathered from every application's facts
    and the events of the whole search: what ``planner.Shared`` holds."""
    events = tuple(events)
    offers = [("", e) for e in events if e.type is EventType.COMPETING_OFFER]
    starts: list[tuple[dt.datetime, str]] = []
    for app_id, f in facts.items():
        offers += [(app_id, e) for e in f.offers]
        starts += [(at, app_id) for at in f.interview_starts]
    return (
        tuple(sorted(offers, key=lambda item: (item[1].at, item[1].id, item[0]))),
        tuple(sorted(starts)),
        accepted_at(facts.values(), events),
        tuple(e for e in events if e.type is EventType.ACCOMPLISHMENT),
    )
