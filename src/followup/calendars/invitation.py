"""An interview invitation, read from an .ics file or from an email carrying one, as a frozen value.

``read_invitation`` checks the file's size before reading it, finds the calendar (``invitation_source``:
the file itself, or an email's text/calendar part or .ics attachment), picks the event that is the
interview and returns an ``Invitation``: times as aware UTC datetimes with the IANA zone they were meant
in, where to go (a place, or a meeting link), who organised it and who attends, and ``notes`` for what
was guessed. Everything that cannot become one raises ``InvalidInput`` naming the file (and the field,
when one is at fault) in one line; nothing here touches the store.

Choices worth knowing:

* Zones are placed by ``invitation_zones``, with this file's own VTIMEZONE definitions only: a name
  that says where (IANA, Windows) is trusted over a definition that contradicts it, and a zone guessed
  from offsets alone is announced in ``notes``.
* Limits, each refused with the field named: dates in the years 1970 to 2099; an end after the start
  and at most 24 hours later (a DURATION too); a SEQUENCE from 0 to 2^31 - 1; a place, a link, a name
  and a UID no longer than ``LIMITS``. An interview is a few hours on one day; anything else is a broken
  or hostile file, and would overflow the plan's date arithmetic.
* Text is stored clean (``clean``): a place keeps its lines joined by commas (an address written on
  several lines); a meeting link keeps its first line and its first word (a URL never spans lines or
  holds a space: what follows is other text, like a passcode); names are one line; control characters
  go everywhere.
* An all-day event is not an interview time and is refused. A recurring event stands for its first
  occurrence.
* The panel: attendees that are people (not rooms or resources) and have not declined or delegated;
  the organiser is the arranger, not a panel member. A name is the CN, or read from the address's local
  part when there is no CN; an address is never made up (a malformed one is left empty).
* Links: an RFC 7986 CONFERENCE URI, Outlook's and Google's meeting properties, a LOCATION that is a
  URL, else a meeting link (Zoom, Teams, Meet, Webex and the like) in URL or the description.

What the user may override (the format, the employer) is guessed in ``invitation_guesses``.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import urlsplit

from icalendar import Component

from followup.calendars.clean import first_line, joined_lines, one_line
from followup.calendars.invitation_source import CALENDAR, calendar_text
from followup.calendars.invitation_zones import FileZones, Placed, is_zone, screen_timezones
from followup.calendars.names import name_from_address
from followup.core import codec
from followup.core.errors import InvalidInput

__all__ = [
    "LIMITS",
    "MAX_BYTES",
    "Invitation",
    "Party",
    "SeveralEvents",
    "parse_invitation",
    "read_invitation",
]

# An invitation is a few kilobytes; an email carrying one rarely passes the 25 MB that common mail
# services accept. Anything larger is refused before a byte is read.
MAX_BYTES = 25 * 1024 * 1024
# The longest text kept of each kind, in characters; a longer one is refused with its field named.
LIMITS = {"LOCATION": 500, "link": 2000, "name": 200, "UID": 1000}
LONGEST = dt.timedelta(hours=24)
_SEQUENCE_MAX = 2**31 - 1  # RFC 5545's INTEGER
_TIMEZONE = re.compile(
    r"^BEGIN:VTIMEZONE\s*?$.*?^END:VTIMEZONE\s*?$\n?", re.IGNORECASE | re.MULTILINE | re.DOTALL
)
_INTERVIEW_WORDS = re.compile(
    r"interview|phone screen|vorstellungsgespr|entretien|entrevista|colloquio|sollicitatiegesprek",
    re.IGNORECASE,
)
_NOT_ATTENDING = frozenset({"DECLINED", "DELEGATED"})
_NOT_PEOPLE = frozenset({"ROOM", "RESOURCE", "GROUP"})
_MEETING_HOSTS = (
    "zoom.us",
    "zoomgov.com",
    "teams.microsoft.com",
    "teams.live.com",
    "meet.google.com",
    "webex.com",
    "whereby.com",
    "meet.jit.si",
    "gotomeeting.com",
    "chime.aws",
)
_LINK_PROPERTIES = (
    "X-GOOGLE-CONFERENCE",
    "X-MICROSOFT-SKYPETEAMSMEETINGURL",
    "X-MICROSOFT-ONLINEMEETINGEXTERNALLINK",
)
_URL = re.compile(r"https?://[^\s<>\"'\]\[)(]+", re.IGNORECASE)


class Party(NamedTuple):
    """Someone named in an invitation: a display name and an address, either of which may be empty."""

    name: str
    email: str


@dataclass(frozen=True)
class Invitation:
    source: str  # the file, as the user named it
    uid: str
    sequence: int
    method: str  # REQUEST, PUBLISH, CANCEL, ... ("" for a bare event)
    cancelled: bool  # METHOD:CANCEL or STATUS:CANCELLED
    summary: str
    start: dt.datetime  # aware, UTC
    end: dt.datetime | None  # aware, UTC; None when the event gives no end
    tz: str  # the IANA zone the times were meant in
    location: str = ""
    link: str = ""
    dial_in: str = ""  # a tel: conference number
    organizer: Party | None = None
    attendees: tuple[Party, ...] = ()
    notes: tuple[str, ...] = ()  # what the user should know: a zone guessed, a definition overruled


class SeveralEvents(InvalidInput):
    """A calendar with several events, none of which stands out as the interview."""

    def __init__(self, source: str, choices: tuple[str, ...]) -> None:
        listed = "; ".join(f"{n}: {choice}" for n, choice in enumerate(choices[:10], 1))
        listed += f"; and {len(choices) - 10} more" if len(choices) > 10 else ""
        super().__init__(source, f"one event, chosen with --event N ({listed})")
        self.choices = choices


@dataclass(frozen=True)
class _Found:
    event: Component
    method: str
    calendar_tz: str  # X-WR-TIMEZONE


# --- the public API ------------------------------------------------------------------------------------


def read_invitation(path: Path, *, home_tz: str, event: int | None = None) -> Invitation:
    """The invitation in ``path``; ``home_tz`` is the candidate's zone, ``event`` picks one (1-based)."""
    source = str(path)
    try:
        if path.is_dir():
            raise InvalidInput(source, CALENDAR + "; this is a directory")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InvalidInput(
                source, f"{CALENDAR} of at most {MAX_BYTES // 2**20} MB; this file has {size / 2**20:.1f} MB"
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise InvalidInput(source, "a file that exists") from None
    except OSError as error:
        raise InvalidInput(source, f"a file followup can read ({error.strerror})") from error
    return parse_invitation(data, source, home_tz=home_tz, event=event)


def parse_invitation(data: bytes, source: str, *, home_tz: str, event: int | None = None) -> Invitation:
    with warnings.catch_warnings():
        # icalendar warns when it guesses a vendor-prefixed TZID; the guess is checked here like any other.
        warnings.simplefilter("ignore")
        return _parse(data, source, home_tz, event)


def _parse(data: bytes, source: str, home_tz: str, event: int | None) -> Invitation:
    home_tz = home_tz if is_zone(home_tz) else "UTC"
    text, screened = screen_timezones(calendar_text(data, source))
    components = _parse_calendar(text, source)
    found = list(_events(components))
    if not found:
        raise InvalidInput(source, "a calendar with an event in it; there is no event (VEVENT) in it")
    chosen = _choose(found, event, source)
    zones = FileZones(components, source, home_tz, chosen.calendar_tz, screened)
    return _invitation(chosen, source, zones)


def _parse_calendar(text: str, source: str) -> list[Component]:
    begins, ends = (
        len(re.findall(rf"^{word}:", text, re.IGNORECASE | re.MULTILINE)) for word in ("BEGIN", "END")
    )
    if begins != ends:
        raise InvalidInput(
            source, "a whole calendar; this one is cut short (its BEGIN and END lines do not pair)"
        )
    try:
        return list(Component.from_ical(text, multiple=True))
    except RecursionError:
        raise InvalidInput(source, "a readable calendar; this one nests components too deeply") from None
    except Exception as error:  # icalendar raises many kinds on broken input
        problem = _problem(error)
        try:
            Component.from_ical(_TIMEZONE.sub("", text), multiple=True)
        except Exception:
            raise InvalidInput(source, f"a readable calendar; this one is broken ({problem})") from error
        raise InvalidInput(
            source, f"a readable time zone definition; its VTIMEZONE is broken ({problem})"
        ) from error


def _problem(error: Exception) -> str:
    text = " ".join(str(error).split())
    return (text[:120] + "...") if len(text) > 120 else text or type(error).__name__


def _events(components: list[Component]) -> Iterator[_Found]:
    for component in components:
        if component.name == "VEVENT":
            yield _Found(component, "", "")
            continue
        method = _text(component.get("METHOD")).upper()
        calendar_tz = _text(component.get("X-WR-TIMEZONE"))
        for event in component.walk("VEVENT"):
            yield _Found(event, method, calendar_tz)


def _choose(found: list[_Found], number: int | None, source: str) -> _Found:
    if number is not None:
        if not 1 <= number <= len(found):
            raise InvalidInput(
                "--event", f"a number from 1 to {len(found)} (the events in {source})", str(number)
            )
        return found[number - 1]
    if len(found) == 1:
        return found[0]
    # Of several, the one that looks like the interview: called one, or the only one at a time of day.
    timed = [f for f in found if isinstance(_value(f.event, "DTSTART"), dt.datetime)]
    interviews = [f for f in timed if _INTERVIEW_WORDS.search(one_line(_text(f.event.get("SUMMARY"))))]
    if len(interviews) == 1:
        return interviews[0]
    if len(timed) == 1:
        return timed[0]
    if not timed:
        return found[0]  # only all-day events, or none with a start: refused with the reason
    raise SeveralEvents(source, tuple(_describe(f.event) for f in found))


def _describe(event: Component) -> str:
    summary = one_line(_text(event.get("SUMMARY")))[:60] or "(no title)"
    value = _value(event, "DTSTART")
    if isinstance(value, dt.datetime):
        when = f"{value:%Y-%m-%d %H:%M}"
    elif isinstance(value, dt.date):
        when = f"{value:%Y-%m-%d}, all day"
    else:
        when = "no start"
    return f"{summary!r} ({when})"


# --- reading the event ---------------------------------------------------------------------------------


def _invitation(found: _Found, source: str, zones: FileZones) -> Invitation:
    event = found.event
    summary = one_line(_text(event.get("SUMMARY")))
    named = repr(summary[:60]) if summary else "the event"
    broken = dict(getattr(event, "errors", ()))
    for name in ("DTSTART", "DTEND", "DURATION"):
        if name in broken:
            problem = _problem(Exception(broken[name]))
            raise InvalidInput(source, f"a readable {name}; {named} has a broken {name} ({problem})")
    start_property = event.get("DTSTART")
    value = _value(event, "DTSTART")
    if start_property is None or value is None:
        raise InvalidInput(source, f"an event with a start time; {named} has no start (DTSTART)")
    if not isinstance(value, dt.datetime):
        raise InvalidInput(
            source, f"an event at a time of day; {named} is an all-day event, not an interview time"
        )
    start = zones.place(start_property, "DTSTART")
    end = _end(event, start, source, zones)
    organizer = _party(event.get("ORGANIZER"), source, "ORGANIZER")
    location, link, dial_in = _where(event, source)
    return Invitation(
        source=source,
        uid=_uid(event, source),
        sequence=_sequence(event.get("SEQUENCE"), source),
        method=one_line(found.method),
        cancelled=found.method == "CANCEL" or _text(event.get("STATUS")).upper() == "CANCELLED",
        summary=summary,
        start=start.instant,
        end=end.instant if end is not None and end.instant != start.instant else None,
        tz=start.zone,
        location=location,
        link=link,
        dial_in=dial_in,
        organizer=organizer,
        attendees=_attendees(event, organizer, source),
        notes=tuple(dict.fromkeys(p.note for p in (start, end) if p is not None and p.note)),
    )


def _end(event: Component, start: Placed, source: str, zones: FileZones) -> Placed | None:
    """Where the event ends: its DTEND, or DTSTART plus its DURATION; after the start, within a day."""
    shown = f"{start.instant.astimezone(dt.UTC):%Y-%m-%d %H:%M} UTC"
    if isinstance(_value(event, "DTEND"), dt.datetime):
        end = zones.place(event.get("DTEND"), "DTEND")
        if end.instant < start.instant:
            raise InvalidInput(
                f"{source}, DTEND",
                f"a time after DTSTART ({shown})",
                f"{end.instant:%Y-%m-%d %H:%M} UTC",
            )
        field, length = "DTEND", end.instant - start.instant
    else:
        duration = _value(event, "DURATION")
        if not isinstance(duration, dt.timedelta):
            return None
        if duration < dt.timedelta(0):
            raise InvalidInput(f"{source}, DURATION", "a length that is not negative", _duration(duration))
        field, length = "DURATION", duration
        end = Placed(start.instant + min(duration, LONGEST * 2), start.zone)
    if length > LONGEST:
        raise InvalidInput(
            f"{source}, {field}",
            f"an interview of at most 24 hours; this event lasts {_duration(length)}",
        )
    return end


def _duration(length: dt.timedelta) -> str:
    sign = "-" if length < dt.timedelta(0) else ""
    length = abs(length)
    hours, seconds = divmod(int(length.total_seconds()), 3600)
    if hours >= 48:
        return f"{sign}{hours // 24} days"
    return f"{sign}{hours} h {seconds // 60:02d} min" if hours else f"{sign}{seconds // 60} min"


def _uid(event: Component, source: str) -> str:
    uid = one_line(_text(event.get("UID")))
    if len(uid) > LIMITS["UID"]:
        raise InvalidInput(
            f"{source}, UID", f"a UID of at most {LIMITS['UID']} characters; it has {len(uid)}"
        )
    return uid


def _sequence(value: object, source: str) -> int:
    """The SEQUENCE (missing or unreadable: 0; negative: 0); one beyond RFC 5545's integers is refused."""
    text = _text(value)
    if not re.fullmatch(r"[+-]?[0-9]+", text):
        return 0
    if len(text) > 12 or int(text) > _SEQUENCE_MAX:
        raise InvalidInput(f"{source}, SEQUENCE", f"a whole number from 0 to {_SEQUENCE_MAX}", text[:20])
    return max(0, int(text))


# --- people and places ---------------------------------------------------------------------------------


def _party(prop: Any, source: str, field: str) -> Party | None:
    if prop is None:
        return None
    address = re.sub(r"\s+", "", one_line(str(prop)))
    email = re.sub(r"^mailto:", "", address, flags=re.IGNORECASE)
    try:
        codec.check_email(email, "address")
    except InvalidInput:
        email = ""
    if len(email) > 254:  # RFC 5321's longest address
        email = ""
    params = getattr(prop, "params", {})
    name = one_line(_escaped_breaks(_text(params.get("CN", "")))).strip('"').strip()
    if not name or name.casefold() == email.casefold():
        name = name_from_address(email)
    if len(name) > LIMITS["name"]:
        raise InvalidInput(
            f"{source}, {field}", f"a name (CN) of at most {LIMITS['name']} characters; one has {len(name)}"
        )
    return Party(name, email) if name or email else None


def _attendees(event: Component, organizer: Party | None, source: str) -> tuple[Party, ...]:
    listed = event.get("ATTENDEE")
    props = listed if isinstance(listed, list) else [listed] if listed is not None else []
    taken = {organizer.email.casefold()} if organizer and organizer.email else set()
    people: list[Party] = []
    for prop in props:
        params = getattr(prop, "params", {})
        if _text(params.get("CUTYPE", "")).upper() in _NOT_PEOPLE:
            continue
        if _text(params.get("PARTSTAT", "")).upper() in _NOT_ATTENDING:
            continue
        party = _party(prop, source, "ATTENDEE")
        if party is None or (party.email and party.email.casefold() in taken):
            continue
        if party.email:
            taken.add(party.email.casefold())
        people.append(party)
    return tuple(people)


def _where(event: Component, source: str) -> tuple[str, str, str]:
    """(location, meeting link, dial-in number)."""
    location = joined_lines(_text(event.get("LOCATION")))  # an address's lines, on one line
    links: list[str] = []
    dial_in = ""
    conferences = event.get("CONFERENCE")
    for conference in conferences if isinstance(conferences, list) else [conferences]:
        if conference is None:
            continue
        uri = _link(str(conference))
        if uri.lower().startswith("tel:"):
            dial_in = dial_in or uri[4:]
        elif uri.lower().startswith(("https://", "http://")):
            video = "VIDEO" in _text(getattr(conference, "params", {}).get("FEATURE", "")).upper()
            links.insert(0 if video else len(links), uri)
    links += [_link(_text(event.get(name))) for name in _LINK_PROPERTIES if _link(_text(event.get(name)))]
    if _URL.fullmatch(location):
        links.append(location)
        location = ""
    links += [url for url in [_link(_text(event.get("URL")))] if _is_meeting(url)]
    links += [url for url in _URL.findall(_text(event.get("DESCRIPTION"))) if _is_meeting(url)]
    link = links[0].rstrip(".,;") if links else ""
    for field, value, limit in (("LOCATION", location, "LOCATION"), ("the meeting link", link, "link")):
        if len(value) > LIMITS[limit]:
            raise InvalidInput(
                f"{source}, {field}", f"at most {LIMITS[limit]} characters; this one has {len(value)}"
            )
    return location, link, one_line(dial_in)


def _link(text: str) -> str:
    """A link as one word: the first of its first line (what follows is other text, like a passcode)."""
    return next(iter(first_line(_escaped_breaks(text)).split()), "")


def _escaped_breaks(text: str) -> str:
    """Line breaks still escaped: icalendar leaves ``\\n`` in X- properties and RFC 6868's ``^n`` in
    parameters as they are written."""
    return re.sub(r"\\[nN]|\^n", "\n", text)


def _is_meeting(url: str) -> bool:
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return False
    return url.lower().startswith("https://") and any(
        host == known or host.endswith("." + known) for known in _MEETING_HOSTS
    )


def _value(event: Component, name: str) -> object:
    """The parsed value of a date-time property, or None when it is missing or unreadable."""
    try:
        return getattr(event.get(name), "dt", None)
    except Exception:  # icalendar's BrokenCalendarProperty: an unparsable value kept as text
        return None


def _text(value: object) -> str:
    if isinstance(value, list):
        value = value[0] if value else None
    return "" if value is None else str(value).strip()
