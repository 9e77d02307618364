"""A schedule as plain data (a "sheet"), and that sheet read at a moment: what `followup plan` shows.

A ``schedule.Schedule`` is independent of now; `plan` reads it at ``--now``. The sheet holds all that
reading needs, in JSON's types only (text, numbers, lists, dicts, null), so it can be stored
(``store.schedules``) and read back by the fast `plan APP` without the planner, its dataclasses or the
holidays package: every moment is UTC ISO 8601 text, a call carries its employer's days off as dates.
``schedule.sheet_of`` makes it; ``read_at`` gives its state at ``now``, which both paths of `plan`
render (``cli.schedules``). Standard library only (``datetime`` and ``zoneinfo``): no dataclasses, enum,
typing or re, each of which costs the fast path milliseconds.

Its shape (``SHEET_KEYS``)::

    {"application", "company", "position",
     "status": [[from, status], ...],                      # in time order
     "notices": [[code, severity, rule, message, from, until or null], ...],
     "severity": {code: "NOTE" | "WARN" | "BLOCK"},        # of every code a phase raises
     "steps": [{"key", "action", "label", "person" (a name or null), "rules", "sources", "reason",
                "channel", "to", "cc" (names), "opens", "target", "due_from", "deadline", "closes",
                "windows": [[state, first day, last day]], "notes",
                "phases": [[from, state, [codes]], ...],
                "call": null or {"zone", "windows": [["09:30:00", "12:00:00"]], "weekend": [5, 6],
                                 "holidays": ["2026-12-25", ...]}}]}
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Protocol

    class Days(Protocol):
        def is_business_day(self, day: dt.date) -> bool: ...

        def bd(self, start: dt.date, n: int) -> dt.date: ...


OPEN = ("ALLOWED", "DUE", "OVERDUE")  # states in which a step may be done (``schedule.OPEN``)
_ONE_DAY = dt.timedelta(days=1)
_MAX_SCAN_DAYS = 3660  # as ``business_days``: a calendar without a business day never loops forever


def moment(text: str) -> dt.datetime:
    """A stored moment (UTC ISO 8601 with its offset) as an aware datetime."""
    return dt.datetime.fromisoformat(text)


def stored_moment(value: dt.datetime | None) -> str | None:
    """An aware datetime as the sheet stores it: UTC, ISO 8601 (microseconds kept)."""
    return None if value is None else value.astimezone(dt.UTC).isoformat()


def next_call_start(
    calendar: Days, local: dt.datetime, windows: tuple[tuple[dt.time, dt.time], ...]
) -> dt.datetime:
    """The first permitted start at or after ``local`` (an aware time in the recipient's zone): the
    first of ``windows`` on a business day of ``calendar`` (H-14, K5). ``call_times`` and the stored
    sheet both use this one function."""
    day = local.date()
    for _ in range(30):
        if calendar.is_business_day(day):
            for start, end in windows:
                opening = dt.datetime.combine(day, start, local.tzinfo)
                closing = dt.datetime.combine(day, end, local.tzinfo)
                if opening >= local:
                    return opening
                if local < closing:
                    return local  # already inside this window
        day = calendar.bd(day, 1)
        local = dt.datetime.combine(day, dt.time(0), local.tzinfo)
    return local


class StoredDays:
    """A business calendar read from a sheet: the weekend's weekday numbers and the dated days off."""

    __slots__ = ("holidays", "weekend")

    def __init__(self, weekend: list[int], holidays: list[str]) -> None:
        self.weekend = frozenset(weekend)
        self.holidays = frozenset(dt.date.fromisoformat(day) for day in holidays)

    def is_business_day(self, day: dt.date) -> bool:
        return day.weekday() not in self.weekend and day not in self.holidays

    def bd(self, start: dt.date, n: int) -> dt.date:
        day, counted = start, 0
        for _ in range(_MAX_SCAN_DAYS):
            if counted >= n:
                return day
            day += _ONE_DAY
            if self.is_business_day(day):
                counted += 1
        raise ValueError("this calendar has no business days")


class StepAt:
    """One step of a sheet at a moment: its state and codes then, and a call's next permitted start."""

    __slots__ = ("call_from", "codes", "state", "step")

    def __init__(
        self, step: dict[str, Any], state: str, codes: list[str], call_from: dt.datetime | None
    ) -> None:
        self.step, self.state, self.codes, self.call_from = step, state, codes, call_from


class SheetAt:
    """A sheet read at ``now``: the application's status, its notices then (code, severity, rule,
    message) and every step."""

    __slots__ = ("notices", "now", "sheet", "status", "steps")

    def __init__(
        self,
        sheet: dict[str, Any],
        now: dt.datetime,
        status: str,
        notices: list[tuple[str, str, str, str]],
        steps: list[StepAt],
    ) -> None:
        self.sheet, self.now, self.status, self.notices, self.steps = sheet, now, status, notices, steps


def read_at(sheet: dict[str, Any], now: dt.datetime) -> SheetAt:
    """``sheet`` at ``now`` (aware), as ``schedule.view_schedule`` reads a schedule."""
    status = sheet["status"][0][1] if sheet["status"] else "open"
    for start, value in sheet["status"]:
        if moment(start) <= now:
            status = value
    notices = [
        (code, severity, rule, message)
        for code, severity, rule, message, start, end in sheet["notices"]
        if moment(start) <= now and (end is None or now < moment(end))
    ]
    steps = []
    for step in sheet["steps"]:
        starts = [moment(start) for start, _, _ in step["phases"]]
        index = 0
        for position, start in enumerate(starts):
            if start <= now:
                index = position
            else:
                break
        _, state, codes = step["phases"][index]
        steps.append(StepAt(step, state, codes, _call_from(step, starts, now)))
    return SheetAt(sheet, now, status, notices, steps)


def _call_from(step: dict[str, Any], starts: list[dt.datetime], now: dt.datetime) -> dt.datetime | None:
    """A call: the first moment from ``now`` on when the step is open and the call may start (H-14, K5),
    in the recipient's zone, as ``schedule.Step.call_from``; None when it is no call or will not be open
    again."""
    call = step["call"]
    if call is None:
        return None
    zone = ZoneInfo(call["zone"])
    windows = tuple((dt.time.fromisoformat(a), dt.time.fromisoformat(b)) for a, b in call["windows"])
    days = StoredDays(call["weekend"], call["holidays"]) if windows else None
    phases = step["phases"]
    for index, (_, state, _) in enumerate(phases):
        end = starts[index + 1] if index + 1 < len(phases) else None
        if state not in OPEN or (end is not None and end <= now):
            continue
        local = max(now, starts[index]).astimezone(zone)
        start = local if days is None else next_call_start(days, local, windows)
        if end is None or start < end:
            return start
    return None
