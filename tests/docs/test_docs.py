"""Docs stay honest by test: generated references are current, every setting and command is documented,
every playbook rule the planner implements is cited in the code and named by a test, and our own copy
never promises that following up wins the job (A-11)."""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
from pathlib import Path

import pytest

from followup.core.phrases import promises_outcome
from followup.core.playbook import RULES
from followup.core.settings import NAMES

ROOT = Path(__file__).resolve().parents[2]
PLANNER_CATEGORIES = "IDTHAEL"  # the categories of the core issue; C (message content) is the checker's


def _script(name: str) -> object:
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def test_cli_reference_is_current() -> None:
    render = _script("gen_cli_docs").render  # type: ignore[attr-defined]
    assert (ROOT / "docs" / "cli.md").read_text() == render(), "run: python scripts/gen_cli_docs.py"


def test_settings_reference_is_current_and_lists_every_setting() -> None:
    text = (ROOT / "docs" / "settings.md").read_text()
    assert text == _script("gen_settings_docs").render(), "run: python scripts/gen_settings_docs.py"  # type: ignore[attr-defined]
    for name in NAMES:
        assert f"`{name}`" in text


def test_readme_keeps_the_two_command_quick_start() -> None:
    readme = (ROOT / "README.md").read_text()
    quick = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    assert "make run" in quick
    assert "make test" in quick


# Commands for a server's administrator, not a person's tour, and the mail account's set-up: each has its
# own guide, which names every subcommand.
ADMINISTRATOR_GUIDES = {"admin": "docs/shared-server.md", "mail": "docs/mail.md", "sync": "docs/mail.md"}
# Commands documented in their own guide until the README's tour shows them (the lead writes the README).
GUIDED_ELSEWHERE = {"send": "docs/mail.md", "outbox": "docs/mail.md"}


def test_every_command_is_in_the_readme_tour() -> None:
    from followup.cli.app import cli

    readme = (ROOT / "README.md").read_text()
    for name in cli.commands:
        guide = ADMINISTRATOR_GUIDES.get(name) or GUIDED_ELSEWHERE.get(name)
        if guide is not None:
            text = (ROOT / guide).read_text()
            assert f"followup {name}" in text, (guide, name)
            for sub in getattr(cli.commands[name], "commands", {}):
                assert f"followup {name} {sub}" in text, (guide, sub)
            continue
        assert f"followup {name}" in readme, f"README does not mention `followup {name}`"


def _source_without_rule_table() -> str:
    return "\n".join(p.read_text() for p in (ROOT / "src").rglob("*.py") if p.name != "playbook.py")


@pytest.mark.parametrize("rule", [r for r in RULES if r[0] in PLANNER_CATEGORIES])
def test_rule_is_cited_where_it_is_implemented(rule: str) -> None:
    assert rule in _source_without_rule_table()


def _test_names() -> str:
    names = []
    for path in (ROOT / "tests").rglob("test_*.py"):
        tree = ast.parse(path.read_text())
        functions = (n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef))
        names += [n.name for n in functions if n.name.startswith("test_")]
    return "\n".join(names)


@pytest.mark.parametrize("rule", [r for r in RULES if r[0] in PLANNER_CATEGORIES])
def test_rule_has_a_test_naming_it(rule: str) -> None:
    short = rule.replace("-", "").lower()  # T-03 → t03, as in test_t03_...
    assert re.search(rf"\btest_{short}_|_{short}_|_{short}\b", _test_names()), f"no test named after {rule}"


def test_no_copy_promises_that_a_message_wins_the_job() -> None:
    for path in (ROOT / "src" / "followup").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and path.name != "playbook.py":
                assert not promises_outcome(node.value), f"{path.name}: {node.value!r}"


def test_the_a11_check_catches_a_promise() -> None:
    assert promises_outcome("A quick note will help you land the job.")
    assert not promises_outcome("Following up is good practice.")


def _limits_rows() -> list[tuple[list[str], list[int]]]:
    """The rows of export-format.md's "Limits" table: the `Record.field` names and the numbers."""
    text = (ROOT / "docs" / "export-format.md").read_text()
    section = text.split("## Limits", 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in section.splitlines():
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        if len(cells) == 3 and re.search(r"`[A-Z]\w*\.\w+", cells[0]):
            names = re.findall(r"`([A-Z]\w*\.\w+)(?:\[\])?`", cells[0])
            numbers = [int(n.replace(",", "")) for n in re.findall(r"[0-9][0-9,]*", cells[2])]
            rows.append((names, numbers))
    return rows


def test_the_limits_in_the_export_format_are_those_the_code_checks() -> None:
    from followup.core.fields import RECORD_FIELDS

    by_name = {f"{cls.__name__}.{name}": spec.max_length for (cls, name), spec in RECORD_FIELDS.items()}
    checked = 0
    for names, numbers in _limits_rows():
        assert len(numbers) == 1, (names, numbers)
        for name in names:
            assert by_name[name] == numbers[0], (name, numbers[0])
            checked += 1
    assert checked >= 40
