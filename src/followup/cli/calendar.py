"""`followup calendar export FILE.ics`: the plan in your calendar, with alarms, updating on re-import."""

from __future__ import annotations

from pathlib import Path

import click

from followup import outputs
from followup.cli.common import Context, now_option, pass_context
from followup.cli.file_mode import mode_option


@click.group()
def calendar() -> None:
    """Your plan in the calendar you already use."""


@calendar.command("export")
@click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--todos", is_flag=True, help="Steps as to-dos with a deadline (default: events with alarms).")
@mode_option
@now_option
@pass_context
def export(context: Context, out: Path, todos: bool, file_mode: int, now_text: str | None) -> None:
    """Write every open step of every active application, and their interviews, to OUT (.ics).

    Import it again after changes: items keep their UIDs and their SEQUENCE grows, so calendars update
    them; steps cancelled by an offer, a rejection or a new round are marked cancelled."""
    from followup.services.calendar import export as export_calendar

    outputs.check(out, "OUT")  # before the store's SEQUENCE bookkeeping moves
    records = context.ws.read()

    def deliver(data: bytes) -> None:
        outputs.write(out, data, mode=file_mode, field="OUT")

    exported = export_calendar(context.ws, context.now(now_text, records), todos=todos, deliver=deliver)
    click.echo(f"Wrote {out}: {exported.items} item(s).", err=True)
