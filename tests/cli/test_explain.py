"""`followup explain CODE|RULE|STATE`: the rule behind what `today`, `plan` and `check` print."""

from __future__ import annotations

from pathlib import Path

import pytest

from followup.core.meanings import CODES
from followup.core.playbook import RULES
from tests.cli.conftest import assert_one_line_error, invoke, ok


def test_a_code_gives_its_meaning_severity_and_the_rules_that_raise_it() -> None:
    lines = ok("explain", "W-TY-OVERDUE").out.splitlines()
    assert lines[0] == "W-TY-OVERDUE: the thank-you is more than 24 hours late."
    assert lines[1] == "Severity: WARN (allowed, but flagged)."
    assert lines[2] == "Raised by:"
    assert lines[3] == "  T-01  Thank-you notes on the interview day, never later than 24 hours"
    assert lines[4].startswith("        Thank-you notes go out as soon as practical")
    assert "  H-03  Thank every interviewer, each separately" in lines
    assert sum(line.strip().startswith("Sources: ") for line in lines) == 2


def test_a_code_as_json_carries_each_rule_whole() -> None:
    data = ok("explain", "W-PROMPT", "--json").json()
    assert {k: data[k] for k in ("kind", "code", "meaning", "severity", "severity_note")} == {
        "kind": "code",
        "code": "W-PROMPT",
        "meaning": "they are waiting for your answer",
        "severity": "WARN",
        "severity_note": None,
    }
    assert [r["id"] for r in data["rules"]] == ["E-01", "E-02", "E-08"]
    e01 = RULES["E-01"]
    assert data["rules"][0] == {
        "id": "E-01",
        "title": e01.title,
        "statement": e01.statement,
        "sources": e01.sources,
    }


def test_a_code_whose_severity_depends_on_the_situation_says_when() -> None:
    out = ok("explain", "W-EARLY").out
    assert out.splitlines()[1].startswith("Severity: BLOCK for a follow-up, a request for a call or a call")
    assert ok("explain", "W-EARLY", "--json").json()["severity"] == "BLOCK"


def test_a_rule_id_gives_the_rule_and_the_codes_it_raises() -> None:
    out = ok("explain", "t-03").out  # any case
    lines = out.splitlines()
    assert lines[0] == "T-03  First status follow-up when no date was given: business days 5–10"
    assert lines[-4:] == [
        "Codes it raises:",
        "  W-EARLY (BLOCK or WARN): " + CODES["W-EARLY"][0],
        "  W-SKIP-FOLLOWUP (WARN): the first follow-up should not be skipped",
        "  N-PATIENCE (NOTE): silence at this stage is normal",
    ]
    data = ok("explain", "T-03", "--json").json()
    assert (data["kind"], data["id"], data["title"]) == ("rule", "T-03", RULES["T-03"].title)
    assert [c["code"] for c in data["codes"]] == ["W-EARLY", "W-SKIP-FOLLOWUP", "N-PATIENCE"]


def test_a_rule_that_raises_no_code_is_explained_without_a_codes_list() -> None:
    out = ok("explain", "D-03").out
    assert out.startswith("D-03  Quiet place; alone or with a friend\n")
    assert "Codes it raises" not in out


def test_a_state_is_explained() -> None:
    assert ok("explain", "overdue").out == (
        "OVERDUE: its recommended window has passed; still recommended unless cancelled.\n"
    )


@pytest.mark.parametrize(
    ("given", "hint"),
    [("W-TY-LAT", "did you mean W-TY-LATE?"), ("T-3", "did you mean T-03?"), ("banana", "")],
)
def test_an_unknown_name_is_refused_in_one_line(given: str, hint: str) -> None:
    result = invoke("explain", given)
    assert_one_line_error(result, "CODE|RULE", "a code such as W-TY-LATE", repr(given), hint)


def test_explain_needs_no_database(tmp_path: Path) -> None:
    ok("explain", "W-CAP")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("code", sorted(CODES))
def test_every_code_today_can_print_is_explained(code: str) -> None:
    data = ok("explain", code, "--json").json()
    assert data["meaning"] == CODES[code][0] and data["rules"]
