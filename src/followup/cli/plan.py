"""`followup plan [APPLICATION]`: the whole dated plan, each step with its window, state, codes and rules."""

from __future__ import annotations

import datetime as dt
import json
import sys
from typing import Any

import click

from followup.cli.common import Context, json_option, now_option, pass_context, resolve_application
from followup.cli.params import text
from followup.cli.schedules import plan_data, plan_text
from followup.cli.schedules import render as render_plans
from followup.cli.timefmt import iso, zone
from followup.core import fields
from followup.core.plan.schedule import PlanView, sheet_of
from followup.core.plan.sheet import read_at
from followup.core.playbook import RULES
from followup.services.plans import each_plan, plan_of, plans


@click.command()
@click.argument("application", type=text(fields.REFERENCE), required=False)
@click.option(
    "--all", "show_all", is_flag=True, help="Also list steps that are done, closed or not applicable."
)
@now_option
@json_option
@pass_context
def plan(
    context: Context, application: str | None, show_all: bool, now_text: str | None, as_json: bool
) -> None:
    """The dated plan for one application (or all): what to do now, what is not yet allowed and why."""
    base = context.ws.read_base()
    now = context.now(now_text, base)
    if application is None:
        _stream(context, now, zone(base.profile.tz), show_all, as_json)
        return
    found = plan_of(context.ws, now, application)
    if found is not None:  # named by its id: planned from its records and the others' summaries
        records, views = found[0], [found[1]]
    else:
        records = context.ws.read()
        records, views = plans(context.ws, now, resolve_application(records, application).id)
    tz = zone(records.profile.tz)
    names_of = {app.id: {p.id: p.name for p in app.people} for app in records.applications}
    sheets = [read_at(sheet_of(v.schedule, names_of[v.schedule.application_id]), now) for v in views]
    click.echo(render_plans(sheets, now, tz, show_all=show_all, as_json=as_json))


def _stream(context: Context, now: dt.datetime, tz: dt.tzinfo, show_all: bool, as_json: bool) -> None:
    """Every application in view, each printed as soon as it is planned (``each_plan``): the same text,
    and the same JSON document, as one print of them all would give."""
    out = sys.stdout
    count = 0
    if as_json:
        out.write('{\n  "now": ' + json.dumps(iso(now, tz)) + ',\n  "applications": [')
    for app, view in each_plan(context.ws, now):
        names = {p.id: p.name for p in app.people}
        read = read_at(sheet_of(view.schedule, names), now)
        if as_json:
            document = json.dumps(plan_data(read, tz), indent=2, ensure_ascii=False)
            out.write(("," if count else "") + "\n    " + document.replace("\n", "\n    "))
        else:
            out.write(("\n" if count else "") + plan_text(read, tz, show_all) + "\n")
        out.flush()
        count += 1
    if as_json:
        out.write("\n  ]\n}\n" if count else "]\n}\n")
    elif not count:
        records = context.ws.read()
        put_away = sum(1 for a in records.applications if a.archived_at is not None)
        out.write(
            (
                f"No applications in view: {put_away} archived (`followup plan APP` shows one)."
                if put_away
                else "No applications yet: `followup interview add`."
            )
            + "\n"
        )


def render(view: PlanView, names: dict[str, str], tz: dt.tzinfo, show_all: bool) -> str:
    """One planned application's text (``schedules.plan_text`` of its sheet)."""
    return plan_text(read_at(sheet_of(view.schedule, names), view.now), tz, show_all)


def rule_lines(rule_ids: list[str]) -> list[dict[str, Any]]:
    return [{"id": r, "title": RULES[r].title, "sources": RULES[r].sources} for r in rule_ids if r in RULES]
