"""`followup today`: everything due or overdue across applications, most urgent first, in words.

This is the everyday command, so it is the fast path: standard library only (``sqlite3``), dispatched by
``entry`` before Click, SQLAlchemy or holidays are imported. It reads the agenda rows the planner stored
when records last changed, in indexed queries on ``(owner, ends_at)``; the rows long overdue (``stale_at``
passed: 10 business days after their deadline) are summarised per application by the query itself.
It falls back to the full planner (``services``) when it cannot answer from the stored rows: a PostgreSQL
URL, a database whose schema needs migrating, or a ``--now`` earlier than the last recorded event (the
stored plan already knows about that event).

Text is phrased when it is read: "3 days late", "due today by 11:30", a date with its year when it is
not this year's. The order of urgency is ``core.urgency``'s, the codes' meanings ``core.meanings``'.
"""

from __future__ import annotations

import os
import sys
import time
from collections import namedtuple

try:
    # The driver itself: the ``sqlite3`` package around it adds only DB-API adapters, and imports
    # ``datetime`` for them, which costs this command a tenth of Python's own start-up (issue 9).
    import _sqlite3 as sqlite3
except ImportError:  # an interpreter without CPython's module layout
    import sqlite3  # type: ignore[no-redef]

from followup.core.meanings import meaning
from followup.core.urgency import action_of, urgency

# Imports here are counted in milliseconds (benchmarks/today.py): no typing, pathlib, re, json or
# datetime at start-up; json, getpass and datetime load only when asked for (a zone the system lacks, a
# --now the quick reader leaves to ``datetime``). core.meanings and core.urgency import nothing.

USAGE = """Usage: followup today [OPTIONS]

  Everything due or overdue across applications, most urgent first.

  Steps more than 10 business days past their deadline are still worth doing;
  they are summarised in one line per application (--all lists them).

Options:
  --now ISO-DATETIME  Read the plan at this moment (default: the clock). Without
                      an offset it is read in your profile's time zone.
  --all               List every step, the long overdue ones too.
  --json              Print JSON (documented in docs/json-output.md); lists
                      every step.
  --db PATH|URL       The database (default: $FOLLOWUP_HOME/followup.db or the
                      platform's user data directory).
  --owner NAME        Another owner's records in this SQLite file (default: the
                      file's own); on a PostgreSQL server, your role's only.
  --help              Show this message and exit.
"""
SCHEMA_REVISION = "0015"  # must equal store.engine.HEAD_REVISION (a test checks it)
AGENDA_VERSION = "5"  # must equal core.plan.agenda.AGENDA_VERSION (a test checks it)
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
    "stale_at",
)
# Everything the fast path checks before it trusts the stored rows, in one statement. Whose rows: the
# owner asked for (--owner), else the file's own (meta row "owner"), whoever runs the command.
FACTS = (
    "SELECT (SELECT value FROM meta WHERE key = 'schema'), (SELECT value FROM meta WHERE key = ? || o.name), "
    "(SELECT version_num FROM alembic_version), (SELECT tz FROM profiles WHERE owner = o.name), o.name, "
    "(SELECT value FROM meta WHERE key = 'agenda_version:' || o.name) "
    "FROM (SELECT COALESCE(?, (SELECT value FROM meta WHERE key = 'owner')) AS name) AS o"
)
HOLDING = "owner = ? AND ends_at > ? AND starts_at <= ?"  # the rows whose [starts_at, ends_at) holds now
QUERY = f"SELECT {', '.join(COLUMNS)} FROM agenda WHERE {HOLDING}"
QUERY_FRESH = QUERY + " AND (stale_at IS NULL OR stale_at > ?)"
# The oldest date of a stale row: its deadline, else its target, else when it became overdue.
QUERY_STALE = (
    "SELECT application_id, company, count(*), min(COALESCE(deadline_at, target_at, starts_at)) "
    f"FROM agenda WHERE {HOLDING} AND stale_at <= ? GROUP BY application_id, company"
)
DAY = 86400


class Clock:
    """Wall-clock text in one IANA zone for epoch seconds.

    Where the system has the zone in its tz database, the C library converts (``TZ`` + ``time.tzset``):
    importing ``zoneinfo`` alone costs more than this command's query. Elsewhere ``zoneinfo`` does it.
    Use as a context manager: the process's ``TZ`` is restored on exit. ``read_at(now)`` sets the moment
    the text is read at: dates of another year carry their year, and "today" and "tomorrow" are its.
    """

    def __init__(self, name: str) -> None:
        self.name = name or "UTC"
        tzdir = os.environ.get("TZDIR", "/usr/share/zoneinfo")
        safe = ".." not in self.name and not self.name.startswith("/")
        self.native = hasattr(time, "tzset") and safe and os.path.isfile(os.path.join(tzdir, self.name))
        self._saved: str | None = None
        self._zone: dt.tzinfo | None = None
        self.today: int | None = None  # the day now is, as an ordinal (``datetime.date.toordinal``)
        self._year: int | None = None  # and its year

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
        import datetime as dt

        moment = dt.datetime.fromtimestamp(epoch, self._zone)
        offset = moment.utcoffset()
        return moment.timetuple(), int(offset.total_seconds()) if offset else 0

    def read_at(self, now: int) -> None:
        local, _ = self._local(now)
        self.today, self._year = ordinal(local), local.tm_year

    def day(self, epoch: int) -> int:
        """The local day of ``epoch``, as an ordinal."""
        return ordinal(self._local(epoch)[0])

    def at_midnight(self, epoch: int) -> bool:
        """An exclusive end at local midnight: the day before is the last day of the window."""
        local, _ = self._local(epoch)
        return (local.tm_hour, local.tm_min, local.tm_sec) == (0, 0, 0)

    def human(self, epoch: int, *, end: bool = False, clock_time: bool = True) -> str:
        """ "Mon 02 Mar 14:00" ("Mon 02 Mar 2027 14:00" in another year than now's); an exclusive end at
        local midnight reads as 23:59 the day before."""
        local, _ = self._local(epoch)
        if end and (local.tm_hour, local.tm_min, local.tm_sec) == (0, 0, 0):
            local, _ = self._local(epoch - 60)
        text = "%a %d %b" if self._year is None or local.tm_year == self._year else "%a %d %b %Y"
        return time.strftime(text + (" %H:%M" if clock_time else ""), local)

    def by(self, epoch: int) -> str:
        """When something is due, seen from now: "today", "today by 11:30", "tomorrow by 09:00",
        "by Tue 22 Dec", "by Wed 25 Nov 11:30". An end of day (a deadline at local midnight, or a target
        at 23:59:59) is said without a time."""
        local, _ = self._local(epoch)
        end_of_day = (local.tm_hour, local.tm_min) in ((0, 0), (23, 59))
        if (local.tm_hour, local.tm_min, local.tm_sec) == (0, 0, 0):
            local, _ = self._local(epoch - 60)
        day = ordinal(local)
        at = "" if end_of_day else time.strftime(" by %H:%M", local)
        if day == self.today:
            return "today" + at
        if self.today is not None and day - self.today == 1:
            return "tomorrow" + at
        return "by " + self.human(epoch, end=True, clock_time=not end_of_day)

    def iso(self, epoch: int) -> str:
        local, offset = self._local(epoch)
        sign = "-" if offset < 0 else "+"
        hours, minutes = divmod(abs(offset) // 60, 60)
        return time.strftime("%Y-%m-%dT%H:%M:%S", local) + f"{sign}{hours:02d}:{minutes:02d}"

    def parse(self, text: str) -> int:
        """``--now``: ISO 8601; without an offset it is read in this zone."""
        value = text.strip()
        quick = quick_moment(value)
        if quick is not None and self.native:
            fields, offset = quick
            if offset is not None:
                return epoch_of(fields) - offset
            found = local_epoch(fields)
            if found is not None:
                return found
        import datetime as dt

        try:
            moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00").replace(" ", "T", 1))
            if not 1970 <= moment.year <= 2200:
                raise ValueError(value)
        except ValueError:
            # Only now, on a mistake, the full reader: it names an impossible day as every command does
            # ("30 February 2026 does not exist") without putting its imports on the everyday path.
            from followup.core.dates import read_moment

            read_moment(text, "--now")
            _invalid("--now", "an ISO date or date-time such as 2026-03-02T14:00 (years 1970 to 2200)", text)
            raise
        if moment.tzinfo is not None:
            return int(moment.timestamp())
        if self._zone is None:  # a zone the system has, read by ``datetime`` (a time the clocks skip)
            from followup.cli.timefmt import zone

            self._zone = zone(self.name)
        return int(moment.replace(tzinfo=self._zone).timestamp())


def ordinal(local: time.struct_time) -> int:
    """The day of ``local`` counted as ``datetime.date.toordinal`` counts it (1 January of year 1 is 1)."""
    return day_number(local.tm_year, local.tm_yday)


def day_number(year: int, yday: int) -> int:
    """Day ``yday`` (1 for 1 January) of ``year`` as an ordinal, as ``datetime.date.toordinal``."""
    before = year - 1
    return before * 365 + before // 4 - before // 100 + before // 400 + yday


def leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


DAYS_BEFORE_MONTH = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
EPOCH_DAY = 719163  # 1 January 1970 as an ordinal


def epoch_of(fields: tuple[int, int, int, int, int, int]) -> int:
    """Epoch seconds of a UTC date and time (year, month, day, hour, minute, second)."""
    year, month, day, hour, minute, second = fields
    yday = DAYS_BEFORE_MONTH[month - 1] + day + (month > 2 and leap(year))
    return (day_number(year, yday) - EPOCH_DAY) * DAY + hour * 3600 + minute * 60 + second


def local_epoch(fields: tuple[int, int, int, int, int, int]) -> int | None:
    """Epoch seconds of a wall-clock time in the zone the C library is set to: of an hour the clocks
    repeat, the first (as ``zoneinfo`` reads it, and so every other command); None for a time they skip
    (``datetime`` then says which moment that is)."""
    found = []
    for dst in (0, 1):
        epoch = int(time.mktime((*fields, 0, 0, dst)))
        if tuple(time.localtime(epoch)[:6]) == fields:
            found.append(epoch)
    return min(found) if found else None


def quick_moment(value: str) -> tuple[tuple[int, int, int, int, int, int], int | None] | None:
    """``YYYY-MM-DD``, then ``THH:MM`` or `` HH:MM`` and ``:SS``, then ``Z`` or ``±HH:MM``: the date and
    time fields and the offset in seconds (None: none given), read without ``datetime``; None for
    anything else, an impossible day or a year outside 1970-2200 (``datetime`` then reads it, and says
    what is wrong)."""
    offset: int | None = None
    if value.endswith("Z"):
        value, offset = value[:-1], 0
    elif len(value) > 16 and value[-6] in "+-" and value[-3] == ":":
        sign = -1 if value[-6] == "-" else 1
        hours, minutes = value[-5:-3], value[-2:]
        if not (hours.isdigit() and minutes.isdigit() and hours.isascii() and minutes.isascii()):
            return None
        offset, value = sign * (int(hours) * 3600 + int(minutes) * 60), value[:-6]
        if abs(offset) >= DAY:
            return None
    date, _, clock = value.replace(" ", "T", 1).partition("T")
    if len(date) != 10 or date[4] != "-" or date[7] != "-" or (offset is not None and not clock):
        return None
    parts = [date[:4], date[5:7], date[8:]]
    if clock:
        if len(clock) not in (5, 8) or clock[2] != ":" or (len(clock) == 8 and clock[5] != ":"):
            return None
        parts += [clock[:2], clock[3:5], clock[6:8] or "00"]
    else:
        parts += ["00", "00", "00"]
    if not all(part.isascii() and part.isdigit() for part in parts):
        return None
    year, month, day, hour, minute, second = (int(part) for part in parts)
    days = (31, 29 if leap(year) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
    if not (1970 <= year <= 2200 and 1 <= month <= 12 and 1 <= day <= days[month - 1]):
        return None
    if hour > 23 or minute > 59 or second > 59:
        return None
    return (year, month, day, hour, minute, second), offset


# One stored agenda row, fields named as the columns; and one application's long-overdue rows, summarised.
# At run time plain namedtuples (rows are built by C code, and ``collections`` is already loaded by
# sqlite3); type checkers see the typed classes. mypy treats a name TYPE_CHECKING as true wherever it
# comes from, so ``typing`` is never imported.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime as dt
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
        stale_at: int | None

    class Stale(NamedTuple):
        application_id: str
        company: str
        steps: int
        oldest: int

else:
    Item = namedtuple("Item", COLUMNS)
    Stale = namedtuple("Stale", ("application_id", "company", "steps", "oldest"))


class Agenda:
    """What `today` shows: the rows listed, the long-overdue rows summarised (empty when every row is
    listed), the profile's zone and now (epoch seconds)."""

    __slots__ = ("items", "now", "stale", "tz_name")

    def __init__(self, items: list[Item], stale: list[Stale], tz_name: str, now: int) -> None:
        self.items, self.stale, self.tz_name, self.now = items, stale, tz_name, now


class Options:
    __slots__ = ("as_json", "db", "everything", "now", "owner")

    def __init__(
        self,
        now: str | None,
        as_json: bool,
        db: str | None,
        owner: str | None = None,
        everything: bool = False,
    ) -> None:
        self.now, self.as_json, self.db, self.owner, self.everything = now, as_json, db, owner, everything


class NeedsFullPlanner(Exception):
    """The stored rows cannot answer this question; the caller runs the planner instead."""


def parse_args(argv: list[str] | tuple[str, ...]) -> Options | None:
    """Returns None when help was asked for. Raises InvalidInput on unknown options."""
    now, as_json, db, who, everything = None, False, None, None, False
    args = list(argv)
    while args:
        arg = args.pop(0)
        if arg in ("--help", "-h"):
            return None
        if arg == "--json":
            as_json = True
        elif arg == "--all":
            everything = True
        elif arg in ("--now", "--db", "--owner") or arg.startswith(("--now=", "--db=", "--owner=")):
            name, _, value = arg.partition("=")
            if not value:
                if not args:
                    _invalid(name, "a value after " + name)
                value = args.pop(0)
            if name == "--now":
                if not value.strip():
                    _invalid("--now", "an ISO date or date-time such as 2026-03-02T14:00", value)
                now = value
            elif name == "--db":
                db = value
            else:
                who = value
        else:
            _invalid("option", "--now, --all, --json, --db, --owner or --help", arg)
    return Options(now, as_json, db, who, everything)


def _invalid(field: str, accepted: str, given: str | None = None) -> None:
    from followup.core.errors import InvalidInput

    raise InvalidInput(field, accepted, given)


def sqlite_path(db: str | None) -> str:
    if db is None:
        db = os.environ.get("FOLLOWUP_DB")
    if db is None:
        from followup.store.location import default_db_file

        return default_db_file()
    if ":" not in db and "//" not in db:  # no scheme: a path (``is_url`` would say so, after an import)
        return os.path.expanduser(db)
    from followup.store.location import is_url

    if is_url(db):
        if not db.startswith("sqlite:///"):
            raise NeedsFullPlanner  # a server, or a URL the full path refuses (never showing a password)
        return db.removeprefix("sqlite:///")
    return os.path.expanduser(db)


def read_agenda(path: str, who: str | None, now_text: str | None, *, everything: bool) -> Agenda:
    """The agenda rows holding now for ``who`` (None: the file's own owner), most urgent first; unless
    ``everything``, the stale ones summarised by the query instead of read. Raises NeedsFullPlanner when
    the stored rows cannot answer."""
    if not os.path.exists(path):
        raise NeedsFullPlanner
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        raise NeedsFullPlanner from None
    try:
        asked = who
        schema, history, revision, found, who, rows = con.execute(FACTS, (HISTORY_KEY, asked)).fetchone()
        if schema != "followup" or revision != SCHEMA_REVISION or who is None or rows != AGENDA_VERSION:
            raise NeedsFullPlanner  # rows of an older followup: the planner answers until the next write
        if asked is not None and found is None:
            raise NeedsFullPlanner  # perhaps an owner the file does not hold: the full path says so
        tz_name = found or "UTC"
        with Clock(tz_name) as clock:
            at = clock.parse(now_text) if now_text else int(time.time())
        if at < int(history or "0"):
            raise NeedsFullPlanner
        stale: list[Stale] = []
        if everything:
            items = list(map(Item._make, con.execute(QUERY, (who, at, at))))
        else:
            items = list(map(Item._make, con.execute(QUERY_FRESH, (who, at, at, at))))
            stale = list(map(Stale._make, con.execute(QUERY_STALE, (who, at, at, at))))
    except sqlite3.Error:
        raise NeedsFullPlanner from None
    finally:
        con.close()
    return Agenda(ordered(items), sorted(stale, key=_stale_order), tz_name, at)


def read_rows(path: str, who: str | None, now_text: str | None) -> tuple[list[Item], str, int]:
    """Every agenda row holding now (the long-overdue ones too), the profile's zone name, and now."""
    agenda = read_agenda(path, who, now_text, everything=True)
    return agenda.items, agenda.tz_name, agenda.now


def ordered(items: list[Item]) -> list[Item]:
    """Most urgent first (``core.urgency``), then by company, label and application."""
    return sorted(items, key=_order)


def _order(item: Item) -> tuple[object, ...]:
    when = item.deadline_at if item.deadline_at is not None else item.target_at
    key = urgency(item.state, action_of(item.step_key), when)
    return (*key, item.company, item.label, item.application_id, item.step_key, item.starts_at)


def _stale_order(group: Stale) -> tuple[int, str, str]:
    return group.oldest, group.company, group.application_id


def is_stale(item: Item, now: int) -> bool:
    return item.stale_at is not None and item.stale_at <= now


def summarise(items: list[Item], tz_name: str, now: int, *, everything: bool) -> Agenda:
    """Every row holding now, as ``read_agenda`` gives them: the same split, in Python (the planner's
    path, which has no SQL to do it)."""
    if everything:
        return Agenda(ordered(items), [], tz_name, now)
    fresh = [item for item in items if not is_stale(item, now)]
    return Agenda(ordered(fresh), stale_groups(items, now), tz_name, now)


def stale_groups(items: list[Item], now: int) -> list[Stale]:
    """The long-overdue rows among ``items``, one summary per application (what ``QUERY_STALE`` gives)."""
    groups: dict[tuple[str, str], list[int]] = {}
    for item in items:
        if is_stale(item, now):
            oldest = _first_not_none(item.deadline_at, item.target_at, item.starts_at)
            groups.setdefault((item.application_id, item.company), []).append(oldest)
    stale = [Stale(app, company, len(dates), min(dates)) for (app, company), dates in groups.items()]
    return sorted(stale, key=_stale_order)


def _first_not_none(*values: int | None) -> int:
    return next(v for v in values if v is not None)


# --- text -----------------------------------------------------------------------------------------------


def render(agenda: Agenda, as_json: bool, fit: int | None = None) -> str:
    """The JSON document, or the text; ``fit``: the lines the text may take (None: every item)."""
    with Clock(agenda.tz_name) as clock:
        clock.read_at(agenda.now)
        if as_json:
            return render_json(agenda, clock)
        return render_text(agenda, clock, fit)


SCREEN_LINES = 40  # when the output is no terminal and $LINES says nothing
FEWEST_LINES = 20  # a short terminal still shows a few items
STALE_SHOWN = 5  # applications named in the long-overdue summary before "and N more"


def screen_lines() -> int:
    """How many lines the text may take: the terminal's height, else ``$LINES``, else 40 (Trust, item 5:
    the list fits a screen; `--all` and `--json` give every item)."""
    try:
        if os.isatty(1):
            return max(FEWEST_LINES, os.get_terminal_size(1).lines - 1)
    except OSError:
        pass
    try:
        return max(FEWEST_LINES, int(os.environ.get("LINES", "")))
    except ValueError:
        return SCREEN_LINES


def render_text(agenda: Agenda, clock: Clock, fit: int | None = None) -> str:
    now, items = agenda.now, agenda.items
    total = len(items) + sum(group.steps for group in agenda.stale)
    if not total:
        return f"Nothing due or overdue at {clock.human(now)}."
    lines = [f"Due at {clock.human(now)} ({agenda.tz_name}): {total}"]
    stale = agenda.stale if fit is None else agenda.stale[:STALE_SHOWN]
    # What must stay below the items: the long-overdue summary, the "more" line and the explain hint.
    reserve = 2 + (len(stale) + 3 + (len(stale) < len(agenda.stale)) if stale else 0)
    example, shown = "", 0
    for item in items:
        block = item_lines(item, now, clock)
        if fit is not None and shown and len(lines) + len(block) + reserve > fit:
            break
        lines += block
        shown += 1
        for code in item.codes.split():
            example = example or code
        if item.rules:
            example = example or item.rules.split()[0]
    hidden = items[shown:]
    if hidden:
        places = len({item.application_id for item in hidden})
        more = "1 more step" if len(hidden) == 1 else f"{len(hidden)} more steps"
        where = "1 application" if places == 1 else f"{places} applications"
        lines.append(
            f"... and {more} due or overdue in {where}, less urgent: `followup today --all` lists them."
        )
    if agenda.stale:
        lines += ["", "Long overdue (more than 10 business days past the deadline), still worth doing:"]
        for group in stale:
            steps = "1 step" if group.steps == 1 else f"{group.steps} steps"
            oldest = clock.human(group.oldest, end=True, clock_time=False)
            lines.append(f"  {group.company}: {steps}, the oldest due {oldest}")
        rest = agenda.stale[len(stale) :]
        if rest:
            count = sum(group.steps for group in rest)
            lines.append(f"  ... and {count} more steps in {len(rest)} more applications")
        lines.append("  `followup today --all` lists them.")
    if example:
        lines.append(f"`followup explain {example}` gives the rule behind a code or a rule ID.")
    return "\n".join(lines)


def item_lines(item: Item, now: int, clock: Clock) -> list[str]:
    """One item as the text shows it: its state, where and when, what to do, its codes and rules."""
    lines = [f"{item.state:<8} {item.company} · {item.label} · {when(item, now, clock)}"]
    detail = item.reason
    if item.recipients:
        detail += f" ({item.channel} to {item.recipients})" if item.channel else f" ({item.recipients})"
    lines.append(f"         {detail}")
    for code in item.codes.split():
        lines.append(f"         {code}: {meaning(code) or 'see `followup explain ' + code + '`'}")
    if item.rules:
        lines.append(f"         rules {item.rules}")
    return lines


def when(item: Item, now: int, clock: Clock) -> str:
    """How the step stands at ``now``, in words: "3 days late (was due Tue 03 Mar 11:30)", "due today by
    11:30", "due by Wed 25 Nov 11:30, best today"."""
    if item.state == "OVERDUE":
        since = _first_not_none(item.deadline_at, item.target_at, item.starts_at)
        if since >= now:
            return "overdue"
        return f"{late_by(since, now, clock)} late (was due {clock.human(since, end=True)})"
    text = "due " + clock.by(item.deadline_at) if item.deadline_at is not None else "due now"
    target = item.target_at
    if target is not None and now < target and (item.deadline_at is None or target < item.deadline_at):
        text += ", best " + clock.by(target)
    return text


def late_by(since: int, now: int, clock: Clock) -> str:
    """How late, as people count it: minutes or hours within the first day, then calendar days from the
    day it was due (due on Tuesday, read on Thursday: 2 days), whatever the clock changes in between."""
    seconds = now - since
    if seconds < DAY:
        size, unit = (3600, "hour") if seconds >= 3600 else (60, "minute")
        count = max(seconds // size, 1)
    else:
        due = clock.day(since - 1 if clock.at_midnight(since) else since)
        unit, count = "day", max(clock.day(now) - due, 1)
    return f"{count} {unit}" + ("" if count == 1 else "s")


# --- JSON -----------------------------------------------------------------------------------------------


def render_json(agenda: Agenda, clock: Clock) -> str:
    import json

    items = [item_data(item, clock, agenda.now) for item in agenda.items]
    codes = sorted({code for item in agenda.items for code in item.codes.split()})
    # JSON lists every row; the summary of the long-overdue ones comes with it, from the same rows.
    stale = agenda.stale or stale_groups(agenda.items, agenda.now)
    data = {
        "now": clock.iso(agenda.now),
        "items": items,
        "long_overdue": [
            {
                "application": group.application_id,
                "company": group.company,
                "steps": group.steps,
                "oldest": clock.iso(group.oldest),
            }
            for group in stale
        ],
        "meanings": {code: meaning(code) for code in codes},
    }
    return json.dumps(data, indent=2, ensure_ascii=False)


def item_data(item: Item, clock: Clock, now: int) -> dict[str, object]:
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
        "stale": is_stale(item, now),
        "stale_from": moment(item.stale_at),
    }


# --- the planner's path ---------------------------------------------------------------------------------


def stored_rows(
    db: str | None, now_text: str | None, owner: str | None = None
) -> tuple[list[Item], str, int] | None:
    """Every stored row holding now, read through the store (a server, where ``sqlite3`` cannot go); None
    when the stored rows cannot answer (the planner then computes them)."""
    from followup.services.plans import stored_agenda
    from followup.services.workspace import Workspace

    with Workspace(_url(db), owner) as ws:
        if ws.missing:
            return None
        tz_name = ws.read_base().profile.tz
        with Clock(tz_name) as clock:
            at = clock.parse(now_text) if now_text else int(time.time())
        rows = stored_agenda(ws, at)
    if rows is None:
        return None
    return [Item(*(getattr(r, c) for c in COLUMNS)) for r in rows], tz_name, at


def full_planner_rows(
    db: str | None, now_text: str | None, owner: str | None = None
) -> tuple[list[Item], str, int]:
    """Every row holding now, computed by the planner (slow path: imports SQLAlchemy and holidays)."""
    from followup.core.plan.agenda import rows_for
    from followup.core.plan.planner import as_of, inputs_for, schedule, shared_facts
    from followup.services.workspace import Workspace
    from followup.workdays import calendars_for

    with Workspace(_url(db), owner) as ws:
        records = ws.read()
    with Clock(records.profile.tz) as clock:
        at = clock.parse(now_text) if now_text else int(time.time())
    import datetime as dt

    known = as_of(records, dt.datetime.fromtimestamp(at, dt.UTC))
    calendars = calendars_for(known)
    shared = shared_facts(known)
    rows: list[Item] = []
    for app in known.applications:
        if app.archived_at is not None:  # archived: out of today, as its stored agenda is
            continue
        inputs = inputs_for(known, app, calendars[app.id], shared)
        names = {p.id: p.name for p in app.people}
        rows += [
            Item(*(getattr(r, c) for c in COLUMNS))
            for r in rows_for(schedule(app, inputs), names, calendar=inputs.calendar)
            if r.starts_at <= at < r.ends_at
        ]
    return ordered(rows), records.profile.tz, at


def _url(db: str | None) -> str | None:
    from followup.store.location import to_url

    db = db or os.environ.get("FOLLOWUP_DB")
    return None if db is None else to_url(db)


def main(argv: list[str]) -> int:
    options = parse_args(argv)
    if options is None:
        sys.stdout.write(USAGE)
        return 0
    everything = options.everything or options.as_json
    try:
        path = sqlite_path(options.db)
        if not os.path.exists(path):  # reading never creates a database
            if options.db or os.environ.get("FOLLOWUP_DB"):
                _invalid(
                    "--db",
                    "an existing followup database (create one with `followup init --db ...`)",
                    str(path),
                )
            with Clock("UTC") as clock:
                at = clock.parse(options.now) if options.now else int(time.time())
            if options.as_json:
                sys.stdout.write(render(Agenda([], [], "UTC", at), True) + "\n")
            else:
                sys.stdout.write(
                    "No records yet. Start with `followup init`, then `followup interview add`.\n"
                )
            return 0
        agenda = read_agenda(path, options.owner, options.now, everything=everything)
    except NeedsFullPlanner:
        found = stored_rows(options.db, options.now, options.owner)
        if found is None:
            found = full_planner_rows(options.db, options.now, options.owner)
        agenda = summarise(*found, everything=everything)
    sys.stdout.write(render(agenda, options.as_json, None if everything else screen_lines()) + "\n")
    return 0
