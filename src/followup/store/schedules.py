"""Reading and writing each application's stored sheet (``core.plan.sheet``), the derived data the fast
`followup plan APP` reads (``cli.schedules``; table ``schedules``, migration 0009).

Like ``summaries``, every function takes a ``Session`` and an ``owner``, filters by the owner and never
commits. The sheet is stored as compact JSON text of our own making, so the fast path reads it with the
standard library's ``json`` whatever the backend.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from followup.store.tables import ScheduleRow


def replace_schedule(session: Session, owner: str, application_id: str, sheet: dict[str, Any]) -> None:
    """Store ``sheet`` as the schedule of one application, in place of the one stored."""
    delete_schedule(session, owner, application_id)
    text = json.dumps(sheet, ensure_ascii=False, separators=(",", ":"))
    session.execute(insert(ScheduleRow).values(owner=owner, application_id=application_id, sheet=text))


def delete_schedule(session: Session, owner: str, application_id: str) -> None:
    session.execute(
        delete(ScheduleRow).where(ScheduleRow.owner == owner, ScheduleRow.application_id == application_id),
        execution_options={"synchronize_session": False},
    )


def stored_rows(session: Session, owner: str) -> list[tuple[Any, ...]]:
    """Every stored sheet of ``owner`` as (application id, sheet text), in a fixed order: what `followup
    doctor` compares with the sheets the records give."""
    query = select(ScheduleRow.application_id, ScheduleRow.sheet).where(ScheduleRow.owner == owner)
    return sorted(tuple(row) for row in session.execute(query))
