"""`followup list` from the stored summaries: one query on the standard library's ``sqlite3``.

Dispatched by ``entry`` before Click, SQLAlchemy or holidays are imported, as ``today`` is. Each
application's status and the move that matters first are stored as periods (``core.plan.summary``),
written whenever its plan is made; the query picks, for each application in order, the period holding
now. ``main`` returns None, and the full command runs instead, whenever the stored rows cannot answer: a
PostgreSQL URL, a file to migrate or whose rows an older followup made, a file others can read (the full
command makes it private and says so), a ``--now`` earlier than the last
recorded event, an owner the file may not hold, or an option this path does not read (``--help``).

The text and JSON are made here for both paths (``cli.applications`` renders the planner's answer with
``render``), so the two cannot differ.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import sys

from followup.cli import stored, today
from followup.cli.timefmt import human, iso, parse_moment, zone

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence

EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
QUERY = (
    "SELECT a.id, a.company_name, a.position, p.status, p.next_move, p.next_state, p.next_at, "
    "a.archived_at IS NOT NULL FROM applications AS a LEFT JOIN summary_periods AS p "
    "ON p.owner = a.owner AND p.application_id = a.id AND p.starts_at <= ? AND p.ends_at > ? "
    "WHERE a.owner = ? AND (? OR a.archived_at IS NULL) ORDER BY a.ordinal"
)
ARCHIVED = "SELECT count(*) FROM applications WHERE owner = ? AND archived_at IS NOT NULL"


class Row:
    """One application as `list` shows it."""

    __slots__ = (
        "application_id",
        "archived",
        "company",
        "next_move",
        "next_state",
        "position",
        "status",
        "when",
    )

    def __init__(
        self,
        application_id: str,
        company: str,
        position: str,
        status: str,
        next_move: str,
        next_state: str,
        when: dt.datetime | None,
        archived: bool,
    ) -> None:
        self.application_id, self.company, self.position = application_id, company, position
        self.status, self.next_move, self.next_state = status, next_move, next_state
        self.when, self.archived = when, archived


def parse_args(args: Sequence[str]) -> tuple[str | None, str | None, bool, bool, str | None] | None:
    """(db, owner, all, json, now) from ``[--db X] [--owner Y] list [--all] [--json] [--now T]``; None
    for anything else (the full command reads it, and says what is wrong)."""
    values: dict[str, str] = {}
    flags: set[str] = set()
    rest = list(args)
    seen_list = False
    while rest:
        arg = rest.pop(0)
        if arg == "list" and not seen_list:
            seen_list = True
            continue
        allowed = ("--now",) if seen_list else ("--db", "--owner")
        name, equals, value = arg.partition("=")
        if name in allowed and name not in values:
            if not equals:
                if not rest:
                    return None
                value = rest.pop(0)
            values[name] = value
        elif seen_list and arg in ("--all", "--json") and arg not in flags:
            flags.add(arg)
        else:
            return None
    if not seen_list or values.get("--owner", "x").strip() == "":
        return None
    return values.get("--db"), values.get("--owner"), "--all" in flags, "--json" in flags, values.get("--now")


def main(args: Sequence[str]) -> int | None:
    """Run `followup list` from the stored rows; None when they cannot answer."""
    parsed = parse_args(args)
    if parsed is None:
        return None
    db, owner, show_all, as_json, now_text = parsed
    try:
        path = today.sqlite_path(db)
    except today.NeedsFullPlanner:
        return None
    if not os.path.exists(path) or not stored.private(path):
        return None  # the full command creates nothing, or makes the file private and says so
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        facts = con.execute(today.FACTS, (today.HISTORY_KEY, owner)).fetchone()
        schema, history, revision, tz_name, who, version = facts
        if schema != "followup" or revision != today.SCHEMA_REVISION or who is None:
            return None
        if version != today.AGENDA_VERSION or (owner is not None and tz_name is None):
            return None
        tz = zone(tz_name or "")
        now = parse_moment(now_text, tz) if now_text else dt.datetime.now(dt.UTC)
        at = (now - EPOCH) // dt.timedelta(microseconds=1)
        if int(now.timestamp()) < int(history or "0"):
            return None  # the stored plans already know of later events: the planner replays history
        found = con.execute(QUERY, (at, at, who, show_all)).fetchall()
        if any(row[3] is None for row in found):
            return None  # an application without its summary
        rows = [Row(r[0], r[1], r[2], r[3], r[4], r[5], _moment(r[6]), bool(r[7])) for r in found]
        put_away = 0 if rows else con.execute(ARCHIVED, (who,)).fetchone()[0]
    except sqlite3.Error:
        return None
    finally:
        con.close()
    sys.stdout.write(render(rows, now, tz, put_away, as_json) + "\n")
    return 0


def _moment(micros: int | None) -> dt.datetime | None:
    return None if micros is None else EPOCH + dt.timedelta(microseconds=micros)


def render(rows: list[Row], now: dt.datetime, tz: dt.tzinfo, put_away: int, as_json: bool) -> str:
    """`list`'s output: the JSON document (docs/json-output.md) or one line per application."""
    if as_json:
        import json

        data = [
            {
                "application": r.application_id,
                "company": r.company,
                "position": r.position,
                "status": r.status,
                "next": r.next_move or None,
                "next_state": r.next_state or None,
                "when": iso(r.when, tz),
                "archived": r.archived,
            }
            for r in rows
        ]
        return json.dumps(data, indent=2, ensure_ascii=False, sort_keys=False)
    lines = [
        f"{r.application_id:<24} {r.status:<19} {r.next_state:<8} {r.next_move:<20} "
        f"{_when(r.when, now, tz, end=r.next_state in ('DUE', 'OVERDUE')) if r.when else ''}".rstrip()
        + ("  (archived)" if r.archived else "")
        for r in rows
    ]
    empty = (
        f"No applications in view: {put_away} archived (`followup list --all` shows them)."
        if put_away
        else "No applications yet: `followup interview add`."
    )
    return "\n".join(lines) or empty


def _when(moment: dt.datetime, now: dt.datetime, tz: dt.tzinfo, *, end: bool) -> str:
    """As `today` says it: "Tue 03 Mar 11:30", with the year when it is not this year."""
    text = human(moment, tz, end=end)
    year = (moment - dt.timedelta(minutes=1) if end else moment).astimezone(tz).year
    return text if year == now.astimezone(tz).year else f"{text[:10]} {year}{text[10:]}"
