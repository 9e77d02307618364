"""`followup today`: everything due or overdue across applications, most urgent first.

This is the everyday command, so it is the fast path: standard library only (``sqlite3``, ``zoneinfo``),
dispatched by ``entry`` before Click, SQLAlchemy or holidays are imported. It reads the agenda rows
the planner stored when records last changed, in one indexed query on ``(owner, ends_at)``. It falls
back to the full planner (``services``) when it cannot answer from the stored rows: a PostgreSQL URL,
a database whose schema needs migrating, or a ``--now`` earlier than the last recorded event (the
stored plan already knows about that event).
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import sys
import time
from collections import namedtuple

# Imports here are counted in milliseconds (benchmarks/today.py): no typing, pathlib or json at start-up;
# json and getpass load only when asked for.

USAGE = """Usage: followup today [OPTIONS]

  Everything due or overdue across applications, most urgent first.

Options:
  --now ISO-DATETIME  Read the plan at this moment (default: the clock). Without
                      an offset it is read in your profile's time zone.
  --json              Print JSON (documented in docs/json-output.md).
  --db PATH|URL       The database (default: $FOLLOWUP_HOME/followup.db or the
                      platform's user data directory).
  --owner NAME        Another owner's records in this file (default: the file's
                      own) or on a PostgreSQL server.
  --help              Show this message and exit.
"""
SCHEMA_REVISION = "0006"  # must equal store.engine.HEAD_REVISION (a test checks it)
HISTORY_KEY = "history_until:"  # meta key: the latest recorded moment of an owner's records (epoch s)
COLUMNS = (
    "application_id",
    "step_key",
    "label",
    "company",
    "position",
    "state",
    "starts_at",
    "ends_at",
    "target_at",
    "deadline_at",
    "channel",
    "recipients",
    "codes",
    "rules",
    "reason",
)
# Everything the fast path checks before it trusts the stored rows, in one statement. Whose rows: the
# owner asked for (--owner), else the file's own (meta row "owner"), whoever runs the command.
FACTS = (
    "SELECT (SELECT value FROM meta WHERE key = 'schema'), (SELECT value FROM meta WHERE key = ? || o.name), "
    "(SELECT version_num FROM alembic_version), (SELECT tz FROM profiles WHERE owner = o.name), o.name "
    "FROM (SELECT COALESCE(?, (SELECT value FROM meta WHERE key = 'owner')) AS name) AS o"
)
QUERY = (
    f"SELECT {', '.join(COLUMNS)} FROM agenda WHERE owner = ? AND ends_at > ? AND starts_at <= ? "
    "ORDER BY CASE state WHEN 'OVERDUE' THEN 0 ELSE 1 END, COALESCE(deadline_at, ends_at), company, label"
)


class Clock:
    """Wall-clock text in one IANA zone for epoch seconds.

    Where the system has the zone in its tz database, the C library converts (``TZ`` + ``time.tzset``):
    importing ``zoneinfo`` alone costs more than this command's query. Elsewhere ``zoneinfo`` does it.
    Use as a context manager: the process's ``TZ`` is restored on exit.
    """

    def __init__(self, name: str) -> None:
        self.name = name or "UTC"
        tzdir = os.environ.get("TZDIR", "/usr/share/zoneinfo")
        safe = ".." not in self.name and not self.name.startswith("/")
        self.native = hasattr(time, "tzset") and safe and os.path.isfile(os.path.join(tzdir, self.name))
        self._saved: str | None = None
        self._zone: dt.tzinfo | None = None

    def __enter__(self) -> Clock:
        if self.native:
            self._saved = os.environ.get("TZ")
            os.environ["TZ"] = self.name
            time.tzset()
        else:
            from followup.cli.timefmt import zone

            self._zone = zone(self.name)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.native:
            if self._saved is None:
                os.environ.pop("TZ", None)
            else:
                os.environ["TZ"] = self._saved
            time.tzset()

    def _local(self, epoch: int) -> tuple[time.struct_time, int]:
        if self.native:
            local = time.localtime(epoch)
            return local, local.tm_gmtoff
        moment = dt.datetime.fromtimestamp(epoch, self._zone)
        offset = moment.utcoffset()
        return moment.timetuple(), int(offset.total_seconds()) if offset else 0

    def human(self, epoch: int, *, end: bool = False) -> str:
        """ "Mon 02 Mar 14:00"; an exclusive end at local midnight reads as 23:59 the day before."""
        local, _ = self._local(epoch)
        if end and (local.tm_hour, local.tm_min, local.tm_sec) == (0, 0, 0):
            local, _ = self._local(epoch - 60)
        return time.strftime("%a %d %b %H:%M", local)

    def iso(self, epoch: int) -> str:
        local, offset = self._local(epoch)
        sign = "-" if offset < 0 else "+"
        hours, minutes = divmod(abs(offset) // 60, 60)
        return time.strftime("%Y-%m-%dT%H:%M:%S", local) + f"{sign}{hours:02d}:{minutes:02d}"

    def parse(self, text: str) -> int:
        """``--now``: ISO 8601; without an offset it is read in this zone."""
        value = text.strip()
        try:
            moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00").replace(" ", "T", 1))
            if not 1970 <= moment.year <= 2200:
                raise ValueError(value)
        except ValueError:
            _invalid("--now", "an ISO date or date-time such as 2026-03-02T14:00 (years 1970 to 2200)", text)
            raise
        if moment.tzinfo is not None:
            return int(moment.timestamp())
        if self.native:
            return int(time.mktime((*moment.timetuple()[:8], -1)))
        return int(moment.replace(tzinfo=self._zone).timestamp())


# One stored agenda row, fields named as the columns. At run time a plain namedtuple (rows are built
# by C code, and ``collections`` is already loaded by sqlite3); type checkers see the typed class.
# mypy treats a name TYPE_CHECKING as true wherever it comes from, so ``typing`` is never imported.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import NamedTuple

    class Item(NamedTuple):
        application_id: str
        step_key: str
        label: str
        company: str
        position: str
        state: str
        starts_at: int
        ends_at: int
        target_at: int | None
        deadline_at: int | None
        channel: str
        recipients: str
        codes: str
        rules: str
        reason: str

else:
    Item = namedtuple("Item", COLUMNS)


class Options:
    __slots__ = ("as_json", "db", "now", "owner")

    def __init__(self, now: str | None, as_json: bool, db: str | None, owner: str | None = None) -> None:
        self.now, self.as_json, self.db, self.owner = now, as_json, db, owner


class NeedsFullPlanner(Exception):
    """The stored rows cannot answer this question; the caller runs the planner instead."""


def parse_args(argv: list[str] | tuple[str, ...]) -> Options | None:
    """Returns None when help was asked for. Raises InvalidInput on unknown options."""
    now, as_json, db, who = None, False, None, None
    args = list(argv)
    while args:
        arg = args.pop(0)
        if arg in ("--help", "-h"):
            return None
        if arg == "--json":
            as_json = True
        elif arg in ("--now", "--db", "--owner") or arg.startswith(("--now=", "--db=", "--owner=")):
            name, _, value = arg.partition("=")
            if not value:
                if not args:
                    _invalid(name, "a value after " + name)
                value = args.pop(0)
            if name == "--now":
                now = value
            elif name == "--db":
                db = value
            else:
                who = value
        else:
            _invalid("option", "--now, --json, --db, --owner or --help", arg)
    return Options(now, as_json, db, who)


def _invalid(field: str, accepted: str, given: str | None = None) -> None:
    from followup.core.errors import InvalidInput

    raise InvalidInput(field, accepted, given)


def sqlite_path(db: str | None) -> str:
    if db is None:
        db = os.environ.get("FOLLOWUP_DB")
    if db is None:
        from followup.store.location import default_db_file

        return default_db_file()
    from followup.store.location import is_url

    if is_url(db):
        if not db.startswith("sqlite:///"):
            raise NeedsFullPlanner  # a server, or a URL the full path refuses (never showing a password)
        return db.removeprefix("sqlite:///")
    return os.path.expanduser(db)


def read_rows(path: str, who: str | None, now_text: str | None) -> tuple[list[Item], str, int]:
    """The agenda rows holding now for ``who`` (None: the file's own owner), the profile's zone name,
    and now (epoch seconds). Raises NeedsFullPlanner when the stored rows cannot answer."""
    if not os.path.exists(path):
        raise NeedsFullPlanner
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        raise NeedsFullPlanner from None
    try:
        asked = who
        schema, history, revision, found, who = con.execute(FACTS, (HISTORY_KEY, asked)).fetchone()
        if schema != "followup" or revision != SCHEMA_REVISION or who is None:
            raise NeedsFullPlanner
        if asked is not None and found is None:
            raise NeedsFullPlanner  # perhaps an owner the file does not hold: the full path says so
        tz_name = found or "UTC"
        with Clock(tz_name) as clock:
            at = clock.parse(now_text) if now_text else int(time.time())
        if at < int(history or "0"):
            raise NeedsFullPlanner
        rows = list(map(Item._make, con.execute(QUERY, (who, at, at))))
    except sqlite3.Error:
        raise NeedsFullPlanner from None
    finally:
        con.close()
    return rows, tz_name, at


def render(items: list[Item], tz_name: str, now: int, as_json: bool) -> str:
    with Clock(tz_name) as clock:
        if as_json:
            import json

            data = {"now": clock.iso(now), "items": [item_data(item, clock) for item in items]}
            return json.dumps(data, indent=2, ensure_ascii=False)
        if not items:
            return f"Nothing due or overdue at {clock.human(now)}."
        lines = [f"Due at {clock.human(now)} ({tz_name}): {len(items)}"]
        for item in items:
            when = _when(item, clock)
            head = f"{item.state:<8} {item.company} · {item.label}"
            lines.append(f"{head}  {when}".rstrip())
            detail = item.reason
            if item.recipients:
                detail += (
                    f" ({item.channel} to {item.recipients})" if item.channel else f" ({item.recipients})"
                )
            lines.append(f"         {detail}")
            tags = " ".join(filter(None, [item.codes, f"[{item.rules}]" if item.rules else ""]))
            if tags:
                lines.append(f"         {tags}")
        return "\n".join(lines)


def _when(item: Item, clock: Clock) -> str:
    parts = []
    if item.target_at is not None and (item.state == "DUE" or item.deadline_at is None):
        label = "target " if item.state == "DUE" else "was due "
        parts.append(label + clock.human(item.target_at))
    if item.deadline_at is not None:
        label = "was due " if item.state == "OVERDUE" else "deadline "
        parts.append(label + clock.human(item.deadline_at, end=True))
    return "; ".join(parts)


def item_data(item: Item, clock: Clock) -> dict[str, object]:
    def moment(epoch: int | None) -> str | None:
        return None if epoch is None else clock.iso(epoch)

    return {
        "application": item.application_id,
        "company": item.company,
        "position": item.position,
        "step": item.step_key,
        "label": item.label,
        "state": item.state,
        "codes": item.codes.split(),
        "rules": item.rules.split(),
        "reason": item.reason,
        "channel": item.channel or None,
        "to": [r for r in item.recipients.split(", ") if r],
        "target": moment(item.target_at),
        "deadline": moment(item.deadline_at),
    }


def full_planner_rows(
    db: str | None, now_text: str | None, owner: str | None = None
) -> tuple[list[Item], str, int]:
    """The same rows, computed by the planner (slow path: imports SQLAlchemy and holidays)."""
    from followup.core.plan.agenda import rows_for
    from followup.core.plan.planner import as_of, inputs_for, schedule, shared_facts
    from followup.services.workspace import Workspace
    from followup.workdays import calendars_for

    with Workspace(_url(db), owner) as ws:
        records = ws.read()
    with Clock(records.profile.tz) as clock:
        at = clock.parse(now_text) if now_text else int(time.time())
    known = as_of(records, dt.datetime.fromtimestamp(at, dt.UTC))
    calendars = calendars_for(known)
    shared = shared_facts(known)
    rows: list[Item] = []
    for app in known.applications:
        if app.archived_at is not None:  # archived: out of today, as its stored agenda is
            continue
        plan = schedule(app, inputs_for(known, app, calendars[app.id], shared))
        names = {p.id: p.name for p in app.people}
        rows += [
            Item(*(getattr(r, c) for c in COLUMNS))
            for r in rows_for(plan, names)
            if r.starts_at <= at < r.ends_at
        ]
    rows.sort(
        key=lambda r: (
            r.state != "OVERDUE",
            r.deadline_at if r.deadline_at is not None else r.ends_at,
            r.company,
            r.label,
        )
    )
    return rows, records.profile.tz, at


def _url(db: str | None) -> str | None:
    from followup.store.location import to_url

    db = db or os.environ.get("FOLLOWUP_DB")
    return None if db is None else to_url(db)


def main(argv: list[str]) -> int:
    options = parse_args(argv)
    if options is None:
        sys.stdout.write(USAGE)
        return 0
    try:
        path = sqlite_path(options.db)
        if not os.path.exists(path):  # reading never creates a database
            if options.db or os.environ.get("FOLLOWUP_DB"):
                _invalid(
                    "--db",
                    "an existing followup database (create one with `followup init --db ...`)",
                    str(path),
                )
            sys.stdout.write("No records yet. Start with `followup init`, then `followup interview add`.\n")
            return 0
        items, tz_name, now = read_rows(path, options.owner, options.now)
    except NeedsFullPlanner:
        items, tz_name, now = full_planner_rows(options.db, options.now, options.owner)
    sys.stdout.write(render(items, tz_name, now, options.as_json) + "\n")
    return 0
