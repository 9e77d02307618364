"""One user's records in one store, and the transaction every command runs in.

``Workspace.transaction()`` loads the records, lets a use case change them (as new values), validates
the result with the same checks as the import format, saves what changed and recomputes the stored
agenda of every application whose plan could have changed, all in one database transaction: either
everything is written or nothing is. Use cases never touch the store directly.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import getpass
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from followup.core import codec
from followup.core.errors import NotFound
from followup.core.model import Application, Records
from followup.core.plan.agenda import rows_for
from followup.core.plan.business_days import BusinessCalendar
from followup.core.plan.planner import inputs_for, schedule, shared_facts
from followup.store import repository
from followup.store.engine import Store, open_store
from followup.workdays import calendars_for

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

OWNER_VARIABLE = "FOLLOWUP_USER"


def default_owner() -> str:
    """Whose records these are: $FOLLOWUP_USER, else the login name (a shared server sets it per user)."""
    return os.environ.get(OWNER_VARIABLE) or getpass.getuser() or "local"


@dataclass
class Change:
    """The records as a use case leaves them, and what it touched."""

    records: Records
    apps: set[str] = field(default_factory=set)  # ids of applications changed
    removed: set[str] = field(default_factory=set)
    profile: bool = False
    global_events: bool = False
    everything: bool = False  # save and replan every application (imports, settings)
    replan_also: set[str] = field(default_factory=set)  # other applications whose plans this change moves

    def app(self, application_id: str) -> Application:
        found = self.records.application(application_id)
        if found is None:
            known = ", ".join(a.id for a in self.records.applications) or "none yet"
            raise NotFound(f"no application {application_id!r} (known: {known}); see `followup list`")
        return found

    def put(self, app: Application, *, affects: Callable[[Application], bool] | None = None) -> None:
        """Store ``app`` (new or replacing the one with its id); ``affects`` picks the other applications
        whose plans depend on this change (an offer moves preferred employers' plans, E-04)."""
        apps = list(self.records.applications)
        index = next((i for i, a in enumerate(apps) if a.id == app.id), None)
        if index is None:
            apps.append(app)
        else:
            apps[index] = app
        self.records = dataclasses.replace(self.records, applications=tuple(apps))
        self.apps.add(app.id)
        if affects is not None:
            self.replan_also |= {a.id for a in self.records.applications if a.id != app.id and affects(a)}

    def set_records(self, records: Records) -> None:
        self.records = records
        self.everything = True


class Workspace:
    def __init__(self, db_url: str | None = None, owner: str | None = None) -> None:
        self.store: Store = open_store(db_url)
        self.owner = owner or default_owner()

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def read(self) -> Records:
        with self.store.transaction() as session:
            return repository.load_records(session, self.owner)

    @contextmanager
    def transaction(self) -> Iterator[Change]:
        """Load, let the caller change, validate, save and replan: one transaction."""
        with self.store.transaction() as session:
            before = repository.load_records(session, self.owner)
            change = Change(before)
            yield change
            after = change.records
            codec.data_to_records(codec.records_to_data(after))  # the import format's checks, all of them
            if change.everything:
                repository.save_records(session, self.owner, after)
            else:
                for app_id in change.removed:
                    repository.delete_application(session, self.owner, app_id)
                if change.profile or before.profile != after.profile or before.settings != after.settings:
                    repository.save_profile(session, self.owner, after.profile, after.settings)
                if change.global_events or before.events != after.events:
                    repository.save_global_events(session, self.owner, after.events)
                for app in after.applications:
                    if app.id in change.apps:
                        repository.save_application(session, self.owner, app)
            global_change = (
                change.everything or before.settings != after.settings or before.events != after.events
            )
            targets = (
                after.applications
                if global_change
                else [a for a in after.applications if a.id in change.apps | change.replan_also]
            )
            replan(session, self.owner, after, targets)
            repository.set_history_until(session, self.owner, history_until(after))


def replan(session: Session, owner: str, records: Records, apps: Iterable[Application]) -> None:
    """Recompute and store the agenda rows of ``apps`` (so that `followup today` is one query)."""
    chosen = list(apps)
    calendars: dict[str, BusinessCalendar] = calendars_for(records, chosen)
    shared = shared_facts(records)
    for app in chosen:
        inputs = inputs_for(records, app, calendars[app.id], shared)
        names = {p.id: p.name for p in app.people}
        rows = rows_for(schedule(app, inputs), names, calendar=inputs.calendar)
        repository.replace_agenda(session, owner, app.id, rows)


def history_until(records: Records) -> int:
    """The latest moment the records speak of (events, debriefs, answers), in epoch seconds."""
    moments = [e.at for e in records.events]
    for app in records.applications:
        moments += [e.at for e in app.events]
        for interview in app.interviews:
            debrief = interview.debrief
            moments += [debrief.done_at] if debrief.done_at else []
            moments += [q.answered_at for q in debrief.stumbled_questions if q.answered_at]
    return int(max(moments).timestamp()) if moments else 0


def slug(text: str, taken: set[str], fallback: str = "item") -> str:
    """A short readable id from ``text``, unique among ``taken``: "harbor-analytics", "harbor-analytics-2"."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:40] or fallback
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def next_id(prefix: str, taken: set[str]) -> str:
    n = 1
    while f"{prefix}{n}" in taken:
        n += 1
    return f"{prefix}{n}"


def utc(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(dt.UTC)
