"""Undo: what each write command changed, kept so that `followup undo` can put it back.

``Workspace.transaction`` calls ``changes_between`` once the use case is done and stores the result in the
same database transaction (``store.journal``). An entry holds, in the export format's JSON
(``core.codec``), the earlier state of each *part* the command changed, and only those parts:

    {"profile": {...}, "settings": {...}, "events": [...],       the candidate, defaults, search events
     "applications": {"harbor-analytics": {...} | null},          null: it did not exist before
     "order": ["harbor-analytics", ...]}                          ids before, when some came or went

Undoing an entry puts back its parts and nothing else, so a command run since on another application is
left alone. When a later entry that is not undone changed one of the same parts, that entry is undone
first (and so on, by ``row_id``), because its change was made on top of the one being undone. Undo itself
is not journaled: undoing again reverts the command before.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from followup.core import codec
from followup.core.errors import InvalidInput, NotFound, Refused
from followup.core.model import Application, Records
from followup.core.outbox import OutboxState

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from followup.services.workspace import Change, Workspace
    from followup.store.journal import JournalEntry

PROFILE, SETTINGS, EVENTS, APPLICATIONS, ORDER = "profile", "settings", "events", "applications", "order"


def changes_between(before: Records, after: Records) -> dict[str, Any]:
    """The earlier state of every part that differs between ``before`` and ``after``; empty if none."""
    changes: dict[str, Any] = {}
    if before.profile != after.profile or before.settings != after.settings or before.events != after.events:
        earlier = codec.records_to_data(
            Records(profile=before.profile, settings=before.settings, events=before.events)
        )
        if before.profile != after.profile:
            changes[PROFILE] = earlier[PROFILE]
        if before.settings != after.settings:
            changes[SETTINGS] = earlier[SETTINGS]
        if before.events != after.events:
            changes[EVENTS] = earlier[EVENTS]
    old = {a.id: a for a in before.applications}
    new = {a.id: a for a in after.applications}
    changed = [
        app_id for app_id in [*old, *(i for i in new if i not in old)] if old.get(app_id) != new.get(app_id)
    ]
    if changed:
        apps: dict[str, Any] = {}
        changes[APPLICATIONS] = apps
        data = codec.records_to_data(Records(applications=tuple(old[i] for i in changed if i in old)))
        encoded = iter(cast(list[Any], data[APPLICATIONS]))
        for app_id in changed:
            apps[app_id] = next(encoded) if app_id in old else None
    if list(old) != list(new):
        changes[ORDER] = list(old)
    return changes


def parts_of(changes: dict[str, Any]) -> frozenset[str]:
    """What an entry touched, as keys two entries can share: profile, settings, events, app:ID."""
    parts = {key for key in (PROFILE, SETTINGS, EVENTS) if key in changes}
    return frozenset(parts | {f"app:{app_id}" for app_id in changes.get(APPLICATIONS, {})})


def restore(records: Records, changes: dict[str, Any]) -> Records:
    """``records`` with the parts of one entry put back as they were before its command ran."""
    document: dict[str, Any] = {"format": codec.FORMAT, "version": codec.VERSION}
    for key in (PROFILE, SETTINGS, EVENTS):
        if key in changes:
            document[key] = changes[key]
    saved: dict[str, Any] = changes.get(APPLICATIONS, {})
    document[APPLICATIONS] = [data for data in saved.values() if data is not None]
    earlier = codec.data_to_records(document)
    profile = earlier.profile if PROFILE in changes else records.profile
    settings = earlier.settings if SETTINGS in changes else records.settings
    events = earlier.events if EVENTS in changes else records.events
    by_id = {a.id: a for a in earlier.applications}
    apps: list[Application] = []
    for app in records.applications:
        if app.id not in saved:
            apps.append(app)
        elif app.id in by_id:
            apps.append(by_id.pop(app.id))
    order: list[str] = changes.get(ORDER, [a.id for a in records.applications])
    for app in sorted(by_id.values(), key=lambda a: order.index(a.id) if a.id in order else len(order)):
        apps = _placed(apps, app, order)  # an application the command had removed comes back
    if {a.id for a in apps} == set(order):
        apps.sort(key=lambda a: order.index(a.id))
    return Records(profile=profile, settings=settings, applications=tuple(apps), events=events)


def _placed(apps: list[Application], app: Application, earlier: Sequence[str]) -> list[Application]:
    """``apps`` with ``app`` put back where it was: after the one it followed, or before the one it
    preceded, or last; the others keep their order, whatever came since."""
    ids = [a.id for a in apps]
    index = earlier.index(app.id) if app.id in earlier else len(earlier)
    before = [i for i in earlier[:index] if i in ids]
    after = [i for i in earlier[index + 1 :] if i in ids]
    at = ids.index(before[-1]) + 1 if before else ids.index(after[0]) if after else len(ids)
    return [*apps[:at], app, *apps[at:]]


# --- the use cases ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """A command that can be undone: ``number`` 1 is the latest (what a bare `followup undo` reverts)."""

    number: int
    at: dt.datetime
    command: str
    parts: tuple[str, ...]  # what it changed, in words: "application harbor-analytics", "profile"

    def to_data(self, tz: dt.tzinfo) -> dict[str, Any]:
        return {
            "number": self.number,
            "at": self.at.astimezone(tz).isoformat(),
            "command": self.command,
            "changed": list(self.parts),
        }


def undoable(ws: Workspace) -> list[Entry]:
    """The commands that can be undone, latest first."""
    return [_entry(n, e) for n, e in enumerate(reversed(_open(ws.journal())), start=1)]


def undo(ws: Workspace, number: int = 1) -> list[Entry]:
    """Undo the ``number``-th latest command (1: the last one), after any later one that changed the same
    records; returns what was undone, latest first. Nothing to undo is ``NotFound``."""
    with ws.transaction() as change:
        kept = change.journal()
        stack = list(reversed(_open(kept)))
        if not stack:
            raise NotFound(
                f"nothing more to undo: the {len(kept)} command(s) kept are undone already"
                if kept
                else "nothing to undo: no command has changed your records yet"
            )
        if not 1 <= number <= len(stack):
            accepted = f"1 to {len(stack)}: a number `followup undo --list` shows"
            raise InvalidInput("NUMBER", accepted, str(number))
        chosen = stack[number - 1]
        group, touched = [chosen], parts_of(chosen.changes)
        for later in reversed(stack[: number - 1]):  # oldest first, so a chain of overlaps is followed
            if parts_of(later.changes) & touched:
                group.append(later)
                touched |= parts_of(later.changes)
        group.sort(key=lambda e: e.row_id, reverse=True)
        records = change.records
        for entry in group:
            records = restore(records, entry.changes)
        if change.session is not None:
            _keep_what_was_mailed(change.session, ws.owner, change.records, records)
            _follow_mail(change.session, ws.owner, change.records, records)
        _apply(change, records)
        change.undone = [e.row_id for e in group]
    positions = {e.row_id: n for n, e in enumerate(stack, start=1)}
    return [_entry(positions[e.row_id], e) for e in group]


def _keep_what_was_mailed(session: Connection, owner: str, now: Records, undone: Records) -> None:
    """Refuse an undo that would take back the record of a message that went out by mail (mail cannot
    be unsent): the way to mend such a record is a correction of the event, which the refusal names."""
    from followup.store import outbox

    mailed = outbox.sent_events(session, owner)
    if not mailed:
        return
    for app in now.applications:
        left = undone.application(app.id)
        kept = {e.id for e in left.events} if left is not None else set()
        for number, event in enumerate(app.events, start=1):
            item = mailed.get((app.id, event.id))
            if item is None or event.id in kept or event.kind != item.action:
                continue
            to = ", ".join(item.recipients)
            raise Refused(
                f"not undone: {item.action} to {to} went out by mail (outbox {item.number}) and mail cannot "
                f"be unsent; to correct the record instead: `followup event edit {number} -a {app.id}`"
            )


def _follow_mail(session: Connection, owner: str, now: Records, undone: Records) -> None:
    """What mail sync recorded follows the events an undo takes back or brings back: a reply accepted as a
    removed event is proposed again; a message a bounce had put back is sent again once its event returns
    (the user knows the bounce was wrong)."""
    from followup.store import mail_sync, outbox

    before = {e.id for a in now.applications for e in a.events}
    after = {e.id for a in undone.applications for e in a.events}
    removed, restored = sorted(before - after), sorted(after - before)
    mail_sync.reopen(session, owner, removed, restored)
    clock = dt.datetime.now(dt.UTC)
    for item in outbox.failed_with_events(session, owner, restored):
        outbox.move(session, owner, item, OutboxState.SENT, clock, "undo: the bounce was wrong", reason="")


def _apply(change: Change, records: Records) -> None:
    """Let the transaction save exactly what differs; replan every application, since an undone event can
    move other applications' plans (an offer reaches preferred employers, E-04)."""
    old = {a.id: a for a in change.records.applications}
    new = {a.id: a for a in records.applications}
    change.removed |= set(old) - set(new)
    change.apps |= {app_id for app_id, app in new.items() if old.get(app_id) != app}
    change.replan_also |= set(new)
    kept_order = [i for i in old if i in new] + [i for i in new if i not in old]
    if [a.id for a in records.applications] != kept_order:
        change.set_records(records)  # a removed application comes back in its place
    else:
        change.records = records


def _open(entries: list[JournalEntry]) -> list[JournalEntry]:
    return [e for e in entries if e.undone_at is None]


def _entry(number: int, entry: JournalEntry) -> Entry:
    changes = entry.changes
    parts = [name for key, name in ((PROFILE, "profile"), (SETTINGS, "settings")) if key in changes]
    parts += [f"application {app_id}" for app_id in changes.get(APPLICATIONS, {})]
    parts += ["events of the whole search"] if EVENTS in changes else []
    return Entry(number, entry.at, entry.command, tuple(parts))
