"""A write command reads the application it changes once, inside its write transaction: `person add`
finds the application by its id and company name alone (its records are read only to ask a question in a
terminal), and the save compares with the rows the transaction loaded instead of reading them again
(issue 9: a write at 100 applications within 30x of Python's start-up)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine

from tests.cli.conftest import ok


@pytest.fixture
def statements() -> Iterator[list[str]]:
    """Every SQL statement any engine runs while the test does (SQLAlchemy's own event hook)."""
    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        seen.append(" ".join(statement.split()))

    event.listen(Engine, "before_cursor_execute", record)
    yield seen
    event.remove(Engine, "before_cursor_execute", record)


def _store(tmp_path: Path) -> tuple[str, str]:
    db = str(tmp_path / "f.db")
    ok("--db", db, "init", "--name", "Ann Lee", "--email", "ann@x.example", "--tz", "Europe/London")
    ok("--db", db, "interview", "add", "--company", "Harbor Analytics", "--start", "2026-03-02T10:00")
    ok("--db", db, "interview", "add", "--company", "Birch Labs", "--start", "2026-03-03T10:00")
    ok("--db", db, "person", "add", "Dana Kim", "-a", "harbor-analytics", "--email", "d@h.example")
    return "--db", db


def _reads_of(table: str, statements: list[str]) -> list[int]:
    """Where the statements read one application's rows of ``table`` (not the search's own events)."""
    return [
        i
        for i, s in enumerate(statements)
        if s.startswith("SELECT") and f" FROM {table} " in s and f"{table}.application_id = ?" in s
    ]


def test_person_add_reads_the_application_once_inside_its_transaction(
    tmp_path: Path, statements: list[str]
) -> None:
    d = _store(tmp_path)
    statements.clear()
    done = ok(*d, "person", "add", "Luis Ortega", "-a", "Harbor Analytics", "--email", "l@h.example")
    assert done.out == "Added Luis Ortega as 'luis-ortega' to harbor-analytics.\n"
    begin = statements.index("BEGIN IMMEDIATE")
    for table in ("people", "interviews", "events"):
        assert [i > begin for i in _reads_of(table, statements)] == [True], table
    people = ok(*d, "person", "list", "-a", "harbor-analytics", "--json").json()
    assert [p["id"] for p in people] == ["dana-kim", "luis-ortega"]


def test_a_new_application_and_its_first_person_are_stored(tmp_path: Path) -> None:
    """The rows kept from a load stand in for the stored ones only for the application loaded: a new
    application's save reads (and finds nothing), so it and then its people are inserted."""
    d = _store(tmp_path)
    ok(*d, "interview", "add", "--company", "Cobalt Works", "--start", "2026-03-04T10:00")
    ok(*d, "person", "add", "Xi Chen", "-a", "cobalt-works", "--email", "x@c.example")
    listed = ok(*d, "list", "--json").json()
    assert [a["application"] for a in listed] == ["harbor-analytics", "birch-labs", "cobalt-works"]
    people = ok(*d, "person", "list", "-a", "cobalt-works", "--json").json()
    assert [p["id"] for p in people] == ["xi-chen"]
