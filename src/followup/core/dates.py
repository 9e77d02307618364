"""Dates and times as people type them: ISO 8601 read strictly, and an impossible day named as such.

``2026-02-30`` is refused with "30 February 2026 does not exist", not merely "expected an ISO date", so
that a typo reads as one. Every date the user gives (options such as ``--start``, ``--date`` or
``--deadline``, the dates of an import file, the explicit dates in the employer's words) is read or
explained here. Years are kept to 1970–2200: outside them a date is a typo, and arithmetic on the far
ends of the calendar (adding business days to 9999-12-31) overflows.

Pure: standard library only; ``now`` never enters.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from followup.core.errors import InvalidInput

FIRST_YEAR, LAST_YEAR = 1970, 2200
DATE_TEXT = "a date as YYYY-MM-DD, e.g. 2026-03-20"
MOMENT_TEXT = "an ISO date or date-time such as 2026-03-02T14:00 or 2026-03-02T14:00-05:00"
YEARS_TEXT = f"a date between the years {FIRST_YEAR} and {LAST_YEAR}"

MONTH_NAMES = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
# Year, month, day, then optionally hour, minute and second: the numbers an ISO text names, in its
# extended (2026-03-02T14:00) or basic (20260302T1400) form.
_DATE_ALONE = re.compile(r"[0-9]{4}-?[0-9]{2}-?[0-9]{2}")
_SHAPE = re.compile(
    r"\s*([0-9]{4})-?([0-9]{1,2})-?([0-9]{1,2})"
    r"(?:[T ]([0-9]{1,2})(?::?([0-9]{2})(?::?([0-9]{2}))?)?)?"
)


def calendar_problem(text: str) -> str | None:
    """Why ``text``, shaped like an ISO date or date-time, names no real moment: "30 February 2026 does
    not exist", "month 13 does not exist", "hour 25 does not exist". None when the numbers are fine."""
    match = _SHAPE.match(text)
    if match is None:
        return None
    year, month, day = (int(match.group(i)) for i in (1, 2, 3))
    if not 1 <= month <= 12:
        return f"month {month} does not exist"
    last = calendar.monthrange(year, month)[1] if year >= 1 else 31
    if day == 0:
        return "day 0 does not exist"
    if day > last:
        leap = " (not a leap year)" if (month, day) == (2, 29) else ""
        return f"{day} {MONTH_NAMES[month - 1]} {year} does not exist{leap}"
    hour, minute, second = (int(match.group(i) or 0) for i in (4, 5, 6))
    for name, value, top in (("hour", hour, 23), ("minute", minute, 59), ("second", second, 59)):
        if value > top:
            return f"{name} {value} does not exist"
    return None


def refuse_date_text(text: str, field: str, accepted: str) -> InvalidInput:
    """The error for a date text that could not be read: the impossible day by name when there is one."""
    problem = calendar_problem(text)
    if problem is not None:
        return InvalidInput(field, f"a day the calendar has: {problem}", text)
    return InvalidInput(field, accepted, text)


def in_years(day: dt.date) -> bool:
    return FIRST_YEAR <= day.year <= LAST_YEAR


def read_date(text: str, field: str) -> dt.date:
    """``YYYY-MM-DD`` (surrounding spaces ignored) between 1970 and 2200, or ``InvalidInput``."""
    value = text.strip()
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise refuse_date_text(value, field, DATE_TEXT) from None
    if not in_years(day):
        raise InvalidInput(field, YEARS_TEXT, text)
    return day


def read_moment(text: str, field: str, *, with_time: bool = False) -> dt.datetime:
    """An ISO date or date-time, as typed: naive unless it carries an offset (``Z`` included); years
    1970 to 2200. The caller places a naive moment in the zone it means. ``with_time``: a date alone
    is refused (an interview's start at midnight is a time left out, not a time)."""
    value = text.strip()
    if with_time and _DATE_ALONE.fullmatch(value):
        raise InvalidInput(field, f"a date and a time such as {value}T14:00 (a date alone is midnight)", text)
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00").replace(" ", "T", 1))
    except ValueError:
        raise refuse_date_text(value, field, MOMENT_TEXT) from None
    if not in_years(moment):
        raise InvalidInput(field, YEARS_TEXT, text)
    return moment
