"""Your own file is yours, private by default; bad input around files and secrets is one line.

* A SQLite file has one owner of its own: whoever runs followup (another login, sudo, a cron job) reads
  and writes the same records. A file of the old kind holding several owners keeps every row; the owner
  the login maps to keeps it, and one notice names the others and how to reach them (``--owner``).
* The data folder is created 700, the database and its -wal and -shm files 600, every file written for
  you 600 (``--mode`` says otherwise), through a temporary file no one can predict; a database others
  can read is made private, with a notice.
* A missing, unwritable or mistaken home, an output in a missing folder, a malformed database URL: one
  line, exit 2, nothing written, and never a password.

Modes are checked under a umask of 0, so that nothing here relies on the user's umask.
"""

from __future__ import annotations

import json
import os
import pwd
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, quote_plus

import pytest
from alembic import command

from followup.core import codec
from followup.core.model import Records
from followup.services.workspace import history_until, replan
from followup.store.engine import alembic_config, create_engine_for, open_store
from followup.store.repository import save_records, set_history_until
from tests.cli.conftest import CONSOLE_SCRIPT, SCENARIOS, assert_one_line_error, dump, invoke, ok, state
from tests.support.postgres import PostgresCluster
from tests.support.unwritable import unwritable

NOW = "2026-03-02T14:00"
EARLIER = "2026-02-20T09:00"  # before the last recorded event: the full planner answers
USER_TABLES = ("profiles", "applications", "people", "interviews", "events", "agenda")
S01 = SCENARIOS / "S01.json"
S02 = SCENARIOS / "S02.json"
S03 = SCENARIOS / "S03.json"


@pytest.fixture(autouse=True)
def _open_umask() -> Iterator[None]:
    saved = os.umask(0)
    try:
        yield
    finally:
        os.umask(saved)


def run(*args: str) -> str:
    """A command that must succeed; some report on standard error ("Imported ...", "Wrote ...")."""
    result = invoke(*args)
    assert result.code == 0, result
    return result.out


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def login_as(monkeypatch: pytest.MonkeyPatch, name: str, **extra: str) -> None:
    """The environment of a login ``name`` that has not set $FOLLOWUP_USER."""
    monkeypatch.delenv("FOLLOWUP_USER", raising=False)
    for variable in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        monkeypatch.setenv(variable, name)
    for variable, value in extra.items():
        monkeypatch.setenv(variable, value)


def rows_per_owner(db: Path) -> dict[tuple[str, str], int]:
    con = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {
            (table, owner): count
            for table in USER_TABLES
            for owner, count in con.execute(f"SELECT owner, COUNT(*) FROM {table} GROUP BY owner")
        }
    finally:
        con.close()


def meta(db: Path, key: str) -> str | None:
    con = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        row = con.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])
    finally:
        con.close()


def companies(export_text: str) -> list[str]:
    return [a["company"]["name"] for a in json.loads(export_text)["applications"]]


# --- A. your own file is yours ------------------------------------------------------------------------


@pytest.fixture
def alex_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """A file written by the login "alex": what alex sees in it."""
    login_as(monkeypatch, "alex")
    run("import", str(S01))
    return {
        "export": ok("export").out,
        "today": ok("today", "--now", NOW, "--json").out,
        "earlier": ok("today", "--now", EARLIER, "--json").out,
        "plan": ok("plan", "--now", NOW, "--json").out,
    }


SOMEONE_ELSE = [
    pytest.param({"name": "root"}, id="LOGNAME=root"),
    pytest.param({"name": "root", "SUDO_USER": "alex", "SUDO_UID": "1000", "HOME": "/root"}, id="sudo"),
    pytest.param({"name": "backup"}, id="another-login"),
    pytest.param({"name": "alex", "FOLLOWUP_USER": "alex-on-the-server"}, id="FOLLOWUP_USER-set"),
]


@pytest.mark.parametrize("environment", SOMEONE_ELSE)
def test_a_file_written_by_alex_reads_the_same_under_any_login(
    alex_file: dict[str, str], environment: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = dict(environment)
    login_as(monkeypatch, settings.pop("name"), **settings)
    assert ok("export").out == alex_file["export"]
    assert companies(alex_file["export"]) == ["Harbor Analytics"]
    assert ok("today", "--now", NOW, "--json").out == alex_file["today"]  # the fast path
    assert ok("today", "--now", EARLIER, "--json").out == alex_file["earlier"]  # the full planner
    assert ok("plan", "--now", NOW, "--json").out == alex_file["plan"]


def test_what_another_login_writes_lands_in_the_same_records(
    alex_file: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    login_as(monkeypatch, "root", SUDO_USER="alex")
    ok("init", "--phone", "+1 617 555 0199")
    login_as(monkeypatch, "alex")
    assert json.loads(ok("export").out)["profile"]["phone"] == "+1 617 555 0199"
    assert companies(ok("export").out) == ["Harbor Analytics"]


def test_a_cron_job_with_its_bare_environment_sees_alexs_plan(
    alex_file: dict[str, str], tmp_path: Path
) -> None:
    """The console script as cron starts it: PATH, HOME, SHELL and LOGNAME, nothing else."""
    cron = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "SHELL": "/bin/sh", "LOGNAME": "root"}
    cron["FOLLOWUP_HOME"] = str(tmp_path)
    for args, expected in ((["today", "--now", NOW, "--json"], "today"), (["export"], "export")):
        done = subprocess.run(
            [str(CONSOLE_SCRIPT), *args], env=cron, capture_output=True, text=True, timeout=120, check=False
        )
        assert (done.returncode, done.stderr) == (0, "")
        assert done.stdout == alex_file[expected]


def _records(*scenarios: Path) -> Records:
    """One owner's records: the applications of ``scenarios`` (ids kept apart), the first one's profile."""
    loaded = [codec.loads(s.read_text()) for s in scenarios]
    apps = tuple(app for records in loaded for app in records.applications)
    return Records(loaded[0].profile, loaded[0].settings, apps, ())


def old_file(db: Path, owners: dict[str, Records]) -> Path:
    """A file of schema 0005 (before files had an owner), holding several owners' records and plans."""
    url = f"sqlite:///{db}"
    with open_store(url, notify=lambda _: None) as store, store.transaction() as session:
        for owner, records in owners.items():
            save_records(session, owner, records)
            replan(session, owner, records, records.applications)
            set_history_until(session, owner, history_until(records))
    engine = create_engine_for(url)
    try:
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), "0005")
    finally:
        engine.dispose()
    assert meta(db, "owner") is None
    return db


def test_an_old_file_with_two_owners_keeps_every_row_and_names_the_other_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = old_file(tmp_path / "followup.db", {"alex": _records(S01), "bob": _records(S02)})
    before = rows_per_owner(db)
    assert {owner for _, owner in before} == {"alex", "bob"}
    login_as(monkeypatch, "alex")
    first = invoke("export")
    assert first.code == 0
    assert first.err == (
        "followup: this database is now alex's, whoever runs followup; it also holds the records of bob: "
        "reach them with --owner NAME (e.g. `followup --owner bob list`)\n"
    )
    assert companies(first.out) == ["Harbor Analytics"]
    assert rows_per_owner(db) == before  # no row changed owner, none was lost
    assert meta(db, "owner") == "alex"
    assert ok("export").out == first.out  # the notice is given once
    bob = ok("--owner", "bob", "export").out
    assert companies(bob) == [a.company.name for a in _records(S02).applications]
    login_as(monkeypatch, "root")
    assert ok("export").out == first.out


def test_an_old_file_goes_to_its_system_owner_when_the_login_has_no_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """sudo or a root cron job migrating alex's file: the file belongs to alex on disk, so alex keeps it,
    even though carol has more rows."""
    me = pwd.getpwuid(os.geteuid()).pw_name
    db = old_file(tmp_path / "followup.db", {me: _records(S01), "carol": _records(S02, S03)})
    login_as(monkeypatch, "a-cron-job")
    result = invoke("list", "--now", NOW)
    assert result.code == 0
    assert result.err.count("\n") == 1 and "records of carol" in result.err
    assert meta(db, "owner") == me
    assert "harbor" in result.out


def test_an_old_file_nobody_here_owns_goes_to_the_owner_with_the_most_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = old_file(tmp_path / "followup.db", {"alex": _records(S01), "bob": _records(S02, S03)})
    login_as(monkeypatch, "a-stranger")
    result = invoke("export")
    assert result.code == 0 and "records of alex:" in result.err
    assert meta(db, "owner") == "bob"


@pytest.fixture
def two_owners(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    db = old_file(tmp_path / "followup.db", {"alex": _records(S01), "bob": _records(S02)})
    login_as(monkeypatch, "alex")
    assert invoke("list").code == 0  # migrates (and gives the notice)
    return db


def test_owner_bob_reads_bobs_records_everywhere(two_owners: Path) -> None:
    bob = [a.id for a in _records(S02).applications]
    assert [a["id"] for a in json.loads(ok("--owner", "bob", "export").out)["applications"]] == bob
    assert [a["application"] for a in ok("--owner", "bob", "list", "--json").json()] == bob
    plans = ok("--owner", "bob", "plan", "--now", NOW, "--json").json()["applications"]
    assert [p["application"] for p in plans] == bob
    fast = ok("today", "--owner", "bob", "--now", "2026-06-01T12:00", "--json").out
    assert ok("--owner", "bob", "today", "--now", "2026-06-01T12:00", "--json").out == fast
    assert {i["application"] for i in json.loads(fast)["items"]} <= set(bob)
    alex = ok("today", "--now", "2026-06-01T12:00", "--json").json()["items"]
    assert {i["application"] for i in alex} <= {"harbor"}


def test_owner_bob_writes_only_bobs_records(two_owners: Path) -> None:
    alex_before = ok("export").out
    ok("--owner", "bob", "init", "--phone", "+44 20 7946 0000")
    assert json.loads(ok("--owner", "bob", "export").out)["profile"]["phone"] == "+44 20 7946 0000"
    assert ok("export").out == alex_before


@pytest.mark.parametrize(
    ("args", "fragments"),
    [
        (["--owner", "carol", "list"], ["--owner: expected one of the owners", "alex, bob", "'carol'"]),
        (["--owner", "carol", "init", "--phone", "1"], ["--owner", "'carol'"]),
        (["today", "--owner", "carol"], ["--owner", "alex, bob", "'carol'"]),
        (["--owner", "", "export"], ["--owner: expected one non-empty line", "this is empty (got '')"]),
    ],
)
def test_an_owner_the_file_does_not_hold_is_one_line_and_writes_nothing(
    two_owners: Path, args: list[str], fragments: list[str]
) -> None:
    before = dump(two_owners)
    assert_one_line_error(invoke(*args), *fragments)
    assert dump(two_owners) == before


@pytest.mark.postgres
def test_on_a_postgresql_server_each_role_has_its_own_records(
    postgres_cluster: PostgresCluster, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The owner is the role connected: neither $FOLLOWUP_USER nor the login name picks it
    (tests/cli/test_shared_server.py holds the boundary itself)."""
    url = postgres_cluster.migrated_database()
    alex, bob = postgres_cluster.add_person(url, "alex"), postgres_cluster.add_person(url, "bob")
    monkeypatch.setenv("FOLLOWUP_DB", alex.url)
    monkeypatch.setenv("FOLLOWUP_USER", bob.name)
    run("import", str(S01))
    monkeypatch.setenv("FOLLOWUP_DB", bob.url)
    monkeypatch.setenv("FOLLOWUP_USER", alex.name)
    assert companies(ok("export").out) == []
    assert ok("today", "--now", NOW, "--json").json()["items"] == []
    login_as(monkeypatch, alex.name)  # no $FOLLOWUP_USER: the login name has no say either
    assert companies(ok("export").out) == []
    monkeypatch.setenv("FOLLOWUP_DB", alex.url)
    assert companies(ok("export").out) == ["Harbor Analytics"]
    import psycopg

    with psycopg.connect(url) as connection:
        assert connection.execute("SELECT value FROM meta WHERE key = 'owner'").fetchall() == []
        owners = connection.execute("SELECT DISTINCT owner FROM applications").fetchall()
        assert owners == [(alex.name,)]


# --- B. private by default ----------------------------------------------------------------------------


def test_the_data_folder_is_700_and_the_database_600(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "deep" / "followup"
    monkeypatch.setenv("FOLLOWUP_HOME", str(home))
    ok("init", "--name", "Alex Morgan")
    assert (mode(home), mode(home / "followup.db")) == (0o700, 0o600)


def test_the_wal_and_shm_files_are_600_while_the_database_is_open(tmp_path: Path) -> None:
    db = tmp_path / "followup.db"
    with open_store(f"sqlite:///{db}") as store:
        with store.transaction() as session:
            save_records(session, "alex", _records(S01))
        with store.engine.connect() as connection:
            connection.exec_driver_sql("SELECT COUNT(*) FROM applications").scalar()
            files = {p.name: mode(p) for p in tmp_path.iterdir()}
    assert files == {"followup.db": 0o600, "followup.db-wal": 0o600, "followup.db-shm": 0o600}


def test_a_database_others_can_read_is_made_private_with_a_notice(tmp_path: Path) -> None:
    run("import", str(S01))
    db = tmp_path / "followup.db"
    db.chmod(0o644)
    result = invoke("list", "--now", NOW)
    assert (result.code, result.err) == (
        0,
        f"followup: {db} could be read by other users of this machine; it is now yours alone (mode 600)\n",
    )
    assert "harbor" in result.out
    assert mode(db) == 0o600
    ok("list", "--now", NOW)  # no second notice


@pytest.fixture
def s01(tmp_path: Path) -> Path:
    run("import", str(S01))
    ok("person", "edit", "dana", "--address", "100 Federal St\nBoston, MA 02110")
    return tmp_path / "followup.db"


def _writers(out: Path) -> dict[str, list[str]]:
    return {
        "export": ["export", "-o", str(out)],
        "calendar": ["calendar", "export", str(out), "--now", NOW],
        "eml": ["draft", "TY", "--person", "dana", "--now", NOW, "--format", "eml", "-o", str(out)],
        "pdf": [
            "draft",
            "FL",
            "--person",
            "dana",
            "--now",
            "2026-03-04T10:00",
            "--format",
            "pdf",
            "-o",
            str(out),
        ],
    }


WRITERS = ["export", "calendar", "eml", "pdf"]


@pytest.mark.parametrize("writer", WRITERS)
def test_every_file_written_for_you_is_600(s01: Path, tmp_path: Path, writer: str) -> None:
    out = tmp_path / "out" / f"file.{writer}"
    out.parent.mkdir()
    assert invoke(*_writers(out)[writer]).code == 0
    assert mode(out) == 0o600
    assert out.stat().st_size > 0
    assert sorted(p.name for p in out.parent.iterdir()) == [out.name]  # no temporary file left


@pytest.mark.parametrize("writer", WRITERS)
def test_mode_644_writes_a_file_others_may_read(s01: Path, tmp_path: Path, writer: str) -> None:
    out = tmp_path / f"file.{writer}"
    assert invoke(*_writers(out)[writer], "--mode", "644").code == 0
    assert mode(out) == 0o644


def test_a_file_written_again_keeps_no_trace_of_the_old_modes(s01: Path, tmp_path: Path) -> None:
    out = tmp_path / "records.json"
    out.write_text("old")
    out.chmod(0o666)
    assert invoke("export", "-o", str(out)).code == 0
    assert mode(out) == 0o600 and json.loads(out.read_text())["format"] == "followup-export"


def test_a_symbolic_link_in_the_way_is_replaced_never_followed(s01: Path, tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("not yours to overwrite")
    for trap in (tmp_path / "records.json", tmp_path / "records.json.partial"):  # .partial: the old name
        trap.symlink_to(victim)
    assert invoke("export", "-o", str(tmp_path / "records.json")).code == 0
    assert victim.read_text() == "not yours to overwrite"
    assert not (tmp_path / "records.json").is_symlink()
    assert json.loads((tmp_path / "records.json").read_text())["format"] == "followup-export"


@pytest.mark.parametrize("given", ["400", "755", "777", "4644", "64", "rw-r--r--", ""])
def test_a_mode_that_is_not_read_and_write_bits_for_you_is_refused(
    s01: Path, tmp_path: Path, given: str
) -> None:
    out = tmp_path / "records.json"
    assert_one_line_error(invoke("export", "-o", str(out), "--mode", given), "--mode: expected", repr(given))
    assert not out.exists()


# --- C. bad input around files ------------------------------------------------------------------------


READERS = [
    (["today"], 0),
    (["list"], 0),
    (["plan"], 0),
    (["export"], 0),
    (["settings"], 0),
    (["remind", "--now", NOW], 0),
    (["check", "send F1 to Priya by email"], 2),  # nothing to check against: no applications yet
]


@pytest.mark.parametrize(("args", "code"), READERS, ids=[" ".join(a) for a, _ in READERS])
def test_a_read_command_on_a_missing_home_creates_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], code: int
) -> None:
    home = tmp_path / "absent"
    monkeypatch.setenv("FOLLOWUP_HOME", str(home))
    assert invoke(*args).code == code
    monkeypatch.delenv("FOLLOWUP_HOME")
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    assert invoke(*args).code == code
    assert not home.exists()


@pytest.mark.parametrize("args", [["list"], ["today"], ["export"], ["init", "--name", "Alex"]])
def test_a_home_that_is_a_file_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    home = tmp_path / "notes.txt"
    home.write_text("groceries")
    monkeypatch.setenv("FOLLOWUP_HOME", str(home))
    assert_one_line_error(
        invoke(*args), f"FOLLOWUP_HOME: expected a folder for followup's data, not a file (got '{home}')"
    )
    assert home.read_text() == "groceries"


def test_an_unwritable_home_is_one_line_when_something_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with unwritable(tmp_path / "locked") as home:
        monkeypatch.setenv("FOLLOWUP_HOME", str(home))
        assert ok("list").out == "No applications yet: `followup interview add`.\n"
        assert_one_line_error(
            invoke("init", "--name", "Alex"),
            f"FOLLOWUP_HOME: expected a folder you can write to (got '{home}')",
        )
        monkeypatch.setenv("FOLLOWUP_HOME", str(home / "sub"))
        assert_one_line_error(
            invoke("init", "--name", "Alex"), "FOLLOWUP_HOME: expected a folder followup can create"
        )
        assert list(home.iterdir()) == []


def test_a_database_in_a_missing_or_unwritable_folder_is_one_line(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "followup.db"
    assert_one_line_error(
        invoke("--db", str(missing), "list"), f"the directory {missing.parent} does not exist"
    )
    assert_one_line_error(
        invoke("--db", str(missing), "init", "--name", "A"), f"the directory {missing.parent} does not exist"
    )
    with unwritable(tmp_path / "locked") as folder:
        assert_one_line_error(
            invoke("--db", str(folder / "followup.db"), "init", "--name", "A"),
            f"the directory {folder} is not one you can write to",
        )
        assert list(folder.iterdir()) == []
    assert not missing.parent.exists()


@pytest.mark.parametrize("writer", WRITERS)
def test_an_output_in_a_missing_folder_changes_nothing(s01: Path, tmp_path: Path, writer: str) -> None:
    run("calendar", "export", str(tmp_path / "first.ics"), "--now", NOW)  # SEQUENCE bookkeeping to keep
    before = dump(s01)
    out = tmp_path / "missing" / "file.out"
    field = "OUT" if writer == "calendar" else "--out"
    assert_one_line_error(
        invoke(*_writers(out)[writer]),
        f"{field}: expected a file in an existing folder ({out.parent} does not exist)",
    )
    assert dump(s01) == before
    assert not out.parent.exists()


def test_a_calendar_that_cannot_be_written_keeps_the_sequences_as_they_were(
    s01: Path, tmp_path: Path
) -> None:
    """The check passes, the write fails (a name with no room for the temporary file's): the store's
    SEQUENCE bookkeeping is rolled back with it."""
    run("calendar", "export", str(tmp_path / "first.ics"), "--now", NOW)
    ok("log", "sent", "TY", "--to", "dana", "--at", "2026-03-02T15:00", "--now", "2026-03-02T15:01")
    before = dump(s01)
    out = tmp_path / ("x" * 250 + ".ics")
    assert_one_line_error(
        invoke("calendar", "export", str(out), "--now", "2026-03-02T16:00"),
        "OUT: expected a file that can be written",
    )
    assert dump(s01) == before
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("followup.db")) == ["first.ics"]


# --- C. database URLs: never a password ---------------------------------------------------------------

PASSWORD = "hunter2-Pw"
URLS = [
    f"postgresql:alex:{PASSWORD}@db.example/followup",  # no //
    f" postgresql://alex:{PASSWORD}@db.example/followup",  # a leading space
    f"postgresql//alex:{PASSWORD}@db.example",  # no :
    f"postgresql://alex:{PASSWORD}@db.example:port/followup",  # a port that is not a number
    f"postgresql://alex:{PASSWORD}@127.0.0.1:1/followup",  # well formed, nobody listening
    f"postgresql://alex:{quote(PASSWORD + '@/?')}@127.0.0.1:1/followup",  # percent-encoded
    f"postgresql://127.0.0.1:1/followup?password={PASSWORD}",  # in the query
    f"mysql://alex:{PASSWORD}@db.example/followup",  # not ours
]


def _forms(secret: str) -> list[str]:
    return [secret, quote(secret), quote_plus(secret), repr(secret)[1:-1], secret.encode().hex()]


@pytest.mark.parametrize("url", URLS)
@pytest.mark.parametrize("args", [["list"], ["today"], ["export"], ["init", "--name", "A"]])
def test_a_database_url_never_shows_its_password(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, url: str, args: list[str]
) -> None:
    results = [invoke("--db", url, *args)] + ([invoke("today", "--db", url)] if args == ["today"] else [])
    for result in results:
        assert_one_line_error(result)
        for form in _forms(PASSWORD):
            assert form not in result.err, (form, result.err)
    monkeypatch.setenv("FOLLOWUP_DB", url)
    result = invoke(*args)
    assert_one_line_error(result)
    assert PASSWORD not in result.err
    assert sorted(p.name for p in tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        (
            URLS[0],
            "'postgresql:***@db.example/followup' is not a database URL: '//' is missing after 'postgresql:'",
        ),
        (
            URLS[1],
            "'postgresql://***@db.example/followup' is not a database URL: it starts or ends with a space",
        ),
        (
            URLS[2],
            "'postgresql//***@db.example' is not a database URL: "
            "':' is missing between 'postgresql' and '//'",
        ),
        (URLS[3], "is not a database URL: its port is not a number"),
        (URLS[4], "cannot open the database postgresql+psycopg://alex:***@127.0.0.1:1/followup"),
        (URLS[6], "postgresql+psycopg://127.0.0.1:1/followup?password=***"),
    ],
)
def test_a_broken_database_url_says_what_is_wrong(url: str, reason: str) -> None:
    assert_one_line_error(invoke("--db", url, "list"), reason)


@pytest.mark.postgres
def test_a_password_in_the_database_url_reaches_no_output_no_row_and_no_export(
    postgres_cluster: PostgresCluster, tmp_path: Path
) -> None:
    """A person's role, its password in the URL (the test cluster asks every role but the superuser)."""
    plain = postgres_cluster.migrated_database()
    person = postgres_cluster.add_person(plain)
    url = person.url.replace(f":{person.password}@", f":{PASSWORD}@")
    import psycopg

    with psycopg.connect(plain, autocommit=True) as connection:
        connection.execute(f"ALTER ROLE {person.name} PASSWORD '{PASSWORD}'")
    outputs = [
        invoke("--db", url, "import", str(S01)),
        invoke("--db", url, "export", "-o", str(tmp_path / "records.json")),
        invoke("--db", url, "list", "--now", NOW),
        invoke("--db", url, "today", "--now", NOW),
        invoke("--db", url, "calendar", "export", str(tmp_path / "plan.ics"), "--now", NOW),
    ]
    assert [r.code for r in outputs] == [0] * len(outputs)
    seen = "".join(r.out + r.err for r in outputs)
    seen += (tmp_path / "records.json").read_text() + (tmp_path / "plan.ics").read_text()
    with psycopg.connect(plain) as connection:
        tables = [
            r[0] for r in connection.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        ]
        for table in tables:
            seen += "".join(str(row) for row in connection.execute(f'SELECT * FROM "{table}"'))
    assert "Harbor Analytics" in seen
    for form in _forms(PASSWORD):
        assert form not in seen


def test_the_debrief_kept_from_the_editor_is_yours_alone_and_follows_no_link(
    s01: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from followup.cli import debrief

    kept, victim = debrief.kept_path(), tmp_path / "victim.txt"
    assert kept.parent == s01.parent  # the data folder (700), not the shared temporary folder
    victim.write_text("not yours to overwrite")
    kept.symlink_to(victim)
    editor = tmp_path / "editor.py"
    editor.write_text("import sys\n")  # saves the debrief form as it was offered
    monkeypatch.setenv("EDITOR", f"{sys.executable} {editor}")
    assert invoke("debrief", "--edit", "--now", NOW).code == 0
    assert victim.read_text() == "not yours to overwrite"
    assert not kept.is_symlink() and mode(kept) == 0o600


def test_a_debrief_that_does_not_parse_waits_in_the_data_folder_and_comes_back(
    s01: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing typed is lost: the text stays in the data folder and `--from-file` takes it again."""
    editor = tmp_path / "editor.py"
    editor.write_text(
        "import re, sys\n"
        "path = sys.argv[1]\n"
        "text = open(path).read()\n"
        "text = text.replace('[takeaways]\\n', '[takeaways]\\n- small team, big mandate\\n')\n"
        "text = re.sub(r'(\\[self_rating\\][^\\n]*\\n)', r'\\1seven\\n', text)\n"
        "open(path, 'w').write(text)\n"
    )
    monkeypatch.setenv("EDITOR", f"{sys.executable} {editor}")
    before = state(s01)
    result = invoke("debrief", "--edit", "--now", NOW)
    kept = s01.parent / "debrief-draft.txt"
    assert result.code == 2 and f"your text is kept in {kept}" in result.err, result
    assert state(s01) == before
    assert "small team, big mandate" in kept.read_text() and mode(kept) == 0o600
    kept.write_text(kept.read_text().replace("seven", "4"))
    ok("debrief", "--from-file", str(kept), "--now", NOW)
    assert "small team, big mandate" in ok("export").out
