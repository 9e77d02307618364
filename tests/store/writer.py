"""Processes the concurrency tests start: writers running the real CLI, and a writer that holds its
transaction open.

``run_writer`` is a worker process's whole life: it runs ``count`` write commands of the real CLI, in
process (``followup.cli.entry.main``), against one database, for the owners it is given, and writes a
JSON list of what each command was, what it carried (a token, an instant) and how it ended.

``python -m tests.store.writer hold URL OWNER`` takes the owner's write lock, writes a change, says
``locked`` on standard output and waits for a line on standard input; ``crash`` does the same, then
waits to be killed (a command that dies half-way through its transaction).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import random
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

APPS = ("harbor-analytics", "globex")
PERSON = "dana-kim"
BASE = dt.datetime(2026, 11, 26, 0, 0)  # every logged event happens after both interviews...
NOW = "2027-06-30T12:00"  # ...and before this clock
KINDS = (  # what each writer does, and how often
    ("sent", 25),
    ("reply", 10),
    ("person-add", 15),
    ("person-edit", 25),
    ("timeline", 8),
    ("debrief", 12),
    ("undo", 5),
)


def setup_commands(owner_option: list[str]) -> list[list[str]]:
    """The commands that give an owner a profile, two applications and Dana Kim at each."""
    interviews = [
        ("Harbor Analytics", "2026-11-24T10:00", "2026-11-24T11:00"),
        ("Globex", "2026-11-25T10:00", "2026-11-25T11:00"),
    ]
    commands = [["init", "--name", "Alex Morgan", "--email", "alex@example.com", "--tz", "America/New_York"]]
    commands += [
        ["interview", "add", "--company", company, "--position", "Analyst", "--start", start, "--end", end]
        for company, start, end in interviews
    ]
    commands += [["person", "add", "Dana Kim", "--hiring-manager", "-a", app] for app in APPS]
    return [owner_option + command for command in commands]


@dataclass
class Operation:
    """One command a writer ran: what it carried and how it ended."""

    kind: str
    owner: str
    app: str
    token: str
    at: str  # the instant of a logged event (ISO, the profile's zone), else ""
    args: list[str]
    code: int = -1
    out: str = ""
    err: str = ""
    seconds: float = 0.0
    undone: str = field(default="")  # undo: the command line it undid


def run(args: list[str]) -> tuple[int, str, str]:
    """``followup ARGS`` in this process: exit status, standard output, standard error."""
    from followup.cli import entry

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = entry.main(args)
        except SystemExit as done:
            code = done.code if isinstance(done.code, int) else 1
    return code, out.getvalue(), err.getvalue()


def plan_operations(worker: int, count: int, owners: list[str], seed: int) -> list[Operation]:
    chooser = random.Random(seed * 1_000 + worker)
    kinds = [kind for kind, weight in KINDS for _ in range(weight)]
    operations = []
    for n in range(count):
        kind = chooser.choice(kinds) if n >= 5 else "person-edit"  # undo only once there is history
        owner, app = chooser.choice(owners), chooser.choice(APPS)
        token = f"tok-w{worker}-n{n}"
        at = (BASE + dt.timedelta(minutes=worker * count + n)).isoformat(timespec="minutes")
        operations.append(Operation(kind, owner, app, token, at if kind in ("sent", "reply") else "", []))
    for op in operations:
        op.args = _args(op)
    return operations


def target(url: str, owner: str) -> list[str]:
    """The database options for ``owner``: on a server the owner is a role, named by its own URL (row-level
    security: the role connected is the owner); in a SQLite file an owner name, or "" for the file's own."""
    if owner.startswith("postgresql://"):
        return ["--db", owner]
    return ["--db", url, *(["--owner", owner] if owner else [])]


def _args(op: Operation) -> list[str]:
    who: list[str] = []  # the owner is chosen by ``target``
    app = ["-a", op.app]
    match op.kind:
        case "sent":
            forced = ["--force", "--reason", "a load test", "--at", op.at, "--now", NOW]
            return [*who, "log", "sent", "TY", "--to", PERSON, *app, "--body", op.token, *forced]
        case "reply":
            return [*who, "log", "reply", "generic", "--from", PERSON, *app, "--at", op.at, "--now", NOW]
        case "person-add":
            return [*who, "person", "add", f"Pat {_surname(op.token)}", *app, "--title", op.token]
        case "person-edit":
            return [*who, "person", "edit", PERSON, *app, "--talking-point", op.token]
        case "timeline":
            return [*who, "timeline", op.token, *app]
        case "debrief":
            return [*who, "debrief", *app, "--takeaway", op.token, "--now", NOW]
        case _:
            return [*who, "undo", "--json"]


def _surname(token: str) -> str:
    """A surname of letters only that no other operation's person has ("Lee-bae" for tok-w1-n40)."""
    worker, n = (int(part[1:]) for part in token.split("-")[1:])
    number = worker * 1_000_000 + n
    letters = ""
    while True:
        number, digit = divmod(number, 26)
        letters += "abcdefghijklmnopqrstuvwxyz"[digit]
        if not number:
            return f"Lee-{letters}"


def run_writer(url: str, worker: int, count: int, owners: list[str], seed: int, report: str) -> None:
    import time

    done = []
    for op in plan_operations(worker, count, owners, seed):
        start = time.perf_counter()
        op.code, op.out, op.err = run([*target(url, op.owner), *op.args])
        op.seconds = time.perf_counter() - start
        if op.kind == "undo" and op.code == 0:
            op.undone = json.loads(op.out)["undone"][0]["command"]
        done.append(asdict(op))
    Path(report).write_text(json.dumps(done), encoding="utf-8")


def _hold(url: str, owner: str, then: str) -> None:
    """Take ``owner``'s write lock, change their profile, say so, then wait (``hold``: for a line on
    standard input, then roll back; ``crash``: to be killed)."""
    import time

    from followup.core.model import Profile
    from followup.store.engine import open_store
    from followup.store.repository import lock_owner, save_profile

    with open_store(url) as store, store.transaction(lambda s: lock_owner(s, owner)) as session:
        save_profile(session, owner, Profile(name="Half Written"), (("tone", "warm"),))
        print("locked", flush=True)
        if then == "crash":
            time.sleep(600)
        sys.stdin.readline()
        raise SystemExit(0)  # leaving the block by an exception rolls the change back


if __name__ == "__main__":
    _hold(sys.argv[2], sys.argv[3], sys.argv[1])
