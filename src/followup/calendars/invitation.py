"""An interview invitation, read from an .ics file or from an email carrying one, as a frozen value.

``read_invitation`` checks the file's size before reading it, finds the calendar (the file itself, or
an email's text/calendar part or .ics attachment), picks the event that is the interview and returns an
``Invitation``: times as aware UTC datetimes with the IANA zone they were meant in, where to go (a
place, or a meeting link), who organised it and who attends. Everything that cannot become one raises
``InvalidInput`` naming the file and what is wrong; nothing here touches the store.

Choices worth knowing:

* Zones. A TZID is named by ``invitation_zones``: IANA names as they are, Windows registry names
  ("W. Europe Standard Time") by icalendar's CLDR table, display names ("(UTC+07:00) Bangkok, Hanoi,
  Jakarta") by ``windows_zones``; a VTIMEZONE decides the instant. A floating time is read in the
  candidate's zone; a UTC time keeps its instant and is shown in the calendar's X-WR-TIMEZONE or the
  candidate's zone.
* Alarms (VALARM) are dropped before parsing: they are the sender's reminders, and real exports carry
  invalid ones ("PT-2H") that would otherwise sink the whole file.
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

import base64
import binascii
import datetime as dt
import quopri
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from email import message_from_bytes
from email.message import Message
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from icalendar import Component

from followup.calendars.invitation_zones import UTC_NAMES, defined_zone, is_zone, names_for
from followup.core import codec
from followup.core.errors import InvalidInput

__all__ = [
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

CALENDAR = "a calendar invitation (.ics) or an email (.eml) carrying one"
_BOM = b"\xef\xbb\xbf"
_EMAIL_HEADERS = frozenset(
    {"from", "to", "subject", "date", "message-id", "mime-version", "content-type", "received", "return-path"}
)
_CALENDAR_TYPES = frozenset({"text/calendar", "application/ics", "text/x-vcalendar"})
_ALARM = re.compile(r"^BEGIN:VALARM\s*?$.*?^END:VALARM\s*?$\n?", re.IGNORECASE | re.MULTILINE | re.DOTALL)
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


class SeveralEvents(InvalidInput):
    """A calendar with several events, none of which stands out as the interview."""

    def __init__(self, source: str, choices: tuple[str, ...]) -> None:
        listed = "; ".join(f"{n}: {choice}" for n, choice in enumerate(choices, 1))
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
    if not data.removeprefix(_BOM).strip():
        raise InvalidInput(source, CALENDAR + "; the file is empty")
    if data.removeprefix(_BOM).lstrip()[:6].upper() == b"BEGIN:":
        calendar = data
    else:
        calendar = _calendar_in_email(data, source)
    found = list(_events(_parse_calendar(calendar, source)))
    if not found:
        raise InvalidInput(source, "a calendar with an event in it; there is no event (VEVENT) in it")
    return _invitation(_choose(found, event, source), source, home_tz)


# --- finding the calendar ------------------------------------------------------------------------------


def _calendar_in_email(data: bytes, source: str) -> bytes:
    message = message_from_bytes(data)
    if not any(key.lower() in _EMAIL_HEADERS for key in message):
        raise InvalidInput(source, CALENDAR + "; this is neither")
    found = _calendar_part(message, depth=3)
    if found is None:
        raise InvalidInput(source, CALENDAR + "; this email has no calendar invitation in it")
    return found


def _calendar_part(message: Message, depth: int) -> bytes | None:
    """The first calendar in a message, looking into forwarded messages (even base64-encoded ones)."""
    for part in message.walk():
        encoding = str(part.get("Content-Transfer-Encoding", "")).strip().lower()
        if part.get_content_type() == "message/rfc822" and encoding in ("base64", "quoted-printable"):
            # The email package parses the still-encoded text as the inner message: decode it first.
            inner = part.get_payload(0)
            raw = inner.get_payload() if isinstance(inner, Message) else ""
            text = raw.encode("ascii", "ignore") if isinstance(raw, str) else b""
            try:
                decoded = base64.b64decode(text) if encoding == "base64" else quopri.decodestring(text)
            except (binascii.Error, ValueError):
                decoded = b""
            found = _calendar_part(message_from_bytes(decoded), depth - 1) if decoded and depth > 0 else None
            if found is not None:
                return found
        if part.is_multipart() or not _is_calendar_part(part):
            continue
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes) and payload.strip():
            return payload
    return None


def _is_calendar_part(part: Message) -> bool:
    filename = (part.get_filename() or "").lower()
    return part.get_content_type() in _CALENDAR_TYPES or filename.endswith((".ics", ".ical", ".vcs"))


def _parse_calendar(data: bytes, source: str) -> list[Component]:
    text = _decode(data).removeprefix("\ufeff")
    text = _ALARM.sub("", text)
    begins, ends = (
        len(re.findall(rf"^{word}:", text, re.IGNORECASE | re.MULTILINE)) for word in ("BEGIN", "END")
    )
    if begins != ends:
        raise InvalidInput(
            source, "a whole calendar; this one is cut short (its BEGIN and END lines do not pair)"
        )
    try:
        return list(Component.from_ical(text, multiple=True))
    except Exception as error:  # icalendar raises many kinds on broken input
        problem = _problem(error)
        try:
            Component.from_ical(_TIMEZONE.sub("", text), multiple=True)
        except Exception:
            raise InvalidInput(source, f"a readable calendar; this one is broken ({problem})") from error
        raise InvalidInput(
            source, f"a readable time zone definition; its VTIMEZONE is broken ({problem})"
        ) from error


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")  # what Outlook writes when it is not UTF-8


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
    interviews = [f for f in timed if _INTERVIEW_WORDS.search(_text(f.event.get("SUMMARY")))]
    if len(interviews) == 1:
        return interviews[0]
    if len(timed) == 1:
        return timed[0]
    if not timed:
        return found[0]  # only all-day events, or none with a start: refused with the reason
    raise SeveralEvents(source, tuple(_describe(f.event) for f in found))


def _describe(event: Component) -> str:
    summary = _text(event.get("SUMMARY")) or "(no title)"
    value = _value(event, "DTSTART")
    if isinstance(value, dt.datetime):
        when = f"{value:%Y-%m-%d %H:%M}"
    elif isinstance(value, dt.date):
        when = f"{value:%Y-%m-%d}, all day"
    else:
        when = "no start"
    return f"{summary!r} ({when})"


# --- reading the event ---------------------------------------------------------------------------------


def _invitation(found: _Found, source: str, home_tz: str) -> Invitation:
    event = found.event
    summary = _text(event.get("SUMMARY"))
    named = repr(summary) if summary else "the event"
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
    fallback = found.calendar_tz if is_zone(found.calendar_tz) else home_tz
    start, tz = _moment(start_property, source, home_tz, fallback)
    end = _end(event, start, source, home_tz, fallback)
    if end is not None and end < start:
        raise InvalidInput(source, f"an event that ends after it starts; {named} ends before it starts")
    organizer = _party(event.get("ORGANIZER"))
    location, link, dial_in = _where(event)
    return Invitation(
        source=source,
        uid=_text(event.get("UID")),
        sequence=_number(event.get("SEQUENCE")),
        method=found.method,
        cancelled=found.method == "CANCEL" or _text(event.get("STATUS")).upper() == "CANCELLED",
        summary=summary,
        start=start,
        end=end if end != start else None,
        tz=tz,
        location=location,
        link=link,
        dial_in=dial_in,
        organizer=organizer,
        attendees=_attendees(event, organizer),
    )


def _end(
    event: Component, start: dt.datetime, source: str, home_tz: str, fallback: str
) -> dt.datetime | None:
    end_property = event.get("DTEND")
    if isinstance(_value(event, "DTEND"), dt.datetime):
        return _moment(end_property, source, home_tz, fallback, named=False)[0]
    duration = _value(event, "DURATION")
    if isinstance(duration, dt.timedelta):
        return start + duration
    return None


def _moment(
    prop: Any, source: str, home_tz: str, fallback: str, *, named: bool = True
) -> tuple[dt.datetime, str]:
    """(the instant in UTC, the IANA zone it was meant in) of a DTSTART or DTEND."""
    value: dt.datetime = prop.dt
    tzid = str(prop.params.get("TZID", "")).replace("\\,", ",").strip()
    if value.tzinfo is None:
        if not tzid:  # floating: the same wall time wherever the reader is
            return value.replace(tzinfo=ZoneInfo(home_tz)).astimezone(dt.UTC), home_tz
        zone = next(names_for(tzid, value), None)
        if zone is None:
            raise InvalidInput(
                source,
                f"a time zone followup knows; {tzid!r} is neither an IANA nor a Windows zone name, "
                "and no VTIMEZONE in the file defines it",
            )
        return value.replace(tzinfo=ZoneInfo(zone)).astimezone(dt.UTC), zone
    instant = value.astimezone(dt.UTC)
    key = getattr(value.tzinfo, "key", None)
    if value.tzinfo is dt.UTC or key in UTC_NAMES:  # a UTC time says nothing of where it was meant
        return instant, fallback
    if isinstance(key, str) and key:
        return instant, key
    if not named:
        return instant, ""
    zone = defined_zone(tzid or str(value.tzinfo), value, home_tz)
    if zone is None:
        raise InvalidInput(
            source, f"a time zone followup can place; the VTIMEZONE {tzid!r} matches no known time zone"
        )
    return instant, zone


# --- people and places ---------------------------------------------------------------------------------


def _party(prop: Any) -> Party | None:
    if prop is None:
        return None
    address = re.sub(r"\s+", "", str(prop))
    email = re.sub(r"^mailto:", "", address, flags=re.IGNORECASE)
    try:
        codec.check_email(email, "address")
    except InvalidInput:
        email = ""
    params = getattr(prop, "params", {})
    name = " ".join(str(params.get("CN", "")).strip().strip('"').split())
    if not name or name.casefold() == email.casefold():
        name = _name_from_address(email)
    return Party(name, email) if name or email else None


def _name_from_address(email: str) -> str:
    local = email.partition("@")[0]
    return " ".join(part.capitalize() for part in re.split(r"[._\-+]+", local) if part and not part.isdigit())


def _attendees(event: Component, organizer: Party | None) -> tuple[Party, ...]:
    listed = event.get("ATTENDEE")
    props = listed if isinstance(listed, list) else [listed] if listed is not None else []
    taken = {organizer.email.casefold()} if organizer and organizer.email else set()
    people: list[Party] = []
    for prop in props:
        params = getattr(prop, "params", {})
        if str(params.get("CUTYPE", "")).upper() in _NOT_PEOPLE:
            continue
        if str(params.get("PARTSTAT", "")).upper() in _NOT_ATTENDING:
            continue
        party = _party(prop)
        if party is None or (party.email and party.email.casefold() in taken):
            continue
        if party.email:
            taken.add(party.email.casefold())
        people.append(party)
    return tuple(people)


def _where(event: Component) -> tuple[str, str, str]:
    """(location, meeting link, dial-in number)."""
    lines = (" ".join(line.split()) for line in _text(event.get("LOCATION")).splitlines())
    location = ", ".join(line for line in lines if line)  # an address's lines, on one line
    links: list[str] = []
    dial_in = ""
    conferences = event.get("CONFERENCE")
    for conference in conferences if isinstance(conferences, list) else [conferences]:
        if conference is None:
            continue
        uri = str(conference).strip()
        if uri.lower().startswith("tel:"):
            dial_in = dial_in or uri[4:]
        elif uri.lower().startswith(("https://", "http://")):
            video = "VIDEO" in str(getattr(conference, "params", {}).get("FEATURE", "")).upper()
            links.insert(0 if video else len(links), uri)
    links += [_text(event.get(name)) for name in _LINK_PROPERTIES if _text(event.get(name))]
    if _URL.fullmatch(location):
        links.append(location)
        location = ""
    links += [url for url in [_text(event.get("URL"))] if _is_meeting(url)]
    links += [url for url in _URL.findall(_text(event.get("DESCRIPTION"))) if _is_meeting(url)]
    return location, (links[0].rstrip(".,;") if links else ""), dial_in


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


def _number(value: object) -> int:
    try:
        return max(0, int(str(value))) if value is not None else 0
    except ValueError:
        return 0
