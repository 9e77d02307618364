"""What an invitation may say and still be an interview: dates in 1970-2099, an end after the start and
within 24 hours, a SEQUENCE that is an RFC 5545 integer, texts of a sane length. Anything else is refused
in one line naming the file and the field; and the crashes fuzzing found are each pinned here."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.calendars.invitation import SeveralEvents, parse_invitation
from followup.core.errors import InvalidInput


def calendar(*lines: str) -> bytes:
    head = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", "METHOD:REQUEST", "BEGIN:VEVENT", "UID:u"]
    return "\r\n".join([*head, *lines, "END:VEVENT", "END:VCALENDAR", ""]).encode()


REFUSED = [
    pytest.param(
        ("DTSTART:00010101T100000Z",),
        "invite.ics, DTSTART: expected a date in the years 1970 to 2099 (got '1-01-01 10:00')",
        id="year-1-utc",
    ),
    pytest.param(
        ("DTSTART;TZID=America/New_York:00010101T000000",),
        "invite.ics, DTSTART: expected a date in the years 1970 to 2099 (got '1-01-01 00:00')",
        id="year-1-in-a-zone",
    ),
    pytest.param(
        ("DTSTART:99991231T230000Z", "DURATION:PT2H"),
        "invite.ics, DTSTART: expected a date in the years 1970 to 2099 (got '9999-12-31 23:00')",
        id="year-9999",
    ),
    pytest.param(
        ("DTSTART:20260302T150000Z", "DTEND;TZID=Etc/GMT+12:99991231T230000"),
        "invite.ics, DTEND: expected a date in the years 1970 to 2099 (got '9999-12-31 23:00')",
        id="end-in-year-9999",
    ),
    pytest.param(
        ("DTSTART:20260302T150000Z", "DURATION:P400D"),
        "invite.ics, DURATION: expected an interview of at most 24 hours; this event lasts 400 days",
        id="400-days",
    ),
    pytest.param(
        ("DTSTART:20260302T150000Z", "DURATION:P99999999D"),
        "invite.ics, DURATION: expected an interview of at most 24 hours; this event lasts 99999999 days",
        id="duration-beyond-the-calendar",
    ),
    pytest.param(
        ("DTSTART:20260302T150000Z", "DTEND:20260304T150000Z"),
        "invite.ics, DTEND: expected an interview of at most 24 hours; this event lasts 2 days",
        id="two-days",
    ),
    pytest.param(
        ("DTSTART:20260302T150000Z", "DURATION:-PT1H"),
        "invite.ics, DURATION: expected a length that is not negative (got '-1 h 00 min')",
        id="negative-duration",
    ),
    pytest.param(
        ("DTSTART:20260302T150000Z", "DTEND:20260302T143000Z"),
        "invite.ics, DTEND: expected a time after DTSTART (2026-03-02 15:00 UTC) "
        "(got '2026-03-02 14:30 UTC')",
        id="end-before-start",
    ),
    pytest.param(
        ("DTSTART:20260302T150000Z", "SEQUENCE:99999999999999999999999"),
        "invite.ics, SEQUENCE: expected a whole number from 0 to 2147483647 (got '99999999999999999999')",
        id="sequence-beyond-an-integer",
    ),
    pytest.param(
        ("DTSTART:20260302T150000Z", "LOCATION:" + "Room 4 " * 200),
        "invite.ics, LOCATION: expected at most 500 characters; this one has 1399",
        id="huge-location",
    ),
    pytest.param(
        ("DTSTART:20260302T150000Z", "URL:https://zoom.us/j/" + "1" * 3000),
        "invite.ics, the meeting link: expected at most 2000 characters; this one has 3018",
        id="huge-link",
    ),
    pytest.param(
        ("DTSTART:20260302T150000Z", "ATTENDEE;CN=" + "A" * 300 + ":mailto:a@harbor.example"),
        "invite.ics, ATTENDEE: expected a name (CN) of at most 200 characters; one has 300",
        id="huge-name",
    ),
    pytest.param(
        ("UID:" + "x" * 2000, "DTSTART:20260302T150000Z"),
        "invite.ics, UID: expected a UID of at most 1000 characters; it has 2000",
        id="huge-uid",
    ),
]


@pytest.mark.parametrize(("lines", "message"), REFUSED)
def test_what_no_interview_can_be_is_refused_in_one_line_naming_the_field(
    lines: tuple[str, ...], message: str
) -> None:
    data = calendar(*lines).replace(b"UID:u\r\nUID:", b"UID:")
    with pytest.raises(InvalidInput) as refused:
        parse_invitation(data, "invite.ics", home_tz="America/New_York")
    assert refused.value.message == message
    assert "\n" not in refused.value.message


@pytest.mark.parametrize(
    ("lines", "hours"),
    [
        (("DTSTART:20260302T150000Z", "DURATION:PT24H"), 24),
        (("DTSTART:20260302T150000Z", "DTEND:20260303T150000Z"), 24),
        (("DTSTART:19700102T150000Z", "DURATION:PT1H"), 1),
        (("DTSTART:20991231T100000Z", "DURATION:PT1H"), 1),
    ],
)
def test_the_limits_themselves_are_accepted(lines: tuple[str, ...], hours: int) -> None:
    found = parse_invitation(calendar(*lines), "invite.ics", home_tz="America/New_York")
    assert found.end is not None and (found.end - found.start).total_seconds() == hours * 3600


def test_a_negative_or_unreadable_sequence_is_zero() -> None:
    for sequence in ("-3", "two", "²", "--5", "+-1", ""):
        found = parse_invitation(
            calendar("DTSTART:20260302T150000Z", f"SEQUENCE:{sequence}"), "invite.ics", home_tz="UTC"
        )
        assert found.sequence == 0


def test_a_calendar_nested_thousands_deep_is_read_without_a_crash() -> None:
    deep = calendar("DTSTART:20260302T150000Z", *["BEGIN:VEVENT"] * 3000, *["END:VEVENT"] * 3000)
    found = parse_invitation(deep, "invite.ics", home_tz="UTC")
    assert (found.uid, found.start) == ("u", dt.datetime(2026, 3, 2, 15, tzinfo=dt.UTC))  # the only one timed


def test_of_thousands_of_events_the_refusal_lists_ten() -> None:
    many = calendar(
        "DTSTART:20260302T150000Z",
        *[
            f"BEGIN:VEVENT\r\nUID:{n}\r\nSUMMARY:Chat {n}\r\nDTSTART:20260302T150000Z\r\nEND:VEVENT"
            for n in range(5000)
        ],
    )
    with pytest.raises(SeveralEvents) as several:
        parse_invitation(many, "invite.ics", home_tz="UTC")
    assert several.value.message.endswith("10: 'Chat 8' (2026-03-02 15:00); and 4991 more)")
    assert len(several.value.choices) == 5001


def zone_with_rule(tzid: str, rule: str) -> tuple[str, ...]:
    return (
        "END:VEVENT",
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:STANDARD",
        "DTSTART:16010101T000000",
        "TZOFFSETFROM:-0200",
        "TZOFFSETTO:-0300",
        f"RRULE:{rule}",
        "END:STANDARD",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        "UID:v",
        f"DTSTART;TZID={tzid}:20260302T100000",
    )


@pytest.mark.parametrize(
    ("rule", "problem"),
    [
        ("FREQ=SECONDLY", "its RRULE repeats secondly; a zone changes its offset a few times a year"),
        ("FREQ=DAILY;INTERVAL=1", "its RRULE repeats daily; a zone changes its offset a few times a year"),
        (
            "FREQ=YEARLY;BYMONTH=3;BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11;BYMINUTE=0,10,20,30,40,50",
            "its RRULE gives more dates a year than any zone changes its offset",
        ),
        ("FREQ=YEARLY;BYMONTH=1,2,3,4,5,6,7,8,9,10,11,12;BYMONTHDAY=1,2,3,4,5,6", "more dates a year"),
    ],
)
def test_a_vtimezone_whose_rules_would_take_hours_to_build_is_refused_at_once(
    rule: str, problem: str
) -> None:
    # dateutil walks an observance's RRULE from 1601: every second up to 2026 would never end.
    data = calendar("DTSTART:20260302T150000Z", *zone_with_rule("Custom Zone", rule))
    with pytest.raises(InvalidInput) as refused:
        parse_invitation(data, "invite.ics", home_tz="UTC", event=2)
    assert refused.value.message.startswith(
        "invite.ics: expected a readable time zone definition; its VTIMEZONE 'Custom Zone' is broken ("
    )
    assert problem in refused.value.message


def test_a_costly_vtimezone_under_a_known_name_is_left_aside_for_the_name() -> None:
    data = calendar(
        "DTSTART:20260302T150000Z", *zone_with_rule("E. South America Standard Time", "FREQ=SECONDLY")
    )
    found = parse_invitation(data, "invite.ics", home_tz="UTC", event=2)
    assert (found.start, found.tz) == (dt.datetime(2026, 3, 2, 13, tzinfo=dt.UTC), "America/Sao_Paulo")
