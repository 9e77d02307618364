"""`followup today`: the stored-agenda fast path agrees with the planner, and `--now` replays history.

The fast path (standard library, one query) answers when ``--now`` is not earlier than the last recorded
moment; otherwise, and for URLs it cannot read, the full planner runs. The flow's last record is the
thank-you to Mei Chen at Tue 24 Nov 2026 15:10.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from followup.cli import today
from followup.core import codec
from followup.services.workspace import history_until
from tests.cli.conftest import SCENARIOS, USER, invoke, ok

LAST_EVENT = "2026-11-24T15:10"
LATER = [
    LAST_EVENT,
    "2026-11-24T15:11",
    "2026-11-25T11:29",
    "2026-11-26T10:00",
    "2026-12-09T08:00",
    "2026-12-15T00:00",
    "2026-12-22T23:59",
    "2026-12-23T00:00",
    "2027-01-04T09:00",
]
EARLIER = ["2026-11-24T09:00", "2026-11-24T11:45", "2026-11-24T14:00", "2026-11-24T15:02", "2026-11-24T15:09"]


def planner_json(db: str, now: str) -> str:
    return today.render(today.summarise(*today.full_planner_rows(db, now), everything=True), True) + "\n"


def refuse(*_: object) -> Any:
    raise AssertionError("the full planner ran, not the fast path")


@pytest.mark.parametrize("now", LATER)
def test_fast_path_answers_after_the_last_event_like_the_planner(
    populated: Path, now: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = planner_json(str(populated), now)
    monkeypatch.setattr(today, "full_planner_rows", refuse)
    assert ok("today", "--now", now, "--json").out == expected


@pytest.mark.parametrize("now", EARLIER)
def test_before_the_last_event_the_planner_answers(populated: Path, now: str) -> None:
    with pytest.raises(today.NeedsFullPlanner):
        today.read_rows(populated, USER, now)
    assert ok("today", "--now", now, "--json").out == planner_json(str(populated), now)


def test_the_stored_agenda_is_what_the_fast_path_reads(populated: Path) -> None:
    rows, tz_name, now = today.read_rows(populated, USER, "2026-12-15T10:00")
    assert tz_name == "America/New_York"
    assert now == int(dt.datetime(2026, 12, 15, 15, 0, tzinfo=dt.UTC).timestamp())  # epoch seconds
    assert [(r.step_key, r.state) for r in rows] == [("F1", "DUE")]


@pytest.mark.parametrize("now", [*EARLIER, *LATER])
def test_today_lists_exactly_the_due_and_overdue_steps_of_the_plan(populated: Path, now: str) -> None:
    plan = ok("plan", "--now", now, "--json").json()
    expected = [
        (a["application"], s["key"], s["state"], s["codes"])
        for a in plan["applications"]
        for s in a["steps"]
        if s["state"] in ("DUE", "OVERDUE")
    ]
    items = ok("today", "--now", now, "--json").json()["items"]
    assert sorted((i["application"], i["step"], i["state"], i["codes"]) for i in items) == sorted(expected)


def test_today_replays_history_a_thank_you_logged_at_15_00(populated: Path) -> None:
    def steps(now: str) -> list[tuple[str, str]]:
        return [(i["step"], i["state"]) for i in ok("today", "--now", now, "--json").json()["items"]]

    assert steps("2026-11-24T14:00") == [
        ("TY:dana-kim", "DUE"),
        ("TY:luis-ortega", "DUE"),
        ("TY:mei-chen", "DUE"),
    ]
    assert steps("2026-11-24T15:00") == [("TY:luis-ortega", "DUE"), ("TY:mei-chen", "DUE")]
    assert steps("2026-11-24T15:07") == [("TY:mei-chen", "DUE")]
    assert steps("2026-11-24T16:00") == []
    # Before the debrief was saved (12:00) it is due, then late (target 12:00, deadline 13:30).
    assert ("DB", "DUE") in steps("2026-11-24T11:45")
    assert steps("2026-11-24T12:00")[0] == ("TY:dana-kim", "DUE")


def test_a_new_event_moves_the_fast_path_on(populated: Path) -> None:
    before = ok("today", "--now", "2026-12-15T11:00", "--json").json()["items"]
    assert [i["step"] for i in before] == ["F1"]
    logged = ok("log", "sent", "F1", "--to", "Priya", "--at", "2026-12-15T10:30", "--json").json()
    assert (logged["kind"], logged["overridden"]) == ("F1", [])
    assert ok("today", "--now", "2026-12-15T11:00", "--json").json()["items"] == []
    assert [i["step"] for i in ok("today", "--now", "2026-12-15T10:00", "--json").json()["items"]] == ["F1"]


def test_today_through_the_click_group_is_the_same_command(populated: Path) -> None:
    direct = ok("today", "--db", str(populated), "--now", "2026-12-15T10:00", "--json").out
    assert ok("--db", str(populated), "today", "--now", "2026-12-15T10:00", "--json").out == direct
    assert ok("today", "--now=2026-12-15T10:00", "--json", f"--db={populated}").out == direct
    assert ok("today", "--db", f"sqlite:///{populated}", "--now", "2026-12-15T10:00", "--json").out == direct


def test_today_for_another_owner_of_the_same_file_is_empty(
    populated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FOLLOWUP_USER", "someone-else")
    data = ok("today", "--now", "2026-12-15T10:00", "--json").json()
    assert data == {"now": "2026-12-15T10:00:00+00:00", "items": [], "long_overdue": [], "meanings": {}}


def test_today_rejects_unknown_options_in_one_line(populated: Path) -> None:
    result = invoke("today", "--bogus")
    assert (result.code, result.out) == (2, "")
    assert result.err == "followup: option: expected --now, --all, --json, --db or --help (got '--bogus')\n"


@pytest.mark.parametrize("scenario", sorted(SCENARIOS.glob("*.json")), ids=lambda p: p.stem)
def test_fast_path_agrees_with_the_planner_on_every_scenario(scenario: Path, tmp_path: Path) -> None:
    db = tmp_path / "followup.db"
    assert invoke("import", str(scenario)).code == 0
    records = codec.loads(scenario.read_text())
    ends = [i.end or i.start for a in records.applications for i in a.interviews]
    latest = max([dt.datetime.fromtimestamp(history_until(records), dt.UTC), *ends])
    for days in (0, 1, 3, 8, 15, 30):
        moment = (latest + dt.timedelta(days=days, hours=1)).isoformat()
        agenda = today.read_agenda(str(db), USER, moment, everything=True)  # no NeedsFullPlanner
        assert today.render(agenda, True) + "\n" == planner_json(str(db), moment), moment
        assert ok("today", "--now", moment, "--json").out == planner_json(str(db), moment)


def test_today_on_postgresql_runs_the_planner(db_url: str, tmp_path: Path) -> None:
    """The same commands on either backend (``db_url``: SQLite file, then a PostgreSQL database)."""
    source = SCENARIOS / "S01.json"
    assert invoke("--db", db_url, "import", str(source)).code == 0
    now = "2026-03-02T14:00"
    got = ok("today", "--db", db_url, "--now", now, "--json").json()
    sqlite_copy = tmp_path / "reference.db"
    assert invoke("--db", str(sqlite_copy), "import", str(source)).code == 0
    assert got == ok("today", "--db", str(sqlite_copy), "--now", now, "--json").json()
    assert {(i["step"], i["state"]) for i in got["items"]} >= {("DB", "OVERDUE"), ("TY:dana", "DUE")}
    assert (
        json.loads(ok("--db", db_url, "plan", "--now", now, "--json").out)["now"]
        == "2026-03-02T14:00:00-05:00"
    )


def test_a_copy_of_the_database_gives_the_same_answers(populated: Path, tmp_path: Path) -> None:
    moved = tmp_path / "moved"
    moved.mkdir()
    shutil.copyfile(populated, moved / "followup.db")
    for now in ("2026-11-24T14:00", "2026-12-15T10:00"):
        assert (
            ok("today", "--db", str(moved / "followup.db"), "--now", now).out == ok("today", "--now", now).out
        )


@pytest.mark.parametrize(
    "zone_name", ["America/New_York", "Europe/London", "Asia/Kolkata", "UTC", "Australia/Lord_Howe"]
)
@pytest.mark.parametrize("native", [True, False])
def test_the_fast_clock_agrees_with_zoneinfo_across_daylight_saving(zone_name: str, native: bool) -> None:
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(zone_name)
    clock = today.Clock(zone_name)
    clock.native = clock.native and native  # both the C library's and zoneinfo's conversions
    before = os.environ.get("TZ")
    with clock:
        for text in ("2026-03-08T01:30", "2026-03-08T03:30", "2026-03-29T00:59", "2026-10-25T03:00",
                     "2026-11-01T00:30", "2026-12-31T23:59", "2026-07-04T12:00"):  # fmt: skip
            expected = dt.datetime.fromisoformat(text).replace(tzinfo=zone)
            epoch = int(expected.timestamp())
            assert clock.iso(epoch) == dt.datetime.fromtimestamp(epoch, zone).isoformat(), text
            assert clock.human(epoch) == dt.datetime.fromtimestamp(epoch, zone).strftime("%a %d %b %H:%M")
            assert clock.parse(text + "Z") == int(dt.datetime.fromisoformat(text + "+00:00").timestamp())
    assert os.environ.get("TZ") == before  # the process's zone is restored
