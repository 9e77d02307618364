"""Times for people and for scripts. Standard library only: the fast ``today`` path uses it."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def zone(name: str) -> dt.tzinfo:
    try:
        return ZoneInfo(name) if name else dt.UTC
    except (ZoneInfoNotFoundError, ValueError):
        return dt.UTC


def parse_moment(text: str, tz: dt.tzinfo, field: str = "--now") -> dt.datetime:
    """ISO 8601 date or date-time; without an offset it is read in ``tz`` (the candidate's zone)."""
    value = text.strip()
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00").replace(" ", "T", 1))
    except ValueError:
        from followup.core.errors import InvalidInput

        raise InvalidInput(
            field, "an ISO date or date-time such as 2026-03-02T14:00 or 2026-03-02T14:00-05:00", text
        ) from None
    if not 1970 <= moment.year <= 2200:  # outside this, a typo; and far dates overflow zone arithmetic
        from followup.core.errors import InvalidInput

        raise InvalidInput(field, "a date between the years 1970 and 2200", text)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=tz)
    return moment.astimezone(dt.UTC)


def human(moment: dt.datetime | None, tz: dt.tzinfo, *, end: bool = False) -> str:
    """ "Mon 02 Mar 14:00". An exclusive end at local midnight reads as 23:59 the day before."""
    if moment is None:
        return "-"
    local = moment.astimezone(tz)
    if end and local.time() == dt.time(0):
        local -= dt.timedelta(minutes=1)
    return local.strftime("%a %d %b %H:%M")


def human_day(day: dt.date) -> str:
    return day.strftime("%a %d %b")


def iso(moment: dt.datetime | None, tz: dt.tzinfo) -> str | None:
    return None if moment is None else moment.astimezone(tz).isoformat()
