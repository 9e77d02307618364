"""Every command imports what it uses, and no more: the real console script, run with ``-X importtime``.

Start-up is most of what a command on a small store costs (the issue "Every command costs what it touches"):
SQLAlchemy's ORM is ~23x Python's own start-up (no command imports it: the store is Core), holidays ~12x, the
spell checker ~13.5x, psycopg ~12x. Each test below runs one command as a whole process and states exactly
which of those heavy modules it loaded, so a new top-level import anywhere on a command's path fails here.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import click
import pytest

import followup.cli
from followup.cli.app import COMMANDS, cli
from followup.store.engine import HEAD_REVISION, alembic_config, create_engine_for
from tests.cli.conftest import APP, CONSOLE_SCRIPT, USER

# The modules that cost the most to import, and whose use is confined to a few commands.
HEAVY = frozenset(
    {
        "alembic",
        "click",
        "enchant",
        "holidays",
        "icalendar",
        "imaplib",
        "keyring",
        "psycopg",
        "smtplib",
        "spellchecker",
        "sqlalchemy",
        "sqlalchemy.orm",
        "typst",
    }
)
COMMAND_MODULES = frozenset(lazy.module for lazy in COMMANDS.values())
STORE = frozenset({"click", "sqlalchemy"})  # reading records: the repository's Core statements, no ORM


def imported(*args: str, home: Path) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    """Run ``followup ARGS`` (the installed console script) and return it with every module it imported,
    as ``python -X importtime`` lists them on standard error (removed from the result's stderr)."""
    env = {k: v for k, v in os.environ.items() if k != "FOLLOWUP_DB"}
    env |= {"FOLLOWUP_HOME": str(home), "FOLLOWUP_USER": USER, "COLUMNS": "200"}
    done = subprocess.run(
        [sys.executable, "-X", "importtime", str(CONSOLE_SCRIPT), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    modules, rest = set(), []
    for line in done.stderr.splitlines():
        if line.startswith("import time:"):
            modules.add(line.rsplit("|", 1)[1].strip())
        else:
            rest.append(line + "\n")
    done.stderr = "".join(rest)
    return done, modules


def _ran(done: subprocess.CompletedProcess[str], code: int = 0) -> None:
    assert (done.returncode, done.stderr) == (code, ""), done


def test_help_lists_every_command_as_the_reference_does_without_importing_one(tmp_path: Path) -> None:
    done, modules = imported("--help", home=tmp_path)
    _ran(done)
    list(cli.commands.values())  # every command imported here: the listing from the commands themselves
    # Click's width on a wide terminal: the group's max_content_width (100) less its margin of 2.
    with click.Context(cli, info_name="followup", terminal_width=98, max_content_width=100) as ctx:
        assert done.stdout == cli.get_help(ctx) + "\n"
    assert modules & HEAVY == {"click"}
    assert modules & COMMAND_MODULES == set()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("args", "heavy", "own"),
    [
        (("list", "--json"), set(), set()),  # the stored summaries, read with the standard library
        (("plan", APP), set(), set()),  # the stored schedule, read with the standard library
        (("plan", APP, "--all"), STORE | {"holidays"}, {"followup.cli.plan"}),  # the planner
        (("person", "list", "--json"), set(), set()),  # the people table, read with the standard library
        (("events", "--json"), set(), set()),  # the events table, read with the standard library
        (("person", "list", "--json", "-a", "Harbor"), set(), set()),  # a company's name finds it too
        (("events", "--global"), set(), set()),
        (("export",), STORE, {"followup.cli.transfer"}),
        (("check", "send F1 to Priya by email", "--json"), STORE | {"holidays"}, {"followup.cli.check"}),
        (("explain", "A-01"), {"click"}, {"followup.cli.explain"}),
        (("today", "--now", "2026-12-15T10:00"), set(), set()),  # the standard library's fast path
    ],
    ids=lambda value: " ".join(value) if isinstance(value, tuple) else None,
)
def test_a_command_on_an_up_to_date_store_imports_only_what_it_uses(
    populated: Path, args: tuple[str, ...], heavy: set[str], own: set[str]
) -> None:
    done, modules = imported(*args, home=populated.parent)
    _ran(done, 3 if args[0] == "check" else 0)  # check: the guard blocks F1 this early (exit status 3)
    assert modules & HEAVY == heavy  # never alembic, psycopg, typst, icalendar, the spell checker, smtplib
    assert modules & COMMAND_MODULES == own


def test_a_write_command_stores_its_change_without_importing_the_orm(populated: Path) -> None:
    """A write loads, plans and stores with SQLAlchemy Core: the ORM would cost every write tens of
    milliseconds and ~6 MB (issue 9, "Every command costs what it touches")."""
    done, modules = imported(
        "person", "add", "Lee Park", "-a", APP, "--email", "lee@x.example", home=populated.parent
    )
    _ran(done)
    assert "sqlalchemy.orm" not in modules
    assert modules & HEAVY == STORE | {"holidays"}  # the employer's calendar: its plan's business days
    assert _stored(populated, "SELECT first, last, email FROM people WHERE id = 'lee-park'") == [
        ("Lee", "Park", "lee@x.example")
    ]
    done, modules = imported("undo", home=populated.parent)
    _ran(done)
    assert "sqlalchemy.orm" not in modules
    assert _stored(populated, "SELECT id FROM people WHERE id = 'lee-park'") == []


def _stored(db: Path, query: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute(query).fetchall()
    finally:
        connection.close()


def test_a_store_of_an_older_revision_is_migrated_by_any_command(populated: Path) -> None:
    from alembic import command

    engine = create_engine_for(f"sqlite:///{populated}")
    try:
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), "0005")
    finally:
        engine.dispose()
    assert _revision(populated) == "0005"
    done, modules = imported("person", "list", "--json", home=populated.parent)
    _ran(done)
    assert "alembic" in modules
    assert _revision(populated) == HEAD_REVISION
    again, modules = imported("person", "list", "--json", home=populated.parent)
    _ran(again)
    assert (again.stdout, "alembic" in modules) == (done.stdout, False)


def _revision(db: Path) -> str:
    connection = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return str(connection.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        connection.close()


def test_each_listed_command_is_defined_where_the_table_says_with_the_summary_it_lists() -> None:
    for name, lazy in COMMANDS.items():
        command = getattr(importlib.import_module(lazy.module), lazy.attribute)
        assert isinstance(command, click.Command) and command.name == name, name
        assert not (command.hidden or command.deprecated or command.short_help), name
        assert lazy.summary == " ".join((command.help or "").partition("\n\n")[0].split()), name
        stand_in = click.Command(name, help=lazy.summary)
        for limit in range(10, 130):
            assert stand_in.get_short_help_str(limit) == command.get_short_help_str(limit), (name, limit)


def test_every_command_defined_in_the_cli_package_is_reachable_from_the_table() -> None:
    reachable: set[int] = set()

    def walk(command: click.Command) -> None:
        reachable.add(id(command))
        if isinstance(command, click.Group):
            for sub in command.commands.values():
                walk(sub)

    for name in COMMANDS:
        walk(cli.commands[name])
    for info in pkgutil.iter_modules(followup.cli.__path__, "followup.cli."):
        module = importlib.import_module(info.name)
        for attribute, value in vars(module).items():
            if isinstance(value, click.Command) and value is not cli:
                assert id(value) in reachable, f"{info.name}.{attribute} is in no command table"


def test_today_on_a_named_file_imports_neither_re_nor_enum_through_the_installed_script(
    populated: Path,
) -> None:
    """``import re`` (and the ``enum`` it brings) costs about half of Python's own start-up: neither the
    console script (bin/followup, not pip's generated one) nor reading ``--db FILE`` may pay it."""
    assert "import re" not in CONSOLE_SCRIPT.read_text()
    done, modules = imported(
        "today", "--db", str(populated), "--now", "2026-12-15T10:00", home=populated.parent
    )
    _ran(done)
    assert "F1 · due by Tue 22 Dec" in done.stdout
    assert {"re", "enum", "typing"} & modules == set()


def test_logging_what_was_sent_loads_neither_the_composer_nor_the_checker(populated: Path) -> None:
    """`log sent` looks up a saved draft, nothing more of the drafts: the composer and the checker
    (~100 ms of imports) stay out of it."""
    done, modules = imported(
        "log", "sent", "f1", "-a", APP, "--force", "--reason", "test", "--at", "2026-12-15T09:00",
        "--now", "2026-12-15T10:00", home=populated.parent,
    )  # fmt: skip
    _ran(done)
    assert done.stdout.startswith("Logged")
    assert {m for m in modules if m.startswith(("followup.core.checks", "followup.core.compose"))} == set()
    assert modules & HEAVY - {"holidays"} == {"click", "sqlalchemy"}  # holidays: only while uncached
