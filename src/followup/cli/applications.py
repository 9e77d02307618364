"""`followup list`: every application with its status and its next move."""

from __future__ import annotations

import click

from followup.cli.common import Context, emit, json_option, now_option, pass_context
from followup.cli.timefmt import human, iso, zone
from followup.services.plans import summaries


@click.command("list")
@now_option
@json_option
@pass_context
def list_applications(context: Context, now_text: str | None, as_json: bool) -> None:
    """Applications with their status and next move."""
    records = context.ws.read()
    now = context.now(now_text, records)
    tz = zone(records.profile.tz)
    rows = summaries(context.ws, now)
    data = [
        {
            "application": r.application_id,
            "company": r.company,
            "position": r.position,
            "status": r.status,
            "next": r.next_move or None,
            "next_state": r.next_state or None,
            "when": iso(r.when, tz),
        }
        for r in rows
    ]
    lines = [
        f"{r.application_id:<24} {r.status:<19} {r.next_state:<8} {r.next_move:<20} "
        f"{human(r.when, tz, end=r.next_state in ('DUE', 'OVERDUE')) if r.when else ''}"
        for r in rows
    ]
    emit(as_json, data, "\n".join(lines) or "No applications yet: `followup interview add`.")
