"""The IANA name of a zone as an invitation writes it: a TZID, and perhaps a VTIMEZONE defining it.

A TZID may be an IANA name, a Windows registry or display name (``windows_zones``), a vendor-prefixed
name ("/mozilla.org/20050126_1/Europe/Berlin") or an invention ("Europe_Berlin", "Customized Time
Zone"). When the file defines the zone, the definition decides the instant, and a name is accepted only
if it agrees with it at that moment; a definition with no usable name is matched to the IANA zone with
the same offsets all year round, trying the candidate's own zone first, then where most interviews
happen, then CLDR's zone for each Windows zone. Any zone with the same offsets that year gives the same
local times, so the choice only decides the name shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from followup.calendars.windows_zones import olson_for_display_name, olson_for_windows_name

__all__ = ["UTC_NAMES", "defined_zone", "is_zone", "names_for"]

UTC_NAMES = frozenset({"UTC", "Etc/UTC", "GMT", "Etc/GMT", "Z", "Zulu", "Etc/Zulu", "UCT", "Etc/UCT"})
# Matched first when only a zone's offsets are known: where most interviews happen.
_COMMON_ZONES = (
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Phoenix",
    "America/Los_Angeles",
    "America/Anchorage",
    "Pacific/Honolulu",
    "America/Toronto",
    "America/Mexico_City",
    "America/Sao_Paulo",
    "Europe/London",
    "Europe/Berlin",
    "Europe/Paris",
    "Europe/Helsinki",
    "Europe/Moscow",
    "Asia/Dubai",
    "Asia/Kolkata",
    "Asia/Singapore",
    "Asia/Shanghai",
    "Asia/Tokyo",
    "Australia/Sydney",
    "Pacific/Auckland",
)


def defined_zone(tzid: str, value: dt.datetime, home_tz: str) -> str | None:
    """The IANA name for a zone the file defines: its own name if that agrees with the definition at
    this moment, else the zone with the same offsets all year round."""
    instant = value.astimezone(dt.UTC)
    for name in names_for(tzid, value.replace(tzinfo=None)):
        if _offset(name, instant) == value.utcoffset():
            return name
    tzinfo = value.tzinfo
    samples = [instant, *(dt.datetime(instant.year, month, 1, 12, tzinfo=dt.UTC) for month in range(1, 13))]
    wanted = [moment.astimezone(tzinfo).utcoffset() for moment in samples]
    for name in _preferred_zones(home_tz):
        if [_offset(name, moment) for moment in samples] == wanted:
            return name
    return None


def names_for(tzid: str, wall: dt.datetime) -> Iterator[str]:
    """IANA names a TZID may stand for, best first."""
    parts = tzid.strip("/").split("/")
    guesses = [
        tzid,
        olson_for_windows_name(tzid),
        olson_for_display_name(tzid, wall),
        tzid.replace("_", "/", 1),  # "America_New_York"
        *("/".join(parts[i:]) for i in range(1, len(parts) - 1)),  # "/mozilla.org/20050126_1/Europe/Berlin"
    ]
    seen: set[str] = set()
    for guess in guesses:
        if guess and guess not in seen and is_zone(guess):
            seen.add(guess)
            yield guess


def _preferred_zones(home_tz: str) -> Iterator[str]:
    yield home_tz
    yield from _COMMON_ZONES
    yield from sorted(set(WINDOWS_TO_OLSON.values()))


def is_zone(name: str) -> bool:
    if not name:
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


def _offset(zone: str, instant: dt.datetime) -> dt.timedelta | None:
    return instant.astimezone(ZoneInfo(zone)).utcoffset()
