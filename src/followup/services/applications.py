"""Putting an application away, bringing it back, or deleting it.

An archived application keeps every record (people, interviews, events, drafts) but leaves the daily
views: `followup today` (its agenda rows are emptied, ``workspace.replan``), `followup list` unless
``--all``, `followup plan` unless it is named, and the calendar export (``plans.plans``). Its events still
count where they reach other applications (an offer it received, E-04). Removing deletes it with
everything that belongs to it; `followup undo` brings it back.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from followup.core.errors import InvalidInput
from followup.core.model import Application
from followup.services.workspace import Workspace


def archive(ws: Workspace, application_id: str, at: dt.datetime) -> Application:
    with ws.transaction() as change:
        app = change.app(application_id)
        if app.archived_at is not None:
            raise InvalidInput(
                "APP",
                f"an application that is not archived ({app.id} was archived on {app.archived_at:%Y-%m-%d})",
            )
        app = dataclasses.replace(app, archived_at=at.astimezone(dt.UTC))
        change.put(app)
    return app


def unarchive(ws: Workspace, application_id: str) -> Application:
    with ws.transaction() as change:
        app = change.app(application_id)
        if app.archived_at is None:
            raise InvalidInput("APP", f"an archived application ({app.id} is not archived)")
        app = dataclasses.replace(app, archived_at=None)
        change.put(app)
    return app


def remove_application(ws: Workspace, application_id: str) -> Application:
    """Delete an application with its people, interviews, events and drafts; returns it as it was."""
    with ws.transaction() as change:
        return change.remove(application_id)  # the plans its offers and interviews reached are made again
