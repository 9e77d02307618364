"""`followup interview import`: an invitation becomes an interview with its panel on a real SQLite file;
its updates reschedule it, its cancellation cancels it, and a file that is no invitation changes nothing."""

from __future__ import annotations

import json
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
import vobject
from icalendar import Calendar

from tests.cli.conftest import APP, assert_one_line_error, invoke, ok, state

FIXTURES = Path(__file__).resolve().parents[3] / "shared" / "fixtures"
ME = "alex.morgan@example.com"
UID = "round-1@harbor-analytics.example"


def invitation(
    tmp_path: Path,
    name: str = "invite.ics",
    *,
    sequence: int = 0,
    start: str = "20261124T100000",
    end: str = "20261124T113000",
    method: str = "REQUEST",
    domain: str = "harbor-analytics.example",
    extra: tuple[str, ...] = (),
) -> Path:
    """An Outlook-style invitation (Windows zone name, organiser also listed as attendee, you invited)."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:Microsoft Exchange Server 2010",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{UID}",
        f"SEQUENCE:{sequence}",
        "SUMMARY:Interview: Marketing Analyst",
        f"DTSTART;TZID=Eastern Standard Time:{start}",
        f"DTEND;TZID=Eastern Standard Time:{end}",
        "LOCATION:1 Harbor Way\\, Boston",
        f'ORGANIZER;CN="Shah, Priya":mailto:priya.shah@{domain}',
        f"ATTENDEE;CN=Priya Shah;ROLE=CHAIR:mailto:priya.shah@{domain}",
        f"ATTENDEE;CN=Dana Kim;ROLE=REQ-PARTICIPANT:mailto:dana.kim@{domain}",
        f"ATTENDEE;CN=Alex Morgan;RSVP=TRUE:mailto:{ME.upper()}",
        f"ATTENDEE:mailto:luis.ortega@{domain}",
        *extra,
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    ]
    path = tmp_path / name
    path.write_bytes("\r\n".join(lines).encode())
    return path


@pytest.fixture
def db(tmp_path: Path) -> Path:
    ok("init", "--name", "Alex Morgan", "--email", ME, "--tz", "America/New_York", "--country", "US")
    return tmp_path / "followup.db"


def exported(db: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(ok("--db", str(db), "export").out)
    return data


def imported(*args: str) -> dict[str, Any]:
    data: dict[str, Any] = ok("interview", "import", *args, "--yes", "--json").json()
    return data


def people(app: dict[str, Any]) -> dict[str, tuple[str, str, bool]]:
    return {p["id"]: (p["email"], p["role"], p["on_panel"]) for p in app["people"]}


# --- recording, rescheduling, cancelling ---------------------------------------------------------------


def test_import_records_the_interview_with_its_panel_and_leaves_you_out(db: Path, tmp_path: Path) -> None:
    shown = imported(str(invitation(tmp_path)), "--now", "2026-11-01T09:00")
    assert (shown["action"], shown["saved"], shown["application"], shown["new_application"]) == (
        "create",
        True,
        APP,
        True,
    )
    assert shown["interview"]["start"] == "2026-11-24T10:00:00-05:00"
    assert shown["interview"]["past"] is False
    [app] = exported(db)["applications"]
    assert app["company"]["name"] == "Harbor Analytics"
    [interview] = app["interviews"]
    assert {
        k: interview[k] for k in ("start", "end", "tz", "uid", "sequence", "format", "location", "round")
    } == {
        "start": "2026-11-24T15:00:00Z",
        "end": "2026-11-24T16:30:00Z",
        "tz": "America/New_York",
        "uid": UID,
        "sequence": 0,
        "format": "in_person",
        "location": "1 Harbor Way, Boston",
        "round": 1,
    }
    assert people(app) == {
        "priya-shah": ("priya.shah@harbor-analytics.example", "arranger", False),
        "dana-kim": ("dana.kim@harbor-analytics.example", "interviewer", True),
        "luis-ortega": ("luis.ortega@harbor-analytics.example", "interviewer", True),
    }
    assert app["arranger"] == "priya-shah"


def test_the_human_report_says_what_was_found_and_what_was_saved(db: Path, tmp_path: Path) -> None:
    out = ok("interview", "import", str(invitation(tmp_path)), "--yes", "--now", "2026-11-30T12:00").out
    path = tmp_path / "invite.ics"
    assert out.splitlines() == [
        f"From {path}: records round 1 with Harbor Analytics as a new application '{APP}'.",
        "  When      Tue 24 Nov 2026 10:00 to 11:30 (America/New_York) (in the past)",
        "  Format    in_person (a place to go)",
        "  Place     1 Harbor Way, Boston",
        "  Arranger  Priya Shah <priya.shah@harbor-analytics.example> (new)",
        "  Panel     Dana Kim <dana.kim@harbor-analytics.example> (new); "
        "Luis Ortega <luis.ortega@harbor-analytics.example> (new)",
        f"Recorded round 1 with Harbor Analytics as application '{APP}'. See `followup plan -a {APP}`.",
    ]


def test_position_names_what_a_new_application_is_for(db: Path, tmp_path: Path) -> None:
    out = ok(
        "interview", "import", str(invitation(tmp_path)), "--position", "Marketing Analyst", "--yes",
        "--now", "2026-11-30T12:00",
    ).out  # fmt: skip
    assert out.splitlines()[1] == "  Position  Marketing Analyst"
    assert exported(db)["applications"][0]["position"] == "Marketing Analyst"
    # an update of that invitation reaches the same application, which keeps its position
    update = invitation(tmp_path, "update.ics", sequence=1, start="20261125T100000", end="20261125T113000")
    ok("interview", "import", str(update), "--position", "Other", "--yes", "--now", "2026-11-20T12:00")
    assert exported(db)["applications"][0]["position"] == "Marketing Analyst"


def test_a_higher_sequence_reschedules_the_interview_it_created(db: Path, tmp_path: Path) -> None:
    ok("interview", "import", str(invitation(tmp_path)), "--yes")
    moved = invitation(tmp_path, "moved.ics", sequence=1, start="20261125T140000", end="20261125T150000")
    shown = imported(str(moved))
    assert (shown["action"], shown["interview"]["previous_start"]) == (
        "reschedule",
        "2026-11-24T10:00:00-05:00",
    )
    [app] = exported(db)["applications"]
    [interview] = app["interviews"]
    assert (interview["id"], interview["start"], interview["end"], interview["sequence"]) == (
        "i1",
        "2026-11-25T19:00:00Z",
        "2026-11-25T20:00:00Z",
        1,
    )
    assert sorted(people(app)) == ["dana-kim", "luis-ortega", "priya-shah"]  # nobody twice


@pytest.mark.parametrize("sequence", [0, 1])
def test_an_equal_or_lower_sequence_is_already_up_to_date(db: Path, tmp_path: Path, sequence: int) -> None:
    ok("interview", "import", str(invitation(tmp_path, sequence=1)), "--yes")
    before = state(db)
    stale = invitation(
        tmp_path, "stale.ics", sequence=sequence, start="20261201T090000", end="20261201T100000"
    )
    out = ok("interview", "import", str(stale)).out  # no --yes needed: nothing to save
    assert out.startswith("Already up to date: round 1 with Harbor Analytics")
    assert state(db) == before


@pytest.mark.parametrize(
    ("method", "extra"),
    [("CANCEL", ()), ("REQUEST", ("STATUS:CANCELLED",))],
    ids=["method-cancel", "status-cancelled"],
)
def test_a_cancellation_marks_that_interview_cancelled(
    db: Path, tmp_path: Path, method: str, extra: tuple[str, ...]
) -> None:
    ok("interview", "import", str(invitation(tmp_path)), "--yes")
    cancel = invitation(tmp_path, "cancel.ics", sequence=1, method=method, extra=extra)
    assert imported(str(cancel))["action"] == "cancel"
    [app] = exported(db)["applications"]
    [interview] = app["interviews"]
    assert (interview["cancelled"], interview["sequence"], interview["start"]) == (
        True,
        1,
        "2026-11-24T15:00:00Z",
    )
    assert "Already up to date" in ok("interview", "import", str(cancel), "--yes").out


def test_cancelling_an_interview_never_imported_changes_nothing(db: Path, tmp_path: Path) -> None:
    before = state(db)
    out = ok("interview", "import", str(invitation(tmp_path, method="CANCEL")), "--yes").out
    assert out.startswith("Nothing to cancel: no interview was imported from this invitation")
    assert state(db) == before


def test_attendees_join_the_people_already_recorded_by_their_address(populated: Path, tmp_path: Path) -> None:
    """The flow's Harbor Analytics people use @harbor.example: the invite's domain finds the application."""
    extra = ("ATTENDEE;CN=Sam Lee:mailto:sam.lee@harbor.example",)
    path = invitation(
        tmp_path, domain="harbor.example", start="20261208T100000", end="20261208T110000", extra=extra
    )
    shown = imported(str(path))
    assert (shown["action"], shown["application"], shown["interview"]["round"]) == ("create", APP, 2)
    assert [(p["id"], p["new"]) for p in shown["panel"]] == [
        ("dana-kim", False),
        ("luis-ortega", False),
        ("sam-lee", True),
    ]
    [app] = exported(populated)["applications"]
    assert len(app["people"]) == 5  # Dana, Luis, Mei, Priya from the flow, and Sam
    assert people(app)["priya-shah"] == ("priya.shah@harbor.example", "hr", False)  # her role is kept
    assert app["arranger"] == "priya-shah"
    assert [i["round"] for i in app["interviews"]] == [1, 2]


def test_an_interview_recorded_by_hand_at_that_time_is_linked_not_doubled(db: Path, tmp_path: Path) -> None:
    ok(
        "interview",
        "add",
        "--company",
        "Harbor Analytics",
        "--start",
        "2026-11-24T10:00",
        "--format",
        "video",
    )
    ok("person", "add", "Priya Shah", "--hr")  # no address yet: the invitation gives hers
    shown = imported(str(invitation(tmp_path)))
    assert (shown["action"], shown["interview"]["format_reason"]) == ("link", "as you recorded it")
    [app] = exported(db)["applications"]
    assert people(app)["priya-shah"] == ("priya.shah@harbor-analytics.example", "hr", False)
    assert sorted(people(app)) == ["dana-kim", "luis-ortega", "priya-shah"]
    [interview] = app["interviews"]
    assert (interview["uid"], interview["format"], interview["location"]) == (
        UID,
        "video",
        "1 Harbor Way, Boston",
    )


def test_application_names_where_it_goes(db: Path, tmp_path: Path) -> None:
    ok("interview", "add", "--company", "Acme Staffing", "--start", "2026-11-02T10:00")
    shown = imported(str(invitation(tmp_path)), "--application", "acme-staffing")
    assert (shown["application"], shown["interview"]["round"]) == ("acme-staffing", 2)


ZOOM = "DESCRIPTION:Join https://us02web.zoom.us/j/855123?pwd=x"


@pytest.mark.parametrize(
    ("extra", "args", "expected"),
    [
        ((ZOOM,), (), ("video", "a meeting link")),
        ((ZOOM,), ("--format", "phone"), ("phone", "as you said")),
        ((), (), ("in_person", "a place to go")),
    ],
)  # fmt: skip
def test_the_format_is_guessed_or_given(
    db: Path, tmp_path: Path, extra: tuple[str, ...], args: tuple[str, ...], expected: tuple[str, str]
) -> None:
    shown = imported(str(invitation(tmp_path, extra=extra)), *args)
    assert (shown["interview"]["format"], shown["interview"]["format_reason"]) == expected


def test_an_email_carrying_the_invitation_is_imported(db: Path, tmp_path: Path) -> None:
    message = EmailMessage()
    message["From"] = "Priya Shah <priya.shah@harbor-analytics.example>"
    message["To"] = ME
    message["Subject"] = "Invitation: Interview: Marketing Analyst"
    message.set_content("Please find the invitation attached.")
    message.add_alternative(
        invitation(tmp_path).read_text(), subtype="calendar", params={"method": "REQUEST"}
    )
    mail = tmp_path / "invite.eml"
    mail.write_bytes(bytes(message))
    shown = imported(str(mail))
    assert (shown["company"], shown["interview"]["start"]) == (
        "Harbor Analytics",
        "2026-11-24T10:00:00-05:00",
    )


def test_free_mail_addresses_name_no_company_so_it_asks_for_one(db: Path, tmp_path: Path) -> None:
    path = invitation(tmp_path, domain="gmail.com")
    before = state(db)
    assert_one_line_error(
        invoke("interview", "import", str(path), "--yes"), "--company: expected the employer's"
    )
    assert state(db) == before
    assert imported(str(path), "--company", "Harbor Analytics")["application"] == APP


# --- asking before saving --------------------------------------------------------------------------------


def test_without_a_terminal_or_yes_it_shows_what_it_found_and_saves_nothing(db: Path, tmp_path: Path) -> None:
    before = state(db)
    result = invoke("interview", "import", str(invitation(tmp_path)))
    assert result.code == 2
    assert "records round 1 with Harbor Analytics" in result.out
    assert result.err == (
        "followup: --yes: expected a confirmation to save what was found (there is no terminal to ask in); "
        "nothing was saved\n"
    )
    assert state(db) == before


@pytest.mark.parametrize(("answer", "saved"), [("n\n", False), ("y\n", True)])
def test_in_a_terminal_it_asks_before_saving(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answer: str, saved: bool
) -> None:
    monkeypatch.setattr("followup.cli.interview.interactive", lambda: True)
    before = state(db)
    out = ok("interview", "import", str(invitation(tmp_path)), stdin=answer).out
    assert "Save it? [Y/n]" in out
    assert (state(db) != before) is saved
    assert ("Nothing saved." in out) is not saved


def test_in_a_terminal_it_asks_which_of_several_events(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("followup.cli.interview.interactive", lambda: True)
    calendar = FIXTURES / "ics" / "khal__event_rrule_recuid.ics"
    out = ok("interview", "import", str(calendar), "--company", "Acme", stdin="2\ny\n").out
    assert "1. 'Arbeit' (2014-06-30 07:00)" in out
    [app] = exported(db)["applications"]
    assert [(i["start"], i["tz"]) for i in app["interviews"]] == [("2014-07-07T07:00:00Z", "Europe/Berlin")]
    assert ok("interview", "import", str(calendar), "--company", "Acme", "--event", "2").out.startswith(
        "Already up to date"
    )


# --- files that are no invitation leave the store as it was ----------------------------------------------


def write(name: str, data: bytes) -> Any:
    def make(tmp_path: Path) -> Path:
        path = tmp_path / name
        path.write_bytes(data)
        return path

    return make


def fixture(name: str) -> Any:
    return lambda tmp_path: FIXTURES / name


def huge(tmp_path: Path) -> Path:
    path = tmp_path / "huge.ics"
    with path.open("wb") as out:
        out.truncate(50 * 2**20)  # sparse: 50 MB on paper
    return path


def ics_of(*lines: str) -> bytes:
    """An invitation from the harbor-analytics domain with these lines in its event."""
    head = ["BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", "UID:limits@harbor-analytics.example"]
    organizer = "ORGANIZER:mailto:priya.shah@harbor-analytics.example"
    return "\r\n".join([*head, organizer, *lines, "END:VEVENT", "END:VCALENDAR", ""]).encode()


MARS = (
    b"BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;TZID=Mars/Olympus:20261124T100000\nEND:VEVENT\nEND:VCALENDAR\n"
)
BAD = [
    pytest.param(write("empty.ics", b""), "empty.ics: expected", "the file is empty", id="empty"),
    pytest.param(huge, "huge.ics: expected", "of at most 25 MB; this file has 50.0 MB", id="50-MB"),
    pytest.param(write("notes.txt", b"Interview on Tuesday\n"), "notes.txt", "this is neither", id="text"),
    pytest.param(lambda t: t / "missing.ics", "missing.ics: expected a file that exists", "", id="missing"),
    pytest.param(
        fixture("eml/talon__gmail.eml"), "talon__gmail.eml", "no calendar invitation in it", id="eml"
    ),
    pytest.param(
        fixture("ics/khal__invalid_tzoffset.ics"),
        "invalid_tzoffset.ics",
        "VTIMEZONE is broken",
        id="broken-zone",
    ),
    pytest.param(write("mars.ics", MARS), "mars.ics", "'Mars/Olympus' is neither an IANA", id="unknown-zone"),
    pytest.param(
        fixture("ics/icalendar__event_with_unicode_organizer.ics"),
        "organizer.ics",
        "has no start",
        id="no-start",
    ),
    pytest.param(
        fixture("ics/icalendar__bom_calendar.ics"), "bom_calendar.ics", "no event (VEVENT)", id="no-event"
    ),
    pytest.param(
        fixture("ics/icalendar__property_params.ics"), "params.ics", "not an interview time", id="all-day"
    ),
    pytest.param(
        fixture("ics/khal__cal_lots_of_timezones.ics"), "timezones.ics", "chosen with --event N", id="several"
    ),
    *(
        pytest.param(write(f"{name}.ics", ics_of(*lines)), f"{name}.ics, {field}: expected", problem, id=name)
        for name, lines, field, problem in [
            ("year-1", ("DTSTART:00010101T100000Z",), "DTSTART", "in the years 1970 to 2099"),
            ("year-9999", ("DTSTART:99991231T100000Z",), "DTSTART", "in the years 1970 to 2099"),
            ("400-days", ("DTSTART:20261124T150000Z", "DURATION:P400D"), "DURATION", "lasts 400 days"),
            ("negative", ("DTSTART:20261124T150000Z", "DURATION:-PT1H"), "DURATION", "not negative"),
            ("end-first", ("DTSTART:20261124T150000Z", "DTEND:20261124T140000Z"), "DTEND", "after DTSTART"),
            ("sequence", ("DTSTART:20261124T150000Z", "SEQUENCE:" + "9" * 30), "SEQUENCE", "from 0 to"),
        ]
    ),
]


@pytest.mark.parametrize(("make", "names", "problem"), BAD)
def test_a_file_that_is_no_invitation_is_one_line_and_changes_nothing(
    populated: Path, tmp_path: Path, make: Any, names: str, problem: str
) -> None:
    path = make(tmp_path)
    before = state(populated)
    assert_one_line_error(invoke("interview", "import", str(path), "--yes"), names, problem)
    assert state(populated) == before


# --- files from other software, and what the user is told -----------------------------------------------

OURS = Path(__file__).resolve().parents[1] / "calendars" / "files"


def test_a_contradicting_vtimezone_is_overruled_by_its_windows_name_and_the_user_told(db: Path) -> None:
    result = ok(
        "interview", "import", str(OURS / "outlook-wrong-vtimezone.ics"), "--yes", "--now", "2026-07-01T09:00"
    )
    lines = result.out.splitlines()
    assert lines[1:3] == [
        "  When      Tue 14 Jul 2026 10:00 to 11:00 (Pacific/Auckland)",
        "  Note      the file's VTIMEZONE for 'New Zealand Standard Time' says UTC+00:00 on 14 Jul 2026, but "
        "that zone is Pacific/Auckland, UTC+12:00: the time was read in Pacific/Auckland",
    ]
    [app] = exported(db)["applications"]
    assert (app["interviews"][0]["start"], app["interviews"][0]["tz"]) == (
        "2026-07-13T22:00:00Z",
        "Pacific/Auckland",
    )


def test_json_carries_the_notes_about_the_zone(db: Path) -> None:
    shown = imported(str(OURS / "offset-only-zone.ics"), "--now", "2026-07-01T09:00")
    assert shown["notes"] == [
        "only the offset of the file's zone 'Customized Time Zone' is known (UTC+05:30 on 15 Jul 2026), not "
        "where it is: the time is right, and shown in your zone, America/New_York"
    ]
    assert (shown["interview"]["start"], shown["interview"]["tz"]) == (
        "2026-07-15T00:30:00-04:00",
        "America/New_York",
    )
    assert imported(str(OURS / "google-invitation.eml"))["notes"] == []


def test_a_link_and_a_place_with_line_breaks_never_break_a_later_calendar_export(
    db: Path, tmp_path: Path
) -> None:
    ok(
        "interview",
        "import",
        str(OURS / "line-breaks-in-link-and-place.ics"),
        "--yes",
        "--now",
        "2026-11-01T09:00",
    )
    [app] = exported(db)["applications"]
    interview = app["interviews"][0]
    assert (interview["link"], interview["location"]) == (
        "https://meet.google.com/abc-defg-hij",
        "Room 4, 1 Harbor Way, Boston;\\ MA",
    )
    assert [p["first"] for p in app["people"]] == ["Priya[31m", "Dana"]
    out = tmp_path / "plan.ics"
    assert invoke("calendar", "export", str(out), "--now", "2026-11-01T09:00").code == 0
    calendar = Calendar.from_ical(out.read_bytes())
    [event] = [e for e in calendar.walk("VEVENT") if str(e["UID"]).endswith("interview-i1@followup")]
    assert (str(event["URL"]), str(event["LOCATION"])) == (
        "https://meet.google.com/abc-defg-hij",
        "Room 4, 1 Harbor Way, Boston;\\ MA",
    )
    assert vobject.readOne(out.read_text()).vevent.url.value == "https://meet.google.com/abc-defg-hij"


@pytest.mark.parametrize(
    ("name", "company", "start", "tz"),
    [
        ("google-invitation.eml", "Prairie Robotics", "2026-04-21T18:30:00Z", "America/Chicago"),
        ("tzid-stray-spaces.ics", "Chai Labs", "2026-03-10T13:30:00Z", "America/New_York"),
        ("custom-zone-central-europe.ics", "Rhein Data", "2026-07-15T08:00:00Z", "America/New_York"),
    ],
)
def test_real_invitations_import(db: Path, name: str, company: str, start: str, tz: str) -> None:
    ok("interview", "import", str(OURS / name), "--yes", "--now", "2026-03-01T09:00")
    [app] = exported(db)["applications"]
    assert (app["company"]["name"], app["interviews"][0]["start"], app["interviews"][0]["tz"]) == (
        company,
        start,
        tz,
    )
    assert "alex.morgan@example.com" not in {p["email"].casefold() for p in app["people"]}
