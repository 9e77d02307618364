"""The console script holds the cyclic garbage collector while a command's modules are imported, then
freezes what start-up built and lets the collector run for the command's own work (cli/startup.py:
about a tenth of a write command's start-up, issue 9). Code that runs followup inside its own process
keeps its collector as it was."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from followup.cli import startup
from followup.cli.app import cli
from followup.cli.lazy import LazyCommands
from tests.cli.conftest import CONSOLE_SCRIPT


@pytest.fixture
def collector() -> Iterator[None]:
    """The test process's collector as it was, whatever a test did to it."""
    was_enabled = gc.isenabled()
    yield
    gc.unfreeze()
    if was_enabled:
        gc.enable()
    else:
        gc.disable()


def _a_fresh_lookup(name: str) -> None:
    """Import a command again through a new lazy table (the module itself is cached by Python)."""
    commands = cli.commands
    assert isinstance(commands, LazyCommands)
    LazyCommands(commands.lazy)[name]


def test_held_collector_runs_again_frozen_once_the_command_is_imported(collector: None) -> None:
    startup.hold()
    assert not gc.isenabled()
    _a_fresh_lookup("person")
    assert gc.isenabled()
    assert gc.get_freeze_count() > 0


def test_release_without_hold_leaves_the_collector_alone(collector: None) -> None:
    gc.disable()
    _a_fresh_lookup("person")
    assert not gc.isenabled()  # someone else's choice, kept
    gc.enable()
    frozen = gc.get_freeze_count()
    _a_fresh_lookup("person")
    assert gc.isenabled() and gc.get_freeze_count() == frozen


def test_the_console_script_holds_the_collector_until_the_command_is_imported(tmp_path: Path) -> None:
    # The script run as __main__ in a child process that reports the collector's state as it exits.
    probe = (
        "import atexit, gc, runpy, sys\n"
        "atexit.register(lambda: print('collector', gc.isenabled(), gc.get_freeze_count() > 0))\n"
        "sys.argv = ['followup', 'person', 'list', '--help']\n"
        f"runpy.run_path({str(CONSOLE_SCRIPT)!r}, run_name='__main__')\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "FOLLOWUP_DB"} | {"FOLLOWUP_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=60, check=False
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.startswith("Usage: followup person list")
    assert done.stdout.splitlines()[-1] == "collector True True"
