"""`followup person list` and `followup events` from the stored tables (``cli.roster``, ``cli.history``):
the same output as the full command, in text and JSON, its refusals in its words, and the full command
whenever the stored rows cannot answer."""

from __future__ import annotations

import dataclasses
import io
import os
import sqlite3
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from followup.cli import entry, history, roster
from followup.cli.app import run
from followup.core.errors import FollowupError
from followup.core.model import Event, Person
from followup.store.engine import HEAD_REVISION
from tests.cli.conftest import APP, SCENARIOS, Result, invoke, ok


def full(*args: str) -> Result:
    """What the full command (Click, the services, SQLAlchemy) prints for ``args``, errors included, as
    ``entry`` shows them."""
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            code = run(list(args))
        except FollowupError as error:
            code = entry.report(error, entry.wants_json(args))
    return Result(code, out.getvalue(), err.getvalue())


def fast(*args: str) -> Result | None:
    """What the fast path prints, None when it leaves the line to the full command."""
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            code = entry.fast_read(list(args))
        except FollowupError as error:
            code = entry.report(error, entry.wants_json(args))
    return None if code is None else Result(code, out.getvalue(), err.getvalue())


def same(*args: str) -> Result:
    """The fast path answers ``args`` exactly as the full command does."""
    answer = fast(*args)
    assert answer is not None, args
    assert answer == full(*args), args
    return answer


READS = [
    ("person", "list"),
    ("person", "list", "--json"),
    ("person", "list", "-a", APP),
    ("person", "list", "--application", "Harbor Analytics", "--json"),
    ("person", "list", "-aharbor"),
    ("person", "list", "--application=HARBOR-ANALYTICS"),
    ("events",),
    ("events", "--json"),
    ("events", "-a", APP, "--json"),
    ("events", "--global"),
    ("events", "--global", "--json"),
]


@pytest.mark.parametrize("args", READS, ids=" ".join)
def test_person_list_and_events_from_the_tables_print_what_the_full_command_prints(
    populated: Path, args: tuple[str, ...]
) -> None:
    assert same(*args).code == 0


def test_events_from_the_table_number_the_tour_in_time_order(populated: Path) -> None:
    assert same("events").out.splitlines()[-1] == (
        "  3  Tue 24 Nov 15:10  sent            TY             email     to Mei Chen"
    )
    assert len(same("events", "--json").out.split('"number"')) - 1 == 3
    assert same("person", "list").out.splitlines()[0] == (
        "dana-kim         Dana Kim               Director of Marketing        dana.kim@harbor.example        "
        "hiring_manager, panel"
    )


def test_reads_of_a_second_application_and_of_the_whole_search_agree_with_the_full_command(
    populated: Path,
) -> None:
    ok("interview", "add", "--company", "Birch Labs", "--start", "2026-11-23T10:00")
    ok("person", "add", "Ms. Alvarez", "-a", "birch-labs", "--hr", "--main-contact", "--arranger")
    ok("person", "add", "Jo", "-a", "birch-labs", "--talking-point", "a  long\u00a0point", "--may-name")
    ok("log", "competing-offer", "--company", "Elm", "--deadline", "2026-12-10", "--at", "2026-11-25T09:00")
    ok("log", "competing-offer", "--company", "Oak", "--deadline", "2026-12-01", "--at", "2026-11-25T09:00")
    ok("log", "pause-search", "--yes", "--at", "2026-11-24T16:00")
    for args in [
        ("person", "list", "-a", "birch-labs"),
        ("person", "list", "-a", "birch", "--json"),
        ("events", "-a", "Birch Labs"),
        ("events", "--global"),
        ("events", "--global", "--json"),
    ]:
        assert same(*args).code == 0
    assert same("person", "list", "-a", "birch-labs").out == (
        "alvarez          Ms. Alvarez                                         (no email)                     "
        "hr, main_contact, arranger\n"
        "jo               Jo                                                  (no email)                     "
        "interviewer, panel\n"
    )
    lines = same("events", "--global").out.splitlines()
    assert [line[:40] for line in lines] == [  # the same moment: in the order they were recorded
        "  1  Tue 24 Nov 16:00  search_paused   -",
        "  2  Wed 25 Nov 09:00  competing_offer -",
        "  3  Wed 25 Nov 09:00  competing_offer -",
    ]
    assert lines[1].endswith("Elm; answer by 2026-12-10")


@pytest.mark.parametrize("scenario", ["S04", "S10", "S12", "S18"])
def test_reads_of_a_scenario_agree_with_the_full_command(tmp_path: Path, scenario: str) -> None:
    assert invoke("import", str(SCENARIOS / f"{scenario}.json")).code == 0
    apps = [row["application"] for row in ok("list", "--all", "--json").json()]
    assert apps
    for app in apps:
        for args in [("person", "list", "-a", app), ("events", "-a", app)]:
            assert same(*args).code == same(*args, "--json").code == 0
    assert same("events", "--global").code == 0


def test_an_unknown_application_is_refused_in_one_line_as_the_full_command_words_it(populated: Path) -> None:
    ok("interview", "add", "--company", "Birch Labs", "--start", "2026-11-23T10:00")
    refused = same("person", "list", "-a", "nope")
    assert (refused.code, refused.out) == (2, "")
    assert refused.err == "followup: no application 'nope' (known: harbor-analytics, birch-labs)\n"
    assert same("events", "-a", "nope", "--json").out.startswith('{\n  "error": {\n    "field": null')
    which = same("events")  # two applications and none named
    assert which.err == "followup: --application: expected one of harbor-analytics, birch-labs\n"
    assert '"field": "--application"' in same("person", "list", "--json").out
    assert invoke("events", "-a", "nope").err == refused.err
    assert same("person", "list", "-a", "events").err == (
        "followup: no application 'events' (known: harbor-analytics, birch-labs)\n"
    )


def test_a_store_without_applications_is_refused_as_the_full_command_refuses_it(tmp_path: Path) -> None:
    ok("init", "--name", "Alex Morgan", "--tz", "Europe/Paris")
    assert same("person", "list").err == (
        "followup: no applications yet: record one with `followup interview add`\n"
    )
    assert same("events", "--global").out == (
        "No events recorded for the whole search yet: `followup log ...` records them.\n"
    )


@pytest.mark.parametrize(
    "args",
    [
        ("person", "list", "--help"),
        ("person", "list", "--bogus"),
        ("person", "list", "--json", "--json"),
        ("person", "--json", "list"),
        ("person", "list", "-a"),
        ("person", "list", "-a", ""),
        ("person", "list", "-a", "harbor\x1b"),
        ("person", "add", "Jo"),
        ("events", "--global", "-a", APP),  # refused by the full command
        ("events", "-a", APP, "--", "x"),
        ("--db", "postgresql://u@127.0.0.1/x", "events"),
        ("--owner", "", "events"),
    ],
    ids=repr,
)
def test_lines_the_fast_path_does_not_read_go_to_the_full_command(
    populated: Path, args: tuple[str, ...]
) -> None:
    assert fast(*args) is None


def test_a_store_the_fast_path_cannot_trust_goes_to_the_full_command(populated: Path) -> None:
    before = full("events", "--json").out
    con = sqlite3.connect(populated)
    with con:  # a schema to migrate: the full command migrates it first
        con.execute("UPDATE alembic_version SET version_num = '0006'")
    assert fast("events") is None and fast("person", "list") is None
    with con:
        con.execute("UPDATE alembic_version SET version_num = ?", (HEAD_REVISION,))
        con.execute("UPDATE meta SET value = '2' WHERE key LIKE 'agenda_version:%'")
    con.close()
    # Records, not derived data: rows of an older followup do not stop these two.
    assert same("events", "--json").out == before
    assert fast("--owner", "someone-else", "person", "list") is None  # an owner the file does not hold
    os.chmod(populated, 0o644)  # others can read it: the full command makes it private and says so
    assert fast("events") is None and fast("person", "list") is None
    os.chmod(populated, 0o600)
    assert fast("events") is not None


def test_the_fast_reads_state_a_person_as_the_record_does() -> None:
    assert tuple(f.name for f in dataclasses.fields(Person)) == roster.FIELDS
    for first, last, honorific, person_id in [
        ("Dana", "Kim", "Ms.", "dana"),
        ("", "Alvarez", "Ms.", "alvarez"),
        ("", "Alvarez", "", "alvarez"),
        ("Jo", "", "", "jo"),
        ("", "", "Dr.", "nobody"),
    ]:
        person = Person(person_id, first=first, last=last, honorific=honorific)
        assert roster.display_name(person_id, first, last, honorific) == person.name
    assert set(history.COLUMNS) <= {f.name for f in dataclasses.fields(Event)}
