"""`followup explain CODE|RULE|STATE`: the rule behind what `today`, `plan` and `check` print.

For a code (W-TY-LATE): its meaning, its severity and the rules that raise it, each with its title, its
one-line statement and its sources. For a rule ID (T-03): the rule and the codes it raises. For a state
(OVERDUE): what it means (PLAYBOOK §1.6). Reads no records: it needs no database.
"""

from __future__ import annotations

import difflib
import textwrap
from typing import Any

import click

from followup.cli.common import emit, json_option
from followup.cli.params import text
from followup.core import fields
from followup.core.codes import Severity, severity_of
from followup.core.errors import InvalidInput
from followup.core.meanings import CODES, SEVERITY_NOTES, STATES
from followup.core.playbook import RULES, Rule

SEVERITY_WORDS = {
    Severity.BLOCK: "refused: not planned, not drafted",
    Severity.WARN: "allowed, but flagged",
    Severity.NOTE: "for your information",
}
WIDTH = 100


@click.command()
@click.argument("name", metavar="CODE|RULE", type=text(fields.CODE))
@json_option
def explain(name: str, as_json: bool) -> None:
    """The rule behind a code or a rule ID: what it means, how severe it is, where it comes from.

    \b
      followup explain W-TY-LATE     a code `today`, `plan` or `check` printed
      followup explain T-03          a rule ID from a step's rules
      followup explain OVERDUE       a state
    """
    key = name.strip().upper()
    if key in CODES:
        emit(as_json, code_data(key), code_text(key))
    elif key in RULES:
        emit(as_json, rule_data(key), rule_text(key))
    elif key in STATES:
        emit(as_json, {"kind": "state", "state": key, "meaning": STATES[key]}, f"{key}: {STATES[key]}.")
    else:
        close = difflib.get_close_matches(key, [*CODES, *RULES, *STATES], n=1, cutoff=0.6)
        hint = f"; did you mean {close[0]}?" if close else ""
        raise InvalidInput(
            "CODE|RULE", f"a code such as W-TY-LATE, a rule ID such as T-03 or a state{hint}", name
        )


def codes_of(rule_id: str) -> list[str]:
    """The codes a rule raises, in the order of the codes table."""
    return [code for code, (_, rules) in CODES.items() if rule_id in rules]


def rule_json(rule: Rule) -> dict[str, str]:
    return {"id": rule.id, "title": rule.title, "statement": rule.statement, "sources": rule.sources}


def code_data(code: str) -> dict[str, Any]:
    meaning, rules = CODES[code]
    return {
        "kind": "code",
        "code": code,
        "meaning": meaning,
        "severity": severity_of(code).value,
        "severity_note": SEVERITY_NOTES.get(code),
        "rules": [rule_json(RULES[r]) for r in rules if r in RULES],
    }


def rule_data(rule_id: str) -> dict[str, Any]:
    return {
        "kind": "rule",
        **rule_json(RULES[rule_id]),
        "codes": [
            {"code": code, "meaning": CODES[code][0], "severity": severity_of(code).value}
            for code in codes_of(rule_id)
        ],
    }


def code_text(code: str) -> str:
    meaning, rules = CODES[code]
    severity = severity_of(code)
    lines = [f"{code}: {meaning}."]
    lines.append(f"Severity: {SEVERITY_NOTES.get(code) or f'{severity.value} ({SEVERITY_WORDS[severity]})'}.")
    lines.append("Raised by:")
    for rule_id in rules:
        lines += _rule_lines(RULES[rule_id], indent="  ")
    return "\n".join(lines)


def rule_text(rule_id: str) -> str:
    rule = RULES[rule_id]
    lines = _rule_lines(rule, indent="")
    codes = codes_of(rule_id)
    if codes:
        lines.append("Codes it raises:")
        lines += [f"  {code} ({_severity(code)}): {CODES[code][0]}" for code in codes]
    return "\n".join(lines)


def _severity(code: str) -> str:
    return "BLOCK or WARN" if code in SEVERITY_NOTES else severity_of(code).value


def _rule_lines(rule: Rule, *, indent: str) -> list[str]:
    body = indent + " " * 6
    return [
        f"{indent}{rule.id}  {rule.title}",
        *textwrap.wrap(rule.statement, WIDTH, initial_indent=body, subsequent_indent=body),
        *textwrap.wrap(f"Sources: {rule.sources}", WIDTH, initial_indent=body, subsequent_indent=body),
    ]
