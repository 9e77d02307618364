"""`--json` is a contract: every command that takes it prints exactly one JSON document on standard output in
every case (no database yet, an empty store, an error) and leaves standard error empty. An error is
``{"error": {"field", "message", "accepted", "exit_status"}}`` with the exit status unchanged.

The commands are found by walking the Click tree, so a command added later is covered without a line here.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click
import pytest

from followup.cli.app import cli
from followup.cli.common import db_url
from followup.store.engine import open_store
from tests.cli.conftest import Result, invoke, state
from tests.cli.test_interview_import import invitation

ERROR_KEYS = ["field", "message", "accepted", "exit_status"]
VCARD = "\r\n".join(
    [
        "BEGIN:VCARD",
        "VERSION:3.0",
        "FN:Sam Lee",
        "N:Lee;Sam;;;",
        "EMAIL:sam.lee@harbor.example",
        "END:VCARD",
        "",
    ]
)


def json_commands(
    group: click.Group, prefix: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], click.Command]]:
    for name, command in sorted(group.commands.items()):
        path = (*prefix, name)
        if any(param.name == "as_json" for param in command.params):
            yield path, command
        if isinstance(command, click.Group):
            yield from json_commands(command, path)


COMMANDS = dict(json_commands(cli))
PATHS = [pytest.param(path, id=" ".join(path)) for path in COMMANDS]


def test_the_walk_finds_every_command_that_takes_json() -> None:
    expected = {
        ("plan",),
        ("today",),
        ("list",),
        ("init",),
        ("interview", "add"),
        ("log", "sent"),
        ("debrief",),
    }
    assert expected <= set(COMMANDS)
    assert ("export",) not in COMMANDS and ("debrief", "answer") not in COMMANDS


def _sample(param: click.Parameter, tmp_path: Path) -> str:
    """A value the parameter accepts: its first choice, a real file of the kind it reads, or a word."""
    if isinstance(param.type, click.Choice):
        return str(param.type.choices[0])
    if isinstance(param.type, click.Path | click.File):
        return str(invitation(tmp_path))
    if isinstance(param.type, click.types.IntParamType):
        return "1"
    return "x"


def minimal_args(path: tuple[str, ...], tmp_path: Path) -> list[str]:
    """The command with its required arguments and options filled in."""
    command = COMMANDS[path]
    args = list(path)
    for param in command.params:
        if not param.required:
            continue
        value = _sample(param, tmp_path)
        if path == ("person", "import"):
            card = tmp_path / "card.vcf"
            card.write_text(VCARD)
            value = str(card)
        args += [value] if isinstance(param, click.Argument) else [max(param.opts, key=len), value]
    if any(param.name == "yes" for param in command.params):
        args.append("--yes")  # past the confirmations, to reach the error under test
    return args


def one_document(result: Result) -> Any:
    """The whole of standard output is one JSON document, and standard error is empty."""
    assert result.err == "", result
    return json.loads(result.out)


def assert_json_error(
    result: Result, *, code: int = 2, field: object = ..., accepted: object = ...
) -> dict[str, Any]:
    document = one_document(result)
    assert result.code == code, result
    assert isinstance(document, dict) and "error" in document, document
    error = document["error"]
    assert list(error) == ERROR_KEYS
    assert error["exit_status"] == code
    assert isinstance(error["message"], str) and "\n" not in error["message"] and error["message"]
    if field is not ...:
        assert error["field"] == field, error
    if accepted is not ...:
        assert error["accepted"] == accepted, error
    return error  # type: ignore[no-any-return]


def assert_data_or_error(result: Result) -> None:
    document = one_document(result)
    if result.code == 0:
        assert not (isinstance(document, dict) and "error" in document), document
    else:
        assert_json_error(result, code=result.code)


@pytest.mark.parametrize("path", PATHS)
def test_with_no_database_yet_the_answer_is_json(
    path: tuple[str, ...], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FOLLOWUP_HOME", str(tmp_path / "not" / "yet"))
    assert_data_or_error(invoke(*minimal_args(path, tmp_path), "--json"))


@pytest.mark.parametrize("path", PATHS)
def test_in_an_empty_store_the_answer_is_json(path: tuple[str, ...], tmp_path: Path) -> None:
    open_store(db_url(str(tmp_path / "followup.db"))).close()
    assert_data_or_error(invoke(*minimal_args(path, tmp_path), "--json"))


@pytest.mark.parametrize("path", PATHS)
def test_an_unknown_option_is_a_json_error(populated: Path, path: tuple[str, ...], tmp_path: Path) -> None:
    before = state(populated)
    if path == ("today",):  # the fast path reads its own options (cli/today.py)
        error = assert_json_error(invoke("today", "--qqqqqqqqqq", "--json"), field="option")
        assert error["message"] == (
            "option: expected --now, --all, --json, --db, --owner or --help (got '--qqqqqqqqqq')"
        )
        return
    error = assert_json_error(
        invoke(*minimal_args(path, tmp_path), "--qqqqqqqqqq", "--json"), field="--qqqqqqqqqq"
    )
    assert error["message"] == f"no such option: --qqqqqqqqqq (see followup {' '.join(path)} --help)"
    assert "--json" in error["accepted"]
    assert state(populated) == before


NOW_PATHS = [p for p in PATHS if any(param.name == "now_text" for param in COMMANDS[p.values[0]].params)]  # type: ignore[index]


@pytest.mark.parametrize("path", NOW_PATHS)
def test_an_impossible_now_is_a_json_error(populated: Path, path: tuple[str, ...], tmp_path: Path) -> None:
    before = state(populated)
    args = [*minimal_args(path, tmp_path), "--now", "2026-02-30T10:00", "--json"]
    error = assert_json_error(invoke(*args), field="--now")
    assert "30 February" in error["message"]
    assert state(populated) == before


APP_PATHS = [
    p for p in PATHS if any(param.name == "application_ref" for param in COMMANDS[p.values[0]].params)
]  # type: ignore[index]


@pytest.mark.parametrize("path", APP_PATHS)
def test_an_unknown_application_is_a_json_error_without_field(
    populated: Path, path: tuple[str, ...], tmp_path: Path
) -> None:
    before = state(populated)
    error = assert_json_error(
        invoke(*minimal_args(path, tmp_path), "-a", "nosuch", "--json"), field=None, accepted=None
    )
    assert error["message"].startswith("no application 'nosuch'"), error
    assert state(populated) == before


CHOICES = [
    pytest.param(path, param.name, id=f"{' '.join(path)} {param.name}")
    for path, command in COMMANDS.items()
    for param in command.params
    if isinstance(param.type, click.Choice)
]


@pytest.mark.parametrize(("path", "name"), CHOICES)
def test_a_bad_choice_is_a_json_error_naming_the_parameter(
    populated: Path, path: tuple[str, ...], name: str, tmp_path: Path
) -> None:
    command = COMMANDS[path]
    param = next(p for p in command.params if p.name == name)
    args = minimal_args(path, tmp_path)
    if isinstance(param, click.Argument):
        args[len(path)] = "nonsense"
        field = name.upper()
    else:
        field = max(param.opts, key=len)
        args += [field, "nonsense"]
    error = assert_json_error(invoke(*args, "--json"), field=field)
    assert error["accepted"] == "one of " + ", ".join(str(c) for c in param.type.choices)  # type: ignore[attr-defined]
    assert "(got 'nonsense')" in error["message"]


REQUIRED = [
    pytest.param(path, param.name, id=f"{' '.join(path)} {param.name}")
    for path, command in COMMANDS.items()
    for param in command.params
    if param.required
]


@pytest.mark.parametrize(("path", "name"), REQUIRED)
def test_a_missing_argument_is_a_json_error(
    populated: Path, path: tuple[str, ...], name: str, tmp_path: Path
) -> None:
    command = COMMANDS[path]
    param = next(p for p in command.params if p.name == name)
    args = minimal_args(path, tmp_path)
    if isinstance(param, click.Argument):
        arguments = [p for p in command.params if isinstance(p, click.Argument)]
        del args[len(path) + arguments.index(param)]
        # Click fills the arguments in order: with one left out, the last required one is missing.
        field = next(p for p in reversed(arguments) if p.required).name.upper()  # type: ignore[union-attr]
    else:
        field = max(param.opts, key=len)
        at = args.index(field)
        del args[at : at + 2]
    error = assert_json_error(invoke(*args, "--json"), field=field)
    assert "none was given" in error["message"]


def test_the_fast_today_answers_errors_in_json(populated: Path) -> None:
    error = assert_json_error(invoke("today", "--json", "--bogus"), field="option")
    assert (
        error["message"] == "option: expected --now, --all, --json, --db, --owner or --help (got '--bogus')"
    )
    assert_json_error(invoke("today", "--json", "--now", "2026-02-30"), field="--now")
    assert_json_error(invoke("today", "--json", "--now"), field="--now")


def test_json_after_a_double_dash_is_an_argument_not_the_option(populated: Path) -> None:
    result = invoke("plan", "--", "--json")
    assert (result.code, result.out) == (2, "")
    assert result.err.startswith("followup: no application '--json'")


def test_a_refused_import_shows_its_preview_beside_the_error(populated: Path, tmp_path: Path) -> None:
    before = state(populated)
    result = invoke("interview", "import", str(invitation(tmp_path)), "--json")
    document = one_document(result)
    assert result.code == 2
    assert document["error"]["field"] == "--yes"
    assert (document["saved"], document["action"]) == (False, "link")  # the flow recorded it by hand
    assert state(populated) == before


def test_a_json_error_is_valid_json_even_for_a_value_that_cannot_be_encoded(populated: Path) -> None:
    error = assert_json_error(invoke("plan", "\ud800", "--json"), field="APPLICATION")
    assert error["message"].endswith("at character 1, which is not text (got '\\ud800')")


def test_an_unexpected_argument_is_a_json_error_without_field(populated: Path) -> None:
    error = assert_json_error(invoke("plan", "a", "b", "--json"), field=None, accepted="no further arguments")
    assert (
        error["message"] == "unexpected argument 'b': this command takes no more (see followup plan --help)"
    )


def _interrupt(args: object) -> int:
    raise KeyboardInterrupt


def test_an_interrupted_command_answers_in_json_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("followup.cli.app.run", _interrupt)
    error = assert_json_error(invoke("plan", "--json"), code=130, field=None, accepted=None)
    assert error["message"] == "interrupted; nothing was written by the unfinished command"
    text = invoke("plan")
    assert (text.code, text.out, text.err) == (
        130,
        "",
        "followup: interrupted; nothing was written by the unfinished command\n",
    )
