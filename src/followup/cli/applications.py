"""`followup list`: every application with its status and the move that matters first.

The move is chosen in the order of urgency `followup today` lists in (``core.urgency``), among the steps
the application still asks of you (a closed application: only its answers to the employer)."""

from __future__ import annotations

import datetime as dt

import click

from followup.cli.common import Context, emit, json_option, now_option, pass_context
from followup.cli.timefmt import human, iso, zone
from followup.services.plans import summaries


@click.command("list")
@click.option("--all", "show_all", is_flag=True, help="Also list archived applications.")
@now_option
@json_option
@pass_context
def list_applications(context: Context, show_all: bool, now_text: str | None, as_json: bool) -> None:
    """Applications with their status and next move."""
    records = context.ws.read()
    now = context.now(now_text, records)
    tz = zone(records.profile.tz)
    rows = summaries(context.ws, now, archived=show_all)
    data = [
        {
            "application": r.application_id,
            "company": r.company,
            "position": r.position,
            "status": r.status,
            "next": r.next_move or None,
            "next_state": r.next_state or None,
            "when": iso(r.when, tz),
            "archived": r.archived,
        }
        for r in rows
    ]
    lines = [
        f"{r.application_id:<24} {r.status:<19} {r.next_state:<8} {r.next_move:<20} "
        f"{_when(r.when, now, tz, end=r.next_state in ('DUE', 'OVERDUE')) if r.when else ''}".rstrip()
        + ("  (archived)" if r.archived else "")
        for r in rows
    ]
    put_away = sum(1 for a in records.applications if a.archived_at is not None)
    empty = (
        f"No applications in view: {put_away} archived (`followup list --all` shows them)."
        if put_away
        else "No applications yet: `followup interview add`."
    )
    emit(as_json, data, "\n".join(lines) or empty)


def _when(moment: dt.datetime, now: dt.datetime, tz: dt.tzinfo, *, end: bool) -> str:
    """As `today` says it: "Tue 03 Mar 11:30", with the year when it is not this year."""
    text = human(moment, tz, end=end)
    year = (moment - dt.timedelta(minutes=1) if end else moment).astimezone(tz).year
    return text if year == now.astimezone(tz).year else f"{text[:10]} {year}{text[10:]}"
