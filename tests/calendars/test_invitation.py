"""Reading interview invitations: every real-world fixture is either read (times, zone, people) or
refused with one clear reason, and the rules for zones, links, people, the company and the format."""

from __future__ import annotations

import datetime as dt
import os
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from followup.calendars.invitation import (
    MAX_BYTES,
    Invitation,
    Party,
    SeveralEvents,
    parse_invitation,
    read_invitation,
)
from followup.calendars.invitation_guesses import company_from_domain, guess_company, guess_format
from followup.calendars.windows_zones import DISPLAY_NAMES, olson_for_display_name
from followup.core.errors import InvalidInput
from followup.core.model import Format

FIXTURES = Path(__file__).resolve().parents[3] / "shared" / "fixtures"
ICS = FIXTURES / "ics"
EML = FIXTURES / "eml"
UTC = dt.UTC


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=UTC)


# --- every .ics fixture: what it gives, or why it is refused ---------------------------------------------

# file -> (event number, start UTC, end UTC, zone) for those read; a fragment of the refusal otherwise.
READ: dict[str, tuple[int | None, str, str, str]] = {
    "audriga__test_icalendar_thunderbird.ics": (
        None,
        "2014-01-02T10:00",
        "2014-01-02T11:00",
        "Europe/Berlin",
    ),
    # UTC times: shown in the calendar's X-WR-TIMEZONE, not its (different) VTIMEZONE.
    "icalendar__alarm_google_future.ics": (None, "2024-10-04T18:15", "2024-10-04T19:00", "Europe/London"),
    "icalendar__alarm_thunderbird_future.ics": (
        None,
        "2024-10-23T14:00",
        "2024-10-23T15:00",
        "Europe/London",
    ),
    # UTC times without X-WR-TIMEZONE: shown in the candidate's zone.
    "icalendar__issue_101_icalendar_chokes_on_umlauts_in_organizer.ics": (
        None,
        "2013-04-16T10:00",
        "2013-04-16T11:00",
        "America/New_York",
    ),
    # "Western/Central Europe": a VTIMEZONE with no usable name, and no zone named anywhere with its
    # offsets: the instant is right, shown in the candidate's zone (UTC here), and the user is told.
    "icalendar__issue_156_RDATE_with_PERIOD_TZID_khal_2.ics": (
        None,
        "2021-11-01T15:00",
        "2021-11-01T15:30",
        "UTC",
    ),
    "icalendar__issue_237_fail_to_parse_timezone_with_non_ascii_tzid.ics": (
        None,
        "2017-05-11T16:30",
        "2017-05-11T17:00",
        "America/Sao_Paulo",
    ),
    "icalendar__issue_836_do_not_quote_tzid.ics": (
        None,
        "2024-10-28T21:00",
        "2024-10-28T22:00",
        "America/New_York",
    ),
    "icalendar__timezone_same_start.ics": (
        None,
        "2017-02-24T20:00",
        "2017-02-24T20:30",
        "America/Los_Angeles",
    ),
    "icalendar__x_location.ics": (None, "2016-10-28T12:00", "2016-10-28T12:30", "Europe/Zurich"),
    "khal__event_dt_partstat.ics": (None, "2014-04-09T07:30", "2014-04-09T08:30", "Europe/Berlin"),
    # "Customized Time Zone" (Exchange): US Eastern rules; the file names no zone (see the notes test).
    "nodeical__bad_ms_tz.ics": (None, "2020-08-25T14:35", "2020-08-25T15:50", "UTC"),
    "nodeical__exchange-custom-tz.ics": (None, "2019-04-30T02:00", "2019-04-30T05:00", "Asia/Bangkok"),
    "nodeical__vtimezone-year-0001-dtstart.ics": (
        None,
        "2024-06-01T08:00",
        "2024-06-01T09:00",
        "Europe/Berlin",
    ),
    # A Windows display name with no VTIMEZONE; the end is in another zone (Los Angeles).
    "nodeical__windows-quoted-tz-rrule.ics": (
        None,
        "2015-07-06T16:00",
        "2015-07-06T20:00",
        "America/New_York",
    ),
}

REFUSED: dict[str, str] = {
    "audriga__nextcloud_conversion_event_1.ics": "is an all-day event, not an interview time",
    "icalendar__bom_calendar.ics": "there is no event (VEVENT) in it",
    "icalendar__event_with_unicode_organizer.ics": "has no start (DTSTART)",
    "icalendar__issue_27_multiple_periods_in_freebusy_multiple_freebusies.ics": "there is no event (VEVENT)",
    "icalendar__property_params.ics": "is an all-day event, not an interview time",
    "icalendar__rfc_7986_conferences.ics": "has no start (DTSTART)",
    "khal__cal_lots_of_timezones.ics": "chosen with --event N (1: 'An Event' (2014-04-09 09:30); 2: ",
    "khal__event_rrule_recuid.ics": "chosen with --event N (1: 'Arbeit' (2014-06-30 07:00); 2: 'Arbeit'",
    "khal__invalid_tzoffset.ics": "its VTIMEZONE is broken (Offset must be less than 24 hours, was +5328)",
    "khal__non_dst_error.ics": "chosen with --event N (1: 'Trip from Utrecht to Bruxelles",
    "nodeical__exchange_whole_day_moved_recurrence.ics": "is an all-day event, not an interview time",
    "nodeical__google-calendar-kiev-tz.ics": "chosen with --event N (1: 'bla bla' (2016-08-26 14:00); 2: ",
    "nodeical__utf8-french-calendar.ics": "there is no event (VEVENT) in it",
}

CHOSEN: list[tuple[str, int, str, str, str]] = [
    # the same calendars with --event N
    ("khal__cal_lots_of_timezones.ics", 1, "2014-04-09T07:30", "2014-04-09T14:30", "Europe/Berlin"),
    ("khal__cal_lots_of_timezones.ics", 2, "2014-05-09T18:30", "2014-05-09T19:30", "Europe/London"),
    ("khal__event_rrule_recuid.ics", 2, "2014-07-07T07:00", "2014-07-07T12:00", "Europe/Berlin"),
    ("khal__non_dst_error.ics", 2, "2023-02-06T08:50", "2023-02-06T11:50", "Europe/Brussels"),
    ("nodeical__google-calendar-kiev-tz.ics", 1, "2016-08-26T11:00", "2016-08-26T12:00", "Europe/Kiev"),
]


def read(name: str, *, home: str = "America/New_York", event: int | None = None) -> Invitation:
    return read_invitation(ICS / name, home_tz=home, event=event)


def test_every_ics_fixture_is_either_read_or_refused_here() -> None:
    assert sorted(p.name for p in ICS.glob("*.ics")) == sorted({*READ, *REFUSED})
    assert not set(READ) & set(REFUSED)


@pytest.mark.parametrize("name", sorted(READ))
def test_a_fixture_gives_its_start_end_and_zone(name: str) -> None:
    event, start, end, tz = READ[name]
    found = read(name, home="America/New_York" if "umlauts" in name else "UTC", event=event)
    assert (found.start, found.end, found.tz) == (at(start), at(end), tz)
    assert found.start.tzinfo is UTC and found.end is not None and found.end.tzinfo is UTC


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_a_fixture_that_is_no_interview_time_is_refused_naming_the_file(name: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        read(name)
    assert refused.value.message.startswith(f"{ICS / name}: expected ")
    assert REFUSED[name] in refused.value.message
    assert "\n" not in refused.value.message


@pytest.mark.parametrize(("name", "event", "start", "end", "tz"), CHOSEN)
def test_event_n_picks_one_event_of_several(name: str, event: int, start: str, end: str, tz: str) -> None:
    found = read(name, home="UTC", event=event)
    assert (found.start, found.end, found.tz) == (at(start), at(end), tz)


def test_several_events_list_their_summaries_for_a_choice() -> None:
    with pytest.raises(SeveralEvents) as several:
        read("khal__cal_lots_of_timezones.ics")
    assert several.value.choices == (
        "'An Event' (2014-04-09 09:30)",
        "'An Event' (2014-05-09 19:30)",
        "'An Updated Event' (2014-04-09 09:30)",
    )


def test_an_event_number_beyond_the_calendar_is_refused() -> None:
    with pytest.raises(InvalidInput, match=r"--event: expected a number from 1 to 2"):
        read("khal__event_rrule_recuid.ics", event=3)


def test_the_organizer_with_a_quoted_comma_and_umlauts() -> None:
    found = read("icalendar__issue_101_icalendar_chokes_on_umlauts_in_organizer.ics")
    assert found.organizer == Party("acme, ädmin", "adm-acme@mydomain.de")
    assert (found.location, found.summary, found.uid) == ("im büro", "wichtiger termin 1", found.uid)
    assert found.uid == "20130416112341.10064jz0k4j7uem8@acmenet.de"


def test_attendees_who_declined_or_delegated_are_not_the_panel_and_names_come_from_cn_or_address() -> None:
    found = read("khal__event_dt_partstat.ics")
    # The fixture folds "hcabot@ example.com" with a second space: whitespace is no part of an address.
    assert found.attendees == (
        Party("Henry Cabot", "hcabot@example.com"),
        Party("Jane Doe", "jdoe@example.com"),
        Party("Jqpublic", "jqpublic@example.com"),
        Party("Tent", "tent@example.com"),
    )
    assert found.organizer is None


def test_an_address_location_keeps_its_lines_and_a_ticket_url_is_no_meeting_link() -> None:
    assert read("icalendar__x_location.ics").location == "Roadstar 16, 12764 Happyville, Denmark"
    trip = read("khal__non_dst_error.ics", event=1)
    assert (trip.location, trip.link) == ("Utrecht", "")


def test_sequence_method_and_uid_of_an_exchange_request() -> None:
    found = read("icalendar__timezone_same_start.ics")
    assert (found.method, found.sequence, found.cancelled) == ("REQUEST", 0, False)
    assert found.uid.startswith("040000008200E00074C5B7101A82E008")


def test_a_vtimezone_without_a_usable_name_takes_the_candidates_zone_and_says_so() -> None:
    paris = read("icalendar__issue_156_RDATE_with_PERIOD_TZID_khal_2.ics", home="Europe/Paris")
    assert (paris.tz, paris.notes) == (
        "Europe/Paris",
        (
            "the file names its zone only 'Western/Central Europe'; Europe/Paris (your profile's zone) has "
            "its offsets all year, so the time is shown there",
        ),
    )
    assert read("nodeical__bad_ms_tz.ics", home="America/Toronto").tz == "America/Toronto"
    chicago = read("nodeical__bad_ms_tz.ics", home="America/Chicago")  # never a zone nobody named
    assert (chicago.start, chicago.tz) == (at("2020-08-25T14:35"), "America/Chicago")
    assert chicago.notes == (
        "only the offset of the file's zone 'Customized Time Zone' is known (UTC-04:00 on 25 Aug 2020), not "
        "where it is: the time is right, and shown in your zone, America/Chicago",
    )


# --- emails ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(p.name for p in EML.glob("*.eml")))
def test_an_email_without_a_calendar_is_refused(name: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        read_invitation(EML / name, home_tz="UTC")
    assert refused.value.message == (
        f"{EML / name}: expected a calendar invitation (.ics) or an email (.eml) carrying one; "
        "this email has no calendar invitation in it"
    )


def outlook_email(calendar: bytes, *, attached: bool) -> bytes:
    message = EmailMessage()
    message["From"] = "Priya Shah <priya.shah@harbor-analytics.example>"
    message["To"] = "alex.morgan@example.com"
    message["Subject"] = "Invitation: Interview"
    message.set_content("You are invited.")
    if attached:
        message.add_attachment(
            calendar, maintype="application", subtype="octet-stream", filename="invite.ics"
        )
    else:
        message.add_alternative(calendar.decode(), subtype="calendar", params={"method": "REQUEST"})
    return bytes(message)


@pytest.mark.parametrize("attached", [False, True], ids=["text-calendar-part", "ics-attachment"])
def test_an_email_carrying_a_fixture_calendar_gives_the_same_invitation(attached: bool) -> None:
    calendar = (ICS / "icalendar__timezone_same_start.ics").read_bytes()
    from_email = parse_invitation(outlook_email(calendar, attached=attached), "invite.eml", home_tz="UTC")
    assert from_email == parse_invitation(calendar, "invite.eml", home_tz="UTC")
    assert from_email.tz == "America/Los_Angeles"


@pytest.mark.parametrize("encoded", [False, True], ids=["message-part", "base64-message-part"])
def test_a_forwarded_email_still_yields_its_invitation(encoded: bool) -> None:
    inner = outlook_email((ICS / "nodeical__exchange-custom-tz.ics").read_bytes(), attached=True)
    outer = EmailMessage()
    outer["From"] = "alex.morgan@example.com"
    outer["Subject"] = "Fwd: Invitation"
    outer.set_content("see below")
    if encoded:
        outer.add_attachment(inner, maintype="message", subtype="rfc822")
    else:
        outer.add_attachment(message_from_bytes(inner, policy=default))
    assert parse_invitation(bytes(outer), "fwd.eml", home_tz="UTC").tz == "Asia/Bangkok"


# --- zones -----------------------------------------------------------------------------------------------


def calendar(*lines: str, method: str = "REQUEST") -> bytes:
    head = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", f"METHOD:{method}", "BEGIN:VEVENT"]
    return "\r\n".join([*head, "UID:round-1@harbor", *lines, "END:VEVENT", "END:VCALENDAR", ""]).encode()


def parse(data: bytes, *, home: str = "America/New_York") -> Invitation:
    return parse_invitation(data, "invite.ics", home_tz=home)


@pytest.mark.parametrize(
    ("dtstart", "start", "tz"),
    [
        ("DTSTART:20260302T100000", "2026-03-02T15:00", "America/New_York"),  # floating: the candidate's
        ("DTSTART;TZID=W. Europe Standard Time:20260302T100000", "2026-03-02T09:00", "Europe/Berlin"),
        ('DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna":20260302T100000',
         "2026-03-02T09:00", "Europe/Berlin"),
        ('DTSTART;TZID="(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi":20260302T100000',
         "2026-03-02T04:30", "Asia/Calcutta"),
        ("DTSTART;TZID=/mozilla.org/20050126_1/Europe/Madrid:20260302T100000",
         "2026-03-02T09:00", "Europe/Madrid"),
        ("DTSTART;TZID=Asia/Tokyo:20260302T100000", "2026-03-02T01:00", "Asia/Tokyo"),
    ],
)  # fmt: skip
def test_zones_without_vtimezone(dtstart: str, start: str, tz: str) -> None:
    found = parse(calendar(dtstart))
    assert (found.start, found.end, found.tz) == (at(start), None, tz)


def test_an_unknown_zone_that_no_vtimezone_defines_is_refused() -> None:
    with pytest.raises(
        InvalidInput, match=r"^invite.ics: expected a time zone followup knows; 'Mars/Olympus'"
    ):
        parse(calendar("DTSTART;TZID=Mars/Olympus:20260302T100000"))


def test_a_windows_display_name_is_read_place_by_place_when_the_wording_differs() -> None:
    wall = dt.datetime(2026, 3, 2, 10)
    assert olson_for_display_name("(GMT+07:00) Bangkok, Hanoi, Jakarta, Krasnoyarsk", wall) == "Asia/Bangkok"
    assert olson_for_display_name("(UTC-03:00) Brasília", wall) == "America/Sao_Paulo"
    assert olson_for_display_name("(UTC-05:00) Eastern Time (US and Canada)", wall) == "America/New_York"
    # Exchange 2003 wrote "(GMT-05.00)" and separated places with slashes.
    assert olson_for_display_name("(GMT-05.00) Eastern Time (US & Canada)", wall) == "America/New_York"
    assert olson_for_display_name("(GMT+01.00) Amsterdam / Berlin / Bern / Rome", wall) == "Europe/Berlin"
    assert olson_for_display_name("(UTC+09:00) Bangkok", wall) is None  # the wrong offset for that city
    assert olson_for_display_name("Eastern Standard Time", wall) is None  # not a display name


@pytest.mark.parametrize(("display", "windows"), DISPLAY_NAMES, ids=[d for d, _ in DISPLAY_NAMES])
def test_each_windows_display_name_states_its_zones_standard_offset(display: str, windows: str) -> None:
    zone = WINDOWS_TO_OLSON[windows]
    stated = olson_for_display_name(display, dt.datetime(2025, 1, 15, 12))
    assert stated == zone
    offsets = set()
    for year in (2020, 2025):
        for month in (1, 7):
            local = dt.datetime(year, month, 15, 12, tzinfo=ZoneInfo(zone))
            offsets.add((local.utcoffset() or dt.timedelta()) - (local.dst() or dt.timedelta()))
    sign, rest = (display[4], display[5:10]) if display[4] in "+-" else ("+", "00:00")
    minutes = int(rest[:2]) * 60 + int(rest[3:])
    assert dt.timedelta(minutes=-minutes if sign == "-" else minutes) in offsets


# --- where, and who --------------------------------------------------------------------------------------


def test_an_rfc_7986_conference_gives_the_video_link_and_the_dial_in() -> None:
    text = (ICS / "icalendar__rfc_7986_conferences.ics").read_text()
    data = text.replace("BEGIN:VEVENT", "BEGIN:VEVENT\nUID:c\nDTSTART:20260302T150000Z", 1).encode()
    found = parse(data)
    assert (found.link, found.dial_in) == (
        "https://chat.example.com/audio?id=123456",
        "+1-412-555-0123,,,654321",
    )
    assert guess_format(found) == (Format.VIDEO, "a meeting link")


@pytest.mark.parametrize(
    ("lines", "location", "link"),
    [
        (["LOCATION:Microsoft Teams Meeting",
          "DESCRIPTION:Join: <https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0?a=b>."],
         "Microsoft Teams Meeting", "https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0?a=b"),
        (["LOCATION:https://us02web.zoom.us/j/85512345678?pwd=abc"], "", "https://us02web.zoom.us/j/85512345678?pwd=abc"),
        (["DESCRIPTION:Meet at https://meet.google.com/abc-defg-hij, or call."], "", "https://meet.google.com/abc-defg-hij"),
        (["URL:https://harbor.webex.com/meet/dana"], "", "https://harbor.webex.com/meet/dana"),
        (["URL:https://harbor-analytics.example/careers", "DESCRIPTION:see https://example.com/x"], "", ""),
        (["LOCATION:1 Harbor Way\\, Boston"], "1 Harbor Way, Boston", ""),
    ],
)  # fmt: skip
def test_where_to_go(lines: list[str], location: str, link: str) -> None:
    found = parse(calendar("DTSTART:20260302T150000Z", *lines))
    assert (found.location, found.link) == (location, link)


def test_people_the_organizer_is_no_attendee_rooms_are_not_people_and_no_address_is_made_up() -> None:
    found = parse(
        calendar(
            "DTSTART:20260302T150000Z",
            'ORGANIZER;CN="Shah, Priya":mailto:Priya.Shah@harbor-analytics.example',
            "ATTENDEE;CN=Priya Shah;ROLE=CHAIR:mailto:priya.shah@harbor-analytics.example",
            "ATTENDEE;CN=Dana Kim:mailto:dana.kim@harbor-analytics.example",
            "ATTENDEE;CUTYPE=ROOM;CN=Room 4:mailto:room4@harbor-analytics.example",
            "ATTENDEE:mailto:luis.ortega@harbor-analytics.example",
            "ATTENDEE;CN=Mei Chen:invalid:nobody",
        )
    )
    assert found.organizer == Party("Shah, Priya", "Priya.Shah@harbor-analytics.example")
    assert found.attendees == (
        Party("Dana Kim", "dana.kim@harbor-analytics.example"),
        Party("Luis Ortega", "luis.ortega@harbor-analytics.example"),
        Party("Mei Chen", ""),
    )


@pytest.mark.parametrize(
    ("lines", "method", "cancelled"),
    [
        (["SEQUENCE:2"], "CANCEL", True),
        (["SEQUENCE:2", "STATUS:CANCELLED"], "REQUEST", True),
        (["SEQUENCE:2", "STATUS:CONFIRMED"], "REQUEST", False),
    ],
)
def test_a_cancellation_by_method_or_status(lines: list[str], method: str, cancelled: bool) -> None:
    found = parse(calendar("DTSTART:20260302T150000Z", *lines, method=method))
    assert (found.cancelled, found.sequence, found.method) == (cancelled, 2, method)


@pytest.mark.parametrize(
    ("other", "title", "chosen"),
    [
        (("SUMMARY:Lunch", "DTSTART:20260302T160000Z"), "Interview with Dana Kim", True),
        (("SUMMARY:Out of office", "DTSTART;VALUE=DATE:20260303"), "Coffee with Dana", True),
        (("SUMMARY:Chat with Dana", "DTSTART:20260302T160000Z"), "Coffee with Dana", False),
    ],
    ids=["called-an-interview", "the-only-one-at-a-time-of-day", "none-stands-out"],
)
def test_of_several_events_the_one_that_looks_like_the_interview_is_chosen(
    other: tuple[str, str], title: str, chosen: bool
) -> None:
    data = calendar(
        *other, "END:VEVENT", "BEGIN:VEVENT", "UID:b", f"SUMMARY:{title}", "DTSTART:20260302T150000Z"
    )
    if chosen:
        assert parse(data).summary == title
    else:
        with pytest.raises(SeveralEvents, match="chosen with --event N"):
            parse(data)


def test_an_end_before_the_start_is_refused_and_a_missing_end_is_none() -> None:
    with pytest.raises(InvalidInput) as refused:
        parse(calendar("DTSTART:20260302T150000Z", "DTEND:20260302T140000Z"))
    assert refused.value.message == (
        "invite.ics, DTEND: expected a time after DTSTART (2026-03-02 15:00 UTC) (got '2026-03-02 14:00 UTC')"
    )
    assert parse(calendar("DTSTART:20260302T150000Z")).end is None
    assert parse(calendar("DTSTART:20260302T150000Z", "DURATION:PT45M")).end == at("2026-03-02T15:45")


# --- guesses ---------------------------------------------------------------------------------------------


def invitation(**fields: object) -> Invitation:
    base: dict[str, object] = {
        "source": "x.ics", "uid": "u", "sequence": 0, "method": "REQUEST", "cancelled": False,
        "summary": "", "start": at("2026-03-02T15:00"), "end": None, "tz": "UTC",
    }  # fmt: skip
    return Invitation(**(base | fields))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"link": "https://zoom.us/j/1", "location": "Room 4"}, Format.VIDEO),
        ({"summary": "Phone screen with Priya"}, Format.PHONE),
        ({"summary": "Call: +1 617 555 0100"}, Format.PHONE),
        ({"summary": "Interview", "dial_in": "+1-412-555-0123"}, Format.PHONE),
        ({"summary": "Interview", "location": "+1 617 555 0100"}, Format.PHONE),
        ({"summary": "Phone screen", "location": "1 Harbor Way"}, Format.IN_PERSON),
        ({"summary": "Interview", "location": "1 Harbor Way"}, Format.IN_PERSON),
        ({"summary": "Interview"}, Format.IN_PERSON),
        ({"summary": "Recall the panel"}, Format.IN_PERSON),
    ],
)
def test_the_format_guess(fields: dict[str, object], expected: Format) -> None:
    assert guess_format(invitation(**fields))[0] is expected


@pytest.mark.parametrize(
    ("domain", "company"),
    [
        ("harbor-analytics.example", "Harbor Analytics"),
        ("mail.acme.co.uk", "Acme"),
        ("daxlab.com", "Daxlab"),
        ("gmail.com", ""),
        ("xs4all.nl", ""),
        ("example.com", ""),
        ("resource.calendar.google.com", ""),
    ],
)
def test_a_company_from_an_email_domain(domain: str, company: str) -> None:
    assert company_from_domain(domain) == company


def test_the_company_is_the_commonest_business_domain_and_never_the_candidates_own() -> None:
    parties = [
        Party("Priya", "priya@recruit-partners.example"),
        Party("Dana", "dana@harbor-analytics.example"),
        Party("Luis", "luis@harbor-analytics.example"),
        Party("Me", "alex@current-employer.example"),
        Party("Friend", "friend@gmail.com"),
    ]
    assert guess_company(parties, own=["alex@current-employer.example"]) == "Harbor Analytics"
    assert (
        guess_company(parties[:1] + parties[3:], own=["ALEX@current-employer.example"]) == "Recruit Partners"
    )
    assert guess_company([Party("Friend", "friend@gmail.com")]) == ""


# --- files that are no invitation --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"", "the file is empty"),
        (b"\xef\xbb\xbf \r\n\t\n", "the file is empty"),
        (b"Dear Alex, see you Tuesday.\n", "this is neither"),
        (b'{"format": "followup-export"}\n', "this is neither"),
        (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20260302T150000Z\r\n", "this one is cut short"),
        (b"BEGIN:VCALENDAR\r\nnot a content line\r\nEND:VCALENDAR\r\n", "this one is broken (Content line"),
        (calendar("DTSTART:2026030"), "a readable DTSTART; the event has a broken DTSTART (Expected"),
        (calendar("SUMMARY:Interview"), "'Interview' has no start (DTSTART)"),
    ],
    ids=["empty", "blank", "text", "json", "truncated", "garbled", "bad-start", "no-start"],
)
def test_a_file_that_is_no_invitation_is_refused_in_one_line(data: bytes, fragment: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        parse(data)
    assert refused.value.message.startswith("invite.ics: expected ")
    assert fragment in refused.value.message
    assert "\n" not in refused.value.message


def test_a_huge_file_is_refused_before_it_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    huge = tmp_path / "huge.ics"
    with huge.open("wb") as out:
        out.truncate(50 * 2**20)  # sparse: 50 MB on paper, nothing on disk

    def no_reading(self: Path) -> bytes:
        raise AssertionError(f"{self} was read")

    monkeypatch.setattr(Path, "read_bytes", no_reading)
    with pytest.raises(InvalidInput, match=r"of at most 25 MB; this file has 50.0 MB$"):
        read_invitation(huge, home_tz="UTC")
    assert os.path.getsize(huge) > MAX_BYTES


def test_a_missing_file_and_a_directory_are_refused(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match=r"missing.ics: expected a file that exists$"):
        read_invitation(tmp_path / "missing.ics", home_tz="UTC")
    with pytest.raises(InvalidInput, match=r"this is a directory$"):
        read_invitation(tmp_path, home_tz="UTC")
