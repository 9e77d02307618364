"""What each command costs on a small store: start-up, as whole processes against ``python -c pass``.

On a store of a few applications a command's own work is a few milliseconds; what a person waits for is
the interpreter plus what the command imports (Click, SQLAlchemy and its ORM, holidays, the spell
checker...) and what opening the store does. This script builds a SQLite store of ``--apps``
applications with the CLI itself, then times each command below as a fresh process, in interleaved pairs
with ``python -c pass`` (the order alternating each round, so both see the same load on a shared host),
and prints the median time, the median of the per-pair ratios and the peak resident set.

Every timed run starts from the same store: the pristine file is copied back before each (untimed), so
write commands (``person add``, ``log sent``, ``timeline``) time the same change each round.

Times are reported, never asserted: the exit status is 0 unless the benchmark itself cannot run.

    .venv/bin/python benchmarks/startup.py                 # 11 rounds
    .venv/bin/python benchmarks/startup.py --rounds 5      # quicker, noisier
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OWNER = "bench"
NOW = "2026-11-26T10:00"
COMPANIES = ("Harbor Analytics", "Northwind Labs", "Bluefin Health", "Cedar Robotics", "Delta Freight")
MESSAGE = """Subject: Thank you for today

Dear Dana,

Thank you for your time today. I enjoyed hearing about the new attribution platform.

Best regards,
Alex Morgan
"""


def commands(app: str, message: Path) -> dict[str, list[str]]:
    """The commands timed, by the name shown in the table (the issue's list, and the read commands)."""
    return {
        "--help": ["--help"],
        "list": ["list"],
        "plan APP": ["plan", app, "--now", NOW],
        "person list": ["person", "list", "-a", app],
        "events": ["events", "-a", app],
        "person add": ["person", "add", "Sam Lee", "--email", "sam.lee@example.com", "-a", app],
        "log sent": [
            "log",
            "sent",
            "TY",
            "--to",
            "dana",
            "-a",
            app,
            "--at",
            "2026-11-24T15:00",
            "--now",
            NOW,
        ],
        "timeline": ["timeline", "we will decide within two weeks", "-a", app, "--now", "2026-11-24T12:00"],
        "draft TY": ["draft", "TY", "--person", "dana", "-a", app, "--now", "2026-11-24T12:00"],
        "check FILE": ["check", str(message), "--action", "TY", "-a", app, "--now", "2026-11-24T12:00"],
        "today": ["today", "--now", NOW],
    }


def build(home: Path, followup: Path, env: dict[str, str], apps: int) -> str:
    """A store of ``apps`` applications, each with an interview and a hiring manager; the first's id."""
    profile = ["--name", "Alex Morgan", "--email", "alex.morgan@example.com", "--tz", "America/New_York"]
    steps = [["init", *profile, "--country", "US"]]
    for n, company in enumerate(COMPANIES[:apps]):
        day = 20 + n
        when = ["--start", f"2026-11-{day}T10:00", "--end", f"2026-11-{day}T11:00"]
        steps.append(
            ["interview", "add", "--company", company, "--position", "Analyst", "--format", "video", *when]
        )
        app = company.lower().replace(" ", "-")
        steps.append(
            ["person", "add", "Dana Kim", "--hiring-manager", "--email", "dana@example.com", "-a", app]
        )
    for step in steps:
        subprocess.run([str(followup), *step], env=env, check=True, capture_output=True, text=True)
    return COMPANIES[0].lower().replace(" ", "-")


def spawn(argv: Sequence[str], env: dict[str, str]) -> tuple[float, int]:
    """One process with its output discarded: seconds from spawn to reap, and its peak RSS (KiB).

    ``posix_spawn`` with a small parent (this script imports nothing of followup), so the child's
    ``ru_maxrss`` is its own. A failing command is reported and counted: its time is still start-up."""
    actions = [
        (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
        (os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0),
        (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0),
    ]
    started = time.perf_counter()
    pid = os.posix_spawn(argv[0], list(argv), env, file_actions=actions)
    _, status, usage = os.wait4(pid, 0)
    seconds = time.perf_counter() - started
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 3):  # 3: check's verdict (a blocked move), not a failure of the benchmark
        print(f"note: exit status {code}: {' '.join(argv)}", file=sys.stderr)
    return seconds, usage.ru_maxrss


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=11, help="timed pairs per command (default 11)")
    parser.add_argument("--apps", type=int, default=3, help=f"applications in the store (1-{len(COMPANIES)})")
    parser.add_argument("--venv", type=Path, default=ROOT / ".venv")
    parser.add_argument("--only", action="append", help="time only this command (repeatable)")
    args = parser.parse_args()
    python, followup = args.venv / "bin" / "python", args.venv / "bin" / "followup"
    # PYTHONDONTWRITEBYTECODE may be set: compile once, so no run pays for compiling the source.
    subprocess.run([str(python), "-m", "compileall", "-q", str(ROOT / "src")], check=True)
    with tempfile.TemporaryDirectory(prefix="followup-startup-") as tmp:
        home = Path(tmp) / "home"
        home.mkdir()
        env = {k: v for k, v in os.environ.items() if k != "FOLLOWUP_DB"}
        env |= {"FOLLOWUP_HOME": str(home), "FOLLOWUP_USER": OWNER}
        app = build(home, followup, env, max(1, min(args.apps, len(COMPANIES))))
        db, pristine = home / "followup.db", Path(tmp) / "pristine.db"
        shutil.copy(db, pristine)
        message = Path(tmp) / "thanks.eml"
        message.write_text(MESSAGE)
        baseline = [str(python), "-c", "pass"]
        table = []
        for name, argv in commands(app, message).items():
            if args.only and name not in args.only:
                continue
            full = [str(followup), *argv]
            ours, base, peaks = [], [], []
            for n in range(-1, args.rounds):  # one warm-up pair
                shutil.copy(pristine, db)
                order = [(full, ours), (baseline, base)]
                for command, into in order if n % 2 else order[::-1]:
                    seconds, peak = spawn(command, env)
                    if n >= 0:
                        into.append(seconds)
                        if command is full:
                            peaks.append(peak)
            ratio = statistics.median(a / b for a, b in zip(ours, base, strict=True))
            table.append(
                (name, statistics.median(ours) * 1000, statistics.median(base) * 1000, ratio, max(peaks))
            )
            print(f"timed {name}", file=sys.stderr)
    print(f"{args.apps} applications on SQLite, {args.rounds} interleaved pairs per command (medians)\n")
    print("| command | ms | python -c pass, ms | ratio | peak RSS, MB |")
    print("|---|---:|---:|---:|---:|")
    for name, ms, base_ms, ratio, peak in table:
        print(f"| `{name}` | {ms:.0f} | {base_ms:.1f} | {ratio:.1f}x | {peak / 1024:.1f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
