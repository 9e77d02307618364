"""Where an invitation's times were meant: the instant in UTC, the IANA zone, and what was guessed.

``FileZones`` is built for one file from its own VTIMEZONE components, and knows nothing of any file
read before it. icalendar (and dateutil under it) keep a process-wide cache of zones by TZID: once one
file has defined "Customized Time Zone", a later file's different definition of the same TZID would get
the first file's rules. So the times icalendar attaches are never used for their offsets: only their wall
time is read, and placed here with this file's own definitions.

How a DTSTART or DTEND is placed:

* A UTC time keeps its instant and is shown in the calendar's X-WR-TIMEZONE or the candidate's zone.
* A floating time (no zone at all) is read in the candidate's zone, and the user is told.
* A TZID that names a zone wins: an IANA name, a Windows registry name ("W. Europe Standard Time", per
  CLDR), a Windows display name ("(UTC+07:00) Bangkok, Hanoi, Jakarta", see ``windows_zones``), or a
  vendor-prefixed or underscored IANA name. The time is the wall time in that zone, even when the file's
  VTIMEZONE for it says otherwise: Outlook writes VTIMEZONE blocks with wrong or missing rules (one that
  says UTC+00:00 for "New Zealand Standard Time" puts an interview 13 hours off), and old exports carry
  rules that have since changed. When the definition disagrees, the user is told.
* A TZID that names nothing ("Customized Time Zone", "Western/Central Europe") is placed by the file's
  definition, which gives the instant but not the place. The zone shown is one with the same offsets all
  year that the file names (the definition's X-LIC-LOCATION, the calendar's X-WR-TIMEZONE, another TZID)
  or the candidate's own zone; if none has them, only the offset is known, and the time is shown in the
  candidate's zone. Either way the user is told. No zone the file and the profile leave unmentioned is
  ever chosen.

TZIDs are compared after trimming spaces and quotes, joining runs of spaces and unescaping ``\\,``, so
``TZID="Eastern Standard Time "`` finds its VTIMEZONE. A time outside the years ``YEARS`` is refused
before any arithmetic, since a year-1 or year-9999 date in a zone overflows Python's datetime.

``screen_timezones`` runs before icalendar sees the text: icalendar builds every VTIMEZONE it parses,
and dateutil walks an observance's RRULE from its DTSTART (often 1601) to the date asked, so a rule that
repeats every second, minute, hour or day would take hours. A zone changes its offset a few times a
year; a VTIMEZONE whose rules repeat more often than monthly, or expand to more than 60 dates a year,
is taken out of the text and counts as broken.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import Component, Timezone

from followup.calendars.windows_zones import olson_for_display_name, olson_for_windows_name
from followup.core.errors import InvalidInput

__all__ = ["UTC_NAMES", "YEARS", "FileZones", "Placed", "is_zone", "names_for", "screen_timezones"]

UTC_NAMES = frozenset({"UTC", "Etc/UTC", "GMT", "Etc/GMT", "Z", "Zulu", "Etc/Zulu", "UCT", "Etc/UCT"})
YEARS = (1970, 2099)  # an interview's date, as written: earlier or later is a broken or hostile file
_VTIMEZONE = re.compile(
    r"^BEGIN:VTIMEZONE\r?$.*?^END:VTIMEZONE\r?$\n?", re.IGNORECASE | re.MULTILINE | re.DOTALL
)
_FOLD = re.compile(r"\r?\n[ \t]")
_LISTS = ("BYMONTH", "BYDAY", "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYHOUR", "BYMINUTE", "BYSECOND")


def screen_timezones(text: str) -> tuple[str, dict[str, str]]:
    """The calendar text without VTIMEZONEs too costly to build, and why each was left out (by its
    TZID, folded as ``FileZones`` compares them)."""
    broken: dict[str, str] = {}

    def screen(match: re.Match[str]) -> str:
        block = _FOLD.sub("", match.group(0))
        problem = _costly(block)
        if problem is None:
            return match.group(0)
        tzid = re.search(r"^TZID[^:\r\n]*:(.*?)\r?$", block, re.MULTILINE)
        broken[_clean(tzid.group(1) if tzid else "").casefold()] = problem
        return ""

    return _VTIMEZONE.sub(screen, text), broken


def _costly(block: str) -> str | None:
    for rule in re.findall(r"^RRULE[^:\r\n]*:(.*?)\r?$", block, re.MULTILINE | re.IGNORECASE):
        parts = dict(part.partition("=")[::2] for part in rule.upper().split(";"))
        frequency = parts.get("FREQ", "").strip()
        if frequency not in ("YEARLY", "MONTHLY"):
            repeats = f"repeats {frequency[:20].lower()}" if frequency else "has no FREQ"
            return f"its RRULE {repeats}; a zone changes its offset a few times a year"
        dates = 1
        for name in _LISTS:
            dates *= len(parts[name].split(",")) if name in parts else 1
        if dates > 60:  # Lotus Notes writes BYHOUR=2;BYMINUTE=0: one date each
            return "its RRULE gives more dates a year than any zone changes its offset"
    return None


@dataclass(frozen=True)
class Placed:
    instant: dt.datetime  # aware, UTC
    zone: str  # the IANA zone the time was meant in
    note: str = ""  # what the user should know: a zone guessed, or a definition overruled


class FileZones:
    """The zones of one file: its VTIMEZONE definitions, the zones it names, and the candidate's."""

    def __init__(
        self,
        components: list[Component],
        source: str,
        home_tz: str,
        calendar_tz: str,
        screened: dict[str, str] | None = None,
    ) -> None:
        self.source = source
        self._screened = screened or {}  # VTIMEZONEs taken out by ``screen_timezones``, with the reason
        self.home_tz = home_tz
        self.calendar_tz = calendar_tz if is_zone(calendar_tz) else ""
        self._definitions: dict[str, Timezone] = {}
        self._built: dict[str, dt.tzinfo] = {}
        self._named: list[str] = []  # IANA zones the file names, in file order
        for component in components:
            for timezone in component.walk("VTIMEZONE"):
                if not isinstance(timezone, Timezone):
                    continue
                tzid = _clean(str(timezone.get("TZID", "")))
                self._definitions.setdefault(tzid.casefold(), timezone)
                location = _clean(str(timezone.get("X-LIC-LOCATION", "")))
                self._named += [location] if is_zone(location) else []
                self._named += list(names_for(tzid))

    def place(self, prop: Any, field: str) -> Placed:
        """The instant and zone of a DTSTART or DTEND property (``field`` names it in messages)."""
        value: dt.datetime = prop.dt
        wall = value.replace(tzinfo=None)
        if not YEARS[0] <= wall.year <= YEARS[1]:
            raise InvalidInput(
                f"{self.source}, {field}",
                f"a date in the years {YEARS[0]} to {YEARS[1]}",
                f"{wall:%Y-%m-%d %H:%M}".lstrip("0"),
            )
        tzid = _clean(str(prop.params.get("TZID", "")))
        key = getattr(value.tzinfo, "key", None)
        if not tzid and (value.tzinfo is dt.UTC or key in UTC_NAMES):
            # A UTC time says nothing of where it was meant.
            return Placed(value.astimezone(dt.UTC), self.calendar_tz or self.home_tz)
        if not tzid and value.tzinfo is None:
            note = f"the file gives no time zone: its times were read in your zone, {self.home_tz}"
            return Placed(_instant(wall, ZoneInfo(self.home_tz)), self.home_tz, note)
        tzid = tzid or str(key or value.tzinfo)
        named = next(names_for(tzid, wall), None)
        if named in UTC_NAMES:
            return Placed(wall.replace(tzinfo=dt.UTC), self.calendar_tz or self.home_tz)
        defined = self._definition(tzid, broken_ok=named is not None)
        if named is not None:
            return self._by_name(wall, tzid, named, defined)
        if defined is not None:
            return self._by_definition(wall, tzid, defined)
        if tzid.casefold() in self._screened:
            problem = self._screened[tzid.casefold()]
            raise InvalidInput(
                self.source,
                f"a readable time zone definition; its VTIMEZONE {tzid[:60]!r} is broken ({problem})",
            )
        raise InvalidInput(
            self.source,
            f"a time zone followup knows; {tzid[:60]!r} is neither an IANA nor a Windows zone name, "
            "and no VTIMEZONE in the file defines it",
        )

    def _by_name(self, wall: dt.datetime, tzid: str, named: str, defined: dt.tzinfo | None) -> Placed:
        instant = _instant(wall, ZoneInfo(named))
        if defined is None:
            return Placed(instant, named)
        says, is_ = _offset_at(wall, defined), _offset_at(wall, ZoneInfo(named))
        if says == is_:
            return Placed(instant, named)
        note = (
            f"the file's VTIMEZONE for {tzid[:60]!r} says UTC{_hours(says)} on {wall:%d %b %Y}, but that "
            f"zone is {named}, UTC{_hours(is_)}: the time was read in {named}"
        )
        return Placed(instant, named, note)

    def _by_definition(self, wall: dt.datetime, tzid: str, defined: dt.tzinfo) -> Placed:
        instant = _instant(wall, defined)
        offset = _offset_at(wall, defined)
        for zone, why in self._candidates():
            if _same_offsets_all_year(zone, defined, instant):
                note = (
                    f"the file names its zone only {tzid[:60]!r}; {zone} ({why}) has its offsets all year, "
                    f"so the time is shown there"
                )
                return Placed(instant, zone, note)
        note = (
            f"only the offset of the file's zone {tzid[:60]!r} is known (UTC{_hours(offset)} on "
            f"{wall:%d %b %Y}), not where it is: the time is right, and shown in your zone, {self.home_tz}"
        )
        return Placed(instant, self.home_tz, note)

    def _candidates(self) -> Iterator[tuple[str, str]]:
        for zone in self._named:
            yield zone, "named in the file"
        if self.calendar_tz:
            yield self.calendar_tz, "the calendar's X-WR-TIMEZONE"
        yield self.home_tz, "your profile's zone"

    def _definition(self, tzid: str, *, broken_ok: bool) -> dt.tzinfo | None:
        """This file's own VTIMEZONE for ``tzid`` as a tzinfo, built afresh (never icalendar's cache).
        A broken one is refused, or, with ``broken_ok`` (the TZID names a zone), ignored."""
        folded = tzid.casefold()
        if folded in self._built:
            return self._built[folded]
        component = self._definitions.get(folded)
        if component is None:
            return None
        try:
            built: dt.tzinfo = component.to_tz(lookup_tzid=False)
            _offset_at(dt.datetime(2000, 1, 1), built)
        except Exception as error:  # dateutil raises many kinds on broken definitions
            if broken_ok:
                return None
            problem = " ".join(str(error).split())[:120] or type(error).__name__
            shown = tzid[:60]
            raise InvalidInput(
                self.source, f"a readable time zone definition; its VTIMEZONE {shown!r} is broken ({problem})"
            ) from error
        self._built[folded] = built
        return built


def names_for(tzid: str, wall: dt.datetime | None = None) -> Iterator[str]:
    """IANA names a TZID may stand for, best first."""
    tzid = _clean(tzid)
    parts = tzid.strip("/").split("/")
    guesses = [
        tzid,
        olson_for_windows_name(tzid),
        olson_for_display_name(tzid, wall or dt.datetime(2000, 1, 15, 12)),
        tzid.replace("_", "/", 1),  # "America_New_York"
        *("/".join(parts[i:]) for i in range(1, len(parts) - 1)),  # "/mozilla.org/20050126_1/Europe/Berlin"
    ]
    seen: set[str] = set()
    for guess in guesses:
        if guess and guess not in seen and is_zone(guess):
            seen.add(guess)
            yield guess


def is_zone(name: str) -> bool:
    if not name or len(name) > 100:
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


def _clean(tzid: str) -> str:
    return " ".join(tzid.replace("\\,", ",").strip().strip('"').split())


def _instant(wall: dt.datetime, zone: dt.tzinfo) -> dt.datetime:
    return wall.replace(tzinfo=zone).astimezone(dt.UTC)


def _offset_at(wall: dt.datetime, zone: dt.tzinfo) -> dt.timedelta:
    return wall.replace(tzinfo=zone).utcoffset() or dt.timedelta()


def _same_offsets_all_year(zone: str, defined: dt.tzinfo, instant: dt.datetime) -> bool:
    samples = [instant, *(dt.datetime(instant.year, month, 1, 12, tzinfo=dt.UTC) for month in range(1, 13))]
    return all(
        moment.astimezone(ZoneInfo(zone)).utcoffset() == moment.astimezone(defined).utcoffset()
        for moment in samples
    )


def _hours(offset: dt.timedelta) -> str:
    minutes = int(offset.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
