"""`draft`, `check FILE` and `check` read the application they act on, and nothing else of the others but
their stored summaries (what they give its plan: E-04 offers, W-PREP interviews, L-04) and their recorded
names (the spell checker accepts them, K15, issue 8). Issue 9: at 10,000 applications each read every
record.

The results are those of the full records: the same commands, run once more after the derived data is
marked outdated (the commands then read every record, as before the change), print the same and exit the
same. And the others' records are truly not read: with another application's rows made unreadable, a full
read fails while these commands still give the same answers.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import sys
from pathlib import Path

import pytest

from followup.services.workspace import Workspace
from tests.cli.conftest import Result, invoke, ok

NOW = ("--now", "2026-03-05T12:00")
TEXT = (
    "Subject: Thank you\n\nDear Dana,\n\nThank you for meeting me. Priya Raghunathan and Xiomara "
    "Quintanilla mentioned the team. I hope to recieve news soon.\n\nBest,\nAnn\n"
)


def _store(tmp_path: Path) -> tuple[str, Path]:
    """Three applications; Birch's offer makes Harbor's (a preferred employer's) EXC-OFFER step (E-04);
    each application's contact has a name the dictionary lacks."""
    db = tmp_path / "f.db"
    d = ("--db", str(db))
    ok(*d, "init", "--name", "Ann Lee", "--email", "ann@x.example", "--tz", "Europe/London")
    ok(*d, "interview", "add", "--company", "Harbor Analytics", "--position", "Analyst", "--start",
       "2026-03-02T10:00", "--preferred")  # fmt: skip
    ok(*d, "interview", "add", "--company", "Birch Labs", "--start", "2026-03-03T10:00")
    ok(*d, "interview", "add", "--company", "Cobalt Works", "--start", "2026-03-04T10:00")
    harbor = ("-a", "harbor-analytics")
    ok(*d, "person", "add", "Dana Kim", *harbor, "--hiring-manager", "--email", "d@h.example")
    ok(*d, "person", "add", "Priya Raghunathan", "-a", "birch-labs", "--hr", "--email", "p@b.example")
    ok(*d, "person", "add", "Xiomara Quintanilla", "-a", "cobalt-works", "--hr", "--email", "x@c.example")
    ok(*d, "debrief", "-a", "birch-labs", "--stumbled", "why us?", "--takeaway", "growing team", *NOW)
    ok(*d, "log", "offer", "-a", "birch-labs", "--at", "2026-03-05T10:00", "--now", "2026-03-05T11:00")
    text = tmp_path / "ty.txt"
    text.write_text(TEXT, encoding="utf-8")
    return str(db), text


def _commands(db: str, text: Path) -> list[tuple[str, ...]]:
    d, a = ("--db", db), ("-a", "harbor-analytics")
    return [
        (*d, "draft", "exc-offer", *a, *NOW),
        (*d, "draft", "exc-offer", *a, *NOW, "--json"),
        (*d, "draft", "ty", *a, "--person", "dana-kim", *NOW),
        (*d, "draft", "ty", "-a", "Harbor Analytics", "--person", "Dana Kim", *NOW, "--json"),
        (*d, "draft", "f1", *a, "--now", "2026-03-20T12:00"),  # later than everything recorded
        (*d, "check", str(text), *a, "--action", "TY", "--to", "dana-kim", *NOW),
        (*d, "check", str(text), *a, "--action", "EXC-OFFER", *NOW, "--json"),
        (*d, "check", str(text), *a, *NOW),
        (*d, "check", str(text), *NOW),  # no application named: the text alone, and every application's id
        (*d, "check", "send exc-offer to Dana by email", *a, *NOW, "--json"),
        (*d, "check", "send F1 to Dana by email", *a, *NOW),
    ]


def _run(commands: list[tuple[str, ...]]) -> list[tuple[int, str]]:
    results: list[Result] = [invoke(*args) for args in commands]
    return [(r.code, r.out) for r in results]


def _outdate_derived_data(db: str) -> None:
    """What an older followup's derived data looks like: the commands then read every record."""
    con = sqlite3.connect(db)
    with con:
        con.execute("UPDATE meta SET value = 'outdated' WHERE key LIKE 'agenda_version:%'")
    con.close()


def _scoped(db: str, at: dt.datetime) -> bool:
    with Workspace(f"sqlite:///{db}") as ws:
        reading = ws.read_scoped("harbor-analytics", at)
    return reading.shared is not None and [a.id for a in reading.records.applications] == ["harbor-analytics"]


def test_e04_k15_draft_and_check_from_one_application_equal_the_full_records(tmp_path: Path) -> None:
    db, text = _store(tmp_path)
    assert _scoped(db, dt.datetime(2026, 3, 5, 12, tzinfo=dt.UTC))
    scoped = _run(_commands(db, text))
    _outdate_derived_data(db)
    assert not _scoped(db, dt.datetime(2026, 3, 5, 12, tzinfo=dt.UTC))  # every record, as before issue 9
    full = _run(_commands(db, text))
    assert scoped == full
    codes = [code for code, _ in scoped]
    assert codes == [0, 0, 0, 0, 0, 3, 3, 3, 3, 0, 0]
    # E-04: the offer recorded in Birch Labs gives Harbor Analytics its EXC-OFFER step and the guard's DUE.
    assert "(email, step EXC-OFFER:e1)" in scoped[0][1]
    assert "I have since received an offer from another employer" in scoped[0][1]
    guard = ok("--db", db, "check", "send exc-offer to Dana by email", "-a", "harbor-analytics", *NOW)
    assert guard.out.splitlines()[0] == (
        "ALLOWED: EXC-OFFER to Dana Kim by email at Thu 05 Mar 12:00 (plan step EXC-OFFER:e1: DUE)"
    )
    # K15: the names recorded in the other applications are words; a misspelling is not.
    checked = scoped[5][1]
    assert "'recieve' is not in the dictionary." in checked
    assert "Raghunathan" not in checked.split("Findings")[0] and "'Raghunathan'" not in checked
    assert "'Quintanilla'" not in checked and "'Xiomara'" not in checked
    # No application named: the ids of every application, read without loading them.
    assert "add --application (one of harbor-analytics, birch-labs, cobalt-works)" in scoped[8][1]


def _make_unreadable(db: str, application_id: str) -> None:
    """Rows of ``application_id`` that fail to load (text where JSON or a moment is stored): reading them
    stops any command; only their names and the derived data stay readable."""
    con = sqlite3.connect(db)
    with con:
        con.execute("UPDATE applications SET drafts = '{not json' WHERE id = ?", (application_id,))
        where = "WHERE application_id = ?"
        con.execute(f"UPDATE people SET talking_points = '{{not json' {where}", (application_id,))
        con.execute(f"UPDATE interviews SET start = 'not a moment' {where}", (application_id,))
        con.execute(f"UPDATE events SET \"to\" = '{{not json' {where}", (application_id,))
    con.close()


def test_draft_and_check_never_read_the_other_applications_records(tmp_path: Path) -> None:
    db, text = _store(tmp_path)
    commands = _commands(db, text)[:4] + _commands(db, text)[5:8] + _commands(db, text)[9:]
    before = _run(commands)
    for other in ("birch-labs", "cobalt-works"):
        _make_unreadable(db, other)
    with Workspace(f"sqlite:///{db}") as ws, pytest.raises(json.JSONDecodeError):
        ws.read()  # a command reading every record fails on them
    assert _run(commands) == before
    assert [code for code, _ in before] == [0, 0, 0, 0, 3, 3, 3, 0, 0]


def test_a_moment_before_the_latest_record_reads_every_record(tmp_path: Path) -> None:
    """The summaries speak of everything recorded: a draft as of an earlier moment (before Birch's offer)
    must read the others as they stood then, so it reads every record, and says what it said then."""
    db, _ = _store(tmp_path)
    assert not _scoped(db, dt.datetime(2026, 3, 5, 9, tzinfo=dt.UTC))
    early = invoke("--db", db, "draft", "exc-offer", "-a", "harbor-analytics", "--now", "2026-03-05T09:00")
    assert early.code == 2
    assert early.err == (
        "followup: action: expected a message the plan of harbor-analytics has for Dana Kim "
        "(it has: TY:Dana Kim, LI:Dana Kim, FL:Dana Kim, F1) (got 'EXC-OFFER')\n"
    )


def test_k15_an_edit_and_an_eml_draft_never_read_the_other_applications_records(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--edit re-checks the text with every application's names (K15) and keeps it, --format eml writes
    the file and keeps the text: both with the other applications' records unreadable."""
    db, _ = _store(tmp_path)
    for other in ("birch-labs", "cobalt-works"):
        _make_unreadable(db, other)
    editor = tmp_path / "editor.py"
    editor.write_text(  # a stand-in for $EDITOR: the user adds a sentence naming Birch's contact
        "import sys\np = sys.argv[1]\ns = open(p).read().replace('Sincerely,', "
        "'Priya Raghunathan says I will recieve news.\\n\\nSincerely,')\nopen(p, 'w').write(s)\n"
    )
    monkeypatch.setenv("EDITOR", f"{sys.executable} {editor}")
    d, ty = ("--db", db), ("draft", "ty", "-a", "harbor-analytics", "--person", "dana-kim", *NOW)
    edited = ok(*d, *ty, "--edit", "--json").json()
    assert "Priya Raghunathan says I will recieve news." in edited["text"]
    spelling = [f["message"] for f in edited["findings"] if f["code"] == "W-PROOF"]
    assert spelling == ["'recieve' is not in the dictionary."]
    out = tmp_path / "dana.eml"
    written = ok(*d, *ty, "--format", "eml", "--out", str(out), "--json").json()
    assert written["edited"] is True and written["text"] == edited["text"]
    assert b"Priya Raghunathan says I will recieve news." in out.read_bytes()
