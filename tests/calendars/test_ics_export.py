"""The plan as an .ics file: it parses back with icalendar and with vobject (an independent parser), its
times equal the plan's windows, it carries alarms and time zones, UIDs are stable, SEQUENCE grows only
for changed items, finished or cancelled steps are exported as cancelled so calendars drop them."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import vobject
from icalendar import Calendar

from followup.calendars.ics_export import Exported, etag_of, export_calendar, uid_for
from followup.core import codec
from followup.core.model import Event, EventType, Records
from followup.core.plan.planner import plan
from followup.workdays import calendars_for
from tests.cli.conftest import invoke

SCENARIOS = Path(__file__).resolve().parents[1] / "scenarios"
ET = ZoneInfo("America/New_York")


def load(name: str) -> Records:
    return codec.loads((SCENARIOS / f"{name}.json").read_text())


def at(text: str, zone: ZoneInfo = ET) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=zone).astimezone(dt.UTC)


def export(
    records: Records,
    now: dt.datetime,
    sequences: dict[str, tuple[str, int]] | None = None,
    todos: bool = False,
) -> Exported:
    views = plan(records, calendars_for(records), now)
    return export_calendar(records, views, now, sequences or {}, todos=todos)


def components(data: bytes, kind: str = "VEVENT") -> dict[str, object]:
    return {str(c["UID"]): c for c in Calendar.from_ical(data).walk(kind)}


def test_it_parses_with_two_independent_parsers_and_the_times_are_the_plans() -> None:
    records = load("S01")
    now = at("2026-03-02T14:00")
    exported = export(records, now)
    events = components(exported.data)
    interview = events[uid_for("harbor", "interview-i1")]
    assert interview["DTSTART"].dt == dt.datetime(2026, 3, 2, 10, 0, tzinfo=ET)  # type: ignore[index]
    assert interview["DTEND"].dt == dt.datetime(2026, 3, 2, 11, 30, tzinfo=ET)  # type: ignore[index]
    f1 = events[uid_for("harbor", "F1")]
    # F1's DUE window opens Mon 9 Mar (bd(I,5)): the reminder is that morning at 09:00 New York time.
    assert f1["DTSTART"].dt == dt.datetime(2026, 3, 9, 9, 0, tzinfo=ET)  # type: ignore[index]
    assert "Mon 16 Mar 2026 23:59" in str(f1["DESCRIPTION"])  # type: ignore[index]
    assert "T-03" in str(f1["DESCRIPTION"])  # type: ignore[index]
    ty = events[uid_for("harbor", "TY:dana")]
    assert ty["DTSTART"].dt == dt.datetime(2026, 3, 2, 11, 30, tzinfo=ET)  # type: ignore[index]
    assert [a["ACTION"] for a in ty.walk("VALARM")] == ["DISPLAY"]  # type: ignore[attr-defined]
    assert {str(tz["TZID"]) for tz in Calendar.from_ical(exported.data).walk("VTIMEZONE")} == {
        "America/New_York"
    }

    parsed = vobject.readOne(exported.data.decode())
    by_uid = {e.uid.value: e for e in parsed.vevent_list}
    assert set(by_uid) == set(events)
    assert by_uid[uid_for("harbor", "F1")].dtstart.value.astimezone(dt.UTC) == dt.datetime(
        2026, 3, 9, 14, 0, tzinfo=dt.UTC
    )
    assert len(set(events)) == len(list(Calendar.from_ical(exported.data).walk("VEVENT")))  # UIDs unique


def test_re_exporting_an_unchanged_plan_keeps_uids_sequence_and_etag() -> None:
    records = load("S01")
    first = export(records, at("2026-03-02T14:00"))
    second = export(records, at("2026-03-02T14:05"), first.sequences)
    assert second.etag == first.etag  # DTSTAMP differs, content does not
    assert {uid: seq for uid, (_, seq) in second.sequences.items()} == dict.fromkeys(first.sequences, 0)


def test_a_step_done_since_the_last_export_is_cancelled_with_a_higher_sequence() -> None:
    records = load("S01")
    first = export(records, at("2026-03-02T14:00"))
    app = records.applications[0]
    sent = Event("e1", EventType.SENT, at("2026-03-02T15:00"), kind="TY", to=("dana",))
    done = dataclasses.replace(records, applications=(dataclasses.replace(app, events=(sent,)),))
    second = export(done, at("2026-03-02T16:00"), first.sequences)
    ty = components(second.data)[uid_for("harbor", "TY:dana")]
    assert str(ty["STATUS"]) == "CANCELLED"  # type: ignore[index]
    assert int(ty["SEQUENCE"]) == 1  # type: ignore[index]
    assert not list(ty.walk("VALARM"))  # type: ignore[attr-defined]
    assert second.etag != first.etag
    unchanged = components(second.data)[uid_for("harbor", "TY:luis")]
    assert int(unchanged["SEQUENCE"]) == 0  # type: ignore[index]


def test_steps_cancelled_by_an_invitation_are_exported_as_cancelled() -> None:
    records = load("S18")
    events = components(export(records, at("2026-07-07T12:30", ZoneInfo("America/Chicago"))).data)
    assert str(events[uid_for("coastal", "F1")]["STATUS"]) == "CANCELLED"  # type: ignore[index]
    assert str(events[uid_for("coastal", "RSP:e2")]["STATUS"]) == "CONFIRMED"  # type: ignore[index]


def test_to_dos_carry_the_deadline_as_due() -> None:
    records = load("S01")
    todos = components(export(records, at("2026-03-02T14:00"), todos=True).data, "VTODO")
    f1 = todos[uid_for("harbor", "F1")]
    assert f1["DUE"].dt == dt.datetime(2026, 3, 17, 0, 0, tzinfo=ET)  # type: ignore[index]  # through 16 Mar
    assert str(f1["STATUS"]) == "NEEDS-ACTION"  # type: ignore[index]


def test_an_ended_application_is_left_out() -> None:
    records = load("S10")
    exported = export(records, at("2026-03-06T10:00"))
    assert components(exported.data) == {}


def test_the_etag_ignores_only_the_timestamp() -> None:
    data = b"BEGIN:VEVENT\r\nDTSTAMP:20260101T000000Z\r\nUID:x\r\nEND:VEVENT\r\n"
    assert etag_of(data) == etag_of(data.replace(b"20260101", b"20270101"))
    assert etag_of(data) != etag_of(data.replace(b"UID:x", b"UID:y"))


def test_the_cli_writes_the_file_and_remembers_sequences(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FOLLOWUP_HOME", str(tmp_path))
    assert invoke("import", str(SCENARIOS / "S01.json")).code == 0
    out = tmp_path / "plan.ics"
    result = invoke("calendar", "export", str(out), "--now", "2026-03-02T14:00")
    assert result.code == 0, result
    assert "item(s)" in result.err
    first = components(out.read_bytes())
    assert uid_for("harbor", "F1") in first
    assert (
        invoke(
            "log", "sent", "TY", "--to", "dana", "--at", "2026-03-02T15:00", "--now", "2026-03-02T15:01"
        ).code
        == 0
    )
    assert invoke("calendar", "export", str(out), "--now", "2026-03-02T16:00").code == 0
    ty = components(out.read_bytes())[uid_for("harbor", "TY:dana")]
    assert (str(ty["STATUS"]), int(ty["SEQUENCE"])) == ("CANCELLED", 1)  # type: ignore[index]


def test_an_unwritable_path_is_one_clear_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FOLLOWUP_HOME", str(tmp_path))
    assert invoke("import", str(SCENARIOS / "S01.json")).code == 0
    result = invoke("calendar", "export", str(tmp_path / "missing" / "plan.ics"), "--now", "2026-03-02T14:00")
    assert result.code == 2
    assert result.err.startswith("followup: OUT") and len(result.err.splitlines()) == 1


# --- any stored text, however odd, gives a calendar that parses back ----------------------------------

HOSTILE = [
    pytest.param("Acme\r\nBEGIN:VEVENT\r\nEND:VCALENDAR", id="crlf-and-component-lines"),
    pytest.param("Acme\rCorp\nInc", id="lone-cr-and-lf"),
    pytest.param("Acme; Corp, Inc. \\ Ltd", id="semicolon-comma-backslash"),
    pytest.param("Ac\x00me\x1b[31m\x07\x7f\x9b", id="control-characters"),
    pytest.param("Acme\x0bCorp\x0cInc\x1c\x85\u2028\u2029end", id="other-line-breaks"),
    pytest.param("\u202eemca\u202c Corp", id="bidi-override"),
    pytest.param("Acme 😀🧑‍💻 " + "Ünïcödé " * 40, id="non-bmp-and-long"),
    pytest.param("A" * 5000, id="very-long"),
]


def with_hostile_text(records: Records, text: str) -> Records:
    """S01 with ``text`` in every text field the calendar carries: company, position, place, link, names."""
    app = records.applications[0]
    interviews = tuple(
        dataclasses.replace(i, location=text, link=f"https://zoom.us/j/1{text}") for i in app.interviews
    )
    people = tuple(dataclasses.replace(p, first=text, last=text) for p in app.people)
    hostile = dataclasses.replace(
        app,
        company=dataclasses.replace(app.company, name=text),
        position=text,
        interviews=interviews,
        people=people,
    )
    return dataclasses.replace(records, applications=(hostile,))


def visible(text: str) -> str:
    return " ".join("".join(c for c in text if c.isprintable() or c.isspace()).split())


@pytest.mark.parametrize("text", HOSTILE)
@pytest.mark.parametrize("todos", [False, True], ids=["events", "todos"])
def test_any_stored_text_gives_a_calendar_both_parsers_read_back(text: str, todos: bool) -> None:
    records = with_hostile_text(load("S01"), text)
    exported = export(records, at("2026-03-02T14:00"), todos=todos)
    data = exported.data
    assert all(len(line) <= 75 for line in data.split(b"\r\n")), "every line folded to 75 octets"
    assert not set(data.decode()) & {chr(c) for c in (*range(9), *range(11, 13), *range(14, 32), 127)}
    assert b"\r" not in data.replace(b"\r\n", b"")
    parsed = Calendar.from_ical(data)
    assert len(parsed.walk("VEVENT")) + len(parsed.walk("VTODO")) == exported.items
    interview = components(data)[uid_for("harbor", "interview-i1")]
    summary = str(interview["SUMMARY"])  # type: ignore[index]
    assert "\n" not in summary and "\r" not in summary
    assert visible(summary).startswith("Interview: ")
    assert str(interview["LOCATION"]) == str(interview["LOCATION"]).strip()  # type: ignore[index]
    assert "\n" not in str(interview["URL"])  # type: ignore[index]
    assert str(interview["URL"]).startswith("https://zoom.us/j/1")  # type: ignore[index]
    again = vobject.readOne(data.decode())
    uids = {c.uid.value for c in again.getChildren() if c.name in ("VEVENT", "VTODO")}
    assert uid_for("harbor", "interview-i1") in uids
    for component in again.getChildren():
        if component.name == "VEVENT" and component.uid.value == uid_for("harbor", "interview-i1"):
            assert component.summary.value == summary


def test_a_stored_link_with_a_line_break_keeps_its_first_line_in_the_calendar() -> None:
    records = load("S01")
    app = records.applications[0]
    odd = dataclasses.replace(app.interviews[0], link="https://zoom.us/j/85512345678\nPasscode: 123 456")
    records = dataclasses.replace(
        records, applications=(dataclasses.replace(app, interviews=(odd, *app.interviews[1:])),)
    )
    interview = components(export(records, at("2026-03-02T14:00")).data)[uid_for("harbor", "interview-i1")]
    assert str(interview["URL"]) == "https://zoom.us/j/85512345678"  # type: ignore[index]
