"""`followup settings`: list, show, set, per-application override, reset, and refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from followup.core.settings import NAMES
from tests.cli.conftest import APP, assert_one_line_error, invoke, ok, state

ROW_KEYS = ["name", "value", "default", "source", "accepts", "description"]


def f1_windows(now: str = "2026-12-10T10:00") -> list[dict[str, str]]:
    steps = ok("plan", "--now", now, "--json").json()["applications"][0]["steps"]
    windows: list[dict[str, str]] = next(s["windows"] for s in steps if s["key"] == "F1")
    return windows


def test_list_names_every_setting_with_its_default(populated: Path) -> None:
    rows = ok("settings", "--json").json()
    assert [r["name"] for r in rows] == list(NAMES)
    assert all(list(r) == ROW_KEYS for r in rows)
    assert all(r["source"] == "default" and r["value"] == r["default"] for r in rows)
    by_name = {r["name"]: r for r in rows}
    assert by_name["followup_cap"]["default"] == "3"
    assert by_name["thank_you_timing"]["accepts"] == "same_day | within_24h | next_business_day"
    text = ok("settings").out
    assert all(name in text for name in NAMES)


def test_set_a_value_for_the_candidate(populated: Path) -> None:
    row = ok("settings", "followup_cap", "2", "--json").json()
    assert (row["name"], row["value"], row["default"], row["source"]) == ("followup_cap", "2", "3", "profile")
    assert ok("settings", "followup_cap", "--json").json()["value"] == "2"
    assert json.loads(ok("export").out)["settings"] == {"followup_cap": "2"}
    assert ok("settings", "allow_handwritten", "yes", "--json").json()["value"] == "true"  # stored normalised


@pytest.mark.parametrize(
    ("name", "value", "accepted"),
    [
        ("followup_cap", "99", "setting followup_cap: expected a whole number from 1 to 10"),
        ("followup_cap", "two", "setting followup_cap: expected a whole number from 1 to 10"),
        (
            "thank_you_timing",
            "never",
            "setting thank_you_timing: expected same_day or within_24h or next_business_day",
        ),
        ("allow_handwritten", "maybe", "setting allow_handwritten: expected true or false"),
        ("linkedin_note_limit", "250", "setting linkedin_note_limit: expected 200 or 300"),
        ("dup_threshold", "1.5", "setting dup_threshold: expected a number between 0 and 1"),
        (
            "followup_window_end",
            "3",
            "followup_window_start and followup_window_end: expected a start not after the end (got '5 > 3')",
        ),
        ("nonsense", "1", "setting 'nonsense': expected one of: thank_you_timing, allow_handwritten"),
    ],
)
def test_an_invalid_value_is_refused_naming_what_is_accepted(
    populated: Path, name: str, value: str, accepted: str
) -> None:
    before = state(populated)
    assert_one_line_error(invoke("settings", name, value), accepted)
    assert state(populated) == before


def test_showing_an_unknown_setting_lists_the_known_ones(populated: Path) -> None:
    assert_one_line_error(
        invoke("settings", "nonsense"), "setting 'nonsense': expected one of:", "followup_cap"
    )


def test_a_per_application_override_changes_only_that_application(populated: Path) -> None:
    assert f1_windows() == [
        {"state": "ALLOWED", "from": "2026-12-09", "to": "2026-12-14"},
        {"state": "DUE", "from": "2026-12-15", "to": "2026-12-22"},
    ]
    row = ok("settings", "stated_date_grace", "none", "-a", APP, "--json").json()
    assert (row["value"], row["source"]) == ("none", "application")
    assert ok("settings", "stated_date_grace", "--json").json()["source"] == "default"  # the profile's stays
    assert ok("settings", "stated_date_grace", "-a", "Harbor", "--json").json()["value"] == "none"
    exported = json.loads(ok("export").out)
    assert exported["settings"] == {}
    assert exported["applications"][0]["settings"] == {"stated_date_grace": "none"}
    # T-04 with `none`: F1 DUE bd(D,1)–bd(D,10) = Wed 9 Dec – Tue 22 Dec; the stored agenda follows.
    assert f1_windows() == [{"state": "DUE", "from": "2026-12-09", "to": "2026-12-22"}]
    items = ok("today", "--now", "2026-12-10T10:00", "--json").json()["items"]
    assert [(i["step"], i["state"]) for i in items] == [("F1", "DUE")]
    ok("settings", "--reset", "stated_date_grace", "-a", APP)
    assert ok("settings", "stated_date_grace", "-a", APP, "--json").json()["source"] == "default"
    assert len(f1_windows()) == 2
    assert ok("today", "--now", "2026-12-10T10:00", "--json").json()["items"] == []


def test_a_profile_setting_reaches_the_stored_agenda(populated: Path) -> None:
    ok("settings", "followup_window_start", "2")
    ok("settings", "stated_date_grace", "none")
    ok("settings", "followup_window_end", "4")
    assert f1_windows() == [{"state": "DUE", "from": "2026-12-09", "to": "2026-12-14"}]
    items = ok("today", "--now", "2026-12-15T10:00", "--json").json()["items"]
    assert [(i["step"], i["state"]) for i in items] == [("F1", "OVERDUE")]


def test_an_override_for_an_unknown_application_is_refused(populated: Path) -> None:
    before = state(populated)
    assert_one_line_error(invoke("settings", "followup_cap", "2", "-a", "nosuch"), "no application 'nosuch'")
    assert state(populated) == before
