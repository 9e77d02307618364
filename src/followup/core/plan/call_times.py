"""When a phone call may start: the recipient's business days and time-of-day windows (H-14, K5).

One place for both the planner (which shows the next permitted calling time beside a call step) and the
guard (which answers W-CALLTIME with the next permitted start), so the plan never proposes a moment the
guard then blocks. Times are the recipient's wall-clock time; business days are the employer's calendar.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from followup.core.plan.business_days import BusinessCalendar
from followup.core.plan.sheet import next_call_start  # one function for the planner and the stored sheet

Windows = tuple[tuple[dt.time, dt.time], ...]

# H-14 [D]: an unsolicited call starts 09:30–11:59 or 14:00–15:59 recipient-local (not first thing in the
# morning, not straight after lunch, not close to quitting time).
CALL_WINDOWS: Windows = ((dt.time(9, 30), dt.time(12, 0)), (dt.time(14, 0), dt.time(16, 0)))
# K5 (E-01, E-02, E-08): returning the employer's call may start 09:00–16:59 recipient-local.
CALL_BACK_WINDOWS: Windows = ((dt.time(9, 0), dt.time(17, 0)),)


def inside(moment: dt.time, windows: Windows) -> bool:
    return any(start <= moment < end for start, end in windows)


@dataclass(frozen=True)
class CallTimes:
    """The moments a call may start: ``windows`` on business days of ``calendar`` in zone ``zone``; no
    windows means any moment of the step's own window (an agreed slot, E-09, overrides H-14)."""

    zone: str
    windows: Windows
    calendar: BusinessCalendar

    @property
    def tzinfo(self) -> ZoneInfo:
        return ZoneInfo(self.zone)

    def permits(self, moment: dt.datetime) -> bool:
        if not self.windows:
            return True
        local = moment.astimezone(self.tzinfo)
        return self.calendar.is_business_day(local.date()) and inside(local.time(), self.windows)

    def next_start(self, moment: dt.datetime) -> dt.datetime:
        """The first permitted start at or after ``moment`` (aware), in the recipient's zone."""
        if not self.windows:
            return moment.astimezone(self.tzinfo)
        return next_call_start(self.calendar, moment.astimezone(self.tzinfo), self.windows)


def describe(windows: Windows) -> str:
    """The windows in words: "09:30–11:59 or 14:00–15:59" (each end is exclusive)."""
    day = dt.date(2000, 1, 1)
    parts = []
    for start, end in windows:
        last = dt.datetime.combine(day, end) - dt.timedelta(minutes=1)
        parts.append(f"{start:%H:%M}–{last:%H:%M}")
    return " or ".join(parts)
