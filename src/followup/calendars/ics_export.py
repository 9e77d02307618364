"""The plan as an iCalendar file (RFC 5545) that calendar apps import or subscribe to.

Every open step of every active application becomes an event at the moment it opens (or, with
``todos``, a to-do with its deadline as DUE), with the rule IDs and the reason in its description and
an alarm when it becomes due; interviews are events of their own. Each item has a stable UID and a
SEQUENCE that grows when its content changes (kept by the caller between exports), so re-importing
updates items instead of duplicating them; steps cancelled by an event (an offer, a rejection, a new
round) are exported with STATUS:CANCELLED so calendars drop them. Times carry their zone, with VTIMEZONE
components for each zone used.

Whatever text is stored (a name, a company, a place, a link typed by hand or imported from a file), the
file is valid and other programs read it back: every text goes through ``clean`` first. A summary is one
line; a place keeps its lines joined by commas; a description keeps its lines, which icalendar escapes
(with ``;``, ``,`` and ``\\``) and folds at 75 octets; control characters are dropped; a link keeps its
first line with any space percent-encoded, since a URI may hold neither.

``feed_bytes`` is what a subscription URL serves: the same calendar plus an ETag that changes only when
the content does (DTSTAMP aside), so polling clients can be answered "304 Not Modified" cheaply.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass

from followup.calendars.clean import first_line, joined_lines, multi_line, one_line
from followup.core.model import Records
from followup.core.plan.schedule import PlanView, StepView

OPEN = frozenset({"NOT_YET", "ALLOWED", "DUE", "OVERDUE", "BLOCKED", "ACTIVE"})
ENDED_APPLICATIONS = frozenset({"rejected", "withdrawn", "accepted", "closed_no_response", "cancelled"})
PRODID = "-//followup//followup plan//EN"
EVENT_LENGTH = dt.timedelta(minutes=15)


@dataclass(frozen=True)
class Exported:
    data: bytes
    etag: str
    sequences: dict[str, tuple[str, int]]  # uid -> (content hash, sequence), to keep for the next export
    items: int = 0  # events and to-dos written


def uid_for(application_id: str, key: str) -> str:
    safe = re.sub(r"[^A-Za-z0-9._-]", "-", f"{application_id}.{key}")
    return f"{safe}@followup"


def export_calendar(
    records: Records,
    views: list[PlanView],
    now: dt.datetime,
    sequences: Mapping[str, tuple[str, int]],
    *,
    todos: bool = False,
) -> Exported:
    """The calendar of ``views`` (plans read at ``now``); ``sequences`` from the previous export."""
    from icalendar import Alarm, Calendar, Event, Todo  # lazily: ~90 ms to import

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "followup")
    calendar.add("x-published-ttl", "PT1H")
    calendar.add("refresh-interval", dt.timedelta(hours=1), parameters={"VALUE": "DURATION"})
    kept: dict[str, tuple[str, int]] = {}
    apps = {a.id: a for a in records.applications}
    for view in views:
        app = apps[view.schedule.application_id]
        if view.status in ENDED_APPLICATIONS:
            continue
        zone = _zone(view.schedule.tz)
        for interview in app.interviews:
            uid = uid_for(app.id, f"interview-{interview.id}")
            event = Event()
            position = one_line(app.position)
            event.add(
                "summary", f"Interview: {one_line(app.company.name)}" + (f" ({position})" if position else "")
            )
            event.add("dtstart", interview.start.astimezone(_zone(interview.tz)))
            end = interview.end or interview.start + dt.timedelta(hours=1)
            event.add("dtend", end.astimezone(_zone(interview.tz)))
            if joined_lines(interview.location):
                event.add("location", joined_lines(interview.location))
            if _uri(interview.link):
                event.add("url", _uri(interview.link))
            event.add("status", "CANCELLED" if interview.cancelled else "CONFIRMED")
            event.add("description", f"Round {interview.round}, {interview.format.value.replace('_', ' ')}.")
            _finish(event, uid, now, sequences, kept)
            calendar.add_component(event)
        for step_view in view.steps:
            uid = uid_for(app.id, step_view.step.key)
            names = {p.id: one_line(p.name) for p in app.people}
            item = _step_item(step_view, view, zone, todos, names, exported_before=uid in sequences)
            if item is None:
                continue
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", item["summary"])
            alarm.add("trigger", dt.timedelta(0))
            component = Todo() if todos else Event()
            for name, value in item.items():
                component.add(name, value)
            if item.get("status") in ("CONFIRMED", "NEEDS-ACTION"):
                component.add_component(alarm)
            _finish(component, uid, now, sequences, kept)
            calendar.add_component(component)
    calendar.add_missing_timezones()
    data = calendar.to_ical()
    return Exported(data, etag_of(data), kept, len(kept))


def _step_item(
    view: StepView,
    plan: PlanView,
    zone: dt.tzinfo,
    todos: bool,
    names: Mapping[str, str],
    *,
    exported_before: bool,
) -> dict[str, object] | None:
    """A step as calendar properties; None when it has no place in the calendar. A step that is no
    longer open is still written when an earlier export carried it, so the calendar drops it (or, as a
    to-do, ticks it off) instead of keeping a stale reminder."""
    step = view.step
    if step.action == "KS":
        return None  # a standing reminder, not a calendar item
    is_open = view.state in OPEN
    if not is_open and view.state != "CANCELLED" and not exported_before:
        return None
    cancelled = not is_open and not (todos and view.state == "DONE")
    start = step.due_from or step.opens or step.target or step.deadline
    if start is None:
        return None
    local_start = start.astimezone(zone)
    if local_start.time() == dt.time(0):  # a window that opens with the day: remind at 09:00, not midnight
        local_start = local_start.replace(hour=9)
    who = f"; {step.channel or 'message'} to {', '.join(names.get(p, p) for p in step.to)}" if step.to else ""
    summary = one_line(f"{plan.schedule.company}: {step.label}")
    lines = [step.reason]
    if step.windows:
        lines.append("; ".join(f"{state} {a:%a %d %b}" + (f" – {b:%a %d %b}" if b != a else "")
                               for state, a, b in step.windows))  # fmt: skip
    if step.deadline:
        lines.append(f"Deadline: {_local_end(step.deadline.astimezone(zone))}")
    lines.append(f"Rules: {' '.join(step.rules)}{who}")
    lines += [f"Note: {n}" for n in step.notes]
    item: dict[str, object] = {"summary": summary, "description": multi_line("\n".join(lines))}
    if todos:
        item["dtstart"] = local_start
        if step.deadline:
            item["due"] = step.deadline.astimezone(zone)
        item["status"] = "COMPLETED" if view.state == "DONE" else "CANCELLED" if cancelled else "NEEDS-ACTION"
    else:
        item["dtstart"] = local_start
        item["dtend"] = local_start + EVENT_LENGTH
        item["status"] = "CANCELLED" if cancelled else "CONFIRMED"
        item["transp"] = "TRANSPARENT"  # a reminder, not busy time
    return item


def _finish(
    component: object,
    uid: str,
    now: dt.datetime,
    sequences: Mapping[str, tuple[str, int]],
    kept: dict[str, tuple[str, int]],
) -> None:
    """UID, DTSTAMP and a SEQUENCE that grows only when the item's content changed since last time."""
    content = component.to_ical()  # type: ignore[attr-defined]
    digest = hashlib.sha256(content).hexdigest()[:16]
    previous = sequences.get(uid)
    sequence = 0 if previous is None else previous[1] + (previous[0] != digest)
    kept[uid] = (digest, sequence)
    component.add("uid", uid)  # type: ignore[attr-defined]
    component.add("dtstamp", now.astimezone(dt.UTC))  # type: ignore[attr-defined]
    component.add("sequence", sequence)  # type: ignore[attr-defined]


def _uri(link: str) -> str:
    """A link as a URI value: its first line, with spaces and quotes percent-encoded."""
    return "".join(f"%{ord(c):02X}" if c in ' "<>' else c for c in first_line(link))


def _local_end(moment: dt.datetime) -> str:
    """An exclusive end at midnight reads as the day before, 23:59."""
    if moment.time() == dt.time(0):
        moment -= dt.timedelta(minutes=1)
    return f"{moment:%a %d %b %Y %H:%M} ({moment.tzname()})"


def etag_of(data: bytes) -> str:
    """A validator that ignores DTSTAMP (it is the export's own time, not content)."""
    stable = re.sub(rb"\r\nDTSTAMP:[^\r\n]*", b"", data)
    return '"' + hashlib.sha256(stable).hexdigest()[:32] + '"'


def _zone(name: str) -> dt.tzinfo:
    from zoneinfo import ZoneInfo

    return ZoneInfo(name) if name else dt.UTC
