"""Fuzzing `followup import`: mutated export files never crash the import and never half-write the store.

The seeds are the scenario files (tests/scenarios/*.json) and the export of a store built by the CLI's
"done when" flow. Each example applies one to three mutations: flipped bytes, a truncation, duplicated
lines, deep nesting, extreme dates, huge numbers, hostile strings, repeated keys, another encoding.
At the service level any exception outside ``FollowupError`` fails, and a refused file must leave the
store exactly as it was; through the CLI (fewer examples) the exit status is 0 or 2, an error is one line
on standard error, and no traceback is ever printed.
"""

from __future__ import annotations

import functools
import re
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followup.cli.common import db_url
from followup.core import codec
from followup.core.errors import FollowupError
from followup.services.transfer import import_text
from followup.services.workspace import Workspace
from tests.cli.conftest import FLOW, LOGGED_AFTER, USER, invoke, ok
from tests.fuzz.budget import EXAMPLES, FUZZ

SCENARIOS = sorted((Path(__file__).parent.parent / "scenarios").glob("*.json"))
Mutation = Callable[[bytes], bytes]


@functools.cache
def seeds() -> tuple[bytes, ...]:
    """The scenario files and the export of the CLI flow's store (built once)."""
    with tempfile.TemporaryDirectory() as home, pytest.MonkeyPatch.context() as patch:
        patch.delenv("FOLLOWUP_DB", raising=False)
        patch.setenv("FOLLOWUP_HOME", home)
        patch.setenv("FOLLOWUP_USER", USER)
        for _, args in FLOW:
            if args[:1] == ["log"] and "--at" in args:
                args = [*args, "--now", LOGGED_AFTER]
            ok(*args)
        exported = ok("export").out
    return (*(path.read_bytes() for path in SCENARIOS), exported.encode())


# --- mutations -------------------------------------------------------------------------------------------

EXTREME_DATES = [
    "0001-01-01",
    "9999-12-31",
    "1969-12-31",
    "1970-01-01",
    "2200-12-31",
    "2201-01-01",
    "2026-02-29",
    "2024-02-29",
    "2026-13-01",
    "2026-04-31",
    "2026-00-00",
]
HUGE_NUMBERS = [
    "9223372036854775807",
    "9223372036854775808",
    "-9223372036854775809",
    "18446744073709551616",
    "1" + "0" * 30,
    "9" * 150,
    "1e400",
    "-1e400",
    "1.5",
    "-0",
    "NaN",
    "Infinity",
    "1E2",
    "0.0000001",
]
HOSTILE_STRINGS = [
    "",
    "   ",
    "\\u0000",
    "\\ud800",
    "\\udfff\\ud800",
    "a\\nb",
    "a\\r\\nb",
    "\\u001b[2J",
    "\\u202eevil",
    "\\ufeff",
    "\\u2028",
    "x" * 300,
    "x" * 120_000,
    "\U0001f469\u200d\U0001f4bb",
    "\\\\",
    '\\"',
    "Zo\u00eb",
]
DATE = re.compile(rb"[0-9]{4}-[0-9]{2}-[0-9]{2}")
NUMBER = re.compile(rb"(?<=[:\[,] )-?[0-9]+(?=[,\n}\]])")
STRING = re.compile(rb'(?<=: )"(?:[^"\\\n]|\\.)*"')
KEY = re.compile(rb'"[a-z_]+": ')


def _nth(pattern: re.Pattern[bytes], data: bytes, index: int) -> re.Match[bytes] | None:
    matches = list(pattern.finditer(data))
    return matches[index % len(matches)] if matches else None


def _replace(pattern: re.Pattern[bytes], choices: list[str]) -> st.SearchStrategy[Mutation]:
    def build(index: int, choice: str) -> Mutation:
        def mutate(data: bytes) -> bytes:
            found = _nth(pattern, data, index)
            if found is None:
                return data
            value = choice.encode() if pattern is not STRING else b'"' + choice.encode() + b'"'
            return data[: found.start()] + value + data[found.end() :]

        return mutate

    return st.builds(build, st.integers(0, 500), st.sampled_from(choices))


def _flip(positions: list[tuple[int, int]]) -> Mutation:
    def mutate(data: bytes) -> bytes:
        if not data:
            return data
        out = bytearray(data)
        for position, mask in positions:
            out[position % len(out)] ^= mask
        return bytes(out)

    return mutate


def _truncate(fraction: float) -> Mutation:
    return lambda data: data[: int(len(data) * fraction)]


def _duplicate_lines(start: int, count: int) -> Mutation:
    def mutate(data: bytes) -> bytes:
        lines = data.splitlines(keepends=True)
        if not lines:
            return data
        at = start % len(lines)
        return b"".join(lines[: at + count] + lines[at : at + count] + lines[at + count :])

    return mutate


def _nest(depth: int, index: int) -> Mutation:
    def mutate(data: bytes) -> bytes:
        found = _nth(STRING, data, index) or _nth(NUMBER, data, index)
        if found is None:
            return b"[" * depth + data + b"]" * depth
        nested = b"[" * depth + found.group() + b"]" * depth
        return data[: found.start()] + nested + data[found.end() :]

    return mutate


def _repeat_key(index: int) -> Mutation:
    def mutate(data: bytes) -> bytes:
        found = _nth(KEY, data, index)
        if found is None:
            return data
        line_end = data.find(b"\n", found.end())
        line_end = len(data) if line_end < 0 else line_end
        entry = data[found.start() : line_end].rstrip(b",")
        return (
            data[:line_end]
            + (b"" if data[line_end - 1 : line_end] == b"," else b",")
            + entry
            + data[line_end:]
        )

    return mutate


def _encode(encoding: str) -> Mutation:
    def mutate(data: bytes) -> bytes:
        if encoding == "bom":
            return b"\xef\xbb\xbf" + data
        return data.decode("utf-8", "replace").encode(encoding, "replace")

    return mutate


MUTATIONS: st.SearchStrategy[Mutation] = st.one_of(
    st.builds(_flip, st.lists(st.tuples(st.integers(0, 10**6), st.integers(1, 255)), min_size=1, max_size=8)),
    st.builds(_truncate, st.floats(0, 1)),
    st.builds(_duplicate_lines, st.integers(0, 10**4), st.integers(1, 5)),
    st.builds(_nest, st.sampled_from([2, 20, 33, 64, 1000, 100_000]), st.integers(0, 500)),
    _replace(DATE, EXTREME_DATES),
    _replace(NUMBER, HUGE_NUMBERS),
    _replace(STRING, HOSTILE_STRINGS),
    st.builds(_repeat_key, st.integers(0, 500)),
    st.builds(_encode, st.sampled_from(["utf-16", "utf-16-be", "utf-32", "latin-1", "cp1252", "bom"])),
)


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    data = draw(st.sampled_from(seeds()))
    for mutation in draw(st.lists(MUTATIONS, min_size=1, max_size=3)):
        data = mutation(data)
    return data


# --- the service ----------------------------------------------------------------------------------------


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    with Workspace(db_url(str(tmp_path / "fuzz.db")), USER) as ws:
        yield ws


@settings(FUZZ, suppress_health_check=[*FUZZ.suppress_health_check, HealthCheck.function_scoped_fixture])
@given(data=st.data(), replace=st.booleans())
def test_a_mutated_file_is_imported_or_refused_and_a_refusal_writes_nothing(
    workspace: Workspace, data: st.DataObject, replace: bool
) -> None:
    text = data.draw(mutated(), label="file")
    before = codec.dumps(workspace.read())
    refusal = None
    try:
        import_text(workspace, text, replace=replace)
    except FollowupError as error:
        refusal = error.message
    if refusal is not None:  # one line, and the store as it was
        assert "\n" not in refusal
        assert codec.dumps(workspace.read()) == before
    elif replace:  # what was imported is what is stored, and it reads back through the format
        assert workspace.read() == codec.loads(text)


# --- the command line -----------------------------------------------------------------------------------


@settings(
    FUZZ,
    max_examples=max(10, EXAMPLES // 5),
    suppress_health_check=[*FUZZ.suppress_health_check, HealthCheck.function_scoped_fixture],
)
@given(data=st.data(), replace=st.booleans())
def test_the_import_command_answers_0_or_2_in_one_line_and_never_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data: st.DataObject, replace: bool
) -> None:
    monkeypatch.delenv("FOLLOWUP_DB", raising=False)
    monkeypatch.setenv("FOLLOWUP_HOME", str(tmp_path))
    monkeypatch.setenv("FOLLOWUP_USER", USER)
    source = tmp_path / "incoming.json"
    source.write_bytes(data.draw(mutated(), label="file"))
    result = invoke("import", *(["--replace"] if replace else []), str(source))
    assert result.code in (0, 2), result
    assert "Traceback" not in result.err
    if result.code == 2:
        assert result.out == "" and len(result.err_lines) == 1 and result.err.startswith("followup: ")
