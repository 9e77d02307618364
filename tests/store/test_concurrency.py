"""Commands at the same time, and commands that die half-way: no write is ever lost, doubled or half-made.

Five writer processes run the real CLI (``tests.store.writer``) against one store: on SQLite for its one
owner, on the fixture's PostgreSQL cluster for ten owners. Every command that reported success must be in
the store exactly once (or not at all, when an ``undo`` later took it back), every refusal must be one
line, and afterwards each owner's export must import back and take another write. The operation count is
the issue's 1,000 (``FOLLOWUP_CONCURRENCY_OPS`` changes it).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import multiprocessing
import os
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import psycopg
import pytest
from sqlalchemy import event
from sqlalchemy.engine import make_url

from followup.core.errors import StoreError
from followup.services.workspace import Change, Workspace
from followup.store.engine import open_store
from followup.store.repository import load_records
from tests.store import writer
from tests.support.postgres import PostgresCluster

WRITERS = 5
OPERATIONS = int(os.environ.get("FOLLOWUP_CONCURRENCY_OPS", "1000"))
ZONE = ZoneInfo("America/New_York")
ROOT = Path(__file__).resolve().parents[2]


def _role(url: str) -> str:
    """Whose records a server's connection reaches: the role it connects as (row-level security)."""
    with open_store(url) as store:
        return store.owner or ""


def _set_up(url: str, owners: list[str]) -> None:
    for owner in owners:
        for command in writer.setup_commands([]):
            code, out, err = writer.run([*writer.target(url, owner), *command])
            assert (code, err) == (0, ""), (command, out, err)


def _run_writers(url: str, owners: list[str], tmp_path: Path) -> tuple[list[dict[str, Any]], float]:
    """Five writer processes, ``OPERATIONS`` commands in all; every operation as it ended, and the time."""
    context = multiprocessing.get_context("spawn")  # a fresh interpreter: no engine or lock inherited
    reports = [tmp_path / f"writer-{n}.json" for n in range(WRITERS)]
    per_writer = [OPERATIONS // WRITERS + (n < OPERATIONS % WRITERS) for n in range(WRITERS)]
    started = time.perf_counter()
    processes = [
        context.Process(target=writer.run_writer, args=(url, n, per_writer[n], owners, 9, str(reports[n])))
        for n in range(WRITERS)
    ]
    for process in processes:
        process.start()
    for process in processes:
        process.join(timeout=600)
        assert process.exitcode == 0, f"a writer process ended with {process.exitcode}"
    elapsed = time.perf_counter() - started
    return [op for report in reports for op in json.loads(report.read_text())], elapsed


def _exported(url: str, owner: str) -> dict[str, Any]:
    code, out, err = writer.run([*writer.target(url, owner), "export"])
    assert (code, err) == (0, ""), err
    data: dict[str, Any] = json.loads(out)
    return data


def _app(data: dict[str, Any], app_id: str) -> dict[str, Any]:
    found: dict[str, Any] = next(app for app in data["applications"] if app["id"] == app_id)
    return found


def _instant(text_: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(text_)
    return moment if moment.tzinfo else moment.replace(tzinfo=ZONE)


def _verdict(operations: list[dict[str, Any]], url: str, owners: list[str]) -> dict[str, Any]:
    """Every operation checked against the store: how many succeeded, were refused, lost, doubled."""
    undone = {op["undone"] for op in operations if op["undone"]}
    lost: list[Any] = []
    doubled: list[Any] = []
    wrong: list[Any] = []
    exports = {owner: _exported(url, owner) for owner in owners}
    for op in operations:
        app = _app(exports[op["owner"]], op["app"])
        took_back = any(op["token"] in command or (op["at"] and op["at"] in command) for command in undone)
        found = _found(op, app)
        if found is None:
            continue  # an operation that overwrites: checked below
        expected = 1 if op["code"] == 0 and not took_back else 0
        if found > max(expected, 1) or (found > expected and op["code"] != 0):
            doubled.append((op["args"], found))
        elif found < expected:
            lost.append(op["args"])
    for owner, data in exports.items():
        for app_id in writer.APPS:
            app = _app(data, app_id)
            wrote = [op for op in operations if op["owner"] == owner and op["app"] == app_id]
            timelines = {op["token"] for op in wrote if op["kind"] == "timeline" and op["code"] == 0}
            if app["decision"]["stated_text"] not in timelines | {""}:
                wrong.append((owner, app_id, app["decision"]["stated_text"]))
            debriefs = {(op["token"],) for op in wrote if op["kind"] == "debrief" and op["code"] == 0}
            takeaways = tuple(app["interviews"][-1]["debrief"]["takeaways"])
            if takeaways not in debriefs | {()}:
                wrong.append((owner, app_id, takeaways))
            ids = [e["id"] for e in app["events"]]
            doubled += [(owner, app_id, "event id", i) for i, n in Counter(ids).items() if n > 1]
    refusals = [op for op in operations if op["code"] != 0]
    return {
        "operations": len(operations),
        "succeeded": len(operations) - len(refusals),
        "refused": len(refusals),
        "lost": lost,
        "doubled": doubled,
        "wrong": wrong,
        "not one line": [op for op in refusals if not _one_line(op)],
        "refusal kinds": Counter(op["err"].split(":")[1].strip()[:60] for op in refusals),
    }


def _found(op: dict[str, Any], app: dict[str, Any]) -> int | None:
    """How many times the store holds what ``op`` added (None: ``op`` overwrites, or is an undo)."""
    match op["kind"]:
        case "sent" | "reply":
            at = _instant(op["at"])
            return sum(1 for e in app["events"] if _instant(e["at"]) == at)
        case "person-add":
            return sum(1 for p in app["people"] if p["title"] == op["token"])
        case "person-edit":
            dana = next(p for p in app["people"] if p["id"] == writer.PERSON)
            return list(dana["talking_points"]).count(op["token"])
        case _:
            return None


def _one_line(op: dict[str, Any]) -> bool:
    lines = op["err"].splitlines()
    return op["code"] == 2 and op["out"] == "" and len(lines) == 1 and lines[0].startswith("followup: ")


def _still_works(url: str, owner: str, tmp_path: Path) -> None:
    """The owner is not wedged: their export imports back (--replace) unchanged, and a write succeeds."""
    before = _exported(url, owner)
    dump = tmp_path / f"export-{abs(hash(owner))}.json"
    dump.write_text(json.dumps(before), encoding="utf-8")
    who = writer.target(url, owner)
    code, _, err = writer.run([*who, "import", "--replace", str(dump)])
    assert (code, err) == (0, "Imported; the store now holds 2 application(s).\n"), err
    assert _exported(url, owner) == before
    code, _, err = writer.run(
        [*who, "person", "edit", writer.PERSON, "-a", "globex", "--talking-point", "afterwards"]
    )
    assert (code, err) == (0, ""), err
    dana = next(p for p in _app(_exported(url, owner), "globex")["people"] if p["id"] == writer.PERSON)
    assert dana["talking_points"][-1] == "afterwards"


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_five_writers_at_once_lose_nothing_double_nothing_and_refuse_in_one_line(
    backend: str,
    db_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    request: pytest.FixtureRequest,
) -> None:
    owners = [""]  # a SQLite file: its own owner
    if backend == "postgresql":  # ten people, each their own role (row-level security), on one database
        cluster: PostgresCluster = request.getfixturevalue("postgres_cluster")
        db_url = cluster.migrated_database()
        owners = [cluster.add_person(db_url).url for _ in range(10)]
    _set_up(db_url, owners)
    operations, elapsed = _run_writers(db_url, owners, tmp_path)
    verdict = _verdict(operations, db_url, owners)
    with capsys.disabled():
        shown = {k: (len(v) if isinstance(v, list) else v) for k, v in verdict.items()}
        sys.stdout.write(f"\n{backend}: {shown}, {elapsed:.1f} s\n")
    assert verdict["operations"] == OPERATIONS
    assert (verdict["lost"], verdict["doubled"], verdict["wrong"]) == ([], [], [])
    assert verdict["not one line"] == []
    for owner in owners:
        _still_works(db_url, owner, tmp_path)


def _holding(url: str, owner: str, how: str) -> subprocess.Popen[str]:
    """A process that holds ``owner``'s write transaction open, a change written in it (``writer._hold``)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.store.writer", how, url, owner],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline() == "locked\n"
    return process


def test_a_read_command_runs_while_another_process_holds_a_write_transaction(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'followup.db'}"
    _set_up(url, [""])
    listed = writer.run(["--db", url, "list"])
    with open_store(url) as store:
        owner = store.owner or ""
    holder = _holding(url, owner, "hold")
    try:
        started = time.perf_counter()
        during = [
            writer.run(["--db", url, *command])
            for command in (["list"], ["remind"], ["undo", "--list"], ["today"], ["plan"])
        ]
        waited = time.perf_counter() - started
    finally:
        holder.communicate("\n", timeout=60)
    assert during[0] == listed
    assert [code for code, _, _ in during] == [0, 0, 0, 0, 0]
    assert waited < 4  # no read waited for the writer (SQLite's busy timeout is 5 s)


def test_a_writer_waits_for_another_writer_instead_of_failing(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'followup.db'}"
    _set_up(url, [""])
    with open_store(url) as store:
        owner = store.owner or ""
    holder = _holding(url, owner, "hold")
    ended: list[tuple[int, str, str]] = []
    command = ["--db", url, "person", "edit", writer.PERSON, "-a", "globex", "--title", "CTO"]
    second = threading.Thread(target=lambda: ended.append(writer.run(command)))
    started = time.perf_counter()
    second.start()
    time.sleep(1)
    holder.communicate("\n", timeout=60)  # the first writer rolls back and lets go
    second.join(timeout=60)
    assert time.perf_counter() - started >= 1
    assert [(code, err) for code, _, err in ended] == [(0, "")]
    people = _app(_exported(url, ""), "globex")["people"]
    assert next(p for p in people if p["id"] == writer.PERSON)["title"] == "CTO"


def test_a_writer_killed_in_the_middle_of_its_transaction_leaves_nothing_behind(db_url: str) -> None:
    owner = ""  # the file's own owner, or on a server the role connected (row-level security)
    _set_up(db_url, [owner])
    with open_store(db_url) as store:
        owner = owner or store.owner or ""
        with store.read() as session:
            before = load_records(session, owner)
    holder = _holding(db_url, owner, "crash")
    holder.kill()  # SIGKILL: no rollback, no goodbye
    holder.wait(timeout=60)
    with open_store(db_url) as store, store.read() as session:
        assert load_records(session, owner) == before


@pytest.mark.postgres
def test_a_server_connection_cut_in_the_middle_of_a_write_leaves_no_partial_write(
    postgres_cluster: PostgresCluster,
) -> None:
    """The server ends a command's session (``pg_terminate_backend``) after its first write statement:
    the command fails in one line and the owner's records are exactly as before."""

    db_url = postgres_cluster.create_database()
    _set_up(db_url, [""])
    alex = _role(db_url)
    with Workspace(db_url) as ws:
        before = ws.read()
        writes: list[str] = []  # the write statements sent before the cut

        def cut_after_first_write(conn: Any, cursor: Any, statement: str, *_: Any) -> None:
            if writes or not statement.lstrip().upper().startswith(("UPDATE", "INSERT", "DELETE")):
                return
            writes.append(statement)
            victim = conn.connection.dbapi_connection.info.backend_pid
            admin = make_url(db_url).set(drivername="postgresql").render_as_string(hide_password=False)
            with psycopg.connect(admin, autocommit=True) as other:
                other.execute("SELECT pg_terminate_backend(%s)", (victim,))

        def cut_change(change: Change) -> None:
            app = change.app("harbor-analytics")
            people = tuple(p for p in app.people if p.id != writer.PERSON)
            change.put(dataclasses.replace(app, position="Lead Analyst", people=people, notes="half"))

        event.listen(ws.store.engine, "after_cursor_execute", cut_after_first_write)
        with pytest.raises(StoreError) as refused:
            _apply(ws, cut_change)
        event.remove(ws.store.engine, "after_cursor_execute", cut_after_first_write)
    assert len(writes) == 1  # the save had begun: its first statement was sent and done
    assert "\n" not in str(refused.value) and "terminat" in str(refused.value).lower()
    with open_store(db_url) as store, store.read() as session:
        assert load_records(session, alex) == before


def _apply(ws: Workspace, use_case: Callable[[Change], None]) -> None:
    with ws.transaction() as change:
        use_case(change)


def _title_change(change: Change) -> None:
    app = change.app("globex")
    dana = next(p for p in app.people if p.id == writer.PERSON)
    people = tuple(dataclasses.replace(p, title="CTO") if p is dana else p for p in app.people)
    change.put(dataclasses.replace(app, people=people))


@pytest.mark.postgres
def test_a_writer_that_loses_the_race_for_the_lock_tries_again_and_succeeds(
    postgres_cluster: PostgresCluster,
) -> None:
    """Another writer holds the owner's lock longer than one attempt waits: the next attempt gets it."""
    db_url = postgres_cluster.create_database()
    _set_up(db_url, [""])
    holder = _holding(db_url, _role(db_url), "hold")
    releaser = threading.Timer(0.5, lambda: holder.communicate("\n", timeout=60))
    with Workspace(db_url) as ws:
        ws.store.lock_timeout_ms = 300  # each attempt waits 0.3 s: the first fails, a later one succeeds
        releaser.start()
        started = time.perf_counter()
        _apply(ws, _title_change)
        waited = time.perf_counter() - started
        releaser.join()
        dana = next(p for p in ws.read().application("globex").people if p.id == writer.PERSON)  # type: ignore[union-attr]
    assert dana.title == "CTO"
    assert waited >= 0.5


@pytest.mark.postgres
def test_a_writer_that_never_gets_the_lock_is_refused_in_one_line_and_writes_nothing(
    postgres_cluster: PostgresCluster,
) -> None:
    db_url = postgres_cluster.create_database()
    _set_up(db_url, [""])
    holder = _holding(db_url, _role(db_url), "hold")
    try:
        with Workspace(db_url) as ws:
            before = ws.read()
            ws.store.lock_timeout_ms = 100
            with pytest.raises(StoreError) as refused:
                _apply(ws, _title_change)
    finally:
        holder.communicate("\n", timeout=60)
    assert str(refused.value).endswith("is busy with another followup command; try again in a moment")
    assert "\n" not in str(refused.value)
    with Workspace(db_url) as ws:
        assert ws.read() == before


def test_opening_a_store_keeps_the_locks_of_a_connection_open_in_the_same_process(tmp_path: Path) -> None:
    """Closing any descriptor of a SQLite file drops every POSIX lock the process holds on it. A long-lived
    process (the web app) opens stores while its other connections are open: if the check of the file
    used a descriptor of its own, the next process to close its last connection would find no other
    holder, checkpoint and delete the write-ahead log under the open connection (and corrupt the file
    when that connection writes). The log must survive while a connection is open."""
    db = tmp_path / "f.db"
    with open_store(f"sqlite:///{db}"):
        pass  # created, migrated, in WAL mode
    holder = sqlite3.connect(db)
    try:
        assert holder.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        holder.execute("SELECT count(*) FROM meta").fetchall()  # holds the file's shared lock from now on
        with open_store(f"sqlite:///{db}"):
            pass
        subprocess.run(
            [
                sys.executable,
                "-c",
                "import sqlite3, sys; sqlite3.connect(sys.argv[1]).execute('SELECT 1 FROM meta')",
                str(db),
            ],
            timeout=60,
            check=True,
        )
        assert db.with_name("f.db-wal").exists()
    finally:
        holder.close()
