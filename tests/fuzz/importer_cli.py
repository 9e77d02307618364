"""The real `followup` CLI on fuzzed files, for the importers' fuzz tests: one home per test module with a
profile and an application, an import that must end in exit status 0 or 2 with no traceback (and one
JSON document with --json), and a refused file that must leave the database exactly as it was."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest

from followup.core.errors import FollowupError
from tests.cli.conftest import USER, Result, dump, invoke

T = TypeVar("T")
PROFILE = ("init", "--name", "Alex Morgan", "--email", "alex.morgan@example.com", "--tz", "America/New_York")


@pytest.fixture(scope="module")
def cli_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """``FOLLOWUP_HOME`` for the module, with a profile and one application (harbor-analytics); the
    database path. Module-scoped: hypothesis runs every example of a test against the same store."""
    path = tmp_path_factory.mktemp("fuzz-home")
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("FOLLOWUP_DB", raising=False)
        patch.setenv("FOLLOWUP_HOME", str(path))
        patch.setenv("FOLLOWUP_USER", USER)
        assert invoke(*PROFILE, "--country", "US").code == 0
        added = invoke("interview", "add", "--company", "Harbor Analytics", "--start", "2026-11-24T10:00")
        assert added.code == 0, added
        yield path / "followup.db"


def import_checked(db: Path, *args: str) -> Result:
    """Run an import: exit 0 or 2, no traceback, JSON with --json, nothing written when it is refused."""
    before = dump(db)
    result = invoke(*args)
    assert result.code in (0, 2), result
    assert "Traceback" not in result.out + result.err, result
    if result.code == 2:
        assert dump(db) == before, "a refused file wrote something"
    if "--json" in args:  # one JSON document on standard output, the error included (docs/json-output.md)
        document = json.loads(result.out)
        assert result.err == "", result.err
        assert ("error" in document) == (result.code == 2), document
    elif result.code == 2:
        assert result.err.startswith("followup: ") and result.err.count("\n") == 1, result.err
    return result


def attempt(read: Callable[[], T]) -> T | FollowupError:
    """What ``read`` returns, or the error of followup's own tree it raises (any other error propagates)."""
    try:
        return read()
    except FollowupError as refused:
        return refused
