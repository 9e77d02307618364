"""The stored derived data (agenda rows, summaries, `list`'s periods) always agrees with the records.

Every write replans the application it changes and, from the stored summaries, the others whose plans it
moves (E-04 offers reach preferred employers, W-PREP reads other applications' interviews, L-04 an
accepted offer ends the search everywhere). A long random sequence of real commands on a real SQLite
file must leave rows that `followup doctor --rebuild` does not change at all.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from pathlib import Path

import pytest

from followup.core.guard import Proposal, check
from followup.services.workspace import Workspace
from followup.workdays import calendars_for
from tests.cli.conftest import invoke, ok

DERIVED = ("agenda", "summaries", "summary_periods", "schedules")
COMPANIES = ("Harbor Analytics", "Birch Labs", "Cobalt Works", "Delta Foods")


def derived(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """The derived tables' rows (without row ids) and the meta marks, read-only."""
    con = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        found: dict[str, list[tuple[object, ...]]] = {}
        for table in DERIVED:
            columns = [r[1] for r in con.execute(f"PRAGMA table_info({table})") if r[1] != "row_id"]
            found[table] = sorted(con.execute(f"SELECT {', '.join(columns)} FROM {table}"), key=repr)
        found["meta"] = sorted(con.execute("SELECT key, value FROM meta WHERE key LIKE '%:%'"))
        return found
    finally:
        con.close()


def _step(rng: random.Random, db: str, apps: list[str], day: list[int]) -> None:
    """One random write command (it may be refused: refusals write nothing)."""
    day[0] += rng.choice((0, 1, 2))
    at = f"2026-03-{day[0]:02d}T{rng.randint(9, 16):02d}:{rng.choice((0, 15, 30)):02d}"
    now = ("--now", "2026-04-30T12:00")
    app = rng.choice(apps) if apps else None
    choice = rng.randrange(13)
    if choice == 0 or not apps:
        company = rng.choice(COMPANIES)
        extra = ["--preferred"] if rng.random() < 0.5 else []
        result = invoke("--db", db, "interview", "add", "--company", company, "--start", at, *extra, "--json")
        if result.code == 0 and result.json()["application"] not in apps:
            apps.append(result.json()["application"])
        return
    a = ("-a", app or "")
    commands: list[tuple[str, ...]] = [
        (),
        ("person", "add", rng.choice(("Dana Kim", "Luis Ortega", "Mei Chen")), "--email", "p@x.example", *a),
        ("debrief", "--stumbled", "why us?", "--takeaway", "growing team", *a, *now),
        ("debrief", "answer", "1", "a better answer", *a, *now),
        ("log", "offer", "--deadline", "2026-05-20", "--at", at, *a, *now),
        ("log", "rejection", "--at", at, *a, *now),
        ("log", "accept", "--at", at, *a, *now),
        ("log", "competing-offer", "--company", "Elsewhere Inc", "--at", at, *now),
        ("interview", "add", "--start", at, *a),
        ("application", "archive", app or ""),
        ("application", "unarchive", app or ""),
        ("application", "remove", app or "", "--yes"),
        ("undo",),
    ]
    args = commands[choice]
    result = invoke("--db", db, *args)
    if args[:2] == ("application", "remove") and result.code == 0:
        apps.remove(app or "")
    if args == ("undo",) and result.code == 0:
        listed = invoke("--db", db, "list", "--all", "--json")
        apps[:] = [row["application"] for row in listed.json()] if listed.code == 0 else apps


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_rebuild_changes_nothing_after_a_random_sequence_of_writes(tmp_path: Path, seed: int) -> None:
    db = tmp_path / "f.db"
    ok("--db", str(db), "init", "--name", "Ann Lee", "--email", "ann@x.example", "--tz", "Europe/London")
    rng = random.Random(seed)
    apps: list[str] = []
    day = [2]
    for _ in range(45):
        _step(rng, str(db), apps, day)
        if day[0] > 27:
            day[0] = 27
    stored = derived(db)
    assert stored["summaries"], "the sequence made applications"
    checked = ok("--db", str(db), "doctor", "--json")
    assert checked.json()["agrees"] is True, checked
    ok("--db", str(db), "doctor", "--rebuild")
    assert derived(db) == stored


def test_doctor_in_a_new_store_finds_nothing_out_of_date(tmp_path: Path) -> None:
    db = tmp_path / "f.db"
    ok("--db", str(db), "init", "--name", "Ann Lee", "--email", "ann@x.example", "--tz", "Europe/London")
    assert ok("--db", str(db), "doctor").out == (
        "The stored plans agree with your records: 0 applications, 0 agenda rows, 0 summaries, "
        "0 list periods, 0 schedules.\n"
    )


def test_doctor_names_what_is_out_of_date_and_rebuild_mends_it(tmp_path: Path) -> None:
    db = tmp_path / "f.db"
    ok("--db", str(db), "init", "--name", "Ann Lee", "--email", "ann@x.example", "--tz", "Europe/London")
    ok("--db", str(db), "interview", "add", "--company", "Harbor", "--start", "2026-03-02T10:00")
    before = derived(db)
    con = sqlite3.connect(db)
    with con:
        con.execute("DELETE FROM summary_periods")
        spoiled = con.execute("UPDATE agenda SET reason = 'stale' WHERE step_key = 'DB'").rowcount
        con.execute("UPDATE schedules SET sheet = replace(sheet, 'Write the debrief', 'Stale')")
    con.close()
    assert spoiled == 3  # the debrief's DUE row and its OVERDUE rows
    checked = ok("--db", str(db), "doctor")
    periods = len(before["summary_periods"])
    assert checked.out == (
        "The stored plans differ from your records (1 application): "
        f"{2 * spoiled} agenda rows, {periods} list periods, 2 schedules out of date. "
        "`followup doctor --rebuild` makes them again.\n"
    )
    mended = ok("--db", str(db), "doctor", "--rebuild", "--json").json()
    assert mended["rebuilt"] is True
    assert mended["tables"]["summary_periods"] == {"stored": 0, "from_records": periods, "differing": periods}
    assert mended["tables"]["schedules"] == {"stored": 1, "from_records": 1, "differing": 2}
    assert derived(db) == before
    again = ok("--db", str(db), "doctor").out
    assert again.startswith("The stored plans agree with your records: 1 application, ")


def _codes(db: Path, application: str, step: str) -> list[str]:
    con = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        query = "SELECT codes FROM agenda WHERE application_id = ? AND step_key = ? ORDER BY starts_at"
        return [row[0] for row in con.execute(query, (application, step))]
    finally:
        con.close()


def _two_applications(db: Path, *, preferred: bool = False) -> None:
    ok("--db", str(db), "init", "--name", "Ann Lee", "--email", "ann@x.example", "--tz", "Europe/London")
    extra = ["--preferred"] if preferred else []
    ok("--db", str(db), "interview", "add", "--company", "Harbor", "--start", "2026-03-02T10:00", *extra)
    ok("--db", str(db), "interview", "add", "--company", "Birch", "--start", "2026-03-03T10:00")


def test_l01_an_interview_added_elsewhere_marks_open_answers_w_prep(tmp_path: Path) -> None:
    db = tmp_path / "f.db"
    ok("--db", str(db), "init", "--name", "Ann Lee", "--email", "ann@x.example", "--tz", "Europe/London")
    ok("--db", str(db), "interview", "add", "--company", "Harbor", "--start", "2026-03-02T10:00")
    ok("--db", str(db), "interview", "add", "--company", "Birch", "--start", "2026-02-20T10:00")
    now = ("--now", "2026-03-02T12:00")
    ok("--db", str(db), "debrief", "-a", "harbor", "--stumbled", "why us?", "--takeaway", "growing", *now)
    assert _codes(db, "harbor", "ANSWER-1") == ["", ""]
    ok("--db", str(db), "interview", "add", "-a", "birch", "--start", "2026-03-04T10:00")
    assert _codes(db, "harbor", "ANSWER-1") == ["W-PREP", "W-PREP"]  # replanned from Birch's summary
    assert ok("--db", str(db), "doctor", "--json").json()["agrees"] is True


def test_e04_an_offer_elsewhere_reaches_the_preferred_employer(tmp_path: Path) -> None:
    db = tmp_path / "f.db"
    _two_applications(db, preferred=True)
    assert _codes(db, "harbor", "EXC-OFFER:e1") == []
    ok(
        "--db",
        str(db),
        "log",
        "offer",
        "-a",
        "birch",
        "--at",
        "2026-03-05T10:00",
        "--now",
        "2026-03-05T11:00",
    )
    assert len(_codes(db, "harbor", "EXC-OFFER:e1")) >= 1
    ok("--db", str(db), "undo")
    assert _codes(db, "harbor", "EXC-OFFER:e1") == []
    assert ok("--db", str(db), "doctor", "--json").json()["agrees"] is True


def test_e04_the_guard_from_the_others_summaries_gives_the_full_verdict(tmp_path: Path) -> None:
    """`log sent` loads only its application and gives the guard what the others mean for its plan from
    their stored summaries: an offer elsewhere (E-04) makes the preferred employer's exception a DUE
    step, exactly as the guard finds it reading every record."""
    db = tmp_path / "f.db"
    _two_applications(db, preferred=True)
    ok("--db", str(db), "person", "add", "Dana Kim", "-a", "harbor", "--hr", "--email", "dana@harbor.example")
    ok(
        "--db",
        str(db),
        "log",
        "offer",
        "-a",
        "birch",
        "--at",
        "2026-03-05T10:00",
        "--now",
        "2026-03-05T11:00",
    )
    at = dt.datetime(2026, 3, 5, 12, tzinfo=dt.UTC)
    proposal = Proposal(action="EXC-OFFER", to=("dana-kim",), channel="email", at=at, after_the_fact=True)
    with Workspace(f"sqlite:///{db}") as ws:
        everything = ws.read()
        harbor = everything.application("harbor")
        assert harbor is not None
        full = check(everything, "harbor", proposal, calendars_for(everything, [harbor]), at)
        with ws.transaction() as change:
            app = change.app("harbor")
            shared = change.shared_for(app, at)
            assert shared is not None
            scoped = check(change.known, "harbor", proposal, calendars_for(change.known, [app]), at, shared)
            assert [a.id for a in change.known.applications] == ["harbor"]  # Birch was never read
            earlier = change.shared_for(app, at - dt.timedelta(hours=3))  # before the offer was recorded
            assert earlier is None
    assert (full.step, full.state) == ("EXC-OFFER:e1", "DUE")
    assert scoped == full
    logged = ok(
        "--db",
        str(db),
        "log",
        "sent",
        "exc-offer",
        "--to",
        "dana-kim",
        "-a",
        "harbor",
        "--at",
        "2026-03-05T12:00",
        "--now",
        "2026-03-05T12:30",
        "--json",
    ).json()
    assert (logged["kind"], logged["overridden"], logged["findings"]) == ("EXC-OFFER", [], [])
    assert ok("--db", str(db), "doctor", "--json").json()["agrees"] is True
