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
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


def test_today_under_another_login_reads_the_files_own_records(
    populated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = ok("today", "--now", "2026-12-15T10:00", "--json").out
    monkeypatch.setenv(
        "FOLLOWUP_USER", "someone-else"
    )  # a SQLite file has one owner (tests/cli/test_privacy.py)
    assert ok("today", "--now", "2026-12-15T10:00", "--json").out == expected
    assert [i["step"] for i in json.loads(expected)["items"]] == ["F1"]


def test_today_rejects_unknown_options_in_one_line(populated: Path) -> None:
    result = invoke("today", "--bogus")
    assert (result.code, result.out) == (2, "")
    assert result.err == (
        "followup: option: expected --now, --all, --json, --db, --owner or --help (got '--bogus')\n"
    )


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
        # The long-overdue rows summarised by the query, and by Python on the planner's rows: the same text.
        summarised = today.read_agenda(str(db), USER, moment, everything=False)
        planned = today.summarise(*today.full_planner_rows(str(db), moment), everything=False)
        assert today.render(summarised, False) == today.render(planned, False), moment
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
    shutil.copy(populated, moved / "followup.db")  # with its mode (600)
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


# --- in words, and true when read --------------------------------------------------------------------------

S01 = SCENARIOS / "S01.json"  # Harbor Analytics: in person, Mon 2 Mar 2026 10:00-11:30, nothing logged


def text_at(now: str, *more: str) -> list[str]:
    return ok("today", "--now", now, *more).out.splitlines()


@pytest.fixture
def harbor() -> None:
    assert invoke("import", str(S01)).code == 0


@pytest.mark.usefixtures("harbor")
def test_lateness_and_deadlines_are_said_in_words_on_the_interview_day() -> None:
    lines = text_at("2026-03-02T14:00")
    assert lines[0] == "Due at Mon 02 Mar 14:00 (America/New_York): 4"
    assert lines[1] == "OVERDUE  Harbor Analytics · DB · 30 minutes late (was due Mon 02 Mar 13:30)"
    assert (
        lines[2]
        == "         Write the debrief: who, what, where, when, why. The sooner, the more you remember."
    )
    assert (
        lines[3] == "         W-DEBRIEF-LATE: the debrief was not written within two hours of the interview"
    )
    assert lines[4] == "         rules D-01 D-02 D-04 D-05 D-06 D-07 D-09"
    assert "DUE      Harbor Analytics · TY:Dana Kim · due tomorrow by 11:30, best today" in lines
    assert lines[-1] == "`followup explain W-DEBRIEF-LATE` gives the rule behind a code or a rule ID."


@pytest.mark.usefixtures("harbor")
def test_the_morning_after_the_thank_you_is_due_today_and_its_code_says_why() -> None:
    lines = text_at("2026-03-03T09:00")
    at = lines.index("DUE      Harbor Analytics · TY:Dana Kim · due today by 11:30")
    assert lines[at + 1] == (
        "         Thank Dana Kim personally by email: the same day is best, 24 hours at most. "
        "(email to Dana Kim)"
    )
    assert lines[at + 2] == "         W-TY-LATE: the thank-you missed its same-day target; send it now"
    assert "         N-NAMES-FADING: past the interview day, names and details fade fast" in lines


@pytest.mark.usefixtures("harbor")
def test_a_thank_you_weeks_late_says_how_late_and_nothing_about_today() -> None:
    out = ok("today", "--now", "2026-03-27T12:00", "--all").out
    assert "OVERDUE  Harbor Analytics · TY:Dana Kim · 24 days late (was due Tue 03 Mar 11:30)\n" in out
    assert "today" not in out.replace("followup today", "")
    assert "W-TY-OVERDUE: the thank-you is more than 24 hours late" in out


@pytest.mark.usefixtures("harbor")
def test_steps_10_business_days_past_their_deadline_are_summarised_per_application() -> None:
    # TY's deadline is Tue 3 Mar 11:30; bd(3 Mar, 10) = Tue 17 Mar: summarised from Wed 18 Mar 00:00.
    before = text_at("2026-03-17T23:59")
    assert "OVERDUE  Harbor Analytics · TY:Dana Kim · 14 days late (was due Tue 03 Mar 11:30)" in before
    lines = text_at("2026-03-18T00:00")
    assert not any("TY:Dana Kim" in line for line in lines)
    at = lines.index("Long overdue (more than 10 business days past the deadline), still worth doing:")
    assert lines[at + 1 :] == [
        "  Harbor Analytics: 4 steps, the oldest due Mon 02 Mar",
        "  `followup today --all` lists them.",
        "`followup explain W-SKIP-FOLLOWUP` gives the rule behind a code or a rule ID.",
    ]
    assert lines[0] == "Due at Wed 18 Mar 00:00 (America/New_York): 5"  # every step is counted
    everything = ok("today", "--now", "2026-03-18T00:00", "--all").out
    assert everything.count("OVERDUE  Harbor Analytics") == 5 and "Long overdue" not in everything
    data = ok("today", "--now", "2026-03-18T00:00", "--json").json()
    assert len(data["items"]) == 5
    assert sorted(i["step"] for i in data["items"] if i["stale"]) == ["DB", "TA:priya", "TY:dana", "TY:luis"]
    assert data["long_overdue"] == [
        {
            "application": "harbor",
            "company": "Harbor Analytics",
            "steps": 4,
            "oldest": "2026-03-02T13:30:00-05:00",
        }
    ]
    assert data["meanings"]["W-TY-OVERDUE"] == "the thank-you is more than 24 hours late"


def test_stale_at_counts_business_days_on_the_employers_calendar(populated: Path) -> None:
    # F1 is due through Tue 22 Dec 2026. Ten US business days later, skipping Christmas and New Year's
    # Day, is Thu 7 Jan 2027: stale from Fri 8 Jan 00:00 (a calendar of weekdays alone would say Tue 5).
    rows, _, _ = today.read_rows(populated, USER, "2027-01-07T23:59")
    (f1,) = rows
    assert f1.stale_at == int(dt.datetime(2027, 1, 8, 5, 0, tzinfo=dt.UTC).timestamp())
    listed = text_at("2027-01-07T23:59")
    assert listed[1] == "OVERDUE  Harbor Analytics · F1 · 16 days late (was due Tue 22 Dec 2026 23:59)"
    summarised = text_at("2027-01-08T00:00")
    assert "  Harbor Analytics: 1 step, the oldest due Tue 22 Dec 2026" in summarised


def test_the_stale_summary_is_computed_by_the_query(populated: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    real = today.sqlite3.connect

    def tracing(*args: Any, **kwargs: Any) -> Any:
        con = real(*args, **kwargs)
        con.set_trace_callback(seen.append)
        return con

    monkeypatch.setattr(today.sqlite3, "connect", tracing)
    lines = text_at("2027-02-01T09:00")
    assert "  Harbor Analytics: 1 step, the oldest due Tue 22 Dec 2026" in lines
    reads = [s for s in seen if "FROM agenda" in s]
    assert len(reads) == 2
    assert "stale_at IS NULL OR stale_at >" in reads[0]  # the rows listed: not the stale ones
    assert "stale_at <=" in reads[1] and "GROUP BY application_id" in reads[1]  # those, counted


# --- closed applications ------------------------------------------------------------------------------------

ACME = [
    ["init", "--name", "Alex Morgan", "--email", "alex@example.com", "--tz", "America/New_York"],
    ["interview", "add", "--company", "Acme", "--position", "Analyst", "--start", "2026-10-01T10:00",
     "--format", "video"],
    ["person", "add", "Dana Kim", "--hiring-manager", "--title", "Director", "--email", "dana@acme.example"],
    ["debrief", "--stumbled", "why us", "--rating", "4", "--takeaway", "growing team", "--went-well", "SQL",
     "--to-improve", "pricing (practice)", "--fit", "dashboards", "--now", "2026-10-01T12:00"],
]  # fmt: skip


@pytest.fixture
def acme() -> None:
    for args in ACME:
        ok(*args)


def steps_at(now: str) -> list[tuple[str, str]]:
    return [(i["step"], i["state"]) for i in ok("today", "--now", now, "--json").json()["items"]]


@pytest.mark.usefixtures("acme")
def test_the_morning_after_a_due_thank_you_comes_before_the_overdue_better_answer() -> None:
    assert steps_at("2026-10-02T09:00") == [("TY:dana-kim", "DUE"), ("ANSWER-1", "OVERDUE")]
    lines = text_at("2026-10-02T09:00")
    assert lines[1] == "DUE      Acme · TY:Dana Kim · due today by 11:00"
    listed = ok("list", "--now", "2026-10-02T09:00", "--json").json()
    assert [(a["next"], a["next_state"]) for a in listed] == [("TY:Dana Kim", "DUE")]


@pytest.mark.usefixtures("acme")
def test_a_rejected_application_asks_only_for_its_own_answers() -> None:
    ok("log", "rejection", "--at", "2026-10-20T10:00")
    before = {("TY:dana-kim", "OVERDUE"), ("ANSWER-1", "OVERDUE"), ("F1", "OVERDUE")}
    assert set(steps_at("2026-10-20T09:59")) == before
    assert steps_at("2026-10-20T11:00") == [("RJ", "DUE")]
    assert steps_at("2026-11-20T11:00") == [("RJ", "OVERDUE")]
    # The learning item stays in the plan (L-03: learning continues whatever the outcome).
    plan = ok("plan", "--now", "2026-10-20T11:00", "--json").json()["applications"][0]
    assert {s["key"]: s["state"] for s in plan["steps"]}["ANSWER-1"] == "OVERDUE"
    listed = ok("list", "--now", "2026-10-20T11:00", "--json").json()
    assert [(a["status"], a["next"], a["next_state"]) for a in listed] == [("rejected", "RJ", "DUE")]


@pytest.mark.usefixtures("acme")
def test_a_withdrawn_application_leaves_the_list_of_things_to_do() -> None:
    ok("log", "withdraw", "--at", "2026-10-02T10:00")
    assert steps_at("2026-10-02T09:59") == [("TY:dana-kim", "DUE"), ("ANSWER-1", "OVERDUE")]
    assert steps_at("2026-10-02T10:00") == []
    assert ok("today", "--now", "2026-10-09T10:00").out == "Nothing due or overdue at Fri 09 Oct 10:00.\n"
    listed = ok("list", "--now", "2026-10-09T10:00", "--json").json()
    assert [(a["status"], a["next"]) for a in listed] == [("withdrawn", None)]


# --- JSON in every case, and a fast start ------------------------------------------------------------------


def test_json_without_a_database_is_json_and_creates_nothing(tmp_path: Path) -> None:
    data = ok("today", "--json", "--now", "2026-03-02T10:00").json()
    assert data == {"now": "2026-03-02T10:00:00+00:00", "items": [], "long_overdue": [], "meanings": {}}
    assert json.loads(ok("today", "--json").out)["items"] == []
    assert list(tmp_path.iterdir()) == []
    assert ok("today").out == "No records yet. Start with `followup init`, then `followup interview add`.\n"


def test_json_of_an_empty_store_is_json() -> None:
    ok("init", "--name", "Alex Morgan", "--tz", "Europe/Berlin")
    data = ok("today", "--json", "--now", "2026-03-02T10:00").json()
    assert data == {"now": "2026-03-02T10:00:00+01:00", "items": [], "long_overdue": [], "meanings": {}}


def test_a_bad_now_is_refused_even_without_a_database() -> None:
    result = invoke("today", "--now", "tomorrow")
    assert (result.code, result.out) == (2, "")
    assert result.err.startswith("followup: --now: expected an ISO date")
    result = invoke("today", "--json", "--now", "tomorrow")  # the same refusal, as the JSON error
    assert (result.code, result.err) == (2, "")
    assert json.loads(result.out)["error"]["field"] == "--now"


FAST_PATH_NEVER_IMPORTS = {
    "sqlalchemy", "alembic", "click", "holidays", "platformdirs", "typing", "zoneinfo", "re", "enum",
    "dataclasses", "pathlib", "json", "followup.services", "followup.core.plan",
}  # fmt: skip


def test_the_fast_path_imports_the_standard_library_and_little_else(populated: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "FOLLOWUP_DB"}
    env |= {"FOLLOWUP_HOME": str(populated.parent), "FOLLOWUP_USER": USER, "TZ": "UTC"}
    traced = subprocess.run(
        [
            sys.executable,
            "-X",
            "importtime",
            "-m",
            "followup.cli.entry",
            "today",
            "--now",
            "2026-12-15T10:00",
        ],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "F1 · due by Tue 22 Dec" in traced.stdout
    modules = {line.rsplit("|", 1)[-1].strip() for line in traced.stderr.splitlines()[1:]}
    assert "followup.cli.today" in modules
    heavy = {m for m in modules if {m, m.split(".")[0], ".".join(m.split(".")[:3])} & FAST_PATH_NEVER_IMPORTS}
    assert sorted(heavy) == []


@pytest.mark.usefixtures("acme")
def test_the_daily_digest_uses_the_same_words_and_the_same_closed_applications() -> None:
    before = ok("remind", "--now", "2026-10-02T09:00").out
    assert "W-TY-LATE: the thank-you missed its same-day target; send it now" in before
    assert "Acme · ANSWER-1" in before
    ok("log", "rejection", "--at", "2026-10-20T10:00")
    after = ok("remind", "--now", "2026-10-20T11:00", "--json").json()
    assert [(i["label"], i["state"]) for i in after["items"]] == [("RJ", "DUE")]


@pytest.mark.usefixtures("acme")
def test_list_shows_the_move_that_matters_first_with_the_year_of_another_year() -> None:
    ok("log", "rejection", "--at", "2026-10-20T10:00")
    assert ok("list", "--now", "2026-10-21T09:00").out == (
        "acme                     rejected            DUE      RJ                   Thu 22 Oct 23:59\n"
    )
    assert ok("list", "--now", "2027-01-10T09:00").out == (
        "acme                     rejected            OVERDUE  RJ                   Thu 22 Oct 2026 23:59\n"
    )


def test_rows_stored_by_an_older_followup_are_not_trusted_and_the_next_write_makes_them_again(
    populated: Path,
) -> None:
    """Agenda rows made before `stale_at` existed (an upgrade from 0.1): `today` asks the planner, and the
    next write of any kind stores every application's rows anew, with the version that made them."""
    from followup.cli.today import AGENDA_VERSION

    now = "2027-02-15T10:00"  # every thank-you long overdue: stale rows are summarised
    expected = ok("today", "--now", now).out
    con = sqlite3.connect(populated)
    with con:
        con.execute("UPDATE agenda SET stale_at = NULL")
        con.execute("UPDATE meta SET value = '1' WHERE key LIKE 'agenda_version:%'")
    con.close()
    assert ok("today", "--now", now).out == expected  # the planner answered, not the old rows
    ok("words", "add", "Looker")  # any write
    con = sqlite3.connect(populated)
    version = con.execute("SELECT value FROM meta WHERE key LIKE 'agenda_version:%'").fetchone()[0]
    stale = con.execute("SELECT count(*) FROM agenda WHERE stale_at IS NOT NULL").fetchone()[0]
    con.close()
    assert (version, stale > 0) == (AGENDA_VERSION, True)
    assert ok("today", "--now", now).out == expected


def test_the_fast_path_knows_the_agenda_version() -> None:
    from followup.cli.today import AGENDA_VERSION
    from followup.core.plan.agenda import AGENDA_VERSION as stored_by

    assert stored_by == AGENDA_VERSION


COMPANIES = (
    "Alder",
    "Birch",
    "Cedar",
    "Dogwood",
    "Elm",
    "Fir",
    "Ginkgo",
    "Hazel",
    "Ironwood",
    "Juniper",
    "Kauri",
)


@pytest.fixture
def busy() -> None:
    """Eleven interviews on Tuesday morning, each with a hiring manager: two dozen steps due by evening."""
    ok("init", "--name", "Alex Morgan", "--email", "alex@example.com", "--tz", "America/New_York")
    for n, company in enumerate(COMPANIES):
        ok(
            "interview",
            "add",
            "--company",
            company,
            "--start",
            f"2026-11-24T{8 + n // 4:02d}:{15 * (n % 4):02d}",
        )
        ok(
            "person",
            "add",
            f"Dana {company}son",
            "-a",
            company.lower(),
            "--hiring-manager",
            "--email",
            f"d@{company.lower()}.example",
        )


def test_today_fits_a_screen_and_says_how_many_more_and_where(
    busy: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Trust, item 5: the list fits a screen, most urgent first; what does not fit is counted in one line
    with the command that lists it; `--all` and `--json` give every item."""
    monkeypatch.setenv("LINES", "30")
    everything = ok("today", "--all", "--now", "2026-11-24T18:00").out.splitlines()
    items = [line for line in everything if not line.startswith((" ", "`", "Due at"))]
    assert len(items) == 22  # a debrief and a thank-you for each of the eleven
    text = ok("today", "--now", "2026-11-24T18:00").out.splitlines()
    assert len(text) <= 30
    shown = [line for line in text if line.startswith(("DUE ", "OVERDUE "))]
    assert shown == items[: len(shown)] and 3 <= len(shown) < 22
    hidden = 22 - len(shown)
    assert text[0] == "Due at Tue 24 Nov 18:00 (America/New_York): 22"
    more = [line for line in text if line.startswith("...")]
    places = len({line[9:].split(" · ")[0] for line in items[len(shown) :]})
    assert more == [
        f"... and {hidden} more steps due or overdue in {places} applications, less urgent: "
        "`followup today --all` lists them."
    ]
    assert len(ok("today", "--json", "--now", "2026-11-24T18:00").json()["items"]) == 22
    monkeypatch.setenv("LINES", "60")
    assert len(
        [
            line
            for line in ok("today", "--now", "2026-11-24T18:00").out.splitlines()
            if line.startswith(("DUE ", "OVERDUE "))
        ]
    ) > len(shown)


def test_today_names_five_long_overdue_applications_and_counts_the_rest(busy: None) -> None:
    text = ok("today", "--now", "2027-01-20T09:00").out.splitlines()
    start = text.index("Long overdue (more than 10 business days past the deadline), still worth doing:")
    named = text[start + 1 : start + 6]
    assert all(line.startswith("  ") and ", the oldest due " in line for line in named)
    assert text[start + 6].startswith("  ... and ") and text[start + 6].endswith(
        " more steps in 6 more applications"
    )
    assert text[start + 7] == "  `followup today --all` lists them."
    assert len(text) <= 40


def test_both_queries_of_today_tell_long_overdue_rows_apart_in_the_index(populated: Path) -> None:
    """Migration 0011: ``stale_at`` is in the "due now" index, so the list and the long-overdue summary
    each fetch from the table only the rows they return (issue 9: `today` at 10,000 applications)."""
    con = sqlite3.connect(populated)
    try:
        plans = [
            " ".join(str(step[-1]) for step in con.execute(f"EXPLAIN QUERY PLAN {query}", ("o", 1, 1, 1)))
            for query in (today.QUERY_FRESH, today.QUERY_STALE)
        ]
    finally:
        con.close()
    index = "INDEX ix_agenda_owner_ends_at_starts_at_stale_at (owner=? AND ends_at>?)"
    assert all(plan.startswith(f"SEARCH agenda USING {index}") for plan in plans), plans


# --- `--now` and days without `datetime` (issue 9: its import is a tenth of Python's start-up) ------------

_DIGITS = st.text(alphabet="0123456789", min_size=1, max_size=4)
_ISO_LIKE = st.builds(
    lambda y, m, d, sep, h, mi, s, zone: f"{y}-{m}-{d}{sep}{h}:{mi}{s}{zone}",
    st.integers(1960, 2210).map(str),
    st.integers(0, 13).map(lambda n: f"{n:02d}"),
    st.integers(0, 32).map(lambda n: f"{n:02d}"),
    st.sampled_from(["T", " ", "t", "TT"]),
    st.integers(0, 25).map(lambda n: f"{n:02d}"),
    st.integers(0, 61).map(lambda n: f"{n:02d}"),
    st.sampled_from(["", ":00", ":59", ":60", ".5", ":7"]),
    st.sampled_from(["", "Z", "+00:00", "-05:00", "+05:30", "+24:00", "+0200", "-00:00", "+1:00"]),
)


@given(st.one_of(_ISO_LIKE, st.text(max_size=30), _DIGITS.map(lambda d: f"2026-11-{d}")))
@settings(max_examples=400, deadline=None)
def test_the_quick_reader_of_now_agrees_with_datetime_or_leaves_it_to_datetime(text: str) -> None:
    quick = today.quick_moment(text.strip())
    if quick is None:
        return  # datetime reads it, as before
    fields, offset = quick
    moment = dt.datetime.fromisoformat(text.strip().replace("Z", "+00:00").replace(" ", "T", 1))
    assert fields == (moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second)
    given_offset = moment.utcoffset()
    assert offset == (None if given_offset is None else int(given_offset.total_seconds()))
    assert 1970 <= moment.year <= 2200
    if offset is not None:
        assert today.epoch_of(fields) - offset == int(moment.timestamp())


@given(st.integers(0, 7_258_118_400))  # 1970 to 2200
@settings(max_examples=300, deadline=None)
def test_days_are_counted_as_datetime_counts_them(epoch: int) -> None:
    local = dt.datetime.fromtimestamp(epoch, dt.UTC)
    assert today.ordinal(local.timetuple()) == local.date().toordinal()
    fields = (local.year, local.month, local.day, local.hour, local.minute, local.second)
    assert today.epoch_of(fields) == epoch


def test_now_read_quickly_in_a_zone_is_the_moment_datetime_reads() -> None:
    from zoneinfo import ZoneInfo

    clock = today.Clock("America/New_York")
    assert clock.native
    with clock:
        for text in ("2026-11-24T18:00", "2026-11-24 18:00:30", "2026-11-24", "2026-03-08T02:30",
                     "2026-11-01T01:30", "2026-12-31T23:59:59-03:00", "2026-06-01T00:00Z"):  # fmt: skip
            moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00").replace(" ", "T", 1))
            expected = moment if moment.tzinfo else moment.replace(tzinfo=ZoneInfo("America/New_York"))
            assert clock.parse(text) == int(expected.timestamp()), text
