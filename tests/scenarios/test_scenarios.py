"""Every scenario of PLAYBOOK §4 as an executable specification.

Scenario records live beside this file in the import format (S01.json ...); each check reads the plan
at the scenario's "now" and asserts it action by action: state, the codes listed (K10: every listed
code raised; no WARN or BLOCK that is not listed) and the windows with their dates. Guard lines
("X — BLOCKED — code") are proposals checked with ``guard.check``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from followup.core import codec
from followup.core.codes import Severity
from followup.core.guard import Proposal, Verdict, check
from followup.core.model import Debrief, Event, EventType, Records, StumbledQuestion
from followup.core.plan.planner import plan
from followup.core.plan.schedule import PlanView
from followup.workdays import calendars_for

HERE = Path(__file__).parent
D = dt.date


def load(name: str) -> Records:
    return codec.loads((HERE / f"{name}.json").read_text())


def local(records: Records, text: str) -> dt.datetime:
    """A scenario's "now" is the candidate's local time (the interview's zone)."""
    zone = ZoneInfo(records.applications[0].interviews[0].tz)
    return dt.datetime.fromisoformat(text).replace(tzinfo=zone).astimezone(dt.UTC)


def plan_of(records: Records, now: str, app: int = 0) -> PlanView:
    return plan(records, calendars_for(records), local(records, now))[app]


def guard(records: Records, now: str, app: int = 0, **proposal: object) -> Verdict:
    moment = local(records, now)
    return check(records, records.applications[app].id, Proposal(**proposal), calendars_for(records), moment)  # type: ignore[arg-type]


def state(view: PlanView, label: str) -> str:
    step = view.view(label)
    assert step is not None, f"no step {label}: {[v.step.label for v in view.steps]}"
    return step.state


def codes(view: PlanView, label: str) -> set[str]:
    step = view.view(label)
    assert step is not None, label
    return set(step.codes)


def windows(view: PlanView, label: str) -> list[tuple[str, dt.date, dt.date]]:
    step = view.view(label)
    assert step is not None, label
    return list(step.step.windows)


def local_time(view: PlanView, moment: dt.datetime | None) -> str:
    assert moment is not None
    return moment.astimezone(ZoneInfo(view.schedule.tz)).strftime("%a %d %b %H:%M")


def serious(verdict: Verdict) -> set[str]:
    return {f.code for f in verdict.findings if f.severity is not Severity.NOTE}


def notices(view: PlanView) -> set[str]:
    return {n.code for n in view.notices}


# --- S01 ----------------------------------------------------------------------------------------------
def test_s01_day_of_checklist_for_a_panel_without_a_timeline() -> None:
    records = load("S01")
    view = plan_of(records, "2026-03-02T14:00")
    assert "W-NO-TIMELINE" in notices(view)
    assert state(view, "DB") == "OVERDUE" and codes(view, "DB") == {"W-DEBRIEF-LATE"}
    db = view.view("DB")
    assert db is not None
    assert local_time(view, db.step.target) == "Mon 02 Mar 12:00"
    assert local_time(view, db.step.deadline) == "Mon 02 Mar 13:30"
    for label in ("TY:Dana Kim", "TY:Luis Ortega", "TA:Priya Shah"):
        assert state(view, label) == "DUE" and codes(view, label) == set()
        step = view.view(label)
        assert step is not None
        assert local_time(view, step.step.target) == "Mon 02 Mar 23:59"
        assert local_time(view, step.step.deadline) == "Tue 03 Mar 11:30"
    ty = view.view("TY:Dana Kim")
    assert ty is not None and any("C-05" in note for note in ty.step.notes)
    assert state(view, "FL:Dana Kim") == "NOT_YET"
    assert windows(view, "FL:Dana Kim") == [("ALLOWED", D(2026, 3, 4), D(2026, 3, 6))]
    assert state(view, "F1") == "NOT_YET"
    assert windows(view, "F1") == [("DUE", D(2026, 3, 9), D(2026, 3, 16))]
    f1 = view.view("F1")
    assert f1 is not None and f1.step.to == ("priya",) and f1.step.channel == "email"
    assert state(view, "LI:Dana Kim") == "ALLOWED" and state(view, "LI:Luis Ortega") == "ALLOWED"


# --- S02 ----------------------------------------------------------------------------------------------
def test_s02_phone_thank_you_late_then_overdue() -> None:
    records = load("S02")
    view = plan_of(records, "2026-03-11T09:00")
    assert state(view, "TY:Marcus Lee") == "DUE" and codes(view, "TY:Marcus Lee") == {"W-TY-LATE"}
    ty = view.view("TY:Marcus Lee")
    assert ty is not None and local_time(view, ty.step.deadline) == "Wed 11 Mar 16:30"
    assert not any("C-05" in n for n in ty.step.notes)  # D known: no next-steps question required
    asking = guard(
        records,
        "2026-03-11T09:00",
        action="TY",
        to=("marcus",),
        body="Thank you for your time. Have you made a decision yet?",
    )
    assert serious(asking) == {"W-EARLY", "W-TY-LATE"}
    assert next(f for f in asking.findings if f.code == "W-EARLY").severity is Severity.WARN
    assert state(view, "FL:Marcus Lee") == "NOT_YET"
    assert windows(view, "FL:Marcus Lee") == [("ALLOWED", D(2026, 3, 12), D(2026, 3, 16))]
    assert state(view, "F1") == "NOT_YET"
    assert windows(view, "F1") == [
        ("ALLOWED", D(2026, 3, 23), D(2026, 3, 26)),
        ("DUE", D(2026, 3, 27), D(2026, 4, 3)),
    ]
    assert "N-ASK-HR" not in notices(view)  # phone interview: no business-card check (I-03, I-04)

    later = plan_of(records, "2026-03-11T17:00")
    assert state(later, "TY:Marcus Lee") == "OVERDUE" and codes(later, "TY:Marcus Lee") == {"W-TY-OVERDUE"}


# --- S03 ----------------------------------------------------------------------------------------------
def test_s03_friday_video_panel_thank_you_over_the_weekend() -> None:
    records = load("S03")
    view = plan_of(records, "2026-03-14T10:00")
    assert state(view, "TY:Aisha Bello") == "DONE"
    for label in ("TY:Tom Rhee", "TY:Greta Olsen"):
        assert state(view, label) == "DUE" and codes(view, label) == {"W-TY-LATE"}
        step = view.view(label)
        assert step is not None and local_time(view, step.step.deadline) == "Sat 14 Mar 16:00"
        assert any("C-05" in note for note in step.step.notes)  # Aisha's note had no next-steps question
    saturday = guard(
        records,
        "2026-03-14T10:00",
        action="TY",
        to=("tom",),
        body="Thank you for the conversation. When do you expect to decide on next steps?",
    )
    assert "N-NONBIZ" not in saturday.codes and serious(saturday) == {"W-TY-LATE"}
    assert "W-NO-TIMELINE" in notices(view)
    assert windows(view, "FL:Tom Rhee") == [("ALLOWED", D(2026, 3, 17), D(2026, 3, 19))]
    assert windows(view, "F1") == [("DUE", D(2026, 3, 20), D(2026, 3, 27))]
    later = plan_of(records, "2026-03-14T16:30")
    for label in ("TY:Tom Rhee", "TY:Greta Olsen"):
        assert state(later, label) == "OVERDUE" and codes(later, label) == {"W-TY-OVERDUE"}


# --- S04 ----------------------------------------------------------------------------------------------
def test_s04_within_two_weeks_early_attempt_and_memorial_day() -> None:
    records = load("S04")
    early = guard(records, "2026-04-27T10:00", action="F1", to=("ben",))
    assert early.state == "NOT_YET" and early.blocked
    assert serious(early) == {"W-EARLY"} and "N-PATIENCE" in early.codes
    assert "Thu 30 Apr" in next(f.message for f in early.findings if f.code == "W-EARLY")

    view = plan_of(records, "2026-04-30T10:00")
    assert state(view, "F1") == "ALLOWED" and "N-MISSED-DATE" in codes(view, "F1")
    assert windows(view, "F1") == [
        ("ALLOWED", D(2026, 4, 30), D(2026, 5, 5)),
        ("DUE", D(2026, 5, 6), D(2026, 5, 13)),
    ]

    memorial = guard(records, "2026-05-25T10:00", action="F2", to=("ben",))
    assert memorial.state == "NOT_YET" and memorial.blocked
    assert serious(memorial) == {"W-EARLY"} and "N-NONBIZ" in memorial.codes
    assert "Tue 26 May 09:00" in next(f.message for f in memorial.findings if f.code == "N-NONBIZ")

    view = plan_of(records, "2026-05-26T10:00")
    assert state(view, "F1") == "DONE"
    assert state(view, "F2") == "ALLOWED"
    assert windows(view, "F2") == [
        ("ALLOWED", D(2026, 5, 26), D(2026, 5, 29)),
        ("DUE", D(2026, 6, 1), D(2026, 6, 8)),
    ]
    f2 = view.view("F2")
    assert f2 is not None and not any("C-19" in n for n in f2.step.notes)  # not the last permitted touch
    announcing = guard(
        records,
        "2026-05-26T10:00",
        action="F2",
        to=("ben",),
        body="Thank you again. I will follow up again in a couple of weeks.",
    )
    assert "W-LAST-TOUCH" not in announcing.codes and not announcing.blocked


# --- S06 ----------------------------------------------------------------------------------------------
def test_s06_pause_and_asking_hr_for_names_at_the_end() -> None:
    records = load("S06")
    view = plan_of(records, "2026-04-09T14:00")
    assert {"N-PAUSE", "N-ASK-HR"} <= notices(view)
    ask = next(n for n in view.notices if n.code == "N-ASK-HR")
    assert "Alvarez: first name, title" in ask.message and "Janet: last name, title" in ask.message
    db = view.view("DB")
    assert db is not None and local_time(view, db.step.remind_at) == "Thu 09 Apr 14:05"
    assert "N-ASK-HR" not in notices(plan_of(records, "2026-04-09T14:31"))

    view = plan_of(records, "2026-04-09T14:20")
    assert state(view, "DB") == "DUE"
    db = view.view("DB")
    assert db is not None
    assert (local_time(view, db.step.target), local_time(view, db.step.deadline)) == (
        "Thu 09 Apr 14:30",
        "Thu 09 Apr 16:00",
    )


def _s06_debriefed(records: Records, complete: bool) -> Records:
    app = records.applications[0]
    at = local(records, "2026-04-09T15:10")
    people = tuple(
        dataclasses.replace(p, talking_points=("the after-school programme",))
        if not complete or p.id == "daniel"
        else dataclasses.replace(
            p,
            first={"alvarez": "Maria", "janet": "Janet"}[p.id],
            last={"alvarez": "Alvarez", "janet": "Brooks"}[p.id],
            title={"alvarez": "Principal", "janet": "HR Generalist"}[p.id],
            talking_points=("the after-school programme",),
        )
        for p in app.people
    )
    debrief = Debrief(
        done_at=at,
        takeaways=("small team, big mandate",),
        went_well=("budget example",),
        to_improve=(),
        self_rating=4,
        fit_statement="I have run district programmes of this size.",
        stumbled_questions=(
            StumbledQuestion("How would you handle a parent complaint?"),
            StumbledQuestion("What is your approach to grant reporting?"),
        ),
    )
    from followup.core.model import ImprovementItem

    debrief = dataclasses.replace(debrief, to_improve=(ImprovementItem("shorter answers", None),))
    interview = dataclasses.replace(app.interviews[0], debrief=debrief)
    sent = tuple(
        Event(f"ty-{p}", EventType.SENT, local(records, "2026-04-09T16:00"), kind="TY", to=(p,))
        for p in ("alvarez", "daniel", "janet")
    )
    app = dataclasses.replace(app, people=people, interviews=(interview,), events=sent)
    return dataclasses.replace(records, applications=(app,))


def test_s06_branch_1_debrief_done_and_answers_to_prepare() -> None:
    records = _s06_debriefed(load("S06"), complete=True)
    view = plan_of(records, "2026-04-09T16:30")
    assert state(view, "DB") == "DONE" and codes(view, "DB") == set()
    for label in ("ANSWER-1", "ANSWER-2"):
        assert state(view, label) == "DUE"
        step = view.view(label)
        assert step is not None and local_time(view, step.step.target) == "Thu 09 Apr 23:59"
    morning = plan_of(records, "2026-04-10T09:00")
    for label in ("ANSWER-1", "ANSWER-2"):
        assert state(morning, label) == "OVERDUE" and codes(morning, label) == set()  # no W-PREP


def test_s06_branch_2_late_and_incomplete_debrief() -> None:
    records = load("S06")
    view = plan_of(records, "2026-04-09T16:30")
    assert state(view, "DB") == "OVERDUE" and codes(view, "DB") == {"W-DEBRIEF-LATE"}
    later = _s06_debriefed(records, complete=False)
    app = later.applications[0]
    late = dataclasses.replace(app.interviews[0].debrief, done_at=local(records, "2026-04-09T17:00"))
    later = dataclasses.replace(
        later,
        applications=(
            dataclasses.replace(app, interviews=(dataclasses.replace(app.interviews[0], debrief=late),)),
        ),
    )
    view = plan_of(later, "2026-04-09T17:05")
    assert state(view, "DB") == "DONE" and "W-DEBRIEF-INCOMPLETE" in codes(view, "DB")
    db = view.view("DB")
    assert db is not None and any("Alvarez: first name, title" in note for note in db.step.notes)


# --- S07 ----------------------------------------------------------------------------------------------
def test_s07_missing_address_forwarding_arranger_and_permission() -> None:
    records = load("S07")
    view = plan_of(records, "2026-05-12T12:30")
    for label in ("TY:Olivia Park", "TY:Raj Patel", "TA:Daniel Reyes"):
        assert state(view, label) == "DUE" and codes(view, label) == set()
        step = view.view(label)
        assert step is not None and local_time(view, step.step.deadline) == "Wed 13 May 12:00"
    assert state(view, "TY-FWD") == "DUE" and codes(view, "TY-FWD") == {"W-MISSING-CONTACT"}
    fwd = view.view("TY-FWD")
    assert fwd is not None and fwd.step.to == ("mia",) and "Chris Wu" in fwd.step.reason
    assert not any("@" in note for note in fwd.step.notes)  # no guessed address (I-03)
    assert state(view, "TY:Chris Wu") == "N/A"
    assert "W-NO-TIMELINE" in notices(view)
    naming = guard(
        records,
        "2026-05-12T12:30",
        action="TY",
        to=("olivia",),
        body="Daniel Reyes recommended I apply, and I am glad he did.",
    )
    assert serious(naming) == {"W-PERMISSION"}
    for label in ("LI:Olivia Park", "LI:Raj Patel", "LI:Chris Wu"):
        assert state(view, label) == "ALLOWED"
    assert windows(view, "FL:Olivia Park") == [("ALLOWED", D(2026, 5, 14), D(2026, 5, 18))]
    assert state(view, "F1") == "NOT_YET"
    assert windows(view, "F1") == [("DUE", D(2026, 5, 19), D(2026, 5, 27))]
    f1 = view.view("F1")
    assert f1 is not None and f1.step.to == ("mia",)


# --- S08 ----------------------------------------------------------------------------------------------
def test_s08_thank_you_window_and_stated_date_windows() -> None:
    records = load("S08")
    view = plan_of(records, "2026-01-21T13:00")
    assert state(view, "TY:John Whitaker") == "DUE"
    ty = view.view("TY:John Whitaker")
    assert ty is not None and local_time(view, ty.step.deadline) == "Thu 22 Jan 11:00"
    assert "W-NO-TIMELINE" not in notices(view)
    assert not any("C-05" in n for n in ty.step.notes)
    assert windows(view, "FL:John Whitaker") == [("ALLOWED", D(2026, 1, 23), D(2026, 1, 27))]
    assert state(view, "F1") == "NOT_YET"
    assert windows(view, "F1") == [
        ("ALLOWED", D(2026, 2, 9), D(2026, 2, 12)),
        ("DUE", D(2026, 2, 13), D(2026, 2, 23)),
    ]


# --- S10 ----------------------------------------------------------------------------------------------
def test_s10_three_strikes_with_a_posted_letter() -> None:
    records = load("S10")
    view = plan_of(records, "2026-02-18T09:00")
    assert windows(view, "FL:Margaret Hale") == [("ALLOWED", D(2026, 2, 12), D(2026, 2, 17))]
    fl = view.view("FL:Margaret Hale")
    assert fl is not None and fl.step.channel == "letter" and "greeting: Dear Ms. Hale" in fl.step.notes
    assert "closing: Yours sincerely" in fl.step.notes
    assert windows(view, "F1") == [("DUE", D(2026, 2, 18), D(2026, 2, 25))]

    view = plan_of(records, "2026-02-19T10:00")
    assert state(view, "F1") == "DUE"
    f1 = view.view("F1")
    assert f1 is not None and any("C-19" in note for note in f1.step.notes)
    draft = guard(
        records,
        "2026-02-19T10:00",
        action="F1",
        to=("nora",),
        body="Thank you for considering me. I will follow up again next week.",
    )
    assert serious(draft) == {"W-LAST-TOUCH"}

    view = plan_of(records, "2026-03-06T10:00")
    assert state(view, "F2") == "CLOSED"
    assert view.status == "closed_no_response" and "N-MOVE-ON" in notices(view)
    for attempt in (
        guard(records, "2026-03-06T10:00", action="F2", to=("nora",)),
        guard(records, "2026-03-06T10:00", action="CALL", to=("nora",)),
    ):
        assert attempt.blocked and serious(attempt) == {"W-CAP"}
    assert plan_of(records, "2026-03-05T23:00").status == "waiting"  # bd(Thu 19 Feb, 10) = Thu 5 Mar


# --- S12 ----------------------------------------------------------------------------------------------
def test_s12_competing_offer_before_the_preferred_date() -> None:
    records = load("S12")
    riverside = plan_of(records, "2026-10-14T15:00", app=0)
    beacon = plan_of(records, "2026-10-14T15:00", app=1)
    assert state(beacon, "RSP") == "DUE"
    rsp = beacon.view("RSP")
    assert rsp is not None and rsp.step.channel == "phone"
    assert local_time(beacon, rsp.step.target) == "Wed 14 Oct 17:00"
    assert local_time(beacon, rsp.step.deadline) == "Thu 15 Oct 12:00"
    email_only = guard(records, "2026-10-14T15:00", app=1, action="RSP", to=("lee",), channel="email")
    assert serious(email_only) == {"W-SAME-CHANNEL"}
    call_back = guard(records, "2026-10-14T16:30", app=1, action="RSP", to=("lee",), channel="phone")
    assert serious(call_back) == set()

    assert state(riverside, "EXC-OFFER") == "DUE"
    exc = riverside.view("EXC-OFFER")
    assert exc is not None and exc.step.to == ("helen",) and exc.step.cc == ("amy",)
    assert local_time(riverside, exc.step.deadline) == "Fri 16 Oct 00:00"  # through Thu 15 Oct 23:59
    writing = guard(records, "2026-10-14T15:00", action="EXC-OFFER", to=("helen",), cc=("amy",))
    assert serious(writing) == set()
    assert state(riverside, "F1") == "NOT_YET"
    assert windows(riverside, "F1") == [
        ("ALLOWED", D(2026, 10, 26), D(2026, 10, 29)),
        ("DUE", D(2026, 10, 30), D(2026, 11, 6)),
    ]
    assert state(riverside, "KS") == "ACTIVE"


# --- S15 ----------------------------------------------------------------------------------------------
def test_s15a_status_calls_go_to_hr_inside_the_call_windows() -> None:
    records = load("S15A")
    view = plan_of(records, "2026-03-12T13:15")
    assert state(view, "F1") == "DUE"
    assert windows(view, "F1") == [("DUE", D(2026, 3, 10), D(2026, 3, 17))]
    gina = guard(records, "2026-03-12T13:15", action="CALL", to=("gina",))
    assert gina.blocked and serious(gina) == {"W-HRONLY"}
    paul = guard(records, "2026-03-12T13:15", action="CALL", to=("paul",))
    assert paul.blocked and serious(paul) == {"W-CALLTIME"}
    assert "Thu 12 Mar 14:00" in next(f.message for f in paul.findings if f.code == "W-CALLTIME")
    later = guard(records, "2026-03-12T14:10", action="CALL", to=("paul",))
    assert not later.blocked and serious(later) == set()
    # The plan shows when the call may start (H-14): 14:00 at 13:15, and at once inside the window.
    f1 = view.view("F1")
    assert f1 is not None and (f1.step.channel, f1.step.to) == ("phone", ("paul",))
    assert local_time(view, f1.call_from) == "Thu 12 Mar 14:00"
    f1_later = plan_of(records, "2026-03-12T14:10").view("F1")
    assert f1_later is not None and local_time(view, f1_later.call_from) == "Thu 12 Mar 14:10"
    # once the one call is made, the next follow-up goes by email.
    called = dataclasses.replace(
        records.applications[0],
        events=(
            *records.applications[0].events,
            Event("call", EventType.SENT, local(records, "2026-03-12T14:10"), kind="CALL", to=("paul",)),
        ),
    )
    after = plan_of(dataclasses.replace(records, applications=(called,)), "2026-03-20T10:00")
    f2 = after.view("F2")
    assert f2 is not None and (f2.step.channel, f2.call_from) == ("email", None)
    assert state(after, "F1") == "DONE" and state(after, "F2") == "DUE"
    second = check(
        dataclasses.replace(records, applications=(called,)),
        "meridian",
        Proposal(action="F2", to=("paul",)),
        calendars_for(records),
        local(records, "2026-03-20T10:00"),
    )
    assert (second.action, second.channel, second.blocked, serious(second)) == ("F2", "email", False, set())


def test_s15b_small_firm_without_hr_may_call_the_founder() -> None:
    records = load("S15B")
    view = plan_of(records, "2026-03-12T14:30")
    assert state(view, "F1") == "DUE"
    assert windows(view, "F1") == [("DUE", D(2026, 3, 10), D(2026, 3, 17))]
    leo = guard(records, "2026-03-12T14:30", action="CALL", to=("leo",))
    assert not leo.blocked and serious(leo) == set() and "N-RESENT" in leo.codes


# --- S18 ----------------------------------------------------------------------------------------------
def test_s18_second_round_by_voicemail_around_independence_day() -> None:
    records = load("S18")
    view = plan_of(records, "2026-07-02T10:00")
    assert state(view, "F1") == "NOT_YET"
    assert windows(view, "F1") == [("DUE", D(2026, 7, 9), D(2026, 7, 16))]
    assert windows(view, "FL:Nina Ford") == [("ALLOWED", D(2026, 7, 6), D(2026, 7, 8))]

    view = plan_of(records, "2026-07-07T12:30")
    assert state(view, "RSP") == "DUE"
    rsp = view.view("RSP")
    assert rsp is not None and rsp.step.channel == "phone"
    assert local_time(view, rsp.step.target) == "Tue 07 Jul 17:00"
    assert local_time(view, rsp.step.deadline) == "Wed 08 Jul 12:00"
    assert serious(guard(records, "2026-07-07T12:30", action="RSP", to=("eric",), channel="email")) == {
        "W-SAME-CHANNEL"
    }
    lunchtime = guard(records, "2026-07-07T12:30", action="CALL", to=("eric",), call_back=True)
    assert "W-CALLTIME" not in lunchtime.codes  # K5: call-backs may start 09:00–16:59
    assert (lunchtime.action, lunchtime.blocked, serious(lunchtime)) == ("RSP", False, set())
    assert local_time(view, rsp.call_from) == "Tue 07 Jul 12:30"
    evening = guard(records, "2026-07-07T17:00", action="CALL", to=("eric",), call_back=True)
    assert evening.blocked and serious(evening) == {"W-CALLTIME"}
    assert "Wed 08 Jul 09:00" in next(f.message for f in evening.findings if f.code == "W-CALLTIME")
    rsp_evening = plan_of(records, "2026-07-07T17:00").view("RSP")
    assert rsp_evening is not None and local_time(view, rsp_evening.call_from) == "Wed 08 Jul 09:00"
    assert state(view, "F1") == "CANCELLED" and state(view, "FL:Nina Ford") == "CANCELLED"
    assert view.status == "invited"

    view = plan_of(records, "2026-07-08T12:30")
    assert state(view, "RSP") == "OVERDUE" and codes(view, "RSP") == {"W-PROMPT"}


# --- S22 ----------------------------------------------------------------------------------------------
def test_s22_england_easter_bank_holidays() -> None:
    records = load("S22")
    view = plan_of(records, "2026-04-09T10:00")
    assert state(view, "F1") == "NOT_YET"
    assert windows(view, "F1") == [("DUE", D(2026, 4, 13), D(2026, 4, 20))]
    assert state(view, "FL:Eleanor Hughes") == "ALLOWED"
    assert windows(view, "FL:Eleanor Hughes") == [("ALLOWED", D(2026, 4, 8), D(2026, 4, 10))]
    fl = view.view("FL:Eleanor Hughes")
    assert fl is not None and fl.step.channel == "letter"
    assert "greeting: Dear Ms Hughes" in fl.step.notes and "closing: Yours sincerely" in fl.step.notes


@pytest.mark.parametrize("name", sorted(p.stem for p in HERE.glob("S*.json")))
def test_scenario_files_round_trip_through_the_import_format(name: str) -> None:
    records = load(name)
    assert codec.loads(codec.dumps(records)) == records
