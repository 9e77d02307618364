"""`followup plan` with no application prints each application as it is planned (``services.plans.each_plan``)
and says exactly what planning them all at once says (``services.plans.plans``), text and JSON."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from followup.cli.plan import render
from followup.cli.timefmt import parse_moment, zone
from followup.services.plans import each_plan, plans
from followup.services.workspace import Workspace
from tests.cli.conftest import APP, SCENARIOS, invoke, ok

MOMENTS = (
    "2026-11-24T09:00",  # before the last recorded event: history replayed from every record
    "2026-11-24T15:10",
    "2026-11-26T09:00",
    "2026-12-02T12:00",
    "2027-02-01T08:00",
)


def all_at_once(now_text: str, *, show_all: bool, as_json: bool) -> str:
    """What `plan` printed when it planned every application before printing any."""
    with Workspace() as ws:
        tz = zone(ws.read_base().profile.tz)
        now = parse_moment(now_text, tz)
        records, views = plans(ws, now)
    names_of = {app.id: {p.id: p.name for p in app.people} for app in records.applications}
    if as_json:
        data = {
            "now": now.astimezone(tz).isoformat(),
            "applications": [v.to_data(names_of[v.schedule.application_id], tz) for v in views],
        }
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    text = "\n\n".join(render(v, names_of[v.schedule.application_id], tz, show_all) for v in views)
    put_away = sum(1 for a in records.applications if a.archived_at is not None)
    empty = (
        f"No applications in view: {put_away} archived (`followup plan APP` shows one)."
        if put_away
        else "No applications yet: `followup interview add`."
    )
    return (text or empty) + "\n"


def assert_streamed_as_planned_at_once() -> None:
    for now in MOMENTS:
        for options, show_all, as_json in [
            ((), False, False),
            (("--all",), True, False),
            (("--json",), False, True),
        ]:
            assert ok("plan", *options, "--now", now).out == all_at_once(
                now, show_all=show_all, as_json=as_json
            )


def test_plan_of_every_application_streams_what_planning_them_at_once_prints(populated: Path) -> None:
    ok("interview", "add", "--company", "Birch Labs", "--start", "2026-11-23T10:00", "--preferred")
    ok("log", "competing-offer", "--company", "Elm", "--deadline", "2026-12-10", "--at", "2026-11-25T09:00")
    ok("interview", "add", "--company", "Cedar Works", "--start", "2026-11-20T10:00")
    ok("application", "archive", "cedar-works")
    assert_streamed_as_planned_at_once()
    data = ok("plan", "--json", "--now", "2026-12-02T12:00").json()
    assert [a["application"] for a in data["applications"]] == [APP, "birch-labs"]


@pytest.mark.parametrize("scenario", ["S10", "S12"])
def test_plan_of_a_scenario_streams_what_planning_it_at_once_prints(tmp_path: Path, scenario: str) -> None:
    assert invoke("import", str(SCENARIOS / f"{scenario}.json")).code == 0
    assert_streamed_as_planned_at_once()


def test_plan_with_nothing_in_view_says_why(populated: Path) -> None:
    ok("application", "archive", APP)
    assert ok("plan", "--now", "2026-12-02T12:00").out == (
        "No applications in view: 1 archived (`followup plan APP` shows one).\n"
    )
    assert ok("plan", "--json", "--now", "2026-12-02T12:00").json() == {
        "now": "2026-12-02T12:00:00-05:00",
        "applications": [],
    }
    assert ok("plan", "--json", "--now", "2026-12-02T12:00").out == all_at_once(
        "2026-12-02T12:00", show_all=False, as_json=True
    )


def test_each_plan_reads_one_application_at_a_time_from_the_summaries(populated: Path) -> None:
    ok("interview", "add", "--company", "Birch Labs", "--start", "2026-11-23T10:00")
    now = dt.datetime(2026, 12, 2, 17, tzinfo=dt.UTC)
    with Workspace() as ws:
        planned = each_plan(ws, now)
        app, view = next(planned)  # the first is planned before the second is read
        assert (app.id, view.status) == (APP, "waiting")
        assert [a.id for a, _ in planned] == ["birch-labs"]
