"""Running the real `followup` program: in-process through ``followup.cli.entry.main`` and as a subprocess.

Every test runs with ``FOLLOWUP_HOME`` pointing at its own ``tmp_path`` and a fixed ``FOLLOWUP_USER``, so
nothing touches the real user data directory. ``flow`` builds, once for the package, a database by
running the "done when" commands of the brief (profile, an in-person panel interview on Tue 24 Nov 2026,
two days before Thanksgiving, HR contact, debrief, timeline, three thank-you notes); ``populated`` gives
each test its own copy of that file as ``$FOLLOWUP_HOME/followup.db``.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from followup.cli import entry

USER = "cli-tester"
TZ = "America/New_York"
APP = "harbor-analytics"
SCENARIOS = Path(__file__).parent.parent / "scenarios"
CONSOLE_SCRIPT = Path(sys.executable).with_name("followup")


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)

    @property
    def err_lines(self) -> list[str]:
        return self.err.splitlines()


LOGGED_AFTER = "2027-06-30T12:00"


def invoke(*args: str, stdin: str = "") -> Result:
    """``followup ARGS`` in this process: exit status, standard output and standard error.

    Standard input is a non-terminal stream (``stdin``), so no command ever prompts. A SystemExit from
    anywhere would be turned into its status (entry.main returns statuses; a test checks that).
    """
    if args[:1] == ("log",) and "--at" in args and "--now" not in args:
        # These tests record history after the fact: the clock reads a moment after every event they log
        # (a logged event may not lie in the future, services.events.log_event).
        args = (*args, "--now", LOGGED_AFTER)
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin.encode()), encoding="utf-8")  # with .buffer, as a real one
    try:
        with redirect_stdout(out), redirect_stderr(err):
            try:
                code = entry.main(list(args))
            except SystemExit as done:
                code = done.code if isinstance(done.code, int) else 1
    finally:
        sys.stdin = saved
    return Result(code, out.getvalue(), err.getvalue())


def ok(*args: str, stdin: str = "") -> Result:
    """``invoke`` that must succeed with nothing on standard error."""
    result = invoke(*args, stdin=stdin)
    assert (result.code, result.err) == (0, ""), f"followup {' '.join(args)}: {result}"
    return result


def run_script(*args: str, home: Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """The installed console script in a real subprocess (standard input is not a terminal)."""
    env = {k: v for k, v in os.environ.items() if k != "FOLLOWUP_DB"}
    env |= {"FOLLOWUP_HOME": str(home), "FOLLOWUP_USER": USER}
    return subprocess.run(
        [str(CONSOLE_SCRIPT), *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def dump(db: Path) -> str:
    """Every table and row of a SQLite database (read-only): its whole logical content."""
    con = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return "\n".join(con.iterdump())
    finally:
        con.close()


def state(db: Path) -> tuple[str, str]:
    """What a failed command must leave alone: the export and the SQL dump (agenda and meta included)."""
    return ok("--db", str(db), "export").out, dump(db)


def assert_one_line_error(result: Result, *fragments: str, code: int = 2) -> None:
    """Exit status ``code``, nothing on stdout, exactly one `followup: ...` line on stderr, no traceback."""
    assert result.code == code, result
    assert result.out == ""
    assert len(result.err_lines) == 1 and result.err.endswith("\n"), result.err
    assert result.err.startswith("followup: "), result.err
    for fragment in fragments:
        assert fragment in result.err, (fragment, result.err)


# --- the "done when" flow, built once ------------------------------------------------------------------

FLOW: list[tuple[str, list[str]]] = [
    (
        "init",
        [
            "init",
            "--name",
            "Alex Morgan",
            "--email",
            "alex.morgan@example.com",
            "--phone",
            "+1 617 555 0100",
            "--address",
            "12 Beacon St, Boston, MA 02108",
            "--tz",
            TZ,
            "--country",
            "US",
            "--json",
        ],
    ),
    (
        "interview",
        [
            "interview",
            "add",
            "--company",
            "Harbor Analytics",
            "--position",
            "Marketing Analyst",
            "--start",
            "2026-11-24T10:00",
            "--end",
            "2026-11-24T11:30",
            "--format",
            "in_person",
            "--json",
        ],
    ),
    (
        "dana",
        [
            "person",
            "add",
            "Dana Kim",
            "--hiring-manager",
            "--title",
            "Director of Marketing",
            "--email",
            "dana.kim@harbor.example",
            "--talking-point",
            "attribution dashboards",
            "--json",
        ],
    ),
    (
        "luis",
        [
            "person",
            "add",
            "Luis Ortega",
            "--title",
            "Senior Analyst",
            "--email",
            "luis.ortega@harbor.example",
            "--talking-point",
            "SQL style guide",
        ],
    ),
    (
        "mei",
        [
            "person",
            "add",
            "Mei Chen",
            "--title",
            "Product Manager",
            "--email",
            "mei.chen@harbor.example",
            "--talking-point",
            "pricing experiments",
        ],
    ),
    (
        "priya",
        [
            "person",
            "add",
            "Priya Shah",
            "--hr",
            "--main-contact",
            "--designated",
            "--title",
            "Recruiter",
            "--email",
            "priya.shah@harbor.example",
            "--json",
        ],
    ),
    (
        "debrief",
        [
            "debrief",
            "--takeaway",
            "the data team is growing",
            "--concern",
            "on-call rotation",
            "--excitement",
            "new attribution platform",
            "--team-fit",
            "yes",
            "--open-question",
            "how many remote days?",
            "--went-well",
            "SQL exercise",
            "--to-improve",
            "pricing case (practice)",
            "--no-stumbles",
            "--rating",
            "4",
            "--fit",
            "I built the dashboards they need",
            "--emphasized",
            "stakeholder communication",
            "--now",
            "2026-11-24T12:00",
            "--json",
        ],
    ),
    ("timeline", ["timeline", "we will decide within two weeks", "--json"]),
    ("ty-dana", ["log", "sent", "TY", "--to", "Dana", "--at", "2026-11-24T15:00", "--json"]),
    ("ty-luis", ["log", "sent", "TY", "--to", "luis-ortega", "--at", "2026-11-24T15:05"]),
    ("ty-mei", ["log", "sent", "TY", "--to", "Mei Chen", "--at", "2026-11-24T15:10"]),
]


@dataclass(frozen=True)
class Flow:
    db: Path
    results: dict[str, Result]


@pytest.fixture(scope="package")
def flow(tmp_path_factory: pytest.TempPathFactory) -> Flow:
    home = tmp_path_factory.mktemp("flow")
    results: dict[str, Result] = {}
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("FOLLOWUP_DB", raising=False)
        patch.setenv("FOLLOWUP_HOME", str(home))
        patch.setenv("FOLLOWUP_USER", USER)
        for name, args in FLOW:
            results[name] = invoke(*args)
    db = home / "followup.db"
    assert not db.with_name(db.name + "-wal").exists()  # every connection closed: the file is complete
    return Flow(db, results)


@pytest.fixture(autouse=True)
def _environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("FOLLOWUP_DB", raising=False)
    monkeypatch.setenv("FOLLOWUP_HOME", str(tmp_path))
    monkeypatch.setenv("FOLLOWUP_USER", USER)


@pytest.fixture
def populated(flow: Flow, tmp_path: Path) -> Path:
    """This test's own copy of the flow's database, at the default place ($FOLLOWUP_HOME/followup.db)."""
    for name, result in flow.results.items():
        assert result.code == 0, (name, result)
    db = tmp_path / "followup.db"
    shutil.copy(flow.db, db)  # with its mode: the flow made it private (600)
    return db
