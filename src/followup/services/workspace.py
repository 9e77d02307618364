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
from typing import TYPE_CHECKING

from followup.core import codec
from followup.core.errors import InvalidInput, NotFound
from followup.core.model import Application, Event, Records
from followup.core.plan.agenda import AGENDA_VERSION, rows_for
from followup.core.plan.business_days import BusinessCalendar
from followup.core.plan.planner import Shared, inputs_for, schedule, shared_facts, shared_from
from followup.core.plan.schedule import sheet_of
from followup.core.plan.summary import AppFacts, accepted_at, dependents, facts_of, periods
from followup.services.journal import ORDER, changes_between
from followup.store import journal as journal_rows
from followup.store import repository, schedules, summaries
from followup.store.engine import Store, open_store, sqlite_path_of
from followup.store.location import login_owner
from followup.workdays import calendars_for

if TYPE_CHECKING:
    from sqlalchemy import Connection


def default_owner() -> str:
    """Whose records a SQLite file not created yet would hold: $FOLLOWUP_USER, else the login name. (A
    SQLite file has an owner of its own, a PostgreSQL server the role connected: ``Store.owner``.)"""
    return login_owner()


class Scope:
    """What a scoped transaction loads when a use case asks for it: one application, the ids of all,
    or (for a change that reaches every application) everything."""

    def __init__(self, session: Connection, owner: str) -> None:
        self.session, self.owner = session, owner
        self._ids: list[str] | None = None
        # Each loaded application's rows as read under the write lock: its save compares with these
        # instead of reading them a second time.
        self.rows: dict[str, repository.StoredRows] = {}

    @property
    def ids(self) -> list[str]:
        """Every application's id as stored before the change, in order."""
        if self._ids is None:
            self._ids = summaries.application_ids(self.session, self.owner)
        return self._ids

    def load(self, application_id: str) -> Application | None:
        found = repository.read_application(self.session, self.owner, application_id)
        if found is None:
            return None
        app, self.rows[application_id] = found
        return app

    def load_all(self) -> Records:
        return repository.load_records(self.session, self.owner)


class Change:
    """The records as a use case leaves them, and what it touched.

    A change starts *scoped* when the store's derived data is current: it holds the profile, the settings
    and the events of the whole search, and loads an application only when the use case asks for it
    (``app``, ``put``). Reading or replacing ``records`` loads everything first, so a use case that needs
    every application still sees them all; ``known`` is what is loaded so far (the profile and settings
    are always there)."""

    def __init__(
        self,
        records: Records,
        *,
        scope: Scope | None = None,
        journal: Callable[[], list[journal_rows.JournalEntry]] = list,
    ) -> None:
        self._records = records
        self._before = records
        self._scope = scope
        self._rows = scope.rows if scope is not None else {}  # kept when everything gets loaded
        self._fetched: set[str] = set()
        self.apps: set[str] = set()  # ids of applications changed
        self.removed: set[str] = set()
        self.profile = False
        self.global_events = False
        self.everything = False  # save and replan every application (imports, settings)
        self.replan_also: set[str] = set()  # other applications whose plans this change moves
        self.journal = journal  # the owner's undo journal, in this transaction
        self.undone: list[int] = []  # journal rows this change puts back (undo: not journaled)
        # The transaction's connection, for a use case that writes a table of its own in the same
        # transaction (the outbox records a message as sent with its event, services.outbox).
        self.session: Connection | None = None

    @property
    def scoped(self) -> bool:
        """Whether only some applications are loaded."""
        return self._scope is not None

    @property
    def records(self) -> Records:
        """Every record as the use case leaves them (loads every application of a scoped change)."""
        self.load_everything()
        return self._records

    @records.setter
    def records(self, value: Records) -> None:
        self.load_everything()
        self._records = value

    @property
    def known(self) -> Records:
        """The records loaded so far: the profile, the settings and the events of the whole search, and
        the applications asked for (all of them unless the change is scoped)."""
        return self._records

    @property
    def before(self) -> Records:
        """What ``known`` held when loaded, before the use case changed it."""
        return self._before

    def application_ids(self) -> list[str]:
        """Every application's id, as the change leaves them, without loading any application."""
        if self._scope is None:
            return [a.id for a in self._records.applications]
        stored = [i for i in self._scope.ids if i not in self.removed]
        taken = set(stored)
        return stored + [a.id for a in self._records.applications if a.id not in taken]

    def app(self, application_id: str) -> Application:
        found = self._records.application(application_id)
        if found is None and application_id not in self.removed:
            found = self._fetch(application_id)
        if found is None:
            known = ", ".join(self.application_ids()) or "none yet"
            raise NotFound(f"no application {application_id!r} (known: {known}); see `followup list`")
        return found

    def put(self, app: Application, *, affects: Callable[[Application], bool] | None = None) -> None:
        """Store ``app`` (new or replacing the one with its id). The applications whose plans depend on it
        are found from the summaries when the transaction ends (``summary.dependents``); ``affects`` adds
        the other loaded applications it picks (every one, in a change that loaded them all)."""
        if self._records.application(app.id) is None and app.id not in self.removed:
            self._fetch(app.id)  # the stored one, for the undo journal
        apps = list(self._records.applications)
        index = next((i for i, a in enumerate(apps) if a.id == app.id), None)
        if index is None:
            apps.append(app)
        else:
            apps[index] = app
        self._records = dataclasses.replace(self._records, applications=tuple(apps))
        self.apps.add(app.id)
        self.removed.discard(app.id)
        if affects is not None:
            self.replan_also |= {a.id for a in self._records.applications if a.id != app.id and affects(a)}

    def remove(self, application_id: str) -> Application:
        """Delete an application (the others its records reached are replanned); returns it as it was."""
        app = self.app(application_id)
        kept = tuple(a for a in self._records.applications if a.id != app.id)
        self._records = dataclasses.replace(self._records, applications=kept)
        self.removed.add(app.id)
        self.apps.discard(app.id)
        return app

    def rows_read(self, application_id: str) -> repository.StoredRows | None:
        """The application's rows as this transaction loaded them (``Scope.load``), for its save."""
        return self._rows.get(application_id)

    def set_records(self, records: Records) -> None:
        self.records = records
        self.everything = True

    def shared_for(self, app: Application, at: dt.datetime) -> Shared | None:
        """What the other applications' plans give ``app``'s (E-04, L-01, L-04), from their stored
        summaries, for the guard at ``at``; None when the summaries cannot stand in for their records (an
        unscoped change, a summary missing, or something recorded after ``at``: the others must then be
        read as they stood at ``at``)."""
        scope = self._scope
        if scope is None:
            return None
        return _shared(scope.session, scope.owner, scope.ids, app, self._records.events, at)

    def load_everything(self) -> None:
        """Load every application, keeping what the use case changed so far."""
        scope, self._scope = self._scope, None
        if scope is None:
            return
        stored = scope.load_all()
        current = {a.id: a for a in self._records.applications}
        apps = [current.get(a.id, a) for a in stored.applications if a.id not in self.removed]
        known = {a.id for a in stored.applications}
        apps += [a for a in self._records.applications if a.id not in known]
        self._before = stored
        self._records = dataclasses.replace(self._records, applications=tuple(apps))

    def _fetch(self, application_id: str) -> Application | None:
        if self._scope is None or application_id in self._fetched:
            return None
        self._fetched.add(application_id)
        found = self._scope.load(application_id)
        if found is not None:
            self._records = dataclasses.replace(
                self._records, applications=(*self._records.applications, found)
            )
            self._before = dataclasses.replace(self._before, applications=(*self._before.applications, found))
        return found


def _shared(
    session: Connection,
    owner: str,
    ids: Iterable[str],
    app: Application,
    events: tuple[Event, ...],
    at: dt.datetime,
) -> Shared | None:
    """What the other applications' plans give ``app``'s at ``at``, from their stored summaries (current:
    the caller checked the agenda version); None when a summary is missing or something was recorded
    after ``at`` (the others must then be read as they stood at ``at``)."""
    mark = summaries.history_mark(session, owner)
    if int(at.timestamp()) < int(mark or "0"):
        return None
    facts = summaries.load_facts(session, owner)
    if not set(ids) - {app.id} <= facts.keys():
        return None
    facts[app.id] = facts_of(app)
    return shared_from(facts, events)


@dataclasses.dataclass(frozen=True)
class Reading:
    """What a command about one application reads (``Workspace.read_scoped``).

    ``records`` hold the profile, the settings, the events of the whole search and that application
    alone, with ``shared`` (what the others give its plan, from their summaries) and ``names`` (every
    application's recorded names, for the spell checker, K15); or, when the summaries cannot stand in
    for the others' records, every application, with ``shared`` and ``names`` None (the planner, the
    guard and the speller then gather them from ``records``, as they always did). With no application
    asked for (a text checked on its own): no application, and ``names``."""

    records: Records
    shared: Shared | None = None
    names: tuple[str, ...] | None = None


class Workspace:
    """One owner's records in one store.

    Whose: a SQLite file's own owner, whoever runs followup (a cron job, sudo, another login); on a
    PostgreSQL server, the database role connected (``$FOLLOWUP_USER`` has no say there). ``owner``
    (``--owner``) picks another owner in a SQLite file, one whose records the file holds; on a server it
    can only name the role connected.

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

    def read_for(self, reference: str | None) -> Records:
        """What a command about one application reads: the profile, the settings, the events of the whole
        search and the application whose id is ``reference``; every record when no application has that
        id (a company name, or no reference at all: the only application), as ``read``."""
        if self._store is not None and reference:
            with self.store.read() as session:
                app = repository.load_application(session, self.owner, reference.strip())
                if app is not None:
                    base = summaries.load_base(session, self.owner)
                    return dataclasses.replace(base, applications=(app,))
        return self.read()

    def application_names(self) -> list[tuple[str, str]]:
        """Every application as (id, company name), in order, without loading any (``picking.pick``)."""
        if self._store is None:
            return []
        with self.store.read() as session:
            return summaries.application_companies(session, self.owner)

    def record_names(self) -> tuple[str, ...]:
        """The names recorded in every application (companies, people), read alone (``spelling``)."""
        if self._store is None:
            return ()
        with self.store.read() as session:
            return tuple(summaries.record_names(session, self.owner))

    def read_scoped(self, application_id: str | None, at: dt.datetime) -> Reading:
        """What drafting or checking a message of application ``application_id`` at ``at`` reads: that
        application, what the others give its plan (their stored summaries, valid when the derived data
        is current and nothing was recorded after ``at``) and their names, in one read (``Reading``);
        every record when those summaries cannot stand in for them. With no application (a text checked
        on its own): the profile, the settings, the search's events and the names."""
        if self._store is None:
            return Reading(Records())
        with self.store.read() as session:
            base = summaries.load_base(session, self.owner)
            if application_id is None:
                return Reading(base, None, tuple(summaries.record_names(session, self.owner)))
            app = repository.load_application(session, self.owner, application_id)
            shared = None
            if app is not None and repository.agenda_version(session, self.owner) == AGENDA_VERSION:
                ids = summaries.application_ids(session, self.owner)
                shared = _shared(session, self.owner, ids, app, base.events, at)
            if app is None or shared is None:
                return Reading(repository.load_records(session, self.owner))
            names = tuple(summaries.record_names(session, self.owner))
            return Reading(dataclasses.replace(base, applications=(app,)), shared, names)

    def read_base(self) -> Records:
        """The profile, the settings and the events of the whole search, without any application."""
        if self._store is None:
            return Records()
        with self.store.read() as session:
            return summaries.load_base(session, self.owner)

    def journal(self) -> list[journal_rows.JournalEntry]:
        """The undo journal, oldest first."""
        with self.store.read() as session:
            return journal_rows.load_entries(session, self.owner)

    def locked(self) -> AbstractContextManager[Connection]:
        """A write transaction holding this owner's write lock, taken before anything is read."""
        return self.store.transaction(lambda session: repository.lock_owner(session, self.owner))

    @contextmanager
    def transaction(self) -> Iterator[Change]:
        """Load, let the caller change, validate, save, replan and journal: one transaction.

        The owner's write lock is taken before anything is read (``locked``), so what the caller changes
        is the current state and no concurrent command can change it before this one commits. When the
        stored derived data is current, the change is scoped (``Change``): it loads the application the
        use case asks for, and the transaction replans it and the others whose plans depend on it from
        the summaries of the rest, never reading their records."""
        with self.locked() as session:
            journal = lambda: journal_rows.load_entries(session, self.owner)  # noqa: E731
            outdated = repository.agenda_version(session, self.owner) != AGENDA_VERSION
            if outdated:
                change = Change(repository.load_records(session, self.owner), journal=journal)
            else:
                base = summaries.load_base(session, self.owner)
                change = Change(base, scope=Scope(session, self.owner), journal=journal)
            change.session = session
            yield change
            self._finish(session, change, outdated)

    def _finish(self, session: Connection, change: Change, outdated: bool) -> None:
        """Validate, save, replan and journal what ``change`` did (see ``transaction``)."""
        if change.everything or change.profile or change.global_events:
            change.load_everything()  # owner-wide: every plan is made again
        stored_ids = change._scope.ids if change._scope is not None else None
        before, after = change.before, change.known
        old = {a.id: a for a in before.applications}
        new = {a.id: a for a in after.applications}
        changed = {i for i in old.keys() | new.keys() if old.get(i) != new.get(i)} | change.removed
        global_change = (
            change.everything or before.settings != after.settings or before.events != after.events
        )
        stored: dict[str, AppFacts] = {}
        if not (outdated or global_change):
            stored = summaries.load_facts(session, self.owner)
            present = stored_ids if stored_ids is not None else [a.id for a in before.applications]
            if not set(present) <= stored.keys():
                outdated = True  # a summary is missing: make them all again
        facts: dict[str, AppFacts] = {}
        dependent: set[str] = set()
        if not (outdated or global_change):
            facts = {i: f for i, f in stored.items() if i not in changed}
            facts |= {i: facts_of(new[i]) for i in changed if i in new}
            if accepted_at(stored.values(), before.events) != accepted_at(facts.values(), after.events):
                global_change = True  # an accepted offer ends the search everywhere (L-04)
            else:
                for app_id in changed:
                    dependent |= dependents(stored.get(app_id), facts.get(app_id), facts.values())
        everything = outdated or global_change
        if everything:
            change.load_everything()
            before, after = change.before, change.records
            stored_ids = None
        codec.data_to_records(codec.records_to_data(after))  # the import format's checks, all of them
        if change.everything:
            repository.save_records(session, self.owner, after)
        else:
            for app_id in change.removed:
                summaries.delete_summary(session, self.owner, app_id)
                schedules.delete_schedule(session, self.owner, app_id)
                repository.delete_application(session, self.owner, app_id)
            if change.profile or before.profile != after.profile or before.settings != after.settings:
                repository.save_profile(session, self.owner, after.profile, after.settings)
            if change.global_events or before.events != after.events:
                repository.save_global_events(session, self.owner, after.events)
            for app in after.applications:
                if app.id in change.apps:
                    repository.save_application(session, self.owner, app, change.rows_read(app.id))
        if everything:
            for app_id in {a.id for a in before.applications} - {a.id for a in after.applications}:
                summaries.delete_summary(session, self.owner, app_id)
                schedules.delete_schedule(session, self.owner, app_id)
            replan(session, self.owner, after, after.applications)
            repository.set_agenda_version(session, self.owner, AGENDA_VERSION)
        else:
            wanted = [i for i in (changed | change.replan_also | dependent) if i in facts]
            targets = [change.app(i) for i in sorted(wanted)]
            replan(session, self.owner, after, targets, shared_from(facts, after.events))
        latest = max([summaries.latest_history(session, self.owner), *(_seconds(e.at) for e in after.events)])
        repository.set_history_until(session, self.owner, latest)
        now = dt.datetime.now(dt.UTC)
        if change.undone:
            journal_rows.mark_undone(session, self.owner, change.undone, now)
            return
        changes = changes_between(before, after)
        if stored_ids is not None:  # a scoped change saw only some applications: the order is all of them
            changes.pop(ORDER, None)
            if set(old) != set(new):
                changes[ORDER] = list(stored_ids)
        if changes:  # a command that changed nothing leaves no entry
            journal_rows.add_entry(session, self.owner, now, self.command, changes)


def _owner_in(store: Store, asked: str | None) -> str:
    """Whose records to use in ``store``: the one asked for, else the file's own (else the login's)."""
    if asked is not None and not asked.strip():
        raise InvalidInput("--owner", "a name", asked)
    if store.shared and store.owner is not None:  # the role connected; the database allows no other
        if asked is not None and asked != store.owner:
            raise InvalidInput(
                "--owner",
                f"{store.owner}, the role you connect as (on a PostgreSQL server the owner is your role; "
                "connect as another role to reach its records)",
                asked,
            )
        return store.owner
    if store.owner is None:  # a store without an owner of its own (none today): the login's
        return asked or login_owner()
    if asked is None or asked == store.owner:
        return store.owner
    with store.read() as session:
        known = repository.owners(session)
    if asked not in known:
        names = ", ".join(sorted({store.owner, *known}))
        raise InvalidInput("--owner", f"one of the owners this file holds records of: {names}", asked)
    return asked


def replan(
    session: Connection,
    owner: str,
    records: Records,
    apps: Iterable[Application],
    shared: Shared | None = None,
) -> None:
    """Recompute and store the agenda rows and the summary of each of ``apps`` (so that `followup today`
    and `followup list` are one query each). ``shared`` is what the plans read of the other applications
    (default: gathered from ``records``, which must then hold every application)."""
    chosen = list(apps)
    calendars: dict[str, BusinessCalendar] = calendars_for(records, chosen)
    shared = shared or shared_facts(records)
    for app in chosen:
        inputs = inputs_for(records, app, calendars[app.id], shared)
        planned = schedule(app, inputs)
        summaries.replace_summary(session, owner, facts_of(app), periods(planned))
        names = {p.id: p.name for p in app.people}
        schedules.replace_schedule(session, owner, app.id, sheet_of(planned, names))  # `plan APP`
        if app.archived_at is not None:  # put away: out of `followup today`, its plan kept for later
            repository.replace_agenda(session, owner, app.id, [])
            continue
        rows = rows_for(planned, names, calendar=inputs.calendar)
        repository.replace_agenda(session, owner, app.id, rows)


def _seconds(moment: dt.datetime) -> int:
    return int(moment.timestamp())


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
