"""A shared PostgreSQL server: each person's role is the owner of its rows, and the database keeps them
apart (row-level security, migration 0008), whatever a role runs: followup's commands or plain SQL.

Every test uses the real test cluster: the superuser is the administrator (trusted), and each person's
role, made with `followup admin add-user`, logs in with its own password (scram-sha-256).
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import errors

from followup.cli import today
from followup.cli.timefmt import parse_moment, zone
from followup.services.plans import stored_summaries, summaries
from followup.services.workspace import Workspace
from followup.store.engine import HEAD_REVISION
from followup.store.roles import OWNER_TABLES
from tests.cli.conftest import SCENARIOS, Result, assert_one_line_error, invoke, ok
from tests.support.postgres import PostgresCluster

pytestmark = pytest.mark.postgres

NOW = "2026-03-02T14:00"
S01, S02, S03 = SCENARIOS / "S01.json", SCENARIOS / "S02.json", SCENARIOS / "S03.json"


@dataclass(frozen=True)
class Role:
    name: str
    password: str
    url: str


@dataclass(frozen=True)
class Server:
    cluster: PostgresCluster
    admin: str  # the superuser's URL: the administrator
    database: str

    def add_user(self, prefix: str) -> Role:
        """A person's role, made as the administrator makes one: `followup admin add-user`."""
        name, password = f"{prefix}_{uuid.uuid4().hex[:8]}", f"pw {uuid.uuid4().hex}"
        done = ok("admin", "add-user", name, "--password-command", f"echo '{password}'", "--db", self.admin)
        assert password not in done.out
        where = f"127.0.0.1:{self.cluster.port}/{self.database}"
        url = f"postgresql://{name}:{password.replace(' ', '%20')}@{where}"
        return Role(name, password, url)


@pytest.fixture
def server(postgres_cluster: PostgresCluster) -> Server:
    admin = postgres_cluster.create_database()
    migrated = ok("admin", "migrate", "--db", admin, "--json").json()
    assert (migrated["revision"], migrated["upgraded_from"]) == (HEAD_REVISION, "")
    return Server(postgres_cluster, admin, admin.rsplit("/", 1)[1])


def run(*args: str, stdin: str = "") -> Result:
    """A command that must succeed; some report on standard error ("Imported ...")."""
    result = invoke(*args, stdin=stdin)
    assert result.code == 0, (args, result)
    return result


def companies(export_text: str) -> list[str]:
    return [a["company"]["name"] for a in json.loads(export_text)["applications"]]


def rows(server: Server, owner: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of ``owner`` in every table, meta keys included, as the administrator sees them."""
    with psycopg.connect(server.admin) as connection:
        found = {  # sorted here: a json column has no ordering operator in SQL
            table: sorted(
                connection.execute(f"SELECT * FROM {table} WHERE owner = %s", (owner,)).fetchall(), key=repr
            )
            for table in OWNER_TABLES
        }
        found["meta"] = connection.execute(
            "SELECT key, value FROM meta WHERE key LIKE %s ORDER BY key", (f"%:{owner}",)
        ).fetchall()
    return found


@pytest.fixture
def two(server: Server) -> tuple[Role, Role]:
    """alex with S01 (Harbor Analytics), bob with S02 and S03 (Cedar Health, Northwind Robotics)."""
    alex, bob = server.add_user("alex"), server.add_user("bob")
    run("--db", alex.url, "import", str(S01))
    run("--db", bob.url, "import", str(S02))
    run("--db", bob.url, "import", str(S03))
    assert companies(run("--db", bob.url, "export").out) == ["Cedar Health", "Northwind Robotics"]
    return alex, bob


# --- followup's commands ------------------------------------------------------------------------------


def test_no_command_of_one_role_reads_or_changes_another_roles_records(
    server: Server, two: tuple[Role, Role], monkeypatch: pytest.MonkeyPatch
) -> None:
    alex, bob = two
    theirs = rows(server, bob.name)
    assert all(theirs[table] for table in ("profiles", "applications", "people", "agenda", "meta"))
    monkeypatch.setenv("FOLLOWUP_DB", alex.url)
    monkeypatch.setenv("FOLLOWUP_USER", bob.name)  # no say on a server
    seen = [
        run("list", "--json"),
        run("plan", "--now", NOW, "--json"),
        run("today", "--now", NOW, "--json"),
        run("export"),
        run("person", "list", "--json"),
        run("events", "--json"),
        run("undo", "--list", "--json"),
    ]
    assert companies(seen[3].out) == ["Harbor Analytics"]
    assert [a["application"] for a in seen[0].json()] == ["harbor"]
    # Alex's own Northwind (the same ids as bob's), then every kind of write over it.
    run("import", "--replace", str(S03))
    assert companies(run("export").out) == ["Northwind Robotics"]
    run("undo")
    run("import", str(S03))
    person = json.loads(run("export").out)["applications"][1]["people"][-1]["id"]
    run("person", "remove", person, "-a", "northwind", "--yes")
    run("application", "remove", "northwind", "--yes")
    run("undo")
    run("application", "remove", "harbor", "--yes")
    seen.append(run("doctor", "--json"))
    seen.append(run("doctor", "--rebuild", "--json"))
    seen.append(run("export"))
    assert companies(seen[-1].out) == ["Northwind Robotics"]
    for result in seen:
        assert "Cedar Health" not in result.out + result.err
    assert_one_line_error(
        invoke("--owner", bob.name, "list"),
        f"--owner: expected {alex.name}, the role you connect as",
        f"(got '{bob.name}')",
    )
    assert_one_line_error(invoke("today", "--owner", bob.name), f"(got '{bob.name}')")
    assert rows(server, bob.name) == theirs
    assert companies(run("--db", bob.url, "export").out) == ["Cedar Health", "Northwind Robotics"]
    assert rows(server, alex.name)["applications"]  # alex's writes did land, under alex's name


@pytest.mark.parametrize("now", ["2026-06-01T09:00", "2027-01-15T09:00"])
def test_list_on_a_server_reads_the_stored_periods_in_one_query_and_says_what_the_planner_says(
    two: tuple[Role, Role], now: str
) -> None:
    _, bob = two
    shown = run("--db", bob.url, "list", "--all", "--json", "--now", now).json()
    with Workspace(bob.url) as ws:
        at = parse_moment(now, zone(ws.read_base().profile.tz))
        found = stored_summaries(ws, at, archived=True)  # what the command read: None would mean the planner
        planned = summaries(ws, at, archived=True)
    assert found is not None
    assert found == (planned, 0)
    assert [(r["application"], r["status"], r["next"]) for r in shown] == [
        (s.application_id, s.status, s.next_move or None) for s in planned
    ]


@pytest.mark.parametrize("now", ["2026-06-01T09:00", "2027-01-15T09:00"])
@pytest.mark.parametrize("options", [(), ("--all",), ("--json",)])
def test_today_on_a_server_reads_the_stored_agenda_in_one_query_and_says_what_the_planner_says(
    two: tuple[Role, Role], now: str, options: tuple[str, ...]
) -> None:
    _, bob = two
    shown = run("--db", bob.url, "today", *options, "--now", now).out
    assert today.stored_rows(bob.url, now) is not None  # what the command read: None would mean the planner
    planned = today.summarise(*today.full_planner_rows(bob.url, now), everything=bool(options))
    assert shown == today.render(planned, "--json" in options) + "\n"


def test_followup_user_and_the_login_name_no_longer_choose_the_owner_on_a_server(
    server: Server, two: tuple[Role, Role], monkeypatch: pytest.MonkeyPatch
) -> None:
    alex, bob = two
    for variables in (
        {"FOLLOWUP_USER": bob.name},
        {"FOLLOWUP_USER": "", "LOGNAME": bob.name, "USER": bob.name},
    ):
        for name, value in variables.items():
            monkeypatch.setenv(name, value)
        assert companies(run("--db", alex.url, "export").out) == ["Harbor Analytics"]
    assert run("--db", alex.url, "--owner", alex.name, "list", "--json").json()[0]["application"] == "harbor"


# --- plain SQL with a person's password ---------------------------------------------------------------


@pytest.fixture
def as_alex(two: tuple[Role, Role]) -> Iterator[psycopg.Connection[tuple[Any, ...]]]:
    with psycopg.connect(two[0].url) as connection:
        yield connection


def test_plain_sql_reads_only_the_roles_own_rows(
    as_alex: psycopg.Connection[tuple[Any, ...]], two: tuple[Role, Role]
) -> None:
    alex, _ = two
    for table in OWNER_TABLES:
        owners = {row[0] for row in as_alex.execute(f"SELECT owner FROM {table}")}
        assert owners <= {alex.name}, table
    assert {row[0] for row in as_alex.execute("SELECT owner FROM applications")} == {alex.name}
    keys = sorted(row[0] for row in as_alex.execute("SELECT key FROM meta"))
    assert keys == sorted(
        ["schema", "people_role", f"agenda_version:{alex.name}", f"history_until:{alex.name}"]
    )


def test_plain_sql_updates_and_deletes_reach_only_the_roles_own_rows(
    server: Server, as_alex: psycopg.Connection[tuple[Any, ...]], two: tuple[Role, Role]
) -> None:
    alex, bob = two
    theirs = rows(server, bob.name)
    with as_alex.transaction():
        assert (
            as_alex.execute("UPDATE applications SET position = 'x' WHERE owner = %s", (bob.name,)).rowcount
            == 0
        )
        assert as_alex.execute("UPDATE meta SET value = 'x' WHERE key = 'schema'").rowcount == 0
        assert as_alex.execute("DELETE FROM meta WHERE key = 'people_role'").rowcount == 0
        for table in reversed(OWNER_TABLES):
            as_alex.execute(f"DELETE FROM {table}")
        assert as_alex.execute("DELETE FROM meta").rowcount == 2  # alex's own two keys
    assert rows(server, bob.name) == theirs
    assert rows(server, alex.name) == {table: [] for table in (*OWNER_TABLES, "meta")}
    with psycopg.connect(server.admin) as connection:
        shared = connection.execute("SELECT key FROM meta WHERE strpos(key, ':') = 0 ORDER BY key").fetchall()
    assert shared == [("people_role",), ("schema",)]


RLS = "new row violates row-level security policy for table"


@pytest.mark.parametrize(
    ("statement", "refusal"),
    [
        (
            "INSERT INTO journal (owner, at, command, changes) VALUES ({bob}, now(), 'x', '{{}}')",
            f'{RLS} "journal"',
        ),
        ("UPDATE applications SET owner = {bob}", f'{RLS} "applications"'),  # alex's own rows, given away
        ("INSERT INTO meta (key, value) VALUES ('agenda_version:' || {bob}, '2')", f'{RLS} "meta"'),
        ("INSERT INTO meta (key, value) VALUES ('schema2', 'x')", f'{RLS} "meta"'),
        ("TRUNCATE applications CASCADE", "permission denied for table applications"),
        ("ALTER TABLE applications DISABLE ROW LEVEL SECURITY", "must be owner of table applications"),
        ("DROP POLICY owner_only ON applications", "must be owner of relation applications"),
        ("CREATE TABLE mine (a int)", "permission denied for schema public"),
        ("CREATE TEMPORARY TABLE mine (a int)", "permission denied to create temporary tables"),
        ("UPDATE alembic_version SET version_num = '0006'", "permission denied for table alembic_version"),
        (
            "SET row_security = off; SELECT * FROM applications",
            'query would be affected by row-level security policy for table "applications"',
        ),
        ("SET ROLE {bob}", "permission denied to set role"),
        ("CREATE ROLE mallory LOGIN", "permission denied to create role"),
    ],
)
def test_plain_sql_cannot_write_for_another_role_nor_change_the_schema(
    server: Server,
    as_alex: psycopg.Connection[tuple[Any, ...]],
    two: tuple[Role, Role],
    statement: str,
    refusal: str,
) -> None:
    from psycopg import sql

    alex, bob = two
    before = rows(server, bob.name), rows(server, alex.name)
    query = sql.SQL(statement).format(bob=sql.Literal(bob.name))
    *setup, last = query.as_string(as_alex).split("; ")
    for part in setup:
        as_alex.execute(part)  # type: ignore[call-overload]
    with pytest.raises(errors.InsufficientPrivilege) as refused:
        as_alex.execute(last)  # type: ignore[call-overload]
    assert refusal in str(refused.value)
    as_alex.rollback()
    assert (rows(server, bob.name), rows(server, alex.name)) == before


# --- migrations are the administrator's ------------------------------------------------------------------


def _downgrade(server: Server, revision: str) -> None:
    from alembic import command

    from followup.store.engine import alembic_config, create_engine_for

    engine = create_engine_for(server.admin)
    try:
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), revision)
    finally:
        engine.dispose()


def test_a_persons_command_never_migrates_and_names_the_administrators_command(
    server: Server, two: tuple[Role, Role]
) -> None:
    alex, _ = two
    _downgrade(server, "0006")
    for args in (["list"], ["export"], ["today"], ["init", "--name", "A"]):
        assert_one_line_error(
            invoke("--db", alex.url, *args),
            f"has schema revision 0006 and this followup needs {HEAD_REVISION}: the administrator must run "
            "`followup admin migrate`",
        )
    assert_one_line_error(
        invoke("admin", "migrate", "--db", alex.url),
        f"the role '{alex.name}' cannot administer postgresql+psycopg://{alex.name}:***@",
    )
    with psycopg.connect(server.admin) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [("0006",)]
    done = ok("admin", "migrate", "--db", server.admin)
    assert done.out == (
        f"Migrated {server.admin.replace('postgresql://', 'postgresql+psycopg://')} from revision 0006 to "
        f"revision {HEAD_REVISION}; its people belong to the role {server.database}_people.\n"
    )
    assert companies(run("--db", alex.url, "export").out) == ["Harbor Analytics"]


def test_a_person_on_a_database_without_tables_is_sent_to_the_administrator(server: Server) -> None:
    empty = server.cluster.create_database()
    name, password = f"eve_{uuid.uuid4().hex[:8]}", "pw"
    with psycopg.connect(server.admin, autocommit=True) as connection:
        connection.execute(f"CREATE ROLE {name} LOGIN PASSWORD '{password}'")
    url = empty.replace("postgresql://postgres@", f"postgresql://{name}:{password}@")
    assert_one_line_error(
        invoke("--db", url, "list"),
        "holds no followup tables yet: the administrator must run `followup admin migrate`",
    )
    with psycopg.connect(empty) as connection:
        assert connection.execute(
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
        ).fetchone() == (0,)


def test_the_administrator_need_not_be_a_superuser(server: Server) -> None:
    """The set-up of docs/shared-server.md: a login role that may create roles, owning the database."""
    admin_name = f"admin_{uuid.uuid4().hex[:8]}"
    database = f"d_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server.admin, autocommit=True) as connection:
        connection.execute(f"CREATE ROLE {admin_name} LOGIN CREATEROLE PASSWORD 'admin pw'")
        connection.execute(f"CREATE DATABASE {database} OWNER {admin_name} TEMPLATE template0")
    admin_url = f"postgresql://{admin_name}:admin%20pw@127.0.0.1:{server.cluster.port}/{database}"
    own = Server(server.cluster, admin_url, database)
    ok("admin", "migrate", "--db", admin_url)
    legacy, alex = own.add_user("legacy"), own.add_user("alex")
    run("--db", legacy.url, "import", str(S01))
    moved = ok("admin", "adopt", legacy.name, alex.name, "--db", admin_url, "--json").json()["moved"]
    assert moved["applications"] == 1
    assert companies(run("--db", alex.url, "export").out) == ["Harbor Analytics"]
    assert companies(run("--db", legacy.url, "export").out) == []
    with psycopg.connect(admin_url) as connection:  # the tables' owner is held to the policies too
        assert connection.execute("SELECT count(*) FROM applications").fetchone() == (0,)
        forced = connection.execute(
            "SELECT count(*) FROM pg_class WHERE relname = 'applications' AND relforcerowsecurity"
        ).fetchone()
        assert forced == (1,)


# --- admin add-user -------------------------------------------------------------------------------------


def test_add_user_gives_exactly_what_a_person_needs_and_never_shows_the_password(server: Server) -> None:
    name = f"dana_{uuid.uuid4().hex[:8]}"
    done = ok(
        "admin", "add-user", name, "--password-command", "echo 's3cret pass'", "--db", server.admin, "--json"
    )
    group = f"{server.database}_people"
    assert done.json() == {
        "database": server.admin.replace("postgresql://", "postgresql+psycopg://"),
        "role": name,
        "people_role": group,
    }
    assert "s3cret" not in done.out + done.err
    with psycopg.connect(server.admin) as connection:
        role = connection.execute(
            "SELECT rolsuper, rolcreatedb, rolcreaterole, rolcanlogin, rolinherit, rolreplication, "
            "rolbypassrls, rolpassword LIKE 'SCRAM-SHA-256$%%' FROM pg_authid WHERE rolname = %s",
            (name,),
        ).fetchone()
        assert role == (False, False, False, True, True, False, False, True)
        member_of = connection.execute(
            "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "JOIN pg_roles r ON r.oid = m.member WHERE r.rolname = %s",
            (name,),
        ).fetchall()
        assert member_of == [(group,)]
        granted = connection.execute(
            "SELECT table_name, string_agg(privilege_type, ',' ORDER BY privilege_type) "
            "FROM information_schema.role_table_grants WHERE grantee = %s GROUP BY table_name ORDER BY 1",
            (group,),
        ).fetchall()
        both = "DELETE,INSERT,SELECT,UPDATE"
        assert granted == sorted(
            [("alembic_version", "SELECT")] + [(t, both) for t in (*OWNER_TABLES, "meta")]
        )
        rights = connection.execute(
            "SELECT has_database_privilege(%(r)s, %(d)s, 'CONNECT'), "
            "has_database_privilege(%(r)s, %(d)s, 'CREATE'), "
            "has_database_privilege(%(r)s, %(d)s, 'TEMPORARY'), "
            "has_schema_privilege(%(r)s, 'public', 'USAGE'), "
            "has_schema_privilege(%(r)s, 'public', 'CREATE'), "
            "has_sequence_privilege(%(r)s, 'journal_row_id_seq', 'USAGE'), "
            "has_database_privilege('public', %(d)s, 'CONNECT')",
            {"r": name, "d": server.database},
        ).fetchone()
        assert rights == (True, False, False, True, False, True, False)


def test_a_role_from_add_user_connects_only_with_its_password(server: Server) -> None:
    alex = server.add_user("alex")
    wrong = alex.url.replace(alex.password.replace(" ", "%20"), "wrong")
    result = invoke("--db", wrong, "list")
    assert_one_line_error(result, f'password authentication failed for user "{alex.name}"')
    assert "wrong" not in result.err
    assert run("--db", alex.url, "list").out == "No applications yet: `followup interview add`.\n"


@pytest.mark.parametrize(
    ("args", "fragments"),
    [
        (["Alex"], ["NAME: expected a role name of lowercase letters", "(got 'Alex')"]),
        (["pg_alex"], ["not starting with pg_", "(got 'pg_alex')"]),
        (["postgres"], ["NAME: expected a role that does not exist on this server yet (got 'postgres')"]),
        (["dana"], ["--password-command: expected a command that prints the password of dana", "terminal"]),
        (
            ["dana", "--password-command", "false"],
            ["the command for the password of dana failed (exit status 1)"],
        ),
        (
            ["dana", "--password-command", "true"],
            ["the command for the password of dana printed no password"],
        ),
        (
            ["dana", "--password-command", "'unclosed"],
            ["--password-command: expected a command line with matching"],
        ),
    ],
)
def test_add_user_refuses_in_one_line_and_creates_no_role(
    server: Server, args: list[str], fragments: list[str]
) -> None:
    assert_one_line_error(invoke("admin", "add-user", *args, "--db", server.admin), *fragments)
    with psycopg.connect(server.admin) as connection:
        assert connection.execute("SELECT count(*) FROM pg_roles WHERE rolname = 'dana'").fetchone() == (0,)


def test_add_user_as_a_person_or_on_a_sqlite_file_is_refused(server: Server, tmp_path: Path) -> None:
    alex = server.add_user("alex")
    command = ["--password-command", "echo pw"]
    assert_one_line_error(
        invoke("admin", "add-user", "mallory", *command, "--db", alex.url),
        f"the role '{alex.name}' cannot administer",
    )
    result = invoke("admin", "add-user", "mallory", *command, "--db", str(tmp_path / "f.db"), "--json")
    assert result.code == 2
    assert result.json()["error"]["message"].startswith(
        "--db: expected a PostgreSQL server for `followup admin add-user`"
    )


# --- admin adopt ---------------------------------------------------------------------------------------


def test_adopt_moves_every_row_of_an_old_owner_name_to_a_role(server: Server) -> None:
    legacy, alex = server.add_user("legacy"), server.add_user("alex")  # legacy: the shared login of old
    run("--db", legacy.url, "import", str(S03))
    run(
        "--db",
        legacy.url,
        "calendar",
        "export",
        str(Path(os.environ["FOLLOWUP_HOME"]) / "plan.ics"),
        "--now",
        NOW,
    )
    before = rows(server, legacy.name)
    exported = run("--db", legacy.url, "export").out
    done = ok("admin", "adopt", legacy.name, alex.name, "--db", server.admin, "--json").json()
    assert done["moved"] == {table: len(before[table]) for table in OWNER_TABLES}
    assert done["moved"]["people"] == 4
    assert run("--db", alex.url, "export").out == exported
    assert rows(server, legacy.name) == {table: [] for table in (*OWNER_TABLES, "meta")}
    keys = [key.replace(legacy.name, alex.name) for key, _ in before["meta"]]
    assert [key for key, _ in rows(server, alex.name)["meta"]] == keys
    assert run("--db", alex.url, "undo", "--list", "--json").json()[0]["command"].startswith("import")


def test_adopt_says_what_moved_in_words(server: Server) -> None:
    legacy, alex = server.add_user("legacy"), server.add_user("alex")
    run("--db", legacy.url, "import", str(S01))
    out = ok("admin", "adopt", legacy.name, alex.name, "--db", server.admin).out
    assert out.startswith(
        f"Moved the records of '{legacy.name}' to the role {alex.name}: 1 profile, 1 application, 3 people, "
    )


@pytest.mark.parametrize("case", ["unknown role", "not a person", "no records", "role has records"])
def test_adopt_refuses_in_one_line_and_moves_nothing(server: Server, case: str) -> None:
    legacy, alex = server.add_user("legacy"), server.add_user("alex")
    run("--db", legacy.url, "import", str(S01))
    old, role, fragments = legacy.name, alex.name, [""]
    if case == "unknown role":
        role, fragments = (
            "nobody",
            ["'nobody' is not one of this database's people", "`followup admin add-user nobody`"],
        )
    elif case == "not a person":
        role, fragments = "postgres", ["'postgres' is not one of this database's people"]
    elif case == "no records":
        old, fragments = (
            "ghost",
            [f"no records are stored under 'ghost' (owners with records: {legacy.name})"],
        )
    else:
        run("--db", alex.url, "import", str(S02))
        fragments = [f"'{alex.name}' has records of their own already"]
    before = rows(server, legacy.name), rows(server, alex.name)
    assert_one_line_error(invoke("admin", "adopt", old, role, "--db", server.admin), *fragments)
    assert (rows(server, legacy.name), rows(server, alex.name)) == before


# --- connection settings ----------------------------------------------------------------------------------


def _libpq_environment(monkeypatch: pytest.MonkeyPatch, server: Server, role: Role) -> None:
    for variable in ("PGPASSWORD", "PGPASSFILE", "FOLLOWUP_PG_PASSWORD_COMMAND"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("PGHOST", "127.0.0.1")
    monkeypatch.setenv("PGPORT", str(server.cluster.port))
    monkeypatch.setenv("PGDATABASE", server.database)
    monkeypatch.setenv("PGUSER", role.name)


def test_a_url_without_host_role_or_password_takes_them_from_pg_variables_and_pgpass(
    server: Server, two: tuple[Role, Role], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    alex, _ = two
    _libpq_environment(monkeypatch, server, alex)
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"127.0.0.1:{server.cluster.port}:{server.database}:{alex.name}:{alex.password}\n")
    passfile.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    monkeypatch.setenv("FOLLOWUP_DB", "postgresql://")
    assert companies(run("export").out) == ["Harbor Analytics"]
    assert companies(run("--db", "postgresql:///", "export").out) == ["Harbor Analytics"]
    monkeypatch.delenv("PGPASSFILE")
    result = invoke("list")
    assert_one_line_error(result, "cannot open the database postgresql+psycopg://", "no password supplied")


def test_a_password_from_followup_pg_password_command_is_used_and_never_shown(
    server: Server, two: tuple[Role, Role], monkeypatch: pytest.MonkeyPatch
) -> None:
    alex, _ = two
    _libpq_environment(monkeypatch, server, alex)
    monkeypatch.setenv("FOLLOWUP_PG_PASSWORD_COMMAND", f"echo '{alex.password}'")
    listed = run("--db", "postgresql://", "list", "--json")
    assert [a["application"] for a in listed.json()] == ["harbor"]
    monkeypatch.setenv("FOLLOWUP_PG_PASSWORD_COMMAND", "echo 'not it'")
    result = invoke("--db", "postgresql://", "list")
    assert_one_line_error(result, f'password authentication failed for user "{alex.name}"')
    assert "not it" not in result.err
    monkeypatch.setenv("FOLLOWUP_PG_PASSWORD_COMMAND", f"sh -c 'echo {alex.password}; exit 3'")
    result = invoke("--db", "postgresql://", "list", "--json")
    assert result.json()["error"]["message"] == (
        "the command for the PostgreSQL password failed (exit status 3); check FOLLOWUP_PG_PASSWORD_COMMAND"
    )
    assert alex.password not in result.out


# --- the password prompt, in a real terminal ------------------------------------------------------------


def _until(fd: int, wanted: str, seen: list[str], timeout: float = 60.0) -> None:
    """Read the terminal until ``wanted`` has appeared (or the program ended)."""
    import select
    import time

    deadline = time.monotonic() + timeout
    while wanted not in "".join(seen) and time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # the program ended and closed the terminal
                return
            if not chunk:
                return
            seen.append(chunk.decode(errors="replace"))


def test_add_user_in_a_terminal_asks_for_the_password_twice_and_never_echoes_it(server: Server) -> None:
    import pty

    from tests.cli.conftest import CONSOLE_SCRIPT

    name, password = f"dana_{uuid.uuid4().hex[:8]}", "typed s3cret"
    environment = {**os.environ, "TERM": "dumb"}
    pid, fd = pty.fork()
    if pid == 0:  # the child: followup on the terminal pty.fork made its controlling one
        os.execve(
            CONSOLE_SCRIPT,
            [str(CONSOLE_SCRIPT), "admin", "add-user", name, "--db", server.admin],
            environment,
        )
    seen: list[str] = []
    try:
        _until(fd, f"Password for {name}: ", seen)
        os.write(fd, f"{password}\n".encode())
        _until(fd, "Repeat for confirmation: ", seen)
        os.write(fd, f"{password}\n".encode())
        _until(fd, "sees only their own records.", seen)
        _until(fd, "\x00never", seen, timeout=2)  # the rest, until the program closes the terminal
    finally:
        _, status = os.waitpid(pid, 0)
        os.close(fd)
    shown = "".join(seen)
    assert os.waitstatus_to_exitcode(status) == 0, shown
    assert f"Added the role {name} to " in shown
    assert "s3cret" not in shown
    where = f"127.0.0.1:{server.cluster.port}/{server.database}"
    url = f"postgresql://{name}:{password.replace(' ', '%20')}@{where}"
    assert run("--db", url, "list").out == "No applications yet: `followup interview add`.\n"
