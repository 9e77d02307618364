"""How long `followup sync` takes on a mailbox of 100 messages and on one of 10,000 (issue 10, item 7).

Against the test servers of tests/support/mailservers.py, on 127.0.0.1 only: a private Dovecot (one
user per size) and an aiosmtpd server (`mail setup` logs in to both). Each store holds scenario S04 (Lumen
Bank); one message in a hundred comes from its HR contact, the rest from strangers (ignored). For each
size it times, as the user runs them (the console script, start-up included):

1. the first sync (every message read, the Lumen ones classified and proposed);
2. a second sync after 10 new messages arrived.

Target: the second sync at 10,000 within 1.5x of the second sync at 100 (a sync asks only for the UIDs
after the last one it read, so it should not depend on the size of the mailbox).

    .venv/bin/python benchmarks/sync.py [--sizes 100,10000] [--json]

The machine is shared: run it at 10,000 once, not in a loop.
"""

from __future__ import annotations

import argparse
import imaplib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support.mailservers import Dovecot, SmtpServer  # noqa: E402

FOLLOWUP = ROOT / ".venv" / "bin" / "followup"
SCENARIO = ROOT / "tests" / "scenarios" / "S04.json"
PASSWORD = "mail-Pa55"
TARGET = 1.5


def message(n: int) -> bytes:
    if n % 100 == 0:
        sender, text = (
            "Ben Carter <ben.carter@lumen.example>",
            "We are still interviewing and will be in touch.",
        )
    else:
        sender, text = f"News {n} <news{n}@shop{n % 37}.example>", f"Offer number {n}: everything must go."
    return (
        f"From: {sender}\r\nTo: alex@example.com\r\nSubject: Message {n}\r\n"
        f"Date: Wed, 27 May 2026 09:{n % 60:02d}:00 -0400\r\nMessage-ID: <m{n}@bench.example>\r\n"
        f"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{text}\r\n"
    ).encode()


def fill(server: Dovecot, user: str, first: int, count: int) -> None:
    connection = imaplib.IMAP4(server.host, server.port, timeout=60)
    connection.login(user, PASSWORD)
    for n in range(first, first + count):
        typ, data = connection.append("INBOX", None, None, message(n))  # type: ignore[arg-type]
        assert typ == "OK", data
    connection.logout()


def followup(home: Path, *args: str) -> float:
    env = {
        **os.environ,
        "FOLLOWUP_HOME": str(home),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
    }
    env.pop("FOLLOWUP_MAIL_PASSWORD", None)
    started = time.perf_counter()
    done = subprocess.run([str(FOLLOWUP), *args], env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"followup {' '.join(args)} failed: {done.stderr.strip() or done.stdout.strip()}")
    return elapsed


def measure(server: Dovecot, smtp: SmtpServer, user: str, size: int) -> dict[str, float | int]:
    home = Path(tempfile.mkdtemp(prefix=f"followup-bench-sync-{size}-"))
    try:
        followup(home, "import", str(SCENARIO))
        followup(
            home, "mail", "setup", "--name", "Alex Morgan", "--address", "alex@example.com", "--user", user,
            "--smtp-host", "127.0.0.1", "--smtp-port", str(smtp.port), "--smtp-security", "none",
            "--imap-host", "127.0.0.1", "--imap-port", str(server.port), "--imap-security", "none",
            "--password-command", f"{sys.executable} -c \"print('{PASSWORD}')\"",
        )  # fmt: skip
        fill(server, user, 0, size)
        first = followup(home, "sync", "--now", "2026-05-27T12:00", "--json")
        fill(server, user, size, 10)
        second = followup(home, "sync", "--now", "2026-05-27T12:00", "--json")
        return {"messages": size, "first_sync_s": round(first, 3), "second_sync_s": round(second, 3)}
    finally:
        shutil.rmtree(home, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,10000", help="mailbox sizes, comma-separated")
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    options = parser.parse_args()
    sizes = [int(s) for s in options.sizes.split(",") if s.strip()]
    users = {f"u{size}": PASSWORD for size in sizes}
    server = Dovecot(users=users, folders={"Drafts": "\\Drafts", "Sent": "\\Sent"})
    smtp = SmtpServer(security="none", users=users)
    server.start()
    smtp.start()
    try:
        rows = [measure(server, smtp, f"u{size}", size) for size in sizes]
    finally:
        smtp.stop()
        server.stop()
    result: dict[str, object] = {"sizes": rows}
    if len(rows) >= 2:
        ratio = float(rows[-1]["second_sync_s"]) / float(rows[0]["second_sync_s"])
        result["second_sync_ratio"] = round(ratio, 2)
        result["target"] = TARGET
        result["pass"] = ratio <= TARGET
    if options.json:
        print(json.dumps(result, indent=2))
        return 0
    for row in rows:
        print(
            f"{row['messages']:>6} messages: first sync {row['first_sync_s']:.2f} s, "
            f"second sync (10 new) {row['second_sync_s']:.2f} s"
        )
    if "second_sync_ratio" in result:
        verdict = "PASS" if result["pass"] else "MISS"
        print(
            f"second sync, largest / smallest: {result['second_sync_ratio']}x (target <= {TARGET}x) {verdict}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
