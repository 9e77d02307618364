"""`followup plan APP` from the stored schedules (``cli.schedules``): byte for byte what the planner prints,
in text and JSON, for every §4 scenario, the flow's store and the README tour, at moments before, inside
and after every step's windows; and the planner's answer whenever the stored data cannot give it."""

from __future__ import annotations

import datetime as dt
import io
import json
import sqlite3
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from followup.cli import entry, schedules
from followup.cli.app import run
from followup.cli.timefmt import zone
from followup.core import codec
from followup.core.errors import FollowupError
from followup.core.plan.planner import plan
from followup.core.plan.schedule import sheet_of
from followup.core.plan.sheet import read_at
from followup.workdays import calendars_for
from tests.cli.conftest import APP, SCENARIOS, Result, invoke, ok
from tests.cli.test_imports import HEAVY, imported
from tests.cli.test_readme_tour import run as run_tour_line
from tests.cli.test_readme_tour import tour_home, tour_lines  # noqa: F401 (tour_home: a fixture)

SCENARIO_NAMES = sorted(path.stem for path in SCENARIOS.glob("S*.json"))
HOUR = dt.timedelta(hours=1)


def full(*args: str) -> Result:
    """What the full command (Click, the services, the planner) prints, errors as ``entry`` shows them."""
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            code = run(list(args))
        except FollowupError as error:
            code = entry.report(error, entry.wants_json(args))
    return Result(code, out.getvalue(), err.getvalue())


def fast(*args: str) -> Result | None:
    """What the fast path prints; None when it leaves the line to the full command."""
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            code = entry.fast_read(list(args))
        except FollowupError as error:
            code = entry.report(error, entry.wants_json(args))
    return None if code is None else Result(code, out.getvalue(), err.getvalue())


def stored(db: Path) -> tuple[int, dict[str, dict[str, object]]]:
    """The store's history mark (epoch seconds) and its sheets by application id."""
    con = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        mark = con.execute("SELECT value FROM meta WHERE key LIKE 'history_until:%'").fetchone()
        sheets = {
            app: json.loads(text) for app, text in con.execute("SELECT application_id, sheet FROM schedules")
        }
    finally:
        con.close()
    return int(mark[0]) if mark else 0, sheets


def moments(sheet: dict[str, object]) -> list[dt.datetime]:
    """Moments worth reading a plan at: around every phase's start, every step's dates, and before, inside
    and after every step's windows (noon of the day before, of its first and last day, of the day after)."""
    found: set[dt.datetime] = set()
    steps = sheet["steps"]
    assert isinstance(steps, list)
    for step in steps:
        for start, _, _ in step["phases"]:
            at = dt.datetime.fromisoformat(start)
            if at.year > 1970:
                found |= {at - dt.timedelta(seconds=1), at, at + HOUR}
        for name in ("opens", "target", "due_from", "deadline", "closes"):
            if step[name]:
                found.add(dt.datetime.fromisoformat(step[name]))
        for _, first, last in step["windows"]:
            for day, shift in ((first, -1), (first, 0), (last, 0), (last, 1)):
                noon = dt.datetime.combine(dt.date.fromisoformat(day) + dt.timedelta(days=shift), dt.time(12))
                found.add(noon.replace(tzinfo=dt.UTC))
    return sorted(found)


def assert_both_paths_agree(db: Path, *, most: int = 40) -> int:
    """For every application of ``db``, at its moments (at most ``most``, spread over them all), text and
    JSON: the fast path answers from the mark on, exactly as the full command; before it, it declines.
    Returns how many lines the fast path answered."""
    mark, sheets = stored(db)
    assert sheets
    answered = 0
    for app_id, sheet in sheets.items():
        every = moments(sheet)
        picked = every[:: max(1, len(every) // most)]
        for at in picked:
            for options in ((), ("--json",)):
                args = ("plan", app_id, "--now", at.isoformat(), *options)
                answer = fast(*args)
                if int(at.timestamp()) < mark:
                    assert answer is None, args  # the planner replays history
                    continue
                assert answer is not None, args
                assert answer == full(*args), args
                answered += 1
    return answered


@pytest.mark.parametrize("scenario", SCENARIO_NAMES)
def test_plan_of_each_scenario_from_its_stored_schedule_prints_what_the_planner_prints(
    tmp_path: Path, scenario: str
) -> None:
    assert invoke("import", str(SCENARIOS / f"{scenario}.json")).code == 0
    assert assert_both_paths_agree(tmp_path / "followup.db") > 10


def test_plan_of_the_flow_from_its_stored_schedule_prints_what_the_planner_prints(populated: Path) -> None:
    assert assert_both_paths_agree(populated, most=80) > 40
    # named by its company, with the options in another order, --now=, --db and --owner before the command
    for args in [
        ("plan", "Harbor Analytics", "--now", "2026-12-02T12:00"),
        ("plan", "--json", "--now=2026-11-25T09:00", "HARBOR"),
        ("--db", str(populated), "--owner", "cli-tester", "plan", APP, "--now", "2027-02-01T08:00"),
    ]:
        answer = fast(*args)
        assert answer is not None, args
        assert answer == full(*args), args


@pytest.mark.usefixtures("tour_home")
def test_plan_of_the_readme_tour_from_its_stored_schedule_prints_what_the_planner_prints(
    tmp_path: Path,
) -> None:
    for line in tour_lines():
        assert "Traceback" not in run_tour_line(line).err, line
    assert assert_both_paths_agree(tmp_path / "followup.db", most=60) > 30


@pytest.mark.parametrize("scenario", SCENARIO_NAMES)
def test_a_stored_sheet_read_at_a_moment_is_the_planners_view_then(scenario: str) -> None:
    """``sheet.read_at`` (states, codes, a call's next permitted start, notices, status) agrees with
    ``schedule.view_schedule`` at every moment, through the sheet's JSON."""
    records = codec.loads((SCENARIOS / f"{scenario}.json").read_text())
    tz = zone(records.profile.tz)
    calendars = calendars_for(records)
    first = plan(records, calendars, dt.datetime(2100, 1, 1, tzinfo=dt.UTC))
    checked = 0
    for app, view in zip(records.applications, first, strict=True):
        names = {p.id: p.name for p in app.people}
        sheet = json.loads(json.dumps(sheet_of(view.schedule, names)))
        for at in moments(sheet):
            then = plan(records, calendars, at)[records.applications.index(app)]
            if then.schedule != view.schedule:
                continue  # before a recorded event: the planner replays history, another schedule
            assert schedules.plan_data(read_at(sheet, at), tz) == then.to_data(names, tz), at
            checked += 1
    assert checked >= 5


def test_a_call_step_shows_its_next_permitted_start_on_both_paths(tmp_path: Path) -> None:
    assert invoke("import", str(SCENARIOS / "S18.json")).code == 0
    _, sheets = stored(tmp_path / "followup.db")
    calls = [(app, s) for app, sheet in sheets.items() for s in sheet["steps"] if s["call"] is not None]  # type: ignore[union-attr]
    assert calls, "S18 has a call to return"
    app_id, step = calls[0]
    opening = next(dt.datetime.fromisoformat(p[0]) for p in step["phases"] if p[1] in ("DUE", "ALLOWED"))
    args = ("plan", app_id, "--now", (opening + HOUR).isoformat(), "--json")
    answer = fast(*args)
    assert answer is not None and answer == full(*args)
    shown = next(s for s in answer.json()["applications"][0]["steps"] if s["key"] == step["key"])
    assert shown["call_from"] is not None and shown["call_tz"] == step["call"]["zone"]
    start = dt.datetime.fromisoformat(shown["call_from"])
    assert start >= opening and start.astimezone(ZoneInfo(shown["call_tz"])).weekday() < 5


def test_plan_leaves_to_the_planner_what_the_stored_schedules_cannot_answer(populated: Path) -> None:
    now = ("--now", "2026-12-02T12:00")
    assert schedules.main(["plan", APP, *now]) == 0
    assert schedules.main(["plan", APP, "--now", "2026-11-24T15:09"]) is None  # before the last event
    assert schedules.main(["plan", "nope", *now]) is None  # no such application: the full command says so
    assert schedules.main(["plan", *now]) is None  # every application: streamed by the full command
    assert schedules.main(["plan", APP, "--all", *now]) is None
    assert schedules.main(["plan", APP, "--help"]) is None
    assert schedules.main(["plan", APP, "other", *now]) is None
    assert schedules.main(["plan", APP, "--now", "2026-02-30T10:00"]) is None  # the full command words it
    assert schedules.main(["--db", "postgresql://u@127.0.0.1/x", "plan", APP]) is None
    con = sqlite3.connect(populated)
    with con:  # a sheet gone missing
        con.execute("DELETE FROM schedules")
    con.close()
    assert schedules.main(["plan", APP, *now]) is None
    for spoiled in ("not json", "{}", '{"steps": [{"phases": []}]}', "[1]"):
        con = sqlite3.connect(populated)
        with con:  # a sheet another program spoiled
            con.execute("DELETE FROM schedules")
            con.execute("INSERT INTO schedules VALUES ('cli-tester', ?, ?)", (APP, spoiled))
        con.close()
        assert schedules.main(["plan", APP, *now]) is None, spoiled
    ok("doctor", "--rebuild")
    assert schedules.main(["plan", APP, *now]) == 0
    con = sqlite3.connect(populated)
    with con:  # sheets made by an older followup are not trusted
        con.execute("UPDATE meta SET value = '3' WHERE key LIKE 'agenda_version:%'")
    con.close()
    assert schedules.main(["plan", APP, *now]) is None
    assert ok("plan", APP, *now).out == full("plan", APP, *now).out
    ok("doctor", "--rebuild")
    assert fast("plan", APP, *now) == full("plan", APP, *now)


def test_an_unknown_application_is_refused_as_the_full_command_refuses_it(populated: Path) -> None:
    now = ("--now", "2026-12-02T12:00")
    refused = invoke("plan", "nope", *now)
    assert (refused.code, refused.out) == (2, "")
    assert refused.err == "followup: no application 'nope' (known: harbor-analytics)\n"
    as_json = invoke("plan", "nope", *now, "--json")
    assert (as_json.code, as_json.err) == (2, "")
    assert as_json.json()["error"] == {
        "field": None,
        "message": "no application 'nope' (known: harbor-analytics)",
        "accepted": None,
        "exit_status": 2,
    }


def test_plan_of_one_application_loads_neither_click_nor_the_store_nor_the_planner(populated: Path) -> None:
    done, modules = imported("plan", APP, "--now", "2026-12-02T12:00", "--json", home=populated.parent)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == full("plan", APP, "--now", "2026-12-02T12:00", "--json").out
    assert modules & HEAVY == set()
    planner = {
        "followup.core.plan.planner",
        "followup.core.plan.schedule",
        "followup.core.codes",
        "followup.workdays",
    }
    assert modules & planner == set()
    assert {"followup.cli.schedules", "followup.core.plan.sheet"} <= modules


def test_plan_from_the_stored_schedule_follows_a_renamed_person_and_an_archived_application(
    populated: Path,
) -> None:
    now = ("--now", "2027-01-04T12:00")
    ok("person", "edit", "dana-kim", "--first", "Danielle", "-a", APP)
    renamed = fast("plan", APP, *now, "--json")
    assert renamed is not None and renamed == full("plan", APP, *now, "--json")
    people = {name for step in renamed.json()["applications"][0]["steps"] for name in step["to"]}
    assert "Danielle Kim" in people and "Dana Kim" not in people
    ok("application", "archive", APP, *now)
    for options in ((), ("--json",)):
        answer = fast("plan", APP, *now, *options)
        assert answer is not None and answer == full("plan", APP, *now, *options)
    assert full("plan", *now).out == "No applications in view: 1 archived (`followup plan APP` shows one).\n"
