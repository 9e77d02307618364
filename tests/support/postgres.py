"""A throwaway PostgreSQL cluster for the test session: a temp directory, a free port on 127.0.0.1.

``initdb`` and ``postgres`` refuse to run as root, so as root the directory belongs to the ``postgres``
system user and both run as that user; otherwise they run as whoever runs the tests. The cluster trusts
superuser ``postgres`` without a password and asks every other role for its password (scram-sha-256), as
a shared server would; it skips fsync, and is stopped with SIGINT (a fast shutdown) and deleted
afterwards. Each test gets its own database (``create_database``); ``migrated_database`` is one the
administrator has migrated, and ``add_person`` gives a person's role on it through the use case behind
``followup admin add-user`` (roles are the cluster's: their names are unique per test).
"""

from __future__ import annotations

import atexit
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import psycopg
from psycopg import sql

SUPERUSER = "postgres"
BIN_GLOB = "/usr/lib/postgresql/*/bin"
HOW_TO_INSTALL = "run `make system-deps` (as root: apt-get install postgresql)"


class PostgresUnavailable(RuntimeError):
    """The cluster cannot be started here; the message says why and what to do."""


def find_bin_dir() -> Path:
    """The newest PostgreSQL server binaries under /usr/lib/postgresql, or PostgresUnavailable."""
    found = [path for path in Path("/").glob(BIN_GLOB.lstrip("/")) if (path / "postgres").is_file()]
    if not found:
        raise PostgresUnavailable(f"PostgreSQL server binaries not found under {BIN_GLOB}; {HOW_TO_INSTALL}")
    return max(found, key=lambda path: _version_key(path.parent.name))


def _version_key(name: str) -> tuple[int, ...]:
    return tuple(int(part) for part in name.split(".") if part.isdigit())


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


class PostgresCluster:
    """Start with ``start()``, stop with ``stop()``; ``url(database)`` names a database in it."""

    def __init__(self, bin_dir: Path | None = None) -> None:
        self.bin_dir = bin_dir or find_bin_dir()
        self.port = free_port()
        self.directory = Path(tempfile.mkdtemp(prefix="followup-pg-"))
        self.data = self.directory / "data"
        self.log = self.directory / "postgres.log"
        self._user = self._run_as()
        self._process: subprocess.Popen[bytes] | None = None

    def _run_as(self) -> str | None:
        if os.geteuid() != 0:
            return None
        try:
            account = pwd.getpwnam(SUPERUSER)
        except KeyError:
            raise PostgresUnavailable(
                f"running as root, but there is no {SUPERUSER!r} system user to run PostgreSQL as; "
                f"{HOW_TO_INSTALL}"
            ) from None
        os.chown(self.directory, account.pw_uid, account.pw_gid)
        return SUPERUSER

    def start(self, timeout: float = 30.0) -> None:
        initdb = subprocess.run(
            [
                str(self.bin_dir / "initdb"),
                "-D",
                str(self.data),
                "-U",
                SUPERUSER,
                "-A",
                "trust",
                "--no-sync",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
            ],
            user=self._user,
            capture_output=True,
            text=True,
            check=False,
        )
        if initdb.returncode != 0:
            raise PostgresUnavailable(f"initdb failed ({initdb.returncode}): {initdb.stderr.strip()}")
        # The superuser (the tests' administrator) is trusted; every other role logs in with a password.
        (self.data / "pg_hba.conf").write_text(
            f"local all {SUPERUSER} trust\n"
            f"host all {SUPERUSER} 127.0.0.1/32 trust\n"
            "local all all scram-sha-256\n"
            "host all all 127.0.0.1/32 scram-sha-256\n"
        )
        with self.log.open("wb") as log:
            self._process = subprocess.Popen(
                [
                    str(self.bin_dir / "postgres"),
                    "-D",
                    str(self.data),
                    "-p",
                    str(self.port),
                    "-k",
                    str(self.directory),
                    "-c",
                    "listen_addresses=127.0.0.1",
                    "-c",
                    "fsync=off",
                    "-c",
                    "synchronous_commit=off",
                    "-c",
                    "full_page_writes=off",
                ],
                user=self._user,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # a Ctrl-C in the terminal reaches pytest, which stops us in order
            )
        atexit.register(self.stop)  # in case the session ends without its teardown
        deadline = time.monotonic() + timeout
        while not self._ready():
            if self._process.poll() is not None:
                raise PostgresUnavailable(f"postgres exited at start: {self._log_tail()}")
            if time.monotonic() > deadline:
                self.stop()
                raise PostgresUnavailable(
                    f"postgres was not ready within {timeout:.0f} s: {self._log_tail()}"
                )
            time.sleep(0.05)

    def _ready(self) -> bool:
        check = subprocess.run(
            [str(self.bin_dir / "pg_isready"), "-q", "-h", "127.0.0.1", "-p", str(self.port)], check=False
        )
        return check.returncode == 0

    def _log_tail(self) -> str:
        try:
            return " | ".join(self.log.read_text(errors="replace").strip().splitlines()[-5:])
        except OSError:
            return "(no log)"

    def stop(self) -> None:
        if self._process is not None and self._process.poll() is None:
            self._process.send_signal(signal.SIGINT)
            try:
                self._process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        self._process = None
        shutil.rmtree(self.directory, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def create_database(self, prefix: str = "t") -> str:
        """A new empty database; returns its URL."""
        name = f"{prefix}_{uuid.uuid4().hex[:16]}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE template0").format(sql.Identifier(name)))
        return self.url(name)

    def migrated_database(self, prefix: str = "t") -> str:
        """A new database migrated by its administrator (the superuser), ready for people; its URL."""
        from followup.services.admin import migrate

        url = self.create_database(prefix)
        migrate(url)
        return url

    def add_person(self, database_url: str, prefix: str = "p") -> Person:
        """A new person's role on the migrated database ``database_url``, made by `followup admin
        add-user` with its password from a command, as an administrator would."""
        from followup.services.admin import add_user

        name = f"{prefix}_{uuid.uuid4().hex[:10]}"
        password = f"pw-{uuid.uuid4().hex}"
        add_user(database_url, name, lambda: password)
        database = database_url.rsplit("/", 1)[1]
        return Person(name, password, f"postgresql://{name}:{password}@127.0.0.1:{self.port}/{database}")


@dataclass(frozen=True)
class Person:
    """A person's role on a test database: its name (the owner of its rows), password and URL."""

    name: str
    password: str
    url: str
