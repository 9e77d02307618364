"""`followup events` numbers a history in time order; `event edit N` and `event remove N` take those
numbers and change exactly that event in the export."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.cli.conftest import APP, assert_one_line_error, invoke, ok

NOW = ("--now", "2027-06-30T12:00")


def exported_events() -> list[dict[str, Any]]:
    (app,) = json.loads(ok("export").out)["applications"]
    events: list[dict[str, Any]] = app["events"]
    return events


def test_events_lists_the_history_numbered_in_time_order(populated: Path) -> None:
    ok("log", "reply", "generic", "--from", "priya", "--at", "2026-12-01T09:30")
    ok("log", "sent", "FL", "--to", "dana", "--at", "2026-11-27T10:00", "--subject", "Our talk on dashboards")
    assert ok("events").out.splitlines() == [
        "  1  Tue 24 Nov 15:00  sent            TY             email     to Dana Kim",
        "  2  Tue 24 Nov 15:05  sent            TY             email     to Luis Ortega",
        "  3  Tue 24 Nov 15:10  sent            TY             email     to Mei Chen",
        "  4  Fri 27 Nov 10:00  sent            FL             email     to Dana Kim                  "
        "Our talk on dashboards",
        "  5  Tue 01 Dec 09:30  inbound         generic        email     from Priya Shah",
    ]
    data = ok("events", "-a", APP, "--json").json()
    assert [(e["number"], e["id"], e["kind"]) for e in data] == [
        (1, "e1", "TY"),
        (2, "e2", "TY"),
        (3, "e3", "TY"),
        (4, "e5", "FL"),
        (5, "e4", "generic"),
    ]
    assert data[4] == {
        "number": 5,
        "id": "e4",
        "at": "2026-12-01T09:30:00-05:00",
        "type": "inbound",
        "kind": "generic",
        "channel": "email",
        "to": [],
        "cc": [],
        "from": "priya-shah",
        "summary": "",
    }


def test_the_numbers_follow_time_even_when_the_stored_order_does_not(populated: Path) -> None:
    data = json.loads(ok("export").out)
    events = data["applications"][0]["events"]
    events.reverse()  # an import may store a history in any order
    result = invoke("import", "--replace", "-", stdin=json.dumps(data))
    assert result.code == 0
    assert [e["id"] for e in ok("events", "--json").json()] == ["e1", "e2", "e3"]
    ok("event", "remove", "1", "--yes")
    assert [e["id"] for e in exported_events()] == ["e2", "e3"]


def test_events_of_the_whole_search_have_their_own_numbers(populated: Path) -> None:
    ok(
        "log",
        "competing-offer",
        "--company",
        "Other Co",
        "--deadline",
        "2026-12-20",
        "--at",
        "2026-12-09T10:00",
    )
    ok("log", "accomplishment", "paper accepted", "--status", "accepted", "--at", "2026-12-02T10:00")
    data = ok("events", "--global", "--json").json()
    assert [(e["number"], e["type"], e["summary"]) for e in data] == [
        (1, "accomplishment", "paper accepted; accepted"),
        (2, "competing_offer", "Other Co; answer by 2026-12-20"),
    ]
    ok("event", "edit", "2", "--global", "--deadline", "2026-12-22", "--source", "Other Company")
    offer = json.loads(ok("export").out)["events"][1]
    assert (offer["source"], offer["deadline"]) == ("Other Company", "2026-12-22")
    assert_one_line_error(invoke("events", "--global", "-a", APP), "--global: expected either --global or")


def test_event_edit_changes_the_fields_given_and_keeps_the_rest(populated: Path) -> None:
    result = ok(
        "event",
        "edit",
        "2",
        "--subject",
        "Thank you",
        "--body",
        "Dear Luis,\nthank you.",
        "--cc",
        "priya",
        *NOW,
    )
    assert result.out == "Changed event 2 (sent TY, Tue 24 Nov 15:05): cc, subject, body.\n"
    luis = exported_events()[1]
    assert (luis["id"], luis["to"], luis["cc"], luis["subject"], luis["body"], luis["at"]) == (
        "e2",
        ["luis-ortega"],
        ["priya-shah"],
        "Thank you",
        "Dear Luis,\nthank you.",
        "2026-11-24T20:05:00Z",
    )
    ok("event", "edit", "2", "--cc", "")
    assert exported_events()[1]["cc"] == []


def test_moving_an_event_in_time_renumbers_the_history(populated: Path) -> None:
    result = ok("event", "edit", "3", "--at", "2026-11-24T14:00", *NOW, "--json").json()
    assert (result["changed"], result["event"]["number"], result["event"]["id"]) == (["at"], 1, "e3")
    assert ok("event", "edit", "1", "--channel", "linkedin", "--kind", "li", *NOW).out.endswith(
        "kind, channel.\n"
    )
    assert [(e["id"], e["kind"], e["channel"]) for e in exported_events()] == [
        ("e3", "LI", "linkedin"),
        ("e1", "TY", "email"),
        ("e2", "TY", "email"),
    ]
    moved = ok("event", "edit", "1", "--at", "2026-11-24T16:00", *NOW).out
    assert moved.endswith(": at. It is now number 3.\n")


def test_a_timeframe_reply_edited_reads_its_new_date_from_the_new_words(populated: Path) -> None:
    ok("log", "reply", "timeframe", "--said", "by Friday 11 December", "--at", "2026-12-01T10:00")
    ok("event", "edit", "4", "--said", "by Friday 18 December", *NOW)
    reply = exported_events()[3]
    assert (reply["stated_text"], reply["new_date"]) == ("by Friday 18 December", "2026-12-18")


def test_event_remove_takes_it_out_of_the_history_and_the_plan(populated: Path) -> None:
    before = ok("plan", "--now", "2026-11-25T10:00", "--json").json()
    steps = {s["key"]: s["state"] for s in before["applications"][0]["steps"]}
    assert steps["TY:mei-chen"] == "DONE"
    result = ok("event", "remove", "3", "--yes", "--json").json()
    assert result["removed"]["id"] == "e3" and result["application"] == APP
    assert [e["id"] for e in exported_events()] == ["e1", "e2"]
    after = ok("plan", "--now", "2026-11-25T10:00", "--json").json()
    steps = {s["key"]: s["state"] for s in after["applications"][0]["steps"]}
    assert steps["TY:mei-chen"] != "DONE"


def test_removing_an_offer_replans_the_preferred_employers_it_reached(populated: Path) -> None:
    ok("interview", "add", "--company", "Acme", "--start", "2026-11-30T10:00", "--preferred")
    ok("log", "offer", "-a", APP, "--deadline", "2026-12-20", "--at", "2026-12-02T10:00")
    with_offer = ok("today", "--now", "2026-12-03T10:00", "--json").json()
    ok("event", "remove", "4", "-a", APP, "--yes")
    without = ok("today", "--now", "2026-12-03T10:00", "--json").json()
    exc = [i for i in with_offer["items"] if i.get("label", "").startswith("EXC-OFFER")]
    assert exc and not [i for i in without["items"] if i.get("label", "").startswith("EXC-OFFER")]
