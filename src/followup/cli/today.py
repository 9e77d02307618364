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

from followup.cli.timefmt import human, iso, parse_moment, zone

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
  --help              Show this message and exit.
"""
SCHEMA_REVISION = "0002"  # must equal store.engine.HEAD_REVISION (a test checks it)
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
QUERY = (
    f"SELECT {', '.join(COLUMNS)} FROM agenda WHERE owner = ? AND ends_at > ? AND starts_at <= ? "
    "ORDER BY CASE state WHEN 'OVERDUE' THEN 0 ELSE 1 END, COALESCE(deadline_at, ends_at), company, label"
)


class Item:
    """One stored agenda row, its fields named as the columns (COLUMNS)."""

    __slots__ = COLUMNS

    def __init__(self, *values: object) -> None:
        for name, value in zip(COLUMNS, values, strict=True):
            setattr(self, name, value)

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

    def values(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in COLUMNS)


class Options:
    __slots__ = ("as_json", "db", "now")

    def __init__(self, now: str | None, as_json: bool, db: str | None) -> None:
        self.now, self.as_json, self.db = now, as_json, db


class NeedsFullPlanner(Exception):
    """The stored rows cannot answer this question; the caller runs the planner instead."""


def parse_args(argv: list[str] | tuple[str, ...]) -> Options | None:
    """Returns None when help was asked for. Raises InvalidInput on unknown options."""
    now, as_json, db = None, False, None
    args = list(argv)
    while args:
        arg = args.pop(0)
        if arg in ("--help", "-h"):
            return None
        if arg == "--json":
            as_json = True
        elif arg in ("--now", "--db") or arg.startswith(("--now=", "--db=")):
            name, _, value = arg.partition("=")
            if not value:
                if not args:
                    _invalid(name, "a value after " + name)
                value = args.pop(0)
            if name == "--now":
                now = value
            else:
                db = value
        else:
            _invalid("option", "--now, --json, --db or --help", arg)
    return Options(now, as_json, db)


def _invalid(field: str, accepted: str, given: str | None = None) -> None:
    from followup.core.errors import InvalidInput

    raise InvalidInput(field, accepted, given)


def owner() -> str:
    found = os.environ.get("FOLLOWUP_USER")
    if found:
        return found
    import getpass

    return getpass.getuser() or "local"


def sqlite_path(db: str | None) -> str:
    if db is None:
        db = os.environ.get("FOLLOWUP_DB")
    if db is None:
        from followup.store.location import default_db_file

        return default_db_file()
    if "://" in db:
        if not db.startswith("sqlite:///"):
            raise NeedsFullPlanner
        return db.removeprefix("sqlite:///")
    return os.path.expanduser(db)


def read_rows(path: str, who: str, now_text: str | None) -> tuple[list[Item], str, dt.datetime]:
    """The agenda rows holding now, the profile's zone name, and now. Raises NeedsFullPlanner."""
    if not os.path.exists(path):
        raise NeedsFullPlanner
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        raise NeedsFullPlanner from None
    try:
        meta = dict(
            con.execute("SELECT key, value FROM meta WHERE key IN ('schema', ?)", (HISTORY_KEY + who,))
        )
        revision = con.execute("SELECT version_num FROM alembic_version").fetchone()
        if meta.get("schema") != "followup" or revision is None or revision[0] != SCHEMA_REVISION:
            raise NeedsFullPlanner
        found = con.execute("SELECT tz FROM profiles WHERE owner = ?", (who,)).fetchone()
        tz_name = found[0] if found else "UTC"
        now = parse_moment(now_text, zone(tz_name)) if now_text else dt.datetime.now(dt.UTC)
        at = int(now.timestamp())
        if at < int(meta.get(HISTORY_KEY + who, "0")):
            raise NeedsFullPlanner
        rows = [Item(*row) for row in con.execute(QUERY, (who, at, at))]
    except sqlite3.Error:
        raise NeedsFullPlanner from None
    finally:
        con.close()
    return rows, tz_name, now


def render(items: list[Item], tz_name: str, now: dt.datetime, as_json: bool) -> str:
    tz = zone(tz_name)
    if as_json:
        import json

        return json.dumps(
            {"now": iso(now, tz), "items": [item_data(item, tz) for item in items]},
            indent=2,
            ensure_ascii=False,
        )
    if not items:
        return f"Nothing due or overdue at {human(now, tz)}."
    lines = [f"Due at {human(now, tz)} ({tz_name}): {len(items)}"]
    for item in items:
        when = _when(item, tz)
        head = f"{item.state:<8} {item.company} · {item.label}"
        lines.append(f"{head}  {when}".rstrip())
        detail = item.reason
        if item.recipients:
            detail += f" ({item.channel} to {item.recipients})" if item.channel else f" ({item.recipients})"
        lines.append(f"         {detail}")
        tags = " ".join(filter(None, [item.codes, f"[{item.rules}]" if item.rules else ""]))
        if tags:
            lines.append(f"         {tags}")
    return "\n".join(lines)


def _when(item: Item, tz: dt.tzinfo) -> str:
    def moment(epoch: int) -> dt.datetime:
        return dt.datetime.fromtimestamp(epoch, dt.UTC)

    parts = []
    if item.target_at is not None and (item.state == "DUE" or item.deadline_at is None):
        label = "target " if item.state == "DUE" else "was due "
        parts.append(label + human(moment(item.target_at), tz))
    if item.deadline_at is not None:
        parts.append(
            ("was due " if item.state == "OVERDUE" else "deadline ")
            + human(moment(item.deadline_at), tz, end=True)
        )
    return "; ".join(parts)


def item_data(item: Item, tz: dt.tzinfo) -> dict[str, object]:
    def moment(epoch: int | None) -> str | None:
        return None if epoch is None else iso(dt.datetime.fromtimestamp(epoch, dt.UTC), tz)

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


def full_planner_rows(db: str | None, now_text: str | None) -> tuple[list[Item], str, dt.datetime]:
    """The same rows, computed by the planner (slow path: imports SQLAlchemy and holidays)."""
    from followup.core.agenda import rows_for
    from followup.core.planner import as_of, inputs_for, schedule, shared_facts
    from followup.services.workspace import Workspace
    from followup.workdays import calendars_for

    with Workspace(_url(db)) as ws:
        records = ws.read()
        now = parse_moment(now_text, zone(records.profile.tz)) if now_text else dt.datetime.now(dt.UTC)
        at = int(now.timestamp())
        known = as_of(records, now)
        calendars = calendars_for(known)
        shared = shared_facts(known)
        rows: list[Item] = []
        for app in known.applications:
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
    return rows, records.profile.tz, now


def _url(db: str | None) -> str | None:
    db = db or os.environ.get("FOLLOWUP_DB")
    if db is None or "://" in db:
        return db
    return f"sqlite:///{os.path.expanduser(db)}"


def main(argv: list[str]) -> int:
    options = parse_args(argv)
    if options is None:
        sys.stdout.write(USAGE)
        return 0
    who = owner()
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
        items, tz_name, now = read_rows(path, who, options.now)
    except NeedsFullPlanner:
        items, tz_name, now = full_planner_rows(options.db, options.now)
    sys.stdout.write(render(items, tz_name, now, options.as_json) + "\n")
    return 0
