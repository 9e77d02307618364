"""Invitations written for this project after what Outlook, Exchange, Google and Apple really send
(tests/calendars/files, see its README): zones named with stray spaces, a VTIMEZONE that contradicts its
Windows name, zones known only by their offsets (announced, and never a region nobody named), two files
with the same TZID and different rules read in one process in either order, line breaks and control
characters in a link or a place, and the encodings and line endings files come in."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from followup.calendars.invitation import Invitation, Party, parse_invitation, read_invitation

FILES = Path(__file__).resolve().parent / "files"


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC)


def read(name: str, *, home: str = "America/New_York", event: int | None = None) -> Invitation:
    return read_invitation(FILES / name, home_tz=home, event=event)


def test_a_windows_zone_name_is_trusted_over_a_vtimezone_that_contradicts_it() -> None:
    # Outlook wrote "New Zealand Standard Time" with no rules at UTC+00:00: read by the VTIMEZONE, the
    # interview at 10:00 in Auckland (22:00 UTC the day before) would land 12 hours off.
    found = read("outlook-wrong-vtimezone.ics")
    assert (found.start, found.end, found.tz) == (
        at("2026-07-13T22:00"),
        at("2026-07-13T23:00"),
        "Pacific/Auckland",
    )
    assert found.notes == (
        "the file's VTIMEZONE for 'New Zealand Standard Time' says UTC+00:00 on 14 Jul 2026, but that zone "
        "is Pacific/Auckland, UTC+12:00: the time was read in Pacific/Auckland",
    )


@pytest.mark.parametrize(
    ("event", "start", "end", "tz"),
    [
        (1, "2026-03-10T13:30", "2026-03-10T14:30", "America/New_York"),  # "Eastern Standard Time "
        (2, "2026-03-17T13:30", "2026-03-17T14:30", "America/New_York"),  # "  Customized  Time Zone "
    ],
)
def test_a_tzid_with_stray_spaces_finds_its_vtimezone(event: int, start: str, end: str, tz: str) -> None:
    found = read("tzid-stray-spaces.ics", event=event)
    assert (found.start, found.end) == (at(start), at(end))
    if event == 1:
        assert (found.tz, found.notes) == (tz, ())
    else:  # +05:30 all year, which no zone the file or the profile names has
        assert found.tz == "America/New_York"
        assert (
            "only the offset of the file's zone 'Customized Time Zone' is known (UTC+05:30" in found.notes[0]
        )


def test_a_zone_known_only_by_its_offset_is_announced_and_shown_in_the_candidates_zone() -> None:
    found = read("offset-only-zone.ics", home="Europe/Berlin")
    assert (found.start, found.tz) == (at("2026-07-15T04:30"), "Europe/Berlin")
    assert found.notes == (
        "only the offset of the file's zone 'Customized Time Zone' is known (UTC+05:30 on 15 Jul 2026), not "
        "where it is: the time is right, and shown in your zone, Europe/Berlin",
    )


def test_a_zone_known_by_its_offsets_takes_the_zone_the_calendar_names() -> None:
    found = read("offset-zone-named-by-calendar.ics")
    assert (found.start, found.tz) == (at("2026-07-15T04:30"), "Asia/Kolkata")
    assert found.notes == (
        "the file names its zone only 'Customized Time Zone'; Asia/Kolkata (the calendar's X-WR-TIMEZONE) "
        "has its offsets all year, so the time is shown there",
    )


EASTERN = ("custom-zone-us-eastern.ics", at("2026-07-15T14:00"))
CENTRAL_EUROPE = ("custom-zone-central-europe.ics", at("2026-07-15T08:00"))


@pytest.mark.parametrize(
    "order", [(EASTERN, CENTRAL_EUROPE), (CENTRAL_EUROPE, EASTERN)], ids=["us-first", "eu-first"]
)
def test_two_files_with_the_same_tzid_and_different_rules_each_get_their_own(
    order: tuple[tuple[str, dt.datetime], ...],
) -> None:
    # icalendar and dateutil cache zones by TZID for the whole process: "Customized Time Zone" must not
    # keep the rules of the first file that defined it.
    for _ in range(2):
        for name, start in order:
            assert read(name, home="UTC").start == start, name


def test_a_google_invitation_email_gives_its_meet_link_zone_and_panel_without_the_room() -> None:
    found = read("google-invitation.eml", home="America/New_York")
    assert (found.start, found.end, found.tz) == (
        at("2026-04-21T18:30"),
        at("2026-04-21T19:15"),
        "America/Chicago",
    )
    assert (found.link, found.location, found.method, found.notes) == (
        "https://meet.google.com/qrs-tuvw-xyz",
        "",
        "REQUEST",
        (),
    )
    assert found.organizer == Party("Jordan Blake", "jordan.blake@prairie-robotics.example")
    assert found.attendees == (
        Party("Alex Morgan", "alex.morgan@example.com"),  # the CN is the address: named from it
        Party("Casey Ng", "casey.ng@prairie-robotics.example"),
    )


def test_an_iphone_calendar_export_keeps_the_address_lines_on_one_line() -> None:
    found = read("iphone-calendar-export.ics", home="UTC")
    assert (found.start, found.tz, found.summary) == (
        at("2026-04-09T12:00"),
        "Europe/Berlin",
        "Vorstellungsgespräch Spree Software",
    )
    assert (found.location, found.link) == ("Spree Software GmbH, Friedrichstraße 68, 10117 Berlin", "")


def test_line_breaks_and_control_characters_never_reach_a_stored_text() -> None:
    found = read("line-breaks-in-link-and-place.ics")
    # A place keeps its lines, joined; a link keeps its first line's first word (what follows is a PIN).
    assert found.location == "Room 4, 1 Harbor Way, Boston;\\ MA"
    assert found.link == "https://meet.google.com/abc-defg-hij"
    assert found.summary == "Interview with Harbor"
    assert found.organizer == Party("Priya[31m Shah", "priya.shah@harbor-analytics.example")
    assert found.attendees == (Party("Dana Kim", "dana.kim@harbor-analytics.example"),)


@pytest.mark.parametrize(
    "encode",
    [
        pytest.param(lambda data: data.decode().encode("utf-16"), id="utf-16-with-mark"),
        pytest.param(lambda data: data.decode().encode("utf-16-le"), id="utf-16-without-mark"),
        pytest.param(lambda data: data.decode().encode("utf-32"), id="utf-32"),
        pytest.param(lambda data: data.replace(b"\r\n", b"\r\r\n"), id="cr-cr-lf"),
        pytest.param(lambda data: data.replace(b"\r\n", b"\r"), id="cr"),
        pytest.param(lambda data: data.replace(b"\r\n", b"\n", 9), id="mixed"),
    ],
)
def test_encodings_and_line_endings_change_nothing(encode: object) -> None:
    data = (FILES / "outlook-wrong-vtimezone.ics").read_bytes()
    again = parse_invitation(
        encode(data), str(FILES / "outlook-wrong-vtimezone.ics"), home_tz="America/New_York"
    )  # type: ignore[operator]
    assert again == read("outlook-wrong-vtimezone.ics")


def test_a_floating_time_is_read_in_the_candidates_zone_and_the_user_told_once() -> None:
    data = (FILES / "offset-only-zone.ics").read_bytes().replace(b";TZID=Customized Time Zone", b"")
    found = parse_invitation(data, "floating.ics", home_tz="Europe/Berlin")
    assert (found.start, found.tz) == (at("2026-07-15T08:00"), "Europe/Berlin")
    assert found.notes == ("the file gives no time zone: its times were read in your zone, Europe/Berlin",)
