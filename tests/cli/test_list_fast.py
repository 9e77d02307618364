"""`followup list` from the stored summaries (``cli.listing``): the same output as the planner gives, at
any moment, in text and JSON, and the planner's answer whenever the stored rows cannot give it."""

from __future__ import annotations

import datetime as dt
import io
import sqlite3
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from followup.cli import listing
from followup.cli.app import run
from followup.cli.timefmt import parse_moment, zone
from followup.services.plans import stored_summaries, summaries
from followup.services.workspace import Workspace
from tests.cli.conftest import invoke, ok

MOMENTS = (  # from the last recorded event on (the thank-you notes, 2026-11-24 15:10)
    "2026-11-24T15:10",
    "2026-11-24T16:00",
    "2026-11-24T23:59:59",
    "2026-11-26T09:00",
    "2026-12-02T12:00",
    "2026-12-15T10:00",
    "2027-02-01T08:00",  # another year: dates carry their year
)


def planner(*args: str) -> str:
    """What the planner itself gives for ``list ARGS`` (``services.plans.summaries``, every application
    planned again), rendered as the command renders it."""
    parsed = listing.parse_args(list(args))
    assert parsed is not None
    _, _, show_all, as_json, now_text = parsed
    with Workspace() as ws:
        records = ws.read()
        tz = zone(records.profile.tz)
        now = parse_moment(now_text, tz) if now_text else dt.datetime.now(dt.UTC)
        rows = [
            listing.Row(
                r.application_id,
                r.company,
                r.position,
                r.status,
                r.next_move,
                r.next_state,
                r.when,
                r.archived,
            )
            for r in summaries(ws, now, archived=show_all)
        ]
    put_away = sum(1 for a in records.applications if a.archived_at is not None)
    return listing.render(rows, now, tz, put_away, as_json) + "\n"


def click_path(*args: str) -> str:
    """What the Click command prints (the stored periods read through the store, as on PostgreSQL)."""
    out = io.StringIO()
    with redirect_stdout(out):
        assert run(list(args)) == 0
    return out.getvalue()


def fast(*args: str) -> str:
    out = io.StringIO()
    with redirect_stdout(out):
        assert listing.main(list(args)) == 0
    return out.getvalue()


@pytest.mark.parametrize("now", MOMENTS)
@pytest.mark.parametrize("options", [(), ("--json",), ("--all",), ("--all", "--json")])
def test_list_from_the_summaries_prints_what_the_planner_prints(
    populated: Path, now: str, options: tuple[str, ...]
) -> None:
    args = ("list", *options, "--now", now)
    assert fast(*args) == planner(*args)
    assert click_path(*args) == planner(*args)
    assert ok(*args).out == planner(*args)


def test_list_from_the_summaries_shows_archived_and_added_applications_in_order(populated: Path) -> None:
    ok("interview", "add", "--company", "Birch Labs", "--start", "2026-12-01T10:00", "--preferred")
    ok("application", "archive", "harbor-analytics")
    now = ("--now", "2026-12-02T12:00")
    assert (
        fast("list", *now)
        == planner("list", *now)
        == click_path("list", *now)
        == ("birch-labs               waiting             OVERDUE  DB                   Tue 01 Dec 13:00\n")
    )
    everything = fast("list", "--all", "--json", *now)
    assert everything == planner("list", "--all", "--json", *now)
    assert [row["application"] for row in ok("list", "--all", "--json", *now).json()] == [
        "harbor-analytics",
        "birch-labs",
    ]
    ok("application", "archive", "birch-labs")
    assert (
        fast("list", *now)
        == planner("list", *now)
        == ("No applications in view: 2 archived (`followup list --all` shows them).\n")
    )


def test_list_leaves_to_the_planner_what_the_stored_rows_cannot_answer(populated: Path) -> None:
    assert listing.main(["list", "--now", "2026-11-24T09:00"]) is None  # before the last recorded event
    assert listing.main(["list", "--help"]) is None
    assert listing.main(["list", "--bogus"]) is None
    assert listing.main(["--db", "postgresql://u@127.0.0.1/x", "list"]) is None
    con = sqlite3.connect(populated)
    with con:  # rows made by an older followup are not trusted
        con.execute("UPDATE meta SET value = '2' WHERE key LIKE 'agenda_version:%'")
    con.close()
    assert listing.main(["list", "--now", "2026-12-02T12:00"]) is None
    with Workspace() as ws:  # nor by the store's own reading of them
        assert stored_summaries(ws, dt.datetime(2026, 12, 2, 17, tzinfo=dt.UTC)) is None
    assert ok("list", "--now", "2026-12-02T12:00").out == planner("list", "--now", "2026-12-02T12:00")


def test_list_with_a_now_that_is_no_date_is_one_line_naming_it(populated: Path) -> None:
    result = invoke("list", "--now", "2026-02-30T10:00")
    assert (result.code, result.out) == (2, "")
    assert result.err == (
        "followup: --now: expected a day the calendar has: 30 February 2026 does not exist "
        "(got '2026-02-30T10:00')\n"
    )
    assert invoke("list", "--now", "2026-02-30T10:00", "--json").json()["error"]["field"] == "--now"


@pytest.mark.parametrize("now", MOMENTS[:4])
@pytest.mark.parametrize("options", [(), ("--json",), ("--all",)])
def test_plan_of_one_application_from_the_others_summaries_is_the_whole_plan(
    populated: Path, now: str, options: tuple[str, ...]
) -> None:
    ok("interview", "add", "--company", "Birch Labs", "--start", "2026-11-23T10:00")
    args = (*options, "--now", now)
    whole = ok("plan", *args).out  # every application, planned from all the records
    one = ok("plan", "harbor-analytics", *args).out
    if "--json" in options:
        data = ok("plan", *args).json()
        assert ok("plan", "harbor-analytics", *args).json() == {
            "now": data["now"],
            "applications": [data["applications"][0]],
        }
    else:
        assert whole.startswith(one.rstrip("\n") + "\n\n")


def test_plan_of_one_application_reads_its_records_alone_unless_history_must_be_replayed(
    populated: Path,
) -> None:
    import datetime as dt

    from followup.services.plans import plan_of
    from followup.services.workspace import Workspace

    with Workspace() as ws:
        found = plan_of(ws, dt.datetime(2026, 12, 2, 12, tzinfo=dt.UTC), "harbor-analytics")
        assert found is not None
        records, view = found
        assert ([a.id for a in records.applications], view.status) == (["harbor-analytics"], "waiting")
        assert plan_of(ws, dt.datetime(2026, 11, 24, 9, tzinfo=dt.UTC), "harbor-analytics") is None
        assert plan_of(ws, dt.datetime(2026, 12, 2, 12, tzinfo=dt.UTC), "Harbor Analytics") is None


def test_a_command_about_one_application_named_by_id_reads_that_application_alone(populated: Path) -> None:
    from followup.services.workspace import Workspace

    ok("interview", "add", "--company", "Birch Labs", "--start", "2026-11-23T10:00")
    with Workspace() as ws:
        one = ws.read_for("birch-labs")
        assert ([a.id for a in one.applications], one.profile.name) == (["birch-labs"], "Alex Morgan")
        by_name = ws.read_for("Birch Labs")  # a company name: every record, to resolve it as before
        assert [a.id for a in by_name.applications] == ["harbor-analytics", "birch-labs"]
    listed = ok("person", "list", "-a", "harbor-analytics", "--json").json()
    assert [p["name"] for p in listed] == ["Dana Kim", "Luis Ortega", "Mei Chen", "Priya Shah"]
    assert ok("events", "-a", "birch-labs").out == (
        "No events recorded for birch-labs yet: `followup log ...` records them.\n"
    )
