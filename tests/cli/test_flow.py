"""The "done when" flow end to end: profile, interview, panel, HR, debrief, timeline, then plan and today.

Interview Tue 24 Nov 2026 10:00–11:30 (New York). Thu 26 Nov is Thanksgiving, so the formal letter's
window bd(I,2)–bd(I,4) is Fri 27 Nov – Tue 1 Dec. "Within two weeks" gives D = Tue 8 Dec; F1 is ALLOWED
bd(D,1)–bd(D,4) = Wed 9 – Mon 14 Dec and DUE bd(D,5)–bd(D,10) = Tue 15 – Tue 22 Dec (T-02, T-04, §1.2).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from tests.cli.conftest import APP, Flow, invoke, ok

PANEL = ("dana-kim", "luis-ortega", "mei-chen")
F1_WINDOWS = [
    {"state": "ALLOWED", "from": "2026-12-09", "to": "2026-12-14"},
    {"state": "DUE", "from": "2026-12-15", "to": "2026-12-22"},
]
FL_WINDOWS = [{"state": "ALLOWED", "from": "2026-11-27", "to": "2026-12-01"}]


def plan_at(now: str) -> dict[str, Any]:
    data = ok("plan", "--now", now, "--json").json()
    assert [a["application"] for a in data["applications"]] == [APP]
    application: dict[str, Any] = data["applications"][0]
    return application


def steps_at(now: str) -> dict[str, dict[str, Any]]:
    return {step["key"]: step for step in plan_at(now)["steps"]}


def today_at(now: str) -> dict[str, Any]:
    data: dict[str, Any] = ok("today", "--now", now, "--json").json()
    return data


def test_every_command_of_the_flow_succeeds_quietly(flow: Flow) -> None:
    for name, result in flow.results.items():
        assert (name, result.code, result.err) == (name, 0, "")


def test_the_profile_and_interview_are_recorded_as_given(flow: Flow) -> None:
    profile = flow.results["init"].json()
    assert profile["name"] == "Alex Morgan" and profile["tz"] == "America/New_York"
    assert profile["country"] == "US" and profile["email"] == "alex.morgan@example.com"
    assert flow.results["interview"].json() == {
        "application": APP,
        "company": "Harbor Analytics",
        "interview": "i1",
        "round": 1,
        "start": "2026-11-24T10:00:00-05:00",
        "end": "2026-11-24T11:30:00-05:00",
        "format": "in_person",
    }


def test_the_panel_and_hr_contact_are_recorded(flow: Flow, populated: Path) -> None:
    dana = flow.results["dana"].json()
    assert (dana["id"], dana["role"], dana["on_panel"], dana["contact_roles"]) == (
        "dana-kim",
        "hiring_manager",
        True,
        [],
    )
    priya = flow.results["priya"].json()
    assert (priya["role"], priya["on_panel"]) == ("hr", False)
    assert priya["contact_roles"] == ["main_contact", "designated_contact"]
    people = {p["id"]: p for p in ok("person", "list", "--json").json()}
    assert list(people) == [*PANEL, "priya-shah"]
    assert [people[p]["on_panel"] for p in PANEL] == [True, True, True]
    assert people["luis-ortega"]["role"] == "interviewer"
    assert people["mei-chen"]["talking_points"] == ["pricing experiments"]
    assert people["priya-shah"]["contact_roles"] == ["main_contact", "designated_contact"]


def test_debrief_and_timeline_by_flags(flow: Flow) -> None:
    debrief = flow.results["debrief"].json()
    done_at = dt.datetime.fromisoformat(debrief["done_at"])
    assert done_at == dt.datetime(2026, 11, 24, 17, 0, tzinfo=dt.UTC)  # --now 12:00 in New York
    assert debrief["team_fit"] == "yes" and debrief["self_rating"] == 4 and debrief["no_stumbles"] is True
    assert debrief["to_improve"] == [{"text": "pricing case", "kind": "practice"}]
    assert flow.results["timeline"].json() == {
        "application": APP,
        "said": "we will decide within two weeks",
        "decision_date": "2026-12-08",
        "how": flow.results["timeline"].json()["how"],
        "designated_contact": "priya-shah",
        "contact_means": None,
    }
    assert flow.results["ty-dana"].json()["overridden"] == []


def test_plan_on_the_interview_day(populated: Path) -> None:
    app = plan_at("2026-11-24T14:00")
    assert app["now"] == "2026-11-24T14:00:00-05:00"
    assert app["status"] == "waiting"
    assert app["notices"] == []  # decision date and contact person were learned (I-01, I-02)
    steps = {s["key"]: s for s in app["steps"]}
    assert list(steps) == [
        "DB",
        *(f"TY:{p}" for p in PANEL),
        *(f"LI:{p}" for p in PANEL),
        *(f"FL:{p}" for p in PANEL),
        "F1",
        "KS",
    ]
    assert (steps["DB"]["state"], steps["DB"]["codes"]) == ("DONE", [])
    for person, name in zip(PANEL, ("Dana Kim", "Luis Ortega", "Mei Chen"), strict=True):
        ty = steps[f"TY:{person}"]
        assert (ty["state"], ty["codes"], ty["channel"], ty["to"]) == ("DUE", [], "email", [name])
        assert ty["target"] == "2026-11-24T23:59:59-05:00"
        assert ty["deadline"] == "2026-11-25T11:30:00-05:00"
        assert ty["rules"][0] == "T-01"
        assert steps[f"LI:{person}"]["state"] == "ALLOWED"
        fl = steps[f"FL:{person}"]
        assert (fl["state"], fl["windows"], fl["to"]) == ("NOT_YET", FL_WINDOWS, [name])
        assert "T-02" in fl["rules"]
    f1 = steps["F1"]
    assert (f1["state"], f1["codes"], f1["windows"]) == ("NOT_YET", [], F1_WINDOWS)
    assert (f1["channel"], f1["to"], f1["person"]) == ("email", ["Priya Shah"], "Priya Shah")
    assert {"T-04", "A-01", "H-11"} <= set(f1["rules"])
    assert f1["opens"] == "2026-12-09T00:00:00-05:00"
    assert f1["due_from"] == "2026-12-15T00:00:00-05:00"
    assert f1["deadline"] == "2026-12-23T00:00:00-05:00"  # exclusive: through Tue 22 Dec 23:59
    assert set(f1["sources"]) == set(f1["rules"])
    assert steps["KS"]["state"] == "ACTIVE"


@pytest.mark.parametrize(
    ("now", "key", "state", "codes"),
    [
        ("2026-11-24T16:00", "TY:dana-kim", "DONE", []),
        ("2026-11-26T12:00", "FL:dana-kim", "NOT_YET", []),  # Thanksgiving: not yet bd(I,2)
        ("2026-11-27T00:00", "FL:luis-ortega", "ALLOWED", []),
        ("2026-12-01T23:59", "FL:mei-chen", "ALLOWED", []),
        ("2026-12-02T00:00", "FL:dana-kim", "CLOSED", []),
        ("2026-12-08T23:59", "F1", "NOT_YET", []),
        ("2026-12-09T00:00", "F1", "ALLOWED", ["N-MISSED-DATE"]),
        ("2026-12-14T23:59", "F1", "ALLOWED", ["N-MISSED-DATE"]),
        ("2026-12-15T00:00", "F1", "DUE", ["N-MISSED-DATE"]),
        ("2026-12-22T23:59", "F1", "DUE", ["N-MISSED-DATE"]),
        ("2026-12-23T00:00", "F1", "OVERDUE", ["N-MISSED-DATE", "W-SKIP-FOLLOWUP"]),
    ],
)
def test_plan_states_move_with_the_holiday_calendar(
    populated: Path, now: str, key: str, state: str, codes: list[str]
) -> None:
    step = steps_at(now)[key]
    assert (step["state"], step["codes"]) == (state, codes)


def test_plan_in_words_shows_the_dated_windows(populated: Path) -> None:
    out = ok("plan", "--now", "2026-11-24T14:00").out
    assert out.startswith(
        "Harbor Analytics · Marketing Analyst (harbor-analytics): waiting   at Tue 24 Nov 14:00"
    )
    assert "ALLOWED Fri 27 Nov – Tue 01 Dec" in out
    assert "ALLOWED Wed 09 Dec – Mon 14 Dec; DUE Tue 15 Dec – Tue 22 Dec" in out
    assert "[email to Priya Shah]" in out


def test_today_on_the_interview_day_lists_the_thank_you_notes(populated: Path) -> None:
    data = today_at("2026-11-24T14:00")
    assert data["now"] == "2026-11-24T14:00:00-05:00"
    assert [(i["step"], i["state"]) for i in data["items"]] == [(f"TY:{p}", "DUE") for p in PANEL]
    first = data["items"][0]
    assert first == {
        "application": APP,
        "company": "Harbor Analytics",
        "position": "Marketing Analyst",
        "step": "TY:dana-kim",
        "label": "TY:Dana Kim",
        "state": "DUE",
        "codes": [],
        "rules": ["T-01", "H-01", "H-03", "C-05"],
        "reason": first["reason"],
        "channel": "email",
        "to": ["Dana Kim"],
        "target": "2026-11-24T23:59:59-05:00",
        "deadline": "2026-11-25T11:30:00-05:00",
        "stale": False,
        "stale_from": None,
    }
    out = ok("today", "--now", "2026-11-24T14:00").out
    assert out.splitlines()[0] == "Due at Tue 24 Nov 14:00 (America/New_York): 3"
    assert "DUE      Harbor Analytics · TY:Dana Kim · due tomorrow by 11:30, best today" in out


def test_today_on_thanksgiving_and_before_the_date_has_nothing_due(populated: Path) -> None:
    assert today_at("2026-11-26T10:00")["items"] == []
    assert ok("today", "--now", "2026-11-26T10:00").out == "Nothing due or overdue at Thu 26 Nov 10:00.\n"
    assert today_at("2026-12-14T17:00")["items"] == []  # F1 is only ALLOWED: not listed


def test_today_when_f1_is_due(populated: Path) -> None:
    items = today_at("2026-12-15T10:00")["items"]
    assert len(items) == 1
    f1 = items[0]
    assert (f1["step"], f1["state"], f1["codes"]) == ("F1", "DUE", ["N-MISSED-DATE"])
    assert (f1["channel"], f1["to"], f1["target"]) == ("email", ["Priya Shah"], None)
    assert f1["deadline"] == "2026-12-23T00:00:00-05:00"
    assert {"T-04", "A-01"} <= set(f1["rules"])
    lines = ok("today", "--now", "2026-12-15T10:00").out.splitlines()
    assert lines[0] == "Due at Tue 15 Dec 10:00 (America/New_York): 1"
    assert lines[1] == "DUE      Harbor Analytics · F1 · due by Tue 22 Dec"
    assert lines[2].endswith("(email to Priya Shah)")
    assert lines[3] == "         N-MISSED-DATE: their date has passed without news; that is not a rejection"
    assert lines[4].startswith("         rules T-04 A-01")


def test_today_after_the_window_shows_f1_overdue_first(populated: Path) -> None:
    items = today_at("2026-12-28T09:00")["items"]
    assert [(i["step"], i["state"], i["codes"]) for i in items] == [
        ("F1", "OVERDUE", ["N-MISSED-DATE", "W-SKIP-FOLLOWUP"])
    ]
    assert "F1 · 6 days late (was due Tue 22 Dec 23:59)" in ok("today", "--now", "2026-12-28T09:00").out


def test_now_with_an_offset_is_the_same_moment(populated: Path) -> None:
    assert (
        ok("plan", "--now", "2026-12-15T15:00:00Z", "--json").out
        == ok("plan", "--now", "2026-12-15T10:00", "--json").out
    )
    assert today_at("2026-12-15T15:00Z") == today_at("2026-12-15T10:00-05:00")


def test_list_names_the_next_move(populated: Path) -> None:
    rows = ok("list", "--now", "2026-12-15T10:00", "--json").json()
    assert rows == [
        {
            "application": APP,
            "company": "Harbor Analytics",
            "position": "Marketing Analyst",
            "status": "waiting",
            "next": "F1",
            "next_state": "DUE",
            "when": "2026-12-23T00:00:00-05:00",
            "archived": False,
        }
    ]


def test_plan_json_is_deterministic(populated: Path, tmp_path: Path) -> None:
    args = ("plan", "--now", "2026-12-10T10:00", "--json")
    first, second = invoke(*args), invoke(*args)
    assert first.code == 0 and first.out == second.out
    copy = tmp_path / "elsewhere.db"
    copy.write_bytes(populated.read_bytes())
    copy.chmod(0o600)  # as private as the original (a readable copy is made private, with a notice)
    assert ok("--db", str(copy), *args).out == first.out
    assert ok("plan", "--now", "2026-12-10T10:00").out == ok("plan", "--now", "2026-12-10T10:00").out


def test_debrief_json_times_are_in_the_profiles_zone(flow: Flow) -> None:
    assert flow.results["debrief"].json()["done_at"] == "2026-11-24T12:00:00-05:00"
