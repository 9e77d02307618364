"""How fast is `followup today` as a whole process, on a large realistic database?

`followup today` is the command people run many times a day, so it has a fast path (``cli/today.py``):
standard library only, one indexed query on the stored ``agenda`` table. This script measures what a
user feels, the whole process from exec to exit, against four targets:

1. within 2x of ``python -c pass`` (the interpreter's own start-up: the floor for any Python command),
2. at least 5x faster than Taskwarrior's ``task next`` on the same number of items (when installed),
3. a peak resident set under 20 MB,
4. flat from 10,000 to 1,000,000 stored agenda rows (the index, not the table size, sets the cost).

It builds a SQLite database of N applications (default 10,000) with full histories: an interview
spread over the two years before ``--now``, 3-4 people, a stated timeline for some, a debrief, thank-you
notes, letters, follow-ups, replies, rejections and a few offers. Schedules come from the real planner
(``planner.schedule``), agenda rows from ``agenda.rows_for``, and the records and rows are written with
the repository in one transaction, then ``set_history_until`` so that the fast path applies.

Why interleaved pairs: this host is shared and noisy, and start-up time drifts with whatever else runs
(page cache, CPU frequency, other jobs). Timing all runs of A and then all runs of B would fold that
drift into the difference. Running A and B back to back, alternating which goes first, exposes both to
the same conditions; the median of the per-pair ratios is then a stable figure even when absolute
milliseconds are not. Every timed run is a fresh process (``posix_spawn``, output to /dev/null); peak
memory is measured apart, with GNU ``/usr/bin/time`` (or a small fork-and-exec wrapper reading
``ru_maxrss``), because a child of this large process would inherit its size as a high-water mark.

A MISS is reported, never raised: the exit status is 0 unless the benchmark itself cannot run.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import hashlib
import json
import os
import random
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from followup.core.model import Application, Records
    from followup.core.plan.agenda import AgendaRow

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "bench-data"
OWNER = "bench"  # the owner of every record; the timed processes get it as FOLLOWUP_USER
PROFILE_TZ = "America/New_York"
DEFAULT_NOW = "2026-11-24T10:00"
SEED = 20261124
SMALL_STEPS = 10_000
# Bump when the generator changes what it builds (the source hash covers changes to followup itself).
GENERATOR_VERSION = 3
TARGET_VS_PYTHON = 2.0
TARGET_VS_TASK = 5.0
TARGET_PEAK_MB = 20.0
TARGET_FLAT = 1.10  # "flat": the 1M-step time within 10% of the 10k-step time (median per-round ratio)

# --- the synthetic records -----------------------------------------------------------------------------

LOCATIONS = (  # (country, subdivision, zone, weight): calendars and zones the planner really uses
    ("US", "", "America/New_York", 5),
    ("US", "CA", "America/Los_Angeles", 2),
    ("US", "IL", "America/Chicago", 2),
    ("US", "TX", "America/Chicago", 1),
    ("GB", "ENG", "Europe/London", 1),
    ("DE", "BY", "Europe/Berlin", 1),
)


def words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


FIRST = words(
    "Dana Luis Priya Sam Aisha Ben Chen Eleanor Farid Gina Helen Ivan Jonas Kim Leo Maya Nora "
    "Omar Peter Rachel Sofia Tariq Uma Victor Wen Yara Zoe Margaret Eric Nina"
)
LAST = words(
    "Kim Ortega Shah Lee Bello Adler Wang Hughes Haddad Russo Park Petrov Berg Nakamura Silva "
    "Gold Okafor Novak Brandt Cohen Moreau Ali Rao Costa Dubois Fischer Garcia Jensen Larsen "
    "Meyer"
)
COMPANY_A = words(
    "Harbor Blue Northwind Granite Summit Cedar Copper Lumen Atlas Beacon Meridian Orbit Pioneer "
    "Quarry Redwood Silver Tidal Vertex Willow Zenith"
)
COMPANY_B = words("Analytics Labs Systems Health Logistics Robotics Media Foods Energy Bank Software Works")
POSITIONS = (
    "Marketing Analyst",
    "Data Engineer",
    "Product Manager",
    "Staff Engineer",
    "UX Researcher",
    "Account Executive",
    "Financial Analyst",
    "Operations Lead",
    "Site Reliability Engineer",
    "Technical Writer",
)
TIMEFRAMES = (
    ("We'll decide within two weeks", 14),
    ("A decision by the end of next week", 11),
    ("We hope to decide by Friday", 4),
    ("Within ten days", 10),
    ("Early next month", 21),
)


class Spec(NamedTuple):
    """What one database is: how many applications, how many agenda rows in all (None: as planned)."""

    apps: int
    seed: int
    now: str
    steps: int | None = None  # pad with historic rows up to this many agenda rows

    def key(self, source_hash: str) -> str:
        text = json.dumps([GENERATOR_VERSION, self.apps, self.seed, self.now, self.steps, source_hash])
        return hashlib.sha256(text.encode()).hexdigest()[:12]


def parse_now(text: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(text)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo(PROFILE_TZ))
    return moment.astimezone(dt.UTC)


def business_days_after(day: dt.date, n: int) -> dt.date:
    """Weekdays only: close enough for placing events (the planner applies the real holidays)."""
    while n > 0:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day


def make_application(rng: random.Random, index: int, now: dt.datetime) -> Application:
    """One application as a careful-but-human candidate leaves it: events up to ``now`` only."""
    from followup.core.model import (
        Application,
        Channel,
        Company,
        Culture,
        Debrief,
        Decision,
        Event,
        EventType,
        Format,
        Interview,
        Person,
        Role,
        StumbledQuestion,
    )

    country, subdivision, tz, _ = rng.choices(LOCATIONS, weights=[w for *_, w in LOCATIONS])[0]
    zone = ZoneInfo(tz)

    def local(day: dt.date, hour: float) -> dt.datetime:
        clock = dt.time(int(hour), int(hour % 1 * 60))
        return dt.datetime.combine(day, clock, zone).astimezone(dt.UTC)

    def workday(moment: dt.datetime, hour: float | None = None) -> dt.datetime:
        """``moment`` moved to a weekday in business hours (local)."""
        day = moment.astimezone(zone).date()
        while day.weekday() >= 5:
            day += dt.timedelta(days=1)
        return local(day, hour if hour is not None else rng.uniform(9, 17))

    name = f"{rng.choice(COMPANY_A)} {rng.choice(COMPANY_B)}"
    app_id = f"{name.lower().replace(' ', '-')}-{index}"
    # 2% are upcoming interviews; the rest spread over the last two years, recent ones a little denser.
    if rng.random() < 0.02:
        days_ago = -rng.uniform(0.5, 14)
    else:
        days_ago = min(rng.uniform(0.1, 730), rng.uniform(0.1, 900))
    start = workday(now - dt.timedelta(days=days_ago), rng.choice((9, 9.5, 10, 11, 13, 14, 14.5, 15, 16)))
    fmt = rng.choices((Format.IN_PERSON, Format.VIDEO, Format.PHONE), weights=(4, 5, 2))[0]
    end = start + dt.timedelta(minutes=rng.choice((30, 45, 60, 60, 90)))
    day = end.astimezone(zone).date()

    people = [
        Person(
            id="hm",
            first=rng.choice(FIRST),
            last=rng.choice(LAST),
            honorific=rng.choice(("Ms.", "Mr.", "Dr.")),
            title="Hiring Manager",
            role=Role.HIRING_MANAGER,
            email=f"hm{index}@{app_id}.example",
            postal_address=f"{index} Main St" if rng.random() < 0.3 else "",
        )
    ]
    for n in range(1, rng.choice((2, 3))):
        people.append(
            Person(
                id=f"p{n}",
                first=rng.choice(FIRST),
                last=rng.choice(LAST),
                title="Interviewer",
                email=f"p{n}.{index}@{app_id}.example" if rng.random() < 0.95 else "",
            )
        )
    people.append(
        Person(
            id="hr",
            first=rng.choice(FIRST),
            last=rng.choice(LAST),
            title="Recruiter",
            role=Role.HR,
            on_panel=False,
            email=f"hr{index}@{app_id}.example",
            phone="+1 617 555 0100",
        )
    )
    panel = [p for p in people if p.on_panel]
    arranger = "hr" if rng.random() < 0.6 else ""

    decision = Decision()
    if rng.random() < 0.55:  # a timeline was stated at the close of the interview (I-01)
        text, days = rng.choice(TIMEFRAMES)
        decision = Decision(stated_text=text, date=day + dt.timedelta(days=days))

    events: list[Event] = []
    careful = rng.random() < 0.97  # the rest forget one thing, as people do

    def add(event_type: EventType, at: dt.datetime, **fields: Any) -> None:
        events.append(Event(id=f"e{len(events) + 1}", type=event_type, at=at, **fields))

    interviews: list[Interview] = []
    if rng.random() < 0.08:  # an earlier round: thanked, then invited to this one (E-01)
        first_start = start - dt.timedelta(days=rng.choice((7, 10, 14)))
        first_end = first_start + dt.timedelta(minutes=45)
        interviews.append(
            Interview(
                id="i0",
                start=first_start,
                end=first_end,
                tz=tz,
                format=Format.PHONE,
                round=1,
                debrief=Debrief(done_at=first_end + dt.timedelta(minutes=40), no_stumbles=True)
                if first_end + dt.timedelta(minutes=40) <= now
                else Debrief(),
            )
        )
        add(EventType.SENT, first_end + dt.timedelta(hours=3), kind="TY", channel=Channel.EMAIL, to=("hm",))
        invited = workday(first_end + dt.timedelta(days=3))
        add(EventType.INBOUND, invited, kind="invitation", channel=Channel.EMAIL, from_person="hr")
        add(EventType.SENT, invited + dt.timedelta(hours=1), kind="RSP", channel=Channel.EMAIL, to=("hr",))

    # The debrief (D-01..D-09): mostly right after, sometimes late, rarely never.
    debrief = Debrief()
    roll = rng.random()
    if roll < 0.985:
        done = end + dt.timedelta(minutes=rng.uniform(15, 100) if roll < 0.9 else rng.uniform(200, 2000))
        stumbled: tuple[StumbledQuestion, ...] = ()
        if rng.random() < 0.15:
            answered = done + dt.timedelta(hours=rng.uniform(2, 30))
            stumbled = (
                StumbledQuestion(
                    question="Tell me about a project that failed.",
                    answer="The migration we rolled back, and what I changed afterwards.",
                    answered_at=answered if (careful and answered <= now) else None,
                ),
            )
        if done <= now:
            debrief = Debrief(
                done_at=done,
                takeaways=("small team, ships weekly",),
                team_fit=None,
                went_well=("the case study",),
                stumbled_questions=stumbled,
                no_stumbles=not stumbled,
                fit_statement="I have done this work for five years.",
            )
    interviews.append(
        Interview(
            id=f"i{len(interviews) + 1}",
            start=start,
            end=end,
            tz=tz,
            format=fmt,
            round=len(interviews) + 1,
            location="Head office" if fmt is Format.IN_PERSON else "",
            link="https://meet.example/x" if fmt is Format.VIDEO else "",
            debrief=debrief,
        )
    )

    # The thank-you round (T-01): every panel member with an address, the arranger, a forward otherwise.
    thanked = end + dt.timedelta(hours=rng.uniform(1.5, 18))
    forgotten = rng.choice(("TY", "TA", "F1", "RJ")) if not careful else ""
    for n, person in enumerate(panel):
        when = thanked + dt.timedelta(minutes=4 * n)
        if person.email and not (forgotten == "TY" and n == len(panel) - 1):
            add(EventType.SENT, when, kind="TY", channel=Channel.EMAIL, to=(person.id,))
    if any(not p.email for p in panel):
        add(
            EventType.SENT,
            thanked + dt.timedelta(minutes=20),
            kind="TY-FWD",
            channel=Channel.EMAIL,
            to=("hr",),
        )
    if arranger and forgotten != "TA":
        add(EventType.SENT, thanked + dt.timedelta(minutes=25), kind="TA", channel=Channel.EMAIL, to=("hr",))
    if rng.random() < 0.15:  # an optional formal letter (T-02)
        letter = workday(end + dt.timedelta(days=3))
        add(EventType.SENT, letter, kind="FL", channel=Channel.LETTER, to=("hm",))

    # What the employer does, and when.
    outcome_at = workday(end + dt.timedelta(days=rng.uniform(8, 45)))
    preferred = rng.random() < 0.01
    outcome = rng.choices(("rejection", "offer", "silence"), weights=(45, 1.5, 0 if preferred else 53.5))[0]
    if rng.random() < 0.25:  # a "still deciding" reply before the outcome (E-07), sometimes with a date
        reply_at = workday(end + dt.timedelta(days=rng.uniform(4, 12)))
        if reply_at < outcome_at or outcome == "silence":
            if rng.random() < 0.4:
                add(
                    EventType.INBOUND,
                    reply_at,
                    kind="timeframe",
                    channel=Channel.EMAIL,
                    from_person="hr",
                    stated_text="We expect to decide next week",
                    new_date=business_days_after(reply_at.astimezone(zone).date(), 7),
                )
            else:
                add(EventType.INBOUND, reply_at, kind="generic", channel=Channel.EMAIL, from_person="hr")

    # Status follow-ups (T-03/T-04/T-05): after the stated date, else 5-10 business days; then again.
    anchor = decision.date or day
    wait = rng.choice((1, 2, 3) if decision.date else (5, 6, 7, 8))
    touch = local(business_days_after(anchor, wait), rng.uniform(9, 16))
    for n in (1, 2):
        if touch >= outcome_at and outcome != "silence":
            break
        if forgotten == "F1" and n == 1:
            break
        add(EventType.SENT, touch, kind=f"F{n}", channel=Channel.EMAIL, to=("hr",))
        touch = local(business_days_after(touch.astimezone(zone).date(), rng.choice((5, 6, 8))), 10)

    if outcome == "rejection":
        add(EventType.INBOUND, outcome_at, kind="rejection", channel=Channel.EMAIL, from_person="hr")
        if forgotten != "RJ":
            thanks = outcome_at + dt.timedelta(hours=rng.uniform(2, 40))
            add(EventType.SENT, thanks, kind="RJ", channel=Channel.EMAIL, to=("hr",))
    elif outcome == "offer":
        add(
            EventType.INBOUND,
            outcome_at,
            kind="offer",
            channel=Channel.PHONE,
            from_person="hm",
            deadline=outcome_at.date() + dt.timedelta(days=7),
        )
        add(EventType.SENT, outcome_at + dt.timedelta(hours=2), kind="RSP", channel=Channel.EMAIL, to=("hm",))

    return Application(
        id=app_id,
        company=Company(
            name=name,
            country=country,
            subdivision=subdivision,
            tz=tz,
            culture=rng.choice((Culture.TECH_SOCIAL, Culture.TRADITIONAL, Culture.UNKNOWN)),
            preferred=preferred,  # E-04: told of offers elsewhere; these always hear back
        ),
        position=rng.choice(POSITIONS),
        interviews=tuple(interviews),
        people=tuple(people),
        main_contact="hr",
        arranger=arranger,
        decision=decision,
        events=tuple(sorted((e for e in events if e.at <= now), key=lambda e: (e.at, e.id))),
    )


def make_records(apps: int, seed: int, now: dt.datetime) -> Records:
    from followup.core.model import Profile, Records

    rng = random.Random(seed)
    return Records(
        profile=Profile(
            name="Alex Morgan",
            email="alex.morgan@example.com",
            phone="+1 617 555 0100",
            postal_address="12 Beacon St, Boston, MA 02108",
            tz=PROFILE_TZ,
            country="US",
        ),
        applications=tuple(make_application(rng, i, now) for i in range(apps)),
    )


# --- planning: the real planner, without its O(N^2) input gathering ------------------------------------


def plan_rows(records: Records, progress: Progress) -> list[AgendaRow]:
    """Every application's agenda rows, as ``services.workspace.replan`` stores them."""
    from followup.core.plan.agenda import rows_for
    from followup.core.plan.planner import inputs_for, schedule, shared_facts
    from followup.workdays import calendars_for

    calendars = calendars_for(records)
    shared = shared_facts(records)  # gathered once: planning stays linear in the applications
    rows: list[AgendaRow] = []
    for n, app in enumerate(records.applications):
        names = {p.id: p.name for p in app.people}
        inputs = inputs_for(records, app, calendars[app.id], shared)
        rows += rows_for(schedule(app, inputs), names, calendar=inputs.calendar)
        progress.tick(n + 1)
    return rows


# --- building databases ---------------------------------------------------------------------------------


class Progress:
    """A counter on standard error: one line redrawn on a terminal, a line per 10% otherwise."""

    def __init__(self, what: str, total: int) -> None:
        self.what, self.total = what, max(total, 1)
        self.started = self.shown = time.perf_counter()
        self.tty = sys.stderr.isatty()
        self.next_tenth = 1

    def tick(self, done: int) -> None:
        now = time.perf_counter()
        line = f"  {self.what}: {done:,}/{self.total:,} ({now - self.started:.0f} s)"
        if self.tty:
            if done >= self.total or now - self.shown > 0.25:
                self.shown = now
                sys.stderr.write("\r" + line + ("\n" if done >= self.total else ""))
        elif done * 10 >= self.next_tenth * self.total:
            self.next_tenth = done * 10 // self.total + 1
            sys.stderr.write(line + "\n")
        sys.stderr.flush()


class Built(NamedTuple):
    path: Path
    apps: int
    steps: int  # agenda rows stored
    planned_steps: int  # rows the planner produced for the applications
    historic_steps: int  # rows generated directly, wholly in the past (padding up to a size)
    due_now: int  # rows whose [starts_at, ends_at) holds --now: what `today` lists
    states: dict[str, int]  # those rows by state
    reused: bool
    build_s: float

    def describe(self) -> dict[str, Any]:
        return self._asdict() | {"path": str(self.path)}


class Cache:
    """Databases live in bench-data/ when kept (and are reused from there), else in a scratch dir."""

    def __init__(self, keep: bool, scratch: Path) -> None:
        self.keep, self.scratch = keep, scratch
        self.source = source_hash()

    def found(self, name: str) -> tuple[Path, dict[str, Any]] | None:
        path, meta = DATA_DIR / name, DATA_DIR / f"{name}.json"
        if path.exists() and meta.exists():
            return path, json.loads(meta.read_text())
        return None

    def place(self, name: str) -> Path:
        folder = DATA_DIR if self.keep else self.scratch
        folder.mkdir(parents=True, exist_ok=True)
        return folder / name

    def remember(self, path: Path, meta: Mapping[str, Any]) -> None:
        if self.keep:
            Path(f"{path}.json").write_text(json.dumps(meta, indent=2) + "\n")


def source_hash() -> str:
    """A hash of followup's source: a kept database is rebuilt when the planner or the schema changes."""
    digest = hashlib.sha256()
    for path in sorted((ROOT / "src" / "followup").rglob("*.py")):
        digest.update(str(path.relative_to(ROOT)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def write_database(path: Path, records: Records, rows: Sequence[AgendaRow]) -> None:
    """Records and agenda rows through the repository in one transaction, then ``set_history_until``."""
    from sqlalchemy import insert, update

    from followup.core.plan.agenda import AGENDA_VERSION
    from followup.services.workspace import history_until
    from followup.store import mapping, repository
    from followup.store.engine import open_store
    from followup.store.tables import agenda, meta

    store = open_store(f"sqlite:///{path}")
    try:
        with store.transaction() as session:
            repository.save_records(session, OWNER, records)
            # replace_agenda is one DELETE and one INSERT per application; on a new database the same
            # rows go in as one bulk INSERT of the repository's own row values.
            batch = [mapping.agenda_values(OWNER, row) for row in rows]
            for at in range(0, len(batch), 20_000):
                session.execute(insert(agenda), batch[at : at + 20_000])
            repository.set_history_until(session, OWNER, history_until(records))
            repository.set_agenda_version(session, OWNER, AGENDA_VERSION)
            # A new SQLite file belongs to whoever made it; these records are the benchmark owner's.
            session.execute(update(meta).where(meta.c.key == "owner").values(value=OWNER))
    finally:
        store.close()


def pad_with_history(path: Path, target: int, now_epoch: int) -> int:
    """Add historic agenda rows (intervals wholly before now) until the table holds ``target`` rows.

    The rows are copies of the stored rows moved back by whole multiples of two years and ended before
    now: the shape a long history leaves behind. Written with ``sqlite3`` for speed; returns how many."""
    con = sqlite3.connect(path)
    try:
        missing: int = target - con.execute("SELECT count(*) FROM agenda").fetchone()[0]
        if missing <= 0:
            return 0
        columns = [c[1] for c in con.execute("PRAGMA table_info(agenda)") if c[1] != "row_id"]
        template = con.execute(f"SELECT {', '.join(columns)} FROM agenda ORDER BY row_id").fetchall()
        starts, ends = columns.index("starts_at"), columns.index("ends_at")
        moved = [columns.index("target_at"), columns.index("deadline_at")]
        progress = Progress("historic agenda rows", missing)

        def shifted() -> Iterator[tuple[Any, ...]]:
            made, k = 0, 1
            while True:
                back = k * 2 * 365 * 86400
                for row in template:
                    values = list(row)
                    length = max(3600, min(values[ends] - values[starts], 30 * 86400))
                    values[starts] -= back
                    values[ends] = min(values[starts] + length, now_epoch - 86400)
                    for column in moved:
                        if values[column] is not None:
                            values[column] -= back
                    yield tuple(values)
                    made += 1
                    if made % 50_000 == 0 or made == missing:
                        progress.tick(made)
                    if made == missing:
                        return
                k += 1

        marks = ", ".join("?" for _ in columns)
        with con:
            con.executemany(f"INSERT INTO agenda ({', '.join(columns)}) VALUES ({marks})", shifted())
        return missing
    finally:
        con.close()


def inspect_agenda(path: Path, at: int) -> tuple[int, dict[str, int]]:
    """All agenda rows, and the rows holding ``at`` by state (the same WHERE as the fast path)."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        total = con.execute("SELECT count(*) FROM agenda").fetchone()[0]
        query = (
            "SELECT state, count(*) FROM agenda WHERE owner = ? AND ends_at > ? AND starts_at <= ? GROUP BY 1"
        )
        return total, dict(con.execute(query, (OWNER, at, at)).fetchall())
    finally:
        con.close()


def query_plan(path: Path, at: int) -> str:
    from followup.cli.today import QUERY

    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return "; ".join(row[-1] for row in con.execute("EXPLAIN QUERY PLAN " + QUERY, (OWNER, at, at)))
    finally:
        con.close()


def first_apps_for_steps(records: Records, rows: Sequence[AgendaRow], steps: int) -> Records:
    """The leading applications whose rows fit in ``steps`` (the rest of the size is history)."""
    per_app = Counter(row.application_id for row in rows)
    kept, total = [], 0
    for app in records.applications:
        if total + per_app[app.id] > steps:
            break
        kept.append(app)
        total += per_app[app.id]
    return dataclasses.replace(records, applications=tuple(kept))


def finish(path: Path, meta: dict[str, Any], at: int, reused: bool) -> Built:
    total, states = inspect_agenda(path, at)
    return Built(
        path=path,
        apps=meta["apps"],
        steps=total,
        planned_steps=meta["planned_steps"],
        historic_steps=meta["historic_steps"],
        due_now=sum(states.values()),
        states=states,
        reused=reused,
        build_s=meta["build_s"],
    )


def build_planned(spec: Spec, cache: Cache, label: str) -> Built:
    """``spec.apps`` planned applications; with ``spec.steps``, only those fitting, padded with history."""
    at = int(parse_now(spec.now).timestamp())
    name = f"today-{spec.apps}apps-{spec.steps or 'planned'}-{spec.key(cache.source)}.db"
    if (hit := cache.found(name)) is not None:
        print(f"{label}: reusing {hit[0].relative_to(ROOT)}", file=sys.stderr)
        return finish(hit[0], hit[1], at, reused=True)

    from followup.core import codec

    started = time.perf_counter()
    print(f"{label}: building {spec.apps:,} applications", file=sys.stderr)
    records = make_records(spec.apps, spec.seed, parse_now(spec.now))
    rows = plan_rows(records, Progress("planning", len(records.applications)))
    if spec.steps is not None and len(rows) > spec.steps:
        records = first_apps_for_steps(records, rows, spec.steps)
        rows = plan_rows(records, Progress("planning the applications that fit", len(records.applications)))
    print("  validating with the import format's checks (as every transaction does)", file=sys.stderr)
    codec.data_to_records(codec.records_to_data(records))
    from followup.services.workspace import history_until

    if history_until(records) > at:  # the fast path would (rightly) hand over to the planner
        raise AssertionError("the generated records speak of a moment after --now")
    path = cache.place(name)
    partial = path.with_name(path.name + ".partial")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    print(f"  writing {len(records.applications):,} applications, {len(rows):,} agenda rows", file=sys.stderr)
    write_database(partial, records, rows)
    historic = pad_with_history(partial, spec.steps, at) if spec.steps is not None else 0
    partial.rename(path)
    meta = {
        "apps": len(records.applications),
        "planned_steps": len(rows),
        "historic_steps": historic,
        "build_s": round(time.perf_counter() - started, 1),
        "spec": spec._asdict(),
    }
    cache.remember(path, meta)
    print(f"  built in {meta['build_s']:.0f} s", file=sys.stderr)
    return finish(path, meta, at, reused=False)


def build_padded(base: Built, steps: int, now: str, cache: Cache, label: str) -> Built:
    """``base`` with historic agenda rows added up to ``steps`` rows: the same live plan, a longer past."""
    at = int(parse_now(now).timestamp())
    name = f"{base.path.stem}-padded-{steps}.db"
    if (hit := cache.found(name)) is not None:
        print(f"{label}: reusing {hit[0].relative_to(ROOT)}", file=sys.stderr)
        return finish(hit[0], hit[1], at, reused=True)
    started = time.perf_counter()
    print(f"{label}: copying the 10k-step database and adding history", file=sys.stderr)
    path = cache.place(name)
    partial = path.with_name(path.name + ".partial")
    shutil.copyfile(base.path, partial)
    added = pad_with_history(partial, steps, at)
    partial.rename(path)
    meta = {
        "apps": base.apps,
        "planned_steps": base.planned_steps,
        "historic_steps": base.historic_steps + added,
        "build_s": round(time.perf_counter() - started, 1),
        "base": base.path.name,
    }
    cache.remember(path, meta)
    print(f"  built in {meta['build_s']:.0f} s", file=sys.stderr)
    return finish(path, meta, at, reused=False)


# --- running and timing processes ------------------------------------------------------------------------


class Command(NamedTuple):
    argv: list[str]
    env: dict[str, str]


def spawn(command: Command) -> float:
    """One process, its output discarded: seconds from spawn to reap.

    ``posix_spawn`` does not copy the parent's memory, so this process's size (it holds the planner and
    SQLAlchemy after a build) does not slow the spawn down."""
    actions = [
        (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
        (os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0),
        (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0),
    ]
    started = time.perf_counter()
    pid = os.posix_spawn(command.argv[0], command.argv, command.env, file_actions=actions)
    _, status = os.waitpid(pid, 0)
    seconds = time.perf_counter() - started
    if (code := os.waitstatus_to_exitcode(status)) != 0:
        raise RuntimeError(f"exit status {code}: {' '.join(command.argv)}")
    return seconds


def interleaved(commands: Mapping[str, Command], rounds: int) -> dict[str, list[float]]:
    """``rounds`` rounds running every command once, back to back, the order rotating each round (so each
    command goes first as often as the others); three warm-up rounds are not counted."""
    names = list(commands)
    runs: dict[str, list[float]] = {name: [] for name in names}
    progress = Progress("timing " + ", ".join(names), rounds)
    for n in range(-3, rounds):
        first = n % len(names)
        for name in names[first:] + names[:first]:
            run = spawn(commands[name])
            if n >= 0:
                runs[name].append(run)
        if n >= 0:
            progress.tick(n + 1)
    return runs


def summary(runs: Sequence[float]) -> dict[str, float]:
    ms = sorted(seconds * 1000 for seconds in runs)
    quartiles = statistics.quantiles(ms, n=4) if len(ms) > 1 else [ms[0]] * 3
    return {"median_ms": statistics.median(ms), "q1_ms": quartiles[0], "q3_ms": quartiles[2], "min_ms": ms[0]}


def ratio(top: Sequence[float], bottom: Sequence[float]) -> float:
    """The median of per-round ratios: each round ran both commands under the same conditions."""
    return statistics.median(a / b for a, b in zip(top, bottom, strict=True))


# A wrapper that forks, execs the command and reports the child's ru_maxrss (KiB) from wait4. Its own
# memory is copied into the child before the exec and counts towards that figure, so it is a bound
# from above by the wrapper's size (~9 MB): used only when GNU time is missing.
RSS_WRAPPER = """
import os, sys
pid = os.fork()
if pid == 0:
    fd = os.open(os.devnull, os.O_RDWR)
    os.dup2(fd, 1)
    os.dup2(fd, 2)
    os.execv(sys.argv[1], sys.argv[1:])
_, status, usage = os.wait4(pid, 0)
print(usage.ru_maxrss, os.waitstatus_to_exitcode(status))
"""


def peak_rss_mb(command: Command, python: Path, runs: int = 5) -> tuple[float, str]:
    """The largest peak resident set of ``runs`` runs, and how it was measured.

    GNU ``/usr/bin/time`` (a small C parent that forks and execs) when present; else the wrapper above.
    Not from this process: a child spawned by a large parent inherits the parent's size as its starting
    ``ru_maxrss`` (Linux keeps the high-water mark across exec)."""
    peaks = []
    for _ in range(runs):
        if Path("/usr/bin/time").exists():
            with tempfile.NamedTemporaryFile("r", suffix=".rss") as out:
                subprocess.run(
                    ["/usr/bin/time", "-f", "%M", "-o", out.name, *command.argv],
                    env=command.env,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                    check=True,
                )
                peaks.append(int(out.read().split()[-1]))
            how = "GNU time %M"
        else:
            done = subprocess.run(
                [str(python), "-c", RSS_WRAPPER, *command.argv],
                env=command.env,
                capture_output=True,
                text=True,
                check=True,
            )
            peaks.append(int(done.stdout.split()[0]))
            how = "fork+exec wrapper, wait4 ru_maxrss (includes the wrapper's ~9 MB)"
    return max(peaks) / 1024, how


# --- checks -------------------------------------------------------------------------------------------------

HEAVY = ("sqlalchemy", "alembic", "click", "holidays", "platformdirs")


def fast_path_refusal(db: Path, now: str) -> str | None:
    """Why the fast path would hand over to the full planner (O(N^2): minutes at 10,000 applications),
    or None when it answers. Asked in this process, before any timed run."""
    from followup.cli import today

    try:
        today.read_rows(db, OWNER, now)
    except today.NeedsFullPlanner:
        return "cli.today.read_rows raised NeedsFullPlanner (schema, revision or history_until after --now)"
    return None


def check_output(command: Command, python: Path, expected: int) -> dict[str, Any]:
    """One run with its output kept: the count line and the JSON agree with the database, and no heavy
    module was imported (the fast path answered, not the planner)."""
    argv, env = command
    text = subprocess.run(argv, env=env, capture_output=True, text=True, check=False)
    lines = text.stdout.splitlines()
    head = lines[0] if lines else ""
    if found := re.fullmatch(r"Due at .*\): (\d+)", head):
        shown = int(found.group(1))
    else:
        shown = 0 if head.startswith("Nothing due") else -1
    as_json = subprocess.run([*argv, "--json"], env=env, capture_output=True, text=True, check=False)
    try:
        json_items = len(json.loads(as_json.stdout)["items"])
    except (ValueError, KeyError, TypeError):
        json_items = -1
    traced = subprocess.run(
        [str(python), "-X", "importtime", "-m", "followup.cli.entry", *argv[1:]],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    modules = [line.rsplit("|", 1)[-1].strip() for line in traced.stderr.splitlines()[1:] if "|" in line]
    heavy = sorted({m.split(".")[0] for m in modules} & set(HEAVY))
    return {
        "ok": text.returncode == 0
        and as_json.returncode == 0
        and shown == expected == json_items
        and not heavy,
        "exit_status": text.returncode,
        "first_line": head,
        "lines": len(lines),
        "bytes": len(text.stdout.encode()),
        "count_shown": shown,
        "count_expected": expected,
        "json_items": json_items,
        "modules_imported": len(modules),
        "heavy_imports": heavy,
        "stderr": (text.stderr + as_json.stderr).strip()[:500],
    }


def check_against_planner(db: Path, now: str) -> dict[str, Any]:
    """The fast path's rows against the full planner's, on the same database (run in this process)."""
    from followup.cli import today

    os.environ["FOLLOWUP_USER"] = OWNER
    stored, _, _ = today.read_rows(str(db), OWNER, now)
    started = time.perf_counter()
    planned, _, _ = today.full_planner_rows(str(db), now)
    return {
        "ok": sorted(tuple(item) for item in stored) == sorted(tuple(item) for item in planned),
        "fast_path_rows": len(stored),
        "planner_rows": len(planned),
        "planner_s": round(time.perf_counter() - started, 2),
    }


# --- Taskwarrior --------------------------------------------------------------------------------------------


def install_taskwarrior() -> None:
    if shutil.which("task"):
        return
    if os.geteuid() != 0:
        print("--install-taskwarrior: not root; run `sudo apt-get install -y taskwarrior`", file=sys.stderr)
        return
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "install", "-y", "taskwarrior"], env=env, check=False)


def taskwarrior(task: str, db: Path, now: dt.datetime, home: Path) -> Command:
    """`task next` over a fresh data dir holding one pending task per application of ``db``, due when
    that application's next step is (or was) due.

    `task next` reads the real clock (it has no --now), so due dates are moved by (clock - --now): they
    stand to the clock as the plan stands to --now."""
    data, rc = home / "data", home / "taskrc"
    data.mkdir(parents=True, exist_ok=True)
    rc.write_text(f"data.location={data}\nconfirmation=off\nverbose=nothing\nnews.version=2.6.0\n")
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", ""), "TASKRC": str(rc), "TASKDATA": str(data)}
    at = int(now.timestamp())
    offset = int(time.time()) - at
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        apps = con.execute(
            "SELECT id, company_name, position FROM applications WHERE owner = ? ORDER BY ordinal", (OWNER,)
        ).fetchall()
        upcoming: dict[str, tuple[int, str]] = {}
        query = (
            "SELECT application_id, COALESCE(deadline_at, target_at, starts_at), label FROM agenda "
            "WHERE owner = ? AND ends_at > ? ORDER BY 2"
        )
        for app_id, due, label in con.execute(query, (OWNER, at)):
            upcoming.setdefault(app_id, (due, label))
    finally:
        con.close()

    def stamp(epoch: int) -> str:
        return dt.datetime.fromtimestamp(epoch + offset, dt.UTC).strftime("%Y%m%dT%H%M%SZ")

    tasks = []
    for n, (app_id, company, position) in enumerate(apps):
        due, label = upcoming.get(app_id, (at + 86400 * (30 + n % 60), "KS"))
        tasks.append(
            {
                "description": f"{label} {company}: {position}",
                "status": "pending",
                "entry": stamp(at - 86400 * 30),
                "due": stamp(due),
                "project": "jobs",
                "tags": ["followup", label.split(":")[0].lower()],
            }
        )
    source = home / "tasks.json"
    source.write_text(json.dumps(tasks))
    started = time.perf_counter()
    print(f"  importing {len(tasks):,} tasks into Taskwarrior", file=sys.stderr)
    subprocess.run(
        [task, "rc.confirmation=off", "rc.verbose=nothing", "import", str(source)],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    print(f"  imported in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return Command([task, "rc.confirmation=off", "rc.verbose=nothing", "next"], env)


# --- the report ---------------------------------------------------------------------------------------------


def mark(passed: bool | None) -> str:
    return "SKIP" if passed is None else ("PASS" if passed else "MISS")


def targets(figures: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The four targets, each with PASS/MISS/SKIP and the figure behind it."""
    timing, memory = figures["timing"], figures["memory_mb"]
    vs_python = figures["ratio_followup_vs_python"]
    rows = [
        {
            "target": "followup today within 2x of python -c pass",
            "passed": vs_python <= TARGET_VS_PYTHON,
            "figure": f"{vs_python:.2f}x ({timing['followup today']['median_ms']:.1f} vs "
            f"{timing['python -c pass']['median_ms']:.1f} ms)",
        }
    ]
    vs_task = figures["ratio_followup_vs_task"]
    rows.append(
        {
            "target": "at least 5x faster than task next",
            "passed": None if vs_task is None else 1 / vs_task >= TARGET_VS_TASK,
            "figure": "skipped: Taskwarrior is not installed"
            if vs_task is None
            else f"{1 / vs_task:.1f}x faster (followup/task = {vs_task:.3f}; "
            f"{timing['followup today']['median_ms']:.1f} vs {timing['task next']['median_ms']:.1f} ms)",
        }
    )
    peak = memory["followup today"]
    rows.append(
        {
            "target": "peak memory under 20 MB",
            "passed": peak < TARGET_PEAK_MB,
            "figure": f"{peak:.1f} MB (python -c pass: {memory['python -c pass']:.1f} MB)",
        }
    )
    flat = figures["flatness"]
    if flat is None:
        figure, passed = "skipped (--skip-large)", None
    else:
        small, large = flat["small"], flat["large"]
        figure = (
            f"{flat['ratio_large_vs_small']:.3f}x from {small['steps']:,} to {large['steps']:,} rows "
            f"({flat['small_timing']['median_ms']:.1f} vs {flat['large_timing']['median_ms']:.1f} ms; "
            f"flat = within {TARGET_FLAT - 1:.0%})"
        )
        passed = flat["ratio_large_vs_small"] <= TARGET_FLAT and flat["outputs_equal"]
    rows.append({"target": "flat from 10k to 1M steps", "passed": passed, "figure": figure})
    return rows


def report(figures: Mapping[str, Any]) -> None:
    out = sys.stdout.write
    db, check, planner = figures["database"], figures["output_check"], figures["planner_check"]
    states = ", ".join(f"{n} {state}" for state, n in sorted(db["states"].items()))
    made = "reused from bench-data/" if db["reused"] else f"built in {db['build_s']:.0f} s"
    if check["heavy_imports"]:
        path = "the FULL PLANNER answered (imported " + ", ".join(check["heavy_imports"]) + ")"
    else:
        path = f"fast path ({check['modules_imported']} modules imported, none of {', '.join(HEAVY)})"
    out(f"\nfollowup today: --now {figures['now']} ({PROFILE_TZ}), {figures['pairs']} interleaved rounds\n\n")
    out(
        f"database    {db['apps']:,} applications, {db['steps']:,} agenda rows, {db['due_now']:,} due now "
        f"({states}); {made}\n"
        f"            {db['path']}\n"
        f"query plan  {figures['query_plan']}\n"
        f"output      {'OK' if check['ok'] else 'WRONG'}: {check['first_line']!r}, {check['lines']:,} lines "
        f"({check['bytes'] / 1024:.0f} KiB), --json {check['json_items']:,} items, expected "
        f"{check['count_expected']:,}\n"
        f"            {path}\n"
    )
    if check["stderr"]:
        out(f"            stderr: {check['stderr']}\n")
    out(
        f"vs planner  {'OK' if planner['ok'] else 'DIFFERENT'}: on the 10k-step database the fast path lists "
        f"{planner['fast_path_rows']} items, the full planner {planner['planner_rows']} "
        f"(which took {planner['planner_s']:.1f} s)\n\n"
    )
    out(f"  {'command':<40}{'median':>10}{'quartiles':>18}{'peak RSS':>11}\n")
    lines = [(name, t, figures["memory_mb"].get(name)) for name, t in figures["timing"].items()]
    flat = figures["flatness"]
    if flat is not None:
        for key in ("small", "large"):
            name = f"followup today, {flat[key]['steps']:,} rows"
            lines.append((name, flat[f"{key}_timing"], flat["memory_mb"][key]))
    for name, t, mb in lines:
        quartiles = f"{t['q1_ms']:.1f}-{t['q3_ms']:.1f} ms"
        rss = f"{mb:.1f} MB" if mb is not None else "-"
        out(f"  {name:<40}{t['median_ms']:>7.1f} ms{quartiles:>18}{rss:>11}\n")
    out(f"\n  peak RSS: {figures['memory_method']}, largest of 5 runs\n")
    out(
        "  python -m followup.cli.entry today / python -c pass = "
        f"{figures['ratio_python_m_vs_python']:.2f}x\n"
    )
    if figures["taskwarrior"] is None:
        out(
            "  Taskwarrior is not installed, so `task next` was skipped: rerun with --install-taskwarrior "
            "(as root), or apt-get install taskwarrior.\n"
        )
    else:
        out(f"  task next: {figures['taskwarrior']}, one pending task per application (--apps)\n")
    if flat is not None:
        extra = flat["large"]["historic_steps"] - flat["small"]["historic_steps"]
        out(
            f"  the large database is the 10k-step one ({flat['small']['apps']:,} planned applications) plus "
            f"{extra:,} historic agenda rows\n  generated directly (planned rows moved back by multiples of "
            "two years, all ended before --now),\n  not 100k planned applications; both list the same items: "
            f"{'yes' if flat['outputs_equal'] else 'NO'}\n"
        )
    out("\ntargets (ratios are medians of per-round ratios)\n")
    for row in figures["targets"]:
        out(f"  {mark(row['passed']):<5} {row['target']:<44} {row['figure']}\n")


# --- main ---------------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Time `followup today` against python -c pass and Taskwarrior on a large database.",
    )
    parser.add_argument("--apps", type=int, default=10_000, help="applications in the main database (10000)")
    parser.add_argument("--pairs", type=int, default=30, help="timed rounds per comparison (30)")
    parser.add_argument(
        "--large-steps", type=int, default=1_000_000, help="agenda rows of the large database (1000000)"
    )
    parser.add_argument("--skip-large", action="store_true", help="skip the large database and flatness")
    parser.add_argument(
        "--keep", action="store_true", help="keep the databases in bench-data/ and reuse them"
    )
    parser.add_argument("--json", action="store_true", help="also print the figures as JSON")
    parser.add_argument("--now", default=DEFAULT_NOW, help=f"read the plan at this moment ({DEFAULT_NOW})")
    parser.add_argument("--seed", type=int, default=SEED, help="the generator's seed")
    parser.add_argument("--venv", type=Path, default=ROOT / ".venv", help="the venv whose followup is timed")
    parser.add_argument(
        "--install-taskwarrior", action="store_true", help="apt-get install taskwarrior first (as root)"
    )
    options = parser.parse_args(argv)
    venv: Path = options.venv.absolute()
    python, followup = venv / "bin" / "python", venv / "bin" / "followup"
    for needed in (python, followup):
        if not needed.exists():
            parser.error(f"{needed} is missing: run `make install` first")
    if options.pairs < 2 or options.apps < 1 or options.large_steps <= SMALL_STEPS:
        parser.error(f"--pairs must be 2 or more, --apps 1 or more, --large-steps above {SMALL_STEPS}")
    if options.install_taskwarrior:
        install_taskwarrior()

    # PYTHONDONTWRITEBYTECODE=1 is set on these machines: compile once so the timed runs load .pyc files.
    subprocess.run([str(python), "-m", "compileall", "-q", str(ROOT / "src")], check=True)
    now = parse_now(options.now)
    at = int(now.timestamp())
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FOLLOWUP_", "PYTHON"))}
    env |= {"FOLLOWUP_USER": OWNER, "PYTHONDONTWRITEBYTECODE": "1"}

    def today(db: Path) -> Command:
        return Command([str(followup), "today", "--now", options.now, "--db", str(db)], env)

    figures: dict[str, Any] = {"now": options.now, "pairs": options.pairs, "owner": OWNER}
    scratch = Path(tempfile.mkdtemp(prefix="followup-bench-"))
    try:
        cache = Cache(options.keep, scratch)
        main_db = build_planned(Spec(options.apps, options.seed, options.now), cache, "main database")
        figures["database"] = main_db.describe()
        figures["query_plan"] = query_plan(main_db.path, at)
        if (refusal := fast_path_refusal(main_db.path, options.now)) is not None:
            print(f"\nMISS: the fast path does not answer on {main_db.path}: {refusal}; nothing was timed.")
            return 0
        figures["output_check"] = check_output(today(main_db.path), python, main_db.due_now)

        commands = {
            "python -c pass": Command([str(python), "-c", "pass"], env),
            "followup today": today(main_db.path),
            "python -m followup.cli.entry today": Command(
                [str(python), "-m", "followup.cli.entry", *today(main_db.path).argv[1:]], env
            ),
        }
        task = shutil.which("task")
        figures["taskwarrior"] = (
            task
            and subprocess.run(
                [task, "--version"], capture_output=True, text=True, check=False
            ).stdout.strip()
        )
        if task:
            print("Taskwarrior: a data dir with one task per application", file=sys.stderr)
            commands["task next"] = taskwarrior(task, main_db.path, now, scratch / "taskwarrior")
        runs = interleaved(commands, options.pairs)
        figures["timing"] = {name: summary(r) for name, r in runs.items()}
        figures["ratio_followup_vs_python"] = ratio(runs["followup today"], runs["python -c pass"])
        figures["ratio_python_m_vs_python"] = ratio(
            runs["python -m followup.cli.entry today"], runs["python -c pass"]
        )
        figures["ratio_followup_vs_task"] = ratio(runs["followup today"], runs["task next"]) if task else None
        figures["memory_mb"] = {}
        for name, command in commands.items():
            figures["memory_mb"][name], figures["memory_method"] = peak_rss_mb(command, python)

        small = build_planned(
            Spec(SMALL_STEPS // 4, options.seed, options.now, SMALL_STEPS), cache, "10k-step database"
        )
        figures["planner_check"] = check_against_planner(small.path, options.now)
        figures["flatness"] = None
        if not options.skip_large:
            label = f"{options.large_steps:,}-step database"
            large = build_padded(small, options.large_steps, options.now, cache, label)
            flat_runs = interleaved(
                {"10k steps": today(small.path), "large": today(large.path)}, options.pairs
            )
            outputs = [
                subprocess.run(today(db).argv, env=env, capture_output=True, text=True, check=True).stdout
                for db in (small.path, large.path)
            ]
            figures["flatness"] = {
                "small": small.describe(),
                "large": large.describe(),
                "small_timing": summary(flat_runs["10k steps"]),
                "large_timing": summary(flat_runs["large"]),
                "ratio_large_vs_small": ratio(flat_runs["large"], flat_runs["10k steps"]),
                "outputs_equal": outputs[0] == outputs[1],
                "memory_mb": {
                    "small": peak_rss_mb(today(small.path), python)[0],
                    "large": peak_rss_mb(today(large.path), python)[0],
                },
                "large_query_plan": query_plan(large.path, at),
            }
        figures["targets"] = targets(figures)
        report(figures)
        if options.json:
            print(json.dumps(figures, indent=2, default=str))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    if not options.keep:
        print(
            "(the databases were deleted; --keep keeps them in bench-data/ for the next run)", file=sys.stderr
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
