"""A save writes only what changed: the statements it sends to the real database are counted.

Unchanged rows are never deleted and inserted again (two commands doing that at once for one owner
once stored one event twice and lost another); a changed row is one UPDATE, a new one one INSERT, a
removed one one DELETE, and list order survives all of them. Every test runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event, select

from followup.core.model import Records
from followup.store.engine import Store
from followup.store.repository import (
    load_agenda,
    load_records,
    replace_agenda,
    save_application,
    save_records,
)
from followup.store.tables import events
from tests.support.sample import agenda_row, full_records

OWNER = "alex"
WRITE = re.compile(r"^\s*(INSERT INTO|UPDATE|DELETE FROM) (\w+)", re.IGNORECASE)


@contextmanager
def writes(store: Store) -> Iterator[list[tuple[str, str]]]:
    """The (verb, table) of every write statement sent to the database inside the block."""
    seen: list[tuple[str, str]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, many: bool) -> None:
        found = WRITE.match(statement)
        if found:
            rows = len(parameters) if many and isinstance(parameters, list | tuple) else 1
            seen.extend([(found.group(1).split()[0].upper(), found.group(2))] * rows)

    event.listen(store.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(store.engine, "before_cursor_execute", record)


def _saved(store: Store) -> Records:
    records = full_records()
    with store.transaction() as session:
        save_records(session, OWNER, records)
    return records


def test_saving_records_that_did_not_change_writes_nothing(store: Store) -> None:
    records = _saved(store)
    with writes(store) as seen, store.transaction() as session:
        save_records(session, OWNER, records)
        for app in records.applications:
            save_application(session, OWNER, app)
    assert seen == []


def test_one_changed_person_is_one_update_and_an_added_event_one_insert(store: Store) -> None:
    records = _saved(store)
    app = records.applications[0]
    person = dataclasses.replace(app.people[0], title="Chief Analyst")
    extra = dataclasses.replace(app.events[-1], id="e-extra")
    changed = dataclasses.replace(app, people=(person, *app.people[1:]), events=(*app.events, extra))
    with writes(store) as seen, store.transaction() as session:
        save_application(session, OWNER, changed)
    assert sorted(seen) == [("INSERT", "events"), ("UPDATE", "people")]
    with store.read() as session:
        assert load_records(session, OWNER).applications[0] == changed


def test_events_keep_their_rows_when_one_is_removed_and_the_others_reordered(store: Store) -> None:
    records = _saved(store)
    app = next(a for a in records.applications if len(a.events) >= 2)
    with store.read() as session:
        rows_before = dict(
            session.execute(
                select(events.c.id, events.c.row_id).where(
                    events.c.owner == OWNER, events.c.application_id == app.id
                )
            ).all()
        )
    kept = (*reversed(app.events[1:]), app.events[0])
    dropped = dataclasses.replace(app, events=kept[1:])
    with writes(store) as seen, store.transaction() as session:
        save_application(session, OWNER, dropped)
    assert ("DELETE", "events") in seen and ("INSERT", "events") not in seen
    with store.read() as session:
        assert load_records(session, OWNER).application(app.id) == dropped
        rows_after = dict(
            session.execute(
                select(events.c.id, events.c.row_id).where(
                    events.c.owner == OWNER, events.c.application_id == app.id
                )
            ).all()
        )
    assert rows_after == {e.id: rows_before[e.id] for e in dropped.events}  # the same rows, updated


def test_an_agenda_unchanged_is_left_alone_and_a_new_last_step_is_one_insert(store: Store) -> None:
    _saved(store)
    rows = [agenda_row("acme", "TY:p2", 1_000, 2_000), agenda_row("acme", "F1", 5_000, 9_000)]
    with store.transaction() as session:
        replace_agenda(session, OWNER, "acme", rows)
    with writes(store) as seen, store.transaction() as session:
        replace_agenda(session, OWNER, "acme", rows)
    assert seen == []
    more = [*rows, agenda_row("acme", "F2", 9_000, 12_000)]
    with writes(store) as seen, store.transaction() as session:
        replace_agenda(session, OWNER, "acme", more)
    assert seen == [("INSERT", "agenda")]
    moved = [more[2], more[0], dataclasses.replace(more[1], label="changed")]
    with store.transaction() as session:
        replace_agenda(session, OWNER, "acme", moved)
    with store.read() as session:
        assert load_agenda(session, OWNER) == moved
