"""`followup undo`: revert the last command that changed your records (again: the one before), from the
journal every write command leaves in the store (``services.journal``)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

import click

from followup.cli.common import Context, emit, json_option, pass_context
from followup.cli.timefmt import zone
from followup.services.journal import Entry, undoable
from followup.services.journal import undo as undo_entries

_BARE = re.compile(r"[A-Za-z0-9_@%+=:,./-]+")
GROUP_OPTIONS = ("--db",)  # where the records are, not what was done (a URL may hold a password)


def typed(args: Sequence[str]) -> str:
    """The command line as the user typed it, for the journal: the program's own options before the
    command are left out, and a word with spaces or quotes is shown in double quotes."""
    words = list(args)
    while words and words[0].split("=", 1)[0] in GROUP_OPTIONS:
        words = words[1:] if "=" in words[0] else words[2:]
    return " ".join(_quoted(word) for word in words)


def _quoted(word: str) -> str:
    if _BARE.fullmatch(word):
        return word
    return '"' + word.replace("\\", "\\\\").replace('"', '\\"') + '"'


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
