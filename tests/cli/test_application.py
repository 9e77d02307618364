"""`followup application archive|unarchive|remove`: an archived application keeps every record but leaves
`today`, `list` (unless --all), `plan` (unless named) and the calendar export; remove deletes it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.cli.conftest import APP, invoke, ok

DUE = "2026-12-15T10:00"  # F1 is DUE for harbor-analytics (tests/cli/test_flow.py)
EARLY = "2026-11-24T12:30"  # before the thank-yous: `today` replans from the records (slow path)


def with_acme() -> None:
    ok("interview", "add", "--company", "Acme", "--start", "2026-12-01T10:00", "--format", "phone")


def companies_today(now: str) -> set[str]:
    data: dict[str, Any] = ok("today", "--now", now, "--json").json()
    return {item["company"] for item in data["items"]}


def test_archiving_keeps_every_record(populated: Path) -> None:
    before = json.loads(ok("export").out)
    result = ok("application", "archive", "harbor", "--now", "2026-12-01T09:00")
    assert result.out == (
        f"Archived {APP} (Harbor Analytics): out of today, list and plan; "
        f"`followup application unarchive {APP}` brings it back.\n"
    )
    after = json.loads(ok("export").out)
    assert after["applications"][0].pop("archived_at") == "2026-12-01T14:00:00Z"
    before["applications"][0].pop("archived_at")
    assert after == before


def test_an_archived_application_leaves_today_list_plan_and_the_calendar(
    populated: Path, tmp_path: Path
) -> None:
    with_acme()
    assert companies_today(DUE) == {"Harbor Analytics", "Acme"}
    assert "Harbor Analytics" in companies_today(EARLY)
    data = ok("application", "archive", APP, "--now", "2026-12-01T09:00", "--json").json()
    assert data == {"application": APP, "archived_at": "2026-12-01T09:00:00-05:00"}
    assert companies_today(DUE) == {"Acme"}
    assert "Harbor Analytics" not in companies_today(EARLY)
    assert [r["application"] for r in ok("list", "--now", DUE, "--json").json()] == ["acme"]
    listed = ok("list", "--all", "--now", DUE, "--json").json()
    assert [(r["application"], r["archived"]) for r in listed] == [(APP, True), ("acme", False)]
    assert "(archived)" in ok("list", "--all", "--now", DUE).out.splitlines()[0]
    plan = ok("plan", "--now", DUE, "--json").json()
    assert [a["application"] for a in plan["applications"]] == ["acme"]
    named = ok("plan", APP, "--now", DUE, "--json").json()  # asked for by name, it is shown
    assert [a["application"] for a in named["applications"]] == [APP]
    out = tmp_path / "plan.ics"
    assert invoke("calendar", "export", str(out), "--now", DUE).code == 0
    text = out.read_text()
    assert "Acme" in text and "Harbor Analytics" not in text


def test_unarchiving_brings_it_back(populated: Path) -> None:
    ok("application", "archive", APP)
    assert ok("list", "--now", DUE).out == (
        "No applications in view: 1 archived (`followup list --all` shows them).\n"
    )
    assert ok("application", "unarchive", APP).out == (
        f"Unarchived {APP} (Harbor Analytics): back in today, list and plan.\n"
    )
    assert json.loads(ok("export").out)["applications"][0]["archived_at"] is None
    assert companies_today(DUE) == {"Harbor Analytics"}


def test_remove_deletes_the_application_and_everything_in_it(populated: Path) -> None:
    with_acme()
    result = ok("application", "remove", APP, "--yes")
    assert result.out == (
        f"Removed {APP} (Harbor Analytics) with its 4 people, 1 interview and 3 events; "
        "`followup undo` brings it back.\n"
    )
    assert [a["id"] for a in json.loads(ok("export").out)["applications"]] == ["acme"]
    assert companies_today(DUE) == {"Acme"}
    assert ok("application", "remove", "acme", "--yes", "--json").json() == {
        "application": "acme",
        "removed": True,
    }
    assert json.loads(ok("export").out)["applications"] == []
