"""The plan as a calendar: export to a file, or the bytes and ETag a subscription feed serves.

Each export remembers the SEQUENCE it gave every item (and a hash of its content) in the store, so the
next export raises SEQUENCE exactly for the items that changed: calendar apps then update instead of
duplicating.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from followup.calendars.ics_export import Exported, export_calendar
from followup.services.plans import plans
from followup.services.workspace import Workspace
from followup.store import repository


def export(
    ws: Workspace, now: dt.datetime, *, todos: bool = False, deliver: Callable[[bytes], None] | None = None
) -> Exported:
    """The calendar, its SEQUENCE numbers remembered for the next export. ``deliver`` (writing the file)
    runs before they are stored: when it fails, the store keeps the numbers it had."""
    records, views = plans(ws, now)
    if ws.missing:  # nothing stored yet: nothing to remember, and no database to create
        exported = export_calendar(records, views, now, {}, todos=todos)
        if deliver is not None:
            deliver(exported.data)
        return exported
    with ws.locked() as session:  # two exports at once: the second reads what the first stored
        previous = repository.load_calendar_sequences(session, ws.owner)
        exported = export_calendar(records, views, now, previous, todos=todos)
        if deliver is not None:
            deliver(exported.data)
        repository.save_calendar_sequences(session, ws.owner, {**previous, **exported.sequences})
    return exported


def feed(ws: Workspace, now: dt.datetime, if_none_match: str = "") -> tuple[bytes | None, str]:
    """What a feed URL answers: (the calendar, its ETag), or (None, ETag) when the client's copy is
    current (HTTP 304). Content type: ``text/calendar; charset=utf-8``."""
    exported = export(ws, now)
    if if_none_match and if_none_match == exported.etag:
        return None, exported.etag
    return exported.data, exported.etag
