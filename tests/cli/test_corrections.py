"""Correcting interviews and people: `interview edit|remove`, `person edit` talking points, `person remove`,
`person merge`, each seen in the export and in its one-line confirmation."""

from __future__ import annotations

import io
import json
import sys
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from typing import Any

import pytest

from followup.cli import entry
from tests.cli.conftest import APP, assert_one_line_error, invoke, ok, state

EDITOR = "import sys\np = sys.argv[1]\nopen(p, 'a').write('P.S. Thanks again.\\n')\n"


def exported_app() -> dict[str, Any]:
    (app,) = json.loads(ok("export").out)["applications"]
    result: dict[str, Any] = app
    return result


def person(app: dict[str, Any], person_id: str) -> dict[str, Any]:
    found: dict[str, Any] = next(p for p in app["people"] if p["id"] == person_id)
    return found


# --- interview edit / remove --------------------------------------------------------------------------------


def test_a_new_start_moves_the_end_with_it(populated: Path) -> None:
    result = ok("interview", "edit", "--start", "2026-11-24T09:00")
    assert result.out == (
        "Changed round 1 with Harbor Analytics: start Tue 24 Nov 10:00 → Tue 24 Nov 09:00; "
        "end Tue 24 Nov 11:30 → Tue 24 Nov 10:30.\n"
    )
    (interview,) = exported_app()["interviews"]
    assert (interview["start"], interview["end"]) == ("2026-11-24T14:00:00Z", "2026-11-24T15:30:00Z")


def test_a_zone_alone_keeps_the_clock_times(populated: Path) -> None:
    result = ok("interview", "edit", "--tz", "America/Chicago", "--json").json()
    assert (result["start"], result["end"], result["tz"]) == (
        "2026-11-24T10:00:00-06:00",
        "2026-11-24T11:30:00-06:00",
        "America/Chicago",
    )
    assert result["changed"] == ["start", "end", "tz"]
    (interview,) = exported_app()["interviews"]
    assert (interview["start"], interview["tz"]) == ("2026-11-24T16:00:00Z", "America/Chicago")


def test_every_field_of_a_round_can_be_changed(populated: Path) -> None:
    ok(
        "interview",
        "edit",
        "--interview",
        "i1",
        "--format",
        "video",
        "--link",
        "https://meet.example/abc",
        "--location",
        "",
        "--end",
        "2026-11-24T12:00",
        "--round",
        "1",
    )
    (interview,) = exported_app()["interviews"]
    assert {k: interview[k] for k in ("format", "link", "location", "end", "round", "cancelled")} == {
        "format": "video",
        "link": "https://meet.example/abc",
        "location": "",
        "end": "2026-11-24T17:00:00Z",
        "round": 1,
        "cancelled": False,
    }
    assert ok("interview", "edit", "--cancelled").out == (
        "Changed round 1 with Harbor Analytics: cancelled no → yes.\n"
    )
    assert exported_app()["interviews"][0]["cancelled"] is True


def test_the_latest_round_is_the_default_and_rounds_after_a_removed_one_move_down(populated: Path) -> None:
    ok("interview", "add", "-a", APP, "--start", "2026-12-03T10:00", "--format", "video")
    ok("interview", "add", "-a", APP, "--start", "2026-12-10T10:00", "--format", "phone")
    ok("interview", "edit", "--location", "HQ")
    assert [(i["id"], i["location"]) for i in exported_app()["interviews"]] == [
        ("i1", ""),
        ("i2", ""),
        ("i3", "HQ"),
    ]
    result = ok("interview", "remove", "--interview", "i2", "--yes")
    assert result.out == "Removed round 2 with Harbor Analytics (Thu 03 Dec 10:00).\n"
    assert [(i["id"], i["round"]) for i in exported_app()["interviews"]] == [("i1", 1), ("i3", 2)]


def test_removing_the_latest_round_without_an_id_asks_nothing_with_yes(populated: Path) -> None:
    ok("interview", "add", "-a", APP, "--start", "2026-12-03T10:00", "--format", "video")
    data = ok("interview", "remove", "--yes", "--json").json()
    assert (data["application"], data["removed"]["interview"], data["removed"]["round"]) == (APP, "i2", 2)
    assert [i["id"] for i in exported_app()["interviews"]] == ["i1"]


def test_a_round_moved_before_the_previous_one_is_refused_but_after_it_is_fine(populated: Path) -> None:
    ok("interview", "add", "-a", APP, "--start", "2026-12-03T10:00", "--format", "video")
    assert ok("interview", "edit", "--start", "2026-12-04T10:00").code == 0
    assert_one_line_error(
        invoke("interview", "edit", "--interview", "i1", "--start", "2026-12-05T10:00"),
        "--start: expected a time before round 2 (Fri 04 Dec 2026 10:00 America/New_York)",
    )


# --- person edit: talking points ----------------------------------------------------------------------------


def test_a_talking_point_is_added_to_the_list_without_repeating_one(populated: Path) -> None:
    ok(
        "person",
        "edit",
        "dana",
        "--talking-point",
        "hiring plan",
        "--talking-point",
        "Attribution  Dashboards",
    )
    assert person(exported_app(), "dana-kim")["talking_points"] == ["attribution dashboards", "hiring plan"]


def test_talking_points_can_be_cleared_and_replaced(populated: Path) -> None:
    ok("person", "edit", "mei", "--clear-talking-points")
    assert person(exported_app(), "mei-chen")["talking_points"] == []
    ok("person", "edit", "dana", "--clear-talking-points", "--talking-point", "roadmap")
    assert person(exported_app(), "dana-kim")["talking_points"] == ["roadmap"]


# --- person remove ------------------------------------------------------------------------------------------


def test_removing_someone_unsets_their_contact_roles(populated: Path) -> None:
    result = ok("person", "remove", "Priya Shah", "--yes")
    assert result.out == (
        "Removed Priya Shah ('priya-shah') from harbor-analytics "
        "(no main contact now; no designated contact now).\n"
    )
    app = exported_app()
    assert [p["id"] for p in app["people"]] == ["dana-kim", "luis-ortega", "mei-chen"]
    assert (app["main_contact"], app["designated_contact"], app["arranger"]) == ("", "", "")


def test_removing_someone_drops_the_drafts_written_to_them(
    populated: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ok("person", "add", "Ana Ruiz", "--email", "ana.ruiz@harbor.example")
    editor = tmp_path / "editor.py"
    editor.write_text(EDITOR)
    monkeypatch.setenv("EDITOR", f"{sys.executable} {editor}")
    ok("draft", "TY", "--person", "ana", "--now", "2026-11-24T12:30", "--edit")
    assert [d["step_key"] for d in exported_app()["drafts"]] == ["TY:ana-ruiz"]
    data = ok("person", "remove", "ana", "--yes", "--json").json()
    assert (data["removed"]["id"], data["contact_roles"], data["drafts"]) == ("ana-ruiz", [], ["TY:ana-ruiz"])
    assert exported_app()["drafts"] == []


# --- person merge -------------------------------------------------------------------------------------------


CARD_TWIN = [
    "person",
    "add",
    "Dana K.",
    "--email",
    "dana@personal.example",
    "--phone",
    "+1 617 555 0142",
    "--address",
    "1 Harbor Way, Boston",
    "--first-name-ok",
    "--talking-point",
    "attribution dashboards",
    "--talking-point",
    "team offsite",
    "--arranger",
]


def test_merge_fills_empty_fields_joins_points_and_reports_conflicts(populated: Path) -> None:
    ok(*CARD_TWIN)
    ok("log", "reply", "generic", "--from", "dana-k", "--at", "2026-12-01T10:00")
    result = ok("person", "merge", "dana-kim", "dana-k", "--yes")
    assert result.out.splitlines() == [
        "Merged 'dana-k' into Dana Kim ('dana-kim'): filled phone, postal address, first name ok; "
        "1 talking point(s) added; 1 event(s), arranger now name Dana Kim.",
        "  kept last 'Kim'; 'dana-k' had 'K.'",
        "  kept email 'dana.kim@harbor.example'; 'dana-k' had 'dana@personal.example'",
        "  kept role 'hiring_manager'; 'dana-k' had 'interviewer'",
    ]
    app = exported_app()
    dana = person(app, "dana-kim")
    assert [p["id"] for p in app["people"]] == ["dana-kim", "luis-ortega", "mei-chen", "priya-shah"]
    assert (dana["phone"], dana["postal_address"], dana["first_name_ok"], dana["email"]) == (
        "+1 617 555 0142",
        "1 Harbor Way, Boston",
        True,
        "dana.kim@harbor.example",
    )
    assert dana["talking_points"] == ["attribution dashboards", "team offsite"]
    assert app["arranger"] == "dana-kim"
    assert app["events"][-1]["from_person"] == "dana-kim"


def test_merge_repoints_recipients_without_naming_anyone_twice(populated: Path) -> None:
    ok(*CARD_TWIN)
    ok(
        "log",
        "sent",
        "F1",
        "--to",
        "dana-kim",
        "--cc",
        "dana-k",
        "--at",
        "2026-12-16T10:00",
        "--force",
        "--reason",
        "test",
    )
    data = ok("person", "merge", "dana-kim", "dana-k", "--yes", "--json").json()
    assert (data["dropped"], data["events"], data["contact_roles"]) == ("dana-k", 1, ["arranger"])
    assert [c["field"] for c in data["conflicts"]] == ["last", "email", "role"]
    last = exported_app()["events"][-1]
    assert (last["to"], last["cc"]) == (["dana-kim"], [])


def test_merge_moves_saved_drafts_to_the_kept_person(
    populated: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ok("person", "add", "Ana Ruiz", "--phone", "555")
    ok("person", "add", "A. Ruiz", "--email", "ana.ruiz@harbor.example")
    editor = tmp_path / "editor.py"
    editor.write_text(EDITOR)
    monkeypatch.setenv("EDITOR", f"{sys.executable} {editor}")
    ok("draft", "TY", "--person", "a-ruiz", "--now", "2026-11-24T12:30", "--edit")
    ok("person", "merge", "ana-ruiz", "a-ruiz", "--yes")
    (draft,) = exported_app()["drafts"]
    assert (draft["step_key"], draft["to"]) == ("TY:ana-ruiz", ["ana-ruiz"])
    assert person(exported_app(), "ana-ruiz")["email"] == "ana.ruiz@harbor.example"


# --- asking in a terminal ----------------------------------------------------------------------------------


class Terminal(io.StringIO):
    """Standard input that says it is a terminal, with the user's answers already typed."""

    def isatty(self) -> bool:
        return True


def in_terminal(monkeypatch: pytest.MonkeyPatch, answers: str, *args: str) -> tuple[int, str]:
    out = io.StringIO()
    monkeypatch.setattr(sys, "stdin", Terminal(answers))
    with redirect_stdout(out), redirect_stderr(out):
        code = entry.main(list(args))
    return code, out.getvalue()


def test_in_a_terminal_a_removal_is_asked_first_and_no_keeps_everything(
    populated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = state(populated)
    code, shown = in_terminal(monkeypatch, "n\n", "person", "remove", "priya")
    assert code != 0
    assert shown.startswith("Remove Priya Shah ('priya-shah') from harbor-analytics? [y/N]: ")
    assert "nothing was written" in shown.lower()
    assert state(populated) == before
    code, shown = in_terminal(monkeypatch, "y\n", "person", "remove", "priya")
    assert code == 0
    assert shown.endswith(
        "? [y/N]: Removed Priya Shah ('priya-shah') from harbor-analytics (no main contact now; "
        "no designated contact now).\n"
    )
    assert [p["id"] for p in exported_app()["people"]] == ["dana-kim", "luis-ortega", "mei-chen"]


def test_in_a_terminal_with_json_the_question_goes_to_standard_error(
    populated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out, err = io.StringIO(), io.StringIO()
    monkeypatch.setattr(sys, "stdin", Terminal("y\n"))
    with redirect_stdout(out), redirect_stderr(err):
        code = entry.main(["event", "remove", "1", "--json"])
    assert code == 0
    assert err.getvalue() == "Remove event 1 (sent TY, Tue 24 Nov 15:00) of harbor-analytics? [y/N]: "
    assert json.loads(out.getvalue())["removed"]["id"] == "e1"
