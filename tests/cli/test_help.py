"""`--help` for every command and subcommand, and `followup` alone without a terminal."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import click
import pytest

from followup import __version__
from followup.cli.app import cli
from tests.cli.conftest import invoke


def command_paths(group: click.Group, prefix: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    for name, command in sorted(group.commands.items()):
        yield (*prefix, name)
        if isinstance(command, click.Group):
            yield from command_paths(command, (*prefix, name))


PATHS = list(command_paths(cli))


def test_the_walk_finds_the_commands_and_subcommands() -> None:
    expected = {("today",), ("plan",), ("check",), ("export",), ("import",), ("settings",), ("init",)}
    expected |= {
        ("interview", "add"),
        ("person", "edit"),
        ("log", "sent"),
        ("log", "call"),
        ("debrief", "answer"),
    }
    assert expected <= set(PATHS)


@pytest.mark.parametrize("path", PATHS, ids=" ".join)
def test_help_works_for_every_command(path: tuple[str, ...], tmp_path: Path) -> None:
    result = invoke(*path, "--help")
    assert (result.code, result.err) == (0, "")
    assert f"Usage: followup {' '.join(path)} [OPTIONS]" in result.out
    assert "--help" in result.out
    assert list(tmp_path.iterdir()) == []  # asking for help opens no database


def test_help_of_the_group_lists_every_command(tmp_path: Path) -> None:
    result = invoke("--help")
    assert (result.code, result.err) == (0, "")
    assert result.out.startswith("Usage: followup [OPTIONS] [COMMAND] [ARGS]...")
    commands = result.out.split("Commands:", 1)[1]
    listed = {line.split()[0] for line in commands.splitlines() if line.strip()}
    assert listed == set(cli.commands)
    assert list(tmp_path.iterdir()) == []


def test_followup_alone_without_a_terminal_prints_the_help(tmp_path: Path) -> None:
    alone = invoke()
    assert (alone.code, alone.err) == (0, "")
    assert alone.out == invoke("--help").out
    assert list(tmp_path.iterdir()) == []


def test_version() -> None:
    result = invoke("--version")
    assert (result.code, result.out) == (0, f"followup, version {__version__}\n")


def test_an_unknown_command_is_a_usage_error() -> None:
    result = invoke("frobnicate")
    assert (result.code, result.out) == (2, "")
    assert result.err == "followup: no such command: 'frobnicate' (see followup --help)\n"


ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("path", [(), *PATHS], ids=lambda p: " ".join(p) or "followup")
def test_help_names_only_documents_that_exist(path: tuple[str, ...]) -> None:
    """A document named in `--help` (docs/json-output.md, README.md...) is one a reader can open."""
    import re

    shown = invoke(*path, "--help").out
    named = set(re.findall(r"[\w./-]+\.md\b", shown))
    assert [name for name in sorted(named) if not (ROOT / name).is_file()] == []
