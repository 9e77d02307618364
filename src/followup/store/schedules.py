"""Reading and writing each application's stored sheet (``core.plan.sheet``), the derived data the fast
`followup plan APP` reads (``cli.schedules``; table ``schedules``, migration 0009).

Like ``summaries``, every function takes a ``Connection`` and an ``owner``, filters by the owner and never
commits. The sheet is stored as compact JSON text of our own making, so the fast path reads it with the
standard library's ``json`` whatever the backend.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from followup.store.tables import schedules


def replace_schedule(session: Connection, owner: str, application_id: str, sheet: dict[str, Any]) -> None:
    """Store ``sheet`` as the schedule of one application: the stored row changed in place, or a new one."""
    text = json.dumps(sheet, ensure_ascii=False, separators=(",", ":"))
    mine = (schedules.c.owner == owner, schedules.c.application_id == application_id)
    if session.execute(update(schedules).where(*mine).values(sheet=text)).rowcount == 0:
        session.execute(insert(schedules).values(owner=owner, application_id=application_id, sheet=text))


def delete_schedule(session: Connection, owner: str, application_id: str) -> None:
    session.execute(
        delete(schedules).where(schedules.c.owner == owner, schedules.c.application_id == application_id)
    )


def stored_rows(session: Connection, owner: str) -> list[tuple[Any, ...]]:
    """Every stored sheet of ``owner`` as (application id, sheet text), in a fixed order: what `followup
    doctor` compares with the sheets the records give."""
    query = select(schedules.c.application_id, schedules.c.sheet).where(schedules.c.owner == owner)
    return sorted(tuple(row) for row in session.execute(query))
