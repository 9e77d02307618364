"""Bad input: one line on standard error naming the field and what it accepts, exit status 2, and the
database exactly as it was (its export and its whole SQL dump, agenda rows included)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import click
import pytest

from followup.cli.app import cli
from followup.cli.params import Text
from tests.cli.conftest import assert_one_line_error, invoke, ok, state

INTERVIEW = ["interview", "add", "--company", "Acme", "--start"]

CASES = [
    pytest.param(
        [*INTERVIEW, "2026-02-30T10:00"],
        ["--start: expected a day the calendar has: 30 February 2026 does not exist", "'2026-02-30T10:00'"],
        id="impossible-date",
    ),
    pytest.param(
        [*INTERVIEW, "2026-03-02T10:00", "--tz", "Mars/Olympus"],
        ["time zone: expected an IANA time zone name", "'Mars/Olympus'"],
        id="unknown-time-zone",
    ),
    pytest.param(
        [*INTERVIEW, "2026-03-02T10:00", "--company-tz", "Mars/Olympus"],
        ["time zone: expected an IANA time zone name", "'Mars/Olympus'"],
        id="unknown-company-time-zone",
    ),
    pytest.param(
        [*INTERVIEW, "2026-03-02T10:00", "--end", "2026-03-02T09:00"],
        ["end: expected a time after the start"],
        id="end-before-start",
    ),
    pytest.param(
        [*INTERVIEW, "2026-03-02T10:00", "--end", "2026-03-02T10:00"],
        ["end: expected a time after the start"],
        id="end-equals-start",
    ),
    pytest.param(
        ["timeline", "--date", "2026-11-20"],
        [
            "decision date: expected a date from the interview (Tue 24 Nov 2026) to a year after it",
            "'2026-11-20'",
        ],
        id="decision-date-before-interview",
    ),
    pytest.param(
        ["timeline", "--date", "2026-02-30"],
        ["--date: expected a day the calendar has: 30 February 2026 does not exist", "'2026-02-30'"],
        id="impossible-decision-date",
    ),
    pytest.param(
        ["person", "add", "Dana Two", "--email", "dana@@x"],
        ["email: expected an email address", "'dana@@x'"],
        id="malformed-email",
    ),
    pytest.param(
        ["person", "add", "Dana Two", "--tz", "Mars/Olympus"],
        ["person time zone: expected an IANA time zone name", "'Mars/Olympus'"],
        id="person-time-zone",
    ),
    pytest.param(
        [*INTERVIEW, "2026-03-02T10:00", "--country", "XX"],
        ["country: expected an ISO 3166-1 alpha-2 country code", "'XX'"],
        id="unknown-country",
    ),
    pytest.param(
        [*INTERVIEW, "2026-03-02T10:00", "--country", "US", "--subdivision", "ZZ"],
        ["subdivision of US: expected one of", "'ZZ'"],
        id="unknown-subdivision",
    ),
    pytest.param(["init", "--tz", "Mars/Olympus"], ["time zone: expected an IANA"], id="profile-time-zone"),
    pytest.param(["init", "--country", "XX"], ["country: expected an ISO 3166-1"], id="profile-country"),
    pytest.param(
        ["init", "--email", "alex at example"], ["email: expected an email address"], id="profile-email"
    ),
    pytest.param(
        ["log", "sent", "TY", "--to", "dana", "--at", "2026-13-01T10:00"],
        ["--at: expected a day the calendar has: month 13 does not exist", "'2026-13-01T10:00'"],
        id="log-at",
    ),
    pytest.param(
        ["log", "sent", "TY", "--to", "nobody", "--at", "2026-11-24T15:00"],
        ["no person 'nobody'", "dana-kim"],
        id="log-unknown-person",
    ),
    pytest.param(
        ["log", "reply", "timeframe", "--said", "soonish", "--at", "2026-12-10T10:00"],
        ["reply --said: expected words naming a date", "'soonish'"],
        id="reply-without-a-date",
    ),
    pytest.param(
        ["plan", "--now", "2026-02-30T10:00"], ["--now: expected a day", "30 February"], id="plan-now"
    ),
    pytest.param(
        ["today", "--now", "2026-02-30T10:00"], ["--now: expected a day", "30 February"], id="today-now"
    ),
    pytest.param(["today", "--now"], ["--now: expected a value after --now"], id="today-now-missing"),
    pytest.param(
        ["plan", "nosuch"], ["no application 'nosuch'", "harbor-analytics"], id="unknown-application"
    ),
    pytest.param(["debrief", "answer", "1", "better"], ["answer number"], id="answer-without-questions"),
]


@pytest.mark.parametrize(("args", "fragments"), CASES)
def test_bad_input_is_one_line_and_changes_nothing(
    populated: Path, args: list[str], fragments: list[str]
) -> None:
    before = state(populated)
    result = invoke(*args)
    assert_one_line_error(result, *fragments)
    assert state(populated) == before


def test_end_before_start_names_the_times_as_given(populated: Path) -> None:
    result = invoke(*INTERVIEW, "2026-03-02T10:00", "--end", "2026-03-02T09:00")
    assert_one_line_error(result, "10:00", "09:00")


@pytest.mark.parametrize("command", ["plan", "today"])
def test_a_now_out_of_range_is_refused_in_one_line(populated: Path, command: str) -> None:
    assert_one_line_error(invoke(command, "--now", "0001-01-01T00:00+05:00"), "--now")


def test_an_event_in_the_future_is_refused_and_changes_nothing(populated: Path) -> None:
    before = state(populated)
    result = invoke(
        "log", "sent", "TY", "--to", "Dana", "--at", "2026-12-24T10:00", "--now", "2026-11-25T09:00"
    )
    assert_one_line_error(result, "--at", "a moment that has passed")
    assert state(populated) == before


def test_resetting_an_unknown_setting_is_refused_in_one_line(populated: Path) -> None:
    before = state(populated)
    assert_one_line_error(invoke("settings", "--reset", "nonsense"), "setting 'nonsense'", "followup_cap")
    assert state(populated) == before


# --- imports ---------------------------------------------------------------------------------------------


def _exported(populated: Path) -> str:
    return ok("export").out


def _with_unknown_key(text: str) -> str:
    data = json.loads(text)
    data["applications"][0]["compnay"] = "Harbor"
    return json.dumps(data)


@pytest.mark.parametrize("replace", [False, True], ids=["add", "replace"])
@pytest.mark.parametrize(
    ("make", "fragments"),
    [
        pytest.param(
            lambda text: '{"format": "followup-export", "version": 1, ',
            ["import file: expected a JSON document; this is not valid JSON"],
            id="corrupt",
        ),
        pytest.param(
            lambda text: text[: len(text) // 2],
            ["import file: expected a JSON document; this is not valid JSON"],
            id="truncated",
        ),
        pytest.param(lambda text: "", ["import file: expected a JSON document"], id="empty"),
        pytest.param(
            _with_unknown_key,
            ["applications[0].compnay: expected one of: id, company, position"],
            id="unknown-key",
        ),
        pytest.param(lambda text: '{"hello": 1}', ["not a followup export"], id="not-an-export"),
    ],
)
def test_a_bad_import_changes_nothing(
    populated: Path, tmp_path: Path, make: object, fragments: list[str], replace: bool
) -> None:
    before = state(populated)
    source = tmp_path / "incoming.json"
    source.write_text(make(before[0]))  # type: ignore[operator]
    result = invoke("import", *(["--replace"] if replace else []), str(source))
    assert_one_line_error(result, *fragments)
    assert state(populated) == before


def _replaced(old: str, new: str) -> object:
    return lambda text: text.replace(old, new, 1).encode()


def _latin1(text: str) -> bytes:
    return text.replace('"Alex Morgan"', '"Zo\u00eb Morgan"').encode("latin-1")


@pytest.mark.parametrize("replace", [False, True], ids=["add", "replace"])
@pytest.mark.parametrize(
    ("make", "fragments"),
    [
        pytest.param(_latin1, ["import file: expected UTF-8 text; the byte 0xEB at offset"], id="latin-1"),
        pytest.param(
            lambda text: text.encode("utf-16"),
            ["import file: expected UTF-8 text; this is UTF-16 (it starts with the byte order mark FF FE)"],
            id="utf-16",
        ),
        pytest.param(
            lambda text: ("[" * 100_000 + "]" * 100_000).encode(),
            ["import file: expected JSON nested at most 32 levels deep"],
            id="deep-nesting",
        ),
        pytest.param(
            _replaced('"round": 1', '"round": 123456789012345678901234567890'),
            ["applications[0].interviews[0].round: expected a whole number from 1 to 100"],
            id="int-beyond-64-bits",
        ),
        pytest.param(
            _replaced('"round": 1', '"round": 1' + "0" * 5000),
            ["import file: expected whole numbers of at most 100 digits"],
            id="5000-digits",
        ),
        pytest.param(
            _replaced('"name": "Alex Morgan"', '"name": "Alex \\ud800 Morgan"'),
            ["profile.name", "an unpaired surrogate (U+D800) at character 6, which is not text"],
            id="lone-surrogate",
        ),
        pytest.param(
            _replaced('"version": 1', '"version": NaN'),
            ["import file: expected JSON numbers; NaN and Infinity are not JSON (got 'NaN')"],
            id="nan",
        ),
        pytest.param(
            _replaced('"version": 1', '"version": 1, "version": 1'),
            ["import file: expected each key at most once in an object (got 'version')"],
            id="duplicate-key",
        ),
        pytest.param(
            _replaced('"notes": ""', '"notes": "' + "x" * 200_000 + '"'),
            ["applications[0].notes: expected text of at most 100,000 characters", "(200,000 characters)"],
            id="huge-string",
        ),
        pytest.param(
            _replaced('"name": "Alex Morgan"', '"name": "Alex\\nMorgan"'),
            ["profile.name: expected one line", "this has a line break at character 5"],
            id="line-break-in-a-name",
        ),
    ],
)
def test_a_hostile_import_file_is_refused_in_one_line_and_changes_nothing(
    populated: Path, tmp_path: Path, make: object, fragments: list[str], replace: bool
) -> None:
    before = state(populated)
    source = tmp_path / "incoming.json"
    source.write_bytes(make(before[0]))  # type: ignore[operator]
    result = invoke("import", *(["--replace"] if replace else []), str(source))
    assert_one_line_error(result, *fragments)
    assert state(populated) == before


def test_an_import_file_larger_than_20_mb_is_refused_unread(populated: Path, tmp_path: Path) -> None:
    before = state(populated)
    source = tmp_path / "huge.json"
    with source.open("wb") as out:
        out.truncate(21 * 1024 * 1024)
    assert_one_line_error(invoke("import", str(source)), "import file: expected a file of at most 20 MB")
    assert state(populated) == before


def test_a_bad_import_from_standard_input_changes_nothing(populated: Path) -> None:
    before = state(populated)
    result = invoke("import", "--replace", "-", stdin=before[0][: len(before[0]) // 3])
    assert_one_line_error(result, "not valid JSON")
    assert state(populated) == before


def test_importing_applications_already_stored_is_refused(populated: Path) -> None:
    before = state(populated)
    assert_one_line_error(invoke("import", "-", stdin=before[0]), "(or use --replace)", "'harbor-analytics'")
    assert state(populated) == before


# --- files that are not ours --------------------------------------------------------------------------------

COMMANDS = [
    pytest.param(lambda db: ["--db", db, "plan"], id="plan"),
    pytest.param(lambda db: ["--db", db, "export"], id="export"),
    pytest.param(lambda db: ["--db", db, "init", "--name", "Alex"], id="init"),
    pytest.param(lambda db: ["--db", db, "list", "--json"], id="list"),
    pytest.param(lambda db: ["today", "--db", db], id="today-fast-path"),
    pytest.param(lambda db: ["today", "--db", db, "--json", "--now", "2030-01-01T00:00"], id="today-later"),
    pytest.param(lambda db: ["--db", db, "today"], id="today-through-click"),
]


def _text_file(path: Path) -> None:
    path.write_text("Shopping list\n- milk\n- eggs\n")


def _someone_elses_sqlite(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    con.execute("INSERT INTO customers VALUES (1, 'Ada')")
    con.commit()
    con.close()


def _someone_elses_meta(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE meta (key TEXT, value TEXT)")
    con.execute("CREATE TABLE agenda (owner TEXT, ends_at INTEGER)")
    con.execute("INSERT INTO meta VALUES ('schema', 'theirs')")
    con.commit()
    con.close()


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize(
    ("make", "fragment"),
    [
        pytest.param(_text_file, "is not a followup database (it is not a SQLite file)", id="text"),
        pytest.param(
            _someone_elses_sqlite, "is not a followup database (it holds other tables: customers)", id="other"
        ),
        pytest.param(
            _someone_elses_meta, "is not a followup database (it holds other tables: agenda, meta)", id="meta"
        ),
    ],
)
def test_a_database_that_is_not_ours_is_left_untouched(
    tmp_path: Path, make: object, fragment: str, command: object
) -> None:
    theirs = tmp_path / "theirs.db"
    make(theirs)  # type: ignore[operator]
    before = theirs.read_bytes()
    args = command(str(theirs))  # type: ignore[operator]
    result = invoke(*args)
    if "--json" in args:  # the same sentence, as the JSON error document (docs/json-output.md)
        assert (result.code, result.err) == (2, "")
        error = json.loads(result.out)["error"]
        assert (error["field"], error["accepted"], error["exit_status"]) == (None, None, 2)
        assert str(theirs) in error["message"] and fragment in error["message"]
    else:
        assert_one_line_error(result, str(theirs), fragment)
    assert theirs.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["theirs.db"]  # no journal, no default database


# --- every text option is a field of core.fields --------------------------------------------------------

# Options whose text is not a field of the records: the database location (store/location.py's care).
NOT_FIELDS = {("--db",)}


def _parameters(command: click.Command, path: tuple[str, ...] = ()) -> Iterator[tuple[str, click.Parameter]]:
    for param in command.params:
        yield " ".join(path) or "followup", param
    if isinstance(command, click.Group):
        for name, sub in command.commands.items():
            yield from _parameters(sub, (*path, name))


def test_every_text_option_and_argument_is_checked_as_a_field_when_read() -> None:
    unchecked = [
        f"{where} {param.opts or param.name}"
        for where, param in _parameters(cli)
        if isinstance(param.type, click.types.StringParamType) and tuple(param.opts) not in NOT_FIELDS
    ]
    assert unchecked == []
    assert all(isinstance(p.type, Text) for _, p in _parameters(cli) if p.name in ("now_text", "at_text"))
