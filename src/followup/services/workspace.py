"""One user's records in one store, and the transaction every command runs in.

``Workspace.transaction()`` loads the records, lets a use case change them (as new values), validates
the result with the same checks as the import format, saves what changed, recomputes the stored
agenda of every application whose plan could have changed and journals the earlier state of what
changed (``services.journal``, for `followup undo`), all in one database transaction: either everything
is written or nothing is. Use cases never touch the store directly.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from followup.core import codec
from followup.core.errors import InvalidInput, NotFound
from followup.core.model import Application, Records
from followup.core.plan.agenda import AGENDA_VERSION, rows_for
from followup.core.plan.business_days import BusinessCalendar
from followup.core.plan.planner import inputs_for, schedule, shared_facts
from followup.services.journal import changes_between
from followup.store import journal as journal_rows
from followup.store import repository
from followup.store.engine import Store, open_store, sqlite_path_of
from followup.store.location import login_owner
from followup.workdays import calendars_for

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def default_owner() -> str:
    """Whose records these are on a shared server: $FOLLOWUP_USER, else the login name. (A SQLite file
    has an owner of its own: ``Store.owner``.)"""
    return login_owner()


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
    journal: Callable[[], list[journal_rows.JournalEntry]] = (
        list  # the owner's undo journal, in this transaction
    )
    undone: list[int] = field(
        default_factory=list
    )  # journal rows this change puts back (undo: not journaled)

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
    """One owner's records in one store.

    Whose: a SQLite file's own owner, whoever runs followup (a cron job, sudo, another login); on a
    PostgreSQL server, ``$FOLLOWUP_USER`` or the login name. ``owner`` (``--owner``) picks another; on a
    SQLite file it must be one whose records the file holds.

    A SQLite file that does not exist yet is created only when something is written: ``read`` finds
    empty records and leaves no file or folder behind. ``command`` is the command line as the user typed
    it (without the database option), kept with each change in the undo journal."""

    def __init__(self, db_url: str | None = None, owner: str | None = None, command: str = "") -> None:
        self.db_url = db_url
        self.command = command
        self._asked_owner = owner
        self._store: Store | None = None
        self._owner: str | None = None
        path = sqlite_path_of(db_url)
        self.missing = path is not None and not path.exists()
        mistaken = db_url is not None and path is not None and not path.parent.is_dir()
        if not self.missing or mistaken:  # a --db in a missing folder is refused, even to read
            self._open()

    @property
    def store(self) -> Store:
        """The open store (a missing SQLite file is created now)."""
        if self._store is None:
            return self._open()
        return self._store

    @property
    def owner(self) -> str:
        return self._owner or self._asked_owner or login_owner()

    def _open(self) -> Store:
        store = open_store(self.db_url)
        try:
            self._owner = _owner_in(store, self._asked_owner)
        except BaseException:
            store.close()
            raise
        self._store, self.missing = store, False
        return store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def read(self) -> Records:
        """The records as they are now, read without taking the write lock (``Store.read``)."""
        if self._store is None:  # a file not created yet holds nothing
            return Records()
        with self.store.read() as session:
            return repository.load_records(session, self.owner)

    def journal(self) -> list[journal_rows.JournalEntry]:
        """The undo journal, oldest first."""
        with self.store.read() as session:
            return journal_rows.load_entries(session, self.owner)

    def locked(self) -> AbstractContextManager[Session]:
        """A write transaction holding this owner's write lock, taken before anything is read."""
        return self.store.transaction(lambda session: repository.lock_owner(session, self.owner))

    @contextmanager
    def transaction(self) -> Iterator[Change]:
        """Load, let the caller change, validate, save, replan and journal: one transaction.

        The owner's write lock is taken before the records are read (``locked``), so what the caller
        changes is the current state and no concurrent command can change it before this one commits.
        The lock is the owner's, not one application's: the records are read whole, and the journal,
        the latest recorded moment and the plans of other applications (E-04, L-01, L-04) are derived
        from all of them."""
        with self.locked() as session:
            before = repository.load_records(session, self.owner)
            change = Change(before, journal=lambda: journal_rows.load_entries(session, self.owner))
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
            # Rows made by an older followup are all made again, once (AGENDA_VERSION).
            outdated = repository.agenda_version(session, self.owner) != AGENDA_VERSION
            targets = (
                after.applications
                if global_change or outdated
                else [a for a in after.applications if a.id in change.apps | change.replan_also]
            )
            replan(session, self.owner, after, targets)
            if outdated:
                repository.set_agenda_version(session, self.owner, AGENDA_VERSION)
            repository.set_history_until(session, self.owner, history_until(after))
            now = dt.datetime.now(dt.UTC)
            if change.undone:
                journal_rows.mark_undone(session, self.owner, change.undone, now)
            else:
                changes = changes_between(before, after)
                if changes:  # a command that changed nothing leaves no entry
                    journal_rows.add_entry(session, self.owner, now, self.command, changes)


def _owner_in(store: Store, asked: str | None) -> str:
    """Whose records to use in ``store``: the one asked for, else the file's own (else the login's)."""
    if asked is not None and not asked.strip():
        raise InvalidInput("--owner", "a name", asked)
    if store.owner is None:  # a shared server: every login has its own
        return asked or login_owner()
    if asked is None or asked == store.owner:
        return store.owner
    with store.read() as session:
        known = repository.owners(session)
    if asked not in known:
        names = ", ".join(sorted({store.owner, *known}))
        raise InvalidInput("--owner", f"one of the owners this file holds records of: {names}", asked)
    return asked


def replan(session: Session, owner: str, records: Records, apps: Iterable[Application]) -> None:
    """Recompute and store the agenda rows of ``apps`` (so that `followup today` is one query)."""
    chosen = list(apps)
    calendars: dict[str, BusinessCalendar] = calendars_for(records, chosen)
    shared = shared_facts(records)
    for app in chosen:
        if app.archived_at is not None:  # put away: out of `followup today`, its plan kept for later
            repository.replace_agenda(session, owner, app.id, [])
            continue
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
