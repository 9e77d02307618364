"""Times for people and for scripts. Standard library only: the fast ``today`` path uses it."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def zone(name: str) -> dt.tzinfo:
    try:
        return ZoneInfo(name) if name else dt.UTC
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a directory such as "America"
        return dt.UTC


def parse_moment(text: str, tz: dt.tzinfo, field: str = "--now", *, with_time: bool = False) -> dt.datetime:
    """ISO 8601 date or date-time; without an offset it is read in ``tz`` (the candidate's zone). An
    impossible day is named ("30 February 2026 does not exist"); years 1970 to 2200. ``with_time``
    refuses a date alone (for the start of an interview, a call slot)."""
    from followup.core.dates import LAST_YEAR, YEARS_TEXT, in_years, read_moment
    from followup.core.errors import InvalidInput

    moment = read_moment(text, field, with_time=with_time)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=tz)
    try:
        utc = moment.astimezone(dt.UTC)
    except OverflowError:  # not reached within 1970-2200; kept for a zone with a far offset
        utc = moment.replace(year=LAST_YEAR + 1, tzinfo=dt.UTC)
    if not in_years(utc):  # 2200-12-31T23:00 in New York is 2201 in UTC
        raise InvalidInput(field, YEARS_TEXT + " (in UTC as well)", text)
    return utc


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
