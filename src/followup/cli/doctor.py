"""`followup doctor`: whether the stored plans agree with your records, and `--rebuild` to make them again.

The agenda rows `followup today` reads, the summaries `followup list` reads and the schedules `followup plan
APP` reads are derived from the records (``services.derived``); they are made again by every write, so they
should always agree. This command is how to know, and how to mend them if not (after a crash of another
program, a restore of an old file, or a followup that stored them differently)."""

from __future__ import annotations

import click

from followup.cli.common import Context, emit, json_option, pass_context
from followup.services.derived import Diagnosis, diagnose, rebuild

NAMES = {
    "agenda": "agenda rows",
    "summaries": "summaries",
    "summary_periods": "list periods",
    "schedules": "schedules",
    "meta": "version marks",
}


@click.command()
@click.option("--rebuild", "remake", is_flag=True, help="Make every stored plan and summary again.")
@json_option
@pass_context
def doctor(context: Context, remake: bool, as_json: bool) -> None:
    """Check that the stored plans and summaries agree with your records (--rebuild mends them)."""
    found = rebuild(context.ws) if remake else diagnose(context.ws)
    emit(as_json, found.to_data(), describe(found))


def describe(found: Diagnosis) -> str:
    count = f"{found.applications} application" + ("" if found.applications == 1 else "s")
    stored = ", ".join(f"{t.stored} {NAMES[t.name]}" for t in found.tables if t.name != "meta")
    if found.agrees:
        verb = "Made again; nothing changed" if found.rebuilt else "The stored plans agree with your records"
        return f"{verb}: {count}, {stored}."
    differing = ", ".join(f"{t.differing} {NAMES[t.name]}" for t in found.tables if t.differing)
    if found.rebuilt:
        return f"Made again from your records ({count}): {differing} were out of date and are now mended."
    return (
        f"The stored plans differ from your records ({count}): {differing} out of date. "
        "`followup doctor --rebuild` makes them again."
    )
