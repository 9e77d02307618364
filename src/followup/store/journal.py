"""The undo journal's rows (``tables.journal``): add one, read an owner's, mark some undone, prune.

Each row holds what one write command changed, as it was before the command ran; ``services.journal``
decides what goes in and how it is put back. Like the repository, every statement filters by ``owner``
and the caller owns the transaction (``session``: a Core ``Connection``), so a row is written in the
same transaction as the change it describes: a crash never leaves one without the other.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from followup.store.tables import journal as journal_table

__all__ = ["KEEP", "JournalEntry", "add_entry", "load_entries", "mark_undone"]

KEEP = 100  # entries kept per owner; older ones can no longer be undone


@dataclass(frozen=True)
class JournalEntry:
    """One stored row: when the command ran, what was typed, and the earlier state of what it changed."""

    row_id: int
    at: dt.datetime
    command: str
    undone_at: dt.datetime | None
    changes: dict[str, Any]


def add_entry(
    session: Connection, owner: str, at: dt.datetime, command: str, changes: dict[str, Any]
) -> None:
    """Append an entry, then drop ``owner``'s entries beyond the newest ``KEEP``."""
    session.execute(insert(journal_table).values(owner=owner, at=at, command=command, changes=changes))
    newest = session.scalars(
        select(journal_table.c.row_id)
        .where(journal_table.c.owner == owner)
        .order_by(journal_table.c.row_id.desc())
        .offset(KEEP - 1)
        .limit(1)
    ).first()
    if newest is not None:
        session.execute(
            delete(journal_table).where(journal_table.c.owner == owner, journal_table.c.row_id < newest)
        )


def load_entries(session: Connection, owner: str) -> list[JournalEntry]:
    """``owner``'s entries, oldest first (by ``row_id``)."""
    rows = session.execute(
        select(
            journal_table.c.row_id,
            journal_table.c.at,
            journal_table.c.command,
            journal_table.c.undone_at,
            journal_table.c.changes,
        )
        .where(journal_table.c.owner == owner)
        .order_by(journal_table.c.row_id)
    ).all()
    return [JournalEntry(*row) for row in rows]


def mark_undone(session: Connection, owner: str, row_ids: Collection[int], at: dt.datetime) -> None:
    session.execute(
        update(journal_table)
        .where(journal_table.c.owner == owner, journal_table.c.row_id.in_(list(row_ids)))
        .values(undone_at=at)
    )
