"""`followup undo`: revert the last command that changed your records (again: the one before), from the
journal every write command leaves in the store (``services.journal``)."""

from __future__ import annotations

import datetime as dt

import click

from followup.cli.common import Context, emit, json_option, pass_context
from followup.cli.timefmt import zone
from followup.cli.typed import typed
from followup.services.journal import Entry, undoable
from followup.services.journal import undo as undo_entries

__all__ = ["typed", "undo"]  # typed: where tests and older callers look for it


def _line(entry: Entry, tz: dt.tzinfo) -> str:
    return f"{entry.command or '(a change)'} ({entry.at.astimezone(tz):%Y-%m-%d %H:%M})"


@click.command()
@click.argument("number", type=click.IntRange(min=1), default=1, required=False)
@click.option("--list", "show_list", is_flag=True, help="Show what can be undone, latest first.")
@json_option
@pass_context
def undo(context: Context, number: int, show_list: bool, as_json: bool) -> None:
    """Undo the last command that changed your records; run it again to undo the one before.

    Only what that command changed is put back: commands since on other applications stay. NUMBER (as
    `--list` shows it; 1 is the last command) undoes an earlier command, after any later one that changed
    the same records. The last 100 commands are kept.
    """
    tz = zone(context.ws.read().profile.tz)
    if show_list:
        entries = undoable(context.ws)
        lines = [f"{e.number:>3}  {_line(e, tz)}   changed {', '.join(e.parts)}" for e in entries]
        emit(as_json, [e.to_data(tz) for e in entries], "\n".join(lines) or "Nothing to undo.")
        return
    undone = undo_entries(context.ws, number)
    emit(
        as_json,
        {"undone": [e.to_data(tz) for e in undone]},
        "\n".join(f"Undone: {_line(e, tz)}" for e in undone),
    )
