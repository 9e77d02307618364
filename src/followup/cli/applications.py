"""`followup list`: every application with its status and the move that matters first.

The move is chosen in the order of urgency `followup today` lists in (``core.urgency``), among the steps
the application still asks of you (a closed application: only its answers to the employer). ``entry``
answers from the stored summaries first (``listing``, SQLite only); this command reads the same stored
periods through the store (PostgreSQL, or an option ``listing`` does not read) and asks the planner only
when they cannot answer, with the same output."""

from __future__ import annotations

import click

from followup.cli.common import Context, json_option, now_option, pass_context
from followup.cli.listing import Row, render
from followup.cli.timefmt import zone
from followup.services.plans import stored_summaries, summaries


@click.command("list")
@click.option("--all", "show_all", is_flag=True, help="Also list archived applications.")
@now_option
@json_option
@pass_context
def list_applications(context: Context, show_all: bool, now_text: str | None, as_json: bool) -> None:
    """Applications with their status and next move."""
    base = context.ws.read_base()  # the profile: its zone reads --now
    now = context.now(now_text, base)
    tz = zone(base.profile.tz)
    found = stored_summaries(context.ws, now, archived=show_all)  # one query, on PostgreSQL too
    if found is None:
        records = context.ws.read()
        found = (
            summaries(context.ws, now, archived=show_all),
            sum(1 for a in records.applications if a.archived_at is not None),
        )
    listed, put_away = found
    rows = [
        Row(r.application_id, r.company, r.position, r.status, r.next_move, r.next_state, r.when, r.archived)
        for r in listed
    ]
    click.echo(render(rows, now, tz, put_away, as_json))
