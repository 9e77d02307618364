"""The README runs as written: every command of its tour, in order, in a new home, at one fixed moment
(the interview day, 14:00), each ending with the exit status the README documents ("exit 3" in its
comment; 0 otherwise). The tour reads the files in examples/, which a test also holds to be ours."""

from __future__ import annotations

import re
import shlex
import shutil
import sys
from pathlib import Path

import click
import pytest

from followup.cli.app import cli
from tests.cli.conftest import Result, invoke

ROOT = Path(__file__).resolve().parents[2]
NOW = "2026-11-24T14:00"  # the interview day, after the interview: what the tour's prose describes


def tour_lines() -> list[str]:
    """The tour's commands: continuation lines joined, comments and blank lines left out."""
    readme = (ROOT / "README.md").read_text()
    block = readme.split("## A short tour", 1)[1].split("```sh\n", 1)[1].split("```", 1)[0]
    joined = re.sub(r"\\\n\s*", "", block)
    return [line for line in joined.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def expected_status(line: str) -> int:
    found = re.search(r"#.*\bexit (\d+)", line)
    return int(found.group(1)) if found else 0


def takes_now(args: list[str]) -> bool:
    command: click.Command = cli
    for word in args:
        if not isinstance(command, click.Group) or word not in command.commands:
            break
        command = command.commands[word]
    return any(param.name == "now_text" for param in command.params)


def run(line: str) -> Result:
    words = shlex.split(line, comments=True)
    assert words[0] == "followup", line
    args = words[1:]
    if "--now" not in args and takes_now(args):
        args += ["--now", NOW]
    return invoke(*args)


@pytest.fixture
def tour_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A new home and a working folder holding examples/, as a reader's clone has them."""
    work = tmp_path / "work"
    shutil.copytree(ROOT / "examples", work / "examples")
    monkeypatch.chdir(work)
    # `draft --edit` in an "editor" that makes one change a person might make, and saves
    editor = tmp_path / "editor.py"
    editor.write_text(
        "import sys\n"
        "path = sys.argv[1]\n"
        "text = open(path, encoding='utf-8').read()\n"
        "open(path, 'w', encoding='utf-8').write(text.replace('Thank you', 'Thank you so much', 1))\n"
    )
    monkeypatch.setenv("EDITOR", f"{sys.executable} {editor}")
    return work


def test_the_tour_has_the_commands_it_promises() -> None:
    lines = tour_lines()
    assert len(lines) >= 35
    assert any("examples/invite.ics" in line for line in lines)
    assert any("examples/cards.vcf" in line for line in lines)
    assert any("--address" in line for line in lines[:1])  # the postal address the PDF letter needs


def test_every_command_of_the_readme_tour_runs_as_written(tour_home: Path) -> None:
    outputs: dict[str, Result] = {}
    for line in tour_lines():
        result = run(line)
        assert "Traceback" not in result.out + result.err, (line, result)
        assert result.code == expected_status(line), (line, result)
        outputs[line] = result
    said = "\n".join(r.out for r in outputs.values())
    # What the reader is promised along the way:
    assert "Mei Chen" in said and "Data Engineer" in said  # the card filled in the invitation's panel
    blocked = next(r for line, r in outputs.items() if "send F1 to Priya" in line)
    assert blocked.out.startswith("BLOCKED") and "W-EARLY" in blocked.out
    assert (tour_home / "dana.eml").is_file() and (tour_home / "letter.pdf").is_file()
    assert (tour_home / "followup.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert (tour_home / "backup.json").stat().st_mode & 0o777 == 0o600
    assert "TY:Dana Kim" in next(r.out for line, r in outputs.items() if line.strip() == "followup plan")


def shown_excerpts() -> tuple[list[str], list[str]]:
    """The README's excerpts of `followup plan` and `followup today` after the tour."""
    readme = (ROOT / "README.md").read_text()
    after = readme.split("Part of `followup plan` for the tour above", 1)[1]
    blocks = after.split("```\n")
    return blocks[1].splitlines(), blocks[3].splitlines()


def test_the_plan_and_today_the_readme_shows_are_what_the_tour_prints(tour_home: Path) -> None:
    lines = tour_lines()
    for line in lines[: next(i for i, line in enumerate(lines) if line.strip() == "followup plan")]:
        assert run(line).code == expected_status(line), line
    plan, today = shown_excerpts()
    printed_plan = run("followup plan").out.splitlines()
    printed_today = run("followup today").out.splitlines()
    assert [line for line in plan if line.rstrip() not in [p.rstrip() for p in printed_plan]] == []
    assert [line for line in today if line.rstrip() not in [p.rstrip() for p in printed_today]] == []
    assert len(plan) >= 6 and len(today) >= 4
