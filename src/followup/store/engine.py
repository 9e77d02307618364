"""The one engine factory: opens a SQLite file or a PostgreSQL database, recognizes it as ours, migrates it.

``open_store(url)`` is the only way in. It refuses, with a ``StoreError`` and without writing a byte,
anything that is not a followup database: a file that is not SQLite, a database holding other tables,
or a schema revision newer than this code knows. A database of ours (or an empty one) is brought to
the head revision with Alembic, configured here in code, so no ``alembic.ini`` is needed at run time.
The revision is read first with the driver alone (a SQLite file: the standard library's ``sqlite3``,
read-only, with no lock): Alembic is imported only when an upgrade is due, and an up-to-date SQLite
file is opened without a transaction (a PostgreSQL database without the migration lock).

SQLite connections get foreign keys and write-ahead logging, and SQLAlchemy (not the ``sqlite3`` module)
emits ``BEGIN IMMEDIATE``: DDL is transactional, a rollback undoes everything, and two processes
serialize their writes instead of failing half-way. ``postgresql://`` URLs use the psycopg 3 driver.

Every command is one transaction: ``with store.transaction(lock) as session: ...`` commits when the
block ends and rolls back when it raises; ``lock`` takes the write lock of what the command changes
before anything is read, and a lock lost to a race is tried again, then refused. A read command uses
``store.read()``, which never takes the write lock. Database failures leave as ``StoreError``; our own
errors pass through untouched. The ``session`` of either is a SQLAlchemy Core ``Connection`` in that
transaction: followup never imports the ORM (it would cost every command tens of milliseconds and
megabytes for nothing; tests/cli/test_imports.py).

Privacy: a new SQLite file is created with mode 600 before SQLite opens it (SQLite gives its -wal and
-shm files the database's mode); an existing one that others can read is made private, and the caller's
``notify`` says so in one line. ``Store.owner`` is the owner a SQLite file's records belong to (its
``meta`` row, migration 0006); on a PostgreSQL server it is the role connected (``current_user``), whose
rows alone row-level security lets it see (migration 0008, ``store.roles``). No message ever shows a
password: URLs are shown through ``location.redact`` and a driver's own words are scrubbed of the
password in every encoding.

A PostgreSQL URL may leave out anything libpq finds by itself (``postgresql://`` alone: ``PGHOST``,
``PGPORT``, ``PGDATABASE``, ``PGUSER``, a password from ``PGPASSWORD`` or ``~/.pgpass``); a password
the URL leaves out may also come from ``$FOLLOWUP_PG_PASSWORD_COMMAND`` (``store.credentials``). On a
server only the administrator migrates (the role that owns the tables, or a superuser): a person's
command on a database due for an upgrade is refused in one line that says so.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import Connection, Engine, create_engine, event, inspect, make_url, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError, SQLAlchemyError

from followup.core.errors import StoreError
from followup.store.location import (
    default_db_file,
    default_db_path,
    default_db_url,
    redact,
    redact_query,
)
from followup.store.tables import SCHEMA_MARKER

if TYPE_CHECKING:
    from alembic.config import Config

__all__ = [
    "HEAD_REVISION",
    "MIGRATIONS_DIR",
    "Store",
    "administration",
    "alembic_config",
    "backend_of",
    "create_engine_for",
    "default_db_path",
    "default_db_url",
    "open_store",
    "sqlite_path_of",
]

# The newest migration in migrations/versions. Kept here so that opening an up-to-date database does not
# import Alembic at all; a test checks it against the script directory.
HEAD_REVISION = "0015"
MIGRATIONS_DIR = Path(__file__).parent / "migrations"
FILE_MODE = 0o600  # the database and its -wal and -shm files: yours alone
SIDE_FILES = ("-wal", "-shm", "-journal")
ATTEMPTS = 3  # tries at taking a write transaction's lock before the command is refused
LOCK_TIMEOUT_MS = 5000  # how long a PostgreSQL writer waits for another, as SQLite's busy_timeout
DEFERRED = "followup_deferred"  # execution option: on SQLite, BEGIN without taking the write lock at once
_LOST_RACE = {"40001", "40P01", "55P03"}  # serialization failure, deadlock, lock not available
_PG_MIGRATION_LOCK = 0x666F6C6C6F77  # "follow": serializes concurrent first opens on one server


Notify = Callable[[str], None]


def to_stderr(notice: str) -> None:
    """The default way a notice (a database made private, a migration's news) reaches the user."""
    sys.stderr.write(f"followup: {notice}\n")


class Store:
    """An open database: an engine and the transactions made on it.

    ``owner`` is the owner of a SQLite file's records (its ``meta`` row ``owner``); on a shared
    PostgreSQL server (``shared``) it is the role connected, the only owner whose rows it can reach.
    ``upgraded_from`` is the revision ``open_store`` migrated from ("" for an empty database), if it did."""

    lock_timeout_ms = LOCK_TIMEOUT_MS  # PostgreSQL: how long one attempt waits for another writer

    def __init__(self, engine: Engine, where: str, owner: str | None = None) -> None:
        self.engine = engine
        self.where = where  # the file path, or the URL without its password
        self.owner = owner
        self.shared = engine.dialect.name == "postgresql"
        self.upgraded_from: str | None = None
        self._reader = engine.execution_options(**{DEFERRED: True})
        self._secrets = _secrets_of(engine.url)

    @contextmanager
    def transaction(self, lock: Callable[[Connection], object] | None = None) -> Iterator[Connection]:
        """A write transaction: committed when the block ends, rolled back if it raises.

        ``lock`` runs first and takes the lock of what the command will change (``repository.lock_owner``),
        so everything read after it is the current state and no other writer can change it meanwhile. A
        lock lost to a race (SQLite still busy after its timeout, a PostgreSQL deadlock, serialization
        failure or lock timeout) is tried again from a new transaction, ``ATTEMPTS`` times in all, then
        refused in one line; nothing has been written by then. A race lost later (at commit) is refused
        the same way, and the rollback leaves nothing half-applied.

        The transaction begins with the first statement (the connection's autobegin; on SQLite the
        ``begin`` event makes it ``BEGIN IMMEDIATE``), so a block that runs none takes no lock."""
        for attempt in range(1, ATTEMPTS + 1):
            connection: Connection | None = None
            try:
                connection = self.engine.connect()
                if lock is not None:
                    if self.engine.dialect.name == "postgresql":  # wait for a writer as SQLite does
                        connection.execute(text(f"SET LOCAL lock_timeout = {int(self.lock_timeout_ms)}"))
                    lock(connection)
                break
            except SQLAlchemyError as e:
                if connection is not None:
                    connection.close()  # rolls back
                if attempt < ATTEMPTS and _lost_race(e):
                    continue
                raise _store_error(self.where, e, self._secrets) from e
            except BaseException:
                if connection is not None:
                    connection.close()
                raise
        assert connection is not None  # the loop either breaks with one or raises
        try:
            with connection:  # closing it rolls back whatever was not committed
                yield connection
                connection.commit()
        except SQLAlchemyError as e:
            raise _store_error(self.where, e, self._secrets) from e

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A read-only transaction that never takes the write lock, so a read command runs while another
        command writes: a deferred ``BEGIN`` on SQLite (in WAL mode readers and the writer do not wait
        for each other), ``REPEATABLE READ, READ ONLY`` on PostgreSQL. Both read one consistent snapshot."""
        try:
            with self._reader.connect() as connection:  # the transaction begins with the first statement
                if self.engine.dialect.name == "postgresql":
                    connection.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"))
                yield connection
                connection.commit()
        except SQLAlchemyError as e:
            raise _store_error(self.where, e, self._secrets) from e

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def open_store(url: str | None = None, *, notify: Notify = to_stderr, administer: bool = False) -> Store:
    """Open the database at ``url`` (default: ``default_db_url()``), migrating it to the head revision.

    A new SQLite file is created private (mode 600); an existing one that others can read is made
    private, and ``notify`` says so in one line (as it passes on what a migration has to say).
    Raises ``StoreError`` when the database cannot be opened or is not ours; such a database is left
    exactly as it was.

    On a PostgreSQL server only the administrator migrates; ``administer`` (the ``followup admin``
    commands) requires the role to be the administrator and also makes the database ready for its
    people (``roles.prepare``), in the migration's transaction.
    """
    parsed = _parse(url if url is not None else default_db_url())
    where = _describe(parsed)
    sqlite_path = _sqlite_file(parsed)
    found: _Found | None = None
    if sqlite_path is not None:
        found = _check_sqlite_file(sqlite_path, where)
        _make_private(sqlite_path, where, notify)
    engine = create_engine_for(parsed)
    if found is not None and found.revision == HEAD_REVISION:
        # Up to date, as read by the standard library: no lock, no transaction, no Alembic.
        return Store(engine, where, found.owner)
    try:
        with _opening(sqlite_path):
            owner, upgraded_from = _migrate(engine, where, notify, administer)
    except BaseException:
        engine.dispose()
        raise
    store = Store(engine, where, owner)
    store.upgraded_from = upgraded_from
    return store


class _Found(NamedTuple):
    """What the standard library read of a SQLite file: its schema revision (None: empty) and owner."""

    revision: str | None
    owner: str | None


@contextlib.contextmanager
def _opening(path: Path | None) -> Iterator[None]:
    """One followup at a time through the first connection and the migration of a SQLite file.

    Two commands opening a new file at once could otherwise deadlock inside SQLite: one switching the
    file to WAL while the other holds its write lock for the migration, and SQLite answers a deadlock
    with "database is locked" at once, whatever the busy timeout. ``flock`` locks are separate from
    SQLite's own (POSIX) locks, so this waits only for another opening, never for a transaction.

    The lock is taken on the file's directory, never on the file itself: closing any descriptor of the
    database file drops every POSIX lock this process holds on it, the shared lock of the connection
    just opened included. Another process closing its last connection would then take this one for
    gone, checkpoint and reset the write-ahead log under it, and the file ends up corrupt ("database
    disk image is malformed" after a few hundred concurrent writes)."""
    try:
        import fcntl
    except ImportError:  # Windows: SQLite's busy timeout alone
        yield
        return
    if path is None:
        yield
        return
    handle = os.open(path.parent, os.O_RDONLY)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield
    finally:
        os.close(handle)  # closing releases the lock


def sqlite_path_of(url: str | None) -> Path | None:
    """The SQLite file a URL names (default: the default database, its folder not created), or None for
    a server or an in-memory database. Raises ``StoreError`` for a malformed URL, as ``open_store``."""
    if url is None:
        return Path(default_db_file())
    return _sqlite_file(_parse(url))


def backend_of(url: str) -> str:
    """``sqlite`` or ``postgresql`` for a URL followup accepts; ``StoreError`` for any other, as
    ``open_store`` (the message shows the URL without its password)."""
    return str(_parse(url).get_backend_name())


def create_engine_for(url: str | URL) -> Engine:
    """An engine for a SQLite or PostgreSQL URL, with followup's connection settings (no checks, no
    migrations: use ``open_store`` for that)."""
    parsed = _parse(url) if isinstance(url, str) else url
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(parsed)
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    if parsed.password is None and "password" not in parsed.query:
        from followup.store.credentials import password_from_environment

        password = password_from_environment()  # libpq's own PGPASSWORD and .pgpass come after
        if password is not None:
            parsed = parsed.set(password=password)
    return create_engine(parsed)


@contextmanager
def administration(store: Store) -> Iterator[Connection]:
    """One transaction on ``store``'s connection for the ``followup admin`` commands (``store.roles``):
    committed when the block ends, rolled back if it raises; database failures leave as ``StoreError``."""
    try:
        with store.engine.begin() as connection:
            yield connection
    except SQLAlchemyError as e:
        raise _store_error(store.where, e, store._secrets) from e


def alembic_config(connection: Connection | None = None, url: str | None = None) -> Config:
    """An Alembic configuration built in code: our migrations directory, and either a connection to
    run on (``attributes["connection"]``) or a URL for env.py to connect to (for writing new migrations:
    ``command.revision(alembic_config(url=...), autogenerate=True, message=...)``)."""
    from alembic.config import Config

    config = Config()
    # set_main_option interpolates "%(name)s": a literal % (in a path or a password) must be doubled
    config.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
    config.set_main_option("path_separator", "os")
    if url is not None:
        rendered = _parse(url).render_as_string(hide_password=False)
        config.set_main_option("sqlalchemy.url", rendered.replace("%", "%%"))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def _parse(url: str) -> URL:
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise _not_a_url(url, _why_not(url)) from None
    except ValueError:  # SQLAlchemy parses the port with int()
        raise _not_a_url(url, ": its port is not a number") from None
    backend = parsed.get_backend_name()
    if backend in ("postgresql", "postgres"):
        if parsed.drivername in ("postgresql", "postgres"):
            parsed = parsed.set(drivername="postgresql+psycopg")
        return parsed
    if backend != "sqlite":
        raise StoreError(
            f"followup stores its data in SQLite or PostgreSQL, not {backend} ({_describe(parsed)})"
        )
    return parsed


def _not_a_url(url: str, why: str) -> StoreError:
    # Never the URL as given: it may hold a password (redact hides it however the URL is broken).
    return StoreError(
        f"{redact(url)!r} is not a database URL{why} "
        "(expected sqlite:///PATH, postgresql://USER@HOST/DB or a file path)"
    )


def _why_not(url: str) -> str:
    """What is wrong with a URL that does not parse, when it is one of the usual slips."""
    import re

    if url != url.strip():
        return ": it starts or ends with a space"
    scheme = re.match(r"([A-Za-z][A-Za-z0-9+.-]*)(://|:|//)?", url)
    if scheme is None or scheme.group(2) in (None, "://"):
        return ""
    if scheme.group(2) == ":":
        return f": '//' is missing after '{scheme.group(1)}:'"
    return f": ':' is missing between '{scheme.group(1)}' and '//'"


def _describe(url: URL) -> str:
    path = _sqlite_file(url)
    if path is not None:
        return str(path)
    return redact_query(url.render_as_string(hide_password=True))


def _secrets_of(url: URL) -> tuple[str, ...]:
    """The password of a URL in every form a driver's message could quote it."""
    from urllib.parse import quote, quote_plus

    found = [url.password, url.query.get("password")]
    texts = [t for t in found if isinstance(t, str) and t]
    return tuple({form for t in texts for form in (t, quote(t, safe=""), quote_plus(t))})


def _sqlite_file(url: URL) -> Path | None:
    """The file of a SQLite URL, or None for an in-memory or URI-style database and for other backends."""
    if url.get_backend_name() != "sqlite":
        return None
    if not url.database or url.database == ":memory:" or url.query.get("uri"):
        return None
    return Path(url.database)


def _check_sqlite_file(path: Path, where: str) -> _Found:
    """Refuse a file that is not a followup database, reading it without writing (a read-only open
    leaves no journal behind, whereas our engine would switch the file to WAL on connect)."""
    if path.is_dir():
        raise StoreError(f"{where} is a directory, not a database file")
    if not path.parent.is_dir():
        raise StoreError(f"cannot create {where}: the directory {path.parent} does not exist")
    if not os.access(path.parent, os.W_OK | os.X_OK):
        # SQLite keeps its -wal and -shm files beside the database, even to read it.
        raise StoreError(f"cannot use {where}: the directory {path.parent} is not one you can write to")
    if not path.exists() or path.stat().st_size == 0:
        return _Found(None, None)
    # The header is read by SQLite, never by a file descriptor of ours: closing any descriptor of the
    # file drops every POSIX lock this process holds on it, those of a connection still open included
    # (a long-lived process, such as the web app, opens stores while others are in use).
    return _read_sqlite(path, where)


def _read_sqlite(path: Path, where: str) -> _Found:
    """The schema revision and owner of a SQLite file of ours, read with the ``sqlite3`` module in
    read-only mode: no write lock, nothing written, and neither SQLAlchemy's inspector nor Alembic.
    Refuses, as ``_revision_of`` does on a server, a database that holds anything else."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        connection = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as e:
        raise _sqlite_error(where, e) from e
    try:
        # The tables as SQLAlchemy's inspector lists them: SQLite's own (sqlite_sequence...) left out.
        tables = {
            str(name)
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite~_%' ESCAPE '~'"
            )
        }
        if not tables:
            return _Found(None, None)
        marker = owner = None
        if {"meta", "alembic_version"} <= tables:
            try:
                rows = dict(
                    connection.execute("SELECT key, value FROM meta WHERE key IN ('schema', 'owner')")
                )
            except sqlite3.OperationalError:
                rows = {}  # a "meta" table of someone else's, with other columns
            marker, owner = rows.get("schema"), rows.get("owner")
        if marker != SCHEMA_MARKER:
            raise _other_tables(where, tables)
        revisions = [row[0] for row in connection.execute("SELECT version_num FROM alembic_version")]
    except sqlite3.DatabaseError as e:
        if str(e) == "file is not a database":  # SQLite's words for a header that is not its own
            raise StoreError(
                f"{where} is not a followup database (it is not a SQLite file); it was left untouched"
            ) from None
        raise _sqlite_error(where, e) from e
    except sqlite3.Error as e:
        raise _sqlite_error(where, e) from e
    finally:
        connection.close()
    if len(revisions) != 1:
        raise _no_single_revision(where)
    return _Found(str(revisions[0]), str(owner) if owner else None)


def _sqlite_error(where: str, error: sqlite3.Error) -> StoreError:
    """A ``sqlite3`` failure in the words of ``_store_error``."""
    reason = (str(error).strip().splitlines() or [type(error).__name__])[0]
    if "locked" in reason:
        return StoreError(f"{where} is busy with another followup command; try again in a moment")
    return StoreError(f"the database {where} failed: {reason}")


def _make_private(path: Path, where: str, notify: Notify) -> None:
    """Create the database file yours alone (SQLite gives its -wal and -shm files the database file's
    mode), or make an existing one private that others could read."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
        return
    except FileExistsError:
        pass  # it exists (perhaps made by another followup a moment ago): check it below
    except OSError as error:
        raise StoreError(f"cannot create {where}: {error.strerror}") from None
    files = [path] + [path.with_name(path.name + suffix) for suffix in SIDE_FILES]
    loose = [f for f in files if _mode_of(f) & 0o077]
    if not loose:
        return
    try:
        for file in loose:
            with contextlib.suppress(FileNotFoundError):  # a side file SQLite removed meanwhile
                os.chmod(file, FILE_MODE)
    except OSError:
        notify(f"{where} can be read by other users of this machine; its owner can run `chmod 600 {path}`")
        return
    notify(f"{where} could be read by other users of this machine; it is now yours alone (mode 600)")


def _mode_of(path: Path) -> int:
    """A file's permission bits, 0 when it is not there (SQLite creates and removes its side files)."""
    try:
        return path.stat().st_mode
    except FileNotFoundError:
        return 0


def _migrate(
    engine: Engine, where: str, notify: Notify, administer: bool = False
) -> tuple[str | None, str | None]:
    """Bring the database to the head revision. Returns whose records it opens on (a SQLite file's own
    owner, a server's role) and the revision it upgraded from ("" from empty; None: no upgrade)."""
    notices: list[str] = []
    try:
        connection = engine.connect()
    except SQLAlchemyError as e:
        raise StoreError(f"cannot open the database {where}: {_reason(e, _secrets_of(engine.url))}") from e
    try:
        with connection:
            owner: Any = None
            upgraded_from: str | None = None
            if connection.dialect.name == "postgresql":
                with connection.begin():
                    revision = _revision_of(connection, where)
                    owner, upgraded_from = _serve(connection, revision, where, notices, administer)
            else:
                # A SQLite file at the head revision is checked in a deferred transaction, without the
                # write lock, so a read command opens it while another command writes. An upgrade is made
                # in a transaction that takes the lock at its start (a deferred one could not take it
                # later if another connection had written meanwhile).
                with connection.execution_options(**{DEFERRED: True}).begin():
                    current = _revision_of(connection, where) == HEAD_REVISION
                    if current:
                        owner = connection.execute(
                            text("SELECT value FROM meta WHERE key = 'owner'")
                        ).scalar()
                connection.execution_options(**{DEFERRED: False})
                if not current:
                    with connection.begin():
                        revision = _revision_of(connection, where)
                        if revision != HEAD_REVISION:
                            _upgrade(connection, revision, where, notices)
                            upgraded_from = revision or ""
                        owner = connection.execute(
                            text("SELECT value FROM meta WHERE key = 'owner'")
                        ).scalar()
    except SQLAlchemyError as e:
        raise _store_error(where, e, _secrets_of(engine.url)) from e
    for notice in notices:  # only once the migration is committed
        notify(notice)
    return (str(owner) if owner else None), upgraded_from


def _serve(
    connection: Connection, revision: str | None, where: str, notices: list[str], administer: bool
) -> tuple[str, str | None]:
    """A PostgreSQL database: the role connected, and the revision upgraded from (None: no upgrade).

    Only the administrator migrates (``roles.who``); a person's command on a database due for an upgrade
    is refused in one line. Migrations see every row (``roles.every_row``), and the people's group gets
    its rights on whatever tables they added."""
    from followup.store import roles

    role, administrator = roles.who(connection)
    if revision == HEAD_REVISION and not administer:
        return role, None
    if not administrator:
        if administer:
            raise roles.not_administrator(role, where)
        if revision is None:
            raise StoreError(
                f"{where} holds no followup tables yet: the administrator must run `followup admin migrate`"
            )
        if revision > HEAD_REVISION:  # our revisions are zero-padded numbers
            raise _newer(where, revision)
        raise StoreError(
            f"{where} has schema revision {revision} and this followup needs {HEAD_REVISION}: the "
            "administrator must run `followup admin migrate`"
        )
    # One migration at a time, and the revision read again under the lock (another may have just run).
    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK})
    revision = _revision_of(connection, where)
    upgraded_from = None
    if revision != HEAD_REVISION:
        with roles.every_row(connection):
            _upgrade(connection, revision, where, notices)
        upgraded_from = revision or ""
    if administer:
        roles.prepare(connection)
    else:
        roles.grant_people(connection)
    return role, upgraded_from


def _upgrade(connection: Connection, revision: str | None, where: str, notices: list[str]) -> None:
    from alembic import command
    from alembic.script import ScriptDirectory

    config = alembic_config(connection)
    config.attributes["notices"] = notices  # what a migration has to tell the user (0006: other owners)
    if revision is not None:
        known = {script.revision for script in ScriptDirectory.from_config(config).walk_revisions()}
        if revision not in known:
            raise _newer(where, revision)
    command.upgrade(config, "head")


def _newer(where: str, revision: str) -> StoreError:
    return StoreError(
        f"{where} has schema revision {revision}, newer than this followup knows "
        f"({HEAD_REVISION}); upgrade followup to use it"
    )


def _revision_of(connection: Connection, where: str) -> str | None:
    """The Alembic revision of a followup database, or None if the database is empty.

    Raises ``StoreError`` for a database that holds anything else."""
    tables = set(inspect(connection).get_table_names())
    if not tables:
        return None
    if not {"meta", "alembic_version"} <= tables or _marker(connection) != SCHEMA_MARKER:
        raise _other_tables(where, tables)
    revisions = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    if len(revisions) != 1:
        raise _no_single_revision(where)
    return str(revisions[0])


def _other_tables(where: str, tables: set[str]) -> StoreError:
    shown = ", ".join(sorted(tables)[:5]) + (", ..." if len(tables) > 5 else "")
    return StoreError(
        f"{where} is not a followup database (it holds other tables: {shown}); it was left untouched"
    )


def _no_single_revision(where: str) -> StoreError:
    return StoreError(f"{where} is a followup database without a single schema revision; restore a backup")


def _marker(connection: Connection) -> Any:
    try:
        with connection.begin_nested():
            return connection.execute(text("SELECT value FROM meta WHERE key = 'schema'")).scalar()
    except DBAPIError:
        return None  # a "meta" table of someone else's, with other columns


def _lost_race(error: SQLAlchemyError) -> bool:
    """Whether another command got there first: SQLite still locked after its busy timeout, or a
    PostgreSQL serialization failure, deadlock or lock timeout. Trying again may well succeed."""
    if not isinstance(error, DBAPIError):
        return False
    if getattr(error.orig, "sqlstate", None) in _LOST_RACE:
        return True
    return isinstance(error, OperationalError) and "locked" in str(error.orig)


def _store_error(where: str, error: SQLAlchemyError, secrets: tuple[str, ...] = ()) -> StoreError:
    reason = _reason(error, secrets)
    if _lost_race(error):
        return StoreError(f"{where} is busy with another followup command; try again in a moment")
    return StoreError(f"the database {where} failed: {reason}")


def _reason(error: SQLAlchemyError, secrets: tuple[str, ...] = ()) -> str:
    """The driver's own first line (SQLAlchemy's adds the statement and a link to its docs), with the
    password blotted out should the driver quote it."""
    text = str(error.orig) if isinstance(error, DBAPIError) else str(error)
    line = (text.strip().splitlines() or [type(error).__name__])[0]
    for secret in sorted(secrets, key=len, reverse=True):
        line = line.replace(secret, "***")
    return line


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN itself (see _sqlite_on_begin)
    cursor = dbapi_connection.cursor()
    try:
        # The wait first: switching to WAL needs a lock that another followup opening the same new file
        # may hold for a moment, and without a busy timeout SQLite gives up at once ("locked").
        cursor.execute("PRAGMA busy_timeout = 5000")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
    finally:
        cursor.close()


def _sqlite_on_begin(connection: Connection) -> None:
    # A write transaction takes the write lock at once: two writers wait for each other (busy_timeout)
    # instead of failing when the second upgrades its read lock. A read takes no lock at all (WAL).
    deferred = connection.get_execution_options().get(DEFERRED, False)
    connection.exec_driver_sql("BEGIN" if deferred else "BEGIN IMMEDIATE")
