"""What the fast reads share: their command line, and a SQLite store opened when it can answer.

`followup list`, `person list` and `events` are answered from the stored tables with the standard
library's ``sqlite3`` (``listing``, ``roster``, ``history``), dispatched by ``entry`` before Click or
SQLAlchemy are imported, as ``today`` is. Each returns None, and the full command runs instead, whenever
it cannot answer exactly as the full command would: a line it does not read (``--help``, an unknown or
repeated option, a value Click would change), a PostgreSQL URL, a file that is missing, that others can
read (the full command makes it private and says so) or whose schema needs migrating, an owner the file
may not hold; and, for what is read from derived data (``list``'s periods), rows an older followup made.
"""

from __future__ import annotations

import os
import sqlite3

from followup.cli import today

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence


class Line:
    """One command line as the fast reads take it: ``[--db X] [--owner Y] WORDS... [OPTIONS]``."""

    __slots__ = ("db", "flags", "owner", "values")

    def __init__(self, db: str | None, owner: str | None, values: dict[str, str], flags: set[str]) -> None:
        self.db, self.owner, self.values, self.flags = db, owner, values, flags


def parse(
    args: Sequence[str],
    words: Sequence[str],
    valued: Sequence[str] = (),
    flags: Sequence[str] = (),
    short: dict[str, str] | None = None,
) -> Line | None:
    """``args`` as the command ``words`` (e.g. ``person list``) with its options ``valued`` (each taking
    a value: ``--now T`` or ``--now=T``) and ``flags``, each at most once; ``short`` maps a one-letter
    option to its long name (``-a ID``, ``-aID``). None for anything else: the full command reads it, and
    says what is wrong."""
    found: dict[str, str] = {}
    seen: set[str] = set()
    rest = list(args)
    position = 0
    while rest:
        arg = rest.pop(0)
        if position < len(words) and arg == words[position]:
            position += 1
            continue
        inside = position == len(words)
        if position not in (0, len(words)):
            return None  # an option between the words (`person --json list`): Click decides
        allowed = tuple(valued) if inside else ("--db", "--owner")
        name, equals, value = arg.partition("=")
        if inside and short and arg[:2] in short and arg.startswith("-") and not arg.startswith("--"):
            name, equals, value = short[arg[:2]], ("=" if len(arg) > 2 else ""), arg[2:]
        if name in allowed and name not in found:
            if not equals:
                if not rest:
                    return None
                value = rest.pop(0)
            found[name] = value
        elif inside and arg in flags and arg not in seen:
            seen.add(arg)
        else:
            return None
    if position != len(words) or found.get("--owner", "x").strip() == "":
        return None
    db, owner = found.pop("--db", None), found.pop("--owner", None)
    return Line(db, owner, found, seen)


def reference(value: str) -> str | None:
    """An ``--application`` value as Click hands it on (surrounding spaces dropped, composed); None for
    one the field would refuse or this path does not read (the full command says what is wrong)."""
    if not value.strip() or len(value) > 200 or not value.isprintable():
        return None
    import unicodedata

    return unicodedata.normalize("NFC", value.strip())


class Store:
    """An open SQLite store whose schema is current: whose rows (``who``) and in which zone."""

    __slots__ = ("con", "history", "tz_name", "who")

    def __init__(self, con: sqlite3.Connection, who: str, tz_name: str, history: int) -> None:
        self.con, self.who, self.tz_name, self.history = con, who, tz_name, history

    def close(self) -> None:
        self.con.close()


def open_current(db: str | None, owner: str | None, *, derived: bool) -> Store | None:
    """The store ``db`` (None: the default) read-only, for ``owner`` (None: the file's own); None when
    the fast path cannot answer from it. ``derived``: the answer reads derived data, whose version must be
    this followup's too."""
    try:
        path = today.sqlite_path(db)
    except today.NeedsFullPlanner:
        return None
    if not os.path.exists(path) or not private(path):
        return None  # the full command creates nothing, or makes the file private and says so
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        facts = con.execute(today.FACTS, (today.HISTORY_KEY, owner)).fetchone()
        schema, history, revision, tz_name, who, version = facts
    except sqlite3.Error:
        con.close()
        return None
    current = schema == "followup" and revision == today.SCHEMA_REVISION and who is not None
    if (
        not current
        or (derived and version != today.AGENDA_VERSION)
        or (owner is not None and tz_name is None)
    ):
        con.close()
        return None
    return Store(con, who, tz_name or "UTC", int(history or "0"))


def private(path: str) -> bool:
    """Whether the database and its side files are readable by their owner alone."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            if os.stat(path + suffix).st_mode & 0o077:
                return False
        except FileNotFoundError:
            continue
    return True


APPLICATIONS = "SELECT id, company_name FROM applications WHERE owner = ? ORDER BY ordinal"


def application_of(store: Store, ref: str | None) -> str:
    """The id of the application ``ref`` names, as the full command finds it: an exact id reads that
    application alone (``Workspace.read_for``), anything else is looked for among them all
    (``picking.pick``). Raises NotFound or InvalidInput in the full command's words."""
    from followup.cli.picking import pick

    apps = store.con.execute(APPLICATIONS, (store.who,)).fetchall()
    if ref and any(app_id == ref for app_id, _ in apps):
        return ref
    return pick(apps, ref)
