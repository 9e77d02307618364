"""`followup application archive|unarchive|remove APP`: put an application away, bring it back, delete it."""

from __future__ import annotations

import click

from followup.cli.common import Context, emit, json_option, now_option, pass_context, resolve_application
from followup.cli.confirm import confirm, yes_option
from followup.cli.params import text
from followup.cli.timefmt import iso, zone
from followup.core import fields
from followup.services.applications import archive as archive_application
from followup.services.applications import remove_application
from followup.services.applications import unarchive as unarchive_application


@click.group()
def application() -> None:
    """Put an application away (archive), bring it back, or delete it."""


@application.command("archive")
@click.argument("app_ref", metavar="APP", type=text(fields.REFERENCE))
@now_option
@json_option
@pass_context
def archive(context: Context, app_ref: str, now_text: str | None, as_json: bool) -> None:
    """Archive APP (id or company name): every record is kept, but it leaves `today`, `list` (unless
    --all), `plan` (unless named) and the calendar export."""
    records = context.ws.read()
    now = context.now(now_text, records)  # every value read before any record is looked up
    app = resolve_application(records, app_ref)
    app = archive_application(context.ws, app.id, now)
    emit(
        as_json,
        {"application": app.id, "archived_at": iso(app.archived_at, zone(records.profile.tz))},
        f"Archived {app.id} ({app.company.name}): out of today, list and plan; "
        f"`followup application unarchive {app.id}` brings it back.",
    )


@application.command("unarchive")
@click.argument("app_ref", metavar="APP", type=text(fields.REFERENCE))
@json_option
@pass_context
def unarchive(context: Context, app_ref: str, as_json: bool) -> None:
    """Bring an archived APP back into `today`, `list` and `plan`."""
    app = unarchive_application(context.ws, resolve_application(context.ws.read(), app_ref).id)
    emit(
        as_json,
        {"application": app.id, "archived_at": None},
        f"Unarchived {app.id} ({app.company.name}): back in today, list and plan.",
    )


@application.command("remove")
@click.argument("app_ref", metavar="APP", type=text(fields.REFERENCE))
@yes_option
@json_option
@pass_context
def remove(context: Context, app_ref: str, yes: bool, as_json: bool) -> None:
    """Delete APP with its people, interviews, events and drafts (asks first; `followup undo` reverts)."""
    app = resolve_application(context.ws.read(), app_ref)
    counts = (
        f"{_count(len(app.people), 'person', 'people')}, {_count(len(app.interviews), 'interview')} "
        f"and {_count(len(app.events), 'event')}"
    )
    confirm(f"delete {app.id} ({app.company.name}) with its {counts}", yes=yes, as_json=as_json)
    removed = remove_application(context.ws, app.id)
    emit(
        as_json,
        {"application": removed.id, "removed": True},
        f"Removed {removed.id} ({removed.company.name}) with its {counts}; `followup undo` brings it back.",
    )


def _count(n: int, one: str, many: str = "") -> str:
    return f"{n} {one if n == 1 else many or one + 's'}"
