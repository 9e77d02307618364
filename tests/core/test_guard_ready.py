"""``Verdict.ready_at``: from when a move the guard objects to becomes right, when waiting is all it takes
(PLAYBOOK §4 S04: A-01 with K1 across Memorial Day; H-14's call windows; A-05), and no date when none
would help (H-12: the wrong person; A-04: past the cap)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from zoneinfo import ZoneInfo

from followup.core.guard import Proposal, check
from followup.core.model import Channel, Event, EventType, Records
from followup.workdays import calendars_for
from tests.scenarios.test_scenarios import guard, load, local

NY = ZoneInfo("America/New_York")


def _at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=NY)


def _serious_at(records: Records, moment: dt.datetime, **proposal: object) -> list[str]:
    verdict = check(records, records.applications[0].id, Proposal(**proposal), calendars_for(records), moment)  # type: ignore[arg-type]
    return [f.code for f in verdict.findings if f.severity.value != "NOTE"]


def test_a01_f1_before_the_stated_date_is_ready_on_the_business_day_after_it() -> None:
    records = load("S04")  # D = Wed 29 Apr: bd(D,1) = Thu 30 Apr
    verdict = guard(records, "2026-04-27T10:00", action="F1", to=("ben",), channel="email")
    assert verdict.blocked
    assert verdict.ready_at == _at("2026-04-30T00:00")
    assert _serious_at(records, _at("2026-04-30T00:00"), action="F1", to=("ben",), channel="email") == []
    assert _serious_at(records, _at("2026-04-29T23:59"), action="F1", to=("ben",), channel="email") == [
        "W-EARLY"
    ]


def test_k1_f2_on_memorial_day_is_ready_the_next_business_day() -> None:
    records = load("S04")  # D' = Fri 22 May; Mon 25 May is a federal holiday
    verdict = guard(records, "2026-05-25T10:00", action="F2", to=("ben",), channel="email")
    assert verdict.codes[0] == "W-EARLY"
    assert verdict.ready_at == _at("2026-05-26T00:00")


def test_h14_a_call_in_the_lunch_block_is_ready_when_the_afternoon_window_opens() -> None:
    records = load("S04")
    verdict = guard(records, "2026-04-30T12:30", action="CALL", to=("ben",), channel="phone")
    assert [f.code for f in verdict.findings] == ["W-CALLTIME"]
    assert verdict.ready_at == _at("2026-04-30T14:00")


def test_a_call_before_the_stated_date_waits_for_both_the_date_and_the_calling_hours() -> None:
    """The waiting period ends at midnight, when nobody may be called: the answer is the first moment that
    clears both (09:30 on Thu 30 Apr, the first H-14 window of bd(D,1))."""
    records = load("S04")
    verdict = guard(records, "2026-04-27T10:00", action="CALL", to=("ben",), channel="phone")
    assert verdict.codes[0] == "W-EARLY"
    assert verdict.ready_at == _at("2026-04-30T09:30")


def test_h12_a_status_call_to_someone_outside_hr_has_no_date_that_makes_it_right() -> None:
    records = load("S04")
    verdict = guard(records, "2026-04-27T10:00", action="CALL", to=("rachel",), channel="phone")
    assert "W-HRONLY" in verdict.codes
    assert verdict.ready_at is None


def test_a04_past_the_cap_has_no_date_that_makes_it_right() -> None:
    records = load("S04")
    app = records.applications[0]
    more = tuple(
        Event(f"x{n}", EventType.SENT, _at(day).astimezone(dt.UTC), kind, Channel.EMAIL, to=("ben",))
        for n, (kind, day) in enumerate((("F2", "2026-06-01T10:00"), ("F3", "2026-06-10T10:00")))
    )
    records = dataclasses.replace(
        records, applications=(dataclasses.replace(app, events=(*app.events, *more)),)
    )
    verdict = guard(records, "2026-06-25T10:00", action="F", to=("ben",), channel="email")
    assert "W-CAP" in verdict.codes
    assert verdict.ready_at is None


def test_a05_a_second_note_the_same_day_is_ready_the_next_day() -> None:
    records = load("S04")  # the thank-you to Rachel went at 13:00 on Wed 15 Apr
    verdict = guard(records, "2026-04-15T13:30", action="TY", to=("rachel",), channel="email")
    assert [f.code for f in verdict.findings] == ["W-FREQ"]
    assert verdict.ready_at == _at("2026-04-16T00:00")


def test_a_move_at_the_right_time_has_no_ready_date() -> None:
    records = load("S04")
    verdict = guard(records, "2026-04-30T10:00", action="F1", to=("ben",), channel="email")
    assert verdict.findings == ()
    assert verdict.ready_at is None


def test_ready_date_is_read_from_the_records_as_known_when_proposed() -> None:
    """Replaying history (--now before later events) judges the later moment without those events: the
    reply of 8 May that moved the date is not known on 27 Apr."""
    records = load("S04")
    moment = local(records, "2026-04-27T10:00")
    verdict = check(
        records, "lumen", Proposal("F1", to=("ben",), channel="email"), calendars_for(records), moment
    )
    assert verdict.ready_at == _at("2026-04-30T00:00")
