"""A shared PostgreSQL server's people: one database role each, and the database itself as the boundary.

On a server each person connects as their own role, and that role is the owner of their rows
(``current_user``). Row-level security (migration 0007) lets a role see and change only the rows whose
``owner`` is its name, and only its own ``meta`` keys (``agenda_version:NAME``, ...), in the database
itself: ``psql`` with one person's password shows that person's rows and nobody else's.

The administrator (the role that owns the database's tables, or a superuser) runs the migrations and
the ``followup admin`` commands; a person's role can do neither:

* ``prepare`` (``followup admin migrate``) makes the group role the people belong to, ``DATABASE_people``
  (recorded in the ``meta`` row ``people_role``), and gives it exactly what followup needs: CONNECT on the
  database, USAGE on the schema, SELECT, INSERT, UPDATE and DELETE on the tables that row-level security
  guards, SELECT on ``alembic_version``, USAGE on the sequences. It takes from PUBLIC what PostgreSQL
  gives every role by default (CONNECT and TEMPORARY on the database, CREATE on the schema before
  PostgreSQL 15), so no role outside the group connects, and nobody but the administrator creates
  anything. ``grant_people`` does the grants again after every upgrade, for tables a migration adds.
* ``add_person`` (``followup admin add-user``) creates a login role in that group, with no other right
  and a password given to the server as a SCRAM verifier computed here: the password itself never
  leaves this process, so no server log can hold it.
* ``adopt`` (``followup admin adopt``) moves the rows stored under an old owner name (from the days when
  ``$FOLLOWUP_USER`` chose the owner) to a person's role.

``FORCE ROW LEVEL SECURITY`` holds the tables' owner to the policies too; ``every_row`` lifts it for the
length of one transaction of the administrator's (a migration, an adoption), so that these see every
row, and puts it back before the transaction commits: nobody else ever sees the tables unguarded.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from sqlalchemy import Connection, delete, func, insert, literal, select, text, update

from followup.core.errors import InvalidInput, NotFound, StoreError
from followup.store.tables import USER_TABLES, meta, metadata

if TYPE_CHECKING:
    from sqlalchemy import Table

PEOPLE_ROLE_KEY = "people_role"  # meta key: the group role of this database's people
MAX_NAME = 63  # PostgreSQL's limit on an identifier, in bytes
# Lowercase, so that the name psql and the administrator type needs no quotes; no "pg_" (reserved).
NAME_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789_.-"
ACCEPTED_NAME = (
    "a role name of lowercase letters, digits, _ . and - starting with a letter or _, "
    f"at most {MAX_NAME} characters, not starting with pg_"
)
# The tables whose rows have an owner, in the order their rows can be moved (parents first).
OWNER_TABLES = USER_TABLES


def who(connection: Connection) -> tuple[str, bool]:
    """The role connected (the owner of its rows) and whether it may administer the database: a
    superuser, or a member of the role that owns the tables (before there are any: a role that may
    create tables in the schema)."""
    row = connection.execute(
        text(
            "SELECT current_user, COALESCE((SELECT rolsuper FROM pg_roles WHERE rolname = current_user), "
            "false) OR COALESCE((SELECT pg_has_role(c.relowner, 'USAGE') FROM pg_class c "
            "WHERE c.oid = to_regclass('meta')), has_schema_privilege(current_schema(), 'CREATE'), false)"
        )
    ).one()
    return str(row[0]), bool(row[1])


def not_administrator(role: str, where: str) -> StoreError:
    return StoreError(
        f"the role {role!r} cannot administer {where}: run `followup admin` as the role that owns the "
        "database's tables (or a superuser)"
    )


def valid_name(name: str, field: str = "NAME") -> str:
    """A new role's name as followup accepts it (``ACCEPTED_NAME``), else ``InvalidInput``."""
    ok = (
        0 < len(name.encode()) <= MAX_NAME
        and all(c in NAME_CHARACTERS for c in name)
        and not name[0].isdigit()
        and name[0] not in ".-"
        and not name.startswith("pg_")
    )
    if not ok:
        raise InvalidInput(field, ACCEPTED_NAME, name)
    return name


@contextmanager
def every_row(connection: Connection) -> Iterator[None]:
    """The administrator sees every row until the block ends, within the current transaction."""
    bypass = connection.execute(
        text("SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user")
    ).scalar()
    if bypass:
        yield
        return
    for table in _tables(connection, "c.relforcerowsecurity"):
        connection.exec_driver_sql(f"ALTER TABLE {_quote(connection, table)} NO FORCE ROW LEVEL SECURITY")
    yield
    # Every guarded table, a new one of the migration just run included, holds its owner too again.
    for table in _tables(connection, "c.relrowsecurity"):
        connection.exec_driver_sql(f"ALTER TABLE {_quote(connection, table)} FORCE ROW LEVEL SECURITY")


def people_role(connection: Connection) -> str | None:
    """The group role of this database's people, once ``prepare`` has made it."""
    found = connection.execute(select(meta.c.value).where(meta.c.key == PEOPLE_ROLE_KEY)).scalar()
    return str(found) if found else None


def prepare(connection: Connection) -> str:
    """Make the database ready for its people (see the module's docstring); returns their group role.

    Run by the administrator after migrating, in the same transaction; running it again changes nothing."""
    group = people_role(connection)
    if group is None:
        database = str(connection.execute(text("SELECT current_database()")).scalar())
        group = _fit(database, "_people")
        with every_row(connection):  # the meta row is the administrator's, whom FORCE would hold too
            connection.execute(insert(meta).values(key=PEOPLE_ROLE_KEY, value=group))
    if not role_exists(connection, group):
        connection.exec_driver_sql(f"CREATE ROLE {_quote(connection, group)} NOLOGIN")
    quoted = _quote(connection, group)
    database = _quote(connection, str(connection.execute(text("SELECT current_database()")).scalar()))
    schema = _quote(connection, _schema(connection))
    connection.exec_driver_sql(f"REVOKE ALL ON DATABASE {database} FROM PUBLIC")
    connection.exec_driver_sql(f"GRANT CONNECT ON DATABASE {database} TO {quoted}")
    connection.exec_driver_sql(f"REVOKE CREATE ON SCHEMA {schema} FROM PUBLIC")
    connection.exec_driver_sql(f"GRANT USAGE ON SCHEMA {schema} TO {quoted}")
    grant_people(connection, group)
    return group


def grant_people(connection: Connection, group: str | None = None) -> None:
    """Give the people's group its rights on every table row-level security guards (a table without a
    policy gets none: it fails closed) and on the sequences; nothing when there is no group yet."""
    group = group or people_role(connection)
    if group is None or not role_exists(connection, group):
        return
    quoted = _quote(connection, group)
    guarded = _tables(
        connection, "c.relrowsecurity AND EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid)"
    )
    for table in guarded:
        connection.exec_driver_sql(
            f"GRANT SELECT, INSERT, UPDATE, DELETE ON {_quote(connection, table)} TO {quoted}"
        )
    connection.exec_driver_sql(f"GRANT SELECT ON alembic_version TO {quoted}")
    schema = _quote(connection, _schema(connection))
    connection.exec_driver_sql(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA {schema} TO {quoted}")


def add_person(connection: Connection, name: str, password: str) -> str:
    """Create the login role ``name`` in the people's group; returns the group.

    The server gets a SCRAM verifier of ``password`` (as ``\\password`` in psql sends it), never the
    password. Refuses a name that is taken, or a database whose people's group is not made yet."""
    valid_name(name)
    if not password:
        raise InvalidInput("password", "a password that is not empty")
    group = people_role(connection)
    if group is None or not role_exists(connection, group):
        raise StoreError("this database has no people's role yet: run `followup admin migrate` first")
    if role_exists(connection, name):
        raise InvalidInput("NAME", "a role that does not exist on this server yet", name)
    driver = connection.connection.driver_connection
    verifier = driver.pgconn.encrypt_password(  # type: ignore[union-attr]
        password.encode(),
        name.encode(),
        None,  # None: the server's own password_encryption
    )
    connection.exec_driver_sql(
        f"CREATE ROLE {_quote(connection, name)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE INHERIT "
        f"NOREPLICATION NOBYPASSRLS PASSWORD {_literal(verifier.decode())} "
        f"IN ROLE {_quote(connection, group)}"
    )
    return group


def adopt(connection: Connection, old: str, role: str) -> dict[str, int]:
    """Move every row stored under the owner name ``old`` to the person's role ``role``, in the current
    transaction; returns how many rows of each table moved.

    Refuses an ``old`` with no rows, a ``role`` that is not one of this database's people, and a role
    that has records already (two sets of records would collide on their ids)."""
    group = people_role(connection)
    if not role_exists(connection, role) or group is None or not _member(connection, role, group):
        raise NotFound(
            f"{role!r} is not one of this database's people: "
            f"add the role with `followup admin add-user {role}`"
        )
    tables = {name: metadata.tables[name] for name in OWNER_TABLES}
    with every_row(connection):
        counts = {name: _count(connection, table, old) for name, table in tables.items()}
        if not any(counts.values()):
            owners = sorted(
                {str(o) for t in tables.values() for o in connection.scalars(select(t.c.owner).distinct())}
            )
            raise NotFound(
                f"no records are stored under {old!r} (owners with records: {', '.join(owners) or 'none'})"
            )
        if any(_count(connection, table, role) for table in tables.values()):
            raise StoreError(
                f"{role!r} has records of their own already; `followup admin adopt` moves records only "
                "to a role that has none (export and import them instead)"
            )
        _move(connection, tables, old, role)
        _move_meta(connection, old, role)
    return counts


def _move(connection: Connection, tables: dict[str, Table], old: str, role: str) -> None:
    # Rows of people, interviews, events and agenda point at (owner, application id): the applications
    # are copied under the new owner first, the rows that point at them moved, then the old copies go.
    applications = tables["applications"]
    columns = [c for c in applications.columns if c.name != "owner"]
    connection.execute(
        insert(applications).from_select(
            ["owner", *(c.name for c in columns)],
            select(literal(role), *columns).where(applications.c.owner == old),
        )
    )
    for name, table in tables.items():
        if name != "applications":
            connection.execute(update(table).where(table.c.owner == old).values(owner=role))
    connection.execute(delete(applications).where(applications.c.owner == old))


def _move_meta(connection: Connection, old: str, role: str) -> None:
    """The per-owner meta keys (``PREFIX:OWNER``) follow the records; the role's own (if any) give way."""
    suffix = func.substr(meta.c.key, func.strpos(meta.c.key, ":") + 1)
    owned = func.strpos(meta.c.key, ":") > 0
    connection.execute(delete(meta).where(owned, suffix == role))
    connection.execute(
        update(meta)
        .where(owned, suffix == old)
        .values(key=func.concat(func.substr(meta.c.key, 1, func.strpos(meta.c.key, ":")), role))
    )


def _count(connection: Connection, table: Table, owner: str) -> int:
    found = connection.execute(select(func.count()).select_from(table).where(table.c.owner == owner))
    return int(found.scalar() or 0)


def _tables(connection: Connection, condition: str) -> list[str]:
    """The ordinary tables of the current schema that meet ``condition`` (on ``pg_class c``)."""
    query = (
        "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        f"WHERE n.nspname = current_schema() AND c.relkind = 'r' AND {condition} ORDER BY c.relname"
    )
    return [str(name) for name in connection.execute(text(query)).scalars()]


def role_exists(connection: Connection, name: str) -> bool:
    found = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": name})
    return found.scalar() is not None


def _member(connection: Connection, role: str, group: str) -> bool:
    # A direct member, made by add_person: pg_has_role would say yes for every superuser too.
    found = connection.execute(
        text(
            "SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "JOIN pg_roles r ON r.oid = m.member WHERE g.rolname = :group AND r.rolname = :role"
        ),
        {"role": role, "group": group},
    )
    return found.scalar() is not None


def _schema(connection: Connection) -> str:
    schema = connection.execute(text("SELECT current_schema()")).scalar()
    if not schema:
        raise StoreError("the database has no schema on its search_path to keep followup's tables in")
    return str(schema)


def _fit(base: str, suffix: str) -> str:
    """``base + suffix`` within PostgreSQL's 63 bytes (a long database name is cut, never the suffix)."""
    room = MAX_NAME - len(suffix.encode())
    cut = base.encode()[:room].decode(errors="ignore")
    return cut + suffix


def _quote(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote_identifier(name)


def _literal(value: str) -> str:
    """A string literal for the statements that take no parameters (CREATE ROLE ... PASSWORD)."""
    if "\\" in value or "\x00" in value:
        raise StoreError("the server returned a password verifier followup cannot pass on")
    return "'" + value.replace("'", "''") + "'"
