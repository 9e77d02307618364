"""The codes' meanings and the rules behind them (core.meanings), held against the spec and the source.

Every code the planner, the guard or the checker can raise has a one-line meaning; the rules listed for a
code include every rule whose playbook text names it and every rule the source cites when raising it.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from followup.core import meanings, urgency
from followup.core.codes import DEFAULT_SEVERITY
from followup.core.meanings import CODES, SEVERITY_NOTES, STATES, meaning
from followup.core.playbook import RULES

SRC = Path(meanings.__file__).parent
PLAYBOOK = Path(__file__).resolve().parents[3] / "shared" / "PLAYBOOK.md"
CODE = r"\b[WN]-[A-Z0-9]+(?:-[A-Z0-9]+)*\b"


def source_codes() -> set[str]:
    return {
        code
        for path in SRC.rglob("*.py")
        if path.name != "meanings.py"
        for code in re.findall(rf'"({CODE})"', path.read_text())
    }


def source_pairs() -> set[tuple[str, str]]:
    """(code, rule) where the source raises a code citing a rule: ``add("W-CAP", "A-03", ...)``."""
    pairs = set()
    for path in SRC.rglob("*.py"):
        pairs |= set(re.findall(rf'"({CODE})",\s*"([A-Z]-\d\d)"', path.read_text()))
    return pairs


def spec_rules_naming() -> dict[str, set[str]]:
    text = PLAYBOOK.read_text()
    rules = text[text.index("## 2. Rules") : text.index("## 3. Conflicts")]
    named: dict[str, set[str]] = {}
    for block in re.split(r"\n(?=\*\*[A-Z]-\d\d — )", rules):
        found = re.match(r"\*\*([A-Z]-\d\d) — ", block)
        if found:
            for code in re.findall(CODE, block):
                named.setdefault(code, set()).add(found.group(1))
    return named


def test_every_code_the_core_can_raise_has_a_meaning() -> None:
    codes = source_codes()
    assert len(codes) > 60
    assert sorted(code for code in codes if not meaning(code)) == []


def test_every_code_of_the_playbook_has_a_meaning() -> None:
    section = PLAYBOOK.read_text().split("### 1.8", 1)[1].split("### 1.9", 1)[0]
    assert sorted(set(re.findall(CODE, section)) - set(CODES)) == []


def test_the_rules_listed_for_a_code_exist_and_are_in_playbook_order() -> None:
    order = list(RULES)
    for code, (_, rules) in CODES.items():
        assert rules, code
        assert all(rule in RULES for rule in rules), code
        assert list(rules) == sorted(rules, key=order.index), code


@pytest.mark.parametrize("code", sorted(spec_rules_naming()))
def test_a_code_lists_every_rule_whose_playbook_text_names_it(code: str) -> None:
    assert spec_rules_naming()[code] <= set(CODES[code][1])


def test_a_code_lists_every_rule_the_source_cites_when_raising_it() -> None:
    missing = sorted((code, rule) for code, rule in source_pairs() if rule not in CODES[code][1])
    assert missing == []


def test_meanings_are_one_short_line_of_plain_words() -> None:
    for code, (text, _) in CODES.items():
        assert text and "\n" not in text and len(text) <= 90, code
        assert text[0].islower() and not text.endswith("."), code
        assert code not in text, code


def test_situational_severities_are_those_the_codes_table_marks_block() -> None:
    assert set(SEVERITY_NOTES) <= set(DEFAULT_SEVERITY)
    assert all(note.startswith("BLOCK") and "WARN" in note for note in SEVERITY_NOTES.values())


def test_every_state_of_section_1_6_has_a_meaning() -> None:
    assert set(STATES) == {
        "NOT_YET", "ALLOWED", "DUE", "OVERDUE", "CLOSED", "BLOCKED", "CANCELLED", "DONE", "N/A", "ACTIVE",
    }  # fmt: skip


@pytest.mark.parametrize("module", [meanings, urgency], ids=lambda m: m.__name__)
def test_what_the_fast_today_reads_imports_nothing(module: object) -> None:
    tree = ast.parse(Path(module.__file__).read_text())  # type: ignore[attr-defined]
    imports = [node for node in ast.walk(tree) if isinstance(node, ast.Import | ast.ImportFrom)]
    assert [getattr(node, "module", None) for node in imports] == ["__future__"]
