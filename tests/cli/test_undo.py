"""`followup undo`: every write command can be reverted, byte for byte in the export, one after another;
an undo puts back only what its command changed; reading commands leave no journal entry."""

from __future__ import annotations

import re
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from followup.cli.undo import typed
from tests.cli.conftest import APP, SCENARIOS, assert_one_line_error, invoke, ok, state

UNDONE = re.compile(r"Undone: (?P<command>.+) \((?P<at>\d{4}-\d\d-\d\d \d\d:\d\d)\)")

CARD = "\r\n".join(
    [
        "BEGIN:VCARD",
        "VERSION:3.0",
        "N:Ruiz;Ana;;;",
        "FN:Ana Ruiz",
        "EMAIL:ana.ruiz@harbor.example",
        "END:VCARD",
        "",
    ]
)
INVITATION = "\r\n".join(
    [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//test//EN",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        "UID:round-2@harbor.example",
        "SEQUENCE:0",
        "SUMMARY:Interview: Marketing Analyst, round 2",
        "DTSTART;TZID=America/New_York:20261203T100000",
        "DTEND;TZID=America/New_York:20261203T110000",
        "LOCATION:1 Harbor Way",
        "ORGANIZER;CN=Priya Shah:mailto:priya.shah@harbor.example",
        "ATTENDEE;CN=Dana Kim:mailto:dana.kim@harbor.example",
        "ATTENDEE;CN=Alex Morgan:mailto:alex.morgan@example.com",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    ]
)
EDITOR = "import sys\np = sys.argv[1]\nopen(p, 'a').write('P.S. See you soon.\\n')\n"

# Each write command, as typed, after the setup commands it needs ({tmp}: the test's directory).
WRITES: list[tuple[str, list[list[str]], list[str]]] = [
    ("init", [], ["init", "--phone", "+1 617 555 0199", "--name", "Alex R. Morgan"]),
    ("words-add", [], ["words", "add", "Snowflake"]),
    ("settings-set", [], ["settings", "followup_cap", "2"]),
    ("settings-set-application", [], ["settings", "followup_cap", "1", "-a", APP]),
    ("settings-reset", [["settings", "followup_cap", "2"]], ["settings", "followup_cap", "--reset"]),
    (
        "interview-add-round",
        [],
        ["interview", "add", "-a", APP, "--start", "2026-12-03T10:00", "--format", "video"],
    ),
    (
        "interview-add-application",
        [],
        ["interview", "add", "--company", "Acme", "--start", "2026-12-01T10:00"],
    ),
    ("interview-edit", [], ["interview", "edit", "--start", "2026-11-24T09:30", "--location", "Room 4"]),
    ("interview-remove", [], ["interview", "remove", "--yes"]),
    ("interview-import", [], ["interview", "import", "{tmp}/invite.ics", "-a", APP, "--yes"]),
    ("person-add", [], ["person", "add", "Ana Ruiz", "--email", "ana.ruiz@harbor.example"]),
    (
        "person-edit",
        [],
        ["person", "edit", "dana", "--title", "VP Marketing", "--talking-point", "hiring plan"],
    ),
    ("person-edit-clear", [], ["person", "edit", "mei", "--clear-talking-points"]),
    ("person-remove", [], ["person", "remove", "priya", "--yes"]),
    ("person-merge", [], ["person", "merge", "dana-kim", "luis-ortega", "--yes"]),
    ("person-import", [], ["person", "import", "{tmp}/ana.vcf", "--yes"]),
    ("timeline", [], ["timeline", "we will decide by Friday 18 December"]),
    ("debrief", [], ["debrief", "--takeaway", "they use dbt", "--now", "2026-11-24T13:00"]),
    ("log-reply", [], ["log", "reply", "generic", "--from", "priya", "--at", "2026-12-01T10:00"]),
    (
        "log-offer",
        [],
        ["log", "offer", "--from", "priya", "--deadline", "2026-12-20", "--at", "2026-12-10T10:00"],
    ),
    ("log-rejection", [], ["log", "rejection", "--at", "2026-12-10T10:00"]),
    ("log-competing-offer", [], ["log", "competing-offer", "--company", "Other", "--at", "2026-12-09T10:00"]),
    (
        "log-accomplishment",
        [],
        ["log", "accomplishment", "paper accepted", "--status", "accepted", "--at", "2026-12-02T10:00"],
    ),
    ("log-feedback", [], ["log", "feedback", "--note", "strong SQL", "--at", "2026-12-11T10:00"]),
    ("log-withdraw", [], ["log", "withdraw", "--at", "2026-12-02T10:00"]),
    ("log-skip", [], ["log", "skip", "LI:dana-kim", "--at", "2026-11-25T10:00"]),
    ("log-pause-search", [], ["log", "pause-search", "--yes", "--at", "2026-12-02T10:00"]),
    ("import", [], ["import", str(SCENARIOS / "S12.json")]),
    ("import-replace", [], ["import", "--replace", str(SCENARIOS / "S01.json")]),
    ("draft-edit", [], ["draft", "TY", "--person", "dana", "--now", "2026-11-24T12:30", "--edit"]),
    ("application-archive", [], ["application", "archive", APP, "--now", "2026-12-01T09:00"]),
    ("application-unarchive", [["application", "archive", APP]], ["application", "unarchive", APP]),
    ("application-remove", [], ["application", "remove", APP, "--yes"]),
    ("event-edit", [], ["event", "edit", "2", "--subject", "Thank you", "--at", "2026-11-24T14:00"]),
    ("event-remove", [], ["event", "remove", "3", "--yes"]),
    (
        "event-edit-global",
        [["log", "competing-offer", "--at", "2026-12-09T10:00"]],
        ["event", "edit", "1", "--global", "--source", "Other"],
    ),
]


@pytest.fixture
def files(
    populated: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Callable[[list[str]], list[str]]:
    (tmp_path / "invite.ics").write_bytes(INVITATION.encode())
    (tmp_path / "ana.vcf").write_bytes(CARD.encode())
    editor = tmp_path / "editor.py"
    editor.write_text(EDITOR)
    monkeypatch.setenv("EDITOR", f"{sys.executable} {editor}")
    return lambda args: [arg.replace("{tmp}", str(tmp_path)) for arg in args]


def export() -> str:
    return ok("export").out


def undone(result_out: str) -> list[str]:
    lines = result_out.splitlines()
    matches = [UNDONE.fullmatch(line) for line in lines]
    assert all(matches), result_out
    return [m["command"] for m in matches if m]


@pytest.mark.parametrize(("setup", "command"), [(s, c) for _, s, c in WRITES], ids=[w[0] for w in WRITES])
def test_undo_restores_the_export_byte_for_byte_after_each_write_command(
    files: Callable[[list[str]], list[str]], setup: list[list[str]], command: list[str]
) -> None:
    for args in setup:
        ok(*files(args))
    before = export()
    result = invoke(*files(command))
    assert result.code == 0, result  # (import reports on standard error)
    assert export() != before  # the command did change something
    (shown,) = undone(ok("undo").out)
    assert shown.startswith(typed(files(command))), (shown, command)
    assert export() == before


def test_undo_names_the_command_as_typed_and_when_it_ran(populated: Path) -> None:
    ok("person", "add", "Ana Ruiz", "--email", "ana@harbor.example")
    result = ok("undo")
    match = UNDONE.fullmatch(result.out.rstrip("\n"))
    assert match is not None and result.out.count("\n") == 1
    assert match["command"] == 'person add "Ana Ruiz" --email ana@harbor.example'


def test_the_database_option_is_not_part_of_the_command_kept(populated: Path) -> None:
    ok("--db", str(populated), "person", "add", "Ana Ruiz")
    listed = ok("undo", "--list", "--json").json()
    assert listed[0]["command"] == 'person add "Ana Ruiz"'
    assert listed[0]["changed"] == [f"application {APP}"]


def test_a_word_with_quotes_or_spaces_is_shown_in_double_quotes() -> None:
    assert typed(["--db=x.db", "log", "sent", "TY", "--subject", 'Re: "pricing"']) == (
        'log sent TY --subject "Re: \\"pricing\\""'
    )
    assert typed(["--db", "postgresql://me:secret@localhost/f", "person", "list"]) == "person list"


def test_undo_repeated_walks_back_one_command_at_a_time(populated: Path) -> None:
    exports = [export()]
    for args in (
        ["person", "add", "Ana Ruiz"],
        ["interview", "edit", "--location", "Room 4"],
        ["application", "archive", APP],
    ):
        ok(*args)
        exports.append(export())
    assert [undone(ok("undo").out) for _ in range(3)] == [
        [f"application archive {APP}"],
        ['interview edit --location "Room 4"'],
        ['person add "Ana Ruiz"'],
    ]
    assert export() == exports[0]
    # Further back: the flow's own commands, the last of which logged the thank-you to Mei Chen.
    (shown,) = undone(ok("undo").out)
    assert shown.startswith('log sent TY --to "Mei Chen"')
    assert [e["to"] for e in ok("events", "--json").json()] == [["dana-kim"], ["luis-ortega"]]


def test_undo_of_every_command_empties_the_store_and_then_there_is_nothing_to_undo(populated: Path) -> None:
    count = len(ok("undo", "--list", "--json").json())
    assert count == 11  # the flow's commands
    for _ in range(count):
        ok("undo")
    assert ok("export").out == ok("--db", str(populated.with_name("empty.db")), "export").out
    assert ok("undo", "--list").out == "Nothing to undo.\n"
    assert_one_line_error(invoke("undo"), "nothing more to undo: the 11 command(s) kept are undone already")


def test_undo_leaves_another_application_changed_since_alone(populated: Path) -> None:
    ok("interview", "add", "--company", "Acme", "--start", "2026-12-01T10:00", "--format", "phone")
    ok("person", "add", "Ana Ruiz", "-a", APP)
    ok("person", "add", "Bo Lee", "-a", "acme")
    result = ok("undo", "2")  # the person added to harbor-analytics, before Bo Lee was added to Acme
    assert undone(result.out) == [f'person add "Ana Ruiz" -a {APP}']
    people = {
        app: [p["id"] for p in ok("person", "list", "-a", app, "--json").json()] for app in (APP, "acme")
    }
    assert people == {APP: ["dana-kim", "luis-ortega", "mei-chen", "priya-shah"], "acme": ["bo-lee"]}
    # Undone entries are skipped: the last command still undoable is Bo Lee's, then Acme's interview.
    assert undone(ok("undo").out) == ['person add "Bo Lee" -a acme']
    assert undone(ok("undo").out)[0].startswith("interview add --company Acme")
    assert [a["application"] for a in ok("list", "--json").json()] == [APP]


def test_undo_of_an_earlier_command_first_undoes_a_later_one_on_the_same_records(populated: Path) -> None:
    before = export()
    ok("person", "add", "Ana Ruiz")
    ok("init", "--phone", "+1 617 555 0199")  # the profile: another part
    ok("person", "edit", "ana", "--title", "Analyst")  # the same application, on top of the add
    result = ok("undo", "3")
    assert undone(result.out) == ["person edit ana --title Analyst", 'person add "Ana Ruiz"']
    data = ok("export").out
    assert '"phone": "+1 617 555 0199"' in data  # the profile change stays
    assert data.replace('"phone": "+1 617 555 0199"', '"phone": "+1 617 555 0100"') == before
    assert [e["command"] for e in ok("undo", "--list", "--json").json()][:1] == [
        'init --phone "+1 617 555 0199"'
    ]


def test_an_application_removed_comes_back_in_its_place(populated: Path) -> None:
    ok("interview", "add", "--company", "Acme", "--start", "2026-12-01T10:00")
    before = export()
    ok("application", "remove", APP, "--yes")
    ok("interview", "add", "--company", "Zeta", "--start", "2026-12-02T10:00")
    ok("undo", "2")  # the removal only: Zeta stays, after the two
    assert [a["application"] for a in ok("list", "--json").json()] == [APP, "acme", "zeta"]
    ok("undo")
    assert export() == before


def test_undo_list_shows_what_can_be_undone_latest_first(populated: Path) -> None:
    ok("person", "add", "Ana Ruiz")
    ok("words", "add", "Snowflake")
    listed = ok("undo", "--list", "--json").json()
    assert [(e["number"], e["command"], e["changed"]) for e in listed[:2]] == [
        (1, "words add Snowflake", ["profile"]),
        (2, 'person add "Ana Ruiz"', [f"application {APP}"]),
    ]
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?-0[45]:00", listed[0]["at"])
    text = ok("undo", "--list").out.splitlines()
    assert re.fullmatch(r"  1  words add Snowflake \(\d{4}-\d\d-\d\d \d\d:\d\d\)   changed profile", text[0])


def test_a_new_store_has_nothing_to_undo() -> None:
    assert ok("undo", "--list").out == "Nothing to undo.\n"
    assert_one_line_error(invoke("undo"), "nothing to undo: no command has changed your records yet")


def test_undo_itself_is_not_journaled_and_a_number_out_of_range_is_refused(populated: Path) -> None:
    ok("person", "add", "Ana Ruiz")
    ok("undo")
    listed = ok("undo", "--list", "--json").json()
    assert len(listed) == 11 and listed[0]["command"].startswith("log sent TY")
    before = state(populated)
    assert_one_line_error(invoke("undo", "12"), "NUMBER: expected 1 to 11", "'12'")
    assert state(populated) == before


def journal_rows(db: Path) -> int:
    con = sqlite3.connect(db)
    try:
        return int(con.execute("SELECT count(*) FROM journal").fetchone()[0])
    finally:
        con.close()


READS = [
    ["export"],
    ["list"],
    ["plan"],
    ["today", "--now", "2026-12-15T10:00"],
    ["person", "list"],
    ["interview", "list"],
    ["events"],
    ["events", "--global"],
    ["undo", "--list"],
    ["settings"],
    ["check", "send F1 to Priya by email", "--now", "2026-12-15T10:00"],
    ["draft", "F1", "--now", "2026-12-15T10:00"],
]


@pytest.mark.parametrize("args", READS, ids=" ".join)
def test_a_command_that_only_reads_writes_no_journal_entry(populated: Path, args: list[str]) -> None:
    before = journal_rows(populated)
    result = invoke(*args)
    assert result.code in (0, 1), result  # check exits 1 on a WARN
    assert journal_rows(populated) == before == 11


def test_a_command_that_changes_nothing_leaves_no_entry(populated: Path) -> None:
    ok("person", "edit", "dana", "--title", "Director of Marketing")  # already so
    assert journal_rows(populated) == 11
