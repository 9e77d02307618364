"""What each everyday command costs as the store grows: issue 9's table, on SQLite (and PostgreSQL).

For stores of 10, 100, 1,000 and 10,000 applications (``--sizes``) this script builds a SQLite file with
``benchmarks/today.py``'s generator (full histories, the real planner's agenda rows), makes its derived
data with ``followup doctor --rebuild``, adds one fresh application to act on (an interview two hours
before ``--now`` with a hiring manager, so that its thank-you is due), and then times whole processes:

    list, plan APP, person list, events, person add, log sent, timeline, draft TY, check FILE,
    calendar export, today

each in interleaved pairs against ``python -c pass`` (see ``benchmarks/today.py`` for why pairs), and
its peak resident set apart (GNU time). It prints one table per size and the issue's targets:

1. every write command at the largest size within 1.5x of the same command at the smallest;
2. ``list`` at 10,000 applications under 0.5 s;
3. at 100 applications, reads served from stored data (list, plan APP, person list, events) within 8x of
   ``python -c pass``, writes (person add, log sent, timeline) within 30x;
4. ``today`` within 2x of ``python -c pass`` at 10,000 applications;
5. peak memory under 60 MB for every command but ``check`` and ``draft`` (reported).

``calendar export`` grows with the store by nature: it is reported per application instead. A MISS is
reported, never raised; the exit status is 0 unless the benchmark itself cannot run.

Run: ``.venv/bin/python benchmarks/commands.py [--sizes 10,100,1000,10000] [--rounds 7] [--keep]``.

With ``--postgres`` (``benchmarks/commands_pg.py``) it runs the PostgreSQL half instead: a throwaway
cluster on 127.0.0.1 (the tests' ``tests/support/postgres.py``, stopped and deleted afterwards, on Ctrl-C
too) holding a shared database of ``--owners`` roles (10) with ``--apps-per-owner`` applications each
(1,000) and a database of one role holding only the first owner's records, both set up with ``followup
admin migrate`` and ``admin add-user`` and loaded by each role itself (``followup import``, ``doctor
--rebuild``, the subject application). The same commands are timed as that owner on both databases, in
interleaved rounds with ``python -c pass``, and the ratio per command is judged against issue 9's target
(within 1.5x of the one-owner database); start-up ratios are printed, not judged. It then lists every
index of a table with an ``owner`` column that does not lead with ``owner`` (MISS), and how the server
plans the statements a few commands send (``auto_explain``, for that role only). ``--sizes`` and
``--keep`` do not apply there.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent))

import today as generator  # benchmarks/today.py: the synthetic records and the timing tools

ROOT = generator.ROOT
NOW = generator.DEFAULT_NOW  # 2026-11-24T10:00, America/New_York: the generated records end by then
# The timed commands run later that day, so that what they log (at 10:00 plus a minute a run) comes after
# everything stored, as a new event does: logging into the past replays history (the planner reads every
# record as it stood then), which is right but not the everyday case measured here.
LATER = "2026-11-24T18:00"
SUBJECT = "bench-subject"  # the application every command acts on
INTERVIEW = ("2026-11-24T07:00", "2026-11-24T08:00")
READS = ("list", "plan APP", "person list", "events")
WRITES = ("person add", "log sent", "timeline")
EXEMPT_MEMORY = ("check FILE", "draft TY")
MESSAGE = """Subject: Thank you for today's interview

Dear Ms. Kim,

Thank you for taking the time to meet me today about the Analyst role at Bench Subject. I enjoyed our
conversation about the reporting backlog, and I am keen to help the team clear it.

Kind regards,
Alex Morgan
+1 617 555 0100
12 Beacon St, Boston, MA 02108
alex.morgan@example.com
"""


class Run(NamedTuple):
    """One timed command: its argv for round ``n`` (writes that add need a new name each time)."""

    name: str
    argv: Callable[[int], list[str]]
    allowed: frozenset[int] = frozenset({0})


def commands(followup: Path, work: Path) -> list[Run]:
    f = str(followup)
    now = ["--now", LATER]
    message = work / "message.txt"
    message.write_text(MESSAGE)
    return [
        Run("list", lambda n: [f, "list", *now]),
        Run("plan APP", lambda n: [f, "plan", SUBJECT, *now]),
        Run("person list", lambda n: [f, "person", "list", "-a", SUBJECT]),
        Run("events", lambda n: [f, "events", "-a", SUBJECT]),
        Run(
            "person add",
            lambda n: [
                f,
                "person",
                "add",
                f"Quinn Number{n:04d}",
                "-a",
                SUBJECT,
                "--honorific",
                "Mx.",
                "--email",
                f"quinn{n}@subject.example",
            ],
        ),
        Run(
            "log sent",
            # A thank-you again at another minute each round: a new event, never the same one twice.
            lambda n: [
                f,
                "log",
                "sent",
                "ty",
                "--to",
                "dana-kim",
                "-a",
                SUBJECT,
                "--force",
                "--reason",
                "benchmark",
                "--at",
                f"2026-11-24T{10 + n // 60:02d}:{n % 60:02d}",
                *now,
            ],
        ),
        Run(
            "timeline",
            lambda n: [
                f,
                "timeline",
                ("we will decide within two weeks", "a decision by Friday")[n % 2],
                "-a",
                SUBJECT,
                "--means",
                "email",
                *now,
            ],
        ),
        Run("draft TY", lambda n: [f, "draft", "TY", "--person", "dana-kim", "-a", SUBJECT, *now]),
        Run(
            "check FILE",
            lambda n: [f, "check", str(message), "--action", "TY", "--to", "dana-kim", "-a", SUBJECT, *now],
            frozenset({0, 3}),  # 3: findings to fix, still a complete answer
        ),
        Run("calendar export", lambda n: [f, "calendar", "export", str(work / "plan.ics"), *now]),
        Run("today", lambda n: [f, "today", *now]),
    ]


def build(size: int, keep: bool, scratch: Path, followup: Path, env: dict[str, str], seed: int) -> Path:
    """A store of ``size`` generated applications plus the subject, its derived data made by ``doctor``."""
    cache = generator.Cache(keep, scratch)
    built = generator.build_planned(generator.Spec(size, seed, NOW), cache, f"{size:,} applications")
    name = f"commands-{built.path.name}"
    place = cache.place(name)
    if keep and place.exists():
        print(f"  reusing {place.relative_to(ROOT)}", file=sys.stderr)
    else:
        partial = place.with_name(place.name + ".partial")
        shutil.copyfile(built.path, partial)
        run_env = env | {"FOLLOWUP_DB": str(partial)}
        started = time.perf_counter()
        steps = [
            [str(followup), "doctor", "--rebuild"],
            [
                str(followup),
                "interview",
                "add",
                "--company",
                "Bench Subject",
                "--position",
                "Analyst",
                "--start",
                INTERVIEW[0],
                "--end",
                INTERVIEW[1],
            ],
            [
                str(followup),
                "person",
                "add",
                "Dana Kim",
                "-a",
                SUBJECT,
                "--hiring-manager",
                "--honorific",
                "Ms.",
                "--email",
                "dana@subject.example",
                "--talking-point",
                "the reporting backlog",
            ],
        ]
        for argv in steps:
            done = subprocess.run(argv, env=run_env, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                raise RuntimeError(f"{' '.join(argv[1:4])} failed: {done.stderr.strip()[:400]}")
        for suffix in ("-wal", "-shm"):
            Path(f"{partial}{suffix}").unlink(missing_ok=True)
        partial.rename(place)
        print(
            f"  derived data and the subject application: {time.perf_counter() - started:.0f} s",
            file=sys.stderr,
        )
    return place


def spawn(argv: list[str], env: dict[str, str], allowed: frozenset[int]) -> float:
    """One process, output discarded: seconds from spawn to reap; an unexpected exit status stops the run."""
    started = time.perf_counter()
    done = subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    seconds = time.perf_counter() - started
    if done.returncode not in allowed:
        raise RuntimeError(f"exit {done.returncode}: {' '.join(argv[1:])}: {done.stderr.decode()[:400]}")
    return seconds


def measure(run: Run, python: Path, env: dict[str, str], rounds: int, counter: list[int]) -> dict[str, Any]:
    """``rounds`` interleaved pairs (the command and ``python -c pass``, the first of each pair
    alternating), one warm-up pair first; then the peak RSS of one more run."""
    base = [str(python), "-c", "pass"]
    cmd_s, py_s = [], []
    for n in range(-1, rounds):
        counter[0] += 1
        pair = [("cmd", run.argv(counter[0])), ("py", base)]
        if n % 2:
            pair.reverse()
        for kind, argv in pair:
            seconds = spawn(argv, env, run.allowed if kind == "cmd" else frozenset({0}))
            if n >= 0:
                (cmd_s if kind == "cmd" else py_s).append(seconds)
    counter[0] += 1
    peak = peak_rss_mb(run.argv(counter[0]), env, run.allowed)
    return {
        "median_ms": round(statistics.median(cmd_s) * 1000, 1),
        "python_ms": round(statistics.median(py_s) * 1000, 1),
        "ratio": round(statistics.median(c / p for c, p in zip(cmd_s, py_s, strict=True)), 1),
        "peak_mb": round(peak, 1),
    }


def peak_rss_mb(argv: list[str], env: dict[str, str], allowed: frozenset[int]) -> float:
    """The peak resident set of one run, by GNU time (a small parent: nothing of this process counts)."""
    if not Path("/usr/bin/time").exists():
        return float("nan")
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as out:
        done = subprocess.run(
            ["/usr/bin/time", "-f", "%M", "-o", out.name, *argv],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=False,
        )
        if done.returncode not in allowed:
            raise RuntimeError(f"exit {done.returncode}: {' '.join(argv[1:])}")
        return int(out.read().split()[-1]) / 1024


def targets(table: dict[int, dict[str, dict[str, Any]]]) -> list[tuple[bool, str]]:
    sizes = sorted(table)
    small, large = sizes[0], sizes[-1]
    found: list[tuple[bool, str]] = []
    if len(sizes) > 1:
        for name in (name for name in WRITES if name in table[small]):  # --only: the commands timed
            grow = table[large][name]["median_ms"] / table[small][name]["median_ms"]
            found.append((grow <= 1.5, f"{name} at {large:,} within 1.5x of {small:,}: {grow:.2f}x"))
    if "list" in table.get(10_000, {}):
        ms = table[10_000]["list"]["median_ms"]
        found.append((ms < 500, f"list at 10,000 under 0.5 s: {ms:.0f} ms"))
    if "today" in table.get(10_000, {}):
        ratio = table[10_000]["today"]["ratio"]
        found.append((ratio <= 2.0, f"today at 10,000 within 2x of python -c pass: {ratio:.1f}x"))
    if 100 in table:
        for name in (name for name in READS if name in table[100]):
            ratio = table[100][name]["ratio"]
            found.append((ratio <= 8, f"{name} at 100 within 8x of python -c pass: {ratio:.1f}x"))
        for name in (name for name in WRITES if name in table[100]):
            ratio = table[100][name]["ratio"]
            found.append((ratio <= 30, f"{name} at 100 within 30x of python -c pass: {ratio:.1f}x"))
    for size in sizes:
        for name, row in table[size].items():
            if name not in EXEMPT_MEMORY and name != "calendar export":
                ok = row["peak_mb"] < 60
                if not ok:
                    found.append((ok, f"{name} at {size:,} peak under 60 MB: {row['peak_mb']:.1f} MB"))
    return found


def report(table: dict[int, dict[str, dict[str, Any]]]) -> None:
    for size, rows in sorted(table.items()):
        print(f"\n== {size:,} applications (+1 acted on)")
        print(f"{'command':<17}{'median ms':>10}{'x python':>10}{'peak MB':>9}")
        for name, row in rows.items():
            extra = ""
            if name == "calendar export":
                extra = f"   {row['median_ms'] / (size + 1) * 1000:.0f} µs per application"
            print(f"{name:<17}{row['median_ms']:>10.0f}{row['ratio']:>10.1f}{row['peak_mb']:>9.1f}{extra}")
    print("\ntargets:")
    for ok, text in targets(table):
        print(f"  {'PASS' if ok else 'MISS'}  {text}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sizes", default="10,100,1000,10000", help="store sizes (10,100,1000,10000)")
    parser.add_argument("--rounds", type=int, default=7, help="timed pairs per command and size (7)")
    parser.add_argument("--only", action="append", help="time only this command (repeatable)")
    parser.add_argument("--keep", action="store_true", help="keep the stores in bench-data/ and reuse them")
    parser.add_argument("--json", action="store_true", help="also print the figures as JSON")
    parser.add_argument("--seed", type=int, default=generator.SEED)
    parser.add_argument("--venv", type=Path, default=ROOT / ".venv")
    parser.add_argument(
        "--postgres",
        action="store_true",
        help="time one owner on a shared PostgreSQL database against a database of that owner alone",
    )
    parser.add_argument(
        "--owners", type=int, default=10, help="with --postgres: owners on the shared database (10)"
    )
    parser.add_argument(
        "--apps-per-owner", type=int, default=1000, help="with --postgres: applications per owner (1000)"
    )
    options = parser.parse_args(argv)
    venv = options.venv.absolute()
    python, followup = venv / "bin" / "python", venv / "bin" / "followup"
    if not followup.exists():
        parser.error(f"{followup} is missing: run `make install` first")
    try:
        sizes = [int(s) for s in options.sizes.split(",")]
    except ValueError:
        parser.error(f"--sizes: numbers separated by commas, not {options.sizes!r}")
    if options.owners < 1 or options.apps_per_owner < 1:
        parser.error("--owners and --apps-per-owner: at least 1")
    subprocess.run([str(python), "-m", "compileall", "-q", str(ROOT / "src")], check=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FOLLOWUP_", "PYTHON"))}
    if options.postgres:
        import commands_pg  # benchmarks/commands_pg.py: the PostgreSQL half

        try:
            figures = commands_pg.main(options, python, followup, env | {"PYTHONDONTWRITEBYTECODE": "1"})
        except (KeyboardInterrupt, commands_pg.Stop):
            print("interrupted; the cluster is stopped and deleted", file=sys.stderr)
            return 130
        if options.json:
            print(json.dumps(figures, indent=2))
        return 0
    table: dict[int, dict[str, dict[str, Any]]] = {}
    with tempfile.TemporaryDirectory(prefix="followup-commands-") as scratch:
        for size in sizes:
            home = Path(scratch) / f"home-{size}"
            home.mkdir()
            store = build(
                size, options.keep, Path(scratch), followup, env | {"FOLLOWUP_HOME": str(home)}, options.seed
            )
            work = Path(scratch) / f"work-{size}"  # the timed commands write: a copy, the cache stays clean
            work.mkdir()
            shutil.copyfile(store, work / store.name)
            run_env = env | {
                "FOLLOWUP_HOME": str(home),
                "FOLLOWUP_DB": str(work / store.name),
                "PYTHONDONTWRITEBYTECODE": "1",
            }
            counter = [0]
            table[size] = {}
            for run in commands(followup, work):
                if options.only and run.name not in options.only:
                    continue
                print(f"  {size:,}: timing {run.name}", file=sys.stderr)
                table[size][run.name] = measure(run, python, run_env, options.rounds, counter)
    report(table)
    if options.json:
        print(json.dumps({str(k): v for k, v in table.items()}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
