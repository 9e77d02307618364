"""Making stored rows equal the rows wanted with the fewest statements: UPDATE what changed, INSERT what
is new, DELETE only what went away, and leave alone every row that is already right.

A save used to delete an application's rows and insert them again. Two commands doing that at once for
one owner on PostgreSQL could each delete the other's fresh rows, or both insert theirs, and the owner
was left with an event stored twice and another lost. Writing only the difference keeps every unchanged
row where it is, so a save touches (and locks) only the rows it means to change.

Rows are matched by their identity, never by their position: ``identity`` gives each row's key (a
person's id, an agenda row's step key) and ``occurrence`` numbers repeated keys in order, so even a
list that repeats an id is matched one for one. Values are compared as the database hands them back
(aware UTC datetimes, JSON lists), which is how ``mapping`` builds them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Mapping, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Connection, Table, and_, delete, insert, update

__all__ = ["Identity", "occurrence", "sync_ordered", "sync_rows", "write_one"]

Row = Mapping[Any, Any]  # a RowMapping as the database returns it, or the values to write
Identity = Callable[[Row], Hashable]


def occurrence(rows: Sequence[Row], identity: Identity) -> list[tuple[Hashable, int]]:
    """Each row's key: its identity, and how many earlier rows share it (0 for the first)."""
    seen: Counter[Hashable] = Counter()
    keys = []
    for row in rows:
        key = identity(row)
        keys.append((key, seen[key]))
        seen[key] += 1
    return keys


def sync_rows(
    session: Connection,
    table: Table,
    stored: Sequence[Row],
    wanted: Sequence[dict[str, Any]],
    identity: Identity,
) -> None:
    """Make ``stored`` (the rows now in ``table``, in their order) equal ``wanted``, matched by identity;
    the order is held by the rows' own ``ordinal`` column, so a row that moved is updated in place."""
    stored_by_key = dict(zip(occurrence(stored, identity), stored, strict=True))
    new = []
    for key, values in zip(occurrence(wanted, identity), wanted, strict=True):
        old = stored_by_key.pop(key, None)
        if old is None:
            new.append(values)
        else:
            _update(session, table, old, values)
    _delete(session, table, stored_by_key.values())
    if new:
        session.execute(insert(table), new)


def sync_ordered(
    session: Connection,
    table: Table,
    stored: Sequence[Row],
    wanted: Sequence[dict[str, Any]],
    identity: Identity,
) -> None:
    """As ``sync_rows`` for a table without an ordinal, whose order is that of its autoincremented
    ``row_id`` (the agenda): rows are kept in place as long as they come in the same order; from the
    first row out of place on, the stored rows are deleted and the wanted ones inserted after."""
    wanted_keys = occurrence(wanted, identity)
    still_wanted = set(wanted_keys)
    kept = [
        (key, row)
        for key, row in zip(occurrence(stored, identity), stored, strict=True)
        if key in still_wanted
    ]
    same = 0
    while same < min(len(kept), len(wanted)) and kept[same][0] == wanted_keys[same]:
        same += 1
    for (_, old), values in zip(kept[:same], wanted[:same], strict=True):
        _update(session, table, old, values)
    in_place = {id(row) for _, row in kept[:same]}
    _delete(session, table, [row for row in stored if id(row) not in in_place])
    if wanted[same:]:
        session.execute(insert(table), list(wanted[same:]))


def write_one(session: Connection, table: Table, stored: Row | None, values: dict[str, Any]) -> None:
    """Insert one row, or update the columns of ``stored`` that differ from ``values``."""
    if stored is None:
        session.execute(insert(table).values(values))
    else:
        _update(session, table, stored, values)


def _update(session: Connection, table: Table, old: Row, values: Mapping[str, Any]) -> None:
    changed = {name: value for name, value in values.items() if old[name] != value}
    if changed:
        session.execute(update(table).where(_key_of(table, old)).values(changed))


def _delete(session: Connection, table: Table, rows: Sequence[Row] | Any) -> None:
    for row in rows:
        session.execute(delete(table).where(_key_of(table, row)))


def _key_of(table: Table, row: Row) -> ColumnElement[bool]:
    return and_(*(column == row[column.name] for column in table.primary_key.columns))
