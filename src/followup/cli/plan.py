"""`followup plan [APPLICATION]`: the whole dated plan, each step with its window, state, codes and rules."""

from __future__ import annotations

import datetime as dt
import json
import sys
from typing import Any

import click

from followup.cli.common import Context, emit, json_option, now_option, pass_context, resolve_application
from followup.cli.params import text
from followup.cli.timefmt import human, human_day, iso, zone
from followup.core import fields
from followup.core.codes import severity_of
from followup.core.plan.schedule import PlanView, StepView
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
    data = {
        "now": iso(now, tz),
        "applications": [v.to_data(names_of[v.schedule.application_id], tz) for v in views],
    }
    emit(
        as_json,
        data,
        "\n\n".join(render(v, names_of[v.schedule.application_id], tz, show_all) for v in views),
    )


def _stream(context: Context, now: dt.datetime, tz: dt.tzinfo, show_all: bool, as_json: bool) -> None:
    """Every application in view, each printed as soon as it is planned (``each_plan``): the same text,
    and the same JSON document, as one print of them all would give."""
    out = sys.stdout
    count = 0
    if as_json:
        out.write('{\n  "now": ' + json.dumps(iso(now, tz)) + ',\n  "applications": [')
    for app, view in each_plan(context.ws, now):
        names = {p.id: p.name for p in app.people}
        if as_json:
            document = json.dumps(view.to_data(names, tz), indent=2, ensure_ascii=False)
            out.write(("," if count else "") + "\n    " + document.replace("\n", "\n    "))
        else:
            out.write(("\n" if count else "") + render(view, names, tz, show_all) + "\n")
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


HIDDEN = {"DONE", "CLOSED", "N/A", "CANCELLED"}


def render(view: PlanView, names: dict[str, str], tz: dt.tzinfo, show_all: bool) -> str:
    s = view.schedule
    lines = [
        f"{s.company}{' · ' + s.position if s.position else ''} ({s.application_id}): {view.status}"
        f"   at {human(view.now, tz)}"
    ]
    for notice in view.notices:
        lines.append(f"  {notice.severity.value:<5} {notice.code}: {notice.message} [{notice.rule}]")
    for step_view in view.steps:
        if step_view.state in HIDDEN and not step_view.codes and not show_all:
            continue
        lines += _step_lines(step_view, names, tz)
    hidden = sum(1 for v in view.steps if v.state in HIDDEN and not v.codes)
    if hidden and not show_all:
        lines.append(f"  ({hidden} done, closed or cancelled: --all shows them)")
    return "\n".join(lines)


def _step_lines(view: StepView, names: dict[str, str], tz: dt.tzinfo) -> list[str]:
    step = view.step
    who = ", ".join(names.get(p, p) for p in step.to)
    how = f"{step.channel} to {who}" if step.channel and who else step.channel or who
    windows = "; ".join(
        f"{state} {human_day(a)}" + (f" – {human_day(b)}" if b != a else "") for state, a, b in step.windows
    )
    timing = windows or "; ".join(
        part
        for part in (
            f"target {human(step.target, tz)}" if step.target else "",
            f"deadline {human(step.deadline, tz, end=True)}" if step.deadline else "",
        )
        if part
    )
    codes = " ".join(f"{c}({severity_of(c).value})" for c in view.codes)
    lines = [f"  {view.state:<9} {step.label:<22} {timing}"]
    lines.append(f"            {step.reason}" + (f" [{how}]" if how else ""))
    if view.call_from is not None and step.call_times is not None:  # H-14, K5: when the call may start
        lines.append(f"            call from {human(view.call_from, zone(step.call_times.zone))} their time")
    meta = " ".join(filter(None, [codes, "rules " + " ".join(step.rules)]))
    lines.append(f"            {meta}")
    lines += [f"            note: {n}" for n in step.notes]
    return lines


def rule_lines(rule_ids: list[str]) -> list[dict[str, Any]]:
    return [{"id": r, "title": RULES[r].title, "sources": RULES[r].sources} for r in rule_ids if r in RULES]
