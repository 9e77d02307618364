"""`followup plan APP` from the stored schedules, and how `plan` prints a plan on both paths.

Each application's schedule is stored as a sheet (``core.plan.sheet``: its steps with their phases,
codes, rules, windows, recipients, notices, a call's business days) with its agenda rows whenever it is
planned. Dispatched by ``entry`` before Click, SQLAlchemy, holidays or the planner are imported, ``main``
reads the one sheet and prints it at ``--now``. It returns None, and the full command runs instead,
whenever the stored data cannot answer exactly as the planner would (``stored.open_current``: a line it
does not read, a PostgreSQL URL, a file to migrate or to make private, data an older followup made, an
owner the file may not hold), and also for a ``--now`` that is no moment or is earlier than the last
recorded event (the planner replays history), an application it cannot find (the full command words
the refusal) or one without its sheet.

``render`` makes the text and JSON for both paths (``cli.plan`` renders the planner's schedules through
``sheet_of``), so the two cannot differ.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import sys

from followup.cli import stored
from followup.cli.timefmt import human, human_day, iso, parse_moment, zone
from followup.core.plan.sheet import SheetAt, StepAt, moment, read_at

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any

SHEET = "SELECT sheet FROM schedules WHERE owner = ? AND application_id = ?"
HIDDEN = ("DONE", "CLOSED", "N/A", "CANCELLED")


def main(args: Sequence[str]) -> int | None:
    """Run `followup plan APP [--now T] [--json]` from the stored sheet; None when it cannot answer."""
    split = split_application(args)
    if split is None:
        return None
    rest, given = split
    line = stored.parse(rest, ("plan",), ("--now",), ("--json",))
    ref = stored.reference(given)
    if line is None or ref is None:
        return None
    store = stored.open_current(line.db, line.owner, derived=True)
    if store is None:
        return None
    from followup.core.errors import FollowupError

    try:
        tz = zone(store.tz_name)
        now_text = line.values.get("--now")
        try:
            now = parse_moment(now_text, tz) if now_text else dt.datetime.now(dt.UTC)
            app_id = stored.application_of(store, ref)
        except FollowupError:
            return None  # the full command says what is wrong, as it orders its checks
        if int(now.timestamp()) < store.history:
            return None  # the stored plans already know of later events: the planner replays history
        found = store.con.execute(SHEET, (store.who, app_id)).fetchone()
    except sqlite3.Error:
        return None
    finally:
        store.close()
    if found is None:
        return None  # an application without its stored sheet
    import json

    try:
        sheet = read_at(json.loads(found[0]), now)
        text = render([sheet], now, tz, show_all=False, as_json="--json" in line.flags)
    except (ValueError, TypeError, KeyError, IndexError, AttributeError):
        return None  # a sheet another program spoiled: the planner answers (`doctor --rebuild` mends it)
    sys.stdout.write(text + "\n")
    return 0


def split_application(args: Sequence[str]) -> tuple[list[str], str] | None:
    """``[--db X] [--owner Y] plan [OPTIONS] APP [OPTIONS]`` as the line without APP, and APP; None for a
    line with no application or more than one word that is no option (``stored.parse`` reads the rest)."""
    words, index = list(args), 0
    while index < len(words):
        if words[index] in ("--db", "--owner"):
            index += 2
        elif words[index].startswith(("--db=", "--owner=")):
            index += 1
        else:
            break
    if words[index : index + 1] != ["plan"]:
        return None
    kept, found = words[: index + 1], []
    rest = words[index + 1 :]
    while rest:
        arg = rest.pop(0)
        if arg == "--now" and rest:
            kept += [arg, rest.pop(0)]
        elif arg.startswith("-"):
            kept.append(arg)  # ``--`` and the options this path does not read: ``stored.parse`` declines
        else:
            found.append(arg)
    return (kept, found[0]) if len(found) == 1 else None


def render(
    plans: Sequence[SheetAt], now: dt.datetime, tz: dt.tzinfo, *, show_all: bool, as_json: bool
) -> str:
    """`plan`'s output for these applications: the JSON document (docs/json-output.md) or each plan's
    text, a blank line between them."""
    if as_json:
        import json

        data = {"now": iso(now, tz), "applications": [plan_data(p, tz) for p in plans]}
        return json.dumps(data, indent=2, ensure_ascii=False, sort_keys=False)
    return "\n\n".join(plan_text(p, tz, show_all) for p in plans)


def plan_text(plan: SheetAt, tz: dt.tzinfo, show_all: bool) -> str:
    """One application's plan in lines: the header, its notices, the steps still in play."""
    sheet = plan.sheet
    position = sheet["position"]
    lines = [
        f"{sheet['company']}{' · ' + position if position else ''} ({sheet['application']}): {plan.status}"
        f"   at {human(plan.now, tz)}"
    ]
    for code, severity, rule, message in plan.notices:
        lines.append(f"  {severity:<5} {code}: {message} [{rule}]")
    for step in plan.steps:
        if step.state in HIDDEN and not step.codes and not show_all:
            continue
        lines += _step_lines(step, sheet["severity"], tz)
    hidden = sum(1 for s in plan.steps if s.state in HIDDEN and not s.codes)
    if hidden and not show_all:
        lines.append(f"  ({hidden} done, closed or cancelled: --all shows them)")
    return "\n".join(lines)


def _step_lines(view: StepAt, severity: dict[str, str], tz: dt.tzinfo) -> list[str]:
    step = view.step
    who = ", ".join(step["to"])
    channel = step["channel"]
    how = f"{channel} to {who}" if channel and who else channel or who
    windows = "; ".join(
        f"{state} {human_day(dt.date.fromisoformat(a))}"
        + (f" – {human_day(dt.date.fromisoformat(b))}" if b != a else "")
        for state, a, b in step["windows"]
    )
    timing = windows or "; ".join(
        part
        for part in (
            f"target {human(_at(step['target']), tz)}" if step["target"] else "",
            f"deadline {human(_at(step['deadline']), tz, end=True)}" if step["deadline"] else "",
        )
        if part
    )
    codes = " ".join(f"{c}({severity[c]})" for c in view.codes)
    lines = [f"  {view.state:<9} {step['label']:<22} {timing}"]
    lines.append(f"            {step['reason']}" + (f" [{how}]" if how else ""))
    if view.call_from is not None:  # H-14, K5: when the call may start
        lines.append(f"            call from {human(view.call_from, zone(step['call']['zone']))} their time")
    meta = " ".join(filter(None, [codes, "rules " + " ".join(step["rules"])]))
    lines.append(f"            {meta}")
    lines += [f"            note: {n}" for n in step["notes"]]
    return lines


def plan_data(plan: SheetAt, tz: dt.tzinfo) -> dict[str, Any]:
    """One application's plan as JSON data (docs/json-output.md)."""
    sheet = plan.sheet
    return {
        "application": sheet["application"],
        "company": sheet["company"],
        "position": sheet["position"],
        "now": iso(plan.now, tz),
        "status": plan.status,
        "notices": [
            {"code": code, "severity": severity, "rule": rule, "message": message}
            for code, severity, rule, message in plan.notices
        ],
        "steps": [_step_data(s, tz) for s in plan.steps],
    }


def _step_data(view: StepAt, tz: dt.tzinfo) -> dict[str, Any]:
    step = view.step
    call = step["call"]
    return {
        "key": step["key"],
        "action": step["action"],
        "label": step["label"],
        "person": step["person"],
        "state": view.state,
        "codes": list(view.codes),
        "rules": step["rules"],
        "sources": step["sources"],
        "reason": step["reason"],
        "channel": step["channel"] or None,
        "to": step["to"],
        "cc": step["cc"],
        "opens": iso(_at(step["opens"]), tz),
        "target": iso(_at(step["target"]), tz),
        "due_from": iso(_at(step["due_from"]), tz),
        "deadline": iso(_at(step["deadline"]), tz),
        "closes": iso(_at(step["closes"]), tz),
        "windows": [{"state": s, "from": a, "to": b} for s, a, b in step["windows"]],
        "call_from": view.call_from.isoformat() if view.call_from else None,
        "call_tz": call["zone"] if call else None,
        "notes": step["notes"],
        "phases": [
            {"from": _phase_from(start, tz), "state": state, "codes": codes}
            for start, state, codes in step["phases"]
        ],
    }


def _at(text: str | None) -> dt.datetime | None:
    return None if text is None else moment(text)


def _phase_from(start: str, tz: dt.tzinfo) -> str | None:
    """A phase's start; null for the first phase's "since always" (the epoch)."""
    at = moment(start)
    return iso(at, tz) if at.year > 1970 else None
