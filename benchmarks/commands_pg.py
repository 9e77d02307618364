"""The PostgreSQL half of ``benchmarks/commands.py`` (``--postgres``): one owner's commands on a shared
database against the same commands on a database holding only that owner.

It starts a throwaway cluster on 127.0.0.1 with the tests' own code (``tests/support/postgres.py``: the
Debian server binaries, a temp directory, fsync off), stopped and deleted at the end, on Ctrl-C and on
error too. In it, two databases, each set up as ``docs/shared-server.md`` tells an administrator to:
``followup admin migrate`` as the superuser, then ``followup admin add-user NAME --password-command
"printf %s secret-NAME"`` per person:

* **shared**: ``--owners`` roles (``p00``, ``p01``...), each holding ``--apps-per-owner`` applications from
  ``benchmarks/today.py``'s generator (seed ``--seed`` + the owner's number, so no two owners hold the
  same records);
* **solo**: one role, ``solo``, holding exactly ``p00``'s records.

Each role loads its records itself, as a person would: ``followup import FILE`` (the generator's records
in the export format), then ``followup doctor --rebuild``, then the subject application the SQLite half
adds (an interview two hours before ``--now``, a hiring manager). Then ``VACUUM ANALYZE``, as autovacuum
would do on a server in use. Every one of these runs as a whole process with the role's own login
(``FOLLOWUP_DB=postgresql://ROLE@127.0.0.1:PORT/DB``, the password in ``PGPASSWORD``).

It then times ``commands.py``'s commands as ``p00`` on shared and as ``solo`` on solo, in interleaved
rounds of three (shared, solo, ``python -c pass``, the order rotating each round; one warm-up round), and
prints per command the medians, the median per-round ratio shared / solo (issue 9's target: within 1.5x,
PASS or MISS), the ratio to ``python -c pass`` (printed, not judged: the driver's import alone is about
12x) and each side's peak resident set (GNU time).

Two checks of "indexes lead with the owner" follow:

* every index of every table with an ``owner`` column (``pg_indexes``) whose first column is not
  ``owner`` is printed as a MISS line (the schema is reported, never changed here);
* the statements a few commands really send (``person list``, ``events``, ``plan APP``, ``list``,
  ``person add``, run as ``p00`` on shared) are explained by the server itself: ``auto_explain`` is
  loaded for ``p00``'s sessions only for these runs (``ALTER ROLE ... IN DATABASE ... SET``, reset after),
  and each statement that reads a table with an ``owner`` column is printed with how it reaches each such
  table (an index, by name, or a sequential scan).
"""

from __future__ import annotations

import json
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import Any, NamedTuple

import commands as sqlite_half  # benchmarks/commands.py: the commands, the subject, the timing tools
import today as generator

ROOT = generator.ROOT
SECRET = "secret-{name}"  # each role's password, given to `admin add-user` by a command
EXPLAINED = ("person list", "events", "plan APP", "list", "person add")
LIMIT = 1.5  # issue 9: an owner's command on the shared database within 1.5x of the same on their own


class Database(NamedTuple):
    """One database of the cluster, as the timed role sees it."""

    label: str
    name: str
    role: str  # the owner timed on it
    env: dict[str, str]  # the role's environment: FOLLOWUP_DB, PGPASSWORD, FOLLOWUP_HOME
    work: Path  # where the timed commands write their files


def role_env(base: dict[str, str], port: int, database: str, role: str, home: Path) -> dict[str, str]:
    """A person's environment: a URL without the password, the password where libpq finds it."""
    home.mkdir(parents=True, exist_ok=True)
    return base | {
        "FOLLOWUP_DB": f"postgresql://{role}@127.0.0.1:{port}/{database}",
        "PGPASSWORD": SECRET.format(name=role),
        "FOLLOWUP_HOME": str(home),
    }


def run(argv: list[str], env: dict[str, str], what: str) -> str:
    done = subprocess.run(argv, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{what} failed ({done.returncode}): {(done.stderr or done.stdout).strip()[:400]}")
    return done.stdout


def subject_steps(followup: str) -> list[list[str]]:
    """The application every timed command acts on, added as the SQLite half adds it."""
    start, end = sqlite_half.INTERVIEW
    interview = ["--company", "Bench Subject", "--position", "Analyst", "--start", start, "--end", end]
    manager = ["Dana Kim", "-a", sqlite_half.SUBJECT, "--hiring-manager", "--honorific", "Ms."]
    manager += ["--email", "dana@subject.example", "--talking-point", "the reporting backlog"]
    return [[followup, "interview", "add", *interview], [followup, "person", "add", *manager]]


def load_owner(followup: str, env: dict[str, str], records_file: Path, label: str) -> dict[str, float]:
    """One person loads their records as themselves: import, rebuild, the subject application."""
    spent: dict[str, float] = {}
    started = time.perf_counter()
    run([followup, "import", str(records_file)], env, f"{label}: followup import")
    spent["import_s"] = time.perf_counter() - started
    started = time.perf_counter()
    run([followup, "doctor", "--rebuild"], env, f"{label}: followup doctor --rebuild")
    spent["rebuild_s"] = time.perf_counter() - started
    for argv in subject_steps(followup):
        run(argv, env, f"{label}: followup {' '.join(argv[1:3])}")
    return spent


def write_records(path: Path, apps: int, seed: int) -> Path:
    """The generator's records for one owner, in the export format ``followup import`` reads."""
    from followup.core import codec

    records = generator.make_records(apps, seed, generator.parse_now(sqlite_half.NOW))
    path.write_text(codec.dumps(records))
    return path


def build(
    cluster: Any, followup: str, base: dict[str, str], scratch: Path, owners: int, apps: int, seed: int
) -> tuple[Database, Database]:
    """The shared and the solo database, each migrated, its people added and loaded."""
    made: list[Database] = []
    for label, people in (("shared", [f"p{k:02d}" for k in range(owners)]), ("solo", ["solo"])):
        admin_url = cluster.create_database(label)
        name = admin_url.rsplit("/", 1)[1]
        print(f"{label}: {len(people)} owner(s) x {apps:,} applications in {name}", file=sys.stderr)
        run([followup, "admin", "migrate", "--db", admin_url], base, f"{label}: admin migrate")
        started = time.perf_counter()
        for k, role in enumerate(people):
            password = ["--password-command", f"printf %s {SECRET.format(name=role)}"]
            add_user = [followup, "admin", "add-user", role, *password, "--db", admin_url]
            run(add_user, base, f"{label}: admin add-user {role}")
            env = role_env(base, cluster.port, name, role, scratch / f"home-{label}-{role}")
            records = write_records(scratch / f"records-{label}-{role}.json", apps, seed + k)
            spent = load_owner(followup, env, records, f"{label}/{role}")
            records.unlink()
            print(
                f"  {role}: import {spent['import_s']:.0f} s, doctor --rebuild {spent['rebuild_s']:.0f} s"
                f" ({time.perf_counter() - started:.0f} s so far)",
                file=sys.stderr,
            )
        with superuser(cluster, name) as conn:
            conn.execute("VACUUM ANALYZE")
        work = scratch / f"work-{label}"
        work.mkdir()
        made.append(
            Database(
                label,
                name,
                people[0],
                role_env(base, cluster.port, name, people[0], scratch / f"home-{label}-{people[0]}"),
                work,
            )
        )
    return made[0], made[1]


@contextmanager
def superuser(cluster: Any, database: str) -> Iterator[Any]:
    import psycopg

    with psycopg.connect(cluster.url(database), autocommit=True) as conn:
        yield conn


# --- timing -------------------------------------------------------------------------------------------


def measure(
    runs: tuple[sqlite_half.Run, sqlite_half.Run],
    dbs: tuple[Database, Database],
    python: Path,
    rounds: int,
    counter: list[int],
) -> dict[str, float]:
    """Rounds of three (the command on shared, on solo, and ``python -c pass``), the order rotating so
    that each goes first equally often; one warm-up round first. ``runs`` is the same command built for
    each database (its files in that database's work dir); both get the same round number, so a write
    makes the same change on each."""
    base = [str(python), "-c", "pass"]
    times: dict[str, list[float]] = {"shared": [], "solo": [], "python": []}
    for n in range(-1, rounds):
        counter[0] += 1
        trio = [
            (db.label, run.argv(counter[0]), run.allowed, db.env) for run, db in zip(runs, dbs, strict=True)
        ]
        trio.append(("python", base, frozenset({0}), dbs[0].env))
        shift = n % 3
        for kind, argv, allowed, env in trio[shift:] + trio[:shift]:
            seconds = sqlite_half.spawn(argv, env, allowed)
            if n >= 0:
                times[kind].append(seconds)
    counter[0] += 1
    peaks = [
        sqlite_half.peak_rss_mb(run.argv(counter[0]), db.env, run.allowed)
        for run, db in zip(runs, dbs, strict=True)
    ]
    ms = {kind: statistics.median(values) * 1000 for kind, values in times.items()}
    return {
        "shared_ms": round(ms["shared"], 1),
        "solo_ms": round(ms["solo"], 1),
        "python_ms": round(ms["python"], 1),
        "ratio": round(
            statistics.median(s / o for s, o in zip(times["shared"], times["solo"], strict=True)), 2
        ),
        "x_python": round(
            statistics.median(s / p for s, p in zip(times["shared"], times["python"], strict=True)), 1
        ),
        "shared_peak_mb": round(peaks[0], 1),
        "solo_peak_mb": round(peaks[1], 1),
    }


# --- indexes and query plans ----------------------------------------------------------------------------

FIRST_COLUMNS = """
SELECT i.tablename, i.indexname, a.attname, x.indisprimary, i.indexdef
FROM pg_indexes i
JOIN pg_class c ON c.relname = i.indexname
JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = i.schemaname
JOIN pg_index x ON x.indexrelid = c.oid
LEFT JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = x.indkey[0]
WHERE i.schemaname = 'public' AND i.tablename = ANY(%s)
ORDER BY 1, 2
"""


def owner_tables(cluster: Any, database: str) -> list[str]:
    with superuser(cluster, database) as conn:
        found = conn.execute(
            "SELECT table_name FROM information_schema.columns "
            "WHERE table_schema = 'public' AND column_name = 'owner' ORDER BY 1"
        ).fetchall()
    return [row[0] for row in found]


def index_leads(cluster: Any, database: str, tables: list[str]) -> dict[str, Any]:
    """Every index of the tables with an owner column, and those whose first column is not ``owner``."""
    with superuser(cluster, database) as conn:
        rows = conn.execute(FIRST_COLUMNS, (tables,)).fetchall()
    indexes = [
        {"table": t, "index": i, "first": first, "primary": bool(primary), "definition": definition}
        for t, i, first, primary, definition in rows
    ]
    return {
        "tables": tables,
        "indexes": indexes,
        "not_owner_first": [x for x in indexes if x["first"] != "owner"],
    }


def explain_commands(
    cluster: Any, db: Database, runs: dict[str, sqlite_half.Run], tables: list[str], counter: list[int]
) -> dict[str, list[dict[str, Any]]]:
    """The statements each command in ``EXPLAINED`` sends, as the server plans them for the timed role:
    ``auto_explain`` logs every plan of that role's sessions in this database for these runs only."""
    settings = {
        "session_preload_libraries": "auto_explain",
        "auto_explain.log_min_duration": "0",
        "auto_explain.log_format": "json",
        "auto_explain.log_nested_statements": "on",
    }
    with superuser(cluster, db.name) as conn:
        conn.execute("LOAD 'auto_explain'")  # its settings must be known to be stored for a role
        for key, value in settings.items():
            conn.execute(f'ALTER ROLE "{db.role}" IN DATABASE "{db.name}" SET {key} = \'{value}\'')
    with superuser(cluster, db.name) as conn:  # the planner's row estimates, to read a Seq Scan by
        rows = conn.execute(
            "SELECT relname, reltuples::bigint FROM pg_class WHERE relkind = 'r' AND relname = ANY(%s)",
            (tables,),
        ).fetchall()
    sizes = {name: int(count) for name, count in rows}
    found: dict[str, list[dict[str, Any]]] = {}
    try:
        for name in EXPLAINED:
            if name not in runs:
                continue
            offset = cluster.log.stat().st_size
            counter[0] += 1
            sqlite_half.spawn(runs[name].argv(counter[0]), db.env, runs[name].allowed)
            time.sleep(0.3)  # the backend's last lines reach the log as it exits
            with cluster.log.open("rb") as log:
                log.seek(offset)
                text = log.read().decode(errors="replace")
            found[name] = summarise_plans(logged_plans(text), sizes)
    finally:
        with superuser(cluster, db.name) as conn:
            conn.execute(f'ALTER ROLE "{db.role}" IN DATABASE "{db.name}" RESET ALL')
    return found


def logged_plans(text: str) -> list[dict[str, Any]]:
    """The JSON plans ``auto_explain`` wrote: a ``plan:`` line, then the document on tab-led lines."""
    plans, lines = [], text.splitlines()
    for n, line in enumerate(lines):
        if not line.rstrip().endswith("plan:"):
            continue
        body = []
        for follow in lines[n + 1 :]:
            if not follow.startswith("\t"):
                break
            body.append(follow[1:])
        try:
            plans.append(json.loads("\n".join(body)))
        except json.JSONDecodeError:
            continue
    return plans


def scans(node: dict[str, Any]) -> Iterator[tuple[str, str, str | None]]:
    """(node type, relation, index) for each node of a plan that reads a relation."""
    relation = node.get("Relation Name")
    if relation is not None or "Index Name" in node:
        yield node["Node Type"], relation or "", node.get("Index Name")
    for child in node.get("Plans", []):
        yield from scans(child)


def index_table(node: dict[str, Any]) -> dict[str, str]:
    """Bitmap Index Scans name the index but not the table: the parent Bitmap Heap Scan does."""
    found: dict[str, str] = {}
    if node.get("Node Type") == "Bitmap Heap Scan":
        for child in node.get("Plans", []):
            for _, _, index in scans(child):
                if index:
                    found[index] = node.get("Relation Name", "")
    for child in node.get("Plans", []):
        found |= index_table(child)
    return found


def summarise_plans(plans: list[dict[str, Any]], tables: dict[str, int]) -> list[dict[str, Any]]:
    """Each distinct statement that reads a table with an owner column (``tables``: each one's rows, as
    the planner estimates them), and how it reaches each: a sequential scan of a table of a few rows is
    the planner's right choice, of a large one it reads every owner's rows."""
    seen: dict[str, dict[str, Any]] = {}
    for plan in plans:
        query = " ".join(str(plan.get("Query Text", "")).split())
        query = re.sub(r"^SELECT .+? FROM ", "SELECT ... FROM ", query)  # the columns say nothing of the plan
        root = plan.get("Plan", {})
        owners_of = index_table(root)
        reached: list[str] = []
        for node_type, relation, index in scans(root):
            table = relation or owners_of.get(index or "", "")
            if table not in tables or node_type == "Bitmap Heap Scan":
                continue
            how = f" using {index}" if index else ""
            if node_type == "Seq Scan":
                how = f" (of ~{tables[table]:,} rows, all owners')"
            reached.append(f"{table}: {node_type}{how}")
        if not reached or query in seen:
            if query in seen:
                seen[query]["times"] += 1
            continue
        seen[query] = {
            "query": query,
            "reached": reached,
            "access": access(reached),
            "times": 1,
        }
    return list(seen.values())


def access(reached: list[str]) -> str:
    """SEQ when a table with an owner column is read in full, index when only through indexes, write
    when the statement reads none (an INSERT)."""
    if any("Seq Scan" in r for r in reached):
        return "SEQ"
    return "index" if any("Index" in r for r in reached) else "write"


# --- the report -------------------------------------------------------------------------------------------


def report(figures: dict[str, Any]) -> None:
    owners, apps = figures["owners"], figures["apps_per_owner"]
    print(
        f"\n== PostgreSQL: {figures['timed_role']} on shared ({owners} owners x {apps:,} applications,"
        f" +1 acted on each) vs solo (only that owner's {apps:,} +1)"
    )
    print(
        f"{'command':<17}{'shared ms':>10}{'solo ms':>9}{'shared/solo':>12}{'x python':>9}"
        f"{'peak MB shared':>15}{'solo':>6}"
    )
    for name, row in figures["commands"].items():
        print(
            f"{name:<17}{row['shared_ms']:>10.0f}{row['solo_ms']:>9.0f}{row['ratio']:>12.2f}{row['x_python']:>9.1f}"
            f"{row['shared_peak_mb']:>15.1f}{row['solo_peak_mb']:>6.1f}"
        )
    python_ms = statistics.median(row["python_ms"] for row in figures["commands"].values())
    print(f"(python -c pass: {python_ms:.0f} ms; start-up ratios are printed, not judged, on PostgreSQL)")

    print("\nindexes of the tables with an owner column (" + ", ".join(figures["indexes"]["tables"]) + "):")
    wrong = figures["indexes"]["not_owner_first"]
    print(f"  {len(figures['indexes']['indexes'])} indexes, {len(wrong)} not led by owner")
    for index in wrong:
        kind = "primary key" if index["primary"] else "index"
        where = f"{index['table']}.{index['index']} ({kind})"
        print(f"  MISS  {where} leads with {index['first']}: {index['definition']}")

    print(f"\nquery plans, as {figures['timed_role']} on shared (auto_explain), tables with an owner column:")
    for name, statements in figures["plans"].items():
        print(f"  {name}: {len(statements)} distinct statement(s)")
        for statement in statements:
            mark = f"{statement['access']:<5}"
            times = f" (x{statement['times']})" if statement["times"] > 1 else ""
            print(f"    {mark}  {statement['query'][:110]}{times}")
            for reached in statement["reached"]:
                print(f"             {reached}")

    print("\ntargets:")
    for name, row in figures["commands"].items():
        ok = row["ratio"] <= LIMIT
        print(f"  {'PASS' if ok else 'MISS'}  {name} on shared within {LIMIT}x of solo: {row['ratio']:.2f}x")
    print(
        f"  {'PASS' if not wrong else 'MISS'}  every index of a table with an owner column leads with owner"
        f" ({len(wrong)} do not)"
    )


# --- the mode ---------------------------------------------------------------------------------------------


class Stop(Exception):
    """SIGTERM: leave through the same cleanup as Ctrl-C."""


def _terminate(signum: int, frame: FrameType | None) -> None:
    raise Stop(f"signal {signum}")


def main(options: Any, python: Path, followup: Path, env: dict[str, str]) -> dict[str, Any]:
    """Build both databases in a throwaway cluster, time, check the indexes and plans; the figures."""
    sys.path.insert(0, str(ROOT))  # tests/support/postgres.py: the tests' throwaway cluster, reused
    from tests.support.postgres import PostgresCluster, PostgresUnavailable

    base = {k: v for k, v in env.items() if not k.startswith("PG")}  # no stray PGHOST, PGUSER...
    previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        cluster = PostgresCluster()
        cluster.start()
    except PostgresUnavailable as refused:
        signal.signal(signal.SIGTERM, previous)
        raise SystemExit(f"commands.py --postgres: {refused}") from None
    print(f"cluster: 127.0.0.1:{cluster.port} in {cluster.directory}", file=sys.stderr)
    try:
        with tempfile.TemporaryDirectory(prefix="followup-commands-pg-") as scratch:
            started = time.perf_counter()
            dbs = build(
                cluster,
                str(followup),
                base,
                Path(scratch),
                options.owners,
                options.apps_per_owner,
                options.seed,
            )
            build_s = time.perf_counter() - started
            print(f"built in {build_s:.0f} s", file=sys.stderr)
            built = [{run.name: run for run in sqlite_half.commands(followup, db.work)} for db in dbs]
            counter = [0]
            timed: dict[str, dict[str, float]] = {}
            for name in built[0]:
                if options.only and name not in options.only:
                    continue
                print(f"  timing {name}", file=sys.stderr)
                pair = (built[0][name], built[1][name])
                timed[name] = measure(pair, dbs, python, options.rounds, counter)
            tables = owner_tables(cluster, dbs[0].name)
            figures = {
                "owners": options.owners,
                "apps_per_owner": options.apps_per_owner,
                "timed_role": dbs[0].role,
                "rounds": options.rounds,
                "build_s": round(build_s),
                "commands": timed,
                "indexes": index_leads(cluster, dbs[0].name, tables),
                "plans": explain_commands(cluster, dbs[0], built[0], tables, counter),
            }
    finally:
        print("stopping the cluster", file=sys.stderr)
        cluster.stop()
        signal.signal(signal.SIGTERM, previous)
    report(figures)
    return figures
