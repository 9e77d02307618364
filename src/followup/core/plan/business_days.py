"""Business-day arithmetic of PLAYBOOK §1.2–§1.3 on a calendar handed in as data.

The core never asks a holiday library itself: the shell builds a ``BusinessCalendar`` from the
``holidays`` package for the employer's country and subdivision (plus the user's extra closures) and
passes it in, so the planner stays pure and the same calendar gives the same plan.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

_ONE_DAY = dt.timedelta(days=1)
# A guard against a calendar without any business day (a misconfigured weekend): bd() would loop forever.
_MAX_SCAN_DAYS = 3660


@dataclass(frozen=True)
class BusinessCalendar:
    """Days off: the weekend (weekday numbers, Monday = 0) and dated holidays and closures."""

    name: str = "weekdays"
    holidays: frozenset[dt.date] = frozenset()
    weekend: frozenset[int] = frozenset({5, 6})

    def is_business_day(self, day: dt.date) -> bool:
        return day.weekday() not in self.weekend and day not in self.holidays

    def bd(self, start: dt.date, n: int) -> dt.date:
        """The n-th business day strictly after ``start`` (``start`` itself is day 0, §1.3)."""
        if n < 0:
            raise ValueError("n must be 0 or more")
        day, counted, scanned = start, 0, 0
        while counted < n:
            day += _ONE_DAY
            scanned += 1
            if scanned > _MAX_SCAN_DAYS:
                raise ValueError(f"calendar {self.name!r} has no business days")
            if self.is_business_day(day):
                counted += 1
        return day

    def bd_prev(self, day: dt.date) -> dt.date:
        """The last business day strictly before ``day``."""
        for _ in range(_MAX_SCAN_DAYS):
            day -= _ONE_DAY
            if self.is_business_day(day):
                return day
        raise ValueError(f"calendar {self.name!r} has no business days")

    def next_business_day(self, day: dt.date) -> dt.date:
        """``day`` itself when it is a business day, else the next one."""
        return day if self.is_business_day(day) else self.bd(day, 1)

    def with_closures(self, closures: frozenset[dt.date]) -> BusinessCalendar:
        return BusinessCalendar(self.name, self.holidays | closures, self.weekend)
