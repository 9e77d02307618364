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
from tests.cli.conftest import APP, assert_one_line_error, invoke, ok, state

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


# --- the hostile inputs: every command and option, each refused in one line and writing nothing -----------

BIG = "x" * (10 * 1024 * 1024)  # a 10 MB argument
NOW = ["--now", "2026-12-01T10:00"]
ONE_LINE = "expected one line of at most"
NON_EMPTY = "expected one non-empty line of at most"
YEARS = "expected a date between the years 1970 and 2200"


def p(args: list[str], *fragments: str, id: str) -> object:
    return pytest.param(args, list(fragments), id=id)


HOSTILE = [
    # init: the profile
    p(["init", "--name", ""], "--name: " + NON_EMPTY + " 200", "this is empty", id="init-empty-name"),
    p(
        ["init", "--name", "   "],
        "--name:",
        "holds only spaces or invisible characters",
        id="init-blank-name",
    ),
    p(
        ["init", "--name", "\u200b\u200b"],
        "--name:",
        "only spaces or invisible characters",
        id="init-zero-width-name",
    ),
    p(
        ["init", "--name", "Alex\nMorgan"],
        "--name:",
        "a line break at character 5",
        id="init-name-line-break",
    ),
    p(["init", "--name", "Alex\tMorgan"], "--name:", "a tab at character 5", id="init-name-tab"),
    p(["init", "--name", "x" * 201], "--name:", "this has 201 characters", id="init-name-201"),
    p(
        ["init", "--name", BIG],
        "--name:",
        "this has 10,485,760 characters",
        "(10,485,760 characters))",
        id="init-name-10mb",
    ),
    p(
        ["init", "--name", "\u202eAlex"],
        "--name:",
        "bidirectional control (U+202E)",
        id="init-name-rtl-override",
    ),
    p(["init", "--name", "\ufeffAlex"], "--name:", "an invisible character (U+FEFF)", id="init-name-bom"),
    p(["init", "--name", "Al\x1b[31mex"], "--name:", "a control character (U+001B)", id="init-name-escape"),
    p(["init", "--phone", "\x00"], "--phone:", "a NUL character at character 1", id="init-phone-nul"),
    p(
        ["init", "--email", "alex@example.com\n"],
        "--email:",
        "a line break at character 17",
        id="init-email-newline",
    ),
    p(["init", "--email", "alex@@example.com"], "email: expected an email address", id="init-email-two-at"),
    p(
        ["init", "--email", "Alex <alex@example.com>"],
        "email: expected an email address",
        id="init-email-display-name",
    ),
    p(
        ["init", "--email", "a@" + "x" * 260 + ".com"],
        "--email:",
        "at most 254 characters",
        id="init-email-too-long",
    ),
    p(["init", "--tz", ""], "time zone: expected an IANA time zone name", id="init-empty-zone"),
    p(
        ["init", "--tz", "America"],
        "time zone: expected an IANA time zone name",
        "'America'",
        id="init-zone-directory",
    ),
    p(
        ["init", "--tz", "../../etc/passwd"],
        "time zone: expected an IANA time zone name",
        id="init-zone-path",
    ),
    p(["init", "--country", ""], "country: expected an ISO 3166-1 alpha-2", id="init-empty-country"),
    p(
        ["init", "--country", "USA"],
        "country: expected an ISO 3166-1 alpha-2",
        "'USA'",
        id="init-country-three-letters",
    ),
    p(["init", "--address", "x" * 1001], "--address: expected text of at most 1,000", id="init-address-long"),
    p(
        ["init", "--address", "12 Beacon St\x07"],
        "--address:",
        "a control character (U+0007)",
        id="init-address-bell",
    ),
    # interview add
    p(
        ["interview", "add", "--company", "", "--start", "2026-03-02T10:00"],
        "--company: " + NON_EMPTY,
        id="company-empty",
    ),
    p(
        ["interview", "add", "--company", " \t ", "--start", "2026-03-02T10:00"],
        "--company:",
        id="company-blank",
    ),
    p(
        ["interview", "add", "--company", "Acme\u202e", "--start", "2026-03-02T10:00"],
        "bidirectional control",
        id="company-bidi",
    ),
    p(
        ["interview", "add", "--company", "Acme", "--start", ""],
        "--start: expected an ISO date or date-time",
        "empty",
        id="start-empty",
    ),
    p(
        ["interview", "add", "--company", "Acme", "--start", "tomorrow"],
        "--start: expected an ISO date",
        "'tomorrow'",
        id="start-words",
    ),
    p(
        ["interview", "add", "--company", "Acme", "--start", "2026-03-02"],
        "--start: expected a date and a time such as 2026-03-02T14:00",
        id="start-date-alone",
    ),
    p(
        ["interview", "add", "--company", "Acme", "--start", "2026-02-29T10:00"],
        "29 February 2026 does not exist (not a leap year)",
        id="start-feb-29",
    ),
    p(
        ["interview", "add", "--company", "Acme", "--start", "2026-04-31T10:00"],
        "31 April 2026 does not exist",
        id="start-april-31",
    ),
    p(
        ["interview", "add", "--company", "Acme", "--start", "2026-00-10T10:00"],
        "month 0 does not exist",
        id="start-month-0",
    ),
    p(
        ["interview", "add", "--company", "Acme", "--start", "2026-03-00T10:00"],
        "day 0 does not exist",
        id="start-day-0",
    ),
    p(
        ["interview", "add", "--company", "Acme", "--start", "2026-03-02T24:00"],
        "hour 24 does not exist",
        id="start-hour-24",
    ),
    p(
        ["interview", "add", "--company", "Acme", "--start", "2026-03-02T10:60"],
        "minute 60 does not exist",
        id="start-minute-60",
    ),
    p(
        ["interview", "add", "--company", "Acme", "--start", "0001-01-01T10:00"],
        "--start: " + YEARS,
        id="start-year-1",
    ),
    p(
        ["interview", "add", "--company", "Acme", "--start", "9999-12-31T10:00"],
        "--start: " + YEARS,
        id="start-year-9999",
    ),
    p(
        ["interview", "add", "--company", "Acme", "--start", "1969-12-31T10:00"],
        "--start: " + YEARS,
        id="start-1969",
    ),
    p(
        ["interview", "add", "--company", "Acme", "--start", "2200-12-31T23:00"],
        "--start: " + YEARS,
        "(in UTC as well)",
        id="start-2200-in-utc",
    ),
    p(
        ["interview", "add", "--company", "Acme", "--start", "2026-03-02T10:00+25:00"],
        "--start: expected an ISO date",
        id="start-offset-25h",
    ),
    p(
        ["interview", "add", "--company", "Acme", "--start", "2026-03-02T10:00", "--end", "2026-03-09T10:00"],
        "end: expected a time within 12 hours of the start",
        id="interview-a-week-long",
    ),
    p(
        ["interview", "add", "--company", "Acme", "--start", "2026-03-02T10:00", "--end", "2026-03-02"],
        "--end: expected a date and a time",
        id="end-date-alone",
    ),
    p(
        ["interview", "add", "--company", "Acme", "--start", "2026-03-02T10:00", "--tz", "America"],
        "time zone: expected an IANA",
        "'America'",
        id="interview-zone-directory",
    ),
    p(
        ["interview", "add", "--company", "Acme", "--start", "2026-03-02T10:00", "--format", "zoom"],
        "--format: expected one of in_person, phone, video (got 'zoom')",
        id="format-zoom",
    ),
    p(
        ["interview", "add", "--company", "Acme", "--start", "2026-03-02T10:00", "--culture", "chill"],
        "--culture: expected one of traditional, tech_social, unknown",
        id="culture-unknown",
    ),
    p(
        [
            "interview",
            "add",
            "--company",
            "Acme",
            "--start",
            "2026-03-02T10:00",
            "--link",
            "https://x.example/a\nBcc: y",
        ],
        "--link:",
        "a line break",
        id="link-line-break",
    ),
    p(
        [
            "interview",
            "add",
            "--company",
            "Acme",
            "--start",
            "2026-03-02T10:00",
            "--link",
            "javascript:alert(1)",
        ],
        "link: expected a meeting link",
        id="link-javascript",
    ),
    p(
        ["interview", "add", "--company", "Acme", "--start", "2026-03-02T10:00", "--link", "x" * 2049],
        "--link:",
        "at most 2,048 characters",
        id="link-long",
    ),
    p(
        ["interview", "add", "--company", "Acme", "--start", "2026-03-02T10:00", "--location", "x" * 1001],
        "--location: expected text of at most 1,000",
        id="location-long",
    ),
    p(
        ["interview", "add", "--company", "Acme", "--start", "2026-03-02T10:00", "--subdivision", "ZZ"],
        "subdivision of US: expected one of",
        id="subdivision-unknown",
    ),
    p(
        ["interview", "add", "-a", APP, "--start", "2026-12-02T10:00", "--company", "Other"],
        "--company: expected no --company with --application",
        id="round-with-company",
    ),
    p(
        ["interview", "add", "-a", APP, "--start", "2026-12-02T10:00", "--no-hr"],
        "--no-hr: expected no --no-hr with --application",
        id="round-with-no-hr",
    ),
    p(
        ["interview", "add", "-a", "", "--start", "2026-12-02T10:00"],
        "--application: " + NON_EMPTY,
        id="round-empty-application",
    ),
    p(
        ["interview", "add", "-a", "nosuch", "--start", "2026-12-02T10:00"],
        "no application 'nosuch'",
        id="round-unknown-application",
    ),
    # person add / edit
    p(["person", "add", ""], "NAME: " + NON_EMPTY, "this is empty", id="person-empty"),
    p(["person", "add", "\u200b"], "NAME:", "only spaces or invisible characters", id="person-zero-width"),
    p(["person", "add", "Ms."], "name: expected a first or last name", id="person-honorific-only"),
    p(
        ["person", "add", "Dana Kim"],
        "not added: Dana Kim ('dana-kim') of harbor-analytics has this name already; change their "
        "details with `followup person edit dana-kim`",
        id="person-twice",
    ),
    p(["person", "add", "dana kim"], "Dana Kim ('dana-kim')", id="person-twice-other-case"),
    p(["person", "add", "Dana \x00Kim"], "NAME:", "a NUL character at character 6", id="person-nul"),
    p(["person", "add", BIG], "NAME:", "10,485,760 characters", id="person-10mb"),
    p(
        ["person", "add", "Sam Lee", "--title", "Head\nof Data"],
        "--title:",
        "a line break at character 5",
        id="person-title-line-break",
    ),
    p(
        ["person", "add", "Sam Lee", "--email", "sam lee@x.example"],
        "email: expected an email address",
        id="person-email-space",
    ),
    p(
        ["person", "add", "Sam Lee", "--tz", "Mars/Phobos"],
        "person time zone: expected an IANA",
        id="person-zone",
    ),
    p(
        ["person", "add", "Sam Lee", "--role", "ceo"],
        "--role: expected one of hiring_manager, interviewer, hr, arranger, employee (got 'ceo')",
        id="person-role",
    ),
    p(
        ["person", "add", "Sam Lee", "--talking-point", ""],
        "--talking-point: " + NON_EMPTY,
        id="person-empty-talking-point",
    ),
    p(
        ["person", "add", "Sam Lee", "--honorific", "x" * 51],
        "--honorific:",
        "at most 50 characters",
        id="person-honorific-long",
    ),
    p(["person", "add", "Sam Lee", "-a", ""], "--application: " + NON_EMPTY, id="person-empty-application"),
    p(["person", "edit", "dana"], "person edit: expected at least one option to change", id="edit-nothing"),
    p(
        ["person", "edit", "dana", "--first", "", "--last", ""],
        "name: expected a first or last name",
        id="edit-no-name-left",
    ),
    p(["person", "edit", "nobody", "--title", "x"], "no person 'nobody'", id="edit-unknown-person"),
    p(["person", "edit", "", "--title", "x"], "REF: " + NON_EMPTY, id="edit-empty-ref"),
    p(
        ["person", "edit", "dana", "--email", "dana@"],
        "email: expected an email address",
        id="edit-bad-email",
    ),
    p(["person", "list", "-a", "nosuch"], "no application 'nosuch'", id="list-people-unknown-application"),
    p(
        ["person", "add", "Sam Lee", "--hr", "--hiring-manager"],
        "--role: expected one role: --role, --hiring-manager or --hr (got '--hiring-manager and --hr')",
        id="person-two-roles",
    ),
    p(
        ["person", "edit", "dana", "--role", "interviewer", "--hr"],
        "--role: expected one role",
        "(got '--role interviewer and --hr')",
        id="edit-two-roles",
    ),
    # timeline
    p(["timeline", ""], "SAID: expected their words, or one of --date", id="timeline-nothing"),
    p(["timeline", "we will decide by 30 February"], "30 February does not exist", id="timeline-feb-30"),
    p(["timeline", "by 4/31"], "31 April does not exist", id="timeline-april-31-slash"),
    p(
        ["timeline", "within 999 weeks"],
        "decision date: expected a date from the interview",
        "'2046-01-16'",
        id="timeline-999-weeks",
    ),
    p(
        ["timeline", "--date", "2036-11-24"],
        "decision date: expected a date from the interview",
        id="timeline-ten-years",
    ),
    p(
        ["timeline", "--date", "1999-01-01"],
        "decision date: expected a date from the interview",
        id="timeline-last-century",
    ),
    p(
        ["timeline", "--date", "24/11/2026"],
        "--date: expected a date as YYYY-MM-DD",
        id="timeline-date-shape",
    ),
    p(
        ["timeline", "--date", ""],
        "--date: expected an ISO date or date-time",
        "this is empty",
        id="timeline-empty-date",
    ),
    p(
        ["timeline", "--fill-date", "2020-01-01"],
        "fill date: expected a date from the interview",
        id="timeline-fill-date-past",
    ),
    p(
        ["timeline", "x", "--no-contact-until", "yesterday"],
        "--no-contact-until: expected a date as YYYY-MM-DD",
        id="timeline-no-contact-words",
    ),
    p(
        ["timeline", "x", "--no-contact-until", "2020-01-01"],
        "--no-contact-until: expected a date from the interview",
        id="timeline-no-contact-past",
    ),
    p(["timeline", "--contact", "nobody"], "no person 'nobody'", id="timeline-unknown-contact"),
    p(
        ["timeline", "--means", "pigeon"],
        "--means: expected one of email, phone, letter (got 'pigeon')",
        id="timeline-means",
    ),
    p(
        ["timeline", "x" * 10_001],
        "SAID: expected text of at most 10,000 characters",
        id="timeline-words-long",
    ),
    p(
        ["timeline", "x", "--now", "2026-02-30T10:00"],
        "--now: expected a day the calendar has: 30 February",
        id="timeline-unused-now",
    ),
    # debrief
    p(["debrief", "--rating", "0"], "--rating: expected a whole number from 1 to 5 (got '0')", id="rating-0"),
    p(["debrief", "--rating", "6"], "--rating: expected a whole number from 1 to 5 (got '6')", id="rating-6"),
    p(
        ["debrief", "--rating", "3.5"],
        "--rating: expected a whole number from 1 to 5 (got '3.5')",
        id="rating-half",
    ),
    p(["debrief", "--rating", "9" * 30], "--rating: expected a whole number from 1 to 5", id="rating-huge"),
    p(
        ["debrief", "--rating=-1"],
        "--rating: expected a whole number from 1 to 5 (got '-1')",
        id="rating-negative",
    ),
    p(["debrief", "--takeaway", ""], "--takeaway: " + NON_EMPTY, id="debrief-empty-takeaway"),
    p(["debrief", "--takeaway", "a\nb"], "--takeaway:", "a line break", id="debrief-takeaway-line-break"),
    p(
        ["debrief", "--concern", "x" * 1001],
        "--concern:",
        "this has 1,001 characters",
        id="debrief-concern-long",
    ),
    p(
        ["debrief", "--team-fit", "maybe"],
        "--team-fit: expected one of yes, no, unsure (got 'maybe')",
        id="debrief-team-fit",
    ),
    p(["debrief", "--fit", "x" * 2001], "--fit:", "this has 2,001 characters", id="debrief-fit-long"),
    p(["debrief"], "debrief: expected flags (see --help), --edit, --from-file", id="debrief-nothing"),
    p(
        ["debrief", "--stumbled", "Why us?", "--no-stumbles"],
        "--no-stumbles: expected no --stumbled beside it",
        id="debrief-stumbled-and-none",
    ),
    p(
        ["debrief", "--from-file", "/nonexistent"],
        "--from-file: expected an existing file (got '/nonexistent')",
        id="debrief-missing-file",
    ),
    p(["debrief", "answer", "1", "better"], "answer number", id="answer-no-questions"),
    p(
        ["debrief", "answer", "x", "better"],
        "NUMBER: expected a whole number (got 'x')",
        id="answer-number-word",
    ),
    p(
        ["debrief", "answer", "-1", "better"],
        "no such option: -1 (to give -1 as a value, write --option=-1, or put it after --)",
        id="answer-negative",
    ),
    p(["debrief", "answer", "1", ""], "ANSWER: expected non-empty text", id="answer-empty"),
    # log
    p(
        ["log", "sent", "TY", "--to", "dana", "--at", "2026-11-24T15:00"],
        "event: expected an event not logged yet: this TY is logged already as e1",
        id="log-twice",
    ),
    p(["log", "sent", "TY", "--to", "", *NOW], "--to: " + NON_EMPTY, id="log-empty-recipient"),
    p(
        ["log", "sent", "TY", "--to", "dana", "--to", "dana", *NOW],
        "--to: expected each person once (got 'dana-kim')",
        id="log-recipient-twice",
    ),
    p(
        ["log", "sent", "F1", "--to", "priya", "--cc", "priya", *NOW],
        "--cc: expected someone not already in --to (got 'priya-shah')",
        id="log-to-and-cc",
    ),
    p(["log", "sent", "XX", *NOW], "ACTION: expected one of TY, TA", "(got 'XX')", id="log-unknown-action"),
    p(
        ["log", "sent", "TY", "--to", "dana", "--channel", "fax", *NOW],
        "--channel: expected one of email, phone",
        id="log-channel-fax",
    ),
    p(
        ["log", "sent", "TY", "--to", "dana", "--hook", "gossip", *NOW],
        "--hook: expected one of article, connection",
        id="log-hook",
    ),
    p(
        ["log", "sent", "TY", "--to", "dana", "--subject", "a\nBcc: x", *NOW],
        "--subject:",
        "a line break at character 2",
        id="log-subject-injection",
    ),
    p(
        ["log", "sent", "TY", "--to", "dana", "--subject", "x" * 501, *NOW],
        "--subject:",
        "at most 500 characters",
        id="log-subject-long",
    ),
    p(
        ["log", "sent", "TY", "--to", "dana", "--body", BIG, *NOW],
        "--body: expected text of at most 100,000 characters",
        id="log-body-10mb",
    ),
    p(
        ["log", "sent", "TY", "--to", "dana", "--body", "hi\x00", *NOW],
        "--body:",
        "a NUL character",
        id="log-body-nul",
    ),
    p(
        ["log", "sent", "TY", "--to", "dana", "--body-file", "/nonexistent", *NOW],
        "--body-file: expected an existing file",
        id="log-body-file",
    ),
    p(
        ["log", "sent", "SCHED", "--to", "priya", "--slot", "2026-12-09", *NOW],
        "--slot: expected a date and a time",
        id="log-slot-date-alone",
    ),
    p(
        [
            "log",
            "sent",
            "SCHED",
            "--to",
            "priya",
            "--slot",
            "2026-12-09T10:00",
            "--slot",
            "2026-12-09T10:00",
            *NOW,
        ],
        "--slot: expected different times",
        id="log-slot-twice",
    ),
    p(
        ["log", "sent", "TY", "--to", "dana", "--at", "2026-02-30T10:00"],
        "--at: expected a day the calendar has: 30 February",
        id="log-at-feb-30",
    ),
    p(
        ["log", "sent", "TY", "--to", "dana", "--at", "2200-01-01T00:00"],
        "--at: expected a moment that has passed",
        id="log-at-future",
    ),
    p(
        ["log", "sent", "TY", "--to", "dana", "--force", *NOW],
        "--reason: expected a few words",
        id="log-force-no-reason",
    ),
    p(
        ["log", "sent", "TY", "--to", "dana", "--force", "--reason", "   ", *NOW],
        "--reason: expected a few words",
        id="log-force-blank-reason",
    ),
    p(["log", "call", *NOW], "--to: expected a value, and none was given", id="log-call-no-one"),
    p(
        ["log", "call", "--to", "priya", "--outcome", "busy", *NOW],
        "--outcome: expected one of connected, voicemail, no_answer",
        id="log-call-outcome",
    ),
    p(["log", "reply", "nope", *NOW], "KIND: expected one of generic, timeframe", id="log-reply-kind"),
    p(
        ["log", "reply", "timeframe", *NOW],
        "--said or --date: expected the new time frame",
        id="log-reply-nothing",
    ),
    p(
        ["log", "reply", "timeframe", "--said", "by 31 April", *NOW],
        "31 April does not exist",
        id="log-reply-april-31",
    ),
    p(
        ["log", "reply", "timeframe", "--date", "2020-01-01", *NOW],
        "new date: expected a date from the interview",
        id="log-reply-date-past",
    ),
    p(
        ["log", "reply", "schedule_reply", "--slot", "2026-13-01T10:00", *NOW],
        "--slot: expected a day the calendar has: month 13",
        id="log-reply-slot-month-13",
    ),
    p(
        ["log", "reply", "generic", "--from", "nobody", *NOW],
        "no person 'nobody'",
        id="log-reply-unknown-sender",
    ),
    p(
        ["log", "offer", "--deadline", "2020-01-01", *NOW],
        "--deadline: expected a date on or after the day the offer was received (2026-12-01)",
        id="log-offer-deadline-past",
    ),
    p(
        ["log", "offer", "--deadline", "2026-02-30", *NOW],
        "--deadline: expected a day the calendar has: 30 February",
        id="log-offer-deadline-feb-30",
    ),
    p(
        ["log", "offer", "--at", "2026-11-20T10:00"],
        "--at: expected a moment after the interview began",
        id="log-offer-before-interview",
    ),
    p(
        ["log", "rejection", "--at", "2026-11-01T10:00"],
        "--at: expected a moment after the interview began",
        id="log-rejection-before-interview",
    ),
    p(
        ["log", "accept", "--now", "1971-01-01T00:00"],
        "--at: expected a moment after the interview began",
        id="log-accept-1971",
    ),
    p(
        ["log", "left-building", "--at", "2026-11-20T10:00"],
        "--at: expected a moment after the interview began",
        id="log-left-before",
    ),
    p(
        ["log", "sent", "TY", "--to", "dana", "--at", "2026-11-24T09:00"],
        "--at: expected a moment after the interview it follows (round 1, Tue 24 Nov 2026 10:00 "
        "America/New_York)",
        id="log-thanks-before-interview",
    ),
    p(
        ["log", "competing-offer", "--deadline", "2020-01-01", *NOW],
        "--deadline: expected a date on or after the day the offer was received",
        id="log-competing-deadline-past",
    ),
    p(
        ["log", "competing-offer", "--company", "x" * 201, *NOW],
        "--company:",
        "at most 200 characters",
        id="log-competing-company-long",
    ),
    p(
        ["log", "competing-offer", "-a", APP, *NOW],
        "--application: expected no --application: an offer from elsewhere",
        id="log-competing-with-application",
    ),
    p(
        ["log", "accomplishment", "", "--status", "accepted", *NOW],
        "WHAT: " + NON_EMPTY,
        id="log-accomplishment-empty",
    ),
    p(
        ["log", "accomplishment", "x", "--status", "rumoured", *NOW],
        "--status: expected one of accepted, granted",
        id="log-accomplishment-status",
    ),
    p(
        ["log", "accomplishment", "x", "--status", "accepted", "-a", APP, *NOW],
        "add --only for this one alone",
        id="log-accomplishment-application-without-only",
    ),
    p(["log", "feedback", "--note", "\x00", *NOW], "--note:", "a NUL character", id="log-feedback-nul"),
    p(
        ["log", "skip", "nonsense", *NOW],
        "STEP: expected a step of the plan of harbor-analytics",
        "'nonsense'",
        id="log-skip-unknown",
    ),
    p(["log", "skip", "", *NOW], "STEP:", id="log-skip-empty"),
    p(
        ["log", "pause-search", *NOW],
        "--yes: expected a confirmation: keep applying",
        id="log-pause-unconfirmed",
    ),
    p(
        ["log", "withdraw", "-a", "nosuch", *NOW],
        "no application 'nosuch'",
        id="log-withdraw-unknown-application",
    ),
    # reading commands
    p(["plan", ""], "APPLICATION: " + NON_EMPTY, id="plan-empty-application"),
    p(
        ["plan", "--now", ""],
        "--now: expected an ISO date or date-time",
        "this is empty",
        id="plan-empty-now",
    ),
    p(["plan", "--now", "1969-12-31T23:59"], "--now: " + YEARS, id="plan-now-1969"),
    p(["plan", "--now", "2201-01-01T00:00"], "--now: " + YEARS, id="plan-now-2201"),
    p(["plan", "--now", "0"], "--now: expected an ISO date", id="plan-now-zero"),
    p(["plan", "a", "b"], "unexpected argument 'b'", id="plan-extra-argument"),
    p(["list", "--now", "2026-11-24T10:00+99:00"], "--now: expected an ISO date", id="list-offset-99h"),
    p(["today", "--now", ""], "--now: expected an ISO date or date-time", id="today-empty-now"),
    p(["today", "--now", "2026-02-29"], "29 February 2026 does not exist", id="today-feb-29"),
    p(
        ["remind", "--now", "2026-02-30"],
        "--now: expected a day the calendar has: 30 February",
        id="remind-now",
    ),
    p(
        ["check", "send TY to dana", "--at", "2026-02-30T10:00"],
        "--at: expected a day the calendar has",
        id="check-at",
    ),
    p(
        ["check", "send TY on 2026-02-30"],
        "date: expected a day the calendar has: 30 February",
        id="check-sentence-date",
    ),
    p(
        ["check", "send TY to dana at 25:00"],
        "time: expected a time such as 13:00 or 2pm",
        id="check-sentence-time",
    ),
    p(["check", "x" * 2001], "SENTENCE:", "this has 2,001 characters", id="check-sentence-long"),
    p(["check", "--action", "XX"], "--action: expected one of TY", id="check-action"),
    # settings, words, drafts, calendars
    p(["settings", "", "1"], "NAME: " + NON_EMPTY, id="settings-empty-name"),
    p(
        ["settings", "followup_cap", "0"],
        "setting followup_cap: expected a whole number from 1 to 10",
        id="settings-cap-0",
    ),
    p(
        ["settings", "followup_cap", "9" * 30],
        "setting followup_cap: expected a whole number from 1 to 10",
        id="settings-cap-huge",
    ),
    p(
        ["settings", "followup_cap", "-1"],
        "no such option: -1 (to give -1 as a value, write --option=-1, or put it after --)",
        id="settings-negative",
    ),
    p(
        ["settings", "dup_threshold", "NaN"],
        "setting dup_threshold: expected a number between 0 and 1",
        id="settings-nan",
    ),
    p(
        ["settings", "dup_threshold", "inf"],
        "setting dup_threshold: expected a number between 0 and 1",
        id="settings-inf",
    ),
    p(
        ["settings", "letter_closing", "Best\nwishes"],
        "VALUE:",
        "a line break",
        id="settings-closing-line-break",
    ),
    p(
        ["settings", "letter_closing", ""],
        "setting letter_closing: expected a non-empty text",
        id="settings-closing-empty",
    ),
    p(["settings", "nope", "1"], "setting 'nope': expected one of", id="settings-unknown"),
    p(
        ["settings", "followup_cap", "2", "-a", "nosuch"],
        "no application 'nosuch'",
        id="settings-unknown-application",
    ),
    p(["words", "add", ""], "NEW: " + NON_EMPTY, id="words-empty"),
    p(["words", "add", "a b"], "word: expected a single word without spaces", id="words-space"),
    p(["words", "add", "a\tb"], "NEW:", "a tab", id="words-tab"),
    p(["draft", "XX"], "ACTION: expected one of TY", id="draft-action"),
    p(["draft", "TY", "--person", "nobody", *NOW], "no person 'nobody'", id="draft-unknown-person"),
    p(["draft", "TY", "--hook", "", *NOW], "--hook: " + NON_EMPTY, id="draft-empty-hook"),
    p(
        ["draft", "TY", "--person", "dana", "--format", "docx"],
        "--format: expected one of text, eml, pdf",
        id="draft-format",
    ),
    p(
        ["draft", "TY", "--person", "dana", "--format", "eml", *NOW],
        "--out: expected a file to write the eml to",
        id="draft-eml-without-out",
    ),
    p(
        ["calendar", "export", "x.ics", "--now", "2026-02-30"],
        "--now: expected a day the calendar has",
        id="calendar-now",
    ),
    p(
        ["interview", "import", "/nonexistent.ics"],
        "/nonexistent.ics: expected a file that exists",
        id="interview-import-missing",
    ),
    p(
        ["interview", "import", "x.ics", "--event", "0"],
        "--event: expected a whole number, 1 or more (got '0')",
        id="interview-import-event-0",
    ),
    p(
        ["person", "import", "/nonexistent.vcf"],
        "/nonexistent.vcf: expected a vCard file that can be read",
        id="person-import-missing",
    ),
    p(["import", ""], "SOURCE: cannot read ''", id="import-empty-path"),
    # the command line itself
    p(
        ["interview", "add", "--frobnicate"],
        "no such option: --frobnicate (did you mean --format?) (see followup interview add --help)",
        id="unknown-option",
    ),
    p(["frobnicate"], "no such command: 'frobnicate' (see followup --help)", id="unknown-command"),
    p(
        ["plan", "--now"],
        "--now: expected a value after --now (see followup plan --help)",
        id="option-without-value",
    ),
    p(["plan", "--json=yes"], "--json: takes no value", id="flag-with-value"),
    p(
        ["person", "add"],
        "NAME: expected a value, and none was given (see followup person add --help)",
        id="missing-argument",
    ),
]


@pytest.mark.parametrize(("args", "fragments"), HOSTILE)
def test_hostile_input_is_one_line_exit_2_and_changes_nothing(
    populated: Path, args: list[str], fragments: list[str]
) -> None:
    before = state(populated)
    result = invoke(*args)
    assert_one_line_error(result, *fragments)
    assert "Traceback" not in result.err
    assert state(populated) == before


def test_the_hostile_table_is_long_enough_to_mean_something() -> None:
    assert len(HOSTILE) >= 120


# --- text files the commands read: UTF-8, at most 1 MB, each line or body a valid field ---------------------

BODY_FILE = ["log", "sent", "F1", "--to", "priya", *NOW, "--body-file"]
FORM_FILE = ["debrief", "--from-file"]


@pytest.mark.parametrize(
    ("command", "content", "fragments"),
    [
        pytest.param(
            FORM_FILE,
            "[takeaways]\n- ok\n".encode("utf-16"),
            ["--from-file: expected UTF-8 text; this is UTF-16 (it starts with the byte order mark FF FE)"],
            id="form-utf-16",
        ),
        pytest.param(
            FORM_FILE,
            "[takeaways]\n- caf\u00e9\n".encode("latin-1"),
            ["--from-file: expected UTF-8 text; the byte 0xE9 at offset 17 is not UTF-8"],
            id="form-latin-1",
        ),
        pytest.param(
            FORM_FILE,
            b"[takeaways]\n- ok\n- a\x07b\n",
            ["debrief line 3: expected one line", "a control character (U+0007) at character 2"],
            id="form-bell",
        ),
        pytest.param(
            FORM_FILE,
            b"[concerns]\n- " + b"x" * 1001 + b"\n",
            ["debrief line 2: expected one line of at most 1,000 characters", "this has 1,001 characters"],
            id="form-long-item",
        ),
        pytest.param(
            BODY_FILE,
            "Dear Priya,\n".encode("utf-16"),
            ["--body-file: expected UTF-8 text; this is UTF-16"],
            id="body-utf-16",
        ),
        pytest.param(
            BODY_FILE,
            b"Dear Priya,\n\x00\x00",
            ["--body-file: expected UTF-8 text; the byte 0x00 at offset 12 is not text"],
            id="body-nul-bytes",
        ),
        pytest.param(
            BODY_FILE,
            b"Dear Priya,\x1b[2J\n",
            ["--body-file: expected text of at most 100,000 characters", "a control character (U+001B)"],
            id="body-escape-sequence",
        ),
        pytest.param(
            BODY_FILE,
            b"x" * (2 * 1024 * 1024),
            ["--body-file: expected a file of at most 1 MB; this one has 1,048,577 bytes"],
            id="body-2-mb",
        ),
    ],
)
def test_a_text_file_that_is_not_good_text_is_refused_naming_its_option(
    populated: Path, tmp_path: Path, command: list[str], content: bytes, fragments: list[str]
) -> None:
    before = state(populated)
    source = tmp_path / "text.txt"
    source.write_bytes(content)
    assert_one_line_error(invoke(*command, str(source)), *fragments)
    assert state(populated) == before


def test_an_answer_typed_at_a_prompt_is_checked_as_its_field(
    populated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("followup.cli.init.interactive", lambda: True)
    before = state(populated)
    result = invoke("init", stdin="Alex\tMorgan\n")  # the answer is refused, asked again, and input ends
    assert "  Not accepted: name: expected one non-empty line of at most 200 characters" in result.out
    assert "this has a tab at character 5" in result.out
    assert (result.code, result.err) == (1, "followup: aborted; nothing was written\n")
    assert state(populated) == before
    answers = "Alex M. Morgan\nalex@example.com\n+1 617 555 0100\n12 Beacon St\nAmerica/New_York\nUS\n\n"
    assert ok("init", stdin=answers).out.endswith(
        "Profile saved for Alex M. Morgan (America/New_York, US).\n"
    )
