"""Correcting what was recorded: an interview's round (edit, remove) and the events of a history (edit,
remove), each in one transaction and journaled like any other change (`followup undo` reverts it).

A history is numbered 1..n in time order (ties keep the order they were stored in), so a number means
the same event for as long as the history does not change: `followup events` prints the numbers,
`followup event edit N` and `followup event remove N` take them. Events of no single application (a
competing offer, news shared with every application, a paused search) form their own history.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from followup.core.errors import InvalidInput, NotFound
from followup.core.model import Application, Document, Event, EventType, Format, InboundKind, Interview
from followup.services.events import FUTURE_SLACK, affected_by, with_new_date
from followup.services.interviews import has_open_answers
from followup.services.plausible import (
    check_message_follows,
    check_messages_follow,
    check_offer_deadline,
    check_rounds,
)
from followup.services.workspace import Change, Workspace
from followup.workdays import years_for

# --- interviews ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class InterviewChanges:
    """What to change in one round; None leaves a field as it is.

    ``start`` and ``end`` are aware. A new ``start`` without ``end`` moves the end with it (same length);
    a new ``tz`` without times keeps the clock times and reads them in that zone (the zone was wrong).
    ``resume`` replaces the application's résumé (C-17).
    """

    start: dt.datetime | None = None
    end: dt.datetime | None = None
    tz: str | None = None
    format: Format | None = None
    location: str | None = None
    link: str | None = None
    round: int | None = None
    cancelled: bool | None = None
    resume: Document | None = None


def find_interview(app: Application, interview_id: str | None) -> Interview:
    """The round with ``interview_id``, or with none given the latest (by start)."""
    if not app.interviews:
        raise NotFound(f"{app.id} has no interview yet: record one with `followup interview add -a {app.id}`")
    if interview_id is None:
        return max(enumerate(app.interviews), key=lambda pair: (pair[1].start, pair[0]))[1]
    for interview in app.interviews:
        if interview.id == interview_id:
            return interview
    known = ", ".join(f"{i.id} (round {i.round})" for i in app.interviews)
    raise NotFound(
        f"no interview {interview_id!r} in {app.id} (known: {known}; see `followup interview list`)"
    )


def edit_interview(
    ws: Workspace, application_id: str, interview_id: str | None, given: InterviewChanges
) -> tuple[Application, Interview, Interview]:
    """Change one round; returns the application, the round before and after."""
    with ws.transaction() as change:
        app = change.app(application_id)
        before = find_interview(app, interview_id)
        after = _changed(before, given)
        if after.end is not None and after.end <= after.start:
            zone = ZoneInfo(after.tz)
            raise InvalidInput(
                "--end",
                f"a time after the start ({after.start.astimezone(zone):%Y-%m-%d %H:%M})",
                f"{after.end.astimezone(zone):%Y-%m-%d %H:%M}",
            )
        taken = {i.round: i for i in app.interviews if i.id != before.id and not i.cancelled}
        if given.round is not None and not after.cancelled and after.round in taken:
            other = taken[after.round]
            raise InvalidInput(
                "--round", f"a round number no other interview has (round {other.round} is {other.id})"
            )
        app = dataclasses.replace(
            app,
            interviews=tuple(after if i.id == before.id else i for i in app.interviews),
            resume=given.resume if given.resume is not None else app.resume,
        )
        check_rounds(app, after, "--round" if given.start is None and given.round is not None else "--start")
        if after.start != before.start or after.cancelled != before.cancelled:
            check_messages_follow(app, change.records.profile.tz)
        change.put(app, affects=has_open_answers)  # W-PREP (L-01) depends on the next round's date
    return app, before, after


def _changed(interview: Interview, given: InterviewChanges) -> Interview:
    from followup.core import codec

    tz = given.tz if given.tz is not None else interview.tz
    codec.check_time_zone(tz, "--tz")
    start, end = interview.start, interview.end
    if given.tz is not None and given.tz != interview.tz:  # same clock times, read in the right zone
        start = _rezoned(start, interview.tz, tz)
        end = _rezoned(end, interview.tz, tz) if end is not None else None
    if given.start is not None:
        length = end - start if end is not None else None
        start = given.start.astimezone(dt.UTC)
        end = start + length if length is not None else None
    if given.end is not None:
        end = given.end.astimezone(dt.UTC)
    if given.round is not None and given.round < 1:
        raise InvalidInput("--round", "a whole number, 1 or more", str(given.round))
    fields: dict[str, Any] = {
        name: value
        for name in ("format", "location", "link", "round", "cancelled")
        if (value := getattr(given, name)) is not None
    }
    for name in ("location", "link"):
        if "\n" in fields.get(name, "") or "\r" in fields.get(name, ""):
            raise InvalidInput(f"--{name}", "a single line of text")
    return dataclasses.replace(interview, start=start, end=end, tz=tz, **fields)


def _rezoned(moment: dt.datetime, old: str, new: str) -> dt.datetime:
    local = moment.astimezone(ZoneInfo(old)).replace(tzinfo=ZoneInfo(new))
    return local.astimezone(dt.UTC)


def remove_interview(
    ws: Workspace, application_id: str, interview_id: str | None
) -> tuple[Application, Interview]:
    """Remove one round (with its debrief); the rounds numbered after it move down by one."""
    with ws.transaction() as change:
        app = change.app(application_id)
        removed = find_interview(app, interview_id)
        kept = tuple(
            dataclasses.replace(i, round=i.round - 1) if i.round > removed.round else i
            for i in app.interviews
            if i.id != removed.id
        )
        app = dataclasses.replace(app, interviews=kept)
        change.put(app, affects=has_open_answers)
    return app, removed


# --- events -------------------------------------------------------------------------------------------------


def in_order(events: Sequence[Event]) -> list[Event]:
    """A history in time order, ties in stored order: event number n is ``in_order(...)[n - 1]``."""
    return [e for _, e in sorted(enumerate(events), key=lambda pair: (pair[1].at, pair[0]))]


def history(ws: Workspace, application_id: str | None) -> list[Event]:
    """An application's events (or, with None, those of the whole search), numbered from 1 by position."""
    records = ws.read_base() if application_id is None else ws.read_for(application_id)
    if application_id is None:
        return in_order(records.events)
    app = records.application(application_id)
    if app is None:
        raise NotFound(f"no application {application_id!r}; see `followup list`")
    return in_order(app.events)


def _pick(events: Sequence[Event], number: int, where: str) -> Event:
    ordered = in_order(events)
    if not ordered:
        raise NotFound(f"{where} has no events yet")
    if not 1 <= number <= len(ordered):
        raise InvalidInput("N", f"1 to {len(ordered)}: a number `followup events` shows", str(number))
    return ordered[number - 1]


def _events_of(change: Change, application_id: str | None) -> tuple[Application | None, tuple[Event, ...]]:
    if application_id is None:
        return None, change.records.events
    app = change.app(application_id)
    return app, app.events


def _store(change: Change, app: Application | None, events: Sequence[Event], moved: Event) -> None:
    ordered = tuple(in_order(events))
    if app is None:
        change.records = dataclasses.replace(change.records, events=ordered)
        change.global_events = True  # every plan is recomputed: events of the search reach them all
    else:
        change.put(dataclasses.replace(app, events=ordered), affects=affected_by(moved))


def remove_event(ws: Workspace, application_id: str | None, number: int) -> Event:
    """Remove the ``number``-th event of a history; returns it."""
    with ws.transaction() as change:
        app, events = _events_of(change, application_id)
        removed = _pick(events, number, app.id if app else "the search")
        index = next(i for i, e in enumerate(events) if e is removed)
        _store(change, app, events[:index] + events[index + 1 :], removed)
    return removed


EVENT_FIELDS = frozenset(f.name for f in dataclasses.fields(Event)) - {"id", "type"}


def edit_event(
    ws: Workspace, application_id: str | None, number: int, fields: dict[str, Any], now: dt.datetime
) -> tuple[Event, Event]:
    """Change fields of the ``number``-th event of a history; returns it before and after."""
    unknown = set(fields) - EVENT_FIELDS
    if unknown:
        raise InvalidInput(
            "event field", "one of " + ", ".join(sorted(EVENT_FIELDS)), ", ".join(sorted(unknown))
        )
    if "\n" in fields.get("subject", "") or "\r" in fields.get("subject", ""):
        raise InvalidInput("--subject", "a single line")
    at = fields.get("at")
    if at is not None and at > now + FUTURE_SLACK:
        raise InvalidInput(
            "--at", f"a moment that has passed (now is {now:%Y-%m-%d %H:%M} UTC)", f"{at:%Y-%m-%d %H:%M} UTC"
        )
    with ws.transaction() as change:
        app, events = _events_of(change, application_id)
        before = _pick(events, number, app.id if app else "the search")
        after = dataclasses.replace(before, **fields)
        if after.type is EventType.SENT and "kind" in fields:
            after = dataclasses.replace(after, kind=_sent_kind(after.kind))
        if after.type is EventType.INBOUND and after.kind not in {k.value for k in InboundKind}:
            accepted = "one of: " + ", ".join(k.value for k in InboundKind) + " (the kind of a reply)"
            raise InvalidInput("--kind", accepted, after.kind)
        _check_people(app, after)
        if (
            app is not None
            and after.type is EventType.INBOUND
            and after.kind == InboundKind.TIMEFRAME
            and "stated_text" in fields
            and "new_date" not in fields
        ):  # K4: new words, a new D' read from them
            after = with_new_date(app.company.country, app.company.subdivision, years_for(app), after)
        tz = change.records.profile.tz
        check_offer_deadline(after, tz)
        if app is not None:
            check_message_follows(app, after, tz)
        index = next(i for i, e in enumerate(events) if e is before)
        _store(change, app, (*events[:index], after, *events[index + 1 :]), after)
        if affected_by(before) is not None and affected_by(after) is None and app is not None:
            change.replan_also |= {a.id for a in change.records.applications}  # no longer an offer
    return before, after


def _sent_kind(kind: str) -> str:
    from followup.core.guard import ACTIONS

    loggable = [a for a in ACTIONS if a not in ("F", "DELIVER", "PAUSE-SEARCH", "SKIP-F1")]
    if kind.upper() not in loggable:
        raise InvalidInput("--kind", "one of: " + ", ".join(loggable) + " (what was sent)", kind)
    return kind.upper()


def _check_people(app: Application | None, event: Event) -> None:
    named = (*event.to, *event.cc, *([event.from_person] if event.from_person else []))
    if app is None:
        if named:
            raise InvalidInput("person", "nobody: an event of the whole search names no one", named[0])
        return
    for ref in named:
        if app.person(ref) is None:
            raise InvalidInput("person", f"someone of {app.id}: " + ", ".join(p.id for p in app.people), ref)
