"""The stored form of a plan: one row per (step, actionable phase), so "what is due now" is one query.

A plan is computed whenever records change (``planner.schedule``); its steps' DUE and OVERDUE phases
are flattened into ``AgendaRow`` values and stored. ``followup today`` then reads the rows whose
``[starts_at, ends_at)`` interval contains now, without importing the planner, SQLAlchemy or holidays.
Times are whole seconds since the Unix epoch (UTC); ``ends_at`` of an open-ended phase is ``FOREVER``.

Two things are decided here, once, so that reading the rows later needs no planner:

* when an OVERDUE row goes stale (``stale_at``): the end of the 10th business day after its deadline on
  the employer's calendar, in the plan's zone. A stale step is still recommended (§1.6), but ``today``
  summarises stale rows per application instead of listing them;
* what an application in a final state (rejected, withdrawn, closed without response, offer accepted)
  still asks of you: only its own answers to the employer (RSP, RJ, FB). Its other steps, the learning
  items and the search (ANSWER-n, KS: L-01, L-03, L-04) stay in its plan but leave the agenda, because
  they belong to the search as a whole, not to this application's list of things to do.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from followup.core.plan.business_days import BusinessCalendar
from followup.core.plan.schedule import Schedule, Step

# What the stored rows mean: raise it whenever ``rows_for``, ``core.plan.summary`` or ``core.plan.sheet``
# changes what it stores (2: stale_at, and closed applications keep only their own answers; 3: the
# summaries and `list`'s periods are stored too; 4: each schedule as a sheet, for `plan APP`; 5: an
# auto-reply's return date holds follow-ups to that person, N-AWAY). A store
# whose rows have another version is replanned by its next write, and until then `followup today`,
# `list` and `plan APP` ask the planner instead of trusting them.
AGENDA_VERSION = "5"
FOREVER = 253402300799  # 9999-12-31 23:59:59 UTC: an index-friendly "never ends"
ACTIONABLE = ("DUE", "OVERDUE")
STALE_AFTER_BUSINESS_DAYS = 10
FINAL_STATUSES = frozenset({"rejected", "withdrawn", "closed_no_response", "accepted"})
OWN_AFTER_CLOSE = frozenset({"RSP", "RJ", "FB"})  # the answers a closed application may still owe


@dataclass(frozen=True)
class AgendaRow:
    application_id: str
    step_key: str  # e.g. "TY:p2", unique within the application
    label: str  # e.g. "TY:Dana Kim"
    company: str
    position: str
    state: str  # DUE or OVERDUE
    starts_at: int
    ends_at: int
    target_at: int | None  # when the step is best done (epoch seconds), if it has a target
    deadline_at: int | None  # end of the recommended window, for ordering by urgency
    channel: str
    recipients: str  # display names, comma-separated
    codes: str  # space-separated codes of this phase
    rules: str  # space-separated rule IDs
    reason: str  # one line in plain words
    stale_at: int | None = None  # from here an OVERDUE step is long past its window (summarised by today)


def epoch(moment: dt.datetime | None) -> int | None:
    return None if moment is None else int(moment.timestamp())


def rows_for(schedule: Schedule, names: Mapping[str, str], *, calendar: BusinessCalendar) -> list[AgendaRow]:
    """The DUE and OVERDUE phases of every step of ``schedule``, as rows to store. ``calendar`` is the
    employer's business-day calendar the schedule was planned on (``PlanInputs.calendar``)."""
    zone = ZoneInfo(schedule.tz) if schedule.tz else dt.UTC
    closed = list(final_periods(schedule))
    rows = []
    for step in schedule.steps:
        for index, phase in enumerate(step.phases):
            if phase.state.value not in ACTIONABLE:
                continue
            following = step.phases[index + 1].start if index + 1 < len(step.phases) else None
            start = int(phase.start.timestamp())
            end = FOREVER if following is None else int(following.timestamp())
            stale = None
            if phase.state.value == "OVERDUE":
                stale = stale_at(step.deadline or phase.start, zone, calendar)
            periods = [(start, end)] if step.action in OWN_AFTER_CLOSE else without(start, end, closed)
            rows += [
                AgendaRow(
                    application_id=schedule.application_id,
                    step_key=step.key,
                    label=step.label,
                    company=schedule.company,
                    position=schedule.position,
                    state=phase.state.value,
                    starts_at=first,
                    ends_at=last,
                    target_at=epoch(step.target),
                    deadline_at=epoch(step.deadline),
                    channel=step.channel,
                    recipients=recipients(step, names),
                    codes=" ".join(phase.codes),
                    rules=" ".join(step.rules),
                    reason=step.reason,
                    stale_at=stale,
                )
                for first, last in periods
            ]
    return rows


def still_asked(status: str, action: str) -> bool:
    """Whether a step of this action is still on your list while the application has this status."""
    return status not in FINAL_STATUSES or action in OWN_AFTER_CLOSE


def recipients(step: Step, names: Mapping[str, str]) -> str:
    return ", ".join(names.get(p, p) for p in step.to)


def stale_at(deadline: dt.datetime, zone: dt.tzinfo, calendar: BusinessCalendar) -> int:
    """The end of bd(deadline's day, 10) in ``zone``. A deadline at local midnight is the exclusive end
    of the day before (a window "A – B" includes all of B, §1.3), so that day is the one counted from."""
    day = (deadline - dt.timedelta(seconds=1)).astimezone(zone).date()
    last = calendar.bd(day, STALE_AFTER_BUSINESS_DAYS)
    return int(dt.datetime.combine(last + dt.timedelta(days=1), dt.time(0), zone).timestamp())


def final_periods(schedule: Schedule) -> Iterator[tuple[int, int]]:
    """The ``[from, to)`` epoch intervals during which the application is in a final state."""
    status = sorted(schedule.status, key=lambda item: item[0])
    for index, (start, value) in enumerate(status):
        if value in FINAL_STATUSES:
            end = status[index + 1][0] if index + 1 < len(status) else None
            yield int(start.timestamp()), FOREVER if end is None else int(end.timestamp())


def without(start: int, end: int, periods: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``[start, end)`` minus ``periods`` (sorted, not overlapping): the parts left, in order."""
    parts = []
    for cut_from, cut_to in periods:
        if cut_to <= start or cut_from >= end:
            continue
        if cut_from > start:
            parts.append((start, cut_from))
        start = max(start, cut_to)
        if start >= end:
            return parts
    return [*parts, (start, end)] if start < end else parts
